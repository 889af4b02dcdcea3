"""Recorded drift -> an OpenAPI Overlay 1.0 that makes the spec say what the server sends.

Each record names an operation (`GET /path`, `webhook <name>`, or `webhooks` for an undeclared
event), a status and a JSON pointer into the body; the pointer is followed through the operation's
response schema (references, `allOf`/`anyOf`/`oneOf` members, `items`, `additionalProperties`) to
the schema the finding is about. Then, by kind:

| kind | the action |
|---|---|
| enum: a string outside the enum | the value appended to the `enum` (of the referenced schema) |
| null where none is allowed | `null` added to the `type` (3.0: `nullable: true`); a `$ref` is wrapped in `anyOf` |
| property the schema does not declare | the property added, optional, typed from the shape that arrived |
| type: another JSON type | the type widened (`[string, integer]`); a `$ref` wrapped in `anyOf` |
| format: a string in another format | the `format` removed |
| missing: a required property absent | the name removed from `required` |
| event: an undeclared webhook event | the event added under `webhooks`, its payload typed from what arrived |

A finding that cannot be placed (an operation or a pointer the spec does not have) or acted on (a
value withheld as data, key names withheld) is kept as a note at the top of the overlay, so nothing
recorded is silently dropped. Each action carries its evidence as a comment (the finding, how many
answers, first and last seen) for the reviewer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import yaml

from generator.drift.logs import Logs, Record
from generator.load.document import Document, json_media, unescape

Parts = tuple[Any, ...]
_SIMPLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_NO_UPDATE = object()


def jsonpath(parts: Parts) -> str:
    """A JSONPath that selects exactly the node at `parts`."""
    out = ["$"]
    for part in parts:
        if isinstance(part, int):
            out.append(f"[{part}]")
        elif _SIMPLE.fullmatch(part):
            out.append(f".{part}")
        else:
            out.append("['" + part.replace("\\", "\\\\").replace("'", "\\'") + "']")
    return "".join(out)


@dataclass
class Action:
    """One overlay action and the records it answers."""

    target: str
    description: str
    evidence: list[str]
    update: Any = _NO_UPDATE
    remove: bool = False

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"target": self.target, "description": self.description}
        if self.remove:
            out["remove"] = True
        else:
            out["update"] = self.update
        return out


@dataclass
class Proposal:
    """The overlay `codegen drift` proposes, and the findings it could not turn into actions."""

    spec_name: str
    actions: list[Action] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def text(self) -> str:
        """The overlay as YAML, each action under a comment with its evidence."""
        head = [
            f"# Proposed by `codegen drift` from recorded answers that differ from {self.spec_name}.",
            "# Review each action against the provider's evidence before applying it.",
        ]
        head.extend(f"# not proposed: {note}" for note in self.notes)
        body = yaml.safe_dump(
            {
                "overlay": "1.0.0",
                "info": {"title": f"Drift of {self.spec_name}", "version": "1.0.0"},
            },
            sort_keys=False,
            allow_unicode=True,
        )
        lines = [*head, body.rstrip("\n")]
        if not self.actions:
            lines.append("actions: []  # nothing to propose")
            return "\n".join(lines) + "\n"
        lines.append("actions:")
        for action in self.actions:
            lines.extend(f"  # {line}" for line in action.evidence)
            dumped = yaml.safe_dump(
                [action.as_dict()], sort_keys=False, allow_unicode=True, width=100
            )
            lines.extend("  " + line for line in dumped.rstrip("\n").splitlines())
        return "\n".join(lines) + "\n"


# -- the spec's schemas ---------------------------------------------------------------------------------


class _Schemas:
    def __init__(self, document: Document) -> None:
        self.doc = document
        self.data = document.data

    def ref_parts(self, ref: str) -> Parts | None:
        if not ref.startswith("#/"):
            return None
        node: Any = self.data
        parts: list[Any] = []
        for raw in ref[2:].split("/"):
            token = unescape(raw)
            if isinstance(node, dict) and token in node:
                parts.append(token)
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                parts.append(int(token))
                node = node[int(token)]
            else:
                return None
        return tuple(parts)

    def deref(self, parts: Parts, node: Any) -> tuple[Parts, Any]:
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            found = self.ref_parts(ref) if ref not in seen else None
            if found is None:
                break
            seen.add(ref)
            parts, node = found, self.at(found)
        return parts, node

    def at(self, parts: Parts) -> Any:
        node: Any = self.data
        for part in parts:
            node = node[part]
        return node

    def members(self, parts: Parts, node: Any, depth: int = 0) -> Iterator[tuple[Parts, Any]]:
        """The schema and its allOf/anyOf/oneOf members (each dereferenced), depth first."""
        parts, node = self.deref(parts, node)
        if not isinstance(node, dict) or depth > 12:
            return
        yield parts, node
        for key in ("allOf", "anyOf", "oneOf"):
            subs = node.get(key)
            if isinstance(subs, list):
                for index, sub in enumerate(subs):
                    yield from self.members((*parts, key, index), sub, depth + 1)

    def child(self, parts: Parts, node: Any, token: str) -> tuple[Parts, Any] | None:
        """The schema of one step into a value: a property's, or `*`: the items' or the map values'."""
        for mparts, member in self.members(parts, node):
            if token == "*":
                for key in ("items", "additionalProperties"):
                    if isinstance(member.get(key), dict):
                        return (*mparts, key), member[key]
            else:
                props = member.get("properties")
                if isinstance(props, dict) and token in props:
                    return (*mparts, "properties", token), props[token]
        return None

    def locate(self, start: tuple[Parts, Any], pointer: str) -> tuple[Parts, Any] | None:
        """The schema (where it is written, not dereferenced) a body pointer leads to."""
        parts, node = start
        for raw in pointer.split("/")[1:] if pointer else []:
            found = self.child(parts, node, unescape(raw))
            if found is None:
                return None
            parts, node = found
        return parts, node

    def start(self, record: Record) -> tuple[Parts, Any] | None:
        """The body schema of the record's operation (its response for the status, or its webhook)."""
        if record.operation.startswith("webhook "):
            name = record.operation.removeprefix("webhook ")
            for hook, hook_method, hook_op in self.doc.webhook_operations():
                if hook == name:
                    body_parts, body = self.deref(
                        ("webhooks", hook, hook_method, "requestBody"), hook_op.get("requestBody")
                    )
                    return self._media_schema(body_parts, body)
            return None
        method, _, path = record.operation.partition(" ")
        for op in self.doc.operations:
            if op.method == method.lower() and op.path == path:
                responses = op.op.get("responses")
                if not isinstance(responses, dict):
                    return None
                by_code = {str(c): c for c in responses}
                status = str(record.status)
                for code in (status, f"{status[:1]}XX", "default"):
                    if code in by_code:
                        resp_parts, resp = self.deref(
                            (*op.where, "responses", by_code[code]), responses[by_code[code]]
                        )
                        return self._media_schema(resp_parts, resp)
                return None
        return None

    def _media_schema(self, parts: Parts, obj: Any) -> tuple[Parts, Any] | None:
        if not isinstance(obj, dict):
            return None
        found = json_media(obj.get("content"))
        if found is None or not isinstance(found[1].get("schema"), (dict, bool)):
            return None
        media, media_obj = found
        return (*parts, "content", media, "schema"), media_obj["schema"]


# -- from records to actions ----------------------------------------------------------------------------


def schema_of(shape: dict[str, Any]) -> dict[str, Any]:
    """A schema for what arrived, from its recorded shape (types, formats, property names)."""
    kind = shape.get("type")
    if isinstance(kind, list):
        return {"type": [k for k in kind if isinstance(k, str)]}
    if kind == "null" or not isinstance(kind, str):
        return {}
    out: dict[str, Any] = {"type": kind}
    if isinstance(shape.get("format"), str):
        out["format"] = shape["format"]
    if kind == "object" and isinstance(shape.get("properties"), dict):
        out["properties"] = {
            str(name): schema_of(sub)
            for name, sub in shape["properties"].items()
            if isinstance(sub, dict)
        }
    if kind == "array" and isinstance(shape.get("items"), dict):
        out["items"] = schema_of(shape["items"])
    return out


def _finding(record: Record) -> str:
    where = record.operation + (f" {record.status}" if record.status is not None else "")
    pointer = record.pointer or "(the body)"
    arrived = record.arrived.get("type", "")
    if record.kind == "enum":
        what = f"{record.arrived.get('value', 'a value withheld as data')!r} outside the enum"
    elif record.kind == "null":
        what = "null where the spec allows none"
    elif record.kind == "property":
        what = f"an undeclared property ({arrived})"
    elif record.kind == "type":
        what = f"{arrived} where the spec says {record.expected.get('type')}"
    elif record.kind == "format":
        broken = record.arrived.get("violates") or ["format"]
        what = f"a {arrived} that breaks its {', '.join(map(str, broken))}"
    elif record.kind == "missing":
        what = "a required property absent"
    elif record.kind == "event":
        what = f"the undeclared event {record.arrived.get('value', '(name withheld)')!r}"
    else:
        what = f"{record.arrived.get('keys_withheld', 0)} key names withheld as data"
    return f"{record.kind}: {where} {pointer}: {what}"


class _Proposer:
    def __init__(self, document: Document, proposal: Proposal) -> None:
        self.schemas = _Schemas(document)
        self.doc = document
        self.proposal = proposal
        self.openapi_30 = document.openapi.startswith("3.0")
        self.widened: dict[Parts, Action] = {}  # one type action per schema, every type it takes
        self.made: dict[
            tuple[Any, ...], Action
        ] = {}  # what each action answers, for later evidence

    def again(self, key: tuple[Any, ...], record: Record) -> bool:
        """Is this already proposed (from another operation's record)? Then add the record's evidence."""
        action = self.made.get(key)
        if action is None:
            return False
        action.evidence.extend([_finding(record), record.evidence()])
        return True

    def remember(self, key: tuple[Any, ...], record: Record, action: Action) -> None:
        self.made[key] = action
        self.add(record, action)

    def note(self, record: Record, why: str) -> None:
        self.proposal.notes.append(f"{_finding(record)} ({why}; {record.evidence()})")

    def add(self, record: Record, action: Action) -> None:
        action.evidence = [_finding(record), record.evidence()]
        self.proposal.actions.append(action)

    def run(self, record: Record) -> None:
        if record.kind == "event":
            self.event(record)
            return
        if record.kind == "keys":
            self.note(record, "a map keyed by data; nothing to declare")
            return
        start = self.schemas.start(record)
        if start is None:
            self.note(record, "the spec has no such operation, status or JSON body")
            return
        if record.kind in ("property", "missing"):
            parent_pointer, _, name = record.pointer.rpartition("/")
            parent = self.schemas.locate(start, parent_pointer)
            if parent is None:
                self.note(record, "the pointer leads nowhere in the spec")
                return
            if record.kind == "property":
                self.property(record, parent, unescape(name))
            else:
                self.missing(record, parent, unescape(name))
            return
        site = self.schemas.locate(start, record.pointer)
        if site is None:
            self.note(record, "the pointer leads nowhere in the spec")
            return
        getattr(self, record.kind)(record, site)

    # -- kinds --------------------------------------------------------------------------------------

    def enum(self, record: Record, site: tuple[Parts, Any]) -> None:
        value = record.arrived.get("value")
        if not isinstance(value, str):
            self.note(record, "the value was withheld as data")
            return
        for parts, member in self.schemas.members(*site):
            if isinstance(member.get("enum"), list):
                if self.again(("enum", parts, value), record):
                    return
                if value in member["enum"]:
                    self.note(record, "the spec declares it already")
                    return
                member["enum"].append(value)  # later records see it
                self.remember(
                    ("enum", parts, value),
                    record,
                    Action(jsonpath((*parts, "enum")), f"`{value}` is sent", [], update=value),
                )
                return
        self.note(record, "no enum found at the pointer")

    def null(self, record: Record, site: tuple[Parts, Any]) -> None:
        self._widen(record, site, "null")

    def type(self, record: Record, site: tuple[Parts, Any]) -> None:
        arrived = record.arrived.get("type")
        if not isinstance(arrived, str):
            self.note(record, "no JSON type recorded")
            return
        self._widen(record, site, arrived)

    def _widen(self, record: Record, site: tuple[Parts, Any], kind: str) -> None:
        parts, node = site
        if isinstance(node, dict) and "$ref" in node:
            if self.again(("wrap", parts, kind), record):
                return
            # the referenced schema serves other places too: widen this use only
            wrapped = {
                "anyOf": [
                    {"$ref": node["$ref"]},
                    {"type": kind} if kind != "null" else {"type": "null"},
                ]
            }
            container = parts[:-1]
            self.add(record, Action(jsonpath(parts), "replaced below by a union", [], remove=True))
            self.remember(
                ("wrap", parts, kind),
                record,
                Action(
                    jsonpath(container),
                    f"`{parts[-1]}` may be {kind}",
                    [],
                    update={parts[-1]: wrapped},
                ),
            )
            return
        resolved_parts, resolved = self.schemas.deref(parts, node)
        if not isinstance(resolved, dict):
            self.note(record, "the schema at the pointer is not an object")
            return
        if kind == "null" and self.openapi_30:
            if not self.again(("nullable", resolved_parts), record):
                action = Action(
                    jsonpath(resolved_parts), "may be null", [], update={"nullable": True}
                )
                self.remember(("nullable", resolved_parts), record, action)
            return
        declared = resolved.get("type")
        if isinstance(resolved.get("enum"), list) and kind != "null":
            self.note(record, f"an enum's values are fixed; a {kind} cannot join it by type")
            return
        if declared is None:
            self.note(record, "the schema declares no type to widen")
            return
        types = list(declared) if isinstance(declared, list) else [declared]
        previous = self.widened.get(resolved_parts)
        if previous is not None:
            types = list(previous.update["type"])
        if kind in types or (kind == "integer" and "number" in types):
            if previous is None or not self.again(("type", resolved_parts), record):
                self.note(record, f"the spec allows {kind} already")
            return
        types.append(kind)
        update: dict[str, Any] = {"type": types}
        if (
            kind == "null"
            and isinstance(resolved.get("enum"), list)
            and None not in resolved["enum"]
        ):
            update["enum"] = [*resolved["enum"], None]
        if previous is not None:
            previous.update = {**previous.update, **update}
            previous.description = f"may also be {', '.join(types[1:])}"
            previous.evidence.extend([_finding(record), record.evidence()])
            return
        action = Action(jsonpath(resolved_parts), f"may also be {kind}", [], update=update)
        self.widened[resolved_parts] = action
        self.remember(("type", resolved_parts), record, action)

    def format(self, record: Record, site: tuple[Parts, Any]) -> None:
        """The keywords the values broke (`format`, `pattern`, `minLength`, `minimum`, ...) removed."""
        broken = record.arrived.get("violates") or ["format"]
        keywords = [k for k in broken if isinstance(k, str)]
        done = False
        for parts, member in self.schemas.members(*site):
            for keyword in keywords:
                if keyword not in member:
                    continue
                done = True
                if self.again((keyword, parts), record):
                    continue
                target = jsonpath((*parts, keyword))
                action = Action(target, f"the values do not keep this `{keyword}`", [], remove=True)
                self.remember((keyword, parts), record, action)
        if not done:
            self.note(record, f"no {' or '.join(keywords)} found at the pointer")

    def property(self, record: Record, parent: tuple[Parts, Any], name: str) -> None:
        members = list(self.schemas.members(*parent))
        if not members:
            self.note(record, "the parent is not an object schema")
            return
        if any(self.again(("property", mparts, name), record) for mparts, _ in members):
            return  # proposed already, from a record that reached this schema another way
        if any(
            isinstance(m.get("properties"), dict) and name in m["properties"] for _, m in members
        ):
            self.note(record, "the spec declares it already")
            return
        parts, member = next(
            ((p, m) for p, m in members if isinstance(m.get("properties"), dict)), members[0]
        )
        schema = schema_of(record.arrived)
        if isinstance(member.get("properties"), dict):
            member["properties"][name] = schema
            action = Action(
                jsonpath((*parts, "properties")), f"`{name}` is sent", [], update={name: schema}
            )
        else:
            member["properties"] = {name: schema}
            action = Action(
                jsonpath(parts), f"`{name}` is sent", [], update={"properties": {name: schema}}
            )
        self.remember(("property", parts, name), record, action)

    def missing(self, record: Record, parent: tuple[Parts, Any], name: str) -> None:
        members = list(self.schemas.members(*parent))
        if any(self.again(("missing", mparts, name), record) for mparts, _ in members):
            return  # proposed already, from a record that reached this schema another way
        for parts, member in members:
            required = member.get("required")
            if isinstance(required, list) and name in required:
                required.remove(name)
                target = jsonpath((*parts, "required")) + f"[?@ == {_quoted(name)}]"
                self.remember(
                    ("missing", parts, name),
                    record,
                    Action(target, f"`{name}` is not always sent", [], remove=True),
                )
                return
        self.note(record, "no `required` names it")

    def event(self, record: Record) -> None:
        name = record.arrived.get("value")
        if not isinstance(name, str):
            self.note(record, "the event name was withheld as data")
            return
        if self.again(("event", name), record):
            return
        if name in self.doc.webhooks:
            self.note(record, "the spec declares it already")
            return
        discriminator = unescape(record.pointer.lstrip("/"))
        payload = schema_of(record.arrived)
        payload.setdefault("type", "object")
        properties = payload.setdefault("properties", {})
        properties[discriminator] = {"type": "string", "const": name}
        payload["required"] = [discriminator]
        webhook = {
            "post": {
                "summary": f"{name} (recorded, not yet documented)",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": payload}},
                },
                "responses": {"200": {"description": "Acknowledged."}},
            }
        }
        if "webhooks" in self.doc.data:
            action = Action(
                "$.webhooks", f"the `{name}` event is delivered", [], update={name: webhook}
            )
        else:
            action = Action(
                "$", f"the `{name}` event is delivered", [], update={"webhooks": {name: webhook}}
            )
        self.remember(("event", name), record, action)


def _quoted(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


_ORDER = {
    "event": 0,
    "enum": 1,
    "null": 2,
    "type": 3,
    "format": 4,
    "missing": 5,
    "property": 6,
    "keys": 7,
}


def propose(document: Document, logs: Logs) -> Proposal:
    """The overlay that declares what the logs recorded (the document is changed as actions are made,
    so two findings about one schema give consistent actions; pass a copy you can spare)."""
    proposal = Proposal(document.name)
    proposer = _Proposer(document, proposal)
    for record in sorted(
        logs.records, key=lambda r: (_ORDER.get(r.kind, 9), r.operation, r.pointer)
    ):
        proposer.run(record)
    if logs.skipped:
        proposal.notes.append(f"{logs.skipped} line(s) of the logs were not drift records")
    if logs.overflow:
        proposal.notes.append(
            f"{logs.overflow} finding(s) did not fit a full log and were only counted"
        )
    return proposal
