"""The names a person would write when the spec gives none (`generator/models/naming_rules.py`), one
test per rule, on small documents of our own; `x-client-method` names stay as the spec gives them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from codegen_tests.helpers import run_codegen
from generator.load.document import Document
from generator.load.extensions import read_extensions
from generator.models.operations import name_operations
from generator.naming import package_name_for


def _op(op_id: str | None = None, **extra: Any) -> dict[str, Any]:
    op: dict[str, Any] = {"responses": {"200": {"description": "ok"}}, **extra}
    if op_id:
        op["operationId"] = op_id
    return op


def _names(paths: dict[str, Any]) -> dict[str, str]:
    data = {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": paths}
    document = Document(Path("t.yaml"), data)
    names = name_operations(document, read_extensions(document))
    return {op.label: name.call_path for op, name in zip(document.operations, names, strict=True)}


def test_resources_come_from_path_segments_without_version_or_api() -> None:
    names = _names(
        {
            "/api/v1/conversations/{id}/messages": {
                "get": _op("ConversationsV1ListMessages", tags=["ConversationsV1Message"]),
                "post": _op("CreateMessage"),
            },
            "/v2/Roles": {"post": _op("CreateRole", tags=["ConversationsV1Role"])},
        }
    )
    assert names == {
        "GET /api/v1/conversations/{id}/messages": "conversations.messages.list",
        "POST /api/v1/conversations/{id}/messages": "conversations.messages.create",
        "POST /v2/Roles": "roles.create",
    }


def test_the_shape_names_the_method() -> None:
    names = _names(
        {
            "/add_ons": {"get": _op("findAllAddOns"), "post": _op("createAddOn")},
            "/add_ons/{code}": {
                "get": _op("findAddOn"),
                "put": _op("updateAddOn"),
                "patch": _op("patchAddOn"),
                "delete": _op("destroyAddOn"),
            },
        }
    )
    assert names == {
        "GET /add_ons": "add_ons.list",
        "POST /add_ons": "add_ons.create",
        "GET /add_ons/{code}": "add_ons.retrieve",
        "PUT /add_ons/{code}": "add_ons.replace",  # a PUT beside a PATCH replaces the whole
        "PATCH /add_ons/{code}": "add_ons.update",
        "DELETE /add_ons/{code}": "add_ons.delete",
    }


def test_a_put_and_a_patch_of_one_resource_get_distinct_meaningful_names() -> None:
    """Issue 23: operationIds that both say "update" gave `update` and `update_2`."""
    names = _names(
        {
            "/channels/{channel_id}": {
                "put": _op("update-channel"),
                "patch": _op("update-channel-partially"),
            },
            "/inboxes/{id}": {"patch": _op("update-inbox")},
            "/teams/{id}": {"put": _op("update-team")},
        }
    )
    assert names == {
        "PUT /channels/{channel_id}": "channels.replace",
        "PATCH /channels/{channel_id}": "channels.update",
        "PATCH /inboxes/{id}": "inboxes.update",  # alone, a PATCH or a PUT is `update`
        "PUT /teams/{id}": "teams.update",
    }


def test_a_leaf_segment_with_one_operation_is_an_action_of_its_resource() -> None:
    names = _names(
        {
            "/accounts/{id}": {"get": _op("getAccount")},
            "/accounts/{id}/follow": {"post": _op("postAccountFollow")},
            "/accounts/verify_credentials": {"get": _op("getAccountVerifyCredentials")},
            "/accounts/{id}/notes": {"get": _op("listNotes"), "post": _op("addNote")},
        }
    )
    assert names == {
        "GET /accounts/{id}": "accounts.retrieve",
        "POST /accounts/{id}/follow": "accounts.follow",
        "GET /accounts/verify_credentials": "accounts.verify_credentials",
        "GET /accounts/{id}/notes": "accounts.notes.list",  # two operations: a sub-resource
        "POST /accounts/{id}/notes": "accounts.notes.create",
    }


def test_a_segment_with_paths_below_it_is_a_resource() -> None:
    names = _names(
        {
            "/users/me": {"get": _op("get-own-user")},
            "/users/me/subscriptions": {"get": _op("get-subscriptions")},
        }
    )
    assert names == {
        "GET /users/me": "users.me.list",
        "GET /users/me/subscriptions": "users.me.subscriptions",
    }


def test_other_shapes_and_collisions_take_the_operation_id_without_the_resource_noun() -> None:
    names = _names(
        {
            "/users/{user_id}": {"get": _op("get-user")},
            "/users/{email}": {"get": _op("get-user-by-email")},
            "/rooms/{rid}": {"post": _op("livechat/room:close"), "get": _op("getRoom")},
            "/contacts/{id}": {"post": _op("updateOrCreateContact")},
            "/x/{a}": {"get": _op()},
            "/x/{b}": {"get": _op()},
            "/x/{c}": {"get": _op()},
        }
    )
    assert names == {
        "GET /users/{user_id}": "users.retrieve",
        "GET /users/{email}": "users.get_by_email",
        "POST /rooms/{rid}": "rooms.livechat_close",  # `:` and `/` split words
        "GET /rooms/{rid}": "rooms.retrieve",
        "POST /contacts/{id}": "contacts.update_or_create",
        "GET /x/{a}": "x.retrieve",
        "GET /x/{b}": "x.get_b",  # no operationId: the method and path
        "GET /x/{c}": "x.get_c",
    }


def test_a_path_without_static_segments_takes_its_tag() -> None:
    names = _names({"/{id}": {"get": _op("fetchThing", tags=["Things"])}})
    assert names == {"GET /{id}": "things.retrieve"}


def test_a_method_never_shares_its_name_with_a_sub_resource() -> None:
    names = _names(
        {
            "/users/{id}/keys": {"post": _op("addKey"), "get": _op("listKeys")},
            "/users/{id}/keys/{k}": {"delete": _op("removeKey")},
            "/users/{id}": {"post": _op("keys")},
        }
    )
    assert names["POST /users/{id}"] == "users.keys_"
    assert names["POST /users/{id}/keys"] == "users.keys.create"


def test_curated_names_are_kept(tmp_path: Path) -> None:
    names = _names(
        {
            "/add_ons": {"get": _op("findAllAddOns", **{"x-client-method": "addons.find_all"})},
            "/add_ons/{code}": {"get": _op("findAddOn")},
        }
    )
    assert names == {"GET /add_ons": "addons.find_all", "GET /add_ons/{code}": "add_ons.retrieve"}


def test_a_generic_file_name_takes_the_package_name_from_the_title(tmp_path: Path) -> None:
    assert package_name_for("openapi", "Lago API documentation") == "lago_client"
    assert package_name_for("schema", "Mastodon API") == "mastodon_client"
    assert package_name_for("api", "Ory Identities API") == "ory_identities_client"
    assert package_name_for("acme", "Something Else") == "acme_client"
    spec = {"openapi": "3.1.0", "info": {"title": "Widget Store API", "version": "1"}, "paths": {}}
    path = tmp_path / "openapi.yaml"
    path.write_text(yaml.safe_dump(spec))
    done = run_codegen("generate", str(path), "--out", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    client = (tmp_path / "out" / "src" / "widget_store_client" / "_client.py").read_text()
    assert "class WidgetStore(SyncAPIClient)" in client


def test_a_versioned_or_host_file_name_is_generic_too() -> None:
    """File names that carry only "openapi", a version or where the API is served (issue 28)."""
    assert package_name_for("openapi-v2025.0", "Box Platform API") == "box_platform_client"
    assert package_name_for("REST-openapiv3", "PagerDuty API") == "pager_duty_client"
    assert package_name_for("api.intercom.io", "Intercom API") == "intercom_client"
    assert package_name_for("swagger_v2", "Pet Store") == "pet_store_client"
    # a name of the API stays the package's name, versioned or not
    assert package_name_for("CheckoutService-v72", "Adyen Checkout API") == (
        "checkout_service_v72_client"
    )
    assert package_name_for("petstore.v2", "Other") == "petstore_v2_client"
    assert package_name_for("openapi_3.1_enums", "Enums") == "openapi_3_1_enums_client"
    # no title to name it from: the file name after all
    assert package_name_for("openapi-v2025.0", None) == "openapi_v2025_0_client"


def test_distribution_names_are_normalised_as_pep_503_says() -> None:
    from generator.naming import dist_name

    assert dist_name("acme_client") == "acme-client"
    assert dist_name("Acme.V23.0_client") == "acme-v23-0-client"
    assert dist_name("a__b--c..d") == "a-b-c-d"
