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
    """Every operation's declared error statuses; the statuses only `default` covers are probed on
    the first operation of each resource. They test the client's mapping of a status to its error
    class, which no operation changes: probing each of them on all 63 operations of a spec cost
    CI a minute and proved nothing more."""
    cases = []
    for name in prism_mock.SPEC_NAMES:
        probed_default: set[str] = set()
        for op in prism_mock.operations(name):
            resource = op.client_method.rpartition(".")[0]
            statuses = op.error_probes if resource not in probed_default else op.errors
            probed_default.add(resource)
            cases.extend(
                pytest.param(
                    name, op.client_method, status, id=f"{name}:{op.client_method}:{status}"
                )
                for status in statuses
            )
    return cases


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


# DataCrazy's error bodies as seen live: each raises its class with the provider's own text.


def test_datacrazy_400_whose_message_is_an_object_raises_bad_request_with_the_inner_text(
    prism: dict[str, Any],
) -> None:
    dc = package("datacrazy")
    audit = Audit("datacrazy")
    with (
        make_client("datacrazy", prism["datacrazy"].url, audit) as client,
        pytest.raises(dc.BadRequestError) as info,
    ):
        client.products.create(
            name="Plano anual",
            price=1990.0,
            extra_headers={"Prefer": "code=400, example=validation"},
        )
    assert info.value.status_code == 400
    assert info.value.error_message == "Internal server error"
    assert info.value.body["message"]["trace"].startswith("PrismaClientValidationError")
    # The trace can quote the rejected data: it stays in `body`, out of the message and logs.
    assert "Prisma" not in str(info.value)
    assert str(info.value) == "400 Bad Request [500] Internal server error"


def test_datacrazy_upgrade_plan_is_a_permission_error_that_is_never_retried(
    prism: dict[str, Any],
) -> None:
    dc = package("datacrazy")
    audit = Audit("datacrazy")
    with (
        make_client("datacrazy", prism["datacrazy"].url, audit, max_retries=3) as client,
        pytest.raises(dc.PermissionDeniedError) as info,
    ):
        client.leads.create(
            name="Ana Souza", extra_headers={"Prefer": "code=400, example=upgradePlan"}
        )
    assert info.value.status_code == 400
    assert info.value.code == "upgrade-plan"
    assert info.value.error_message == "Upgrade Plan"
    assert info.value.body["params"] == {"currentPlan": "Free", "requiredPlan": "Enterprise"}
    assert len(audit.exchanges) == 1  # a plan gate stays shut: no retry


async def test_datacrazy_429_carries_retry_after_and_the_rate_limit_headers(
    prism: dict[str, Any],
) -> None:
    dc = package("datacrazy")
    audit = Audit("datacrazy")
    async with make_client("datacrazy", prism["datacrazy"].url, audit, asynchronous=True) as client:
        with pytest.raises(dc.RateLimitError) as info:
            await client.businesses.retrieve(
                "e9a09677-cf00-4d84-aa12-6d78d6786555",
                extra_headers={"Prefer": "code=429, example=rateLimited"},
            )
    assert info.value.retry_after == 42.0
    assert info.value.headers["x-ratelimit-limit"] == "60"
    assert info.value.error_message == "Too many requests"
