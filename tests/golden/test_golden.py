"""The golden record: our own kitchen-sink specs and the packages they generate, committed beside them.

A change to the generator shows up here line by line: the fresh output must equal the committed one
byte for byte. When a change is meant, regenerate with `make golden` and review the diff in the
commit. The committed packages are also checked as code (ruff, mypy --strict) and run once.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from codegen_tests.helpers import mypy_strict, run_codegen

from generator.write.tree import diff_trees, ruff_binary

HERE = Path(__file__).resolve().parent
SPECS = sorted(HERE.glob("*.yaml"))
NAMES = [spec.stem for spec in SPECS]


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("golden")
    result = run_codegen("generate", *map(str, SPECS), "--out", str(out))
    assert result.returncode == 0, result.stderr
    return out


def test_the_golden_specs_are_there() -> None:
    assert NAMES == ["keyed", "kitchen", "legacy"]
    assert all((HERE / name / "pyproject.toml").is_file() for name in NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_the_output_equals_the_golden_record_byte_for_byte(fresh: Path, name: str) -> None:
    lines = diff_trees(fresh / name, HERE / name, f"tests/golden/{name}")
    assert not lines, "".join(lines[:300]) + "\nintended? run `make golden` and commit the diff"


@pytest.mark.parametrize("name", NAMES)
def test_the_golden_package_is_mypy_strict_clean(name: str) -> None:
    result = mypy_strict(HERE / name, f"{name}_client")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_golden_packages_pass_ruff() -> None:
    for name in NAMES:
        for args in (["check", "--no-cache", "."], ["format", "--check", "--no-cache", "."]):
            done = subprocess.run(
                [ruff_binary(), *args], cwd=HERE / name, capture_output=True, text=True
            )
            assert done.returncode == 0, f"{name}: {done.stdout}{done.stderr}"


def test_the_golden_kitchen_package_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """One walk through the committed code: nested resources, both paging styles, a retried send."""
    monkeypatch.syspath_prepend(str(HERE / "kitchen" / "src"))
    for module in [m for m in sys.modules if m.split(".")[0] == "kitchen_client"]:
        monkeypatch.delitem(sys.modules, module)
    import kitchen_client

    keys: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        path, params = request.url.path, request.url.params
        if path == "/v2/orders" and request.method == "GET":
            page = {None: (["o1", "o2"], "c2"), "c2": (["o3"], None)}[params.get("cursor")]
            data = [{"id": i, "status": "open"} for i in page[0]]
            return httpx.Response(200, json={"data": data, "meta": {"next_cursor": page[1]}})
        if path == "/v2/orders" and request.method == "POST":
            keys.append(request.headers["Idempotency-Key"])
            if len(keys) == 1:
                return httpx.Response(503)
            return httpx.Response(
                201, json={"id": "o9", "status": "open", **json.loads(request.content)}
            )
        if path == "/v2/orders/o9/notes":
            offset = int(params.get("offset", 0))
            items = [{"text": f"n{offset + i}"} for i in range(2 if offset < 4 else 1)]
            return httpx.Response(200, json={"items": items, "total": 5})
        return httpx.Response(404, json={"code": "nope"})

    client = kitchen_client.Kitchen(
        api_key="k", max_retries=1, http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    client._sleep = lambda seconds: None  # type: ignore[method-assign]
    assert [o.id for o in client.store.orders.list(limit=2)] == ["o1", "o2", "o3"]
    order = client.store.orders.place(items=["sku-1"])
    assert order.id == "o9" and len(keys) == 2 and keys[0] == keys[1]
    assert [n.text for n in client.store.orders.notes.list("o9")] == [f"n{i}" for i in range(5)]
    with pytest.raises(kitchen_client.NotFoundError):
        client.pets.retrieve("p1")


def test_the_golden_packages_unwrap_their_webhooks(monkeypatch: pytest.MonkeyPatch) -> None:
    """kitchen: Standard Webhooks (no discriminator, a union payload); keyed: a discriminated pair,
    one signed as a plain hex HMAC of the body, one unsigned."""
    import base64
    import hashlib
    import hmac
    import time

    for name in ("kitchen", "keyed"):
        monkeypatch.syspath_prepend(str(HERE / name / "src"))
        for module in [m for m in sys.modules if m.split(".")[0] == f"{name}_client"]:
            monkeypatch.delitem(sys.modules, module)
    import keyed_client
    import kitchen_client

    key = b"kitchen webhook key"
    secret = "whsec_" + base64.b64encode(key).decode()
    body, stamp = b'{"order_id": "o9", "carrier": "dhl"}', str(int(time.time()))
    signature = hmac.new(key, b"msg_1." + stamp.encode() + b"." + body, hashlib.sha256).digest()
    headers = {
        "webhook-id": "msg_1",
        "webhook-timestamp": stamp,
        "webhook-signature": "v1,bm9wZQ== v1," + base64.b64encode(signature).decode(),
    }
    kitchen = kitchen_client.Kitchen(api_key="k")
    shipped = kitchen.webhooks.unwrap(body, headers, secret=secret)
    assert isinstance(shipped, kitchen_client.models.OrderShippedEvent) and shipped.carrier == "dhl"
    cat = b'{"petType": "cat", "name": "Tom"}'
    with pytest.raises(kitchen_client.InvalidWebhookSignatureError):  # every event is signed
        kitchen.webhooks.unwrap(cat, headers, secret=secret)

    keyed = keyed_client.KeyedAPI(api_key="k", base_url="https://crm.example.com")
    created = b'{"type": "contact.created", "contact": {"id": "c-1"}}'
    digest = hmac.new(b"keyed secret", created, hashlib.sha256).hexdigest()
    event = keyed.webhooks.unwrap(
        created, {"X-Keyed-Signature": f"sha256={digest}"}, secret="keyed secret"
    )
    assert isinstance(event, keyed_client.models.ContactCreatedWebhookEvent)
    with pytest.raises(keyed_client.InvalidWebhookSignatureError):
        keyed.webhooks.unwrap(created, {}, secret="keyed secret")
    assert isinstance(
        keyed.webhooks.unwrap(b'{"type": "ping"}', {}), keyed_client.models.PingWebhookEvent
    )
    assert callable(keyed.webhooks.list)  # beside the spec's own webhooks operations
