"""Every declared error status of every operation raises its typed error, sync and async.

``Prefer: code=<status>`` makes Prism answer the spec's example for that status. DataCrazy only
declares 400, 429 and ``default``; through ``default`` each typed error's status is driven too.
"""

from __future__ import annotations

from typing import Any

import prism_mock
import pytest
from contract_calls import first_call
from prism_mock import Audit, Operation, error_class_name, make_client, operation_by_method, package


def _cases() -> list[Any]:
    return [
        pytest.param(op.spec, op.client_method, status, id=f"{op.spec}:{op.client_method}:{status}")
        for name in prism_mock.SPEC_NAMES
        for op in prism_mock.operations(name)
        for status in op.error_probes
    ]


def check_error(op: Operation, status: int, exc: Any, audit: Audit) -> None:
    exchange = audit.only()
    assert exchange.operation == op
    assert exchange.status == status
    expected = getattr(package(op.spec), error_class_name(status))
    assert type(exc) is expected, (
        f"{status} raised {type(exc).__name__}, expected {expected.__name__}"
    )
    assert exc.status_code == status
    assert exc.body == exchange.response.json()
    declared = prism_mock.resolve(prism_mock.load_spec(op.spec), _response(op, status))
    if "Retry-After" in declared.get("headers", {}):
        assert "retry-after" in exc.headers
    if status == 429:
        header = exc.headers.get("retry-after")
        assert exc.retry_after == (float(header) if header is not None else None)


def _response(op: Operation, status: int) -> Any:
    spec = prism_mock.load_spec(op.spec)
    for path_item in spec["paths"].values():
        for method_op in path_item.values():
            if isinstance(method_op, dict) and method_op.get("operationId") == op.operation_id:
                responses = method_op["responses"]
                return responses.get(str(status), responses.get("default"))
    raise KeyError(op.operation_id)


@pytest.mark.parametrize(("name", "method", "status"), _cases())
def test_sync_error_status_raises_its_typed_error(
    name: str, method: str, status: int, prism: dict[str, Any]
) -> None:
    op = operation_by_method(name, method)
    audit = Audit(name)
    args, kwargs = first_call(name, method).arguments(package(name))
    errors = package(name)
    with (
        make_client(name, prism[name].url, audit) as client,
        pytest.raises(errors.APIStatusError) as info,
    ):
        prism_mock.resolve_method(client, method)(
            *args, **kwargs, extra_headers={"Prefer": f"code={status}"}
        )
    check_error(op, status, info.value, audit)


@pytest.mark.parametrize(("name", "method", "status"), _cases())
async def test_async_error_status_raises_its_typed_error(
    name: str, method: str, status: int, prism: dict[str, Any]
) -> None:
    op = operation_by_method(name, method)
    audit = Audit(name)
    args, kwargs = first_call(name, method).arguments(package(name))
    errors = package(name)
    async with make_client(name, prism[name].url, audit, asynchronous=True) as client:
        with pytest.raises(errors.APIStatusError) as info:
            await prism_mock.resolve_method(client, method)(
                *args, **kwargs, extra_headers={"Prefer": f"code={status}"}
            )
    check_error(op, status, info.value, audit)


def test_wacrm_error_carries_the_provider_code_and_message(prism: dict[str, Any]) -> None:
    wacrm = package("wacrm")
    audit = Audit("wacrm")
    with (
        make_client("wacrm", prism["wacrm"].url, audit) as client,
        pytest.raises(wacrm.PermissionDeniedError) as info,
    ):
        client.conversations.list(extra_headers={"Prefer": "code=403"})
    assert info.value.code == "forbidden"
    assert info.value.error_message == "This API key is missing the 'conversations:read' scope"
    assert "forbidden" in str(info.value)


def test_error_statuses_are_not_retried_when_max_retries_is_zero(prism: dict[str, Any]) -> None:
    audit = Audit("chatbotx")
    cbx = package("chatbotx")
    with (
        make_client("chatbotx", prism["chatbotx"].url, audit, max_retries=0) as client,
        pytest.raises(cbx.InternalServerError),
    ):
        client.conversations.retrieve("1842", extra_headers={"Prefer": "code=500"})
    assert len(audit.exchanges) == 1
