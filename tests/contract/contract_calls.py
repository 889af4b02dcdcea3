"""Realistic calls of every client method, several variants where the arguments matter.

Every ``x-client-method`` of every spec must appear here (``test_contract_operations`` checks it);
the first variant of each method is the one the error-status and dynamic-mode tests reuse.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Call:
    spec: str
    method: str
    variant: str
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    # Builds keyword arguments that need the package (model instances) at call time.
    build: Callable[[Any], dict[str, Any]] | None = None

    @property
    def id(self) -> str:
        return f"{self.spec}:{self.method}:{self.variant}"

    def arguments(self, package: Any) -> tuple[tuple[Any, ...], dict[str, Any]]:
        kwargs = dict(self.kwargs)
        if self.build is not None:
            kwargs.update(self.build(package))
        return self.args, kwargs


WACRM_CONVERSATION = "0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18"
WACRM_CONTACT = "6a3d9c1f-2e8b-4f70-b5d4-8c1e0a7f2d96"
WACRM_CURSOR = "MjAyNi0wNy0wMVQxNTo0NDowMC4wMDBafDBiN2U0ZjUyLTFjOWEtNGQzZS04YTYxLTVmMmM3ZDllM2IxOA"
CBX_CONVERSATION = "1842"
CBX_CURSOR = "eyJsYXN0QWN0aXZpdHlBdCI6IjIwMjUtMDMtMDRUMTA6MDI6MTFaIiwiaWQiOiIxODQyIn0"
DC_CONVERSATION = "6808cd89c9968a7b8a41b9f7"


def _wacrm_template(pkg: Any) -> dict[str, Any]:
    return {
        "template": pkg.models.SendMessageTemplate(
            name="order_update", language="en_US", params=["A-1042", "June 3"]
        )
    }


def _cbx_filters(pkg: Any) -> dict[str, Any]:
    return {
        "contact_filter": pkg.models.ContactFilter(
            operator="or",
            conditions=[
                pkg.models.ContactFilterCondition(field="country", operator="equals", value="VN"),
                pkg.models.ContactFilterCondition(field="city", operator="isSet"),
            ],
        ),
        "sort": [pkg.models.SortItem(id="lastActivityAt", desc=True)],
    }


def _cbx_media_file(pkg: Any) -> dict[str, Any]:
    return {
        "media_file": pkg.models.MediaFile(
            path="workspaces/77/uploads/menu.pdf",
            url="https://cdn.example.com/workspaces/77/uploads/menu.pdf",
            mime_type="application/pdf",
            name="menu.pdf",
            size=48213,
        )
    }


def _dc_attachments(pkg: Any) -> dict[str, Any]:
    return {
        "attachments": [
            pkg.models.OutgoingAttachment(
                file_name="foto-produto.jpg",
                mime_type="image/jpeg",
                type="IMAGE",
                url="https://files.example.com/foto-produto.jpg",
                size=7642,
            )
        ]
    }


CALLS: tuple[Call, ...] = (
    # ---------------------------------------------------------------- wacrm
    Call("wacrm", "me.retrieve", "plain"),
    Call(
        "wacrm",
        "conversations.list",
        "filters",
        kwargs={"status": "open", "contact_id": WACRM_CONTACT, "limit": 25},
    ),
    Call("wacrm", "conversations.list", "cursor", kwargs={"limit": 100, "cursor": WACRM_CURSOR}),
    Call("wacrm", "conversations.list", "defaults"),
    Call("wacrm", "conversations.retrieve", "by-id", args=(WACRM_CONVERSATION,)),
    Call(
        "wacrm",
        "conversations.messages.list",
        "first-page",
        args=(WACRM_CONVERSATION,),
        kwargs={"limit": 50},
    ),
    Call(
        "wacrm",
        "conversations.messages.list",
        "cursor",
        args=(WACRM_CONVERSATION,),
        kwargs={"limit": 1, "cursor": WACRM_CURSOR},
    ),
    Call(
        "wacrm",
        "messages.create",
        "text",
        kwargs={"to": "+14155550123", "type": "text", "text": "Your order has shipped."},
    ),
    Call(
        "wacrm",
        "messages.create",
        "template-dict",
        kwargs={
            "to": "+14155550177",
            "type": "template",
            "name": "Alex Kim",
            "template": {
                "name": "order_update",
                "language": "en_US",
                "params": ["A-1042", "June 3"],
            },
        },
    ),
    Call(
        "wacrm",
        "messages.create",
        "template-model",
        kwargs={"to": "+14155550177", "type": "template"},
        build=_wacrm_template,
    ),
    Call(
        "wacrm",
        "messages.create",
        "document-reply",
        kwargs={
            "to": "+14155550123",
            "type": "document",
            "media_url": "https://files.example.com/invoices/A-1042.pdf",
            "filename": "invoice-A-1042.pdf",
            "text": "Your invoice",
            "reply_to_message_id": "8d2c5e7a-4b19-4f63-a0d8-3e6f1b9c2a75",
        },
    ),
    Call(
        "wacrm",
        "contacts.list",
        "search-tag",
        kwargs={"search": "Maria", "tag": "vip", "limit": 10},
    ),
    Call("wacrm", "contacts.list", "defaults"),
    Call(
        "wacrm",
        "contacts.create",
        "full",
        kwargs={
            "phone": "+14155550188",
            "name": "Maria Garcia",
            "email": "maria@example.com",
            "company": "Globex",
            "tags": ["vip", "wholesale"],
        },
    ),
    Call("wacrm", "contacts.create", "phone-only", kwargs={"phone": "+5511987654321"}),
    Call("wacrm", "contacts.retrieve", "by-id", args=(WACRM_CONTACT,)),
    Call(
        "wacrm",
        "contacts.update",
        "rename-clear-company",
        args=(WACRM_CONTACT,),
        kwargs={"name": "Samuel Lee", "company": None},
    ),
    Call(
        "wacrm",
        "contacts.update",
        "phone-email-tags",
        args=(WACRM_CONTACT,),
        kwargs={"phone": "+14155550199", "email": "sam.lee@example.com", "tags": ["vip"]},
    ),
    # ---------------------------------------------------------------- chatbotx
    Call(
        "chatbotx",
        "conversations.list",
        "every-filter",
        kwargs={
            "bot_category": "human",
            "assigned_id": "u_2Vb9kQ",
            "channel": "whatsapp",
            "status": ["unread", "followUp"],
            "keyword": "refund",
            "bot_enabled": "false",
            "tags": ["archived"],
            "contact_filter": {
                "operator": "and",
                "conditions": [{"field": "country", "operator": "equals", "value": "VN"}],
                "timezone": "Asia/Ho_Chi_Minh",
            },
            "cursor": CBX_CURSOR,
            "per_page": 20,
            "sort": [{"id": "lastActivityAt", "desc": True}],
        },
    ),
    Call(
        "chatbotx",
        "conversations.list",
        "model-filters",
        kwargs={"status": ["noAdminReply"], "channel": "api", "bot_enabled": "true"},
        build=_cbx_filters,
    ),
    Call("chatbotx", "conversations.list", "defaults"),
    Call("chatbotx", "conversations.retrieve", "by-id", args=(CBX_CONVERSATION,)),
    Call(
        "chatbotx",
        "conversations.messages.list",
        "page",
        args=(CBX_CONVERSATION,),
        kwargs={"per_page": 50},
    ),
    Call(
        "chatbotx",
        "conversations.messages.list",
        "cursor",
        args=(CBX_CONVERSATION,),
        kwargs={"per_page": 20, "cursor": CBX_CURSOR},
    ),
    Call(
        "chatbotx",
        "conversations.messages.create",
        "text",
        args=(CBX_CONVERSATION,),
        kwargs={"text": "Yes, we are open from 9 to 17 on Sunday.", "client_id": "c-5f0e2a"},
    ),
    Call(
        "chatbotx",
        "conversations.messages.create",
        "text-reply-options",
        args=(CBX_CONVERSATION,),
        kwargs={
            "text": "Thanks, noted.",
            "inbox_id": "12",
            "reply_to_message_id": "880412",
            "reply_to_message_created_at": "2025-03-04T10:02:11Z",
            "is_private_reply": False,
            "idempotency_key": "8f14e45f-ceea-4e67-a8a1-2f4d3c9b7e01",
        },
    ),
    Call(
        "chatbotx",
        "conversations.messages.create",
        "media-file-id",
        args=(CBX_CONVERSATION,),
        kwargs={"media_file_id": "3301", "text": "Our Sunday menu"},
    ),
    Call(
        "chatbotx",
        "conversations.messages.create",
        "media-file-ids",
        args=(CBX_CONVERSATION,),
        kwargs={"media_file_ids": ["3301", "3302"]},
    ),
    Call(
        "chatbotx",
        "conversations.messages.create",
        "media-file",
        args=(CBX_CONVERSATION,),
        kwargs={"text": "Menu attached"},
        build=_cbx_media_file,
    ),
    Call(
        "chatbotx",
        "conversations.messages.create",
        "flow",
        args=(CBX_CONVERSATION,),
        kwargs={"flow_id": "210", "node_id": "node-welcome", "is_private_reply": True},
    ),
    Call(
        "chatbotx",
        "conversations.assign",
        "to-user",
        args=(CBX_CONVERSATION,),
        kwargs={"assigned_id": "u_2Vb9kQ"},
    ),
    Call(
        "chatbotx",
        "conversations.assign",
        "unassign",
        args=(CBX_CONVERSATION,),
        kwargs={"assigned_id": None},
    ),
    Call("chatbotx", "conversations.archive", "plain", args=(CBX_CONVERSATION,)),
    Call(
        "chatbotx",
        "conversations.unarchive",
        "idempotency-key",
        args=(CBX_CONVERSATION,),
        kwargs={"idempotency_key": "2b7d9c4e-0f1a-4c3b-9e8d-7a6f5e4d3c2b"},
    ),
    Call("chatbotx", "conversations.read", "plain", args=(CBX_CONVERSATION,)),
    Call("chatbotx", "conversations.unread", "plain", args=(CBX_CONVERSATION,)),
    Call("chatbotx", "conversations.follow", "plain", args=(CBX_CONVERSATION,)),
    Call("chatbotx", "conversations.unfollow", "plain", args=(CBX_CONVERSATION,)),
    Call("chatbotx", "conversations.enable_bot", "plain", args=(CBX_CONVERSATION,)),
    Call("chatbotx", "conversations.disable_bot", "plain", args=(CBX_CONVERSATION,)),
    # ---------------------------------------------------------------- datacrazy
    Call(
        "datacrazy",
        "conversations.list",
        "every-filter",
        kwargs={
            "skip": 0,
            "take": 50,
            "search": "Angelica",
            "filter_stages": [
                "6fda2a0d-5e7c-4c51-bf47-2c60f7d34283",
                "2bc3d979-93a4-4e64-8903-5d9379d3de91",
            ],
            "filter_departments": ["6804203784ea2133a1e25bd0"],
            "filter_instances": ["507f1f77bcf86cd799439011"],
            "filter_attendants": ["67632a6713d401dff6bf8672"],
            "filter_tags": ["849fefab-e697-4720-9303-e788c23790cc"],
            "filter_status": "waiting",
            "filter_open_window": "last24h",
            "filter_opened": True,
        },
    ),
    Call("datacrazy", "conversations.list", "defaults"),
    Call(
        "datacrazy",
        "conversations.list",
        "finished-not-opened",
        kwargs={"filter_status": "finished", "filter_opened": False, "take": 100, "skip": 200},
    ),
    Call(
        "datacrazy",
        "conversations.messages.list",
        "page",
        args=(DC_CONVERSATION,),
        kwargs={"skip": 0, "take": 50},
    ),
    Call(
        "datacrazy",
        "conversations.messages.create",
        "text",
        args=(DC_CONVERSATION,),
        kwargs={
            "body": "Como posso ajudar?",
            "replied_message_id": "48592f2a95hn298e5c872b1",
            "scheduled_date": "2023-11-07T05:31:56Z",
            "is_internal": True,
        },
    ),
    Call(
        "datacrazy",
        "conversations.messages.create",
        "scheduled-datetime",
        args=(DC_CONVERSATION,),
        kwargs={
            "body": "Lembrete: sua consulta é amanhã.",
            "scheduled_date": dt.datetime(2025, 11, 7, 12, 30, tzinfo=dt.UTC),
        },
    ),
    Call(
        "datacrazy",
        "conversations.messages.create",
        "attachments",
        args=(DC_CONVERSATION,),
        kwargs={
            "body": "Segue o catálogo",
            "attachments": [
                {
                    "fileName": "catalogo-2025.pdf",
                    "mimeType": "application/pdf",
                    "type": "DOCUMENT",
                    "url": "https://files.example.com/catalogo-2025.pdf",
                    "size": 482133,
                }
            ],
        },
    ),
    Call(
        "datacrazy",
        "conversations.messages.create",
        "attachment-models-only",
        args=(DC_CONVERSATION,),
        build=_dc_attachments,
    ),
    Call("datacrazy", "conversations.finish", "plain", args=(DC_CONVERSATION,)),
)


def calls_for(spec: str) -> tuple[Call, ...]:
    return tuple(c for c in CALLS if c.spec == spec)


def first_call(spec: str, method: str) -> Call:
    return next(c for c in CALLS if c.spec == spec and c.method == method)
