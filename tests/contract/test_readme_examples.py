"""The README examples run: each generated package's README and the project's top-level README.

A package README's operation blocks use a ``client`` variable: the test provides one pointed at the
static Prism mock of the spec, with every request audited. Its configuration block must run as
written (it builds a client; nothing is sent). The top-level README's blocks build their own
clients from ``<NAME>_BASE_URL`` and ``<NAME>_API_KEY``, set here to the Prism servers.

Against a static mock, a list whose example carries a cursor repeats it forever, so walking all
of it ends in ``PaginationError`` (the client's loop guard): that outcome is accepted, and reported.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx2
import prism_mock
import pytest
from prism_mock import Audit, make_client, package

ROOT = prism_mock.ROOT
BLOCK = re.compile(r"^```python[ \t]*\n(.*?)^```", re.DOTALL | re.MULTILINE)
CALLED = re.compile(r"\bclient\.((?:[a-z_]+\.)*[a-z_]+)\(")
# webhooks: the receiver example calls these; it runs in tests/webhooks/test_readme_receiver.py
WEBHOOK_CALLS = frozenset({"webhooks.unwrap", "webhooks.verify_signature"})
# the "Undocumented requests" example calls a path no spec has (client.get/post are tested in
# tests/runtime/test_conveniences.py against a loopback server)
UNDOCUMENTED_CALLS = frozenset({"get", "post", "put", "patch", "delete"})


def python_blocks(readme: Path) -> list[str]:
    return [m.group(1) for m in BLOCK.finditer(readme.read_text(encoding="utf-8"))]


def is_setup(block: str) -> bool:
    return re.search(r"^client\s*=", block, re.MULTILINE) is not None


def calls_only(block: str, allowed: frozenset[str]) -> bool:
    """The block calls something, and nothing but `allowed`."""
    calls = {m.group(1) for m in CALLED.finditer(block)}
    return bool(calls) and calls <= allowed


def is_webhook_receiver(block: str) -> bool:
    return calls_only(block, WEBHOOK_CALLS)


def is_undocumented(block: str) -> bool:
    return calls_only(block, UNDOCUMENTED_CALLS)


def _operation_blocks() -> list[Any]:
    cases = []
    for name in prism_mock.SPEC_NAMES:
        for i, block in enumerate(python_blocks(ROOT / "generated" / name / "README.md")):
            if (
                not is_setup(block)
                and not is_webhook_receiver(block)
                and not is_undocumented(block)
                and CALLED.search(block)
            ):
                cases.append(
                    pytest.param(name, block, id=f"{name}:block{i}:{CALLED.search(block).group(1)}")
                )
    return cases


def run_block(
    block: str,
    namespace: dict[str, Any],
    pagination_error: type[Exception] | tuple[type[Exception], ...],
    where: str,
) -> None:
    try:
        exec(compile(block, where, "exec"), namespace)
    except pagination_error as exc:
        print(f"{where}: stopped by the client's loop guard against the static mock: {exc}")
    except Exception as exc:
        # the inbox (convapi) wraps a provider's error, the loop guard's too, as its __cause__
        if not isinstance(exc.__cause__, pagination_error):
            raise
        print(f"{where}: stopped by a client's loop guard against the static mock: {exc.__cause__}")


@pytest.fixture(autouse=True)
def _no_client_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in prism_mock.SPEC_NAMES:
        monkeypatch.delenv(f"{name.upper()}_API_KEY", raising=False)
        monkeypatch.delenv(f"{name.upper()}_BASE_URL", raising=False)


@pytest.mark.parametrize("name", prism_mock.SPEC_NAMES)
def test_package_readme_shows_every_operation(name: str) -> None:
    blocks = python_blocks(ROOT / "generated" / name / "README.md")
    shown = {m.group(1) for block in blocks if not is_setup(block) for m in CALLED.finditer(block)}
    shown -= WEBHOOK_CALLS | UNDOCUMENTED_CALLS
    declared = {op.client_method for op in prism_mock.operations(name)}
    assert declared - shown == set(), "operations without a README example"
    assert shown - declared == set(), "README examples of methods the spec does not declare"


@pytest.mark.parametrize("name", prism_mock.SPEC_NAMES)
def test_package_readme_configuration_block_builds_a_client(name: str) -> None:
    setup = [b for b in python_blocks(ROOT / "generated" / name / "README.md") if is_setup(b)]
    assert setup, "the README shows no client construction"
    for block in setup:
        namespace: dict[str, Any] = {}
        exec(compile(block, f"generated/{name}/README.md", "exec"), namespace)
        client = namespace["client"]
        assert type(client).__name__ == prism_mock.client_class_name(name)
        client.close()


@pytest.mark.parametrize(("name", "block"), _operation_blocks())
def test_package_readme_operation_example_runs_against_prism(
    name: str, block: str, prism: dict[str, Any]
) -> None:
    audit = Audit(name)
    method = CALLED.search(block).group(1)
    op = prism_mock.operation_by_method(name, method)
    with make_client(name, prism[name].url, audit) as client:
        namespace: dict[str, Any] = {"client": client}
        run_block(block, namespace, package(name).PaginationError, f"generated/{name}/README.md")
    assert audit.exchanges, "the example sent no request"
    assert {e.operation for e in audit.exchanges} == {op}
    assert all(e.status in op.success for e in audit.exchanges)


def test_top_level_readme_python_examples_run_against_prism(
    prism: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    blocks = python_blocks(ROOT / "README.md")
    if not blocks:
        pytest.fail(
            "README.md has no ```python blocks: it must show how to use the generated clients "
            "(reading WACRM_BASE_URL, CHATBOTX_BASE_URL, DATACRAZY_BASE_URL and the *_API_KEY variables)"
        )
    by_port = {}
    for name, server in prism.items():
        monkeypatch.setenv(f"{name.upper()}_BASE_URL", server.url)
        monkeypatch.setenv(f"{name.upper()}_API_KEY", prism_mock.api_key(name))
        by_port[server.port] = Audit(name)

    def audited(response: httpx2.Response) -> httpx2.Response:
        audit = by_port.get(response.request.url.port or 0)
        assert audit is not None, f"README example called {response.request.url}, not a Prism mock"
        audit.check(response)
        return response

    sync_send, async_send = httpx2.Client.send, httpx2.AsyncClient.send

    def send(self: httpx2.Client, request: httpx2.Request, **kwargs: Any) -> httpx2.Response:
        return audited(sync_send(self, request, **kwargs))

    async def asend(
        self: httpx2.AsyncClient, request: httpx2.Request, **kwargs: Any
    ) -> httpx2.Response:
        return audited(await async_send(self, request, **kwargs))

    monkeypatch.setattr(httpx2.Client, "send", send)
    monkeypatch.setattr(httpx2.AsyncClient, "send", asend)
    guards = tuple(package(n).PaginationError for n in prism_mock.SPEC_NAMES)
    namespace: dict[str, Any] = {"__name__": "__readme__"}
    for i, block in enumerate(blocks):
        run_block(block, namespace, guards, f"README.md block {i}")
    exchanges = [e for audit in by_port.values() for e in audit.exchanges]
    assert exchanges, "the README examples sent no request"
