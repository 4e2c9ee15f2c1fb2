"""Files written next to the generated package: the operation table, api.lock.json, CHANGELOG-API.md.

The lock is read from the generated code itself (``ast``, no import): every endpoint's ``_get_kwargs``
signature and every model's annotated fields, i.e. exactly what the facade calls and reads.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Any

Lock = dict[str, Any]

OPERATIONS_HEADER = '''"""Operation table of stack_sdk_generated: written by scripts/regenerate.sh, do not edit.

``OPERATIONS[operation_id]`` says how to call an operation and which access types may; ``EXCLUDED``
lists upstream operations deliberately not generated, with the reason.
"""

from __future__ import annotations

from typing import NamedTuple


class Operation(NamedTuple):
    """One generated operation: HTTP method, path template, allowed access types, endpoint module."""

    method: str
    path: str
    access: tuple[str, ...]
    module: str


'''


def operations_table(spec: dict[str, Any], package: str) -> dict[str, tuple[str, str, tuple[str, ...], str]]:
    table = {}
    for path, item in spec["paths"].items():
        for method, op in item.items():
            op_id, tag = op["operationId"], op["tags"][0]
            table[op_id] = (method.upper(), path, tuple(op["x-stack-access"]), f"{package}.api.{tag}.{op_id}")
    return dict(sorted(table.items()))


def render_operations_module(spec: dict[str, Any], package: str) -> str:
    lines = [OPERATIONS_HEADER, "OPERATIONS: dict[str, Operation] = {"]
    for op_id, (method, path, access, module) in operations_table(spec, package).items():
        lines.append(f"    {op_id!r}: Operation({method!r}, {path!r}, {access!r}, {module!r}),")
    lines += ["}", "", "EXCLUDED: dict[str, str] = {"]
    for key, reason in sorted(spec.get("x-stack-excluded", {}).items()):
        lines.append(f"    {key!r}: {reason!r},")
    lines += ["}", ""]
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------------
# api.lock.json
# ---------------------------------------------------------------------------------------------------


def _signature(tree: ast.Module) -> dict[str, str]:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "_get_kwargs":
            args = [*node.args.args, *node.args.kwonlyargs]
            return {a.arg: ast.unparse(a.annotation) if a.annotation else "Any" for a in args}
    return {}


def _return_type(tree: ast.Module) -> str:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "_parse_response" and node.returns:
            return ast.unparse(node.returns)
    return "None"


def _model_fields(tree: ast.Module) -> dict[str, dict[str, str]]:
    models: dict[str, dict[str, str]] = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            models[node.name] = {
                stmt.target.id: ast.unparse(stmt.annotation)
                for stmt in node.body
                if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)
            }
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Subscript):  # Literal enums
            for target in node.targets:
                if isinstance(target, ast.Name) and ast.unparse(node.value).startswith("Literal"):
                    models[target.id] = {"__literal__": ast.unparse(node.value)}
    return models


def build_lock(pkg_dir: Path, spec: dict[str, Any], release: str) -> Lock:
    """Signatures of every operation and fields of every model of a generated package."""
    package = pkg_dir.name
    operations = {}
    for op_id, (method, path, access, module) in operations_table(spec, package).items():
        file = pkg_dir.joinpath(*module.split(".")[1:]).with_suffix(".py")
        tree = ast.parse(file.read_text())
        operations[op_id] = {
            "method": method,
            "path": path,
            "access": list(access),
            "params": _signature(tree),
            "returns": _return_type(tree),
        }
    models: dict[str, dict[str, str]] = {}
    for file in sorted((pkg_dir / "models").glob("*.py")):
        if file.name != "__init__.py":
            models.update(_model_fields(ast.parse(file.read_text())))
    return {
        "release": release,
        "operations": operations,
        "models": dict(sorted(models.items())),
        "excluded": dict(sorted(spec.get("x-stack-excluded", {}).items())),
    }


def dump_json(data: Any) -> str:
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------------------------------------------
# CHANGELOG-API.md
# ---------------------------------------------------------------------------------------------------


def _diff_section(title: str, old: dict[str, Any], new: dict[str, Any], describe: Any) -> list[str]:
    added = sorted(set(new) - set(old))
    removed = sorted(set(old) - set(new))
    changed = sorted(k for k in set(old) & set(new) if old[k] != new[k])
    lines = [f"## {title}", ""]
    if not (added or removed or changed):
        return lines + ["No changes.", ""]
    for label, keys, source in (("Added", added, new), ("Removed", removed, old), ("Changed", changed, new)):
        if keys:
            lines.append(f"### {label} ({len(keys)})")
            lines.append("")
            for key in keys:
                detail = describe(key, old.get(key), new.get(key)) if label == "Changed" else ""
                lines.append(f"- {describe(key, None, source[key]) if label != 'Changed' else detail}")
            lines.append("")
    return lines


def _describe_op(op_id: str, old: dict[str, Any] | None, new: dict[str, Any] | None) -> str:
    cur = new or old or {}
    head = f"`{cur.get('method')} {cur.get('path')}` ({op_id}, {'/'.join(cur.get('access', []))})"
    if old is None or new is None:
        return head
    changes = []
    for what in ("method", "path", "access", "returns"):
        if old.get(what) != new.get(what):
            changes.append(f"{what}: {old.get(what)} → {new.get(what)}")
    op_params, np_params = old.get("params", {}), new.get("params", {})
    for p in sorted(set(np_params) - set(op_params)):
        changes.append(f"+param {p}: {np_params[p]}")
    for p in sorted(set(op_params) - set(np_params)):
        changes.append(f"-param {p}")
    for p in sorted(k for k in set(op_params) & set(np_params) if op_params[k] != np_params[k]):
        changes.append(f"param {p}: {op_params[p]} → {np_params[p]}")
    return head + ": " + "; ".join(changes)


def _describe_model(name: str, old: dict[str, str] | None, new: dict[str, str] | None) -> str:
    if old is None or new is None:
        return f"`{name}` ({len(new or old or {})} fields)"
    changes = [f"+{f}" for f in sorted(set(new) - set(old))]
    changes += [f"-{f}" for f in sorted(set(old) - set(new))]
    changes += [
        f"{f}: {old[f]} → {new[f]}" for f in sorted(k for k in set(old) & set(new) if old[k] != new[k])
    ]
    return f"`{name}`: " + "; ".join(changes)


def _describe_excluded(key: str, _old: str | None, new: str | None) -> str:
    return f"`{key}`: {new}"


def render_changelog(old: Lock | None, new: Lock) -> str:
    """What changed in the generated API between two locks (operations, models, exclusions)."""
    if old is None:
        old = {"release": "(nothing)", "operations": {}, "models": {}, "excluded": {}}
    lines = [
        "# API changes of the generated client",
        "",
        f"From {old['release']} to {new['release']}; written by scripts/regenerate.sh from api.lock.json.",
        "",
    ]
    lines += _diff_section("Operations", old["operations"], new["operations"], _describe_op)
    lines += _diff_section(
        "Upstream operations excluded from generation", old["excluded"], new["excluded"], _describe_excluded
    )
    lines += _diff_section("Models", old["models"], new["models"], _describe_model)
    return "\n".join(lines).rstrip("\n") + "\n"
