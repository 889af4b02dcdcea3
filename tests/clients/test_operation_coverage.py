"""Every operation of every spec has an HTTP test here, and every test targets a real operation.

Operations are enumerated from the specs (``x-client-method``), so a new operation without a Case
fails. Each Case must hit its operation's path template and use only its declared query parameters,
and the fake server must serve the providers' doc payloads wherever the docs publish one.
"""

from __future__ import annotations

import inspect
import re
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
from chatbotx_client import AsyncChatbotX, ChatbotX
from datacrazy_client import AsyncDataCrazy, DataCrazy
from doc_examples import DOC_PAYLOADS
from wacrm_client import AsyncWacrm, Wacrm

from .support import PROVIDERS, SPECS_DIR, Case, deref, load_spec, spec_operations
from .test_chatbotx_http import CASES as CHATBOTX_CASES
from .test_datacrazy_http import CASES as DATACRAZY_CASES
from .test_wacrm_http import CASES as WACRM_CASES

CASES: dict[str, list[Case]] = {
    "wacrm": WACRM_CASES,
    "chatbotx": CHATBOTX_CASES,
    "datacrazy": DATACRAZY_CASES,
}
CLIENTS: dict[str, tuple[type[Any], type[Any]]] = {
    "wacrm": (Wacrm, AsyncWacrm),
    "chatbotx": (ChatbotX, AsyncChatbotX),
    "datacrazy": (DataCrazy, AsyncDataCrazy),
}
ALL_CASES = [(provider, case) for provider in PROVIDERS for case in CASES[provider]]


def query_parameters(provider: str, operation_id: str) -> set[str]:
    """The query names an operation may send: a deepObject parameter `filter` sends `filter[...]`."""
    spec = load_spec(provider)
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                params = [deref(spec, p) for p in operation.get("parameters", [])]
                return {
                    p["name"] + ("[]" if p.get("style") == "deepObject" else "")
                    for p in params
                    if p["in"] == "query"
                }
    raise KeyError(operation_id)


def declared_name(name: str) -> str:
    """`filter[stages]` is a member of the deepObject parameter `filter` (declared as `filter[]`),
    unless a parameter is declared under that exact name (DataCrazy's conversation filters)."""
    return re.sub(r"\[[^\]]*\]$", "[]", name)


def resolve_method(client: Any, dotted: str) -> Any:
    target = client
    for name in dotted.split("."):
        target = getattr(target, name)
    return target


@pytest.mark.parametrize("provider", PROVIDERS)
def test_every_spec_operation_has_an_http_case_and_no_case_is_orphaned(provider: str) -> None:
    declared = set(spec_operations(provider))
    covered = {case.operation_id for case in CASES[provider]}
    assert declared - covered == set(), f"{provider}: operations without an HTTP test"
    assert covered - declared == set(), f"{provider}: cases for operations not in the spec"


def top_level_section(text: str, key: str) -> str:
    """The text of one top-level key of a YAML document (``paths:``), up to the next one."""
    match = re.search(rf"^{re.escape(key)}:\n(.*?)(?=^\S|\Z)", text, re.MULTILINE | re.DOTALL)
    return match.group(1) if match else ""


@pytest.mark.parametrize("provider", PROVIDERS)
def test_enumeration_finds_every_operation_of_the_spec(provider: str) -> None:
    text = (SPECS_DIR / f"{provider}.yaml").read_text(encoding="utf-8")
    operations = spec_operations(provider)
    # Webhook operations (under the top-level `webhooks:`) have operationIds too; they are no
    # client methods, so only the `paths:` section is counted.
    assert len(operations) == top_level_section(text, "paths").count("operationId:")
    methods = [operation.client_method for operation in operations.values()]
    assert len(methods) == len(set(methods)), "two operations share an x-client-method"


@pytest.mark.parametrize("provider", PROVIDERS)
def test_case_ids_are_unique(provider: str) -> None:
    ids = [case.id for case in CASES[provider]]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("provider", PROVIDERS)
def test_sync_and_async_clients_expose_every_x_client_method(
    provider: str, sync_http: httpx.Client, async_http: httpx.AsyncClient
) -> None:
    sync_cls, async_cls = CLIENTS[provider]
    options = {"api_key": "test-key", "base_url": "http://127.0.0.1:9"}
    sync_client = sync_cls(**options, http_client=sync_http)
    async_client = async_cls(**options, http_client=async_http)
    for operation in spec_operations(provider).values():
        sync_method = resolve_method(sync_client, operation.client_method)
        async_method = resolve_method(async_client, operation.client_method)
        assert callable(sync_method) and not inspect.iscoroutinefunction(sync_method)
        # Async lists return an awaitable, async-iterable paginator; the rest are coroutines.
        assert inspect.iscoroutinefunction(async_method) == (operation.items is None), (
            operation.client_method
        )


@pytest.mark.parametrize(
    ("provider", "case"), ALL_CASES, ids=[f"{p}:{case.id}" for p, case in ALL_CASES]
)
def test_case_targets_its_operation_path_and_declared_query_parameters(
    provider: str, case: Case
) -> None:
    operation = spec_operations(provider)[case.operation_id]
    assert operation.pattern.fullmatch(case.path), (case.path, operation.template)
    names = {unquote(piece.partition("=")[0]) for piece in case.query.split("&") if piece}
    declared = query_parameters(provider, case.operation_id)
    assert {name if name in declared else declared_name(name) for name in names} <= declared
    if case.status is not None:
        assert case.status in operation.responses


def test_fake_server_serves_the_published_doc_payload_wherever_there_is_one() -> None:
    documented = {
        (spec_name.removesuffix(".yaml"), operation_id)
        for targets in DOC_PAYLOADS.values()
        for spec_name, operation_id, target in targets
        if target.startswith("response")
    }
    assert documented == {
        ("wacrm", "listConversations"),
        ("wacrm", "listConversationMessages"),
        ("chatbotx", "listConversations"),
        ("datacrazy", "listConversations"),
        ("datacrazy", "createConversationMessage"),
        ("datacrazy", "listLeadHistory"),
        ("datacrazy", "listBusinesses"),
        ("datacrazy", "createBusiness"),
        ("datacrazy", "updateBusiness"),
        ("datacrazy", "retrievePipeline"),
        ("datacrazy", "updateTag"),
    }
    for provider, operation_id in documented:
        operation = spec_operations(provider)[operation_id]
        assert operation.sources[operation.default_status] == "docs", (provider, operation_id)
    for provider in PROVIDERS:
        for operation in spec_operations(provider).values():
            if (provider, operation.operation_id) not in documented:
                # an example embedded in the spec, or no body at all (a 204)
                sources = set(operation.sources.values())
                assert sources and sources <= {"spec", "empty"}, (operation.operation_id, sources)
