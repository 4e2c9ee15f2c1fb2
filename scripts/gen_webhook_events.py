#!/usr/bin/env python3
"""Write stack_sdk/webhooks/_events.py from the pinned webhooks spec (one typed class per event).

    python scripts/gen_webhook_events.py          # rewrite the module
    python scripts/gen_webhook_events.py --check  # exit 1 if the committed module is stale

Input: openapi/upstream/stack-2026-04/webhooks.json (OpenAPI 3.1 ``webhooks``: each event's request body is
``{type, data}``). Payload shapes that are structurally equal share one class (``user.created`` and
``user.updated`` both carry a ``UserData``; a user's ``selected_team`` is a ``TeamData``). The output is
already in ruff-format style and depends only on the spec, so reruns are byte-identical.
"""

from __future__ import annotations

import argparse
import json
import keyword
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi" / "upstream" / "stack-2026-04" / "webhooks.json"
OUTPUT = ROOT / "stack_sdk" / "webhooks" / "_events.py"
LINE = 110

SCALARS = {"string": ("str", "string"), "boolean": ("bool", "boolean"), "number": ("float", "number")}


@dataclass(frozen=True)
class Prop:
    name: str
    annotation: str  # the Python type without "| None"
    kind: str  # decoder kind: string, boolean, number, integer, json, object, array
    nested: str | None  # class name for object / array-of-object
    required: bool
    description: str


@dataclass
class Model:
    name: str
    props: list[Prop]
    used_by: list[str]


@dataclass(frozen=True)
class Event:
    type: str
    class_name: str
    data_class: str
    description: str


def camel(text: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in text.replace(".", "_").split("_") if part)


def _key(schema: dict[str, Any]) -> str:
    """Structural identity of an object schema: names, types, required-ness and descriptions (so that a
    bare ``{id}`` reference is not merged with a differently documented ``{id}`` payload)."""

    def strip(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: strip(v) for k, v in node.items() if k != "example"}
        if isinstance(node, list):
            return [strip(v) for v in node]
        return node

    return json.dumps(strip(schema), sort_keys=True)


class Builder:
    def __init__(self) -> None:
        self.models: dict[str, Model] = {}  # name -> model, in creation order
        self.by_shape: dict[str, str] = {}

    def model(self, schema: dict[str, Any], name: str, where: str) -> str:
        """The class name for object ``schema`` (reused when an equal shape exists); nested first."""
        key = _key(schema)
        if key in self.by_shape:
            existing = self.by_shape[key]
            self.models[existing].used_by.append(where)
            return existing
        if name in self.models:
            raise SystemExit(f"{SPEC.name}: two different shapes want the class name {name} ({where})")
        required = set(schema.get("required", []))
        props: list[Prop] = []
        for prop_name, prop in schema.get("properties", {}).items():
            if not prop_name.isidentifier() or keyword.iskeyword(prop_name):
                raise SystemExit(f"{where}.{prop_name}: not usable as a Python attribute name")
            props.append(self.prop(prop_name, prop, name, f"{where}.{prop_name}", prop_name in required))
        unknown_required = required - {p.name for p in props}
        if unknown_required:
            raise SystemExit(f"{where}: required names without a property: {sorted(unknown_required)}")
        # A shape can be met inside another first (selected_team before team.created): register after the
        # nested walk so the name chosen by the outermost caller wins only if still free.
        self.models[name] = Model(name, props, [where])
        self.by_shape[key] = name
        return name

    def prop(self, name: str, prop: dict[str, Any], owner: str, where: str, required: bool) -> Prop:
        description = " ".join(str(prop.get("description", "")).split())
        kind = prop.get("type")
        if kind in SCALARS:
            annotation, decoder = SCALARS[kind]
            if kind == "number" and name.endswith("_millis"):
                annotation, decoder = "int", "integer"  # epoch milliseconds are whole numbers on the wire
            return Prop(name, annotation, decoder, None, required, description)
        if kind == "object" and "properties" in prop:
            nested = self.model(prop, owner.removesuffix("Data") + camel(name), where)
            return Prop(name, nested, "object", nested, required, description)
        if kind == "object":
            # Stack's metadata fields hold any JSON value the app stored.
            return Prop(name, "Any", "json", None, required, description)
        if kind == "array":
            items = prop.get("items", {})
            if items.get("type") == "object" and "properties" in items:
                nested = self.model(items, owner.removesuffix("Data") + camel(name).removesuffix("s"), where)
                return Prop(name, f"list[{nested}]", "array", nested, required, description)
            if items.get("type") in SCALARS:
                return Prop(name, f"list[{SCALARS[items['type']][0]}]", "json", None, required, description)
        raise SystemExit(f"{where}: unsupported schema {json.dumps(prop)[:200]}")


def read_spec(path: Path = SPEC) -> tuple[list[Event], list[Model]]:
    spec = json.loads(path.read_text(encoding="utf-8"))
    webhooks = spec.get("webhooks")
    if not isinstance(webhooks, dict) or not webhooks:
        raise SystemExit(f"{path}: no 'webhooks' object")
    builder = Builder()
    events: list[Event] = []
    # created events first so that shared shapes take the resource's plain name (UserData, TeamData)
    order = sorted(webhooks, key=lambda t: (t.split(".")[0], not t.endswith(".created"), t))
    seen_prefix: set[str] = set()
    for event_type in order:
        post = webhooks[event_type]["post"]
        schema = post["requestBody"]["content"]["application/json"]["schema"]
        props = schema.get("properties", {})
        if set(props) != {"type", "data"} or set(schema.get("required", [])) != {"type", "data"}:
            raise SystemExit(f"{event_type}: body must be {{type, data}}, got {sorted(props)}")
        prefix = event_type.split(".")[0]
        name = camel(prefix) + "Data" if prefix not in seen_prefix else camel(event_type) + "Data"
        seen_prefix.add(prefix)
        data_class = builder.model(props["data"], name, event_type)
        description = " ".join(str(post.get("description", "")).split())
        events.append(Event(event_type, camel(event_type) + "Event", data_class, description))
    events.sort(key=lambda e: list(webhooks).index(e.type))  # spec order in the output
    return events, list(builder.models.values())


def _doc(text: str, indent: str) -> list[str]:
    """A docstring, wrapped to the line limit (ruff format leaves docstring text alone)."""
    text = text.replace("\\", "\\\\").replace('"""', "'''")
    words = text.split()
    lines: list[str] = []
    current = ""
    width = LINE - len(indent) - 6
    for word in words:
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    if len(lines) == 1:
        return [f'{indent}"""{lines[0]}"""']
    return [f'{indent}"""{lines[0]}', *[f"{indent}{line}" for line in lines[1:]], f'{indent}"""']


def _field_line(prop: Prop) -> str:
    if prop.required:
        return f"    {prop.name}: {prop.annotation}"
    if prop.annotation == "Any":
        return f"    {prop.name}: Any = None"
    return f"    {prop.name}: {prop.annotation} | None = None"


def _schema_lines(model: Model) -> list[str]:
    rows = []
    for p in model.props:
        nested = p.nested if p.nested else "None"
        rows.append(f'        ("{p.name}", "{p.kind}", {p.required}, {nested}),')
    if len(rows) == 1 and len(one := f"    _schema: ClassVar[Schema] = ({rows[0].strip()})") <= LINE:
        return [one]  # ruff format joins a one-element tuple (its comma is not a "magic" trailing comma)
    return ["    _schema: ClassVar[Schema] = (", *rows, "    )"]


def render(events: list[Event], models: list[Model]) -> str:
    names = sorted(["AnyEvent", "EVENT_CLASSES", "KnownEvent"] + [e.class_name for e in events] + [m.name for m in models])
    out = [
        "# Generated by scripts/gen_webhook_events.py from openapi/upstream/stack-2026-04/webhooks.json.",
        "# Do not edit by hand.",
        '"""Typed Stack webhook events: one frozen dataclass per event type of the pinned webhooks spec.',
        "",
        "Import them from :mod:`stack_sdk.webhooks`; this module is an implementation detail.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from dataclasses import dataclass",
        "from typing import Any, ClassVar, Literal, TypeAlias",
        "",
        "from ._model import Event, Schema, UnknownEvent",
        "",
        "__all__ = [",
        *[f'    "{n}",' for n in names],
        "]",
    ]
    # nested models are created before their owners, so this order needs no forward references at runtime
    for model in models:
        users = ", ".join(f"``{u}``" for u in model.used_by)
        out += ["", "", "@dataclass(frozen=True)", f"class {model.name}:"]
        out += _doc(f"Payload shape used by {users}.", "    ")
        out.append("")
        ordered = [p for p in model.props if p.required] + [p for p in model.props if not p.required]
        for p in ordered:
            out.append(_field_line(p))
            if p.description:
                out += _doc(p.description, "    ")
        out.append("")
        out += _schema_lines(model)
    for event in events:
        out += ["", "", "@dataclass(frozen=True, kw_only=True)", f"class {event.class_name}(Event):"]
        out += _doc(f"``{event.type}``: {event.description}", "    ")
        out += [
            "",
            f'    type: ClassVar[Literal["{event.type}"]] = "{event.type}"',
            f"    data: {event.data_class}",
        ]
    union = [e.class_name for e in events]
    out += ["", ""]
    line = "KnownEvent: TypeAlias = " + " | ".join(union)
    if len(line) <= LINE:
        out.append(line)
    else:
        out += ["KnownEvent: TypeAlias = (", *[f"    {'| ' if i else ''}{n}" for i, n in enumerate(union)], ")"]
    out += [
        '"""Every event type the pinned spec defines."""',
        "AnyEvent: TypeAlias = KnownEvent | UnknownEvent",
        '"""What ``parse`` returns: a known event, or ``UnknownEvent`` for a type a later Stack release adds."""',
        "",
        "EVENT_CLASSES: dict[str, type[KnownEvent]] = {",
        *[f'    "{e.type}": {e.class_name},' for e in events],
        "}",
        "",
        "# the payload class each event type's ``data`` decodes into",
        "DATA_CLASSES: dict[str, type[Any]] = {",
        *[f'    "{e.type}": {e.data_class},' for e in events],
        "}",
    ]
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="fail if the committed module is stale")
    args = parser.parse_args(argv)
    events, models = read_spec()
    text = render(events, models)
    rel = OUTPUT.relative_to(ROOT)
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{rel} is stale: run scripts/gen_webhook_events.py", file=sys.stderr)
            return 1
        print(f"{rel} is up to date")
        return 0
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {rel} ({len(events)} events, {len(models)} payload classes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
