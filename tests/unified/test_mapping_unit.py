"""The mapping interpreter on its own (no HTTP): paths through aliases, root models and dicts; the
conditions and value maps; objects built without a second validation equal validated ones."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pydantic
import pytest
from convapi import _mapping
from convapi.models import Contact, Conversation


class Inner(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="allow", populate_by_name=True)
    full_name: str | None = pydantic.Field(None, alias="fullName")


class Wrapped(pydantic.RootModel[Inner]):
    pass


class Outer(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="allow", populate_by_name=True)
    contact: Wrapped | None = None
    archived_at: datetime | None = pydantic.Field(None, alias="archivedAt")


def test_paths_follow_aliases_root_models_extras_and_dicts() -> None:
    obj = Outer.model_validate(
        {"contact": {"fullName": "Ana", "nick": "an"}, "tags": {"vip": True}}
    )
    assert _mapping.value_at(obj, ["contact", "fullName"]) == "Ana"
    assert _mapping.value_at(obj, ["contact", "full_name"]) == "Ana"
    assert _mapping.value_at(obj, ["contact", "nick"]) == "an"  # a field the spec does not declare
    assert _mapping.value_at(obj, ["tags", "vip"]) is True
    assert _mapping.value_at(obj, ["contact", "missing", "deeper"]) is None
    assert _mapping.value_at(None, ["a"]) is None


def test_alternatives_and_joins() -> None:
    data = {"first": "Ana", "last": None, "name": ""}
    assert _mapping.source(data, [[["name"]], [["first"], ["last"]]]) == "Ana"
    assert _mapping.source({"first": "Ana", "last": "Lima"}, [[["first"], ["last"]]]) == "Ana Lima"
    assert _mapping.source({}, [[["first"], ["last"]]]) is None


@pytest.mark.parametrize(
    ("condition", "data", "holds"),
    [
        ({"kind": "set", "path": ["a"]}, {"a": 0}, True),
        ({"kind": "set", "path": ["a"]}, {"a": None}, False),
        ({"kind": "unset", "path": ["a"]}, {}, True),
        ({"kind": "equals", "path": ["a"], "value": True}, {"a": "true"}, True),  # loose booleans
        ({"kind": "equals", "path": ["a"], "value": True}, {"a": False}, False),
        ({"kind": "above", "path": ["a"], "value": 0}, {"a": 2}, True),
        ({"kind": "above", "path": ["a"], "value": 0}, {"a": True}, False),
        (
            {"kind": "later", "path": ["a"], "other": ["b"]},
            {"a": "2026-01-02T00:00:00Z", "b": None},
            True,
        ),
        (
            {"kind": "later", "path": ["a"], "other": ["b"]},
            {"a": "2026-01-02T00:00:00Z", "b": "2026-01-03T00:00:00Z"},
            False,
        ),
        ({"kind": "later", "path": ["a"], "other": ["b"]}, {"a": None, "b": None}, False),
    ],
)
def test_conditions(condition: dict[str, Any], data: dict[str, Any], holds: bool) -> None:
    assert _mapping.holds(data, condition) is holds


def test_value_maps_keep_the_raw_value_of_an_unknown_one() -> None:
    spec = {
        "rules": [{"when": [{"kind": "set", "path": ["gone"]}], "value": "closed"}],
        "path": ["s"],
        "map": {"open": "open"},
        "raw": ["s"],
    }
    assert _mapping.mapped({"s": "open"}, spec) == ("open", "open")
    assert _mapping.mapped({"s": "snoozed"}, spec) == ("other", "snoozed")
    assert _mapping.mapped({"s": "open", "gone": 1}, spec) == ("closed", "open")


def test_built_objects_equal_validated_ones() -> None:
    when = datetime(2026, 7, 1, tzinfo=UTC)
    contact = _mapping.build(Contact, {"provider": "p", "ref": "p:1", "id": "1", "name": "Ana"})
    built = _mapping.build(
        Conversation,
        {
            "provider": "p",
            "ref": "p:9",
            "id": "9",
            "status": "open",
            "contact": contact,
            "last_activity_at": when,
        },
    )
    validated = Conversation.model_validate(
        {
            "provider": "p",
            "ref": "p:9",
            "id": "9",
            "status": "open",
            "last_activity_at": when,
            "contact": {"provider": "p", "ref": "p:1", "id": "1", "name": "Ana"},
        }
    )
    assert built == validated
    assert built.to_dict() == validated.to_dict()
    assert built.model_fields_set == validated.model_fields_set
    assert built.unread_count is None and built.raw is None
