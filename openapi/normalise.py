"""Turn Stack's three OpenAPI files (client, server, admin) into one spec openapi-python-client can use.

Each step is one small function over plain dicts, run in order by :func:`normalise`; the facts behind
them live in ``overlay.py``. Example::

    >>> import json, pathlib
    >>> d = pathlib.Path("openapi/upstream/stack-2026-04")
    >>> specs = {n: json.loads((d / f"{n}.json").read_text()) for n in ("client", "server", "admin")}
    >>> spec, notes = normalise(specs)  # doctest: +SKIP
    >>> spec["paths"]["/users"]["get"]["operationId"]  # doctest: +SKIP
    'users_list'
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from . import overlay as ov

Schema = dict[str, Any]
ACCESS_TYPES = ("client", "server", "admin")
METHODS = ("get", "put", "post", "delete", "patch")
REF_PREFIX = "#/components/schemas/"


class NormaliseError(Exception):
    """The upstream spec has something the overlay cannot reconcile (names the operation)."""


def op_key(method: str, path: str) -> str:
    return f"{method.upper()} {path}"


# ---------------------------------------------------------------------------------------------------
# Merging the three access views
# ---------------------------------------------------------------------------------------------------


def merge_schemas(a: Schema, b: Schema) -> Schema:
    """One schema that parses both: properties are united, ``required`` intersected (recursively)."""
    if a.get("type") == "object" and b.get("type") == "object" and ("properties" in a or "properties" in b):
        props: dict[str, Schema] = dict(a.get("properties", {}))
        for name, sub in b.get("properties", {}).items():
            props[name] = merge_schemas(props[name], sub) if name in props else sub
        merged = {**b, **a, "properties": props}
        merged["required"] = sorted(set(a.get("required", [])) & set(b.get("required", [])))
        return merged
    if a.get("type") == "array" and b.get("type") == "array" and "items" in a and "items" in b:
        return {**b, **a, "items": merge_schemas(a["items"], b["items"])}
    return a


def _json_schema(container: Mapping[str, Any]) -> Schema | None:
    return container.get("content", {}).get("application/json", {}).get("schema")


def merge_operations(a: Schema, b: Schema) -> Schema:
    """Merge two access views of one operation (parameters, body and responses)."""
    merged = copy.deepcopy(a)
    params = {(p["in"], p["name"]): p for p in merged.get("parameters", [])}
    in_b = {(p["in"], p["name"]): p for p in b.get("parameters", [])}
    one_sided = params.keys() ^ in_b.keys()
    for key, p in in_b.items():
        if key in params:
            params[key]["required"] = bool(params[key].get("required")) and bool(p.get("required"))
        else:
            params[key] = copy.deepcopy(p)
    for key in one_sided:  # only some views have it: never required (path params always are)
        params[key]["required"] = key[0] == "path"
    if params:
        merged["parameters"] = list(params.values())
    body_a, body_b = a.get("requestBody"), b.get("requestBody")
    if body_a and body_b:
        sa, sb = _json_schema(body_a), _json_schema(body_b)
        if sa is not None and sb is not None:
            merged["requestBody"]["content"]["application/json"]["schema"] = merge_schemas(sa, sb)
    elif body_b:
        merged["requestBody"] = copy.deepcopy(body_b)
    for code, resp in b.get("responses", {}).items():
        mine = merged.setdefault("responses", {}).get(code)
        if mine is None:
            merged["responses"][code] = copy.deepcopy(resp)
            continue
        sa, sb = _json_schema(mine), _json_schema(resp)
        if sa is not None and sb is not None:
            mine["content"]["application/json"]["schema"] = merge_schemas(sa, sb)
    return merged


def collect_operations(specs: Mapping[str, Schema]) -> dict[str, Schema]:
    """Every operation of the client/server/admin files, merged, with ``x-stack-access``."""
    ops: dict[str, Schema] = {}
    for access in ACCESS_TYPES:
        for path, item in specs[access].get("paths", {}).items():
            path = path or "/"  # the 2025-06 files call the root ""
            for method in METHODS:
                if method not in item:
                    continue
                key = op_key(method, path)
                op = copy.deepcopy(item[method])
                if key in ops:
                    access_list = ops[key]["x-stack-access"] + [access]
                    ops[key] = merge_operations(ops[key], op)
                    ops[key]["x-stack-access"] = access_list
                else:
                    op["x-stack-access"] = [access]
                    ops[key] = op
    return ops


# ---------------------------------------------------------------------------------------------------
# Cleaning and patching operations
# ---------------------------------------------------------------------------------------------------


def strip_foreign_extensions(node: Any, parent: str = "") -> Any:
    """Drop vendor extensions other than our own ``x-stack-*`` (upstream's x-full-url hard-codes the
    public host, §5.5 #17). Keys of a ``properties`` map are field names, never extensions."""
    if isinstance(node, dict):
        return {
            k: strip_foreign_extensions(v, k)
            for k, v in node.items()
            if parent == "properties" or not k.startswith("x-") or k.startswith("x-stack-")
        }
    if isinstance(node, list):
        return [strip_foreign_extensions(v) for v in node]
    return node


def clean_parameters(path: str, op: Schema) -> None:
    """Drop x-stack-* headers (the facade writes auth headers), force path params required and drop
    query copies of path params (§5.5 #1, #7, #10)."""
    in_path = set(re.findall(r"{([^}]+)}", path))
    kept = []
    for p in op.get("parameters", []):
        if p["in"] == "header" and p["name"].lower().startswith("x-stack-"):
            continue
        if p["in"] == "query" and p["name"] in in_path:
            continue
        if p["in"] == "path":
            p["required"] = True
        kept.append(p)
    if kept:
        op["parameters"] = kept
    else:
        op.pop("parameters", None)


def patch_parameters(key: str, op: Schema) -> None:
    """Add missing query params, relax wrongly required ones, type "true"/"false" strings as booleans."""
    params = op.setdefault("parameters", [])
    names = {(p["in"], p["name"]) for p in params}
    for extra in ov.ADDED_PARAMS.get(key, []):
        if (extra["in"], extra["name"]) not in names:
            params.append(copy.deepcopy(extra))
    for p in params:
        if p["name"] in ov.RELAXED_PARAMS.get(key, ()):
            p["required"] = False
        if p["in"] == "query" and p["name"] in ov.BOOLEAN_QUERY_PARAMS:
            p["schema"] = {k: v for k, v in p["schema"].items() if k != "example"} | {"type": "boolean"}
    if not params:
        op.pop("parameters")


def patch_body(key: str, op: Schema) -> None:
    """Give body-less operations the body the backend reads (§5.5 #9), add hidden body fields (§5.4)."""
    if key in ov.ADDED_BODIES and not op.get("requestBody"):
        op["requestBody"] = _json_content(copy.deepcopy(ov.ADDED_BODIES[key]), required=True)
    schema = _json_schema(op["requestBody"]) if op.get("requestBody") else None
    extra = ov.EXTRA_PROPERTIES.get(key)
    if extra and schema is not None:
        props = schema.setdefault("properties", {})
        for name, sub in extra.items():
            props.setdefault(name, copy.deepcopy(sub))


def fix_statuses(key: str, op: Schema) -> None:
    """Re-key responses to the status codes the backend really sends (§5.5 #12)."""
    for documented, real in ov.STATUS_FIXES.get(key, {}).items():
        if documented in op.get("responses", {}):
            op["responses"][real] = op["responses"].pop(documented)


def _json_content(schema: Schema, *, required: bool) -> Schema:
    out: Schema = {"content": {"application/json": {"schema": schema}}}
    if required:
        out["required"] = True
    return out


def build_added_operation(spec: Schema) -> Schema:
    """An OpenAPI operation from an ``overlay.ADDED_OPERATIONS`` entry."""
    op: Schema = {"summary": spec["summary"], "x-stack-access": list(spec["access"]), "x-stack-added": True}
    if spec.get("parameters"):
        op["parameters"] = copy.deepcopy(spec["parameters"])
    if "body" in spec:
        op["requestBody"] = _json_content(copy.deepcopy(spec["body"]), required=True)
    op["responses"] = {
        code: {"description": "Successful response", **_json_content(copy.deepcopy(s), required=False)}
        for code, s in spec["responses"].items()
    }
    return op


# ---------------------------------------------------------------------------------------------------
# Schema walking
# ---------------------------------------------------------------------------------------------------

SchemaFn = Callable[[Schema], Schema]


def transform(schema: Schema, fn: SchemaFn) -> Schema:
    """Apply ``fn`` bottom-up to every sub-schema (properties, items, anyOf)."""
    out = dict(schema)
    if "properties" in out:
        out["properties"] = {k: transform(v, fn) for k, v in out["properties"].items()}
    if isinstance(out.get("items"), dict):
        out["items"] = transform(out["items"], fn)
    if "anyOf" in out:
        out["anyOf"] = [transform(v, fn) for v in out["anyOf"]]
    return fn(out)


def operation_schemas(spec: Schema) -> Iterator[tuple[str, str, Schema, Callable[[Schema], None]]]:
    """(op key, "request"/"response", schema, setter) for every JSON body of every operation."""
    for path, item in spec["paths"].items():
        for method, op in item.items():
            key = op_key(method, path)
            body = op.get("requestBody")
            if body and _json_schema(body) is not None:
                media = body["content"]["application/json"]
                yield key, "request", media["schema"], lambda s, m=media: m.__setitem__("schema", s)
            for resp in op.get("responses", {}).values():
                if _json_schema(resp) is not None:
                    media = resp["content"]["application/json"]
                    yield key, "response", media["schema"], lambda s, m=media: m.__setitem__("schema", s)


def map_all_schemas(spec: Schema, fn: SchemaFn) -> None:
    """Apply ``fn`` bottom-up to every schema of every operation, component and parameter."""
    for _key, _kind, schema, setter in list(operation_schemas(spec)):
        setter(transform(schema, fn))
    comps = spec.get("components", {}).get("schemas", {})
    for name in list(comps):
        comps[name] = transform(comps[name], fn)
    for item in spec["paths"].values():
        for op in item.values():
            for p in op.get("parameters", []):
                p["schema"] = transform(p["schema"], fn)


def any_json(schema: Schema) -> Schema:
    """Property-less objects (metadata, undocumented payloads) accept any JSON value (§5.5 #3)."""
    if schema.get("type") == "object" and not schema.get("properties"):
        return {k: v for k, v in schema.items() if k in ("description", "title")}
    return schema


def drop_undeclared_required(schema: Schema) -> Schema:
    """``required`` names without a property (api-key "description") are dropped; overlay adds them."""
    if "required" in schema:
        props = schema.get("properties", {})
        schema["required"] = sorted(r for r in schema["required"] if r in props)
    return schema


def integer_types(schema: Schema) -> Schema:
    """limit / *_millis / counters are integers, not floats (§5.5 #5)."""
    props = schema.get("properties")
    if props:
        for name, sub in props.items():
            if sub.get("type") == "number" and (name.endswith("_millis") or name in ov.INTEGER_NAMES):
                props[name] = {**sub, "type": "integer"}
    return schema


def integer_params(spec: Schema) -> None:
    for item in spec["paths"].values():
        for op in item.values():
            for p in op.get("parameters", []):
                name = p["name"]
                if p["schema"].get("type") in ("number", "string") and (
                    name == "limit" or name.endswith("_millis")
                ):
                    p["schema"] = {k: v for k, v in p["schema"].items() if k != "example"} | {
                        "type": "integer"
                    }


# ---------------------------------------------------------------------------------------------------
# Hoisting shared shapes into components
# ---------------------------------------------------------------------------------------------------


def _json_type(schema: Schema) -> str | None:
    if "$ref" in schema:
        return "object"
    t = schema.get("type")
    return t if isinstance(t, str) else None


def match_shape(schema: Schema, kind: str) -> ov.Shape | None:
    """The first overlay shape this object schema is an instance of, by key set and types."""
    props = schema.get("properties")
    if schema.get("type") != "object" or not props:
        return None
    keys = set(props)
    for rule in ov.SHAPES:
        if kind == "request" and not rule.requests:
            continue
        if rule.keys <= keys <= rule.keys | rule.optional and all(
            _json_type(props.get(k, {})) == t for k, t in rule.types if k in props
        ):
            return rule
    return None


def hoist_components(spec: Schema) -> None:
    """Replace every object matching an overlay shape by a $ref; merge all matches per component."""
    comps: dict[str, Schema] = spec.setdefault("components", {}).setdefault("schemas", {})

    for _key, kind, schema, setter in list(operation_schemas(spec)):

        def hoist(node: Schema, kind: str = kind) -> Schema:
            rule = match_shape(node, kind)
            if rule is None:
                return node
            comps[rule.name] = merge_schemas(comps[rule.name], node) if rule.name in comps else node
            return ov.ref(rule.name)

        setter(transform(schema, hoist))
    for name, schema in ov.EXTRA_COMPONENTS.items():
        comps.setdefault(name, copy.deepcopy(schema))
    for name, values in ov.ENUM_VALUES.items():
        comps[name] = {"type": "string", "enum": list(values)}


def add_extra_properties(spec: Schema) -> None:
    """Hidden or newer fields of §5.4 on the shared components (optional, so old servers still parse)."""
    comps = spec["components"]["schemas"]
    for name, extra in ov.EXTRA_PROPERTIES.items():
        if name in comps:
            props = comps[name].setdefault("properties", {})
            for prop, sub in extra.items():
                props.setdefault(prop, copy.deepcopy(sub))


def apply_enums(spec: Schema) -> None:
    """Point enum-like request properties and parameters at the enum components (§5.5 #4).

    Only what the SDK *sends* is closed: response schemas keep plain strings, because generated
    ``from_dict`` rejects an unknown enum value, and a value Stack adds later (a new contact channel
    type, a new restricted reason) must not make ``users.me()`` fail for every caller.
    """
    comps = spec["components"]["schemas"]
    received = _response_components(spec)

    def in_objects(node: Schema) -> Schema:
        props = node.get("properties", {})
        for use in ov.ENUM_USES:
            if use.param or use.component or use.prop not in props:
                continue
            if use.with_keys <= set(props) and "$ref" not in props[use.prop]:
                props[use.prop] = ov.ref(use.enum)
        return node

    for _key, kind, schema, setter in list(operation_schemas(spec)):
        if kind == "request":
            setter(transform(schema, in_objects))
    for name in list(comps):
        if name not in received:
            comps[name] = transform(comps[name], in_objects)
    for use in ov.ENUM_USES:
        if use.component and use.component in comps and use.component not in received:
            props = comps[use.component].get("properties", {})
            if use.prop in props:
                props[use.prop] = ov.ref(use.enum)
        if use.param:
            for item in spec["paths"].values():
                for op in item.values():
                    for p in op.get("parameters", []):
                        if p["name"] == use.prop:
                            p["schema"] = ov.ref(use.enum)


def _response_components(spec: Schema) -> set[str]:
    """Names of the components reachable from any response body."""
    comps = spec["components"]["schemas"]
    stack = [r for _k, kind, schema, _s in operation_schemas(spec) if kind == "response" for r in _refs(schema)]
    seen: set[str] = set()
    while stack:
        name = stack.pop().removeprefix(REF_PREFIX)
        if name in seen or name not in comps:
            continue
        seen.add(name)
        stack.extend(_refs(comps[name]))
    return seen


# ---------------------------------------------------------------------------------------------------
# Nullability
# ---------------------------------------------------------------------------------------------------


def nullable(schema: Schema) -> Schema:
    """The same schema, also accepting ``null``."""
    if schema == {} or set(schema) <= {"description", "title"}:
        return schema  # any JSON already includes null
    if "$ref" in schema:
        return {"anyOf": [schema, {"type": "null"}]}
    if "anyOf" in schema:
        if {"type": "null"} in schema["anyOf"]:
            return schema
        return {**schema, "anyOf": [*schema["anyOf"], {"type": "null"}]}
    t = schema.get("type")
    if isinstance(t, str):
        return {**schema, "type": [t, "null"]}
    return schema


def nullable_optionals(schema: Schema) -> Schema:
    """Every property outside ``required`` may be null (Stack never marks nullability, §5.5 #2)."""
    props = schema.get("properties")
    if props:
        required = set(schema.get("required", []))
        for prop, sub in props.items():
            if prop not in required:
                props[prop] = nullable(sub)
    return schema


def make_nullable(spec: Schema) -> None:
    map_all_schemas(spec, nullable_optionals)
    comps = spec["components"]["schemas"]
    for name, props in ov.NULLABLE_REQUIRED.items():
        for prop in props & set(comps.get(name, {}).get("properties", {})):
            comps[name]["properties"][prop] = nullable(comps[name]["properties"][prop])


# ---------------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------------


def _snake(text: str) -> str:
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    return re.sub(r"[^a-zA-Z0-9]+", "_", text).strip("_").lower()


def default_name(method: str, path: str) -> tuple[str, str]:
    """The naming rule for operations the overlay does not name yet (see openapi/README.md)."""
    segments = [s for s in path.strip("/").split("/") if s]
    static = [s for s in segments if not s.startswith("{")]
    if not static:
        return "root", method.lower()
    head = 2 if static[0] == "auth" and len(static) > 1 else 1
    tag = _snake("_".join(static[:head]))
    rest = [_snake(s) for s in static[head:]]
    ends_with_param = bool(segments) and segments[-1].startswith("{")
    crud = {
        "get": "get" if ends_with_param else "list",
        "post": "create",
        "patch": "update",
        "put": "replace",
        "delete": "delete",
    }[method.lower()]
    action = "_".join(rest) if rest and method.lower() == "post" else "_".join([crud, *rest])
    return tag, action or crud


def name_operations(spec: Schema, notes: list[str]) -> None:
    """operationId ``<tag>_<action>`` and one snake_case tag per operation (§5.5 #14)."""
    seen: dict[str, str] = {}
    for path, item in spec["paths"].items():
        for method, op in item.items():
            key = op_key(method, path)
            if key in ov.NAMES:
                tag, action = ov.NAMES[key]
            else:
                tag, action = default_name(method, path)
                notes.append(f"unnamed operation {key}: using {tag}_{action} (add it to overlay.NAMES)")
            op_id = f"{tag}_{action}"
            if op_id in seen:
                raise NormaliseError(f"operationId {op_id} used by both {seen[op_id]} and {key}")
            seen[op_id] = key
            op["operationId"] = op_id
            op["tags"] = [tag]


# ---------------------------------------------------------------------------------------------------
# The pipeline
# ---------------------------------------------------------------------------------------------------


def normalise(specs: Mapping[str, Schema]) -> tuple[Schema, list[str]]:
    """One merged, generator-ready spec from ``{"client": ..., "server": ..., "admin": ...}``.

    Returns the spec and human-readable notes (overlay entries that no longer apply, unnamed ops).
    """
    notes: list[str] = []
    ops = collect_operations(specs)
    excluded = {k: reason for k, reason in ov.EXCLUDED.items() if k in ops}
    for key in excluded:
        del ops[key]
    for key, added in ov.ADDED_OPERATIONS.items():
        if key in ops:
            notes.append(f"{key} is now upstream; overlay.ADDED_OPERATIONS entry ignored")
        else:
            ops[key] = build_added_operation(added)
    for key, op in ops.items():
        path = key.split(" ", 1)[1]
        clean_parameters(path, op)
        patch_parameters(key, op)
        patch_body(key, op)
        fix_statuses(key, op)

    first = specs["server"]
    spec: Schema = {
        "openapi": first.get("openapi", "3.1.0"),
        "info": first.get("info", {"title": "Stack REST API", "version": "1.0.0"}),
        "servers": first.get("servers", []),
        "paths": {},
        "x-stack-excluded": excluded,
    }
    for key in sorted(ops):
        method, path = key.split(" ", 1)
        spec["paths"].setdefault(path, {})[method.lower()] = ops[key]
    spec = strip_foreign_extensions(spec)

    map_all_schemas(spec, any_json)
    map_all_schemas(spec, drop_undeclared_required)
    map_all_schemas(spec, integer_types)
    integer_params(spec)
    hoist_components(spec)
    add_extra_properties(spec)
    map_all_schemas(spec, any_json)  # extra properties may bring metadata-like objects
    map_all_schemas(spec, integer_types)
    apply_enums(spec)
    make_nullable(spec)
    name_operations(spec, notes)
    check_refs(spec)
    return sort_keys(spec), notes


def check_refs(spec: Schema) -> None:
    """Every $ref must name a component (an overlay entry may point at a shape a release lacks)."""
    comps = spec["components"]["schemas"]
    dangling = sorted({r for r in _refs(spec) if r.removeprefix(REF_PREFIX) not in comps})
    if dangling:
        raise NormaliseError(f"$ref to undefined components: {', '.join(dangling)} (add them to overlay)")


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            yield node["$ref"]
        for v in node.values():
            yield from _refs(v)
    elif isinstance(node, list):
        for v in node:
            yield from _refs(v)


def sort_keys(node: Any) -> Any:
    """Deterministic output: dict keys sorted, lists kept in order."""
    if isinstance(node, dict):
        return {k: sort_keys(node[k]) for k in sorted(node)}
    if isinstance(node, list):
        return [sort_keys(v) for v in node]
    return node
