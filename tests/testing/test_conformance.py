"""Every JSON success response the fake sends in these tests validates against the normalised OpenAPI spec.

The exchanges come from the replay of the real recordings, the flow tests and the behaviour tests (re-run
here on fresh fakes so this test does not depend on test order). Each response is matched to its operation
by method + path template in ``generated/openapi.normalised.json`` and validated (JSON Schema draft
2020-12, ``#/components`` refs resolved). Where the fake goes beyond the spec, the tables below say so.
"""

from __future__ import annotations

import inspect
import json
import re
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest

from stack_sdk.testing import FakeStackServer

from . import test_behaviour, test_flows
from .conftest import EXCHANGES, Clock, client
from .replay import Replayer, load

SPEC = Path(__file__).resolve().parents[2] / "generated" / "openapi.normalised.json"

# Routes the fake serves that the normalised spec does not describe, and why.
BEYOND_SPEC: dict[str, str] = {
    "POST /auth/oauth/token": "form-encoded OAuth endpoint; excluded from the spec (x-stack-excluded), hand-written in the facade",
    "GET /auth/oauth/authorize/{provider_id}": "browser redirect; excluded from the spec, the facade builds the URL (json mode)",
    "GET /internal/projects/current": "admin route used only to switch project config in the replay",
    "PATCH /internal/projects/current": "admin route used only to switch project config in the replay",
    "GET /internal/config/override/{level}": "admin config-override route (the spec has only PATCH /internal/config/override)",
    "PATCH /internal/config/override/{level}": "same",
    "PUT /internal/config/override/{level}": "same",
}

# Response fields the fake sends (like the real backend) that the spec does not declare, and why.
BEYOND_SPEC_FIELDS: dict[str, str] = {
    "is_paginated": "every real list response carries it (recordings); the spec's list schemas omit it",
}


def _extra_fields(schema: Any, value: Any, components: dict[str, Any], where: str, out: set[str]) -> None:
    """Keys the fake sends that the (resolved) schema does not declare."""
    if isinstance(schema, dict) and "$ref" in schema:
        name = schema["$ref"].split("/")[-1]
        _extra_fields(components["schemas"][name], value, components, name, out)
        return
    if not isinstance(schema, dict):
        return
    if isinstance(value, dict) and "properties" in schema:
        for key, item in value.items():
            if key not in schema["properties"]:
                out.add(f"{where}.{key}")
            else:
                _extra_fields(schema["properties"][key], item, components, f"{where}.{key}", out)
    elif isinstance(value, list) and isinstance(schema.get("items"), dict):
        for item in value:
            _extra_fields(schema["items"], item, components, f"{where}[]", out)
    for alt in schema.get("anyOf", []) + schema.get("oneOf", []):
        _extra_fields(alt, value, components, where, out)


def _load_spec() -> dict[str, Any]:
    assert SPEC.is_file(), f"{SPEC} is missing: run scripts/regenerate.sh"
    spec: dict[str, Any] = json.loads(SPEC.read_text())
    return spec


def _operations(spec: dict[str, Any]) -> list[tuple[str, str, re.Pattern[str], dict[str, Any]]]:
    ops = []
    for template, methods in spec["paths"].items():
        pattern = re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$")
        for method, op in methods.items():
            ops.append((method.upper(), template, pattern, op))
    # literal templates first (/users/me before /users/{user_id})
    ops.sort(key=lambda o: o[1].count("{"))
    return ops


def _find(ops: list[Any], method: str, path: str) -> tuple[str, dict[str, Any]] | None:
    for m, template, pattern, op in ops:
        if m == method and pattern.match(path):
            return template, op
    return None


async def _run_module_tests(module: Any) -> None:
    """Re-run the module's (fake, http[, clock]) tests on fresh fakes, recording their exchanges."""
    for name, fn in inspect.getmembers(module, inspect.iscoroutinefunction):
        params = list(inspect.signature(fn).parameters)
        if (
            not name.startswith("test_")
            or not set(params) <= {"fake", "http", "clock"}
            or "fake" not in params
        ):
            continue
        clock = Clock()
        fake = FakeStackServer(
            publishable_client_key="pck_c",
            secret_server_key="ssk_c",
            super_secret_admin_key="sak_c",
            clock=clock,
        )
        async with client(fake) as http:
            kwargs = {"fake": fake, "http": http, "clock": clock}
            await fn(**{p: kwargs[p] for p in params})


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return _load_spec()


async def test_every_json_success_response_matches_the_spec(recordings_file: Path, spec: dict[str, Any]) -> None:
    replayer = Replayer()
    await replayer.run(load(recordings_file))
    await _run_module_tests(test_flows)
    await _run_module_tests(test_behaviour)
    exchanges: list[tuple[httpx.Request, httpx.Response]] = [*replayer.exchanges, *EXCHANGES]

    ops = _operations(spec)
    failures: list[str] = []
    validated: set[str] = set()
    beyond: set[str] = set()
    extras: set[str] = set()
    for request, response in exchanges:
        ctype = response.headers.get("content-type", "")
        if not (200 <= response.status_code < 300) or not ctype.startswith("application/json"):
            continue
        if "x-stack-known-error" in response.headers:
            continue  # known errors are not success bodies (the override header makes them 200)
        path = request.url.path.removeprefix("/api/v1")
        found = _find(ops, request.method, path)
        if found is None:
            key = next(
                (
                    k
                    for k in BEYOND_SPEC
                    if _find(
                        [
                            (
                                k.split()[0],
                                k,
                                re.compile(
                                    "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(k.split()[1])) + "$"
                                ),
                                {},
                            )
                        ],
                        request.method,
                        path,
                    )
                ),
                None,
            )
            if key is None:
                failures.append(
                    f"{request.method} {path}: no operation in the spec and not listed in BEYOND_SPEC"
                )
            else:
                beyond.add(key)
            continue
        template, op = found
        documented = op.get("responses", {})
        entry = documented.get(str(response.status_code))
        if entry is None:
            failures.append(
                f"{request.method} {template}: status {response.status_code} not in {sorted(documented)}"
            )
            continue
        schema = entry.get("content", {}).get("application/json", {}).get("schema")
        if schema is None:
            continue
        validator = jsonschema.Draft202012Validator({**schema, "components": spec["components"]})
        errors = sorted(validator.iter_errors(response.json()), key=lambda e: list(e.path))
        if errors:
            e = errors[0]
            failures.append(
                f"{request.method} {template} {response.status_code}: {list(e.path)}: {e.message[:200]}"
            )
        validated.add(f"{request.method} {template}")
        _extra_fields(schema, response.json(), spec["components"], f"{request.method} {template}", extras)
    assert not failures, "\n".join(sorted(set(failures)))
    undocumented = sorted(e for e in extras if e.rsplit(".", 1)[-1] not in BEYOND_SPEC_FIELDS)
    assert not undocumented, f"fields the spec does not declare: {undocumented}"
    assert len(validated) >= 70, (len(validated), sorted(validated))
    assert beyond <= set(BEYOND_SPEC)
