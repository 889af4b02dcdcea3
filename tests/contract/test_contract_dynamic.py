"""Prism's dynamic mode: random payloads generated from the schemas must all parse.

Every read (GET) operation is called 50 times against a ``prism mock -d`` server. Each call sends
``Prefer: seed=<n>``, so the payloads vary from call to call but are the same on every run.
Prism fills in random extra properties too; the models keep them, so nothing may be lost.
"""

from __future__ import annotations

from typing import Any

import prism_mock
import pytest
from contract_calls import first_call
from prism_mock import Audit, dump, equivalent, make_client, package

CALLS_PER_OPERATION = 50
ASYNC_CALLS_PER_OPERATION = 10


def _read_operations() -> list[Any]:
    return [
        pytest.param(op.spec, op.client_method, id=f"{op.spec}:{op.client_method}")
        for name in prism_mock.SPEC_NAMES
        for op in prism_mock.operations(name)
        if op.is_read
    ]


def _check(op: prism_mock.Operation, result: Any, audit: Audit, seed: int) -> None:
    exchange = audit.exchanges[-1]
    assert exchange.status in op.success, f"seed {seed}: status {exchange.status}"
    body = result.response if op.paging is not None else result
    diffs = equivalent(dump(body), exchange.response.json())
    assert not diffs, f"seed {seed}:\n" + "\n".join(diffs)


@pytest.mark.parametrize(("name", "method"), _read_operations())
def test_random_payloads_of_a_read_operation_all_parse(
    name: str, method: str, prism_dynamic: dict[str, Any]
) -> None:
    op = prism_mock.operation_by_method(name, method)
    args, kwargs = first_call(name, method).arguments(package(name))
    audit = Audit(name)
    with make_client(name, prism_dynamic[name].url, audit) as client:
        fn = prism_mock.resolve_method(client, method)
        for seed in range(1, CALLS_PER_OPERATION + 1):
            result = fn(*args, **kwargs, extra_headers={"Prefer": f"seed={seed}"})
            _check(op, result, audit, seed)
    assert len(audit.exchanges) == CALLS_PER_OPERATION
    bodies = {e.response.content for e in audit.exchanges}
    assert len(bodies) > CALLS_PER_OPERATION // 2, (
        "Prism did not vary its payloads: is -d in effect?"
    )


@pytest.mark.parametrize(("name", "method"), _read_operations())
async def test_random_payloads_parse_with_the_async_client(
    name: str, method: str, prism_dynamic: dict[str, Any]
) -> None:
    op = prism_mock.operation_by_method(name, method)
    args, kwargs = first_call(name, method).arguments(package(name))
    audit = Audit(name)
    async with make_client(name, prism_dynamic[name].url, audit, asynchronous=True) as client:
        fn = prism_mock.resolve_method(client, method)
        for seed in range(1000, 1000 + ASYNC_CALLS_PER_OPERATION):
            result = await fn(*args, **kwargs, extra_headers={"Prefer": f"seed={seed}"})
            _check(op, result, audit, seed)


def test_same_seed_gives_the_same_payload(prism_dynamic: dict[str, Any]) -> None:
    audit = Audit("wacrm")
    with make_client("wacrm", prism_dynamic["wacrm"].url, audit) as client:
        client.me.retrieve(extra_headers={"Prefer": "seed=7"})
        client.me.retrieve(extra_headers={"Prefer": "seed=7"})
    first, second = audit.exchanges
    assert first.response.content == second.response.content
