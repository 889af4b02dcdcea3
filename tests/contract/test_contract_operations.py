"""Every operation of every generated client, sync and async, against a static Prism mock of its spec.

Each call must pass Prism's request validation (no ``sl-violations``) and our own checks of what
Prism cannot see, get a 2xx, and parse into the spec's model without losing or inventing data.
"""

from __future__ import annotations

import inspect
import uuid
from typing import Any

import prism_mock
import pytest
from contract_calls import CALLS, calls_for
from prism_mock import Audit, Operation, dump, equivalent, make_client, operation_by_method, package


def check_result(op: Operation, result: Any, audit: Audit) -> None:
    """The call hit ``op`` once with a 2xx and ``result`` is the faithful, typed parse of the body."""
    exchange = audit.only()
    assert exchange.operation == op, (
        f"{exchange.request.method} {exchange.request.url} is not {op.operation_id}"
    )
    assert exchange.status in op.success, exchange.status
    if op.idempotency_header is not None:
        key = exchange.request.headers.get(op.idempotency_header)
        assert key, f"{op.operation_id} sent no {op.idempotency_header} header"
    models = package(op.spec).models
    if not exchange.response.content:  # e.g. a 204: nothing to parse
        assert status_has_no_content(op, exchange.status), f"{exchange.status} with an empty body"
        assert result is None, f"an empty answer parsed as {result!r}"
        return
    raw = exchange.response.json()
    if op.paging is not None:
        item_cls = getattr(models, op.item_model_name(exchange.status) or "")
        assert all(isinstance(item, item_cls) for item in result.data), result.data
        body = result.response
    else:
        body = result
    model_name = op.response_model_name(exchange.status)
    model = getattr(models, model_name or "", None)
    if model is not None and not getattr(model, "__pydantic_root_model__", False):
        assert isinstance(body, model), f"{type(body).__name__} is not {model_name}"
    diffs = equivalent(dump(body), raw)
    assert not diffs, "\n".join(diffs)


def status_has_no_content(op: Operation, status: int) -> bool:
    return status not in op.response_schemas


@pytest.mark.parametrize("name", prism_mock.SPEC_NAMES)
def test_call_table_covers_every_operation_of_the_spec(name: str) -> None:
    declared = {op.client_method for op in prism_mock.operations(name)}
    exercised = {c.method for c in calls_for(name)}
    assert declared - exercised == set(), "operations never called by the contract tests"
    assert exercised - declared == set(), "calls of methods the spec does not declare"


@pytest.mark.parametrize("name", prism_mock.SPEC_NAMES)
def test_every_operation_is_a_method_of_the_sync_and_async_client(name: str) -> None:
    pkg = package(name)
    sync_cls = getattr(pkg, prism_mock.client_class_name(name))
    async_cls = getattr(pkg, "Async" + prism_mock.client_class_name(name))
    sync = sync_cls(api_key="k", base_url="http://127.0.0.1:9")
    asyn = async_cls(api_key="k", base_url="http://127.0.0.1:9")
    for op in prism_mock.operations(name):
        assert callable(prism_mock.resolve_method(sync, op.client_method)), op.client_method
        method = prism_mock.resolve_method(asyn, op.client_method)
        assert callable(method), op.client_method
        if op.paging is None:
            assert inspect.iscoroutinefunction(method), (
                f"async {op.client_method} is not a coroutine function"
            )
    sync.close()


@pytest.mark.parametrize("call", CALLS, ids=lambda c: c.id)
def test_sync_call_passes_prism_validation_and_parses(call: Any, prism: dict[str, Any]) -> None:
    op = operation_by_method(call.spec, call.method)
    audit = Audit(call.spec)
    args, kwargs = call.arguments(package(call.spec))
    with make_client(call.spec, prism[call.spec].url, audit) as client:
        result = prism_mock.resolve_method(client, call.method)(*args, **kwargs)
    check_result(op, result, audit)


@pytest.mark.parametrize("call", CALLS, ids=lambda c: c.id)
async def test_async_call_passes_prism_validation_and_parses(
    call: Any, prism: dict[str, Any]
) -> None:
    op = operation_by_method(call.spec, call.method)
    audit = Audit(call.spec)
    args, kwargs = call.arguments(package(call.spec))
    async with make_client(call.spec, prism[call.spec].url, audit, asynchronous=True) as client:
        result = await prism_mock.resolve_method(client, call.method)(*args, **kwargs)
    check_result(op, result, audit)


def _success_cases() -> list[tuple[str, str, int]]:
    return [
        (op.spec, op.client_method, status)
        for name in prism_mock.SPEC_NAMES
        for op in prism_mock.operations(name)
        if len(op.success) > 1
        for status in op.success
    ]


@pytest.mark.parametrize(("name", "method", "status"), _success_cases())
def test_each_declared_success_status_parses(
    name: str, method: str, status: int, prism: dict[str, Any]
) -> None:
    """Operations with several 2xx answers (Wacrm's find-or-create: 200 found, 201 created)."""
    from contract_calls import first_call

    op = operation_by_method(name, method)
    call = first_call(name, method)
    audit = Audit(name)
    args, kwargs = call.arguments(package(name))
    with make_client(name, prism[name].url, audit) as client:
        result = prism_mock.resolve_method(client, method)(
            *args, **kwargs, extra_headers={"Prefer": f"code={status}"}
        )
    assert audit.only().status == status
    check_result(op, result, audit)


def test_idempotency_key_given_by_the_caller_is_sent_unchanged(prism: dict[str, Any]) -> None:
    audit = Audit("chatbotx")
    key = str(uuid.uuid4())
    with make_client("chatbotx", prism["chatbotx"].url, audit) as client:
        client.conversations.archive("1842", idempotency_key=key)
        client.conversations.archive("1842")
    first, second = audit.exchanges
    assert first.request.headers["Idempotency-Key"] == key
    generated = second.request.headers["Idempotency-Key"]
    assert generated and generated != key


def test_raw_response_exposes_status_headers_and_parse(prism: dict[str, Any]) -> None:
    audit = Audit("wacrm")
    with make_client("wacrm", prism["wacrm"].url, audit) as client:
        raw = client.with_raw_response.contacts.create(
            phone="+14155550188", extra_headers={"Prefer": "code=201"}
        )
    assert raw.status_code == 201
    assert raw.headers["content-type"].startswith("application/json")
    contact = raw.parse()
    assert contact.data.phone == "14155550188"  # stored as digits only (source-run)


def test_the_faithfulness_check_catches_lost_invented_and_changed_values() -> None:
    raw = {"id": "1", "at": "2026-07-01T15:44:00.000Z", "n": 1, "flag": True, "tags": ["a"]}
    assert equivalent({**raw, "at": "2026-07-01T15:44:00Z"}, raw) == []
    assert equivalent({k: v for k, v in raw.items() if k != "n"}, raw) == ["$: key 'n' lost"]
    assert equivalent({**raw, "x": None}, raw) == ["$: key 'x' invented"]
    assert equivalent({**raw, "flag": 1}, raw) == ["$.flag: 1 (int) instead of True (bool)"]
    assert equivalent({**raw, "tags": []}, raw) == ["$.tags: 0 items instead of 1"]
    assert equivalent({**raw, "at": "2026-07-01T15:44:01Z"}, raw) != []
