"""`_arguments`: parameters checked before a request is built, and every fault said in one line that
names the argument as the caller wrote it (issue 23, findings 1 and 5)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

import pydantic
import pytest
from runtime._arguments import argument_error, check_arguments
from runtime._base_client import NOT_GIVEN, Operation, Param
from runtime._errors import InvalidArgumentError
from runtime._files import dump_body


def _op(**kwargs: Any) -> Operation[Any]:
    return Operation(
        method="GET",
        path="/things",
        params=(Param("filter[status]", "query"), Param("limit", "query"), Param("tags", "query")),
        arguments=lambda: {
            "filter[status]": Literal["open", "or closed"],
            "limit": int,
            "tags": Sequence[str],
        },
        names={"filter[status]": "filter_status"},
        **kwargs,
    )


def test_nothing_given_costs_nothing_not_even_the_validator() -> None:
    op = _op()
    check_arguments(op, {"filter[status]": NOT_GIVEN, "limit": NOT_GIVEN, "tags": NOT_GIVEN})
    assert op._arguments_adapter is None  # built on the first call that gives a value


def test_each_fault_is_one_line_under_the_python_name_with_pydantic_detail_kept() -> None:
    op = _op()
    with pytest.raises(InvalidArgumentError) as caught:
        check_arguments(op, {"filter[status]": "unread", "limit": "many", "tags": "a,b"})
    error = caught.value
    assert error.faults == [
        "filter_status: 'unread' is not one of 'open', 'or closed'",
        "limit: should be a valid integer, unable to parse string as an integer (got str)",
        "tags: 'str' instances are not allowed as a Sequence value (got str)",
    ]
    assert str(error).startswith("3 invalid arguments: filter_status: 'unread' is not one of")
    assert isinstance(error.__cause__, pydantic.ValidationError)
    assert [e["loc"] for e in error.errors] == [("filter[status]",), ("limit",), ("tags",)]
    assert all("url" not in e for e in error.errors)


def test_a_long_or_structured_value_is_named_by_its_type_not_echoed() -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        check_arguments(_op(), {"filter[status]": "x" * 80})
    assert str(caught.value) == "filter_status: a str is not one of 'open', 'or closed'"


class TextMessage(pydantic.BaseModel):
    type: Literal["text"]
    body: str


class MediaMessage(pydantic.BaseModel):
    type: Literal["image"]
    url: str
    caption: str


def test_a_body_fitting_no_alternative_reports_the_closest_one_without_class_names() -> None:
    op = Operation(
        method="POST",
        path="/messages",
        body_kind="json",
        body_type=lambda: TextMessage | MediaMessage,
    )
    try:
        dump_body(op, {"type": "text"})
    except pydantic.ValidationError as exc:
        error = argument_error(op, exc)
    assert str(error) == "body: required"  # TextMessage lacks `body`; MediaMessage has three faults
    assert "Message" not in str(error) and "errors.pydantic.dev" not in str(error)


def test_a_whole_body_argument_is_named_as_the_method_names_it() -> None:
    op = Operation(
        method="PUT",
        path="/things",
        body_kind="json",
        body_type=lambda: TextMessage,
        names={"": "document"},
    )
    try:
        dump_body(op, {"type": "text", "body": 5})
    except pydantic.ValidationError as exc:
        error = argument_error(op, exc)
    assert str(error) == "document.body: should be a valid string (got int)"
