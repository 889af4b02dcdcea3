"""How the generator reads `webhooks`: the discriminator, the union, each event's scheme, the names it
keeps clear, and what it warns about. Small specs of our own, built to the IR (and once generated)."""

from __future__ import annotations

import copy
import importlib
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.ir import nodes as ir
from generator.ir.webhooks import DEFAULT_TOLERANCE
from generator.pipeline import Job, build_ir, generate
from generator.release.surface import snapshot

ROOT = Path(__file__).resolve().parents[2]

SIGNATURE = {
    "header": "X-Sig",
    "value": "t={timestamp},v1={signature}",
    "signed": "{timestamp}.{body}",
}


def _event(properties: dict[str, Any], required: list[str], **op: Any) -> dict[str, Any]:
    schema = {"type": "object", "required": required, "properties": properties}
    body = {"content": {"application/json": {"schema": schema}}}
    return {"post": {"requestBody": body, "responses": {"200": {"description": "ok"}}, **op}}


def _spec(webhooks: dict[str, Any], **root: Any) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Hooks", "version": "1"},
        "paths": {},
        "webhooks": webhooks,
        **root,
    }


def _build(tmp_path: Path, spec: dict[str, Any]) -> ir.Api:
    path = tmp_path / "hooks.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return build_ir(path, "hooks_client")


def _made(kind: Any) -> dict[str, Any]:
    return _event({"kind": kind, "id": {"type": "string"}}, ["kind", "id"])


def test_a_required_single_string_property_is_the_discriminator(tmp_path: Path) -> None:
    api = _build(
        tmp_path,
        _spec(
            {
                "made": _made({"type": "string", "const": "thing.made"}),
                "gone": _made({"type": "string", "enum": ["thing.gone"]}),
            }
        ),
    )
    assert api.webhooks is not None
    assert api.webhooks.discriminator_lit == "'kind'"
    assert [e.value_lit for e in api.webhooks.events] == ["'thing.made'", "'thing.gone'"]
    assert api.webhooks.union_md == "WebhookEvent"
    assert api.webhooks.event_expr == "event.kind"
    assert "Field(discriminator='kind')" in api.models_source.replace('"', "'")
    # the single-value enum is a strict Literal (the union's discriminator keeps it closed)
    assert "kind: Literal['thing.gone']" in api.models_source.replace('"', "'")


@pytest.mark.parametrize(
    ("gone", "why"),
    [
        (_event({"kind": {"const": "thing.gone"}}, []), "not required"),
        (_made({"type": "string", "const": "thing.made"}), "the same value twice"),
        (_made({"type": "string", "enum": ["a", "b"]}), "two values"),
        (_made({"type": "integer", "const": 3}), "not a string"),
    ],
)
def test_no_discriminator_when_a_payload_cannot_name_its_event(
    tmp_path: Path, gone: dict[str, Any], why: str
) -> None:
    made = _made({"type": "string", "const": "thing.made"})
    api = _build(tmp_path, _spec({"made": made, "gone": gone}))
    assert api.webhooks is not None
    assert api.webhooks.discriminator_lit == "None", why
    assert api.webhooks.event_expr == "type(event).__name__"


def test_the_specs_own_union_of_the_payloads_is_used_as_it_is() -> None:
    wacrm = build_ir(ROOT / "specs" / "wacrm.yaml", "wacrm_client")
    assert wacrm.webhooks is not None and wacrm.webhooks.union_md == "WebhookEvent"
    assert "class WebhookEvent_2" not in wacrm.models_source
    assert wacrm.models_source.replace('"', "'").count("Field(discriminator='event')") == 1


def test_events_signed_differently_without_a_discriminator_are_all_checked_with_a_warning(
    tmp_path: Path,
) -> None:
    unsigned = _event({"id": {"type": "string"}}, ["id"], **{"x-webhook-signature": False})
    signed = _event({"n": {"type": "integer"}}, ["n"])
    api = _build(
        tmp_path, _spec({"a": unsigned, "b": signed}, **{"x-webhook-signature": SIGNATURE})
    )
    assert api.webhooks is not None
    assert [e.signed for e in api.webhooks.events] == [True, True]
    warnings = [str(w) for w in api.warnings]
    assert any(
        "#/webhooks: the webhooks are signed differently, but no payload property tells them apart"
        in w
        for w in warnings
    ), warnings


def test_each_scheme_is_one_constant_and_false_means_unsigned(tmp_path: Path) -> None:
    own = {**SIGNATURE, "header": "X-Other"}
    api = _build(
        tmp_path,
        _spec(
            {
                "made": _made({"type": "string", "const": "made"})
                | {"post": {**_made({"const": "made"})["post"], "x-webhook-signature": own}},
                "gone": _made({"type": "string", "const": "gone"}),
                "ping": _made({"type": "string", "const": "ping"})
                | {"post": {**_made({"const": "ping"})["post"], "x-webhook-signature": False}},
            },
            **{"x-webhook-signature": SIGNATURE},
        ),
    )
    assert api.webhooks is not None
    assert [e.scheme for e in api.webhooks.events] == [
        "_WEBHOOK_SIGNATURE",
        "_WEBHOOK_SIGNATURE_2",
        "None",
    ]
    assert [s.header_lit for s in api.webhooks.schemes] == ["'X-Other'", "'X-Sig'"]
    assert (
        api.webhooks.default_scheme == "_WEBHOOK_SIGNATURE_2"
    )  # the root's, for undeclared events
    surface = snapshot(api)["webhooks"]
    assert {name: e["signed"] for name, e in surface.items()} == {
        "made": True,
        "gone": True,
        "ping": False,
    }
    assert surface["made"]["signature"] != surface["gone"]["signature"]


def test_an_operation_never_takes_the_name_of_a_webhook_method(tmp_path: Path) -> None:
    spec = _spec({"made": _made({"type": "string", "const": "made"})})
    spec["paths"] = {
        "/webhooks/unwrap": {
            "post": {
                "operationId": "unwrap",
                "tags": ["webhooks"],
                "responses": {"204": {"description": "done"}},
            }
        }
    }
    api = _build(tmp_path, spec)
    (hooks,) = [r for r in api.resources if r.attr == "webhooks"]
    assert [op.py_name for op in hooks.operations] == ["unwrap_2"]
    assert hooks.webhooks is not None


def test_without_webhooks_there_is_no_webhooks_resource() -> None:
    api = build_ir(ROOT / "specs" / "datacrazy.yaml", "datacrazy_client")
    assert api.webhooks is None
    assert "webhooks" not in [r.attr for r in api.resources]
    assert snapshot(api)["webhooks"] == {}


def test_a_spec_with_webhooks_and_no_webhooks_resource_gets_one(tmp_path: Path) -> None:
    spec = _spec({"made": _made({"type": "string", "const": "made"})})
    path = tmp_path / "only.yaml"
    path.write_text(yaml.safe_dump(spec), encoding="utf-8")
    generate([Job(path, tmp_path / "only", "only_client")], staging_near=tmp_path)
    sys.path.insert(0, str(tmp_path / "only" / "src"))
    try:
        module = importlib.import_module("only_client")
        client = module.Only(base_url="https://example.com")
        event = client.webhooks.unwrap('{"kind": "made", "id": "1"}', {})
        assert type(event).__name__ == "MadeEvent" and event.id == "1"
        assert [n for n in vars(type(client.webhooks)) if not n.startswith("_")] == [
            "with_raw_response",
            "with_streaming_response",
            "unwrap",
            "verify_signature",
        ]
    finally:
        sys.path.remove(str(tmp_path / "only" / "src"))
        for name in [m for m in sys.modules if m.split(".")[0] == "only_client"]:
            del sys.modules[name]


def test_the_readme_and_the_runtime_agree_on_the_default_tolerance() -> None:
    sys.path.insert(0, str(ROOT / "templates"))
    try:
        from runtime import _webhooks
    finally:
        sys.path.remove(str(ROOT / "templates"))
    assert DEFAULT_TOLERANCE == _webhooks.DEFAULT_TOLERANCE


def test_a_webhook_payload_that_is_not_an_object_still_gets_a_model(tmp_path: Path) -> None:
    spec = _spec({})
    spec["webhooks"] = {
        "tick": {
            "post": {
                "operationId": "tick",
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {"type": "array", "items": {"type": "integer"}}
                        }
                    }
                },
                "responses": {"200": {"description": "ok"}},
            }
        }
    }
    api = _build(tmp_path, copy.deepcopy(spec))
    assert api.webhooks is not None
    (event,) = api.webhooks.events
    assert "class TickEvent(RootModel[list[int]])" in api.models_source
    assert (event.type_expr, event.annotation, event.unwrap_root) == (
        "_models.TickEvent",
        "List[int]",
        True,
    )
