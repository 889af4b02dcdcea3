"""The rules: two public-API snapshots -> the changes a Python user of the package would notice, graded.

`major` breaks code that worked (a call, an attribute read, a type check), `minor` adds something
without breaking, `patch` changes nothing a caller relies on (wire details, descriptions). The README
has the table; each rule has a test in tests/release/test_apidiff_rules.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from generator.release import typeorder
from generator.release.surface import Surface

Level = Literal["major", "minor", "patch"]
Bump = Literal["major", "minor", "patch", "none"]
ORDER: dict[str, int] = {"none": 0, "patch": 1, "minor": 2, "major": 3}
Direction = Literal["request", "response"]


@dataclass(frozen=True)
class Change:
    level: Level
    where: str  # "conversations.list", "model Conversation", "client", "webhook message.received"
    what: str

    @property
    def breaking(self) -> bool:
        return self.level == "major"

    def line(self) -> str:
        return f"{self.where}: {self.what}" + (" (breaking)" if self.breaking else "")


def bump_of(changes: Iterable[Change]) -> Bump:
    best: Bump = "none"
    for change in changes:
        if ORDER[change.level] > ORDER[best]:
            best = change.level
    return best


def ordered(changes: Iterable[Change]) -> list[Change]:
    """Breaking changes first, then additions, then the rest; stable within a level."""
    return sorted(changes, key=lambda c: -ORDER[c.level])


def compare(old: Surface, new: Surface) -> list[Change]:
    out: list[Change] = []
    out += _package(old, new)
    out += _client(old["client"], new["client"])
    out += _operations(old["operations"], new["operations"])
    out += _models(old["models"], new["models"])
    out += _webhooks(old.get("webhooks", {}), new.get("webhooks", {}))
    return ordered(out)


def _q(name: str) -> str:
    return f"`{name}`"


# -- package and client ----------------------------------------------------------------------------


def _package(old: Surface, new: Surface) -> list[Change]:
    out = []
    for key, label in (("package", "import name"), ("dist_name", "distribution name")):
        if old[key] != new[key]:
            out.append(Change("major", "package", f"{label} {_q(old[key])} -> {_q(new[key])}"))
    return out


def _client(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    out: list[Change] = []
    for key, label in (("class", "client class"), ("async_class", "async client class")):
        if old[key] != new[key]:
            out.append(
                Change("major", "client", f"{label} {_q(old[key])} renamed to {_q(new[key])}")
            )
    if old["env_prefix"] != new["env_prefix"]:
        out.append(
            Change(
                "major",
                "client",
                f"environment variables {_q(old['env_prefix'] + '_*')} -> {_q(new['env_prefix'] + '_*')}",
            )
        )
    if old["auth"] != new["auth"]:
        out.append(Change("patch", "client", f"API key sent by {old['auth']} -> {new['auth']}"))
    before, after = old["default_base_url"], new["default_base_url"]
    if before != after:
        if after is None:
            out.append(Change("major", "client", "no default base URL any more"))
        elif before is None:
            out.append(Change("minor", "client", f"default base URL {after}"))
        else:
            out.append(Change("minor", "client", f"default base URL {before} -> {after}"))
    return out


# -- operations ------------------------------------------------------------------------------------


def _operations(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    out: list[Change] = _resources(set(old), set(new))
    for name in sorted(set(old) - set(new)):
        out.append(Change("major", name, "operation removed"))
    for name in sorted(set(new) - set(old)):
        out.append(Change("minor", name, "operation added"))
    for name in sorted(set(old) & set(new)):
        out += _operation(name, old[name], new[name])
    return out


def _resources(old: set[str], new: set[str]) -> list[Change]:
    """A top-level resource (`client.leads`) that appears or goes, with how many operations: the
    headline of a release that adds or removes a part of the API (each operation is listed too)."""

    def by_resource(names: set[str]) -> dict[str, int]:
        counts: dict[str, int] = {}
        for name in names:
            if "." in name:
                resource = name.split(".", 1)[0]
                counts[resource] = counts.get(resource, 0) + 1
        return counts

    before, after = by_resource(old), by_resource(new)
    out = [
        Change(
            "major",
            f"resource {r}",
            f"removed ({before[r]} operation{_s(before[r])})",
        )
        for r in sorted(set(before) - set(after))
    ]
    out += [
        Change("minor", f"resource {r}", f"added ({after[r]} operation{_s(after[r])})")
        for r in sorted(set(after) - set(before))
    ]
    return out


def _s(count: int) -> str:
    return "" if count == 1 else "s"


def _operation(name: str, old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    out: list[Change] = []
    if old["http"] != new["http"]:
        out.append(Change("patch", name, f"now sends {new['http']} (was {old['http']})"))
    if old["deprecated"] != new["deprecated"]:
        out.append(
            Change("minor", name, "deprecated")
            if new["deprecated"]
            else Change("patch", name, "no longer deprecated")
        )
    if old["idempotency_key"] != new["idempotency_key"]:
        out.append(
            Change(
                "minor",
                name,
                "sends an idempotency key: retries are safe, `idempotency_key=` added",
            )
            if new["idempotency_key"]
            else Change("major", name, "`idempotency_key=` removed")
        )
    if old["doc"] != new["doc"]:
        out.append(Change("patch", name, "description changed"))
    out += _params(name, old["params"], new["params"])
    out += _type_change(name, "return type", old["returns"], new["returns"], "response")
    for status in sorted(set(new["errors"]) - set(old["errors"])):
        out.append(Change("minor", name, f"documents error {status}"))
    for status in sorted(set(old["errors"]) - set(new["errors"])):
        out.append(Change("patch", name, f"no longer documents error {status}"))
    return out


def _param_label(name: str, entry: dict[str, Any]) -> str:
    return f"parameter {_q(name)}" + (
        " (body field)" if entry["in"] == "body" and entry["wire"] else ""
    )


def _params(op: str, old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    out: list[Change] = []
    for name in sorted(set(old) - set(new)):
        out.append(Change("major", op, f"{_param_label(name, old[name])} removed"))
    for name in sorted(set(new) - set(old)):
        entry = new[name]
        if entry["required"]:
            out.append(Change("major", op, f"required {_param_label(name, entry)} added"))
        else:
            out.append(Change("minor", op, f"optional {_param_label(name, entry)} added"))
    for name in sorted(set(old) & set(new)):
        a, b = old[name], new[name]
        label = _param_label(name, b)
        if a["position"] != b["position"]:
            if a["position"] is None or b["position"] is None:
                how = "now positional" if b["position"] is not None else "now keyword-only"
            else:
                how = f"moved from position {a['position'] + 1} to {b['position'] + 1}"
            out.append(Change("major", op, f"{label} {how}"))
        if a["required"] != b["required"]:
            out.append(
                Change("major", op, f"{label} now required")
                if b["required"]
                else Change("minor", op, f"{label} now optional")
            )
        if (a["in"], a["wire"]) != (b["in"], b["wire"]):
            out.append(Change("patch", op, f"{label} now sent as {b['in']} {_q(b['wire'])}"))
        out += _type_change(op, label, a["type"], b["type"], "request")
        if a["doc"] != b["doc"]:
            out.append(Change("patch", op, f"{label}: description changed"))
    return out


# -- types -----------------------------------------------------------------------------------------


def _type_change(where: str, label: str, old: str, new: str, direction: Direction) -> list[Change]:
    """Grade a type change by who holds the value: a caller passes requests, reads responses.

    Passing: wider accepts more (minor), narrower refuses what worked (major). Reading: narrower
    promises more (minor), wider hands over what the code did not expect (major). Enum values of a
    request are what the server accepts: one removed is major even where the model's type is open.
    A response enum is open (`Literal[...] | str`): an added value is minor (nothing breaks, there is
    more to handle), a removed one a patch (code that handled it still runs and type-checks).
    """
    if old == new:
        return []
    added = sorted(typeorder.literals(new) - typeorder.literals(old))
    removed = sorted(typeorder.literals(old) - typeorder.literals(new))
    if (added or removed) and typeorder.plain(old) == typeorder.plain(new):
        if direction == "response" and typeorder.is_open_enum(old) and typeorder.is_open_enum(new):
            return [
                *(
                    [Change("minor", where, f"{label}: enum value(s) {', '.join(added)} added")]
                    if added
                    else []
                ),
                *(
                    [
                        Change(
                            "patch",
                            where,
                            f"{label}: enum value(s) {', '.join(removed)} no longer listed",
                        )
                    ]
                    if removed
                    else []
                ),
            ]
        out = []
        if added:
            level: Level = "minor" if direction == "request" else "major"
            out.append(Change(level, where, f"{label}: enum value(s) {', '.join(added)} added"))
        if removed:
            level = "major" if direction == "request" else "minor"
            out.append(Change(level, where, f"{label}: enum value(s) {', '.join(removed)} removed"))
        return out
    relation = typeorder.relation(old, new)
    if relation == "same":
        return [Change("patch", where, f"{label}: annotation now spelled `{new}` (same type)")]
    if direction == "request":
        level = "minor" if relation == "wider" else "major"
    else:
        level = "minor" if relation == "narrower" else "major"
    words = {"wider": "widened", "narrower": "narrowed", "changed": "changed"}[relation]
    return [Change(level, where, f"{label}: type {words}, `{old}` -> `{new}`")]


# -- models ----------------------------------------------------------------------------------------


def _directions(entry: dict[str, Any]) -> list[Direction]:
    """A model no operation sends or returns (error envelopes, event payloads) is one users read."""
    used: list[Direction] = list(entry.get("used_by") or [])
    return used or ["response"]


def _shape(entry: dict[str, Any]) -> Any:
    if "root" in entry:
        return ("root", entry["root"])
    return ("fields", sorted((k, f["type"], f["required"]) for k, f in entry["fields"].items()))


def _models(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    out: list[Change] = []
    removed = sorted(set(old) - set(new))
    added = sorted(set(new) - set(old))
    renamed: dict[str, str] = {}
    for name in removed:
        twin = next(
            (n for n in added if n not in renamed.values() and _shape(new[n]) == _shape(old[name])),
            None,
        )
        if twin is not None:
            renamed[name] = twin
    for name in removed:
        if name in renamed:
            out.append(Change("major", f"model {name}", f"renamed to {_q(renamed[name])}"))
        else:
            out.append(Change("major", f"model {name}", "removed"))
    for name in added:
        if name not in renamed.values():
            out.append(Change("minor", f"model {name}", "added"))
    for name in sorted(set(old) & set(new)):
        out += _model(name, old[name], new[name])
    return out


def _worst(candidates: list[list[Change]]) -> list[Change]:
    """The same change graded for each direction the model travels: the most severe reading wins."""
    return max(candidates, key=lambda changes: ORDER[bump_of(changes)]) if candidates else []


def _model(name: str, old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    where = f"model {name}"
    directions = sorted(set(_directions(old)) | set(_directions(new)))
    out: list[Change] = []
    if old["doc"] != new["doc"]:
        out.append(Change("patch", where, "description changed"))
    if old["bases"] != new["bases"]:
        out.append(
            Change(
                "major" if set(old["bases"]) - set(new["bases"]) else "minor",
                where,
                f"base classes {old['bases']} -> {new['bases']}",
            )
        )
    if ("root" in old) != ("root" in new):
        out.append(Change("major", where, "changed between a model with fields and a root model"))
        return out
    if "root" in old:
        out += _worst(
            [_type_change(where, "value", old["root"], new["root"], d) for d in directions]
        )
        return out
    before, after = old["fields"], new["fields"]
    for field in sorted(set(before) - set(after)):
        out.append(Change("major", where, f"field {_q(field)} removed"))
    for field in sorted(set(after) - set(before)):
        required = after[field]["required"]
        if "request" in directions and required:
            out.append(Change("major", where, f"required field {_q(field)} added"))
        else:
            kind = "required" if required else "optional"
            out.append(Change("minor", where, f"{kind} field {_q(field)} added"))
    for field in sorted(set(before) & set(after)):
        a, b = before[field], after[field]
        label = f"field {_q(field)}"
        if a["required"] != b["required"]:
            # Building the model: newly required breaks, newly optional frees. Reading: a field
            # that may now be absent reads as None (its type says so, graded below).
            if "request" in directions:
                out.append(
                    Change("major", where, f"{label} now required")
                    if b["required"]
                    else Change("minor", where, f"{label} now optional")
                )
            else:
                out.append(
                    Change(
                        "patch", where, f"{label} now {'required' if b['required'] else 'optional'}"
                    )
                )
        if a["wire"] != b["wire"]:
            out.append(Change("patch", where, f"{label} now read from / sent as {_q(b['wire'])}"))
        out += _worst([_type_change(where, label, a["type"], b["type"], d) for d in directions])
        if a["doc"] != b["doc"]:
            out.append(Change("patch", where, f"{label}: description changed"))
    return out


# -- webhooks --------------------------------------------------------------------------------------


def _webhooks(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    out: list[Change] = []
    for event in sorted(set(old) - set(new)):
        out.append(Change("major", f"webhook {event}", "event removed"))
    for event in sorted(set(new) - set(old)):
        out.append(Change("minor", f"webhook {event}", "event added"))
    for event in sorted(set(old) & set(new)):
        where = f"webhook {event}"
        out += _type_change(
            where, "payload", old[event]["payload"], new[event]["payload"], "response"
        )
        was, now = old[event].get("signed", False), new[event].get("signed", False)
        if not was and now:
            out.append(Change("major", where, "now signed: unwrap needs the webhook secret"))
        elif was and not now:
            out.append(Change("minor", where, "no longer signed: unwrap takes it without a secret"))
        elif old[event].get("signature") != new[event].get("signature"):
            out.append(Change("patch", where, "signature scheme changed"))
        if old[event].get("doc") != new[event].get("doc"):
            out.append(Change("patch", where, "description changed"))
    return out
