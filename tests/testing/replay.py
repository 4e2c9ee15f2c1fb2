"""Replays the real backend's recordings against FakeStackServer and compares the answers.

Recordings carry placeholders (``<project_id>``, ``<user_id:1>``, ``<access_token:2>``, ...) instead of
values, and redact secret headers. The driver binds each placeholder to the fake's value the first time a
response contains it (ids, tokens, codes), substitutes bound values into later requests, and decides
the redacted credentials from the explicit tables below (which token a recording used is documented by
the recording's scenario: see ``ACCESS`` / ``REFRESH``).

Comparison per exchange: same status (or ``x-stack-actual-status``), same known-error code (header and
body), same content type, same key sets (recursively), same list lengths, same bound placeholder values,
same booleans/nulls/small numbers, and the same text (error messages, plain-text bodies) after
substituting the bound placeholders, except where ``LOOSE_TEXT`` says why not.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from stack_sdk.testing import FakeStackServer

PROJECT_ID = "6f1c1c7e-4d55-4c1f-9a0b-2f4a9e1d7c01"
RUN = "r1"
PLACEHOLDER = re.compile(r"<[a-z_]+(?::\d+)?>")
REAL_HOST = "http://localhost:8102"

# Recordings not replayed, each with the reason.
NOT_REPLAYED: dict[str, str] = {}

# Which access token a recording sent (header values are redacted in the recordings). The scenario
# names say which session they belong to; user 1 is the client user of the run.
ACCESS: dict[str, str] = {
    "hdr:unparsable-access-token": "literal:not-a-jwt",
    "anon:users-me:no-allow": "<access_token:3>",
    "anon:users-me:allow-restricted-only": "<access_token:3>",
    "anon:users-me:allow": "<access_token:3>",
    "users:me:client": "<access_token:2>",
    "users:me:server-with-token": "<access_token:2>",
    "users:get:client-other-user": "<access_token:2>",
    "users:patch:me:client-server-field": "<access_token:2>",
    "users:patch:me:client": "<access_token:2>",
    "users:delete:me:client": "<access_token:2>",
    "users:delete:me:client:override": "<access_token:2>",
    "sessions:list:client": "<access_token:2>",
    "sessions:delete-current-by-id": "<access_token:2>",
    "pwupd:too-long": "<access_token:10>",
    "pwupd:too-short": "<access_token:10>",
    "pwupd:wrong-old": "<access_token:10>",
    "pwupd:ok": "<access_token:10>",
    "pwupd:old-access-token-still-valid": "<access_token:11>",  # session B, revoked by pwupd:ok
    "signout:delete-current": "<access_token:14>",
    "signout:delete-current-no-body": "<access_token:15>",
    "signout:again": "<access_token:15>",
    "signout:again:override": "<access_token:15>",
    "restricted:users-me:no-allow": "<access_token:17>",
    "restricted:users-me:allow-restricted": "<access_token:17>",
    "restricted:users-me:allow-anonymous": "<access_token:17>",
    "hdr:token-of-other-project": "<access_token:18>",
    "cleanup:internal-user": "<access_token:18>",
    "teams:get:client-member": "<access_token:20>",
    "team-member-profiles:list:client": "<access_token:20>",
    "team-member-profiles:get:me-client": "<access_token:20>",
    "teams:create:client": "<access_token:20>",
    "user-api-keys:create:client-me": "<access_token:21>",
    "contact-channels:list:me": "<access_token:22>",
    "notification-preference:me": "<access_token:22>",
    "oauth-providers:list:me": "<access_token:22>",
    "expired-access-token": "<access_token:1>",  # the sign-up session's token, replayed after the clock jumps
    "expired-access-token:users-me": "<access_token:1>",
}
REFRESH: dict[str, str] = {
    "users:me:client": "<refresh_token:2>",
    "sessions:current:refresh": "<refresh_token:2>",
    "sessions:current:refresh:bad": "literal:not-a-refresh-token",
    "sessions:list:client": "<refresh_token:2>",
    "sessions:delete-current-by-id": "<refresh_token:2>",
    "pwupd:too-long": "<refresh_token:6>",
    "pwupd:too-short": "<refresh_token:6>",
    "pwupd:wrong-old": "<refresh_token:6>",
    "pwupd:ok": "<refresh_token:6>",  # session A survives the password change
    "signout:delete-current": "<refresh_token:9>",
    "signout:delete-current-no-body": "<refresh_token:10>",
    "signout:again": "<refresh_token:10>",
    "signout:again:override": "<refresh_token:10>",
}
WRONG_SECRET = {"hdr:wrong-secret-key", "hdr:wrong-secret-key:body", "override:401"}
WRONG_PUBLISHABLE = {"hdr:wrong-publishable-key"}
ADMIN_KEY_IS_SERVER_KEY = {"hdr:admin-key-is-server-key"}
# recordings sent to a second project ("internal" in the real run)
OTHER_PROJECT = {"signup:internal", "cleanup:internal-user"}
# the fake publishes one key per set (the real backend two), so the JWKS key lists differ in length
JWKS = {
    "jwks:default:no-headers",
    "jwks:include_anonymous",
    "jwks:include_restricted",
    "expired-access-token:jwks",
}
# values that are random per key/run (signing keys, API key tails): compared by presence and type only
VOLATILE_KEYS = {"kid", "x", "y", "last_four"}
# recordings whose values came from the real project's earlier history: compared by shape only
SHAPE_ONLY: dict[str, str] = {
    "pck-required:server-no-pck": "the real project still held a user from an earlier run, listed first",
}
# text the fake cannot reproduce byte for byte, and why
LOOSE_TEXT: dict[str, str] = {
    "expired-access-token": "the message names the expiry instant, which depends on the run's clock",
    "expired-access-token:users-me": "same as expired-access-token",
    "signout:again": "the real 500 body carries a Node stack trace; the fake sends its first line",
    "signout:again:override": "same as signout:again",
    "cli:create": "expires_at is an ISO timestamp of the run",
}


@dataclass
class Outcome:
    index: int
    name: str
    method: str
    path: str
    status: int
    problems: list[str] = field(default_factory=list)
    response: httpx.Response | None = None


# The instant the recordings were made (the first user's signed_up_at_millis, 2026-11-23 20:37:40 UTC, less a
# minute). Recorded values carry absolute times (an API key created with expires_at_millis one day later), so
# the fake replays them at their own time, never at today's: the replay passes on any date.
RECORDED_AT = 1795466200.0


class Clock:
    """The fake's clock during a replay: the recorded instant, advancing with real elapsed time
    (monotonic, so neither today's date nor a shifted wall clock moves it), plus ``offset``."""

    def __init__(self, start: float = RECORDED_AT) -> None:
        import time

        self._monotonic = time.monotonic
        self._origin = time.monotonic()
        self.start = start
        self.offset = 0.0

    def __call__(self) -> float:
        return self.start + (self._monotonic() - self._origin) + self.offset


def load(path: Path) -> list[dict[str, Any]]:
    """The recordings (tests/data/recordings.jsonl), one dict per exchange."""
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


class Replayer:
    def __init__(self) -> None:
        self.clock = Clock()
        self.fake = FakeStackServer(
            project_id=PROJECT_ID,
            publishable_client_key="pck_replay_key",
            secret_server_key="ssk_replay_key",
            super_secret_admin_key="sak_replay_key",
            clock=self.clock,
            display_name="SDK acceptance project",
        )
        self.other = FakeStackServer(project_id="internal", publishable_client_key="pck_internal")
        self.bound: dict[str, Any] = {
            "<project_id>": PROJECT_ID,
            "<run>": RUN,
            "<random_uuid:1>": str(uuid.uuid4()),
            "<random_uuid:2>": str(uuid.uuid4()),
            "<email:1>": f"probe-{RUN}-u1@example.com",
            "<email:2>": f"probe-{RUN}-srv@example.com",
            "<email:3>": f"probe-{RUN}-internal@example.com",
        }
        self.exchanges: list[tuple[httpx.Request, httpx.Response]] = []

    # --- substitution --------------------------------------------------------------------------------

    def sub(self, value: Any) -> Any:
        if isinstance(value, str):
            return PLACEHOLDER.sub(lambda m: str(self.bound.get(m.group(0), m.group(0))), value)
        if isinstance(value, dict):
            return {k: self.sub(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.sub(v) for v in value]
        return value

    def credential(self, ref: str) -> str:
        if ref.startswith("literal:"):
            return ref[len("literal:") :]
        if ref not in self.bound:
            raise AssertionError(f"credential {ref} was never issued by the fake")
        return str(self.bound[ref])

    def headers(self, rec: dict[str, Any], fake: FakeStackServer) -> dict[str, str]:
        name = rec["name"]
        out: dict[str, str] = {}
        for key, value in rec["request_headers"].items():
            if key == "x-stack-publishable-client-key" and value == "<redacted>":
                value = "pck_wrong" if name in WRONG_PUBLISHABLE else fake.publishable_client_key
            elif key == "x-stack-secret-server-key" and value == "<redacted>":
                value = "ssk_wrong" if name in WRONG_SECRET else fake.secret_server_key
            elif key == "x-stack-super-secret-admin-key" and value == "<redacted>":
                value = (
                    fake.secret_server_key if name in ADMIN_KEY_IS_SERVER_KEY else fake.super_secret_admin_key
                )
            elif key == "x-stack-access-token":
                value = self.credential(ACCESS[name])
            elif key == "x-stack-refresh-token":
                value = self.credential(REFRESH[name])
            else:
                value = self.sub(value)
            out[key] = value
        return out

    def body(self, rec: dict[str, Any], fake: FakeStackServer) -> Any:
        body = self.sub(rec["request_body"])
        if isinstance(body, dict):
            if body.get("client_secret") == "<redacted>":
                body["client_secret"] = fake.publishable_client_key
            if rec["name"] == "mfa:sign-in":
                # a TOTP code is only valid for 30 s: compute the current one for the same user
                body["totp"] = self.fake.current_totp(str(self.bound["<user_id:4>"]))
        return body

    # --- comparison ----------------------------------------------------------------------------------

    def compare(self, rec: Any, got: Any, where: str, out: list[str], *, lengths: bool, texts: bool) -> None:
        if isinstance(rec, str) and PLACEHOLDER.fullmatch(rec) and rec not in ("<redacted>",):
            if rec in self.bound:
                if got != self.bound[rec]:
                    out.append(f"{where}: expected {rec}={self.bound[rec]!r}, got {got!r}")
            else:
                self.bound[rec] = got
            return
        if isinstance(rec, dict):
            if not isinstance(got, dict):
                out.append(f"{where}: expected an object, got {type(got).__name__}")
                return
            if set(rec) != set(got):
                out.append(
                    f"{where}: keys differ: missing {sorted(set(rec) - set(got))}, extra {sorted(set(got) - set(rec))}"
                )
            for key in rec.keys() & got.keys():
                if key in VOLATILE_KEYS:
                    if not isinstance(got[key], type(rec[key])):
                        out.append(f"{where}.{key}: expected a {type(rec[key]).__name__}, got {got[key]!r}")
                    continue
                self.compare(rec[key], got[key], f"{where}.{key}", out, lengths=lengths, texts=texts)
            return
        if isinstance(rec, list):
            if not isinstance(got, list):
                out.append(f"{where}: expected a list, got {type(got).__name__}")
                return
            if lengths and len(rec) != len(got):
                out.append(f"{where}: expected {len(rec)} items, got {len(got)}")
            for i, (r, g) in enumerate(zip(rec, got, strict=False)):
                self.compare(r, g, f"{where}[{i}]", out, lengths=lengths, texts=texts)
            return
        if rec is None or isinstance(rec, bool):
            if got is not rec:
                out.append(f"{where}: expected {rec!r}, got {got!r}")
            return
        if isinstance(rec, int):
            if abs(rec) < 10**7 and got != rec:
                out.append(f"{where}: expected {rec!r}, got {got!r}")
            return
        if isinstance(rec, str):
            if not isinstance(got, str):
                out.append(f"{where}: expected a string, got {got!r}")
            elif texts and not PLACEHOLDER.search(self.sub(rec)):
                expected = self.sub(rec).replace(REAL_HOST, self.fake.base_url)
                if got != expected:
                    out.append(f"{where}: expected {expected!r}, got {got!r}")

    def compare_shape(self, rec: Any, got: Any, where: str, out: list[str]) -> None:
        if isinstance(rec, dict) and isinstance(got, dict):
            if set(rec) != set(got):
                out.append(f"{where}: keys differ: {sorted(set(rec) ^ set(got))}")
            for key in rec.keys() & got.keys():
                self.compare_shape(rec[key], got[key], f"{where}.{key}", out)
        elif isinstance(rec, list) and isinstance(got, list):
            for i, (r, g) in enumerate(zip(rec, got, strict=False)):
                self.compare_shape(r, g, f"{where}[{i}]", out)

    # --- run -----------------------------------------------------------------------------------------

    async def run(self, recordings: list[dict[str, Any]]) -> list[Outcome]:
        outcomes: list[Outcome] = []
        async with (
            httpx.AsyncClient(transport=self.fake.transport(), base_url=self.fake.base_url) as main,
            httpx.AsyncClient(transport=self.other.transport(), base_url=self.other.base_url) as other,
        ):
            for index, rec in enumerate(recordings):
                name = rec["name"]
                if name in NOT_REPLAYED:
                    continue
                if name.startswith("expired-access-token") and name != "expired-access-token:jwks":
                    self.clock.offset = 10_000.0  # the real run waited for the 60 s tokens to expire
                fake, http = (self.other, other) if name in OTHER_PROJECT else (self.fake, main)
                outcomes.append(await self.exchange(index, rec, fake, http))
        return outcomes

    async def exchange(
        self, index: int, rec: dict[str, Any], fake: FakeStackServer, http: httpx.AsyncClient
    ) -> Outcome:
        name = rec["name"]
        headers = self.headers(rec, fake)
        body = self.body(rec, fake)
        kwargs: dict[str, Any] = {}
        ctype = headers.get("content-type")
        if body is not None:
            if ctype == "application/x-www-form-urlencoded":
                kwargs["content"] = httpx.QueryParams(body).__str__().encode()
            elif isinstance(body, str):
                kwargs["content"] = body.encode()
            else:
                kwargs["content"] = json.dumps(body).encode()
        path = "/api/v1" + self.sub(rec["path"])
        response = await http.request(
            rec["method"], path, params=self.sub(rec["query"]), headers=headers, **kwargs
        )
        self.exchanges.append((response.request, response))
        out = Outcome(index, name, rec["method"], rec["path"], rec["status"], response=response)
        problems = out.problems
        rh = rec["response_headers"]
        if response.status_code != rec["status"]:
            problems.append(f"status {response.status_code} != {rec['status']}")
        for h in ("x-stack-actual-status", "x-stack-known-error"):
            if response.headers.get(h) != rh.get(h):
                problems.append(f"{h}: {response.headers.get(h)!r} != {rh.get(h)!r}")
            hex_h = h.replace("x-stack-", "x-hexclave-")
            if response.headers.get(hex_h) != response.headers.get(h):
                problems.append(f"{hex_h} does not mirror {h}")
        rid = response.headers.get("x-stack-request-id", "")
        if len(rid) != 16 or response.headers.get("x-hexclave-request-id") != rid:
            problems.append(f"request id headers wrong: {rid!r}")
        media = (rh.get("content-type") or "").split(";")[0]
        if response.headers.get("content-type", "").split(";")[0] != media:
            problems.append(
                f"content-type {response.headers.get('content-type')!r} != {rh.get('content-type')!r}"
            )
        if rh.get("cache-control") and response.headers.get("cache-control") != rh["cache-control"]:
            problems.append(
                f"cache-control {response.headers.get('cache-control')!r} != {rh['cache-control']!r}"
            )
        recorded = rec["response_body"]
        texts = name not in LOOSE_TEXT
        if media == "application/json":
            got = response.json()
            if name in SHAPE_ONLY:
                self.compare_shape(recorded, got, "body", problems)
            else:
                self.compare(recorded, got, "body", problems, lengths=name not in JWKS, texts=texts)
            if (
                isinstance(got, dict)
                and "code" in got
                and got.get("code") != response.headers.get("x-stack-known-error")
            ):
                problems.append("body.code does not match x-stack-known-error")
        elif texts:
            expected = self.sub(recorded).replace(REAL_HOST, fake.base_url)
            if response.text != expected:
                problems.append(f"text {response.text!r} != {expected!r}")
        elif not str(recorded).startswith(response.text.split("\n")[0]):
            problems.append(f"text {response.text!r} does not start the recorded one")
        return out
