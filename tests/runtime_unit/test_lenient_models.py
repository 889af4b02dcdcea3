"""`_modelbase`: the models' base class (to_dict/to_json, _request_id) and the lenient construction of
an answer that does not match its type: validated where it fits, as received where it does not."""

from __future__ import annotations

import gc
from datetime import UTC, datetime
from typing import Any, Literal

import httpx2
import pydantic
from runtime import _modelbase
from runtime._modelbase import BaseModel, construct_lenient, remember_headers


class Tag(BaseModel):
    model_config = pydantic.ConfigDict(extra="allow", populate_by_name=True)
    name: str
    color: str | None = None


class Contact(BaseModel):
    model_config = pydantic.ConfigDict(extra="allow", populate_by_name=True)
    id: str
    full_name: str | None = pydantic.Field(None, alias="fullName")
    seen_at: datetime | None = pydantic.Field(None, alias="seenAt")
    tags: list[Tag] = pydantic.Field(default_factory=list)


class Email(BaseModel):
    kind: Literal["email"]
    address: str


class Phone(BaseModel):
    kind: Literal["phone"]
    number: str


class Card(BaseModel):
    owner: Contact
    channel: Email | Phone | None = None
    scores: dict[str, int] = pydantic.Field(default_factory=dict)


class Names(pydantic.RootModel[list[Tag]]):
    root: list[Tag]


def test_a_value_that_fits_is_validated_as_usual() -> None:
    got = construct_lenient(Contact, {"id": "c1", "seenAt": "2026-01-02T03:04:05Z"})
    assert got == Contact(id="c1", seenAt=datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC))


def test_a_mismatch_keeps_what_fits_typed_and_the_rest_as_received() -> None:
    data: dict[str, Any] = {
        "owner": {
            "id": 7,  # wrong type: kept as sent
            "fullName": "Ada",
            "seenAt": "2026-01-02T03:04:05Z",
            "tags": [{"name": "vip"}, {"name": None}, "loose"],
            "nickname": "A",  # unknown: kept
        },
        "channel": {"kind": "phone", "number": 123},  # no member fits: the closest model
        "scores": {"a": 1, "b": "two"},
    }
    card = construct_lenient(Card, data)

    assert isinstance(card, Card) and isinstance(card.owner, Contact)
    assert card.owner.id == 7 and card.owner.full_name == "Ada"
    assert card.owner.seen_at == datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert card.owner.tags[0] == Tag(name="vip")
    assert isinstance(card.owner.tags[1], Tag) and card.owner.tags[1].name is None
    assert card.owner.tags[2] == "loose"
    assert card.owner.model_extra == {"nickname": "A"}
    assert isinstance(card.channel, Phone) and card.channel.number == 123
    assert card.scores == {"a": 1, "b": "two"}
    assert card.to_dict()["owner"]["fullName"] == "Ada"  # wire names back


def test_a_root_model_and_a_value_of_the_wrong_shape() -> None:
    names = construct_lenient(Names, [{"name": "x"}, {"color": "red"}])
    assert isinstance(names, Names) and names.root[0] == Tag(name="x")
    assert isinstance(names.root[1], Tag) and names.root[1].color == "red"
    assert construct_lenient(Contact, ["not", "an", "object"]) == ["not", "an", "object"]


def test_to_dict_and_to_json_use_the_wire_names_of_the_fields_that_were_sent() -> None:
    contact = Contact.model_validate({"id": "c1", "fullName": "Ada", "extra": 1})
    assert contact.to_dict() == {"id": "c1", "fullName": "Ada", "extra": 1}
    assert contact.to_dict(use_api_names=False) == {"id": "c1", "full_name": "Ada", "extra": 1}
    assert contact.to_json(indent=None) == '{"id":"c1","fullName":"Ada","extra":1}'


def test_the_request_id_is_found_in_the_kept_headers_and_leaves_with_its_model() -> None:
    contact = Contact(id="c1")
    assert contact._request_id is None
    remember_headers(contact, httpx2.Headers({"Request-Id": "b", "X-Request-Id": "a"}))
    assert contact._request_id == "a"  # x-request-id is asked first
    assert contact == Contact(id="c1")  # the id changes no comparison
    remember_headers(["a list"], httpx2.Headers({"X-Request-Id": "a"}))  # nothing to keep it on
    kept = len(_modelbase._HEADERS)
    del contact
    gc.collect()
    assert len(_modelbase._HEADERS) == kept - 1
