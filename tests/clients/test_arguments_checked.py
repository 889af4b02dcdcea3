"""Every argument is checked against its schema before a request is built (issue 23, findings 1 and 5).

Against the loopback provider: a refused argument raises the package's `InvalidArgumentError` and the
server sees nothing. The message names the argument as the caller wrote it, says what was expected,
and carries no internal class name and no pydantic documentation link; pydantic's detail stays on
the exception.
"""

from __future__ import annotations

import httpx2
import pytest
from chatbotx_client import ChatbotX
from chatbotx_client import InvalidArgumentError as ChatbotXInvalid
from datacrazy_client import AsyncDataCrazy, DataCrazy
from datacrazy_client import InvalidArgumentError as DataCrazyInvalid
from wacrm_client import AsyncWacrm, Wacrm
from wacrm_client import InvalidArgumentError as WacrmInvalid

from .support import StubServer


def _wacrm(stub: StubServer, http: httpx2.Client) -> Wacrm:
    stub.mount("wacrm")
    return Wacrm(api_key="k", base_url=stub.base_url("wacrm"), max_retries=0, http_client=http)


def test_a_value_outside_a_query_enum_is_refused_naming_the_allowed_ones(
    stub: StubServer, sync_http: httpx2.Client
) -> None:
    client = _wacrm(stub, sync_http)
    with pytest.raises(WacrmInvalid) as caught:
        client.conversations.list(status="unread")  # type: ignore[arg-type]
    assert str(caught.value) == "status: 'unread' is not one of 'open', 'pending', 'closed'"
    assert caught.value.faults == [str(caught.value)]
    assert caught.value.errors[0]["type"] == "literal_error"  # pydantic's detail, kept
    assert stub.requests == []


def test_a_word_for_an_integer_and_a_number_for_a_path_id_are_refused(
    stub: StubServer, sync_http: httpx2.Client
) -> None:
    client = _wacrm(stub, sync_http)
    with pytest.raises(WacrmInvalid, match=r"^limit: .*integer.* \(got str\)$"):
        client.conversations.list(limit="fifty")  # type: ignore[arg-type]
    with pytest.raises(WacrmInvalid, match=r"^id: .*string.* \(got int\)$"):
        client.conversations.retrieve(5)  # type: ignore[arg-type]
    assert stub.requests == []


def test_good_arguments_still_go_out_and_extra_query_sends_what_the_spec_does_not_know(
    stub: StubServer, sync_http: httpx2.Client
) -> None:
    client = _wacrm(stub, sync_http)
    client.conversations.list(status="open", limit=5, extra_query={"status": "unread"})
    assert stub.requests[0].target.endswith("?limit=5&status=unread")


def test_a_list_for_a_single_value_parameter_is_refused_under_its_python_name(
    stub: StubServer, sync_http: httpx2.Client
) -> None:
    stub.mount("datacrazy")
    client = DataCrazy(
        api_key="k", base_url=stub.base_url("datacrazy"), max_retries=0, http_client=sync_http
    )
    with pytest.raises(
        DataCrazyInvalid, match=r"^filter_status: a list is not one of 'automation', "
    ):
        client.conversations.list(filter_status=["waiting", "opened"])  # type: ignore[arg-type]
    assert stub.requests == []


async def test_the_async_client_checks_arguments_too(
    stub: StubServer, async_http: httpx2.AsyncClient
) -> None:
    stub.mount("datacrazy")
    client = AsyncDataCrazy(
        api_key="k", base_url=stub.base_url("datacrazy"), max_retries=0, http_client=async_http
    )
    with pytest.raises(DataCrazyInvalid, match=r"^take: "):
        await client.conversations.list(take="all")  # type: ignore[arg-type]
    stub.mount("wacrm")
    wacrm = AsyncWacrm(
        api_key="k", base_url=stub.base_url("wacrm"), max_retries=0, http_client=async_http
    )
    with pytest.raises(WacrmInvalid, match=r"^status: 'unread' is not one of"):
        await wacrm.conversations.list(status="unread")  # type: ignore[arg-type]
    assert stub.requests == []


def test_a_body_error_names_the_argument_not_an_internal_class_nor_a_pydantic_link(
    stub: StubServer, sync_http: httpx2.Client
) -> None:
    stub.mount("chatbotx")
    client = ChatbotX(
        api_key="k", base_url=stub.base_url("chatbotx"), max_retries=0, http_client=sync_http
    )
    with pytest.raises(ChatbotXInvalid) as caught:
        client.conversations.messages.create("12345")
    message = str(caught.value)
    assert message == "text: required"
    assert "errors.pydantic.dev" not in message and "Request" not in message
    with pytest.raises(ChatbotXInvalid) as nested:
        client.conversations.list(status=["unread", "nope"])  # type: ignore[list-item]
    assert str(nested.value).startswith("status[1]: 'nope' is not one of 'noAdminReply', 'unread'")
    assert stub.requests == []


def test_a_nested_body_field_is_named_by_its_path(
    stub: StubServer, sync_http: httpx2.Client
) -> None:
    client = _wacrm(stub, sync_http)
    with pytest.raises(WacrmInvalid) as caught:
        client.messages.create(to="+14155550123", type="template", template={"name": 3})  # type: ignore[typeddict-item]
    assert "template.name: should be a valid string (got int)" in caught.value.faults
    assert "3" not in str(caught.value).replace("(got int)", "")  # the value itself is not echoed
    assert stub.requests == []
