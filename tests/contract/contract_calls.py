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
WACRM_TAG = "2f8e6c4a-0b1d-4e9f-a3c7-5d2b8e1f6a04"
WACRM_BROADCAST = "b5c2e8a1-4d7f-4a3b-9e6c-0f1d2a3b4c5d"
WACRM_WEBHOOK = "e7a1c3d5-2b4f-4d6e-8a0c-1e3f5a7b9c2d"
CBX_CONVERSATION = "1842"
CBX_CONTACT = "id:5310"
CBX_CURSOR = "eyJsYXN0QWN0aXZpdHlBdCI6IjIwMjUtMDMtMDRUMTA6MDI6MTFaIiwiaWQiOiIxODQyIn0"
DC_CONVERSATION = "6808cd89c9968a7b8a41b9f7"
DC_LEAD = "c1152508-fdfd-4905-a3f4-f3850cc00bf0"
DC_NOTE = "0c5d2b0e-8f7a-4e51-9a3c-6b1d2e4f7a90"
DC_DEAL = "e9a09677-cf00-4d84-aa12-6d78d6786555"
DC_PIPELINE = "9c315181-85f2-4772-bd46-8b261599e382"
DC_STAGE = "e6803a51-4bd6-416b-b516-3622ff256732"
DC_LOSS_REASON = "59e77f5f-7581-4f20-a05b-97cd33485019"
DC_TAG = "cb3e8d24-ccad-43d1-acd5-08580d9bc674"
DC_ATTENDANT = "6807e48c25ece34f9f1ba7dd"
DC_INSTANCE = "507f1f77bcf86cd799439011"


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
                pkg.models.ContactFilterSetCondition(field="country", operator="in", value=["VN"]),
                pkg.models.ContactFilterBooleanCondition(
                    field="blocked", operator="eq", value="false"
                ),
                pkg.models.ContactFilterTextCondition(field="email", operator="isNotEmpty"),
                pkg.models.ContactFilterDateCondition(
                    field="lastSeen",
                    operator="isBetween",
                    value=["2026-07-01T00:00:00Z", "2026-07-08T00:00:00Z"],
                ),
            ],
        ),
        "sort": [pkg.models.SortItem(id="lastActivityAt", desc=True)],
    }


def _wacrm_interactive_buttons(pkg: Any) -> dict[str, Any]:
    return {
        "interactive_payload": pkg.models.InteractiveButtonsPayload(
            kind="buttons",
            body="Your order is out for delivery.",
            buttons=[pkg.models.InteractiveButton(id="track_order", title="Track my order")],
        )
    }


def _cbx_webhook_conditions(pkg: Any) -> dict[str, Any]:
    return {"conditions": [pkg.models.WebhookCondition(type="newContact")]}


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
        "messages.create",
        "digits-without-plus",
        kwargs={"to": "14155550123", "text": "Your order has shipped."},
    ),
    Call(
        "wacrm",
        "messages.create",
        "formatted-number",
        kwargs={"to": "+1 (415) 555-0102", "type": "text", "text": "Hello"},
    ),
    Call(
        "wacrm",
        "messages.create",
        "interactive-buttons",
        kwargs={"to": "14155550123", "type": "interactive"},
        build=_wacrm_interactive_buttons,
    ),
    Call(
        "wacrm",
        "contacts.list",
        "search-tag-id",
        kwargs={"search": "Maria", "tag": WACRM_TAG, "limit": 10},
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
        "email-tags",
        args=(WACRM_CONTACT,),
        kwargs={"email": "sam.lee@example.com", "tags": ["vip"]},
    ),
    Call(
        "wacrm",
        "broadcasts.create",
        "template",
        kwargs={
            "template_name": "order_update",
            "template_language": "en_US",
            "name": "July delivery notice",
            "recipients": [{"to": "+14155550123", "params": ["A-1042"]}, {"to": "14155550199"}],
        },
    ),
    Call(
        "wacrm",
        "broadcasts.create",
        "minimal",
        kwargs={"template_name": "order_update", "recipients": [{"to": "+5511987654321"}]},
    ),
    Call("wacrm", "broadcasts.retrieve", "by-id", args=(WACRM_BROADCAST,)),
    Call("wacrm", "webhooks.list", "all"),
    Call(
        "wacrm",
        "webhooks.create",
        "two-events",
        kwargs={
            "url": "https://hooks.example.com/wacrm",
            "events": ["message.received", "conversation.created"],
        },
    ),
    Call("wacrm", "webhooks.retrieve", "by-id", args=(WACRM_WEBHOOK,)),
    Call(
        "wacrm",
        "webhooks.update",
        "reenable",
        args=(WACRM_WEBHOOK,),
        kwargs={"is_active": True},
    ),
    Call(
        "wacrm",
        "webhooks.update",
        "url-events",
        args=(WACRM_WEBHOOK,),
        kwargs={"url": "https://hooks.example.com/v2", "events": ["message.status_updated"]},
    ),
    Call("wacrm", "webhooks.delete", "by-id", args=(WACRM_WEBHOOK,)),
    # ---------------------------------------------------------------- chatbotx
    Call(
        "chatbotx",
        "conversations.list",
        "every-filter",
        kwargs={
            "bot_category": "human",
            "assigned_id": "u_19",
            "channel": "whatsapp",
            "status": ["unread", "followUp"],
            "keyword": "refund",
            "bot_enabled": "false",
            "tags": ["archived"],
            "contact_filter": {
                "operator": "and",
                "conditions": [{"field": "country", "operator": "in", "value": ["VN"]}],
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
        kwargs={"text": "Yes, we are open from 9 to 17 on Sunday.", "client_id": "1720087420123"},
    ),
    Call(
        "chatbotx",
        "conversations.messages.create",
        "text-inbox-options",
        args=(CBX_CONVERSATION,),
        kwargs={
            "text": "Thanks, noted.",
            "inbox_id": "12",
            "send_from": "inbox",
            "idempotency_key": "8f14e45f-ceea-4e67-a8a1-2f4d3c9b7e01",
        },
    ),
    Call(
        "chatbotx",
        "conversations.messages.create",
        "flow",
        args=(CBX_CONVERSATION,),
        kwargs={"flow_id": "210", "node_id": "4"},
    ),
    Call(
        "chatbotx",
        "conversations.assign",
        "to-user",
        args=(CBX_CONVERSATION,),
        kwargs={"assigned_id": "u_19"},
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
    Call(
        "chatbotx",
        "conversations.assign",
        "to-team",
        args=(CBX_CONVERSATION,),
        kwargs={"assigned_id": "t_4"},
    ),
    Call(
        "chatbotx",
        "conversations.messages.retrieve",
        "with-created-at",
        args=(CBX_CONVERSATION, "880412"),
        kwargs={"created_at": "2025-03-04T10:02:11Z"},
    ),
    Call(
        "chatbotx",
        "contacts.list",
        "page-filter",
        kwargs={
            "page": 1,
            "per_page": 50,
            "keyword": "Nguyen",
            "contact_filter": {
                "operator": "and",
                "conditions": [{"field": "tags", "operator": "in", "value": ["31"]}],
            },
            "with_count": False,
        },
    ),
    Call("chatbotx", "contacts.list", "defaults"),
    Call(
        "chatbotx",
        "contacts.create",
        "whatsapp",
        kwargs={
            "channel": "whatsapp",
            "inbox_id": "12",
            "phone_number": "+84901234567",
            "email": "",
            "first_name": "An",
            "last_name": "Nguyen",
            "gender": "male",
        },
    ),
    Call(
        "chatbotx",
        "contacts.create",
        "messenger",
        kwargs={
            "channel": "messenger",
            "inbox_id": "14",
            "contact_id": "6543210987654321",
            "email": "an.nguyen@example.com",
            "gender": "unknown",
        },
    ),
    Call("chatbotx", "contacts.retrieve", "by-id", args=(CBX_CONTACT,)),
    Call("chatbotx", "contacts.retrieve", "by-phone", args=("phone:+84901234567",)),
    Call(
        "chatbotx",
        "contacts.update",
        "fields",
        args=(CBX_CONTACT,),
        kwargs={"body": {"firstName": "An", "delivery_city": "Hue"}},
    ),
    Call("chatbotx", "contacts.delete", "by-id", args=(CBX_CONTACT,)),
    Call(
        "chatbotx",
        "contacts.upsert",
        "names-phone",
        args=(CBX_CONTACT,),
        kwargs={"first_name": "An", "last_name": "Nguyen", "phone_number": "+84901234567"},
    ),
    Call("chatbotx", "contacts.upsert", "empty", args=("email:an.nguyen@example.com",)),
    Call("chatbotx", "contacts.block", "plain", args=(CBX_CONTACT,)),
    Call("chatbotx", "contacts.unblock", "plain", args=(CBX_CONTACT,)),
    Call("chatbotx", "contacts.tags.list", "by-id", args=(CBX_CONTACT,)),
    Call(
        "chatbotx",
        "contacts.tags.add",
        "two",
        args=(CBX_CONTACT,),
        kwargs={"tag_ids": ["31", "32"]},
    ),
    Call(
        "chatbotx",
        "contacts.tags.remove",
        "one",
        args=(CBX_CONTACT,),
        kwargs={"tag_ids": ["32"]},
    ),
    Call("chatbotx", "inboxes.list", "all"),
    Call("chatbotx", "members.list", "page", kwargs={"page": 1, "per_page": 10, "keyword": "Minh"}),
    Call("chatbotx", "members.list", "defaults"),
    Call("chatbotx", "members.retrieve", "by-id", args=("402",)),
    Call("chatbotx", "tags.list", "all"),
    Call("chatbotx", "tags.create", "name", kwargs={"name": "VIP"}),
    Call("chatbotx", "tags.retrieve", "by-name", args=("VIP",)),
    Call("chatbotx", "tags.retrieve", "by-id", args=("31",)),
    Call("chatbotx", "tags.update", "rename", args=("31",), kwargs={"name": "VIP customer"}),
    Call("chatbotx", "tags.delete", "by-id", args=("31",)),
    Call("chatbotx", "webhooks.list", "page", kwargs={"page": 1, "per_page": 50}),
    Call(
        "chatbotx",
        "webhooks.create",
        "tag-applied",
        kwargs={
            "name": "n8n: tagApplied",
            "url": "https://n8n.example.com/webhook/3f9c2a1e",
            "conditions": [{"type": "tagApplied", "sourceId": "31"}],
        },
    ),
    Call(
        "chatbotx",
        "webhooks.create",
        "condition-models",
        kwargs={"name": "n8n: newContact", "url": "https://n8n.example.com/webhook/77aa"},
        build=_cbx_webhook_conditions,
    ),
    Call("chatbotx", "webhooks.delete", "by-id", args=("88",)),
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
    # the CRM (issue 22)
    Call(
        "datacrazy",
        "leads.list",
        "filters",
        kwargs={
            "skip": 0,
            "take": 500,
            "search": "example.com",
            "search_type": "email",
            "filter": {
                "tags": "in 849fefab-e697-4720-9303-e788c23790cc",
                "hasMessages": True,
                "createdAtGreaterOrEqual": dt.datetime(2025, 1, 1, tzinfo=dt.UTC),
                "minBusinessesCount": 1,
            },
        },
    ),
    Call("datacrazy", "leads.list", "defaults"),
    Call(
        "datacrazy",
        "leads.create",
        "doc-body",
        kwargs={
            "name": "Guilherme Gavazzoni",
            "phone": "+55 (47) 991331190",
            "email": "guilherme@datacrazy.com.br",
            "address": {"zip": "88338-130", "city": "Balneário Camboriú", "state": "SC"},
            "tags": [{"id": ["849fefab-e697-4720-9303-e788c23790cc"]}],
            "attendant": {"id": DC_ATTENDANT},
        },
    ),
    Call(
        "datacrazy",
        "leads.create_with_additional_fields",
        "fields",
        kwargs={"name": "Ana Souza", "additional_fields": {"origem_campanha": "black-friday"}},
    ),
    Call("datacrazy", "leads.retrieve", "by-id", args=(DC_LEAD,)),
    Call(
        "datacrazy", "leads.update", "phone", args=(DC_LEAD,), kwargs={"phone": "+55 47 99133-1190"}
    ),
    Call("datacrazy", "leads.delete", "by-id", args=(DC_LEAD,)),
    Call(
        "datacrazy",
        "leads.history.list",
        "filter",
        args=(DC_LEAD,),
        kwargs={"take": 100, "filter": {"type": "NOTE"}},
    ),
    Call("datacrazy", "leads.activities.list", "page", args=(DC_LEAD,), kwargs={"take": 20}),
    Call("datacrazy", "leads.businesses.list", "page", args=(DC_LEAD,)),
    Call("datacrazy", "leads.notes.list", "page", args=(DC_LEAD,)),
    Call("datacrazy", "leads.notes.create", "text", args=(DC_LEAD,), kwargs={"note": "Retornar"}),
    Call(
        "datacrazy",
        "leads.notes.update",
        "text",
        args=(DC_LEAD, DC_NOTE),
        kwargs={"note": "Retorno feito"},
    ),
    Call("datacrazy", "leads.notes.delete", "by-id", args=(DC_LEAD, DC_NOTE)),
    Call("datacrazy", "leads.attachments.list", "page", args=(DC_LEAD,), kwargs={"skip": 50}),
    Call(
        "datacrazy",
        "leads.attachments.create",
        "by-url",
        args=(DC_LEAD,),
        kwargs={
            "attachment_url": "https://files.example.com/proposta.pdf",
            "file_name": "proposta.pdf",
            "file_size": 48213,
        },
    ),
    Call("datacrazy", "leads.attachments.delete", "by-id", args=(DC_LEAD, DC_NOTE)),
    Call(
        "datacrazy",
        "businesses.list",
        "filters",
        kwargs={
            "take": 500,
            "filter": {"status": "in_process", "minValue": 1000, "stages": DC_STAGE},
        },
    ),
    Call(
        "datacrazy",
        "businesses.create",
        "doc-body",
        kwargs={"lead_id": DC_LEAD, "stage_id": DC_STAGE, "external_id": "61ab2k4189lhz01"},
    ),
    Call("datacrazy", "businesses.retrieve", "by-id", args=(DC_DEAL,)),
    Call("datacrazy", "businesses.update", "stage", args=(DC_DEAL,), kwargs={"stage_id": DC_STAGE}),
    Call("datacrazy", "businesses.delete", "by-id", args=(DC_DEAL,)),
    Call(
        "datacrazy",
        "businesses.move",
        "to-stage",
        kwargs={
            "ids": [DC_DEAL],
            "destination_pipeline_id": DC_PIPELINE,
            "destination_stage_id": DC_STAGE,
        },
    ),
    Call("datacrazy", "businesses.win", "one", kwargs={"ids": [DC_DEAL]}),
    Call(
        "datacrazy",
        "businesses.lose",
        "reason",
        kwargs={"ids": [DC_DEAL], "loss_reason_id": DC_LOSS_REASON, "justification": "Preço"},
    ),
    Call("datacrazy", "businesses.restore", "one", kwargs={"ids": [DC_DEAL]}),
    Call("datacrazy", "pipelines.list", "search", kwargs={"search": "Vendas"}),
    Call("datacrazy", "pipelines.retrieve", "by-id", args=(DC_PIPELINE,)),
    Call("datacrazy", "pipelines.stages.list", "page", args=(DC_PIPELINE,), kwargs={"take": 100}),
    Call("datacrazy", "tags.list", "page", kwargs={"take": 10}),
    Call(
        "datacrazy",
        "tags.create",
        "doc-body",
        kwargs={"name": "marketing orgânico", "color": "#A78BFA", "use_random_color": True},
    ),
    Call("datacrazy", "tags.retrieve", "by-id", args=(DC_TAG,)),
    Call("datacrazy", "tags.update", "name", args=(DC_TAG,), kwargs={"name": "IA"}),
    Call("datacrazy", "tags.delete", "by-id", args=(DC_TAG,)),
    Call("datacrazy", "lists.list", "defaults"),
    Call("datacrazy", "lists.create", "name", kwargs={"name": "ativos"}),
    Call("datacrazy", "lists.retrieve", "by-id", args=(DC_TAG,)),
    Call(
        "datacrazy", "lists.update", "name", args=(DC_TAG,), kwargs={"description": "recorrentes"}
    ),
    Call("datacrazy", "lists.delete", "by-id", args=(DC_TAG,)),
    Call("datacrazy", "products.list", "search", kwargs={"search": "Plano"}),
    Call(
        "datacrazy",
        "products.create",
        "with-sku",
        kwargs={"id_sku": "SKU-1042", "name": "Plano anual", "price": 1990.0},
    ),
    Call("datacrazy", "products.retrieve", "by-id", args=(DC_TAG,)),
    Call("datacrazy", "products.update", "price", args=(DC_TAG,), kwargs={"price": 2190.5}),
    Call("datacrazy", "products.delete", "by-id", args=(DC_TAG,)),
    Call("datacrazy", "loss_reasons.list", "defaults"),
    Call(
        "datacrazy",
        "loss_reasons.create",
        "justified",
        kwargs={"name": "Preço alto", "required_justification": True},
    ),
    Call("datacrazy", "loss_reasons.retrieve", "by-id", args=(DC_LOSS_REASON,)),
    Call(
        "datacrazy", "loss_reasons.update", "name", args=(DC_LOSS_REASON,), kwargs={"name": "Prazo"}
    ),
    Call("datacrazy", "loss_reasons.delete", "by-id", args=(DC_LOSS_REASON,)),
    Call(
        "datacrazy",
        "activities.list",
        "filters",
        kwargs={"filter": {"attendantId": DC_ATTENDANT, "isCompleted": False}},
    ),
    Call(
        "datacrazy",
        "activities.create",
        "meeting",
        kwargs={
            "title": "Reunião online",
            "start_date": dt.datetime(2025, 10, 9, 3, tzinfo=dt.UTC),
            "lead": {"id": DC_LEAD},
        },
    ),
    Call("datacrazy", "activities.retrieve", "by-id", args=(DC_DEAL,)),
    Call("datacrazy", "activities.update", "done", args=(DC_DEAL,), kwargs={"required": True}),
    Call("datacrazy", "activities.delete", "by-id", args=(DC_DEAL,)),
    Call("datacrazy", "attendants.list_crm", "search", kwargs={"search": "Joao"}),
    Call("datacrazy", "attendants.retrieve_crm", "by-id", args=(DC_ATTENDANT,)),
    Call("datacrazy", "attendants.list_multi", "defaults"),
    Call("datacrazy", "attendants.retrieve_multi", "by-id", args=(DC_ATTENDANT,)),
    Call("datacrazy", "instances.list", "page", kwargs={"take": 10}),
    Call("datacrazy", "instances.retrieve", "by-id", args=(DC_INSTANCE,)),
)


def calls_for(spec: str) -> tuple[Call, ...]:
    return tuple(c for c in CALLS if c.spec == spec)


def first_call(spec: str, method: str) -> Call:
    return next(c for c in CALLS if c.spec == spec and c.method == method)
