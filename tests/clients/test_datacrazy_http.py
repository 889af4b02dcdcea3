"""DataCrazy and AsyncDataCrazy against a loopback server answering with the published doc payloads.

The server lives under ``/v1/api`` (the docs' doubled ``api`` included); ``filter[...]`` id lists go
out as one comma-separated value (style form, explode false: commas literal).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import httpx
import pytest
from datacrazy_client import AsyncDataCrazy, DataCrazy, OutgoingAttachment
from doc_examples import doc_payloads

from .support import NO_BODY, Case, StubServer, call_async, check_exchange, serve

PROVIDER = "datacrazy"
API_KEY = "dc_9b2f4c1e3d7a4e2b8f610c5d2a7e9b14"
CONVERSATION_ID = "6808cd89c9968a7b8a41b9f7"
CONVERSATIONS = "/v1/api/api/v1/conversations"
STAGES = ["6fda2a0d-5e7c-4c51-bf47-2c60f7d34283", "2bc3d979-93a4-4e64-8903-5d9379d3de91"]
TAGS = ["849fefab-e697-4720-9303-e788c23790cc", "9e008d34-86d2-49fd-90af-34a9f9b29896"]

DOC_SEND_BODY = doc_payloads()[("datacrazy.yaml", "createConversationMessage", "request")]
ATTACHMENT = {
    "fileName": "catalogo-2025.pdf",
    "mimeType": "application/pdf",
    "type": "DOCUMENT",
    "url": "https://files.example.com/catalogo-2025.pdf",
    "size": 482133,
}

CASES = [
    Case(
        "listConversations",
        "all-filters",
        lambda c: c.conversations.list(
            skip=0,
            take=50,
            search="Angelica",
            filter_stages=STAGES,
            filter_departments=["6804203784ea2133a1e25bd0"],
            filter_instances=["507f1f77bcf86cd799439011"],
            filter_attendants=["67632a6713d401dff6bf8672"],
            filter_tags=TAGS,
            filter_status="waiting",
            filter_open_window="last24h",
            filter_opened=True,
        ),
        CONVERSATIONS,
        "&".join(
            [
                "skip=0",
                "take=50",
                "search=Angelica",
                "filter[stages]=" + ",".join(STAGES),
                "filter[departments]=6804203784ea2133a1e25bd0",
                "filter[instances]=507f1f77bcf86cd799439011",
                "filter[attendants]=67632a6713d401dff6bf8672",
                "filter[tags]=" + ",".join(TAGS),
                "filter[status]=waiting",
                "filter[openWindow]=last24h",
                "filter[opened]=true",
            ]
        ),
    ),
    Case(
        "listConversations",
        "opened-false-finished",
        lambda c: c.conversations.list(filter_status="finished", filter_opened=False),
        CONVERSATIONS,
        "filter[status]=finished&filter[opened]=false",
    ),
    Case("listConversations", "first-page", lambda c: c.conversations.list(), CONVERSATIONS),
    Case(
        "listConversationMessages",
        "second-page",
        lambda c: c.conversations.messages.list(CONVERSATION_ID, skip=50, take=50),
        f"{CONVERSATIONS}/{CONVERSATION_ID}/messages",
        "skip=50&take=50",
    ),
    Case(
        "createConversationMessage",
        "doc-request-body",
        lambda c: c.conversations.messages.create(
            CONVERSATION_ID,
            body=DOC_SEND_BODY["body"],
            replied_message_id=DOC_SEND_BODY["repliedMessageId"],
            scheduled_date=DOC_SEND_BODY["scheduledDate"],
            is_internal=DOC_SEND_BODY["isInternal"],
        ),
        f"{CONVERSATIONS}/{CONVERSATION_ID}/messages",
        body=DOC_SEND_BODY,
    ),
    Case(
        "createConversationMessage",
        "reply-keywords",
        lambda c: c.conversations.messages.create(
            CONVERSATION_ID,
            body="Como posso ajudar?",
            replied_message_id="48592f2a95hn298e5c872b1",
            is_internal=False,
        ),
        f"{CONVERSATIONS}/{CONVERSATION_ID}/messages",
        body={
            "body": "Como posso ajudar?",
            "repliedMessageId": "48592f2a95hn298e5c872b1",
            "isInternal": False,
        },
    ),
    Case(
        "createConversationMessage",
        "attachments-with-caption",
        lambda c: c.conversations.messages.create(
            CONVERSATION_ID, body="Segue o catálogo", attachments=[ATTACHMENT]
        ),
        f"{CONVERSATIONS}/{CONVERSATION_ID}/messages",
        body={"body": "Segue o catálogo", "attachments": [ATTACHMENT]},
    ),
    Case(
        "createConversationMessage",
        "attachments-only-model",
        lambda c: c.conversations.messages.create(
            CONVERSATION_ID,
            attachments=[OutgoingAttachment.model_validate(ATTACHMENT)],
        ),
        f"{CONVERSATIONS}/{CONVERSATION_ID}/messages",
        body={"attachments": [ATTACHMENT]},
    ),
    Case(
        "finishConversation",
        "no-body",
        lambda c: c.conversations.finish(CONVERSATION_ID),
        f"{CONVERSATIONS}/{CONVERSATION_ID}/finish",
    ),
]


# The CRM (issue 22): every other operation, with the exact query (deep-object filters go out as
# `filter[field]=value`, members in the schema's order) and the exact body bytes.

LEAD = "c1152508-fdfd-4905-a3f4-f3850cc00bf0"
NOTE = "0c5d2b0e-8f7a-4e51-9a3c-6b1d2e4f7a90"
FILE = "4f1e2d3c-5b6a-4798-8a1b-2c3d4e5f6a7b"
DEAL = "e9a09677-cf00-4d84-aa12-6d78d6786555"
DEAL_2 = "0f6c7a1e-2b3d-4c5e-9f8a-7b6c5d4e3f21"
PIPELINE = "9c315181-85f2-4772-bd46-8b261599e382"
STAGE = "e6803a51-4bd6-416b-b516-3622ff256732"
LOSS_REASON = "59e77f5f-7581-4f20-a05b-97cd33485019"
TAG = "cb3e8d24-ccad-43d1-acd5-08580d9bc674"
ATTENDANT = "6807e48c25ece34f9f1ba7dd"
INSTANCE = "507f1f77bcf86cd799439011"
API = "/v1/api/api/v1"
LIST_ID = "5343afav-e697-4720-9303-e788c23711dd"
PRODUCT = "a1b2c3d4-0000-4a5b-9c8d-7e6f5a4b3c2d"

DOC_LEAD_BODY = doc_payloads()[("datacrazy.yaml", "createLead", "request")]
DOC_DEAL_BODY = doc_payloads()[("datacrazy.yaml", "createBusiness", "request")]
DOC_TAG_BODY = doc_payloads()[("datacrazy.yaml", "createTag", "request")]


def wire(body: dict[str, Any]) -> bytes:
    """A JSON body as the client writes it: compact, UTF-8, keys in the given (the schema's) order."""
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()


def sent(
    operation_id: str, variant: str, call: Any, path: str, query: str = "", body: Any = NO_BODY
) -> Case:
    raw = wire(body) if isinstance(body, dict) else None
    return Case(operation_id, variant, call, API + path, query, body, raw_body=raw)


def lead_kwargs(body: dict[str, Any]) -> dict[str, Any]:
    names = {"taxId": "tax_id", "sourceReferral": "source_referral"}
    return {names.get(key, key): value for key, value in body.items()}


CRM_CASES = [
    # leads
    sent(
        "listLeads",
        "search-and-filters",
        lambda c: c.leads.list(
            skip=0,
            take=500,
            search="example.com",
            search_type="email",
            filter={
                "tags": f"in {TAGS[0]},{TAGS[1]}",
                "stages": STAGES[0],
                "hasMessages": True,
                "createdAtGreaterOrEqual": "2025-01-01T00:00:00Z",
                "minBusinessesCount": 1,
            },
        ),
        "/leads",
        "&".join(
            [
                "skip=0",
                "take=500",
                "search=example.com",
                "searchType=email",
                f"filter[tags]=in%20{TAGS[0]}%2C{TAGS[1]}",
                f"filter[stages]={STAGES[0]}",
                "filter[hasMessages]=true",
                "filter[createdAtGreaterOrEqual]=2025-01-01T00%3A00%3A00Z",
                "filter[minBusinessesCount]=1",
            ]
        ),
    ),
    sent(
        "listLeads",
        "not-has-messages-datetime",
        lambda c: c.leads.list(
            filter={
                "notHasMessages": False,
                "createdAtLessOrEqual": dt.datetime(2025, 6, 30, 23, 59, 59, tzinfo=dt.UTC),
            }
        ),
        "/leads",
        "filter[notHasMessages]=false&filter[createdAtLessOrEqual]=2025-06-30T23%3A59%3A59Z",
    ),
    sent("listLeads", "first-page", lambda c: c.leads.list(), "/leads"),
    sent(
        "createLead",
        "doc-request-body",
        lambda c: c.leads.create(**lead_kwargs(DOC_LEAD_BODY)),
        "/leads",
        body=DOC_LEAD_BODY,
    ),
    sent(
        "createLead",
        "one-tag-id-per-object",
        lambda c: c.leads.create(
            name="Ana Souza", tags=[{"id": TAGS[0]}], attendant={"id": ATTENDANT}
        ),
        "/leads",
        body={"name": "Ana Souza", "tags": [{"id": TAGS[0]}], "attendant": {"id": ATTENDANT}},
    ),
    sent(
        "createLeadWithAdditionalFields",
        "free-form-fields",
        lambda c: c.leads.create_with_additional_fields(
            name="Ana Souza", additional_fields={"origem_campanha": "black-friday"}
        ),
        "/leads/additional-fields",
        body={"name": "Ana Souza", "additionalFields": {"origem_campanha": "black-friday"}},
    ),
    sent("retrieveLead", "by-id", lambda c: c.leads.retrieve(LEAD), f"/leads/{LEAD}"),
    sent(
        "updateLead",
        "doc-request-body",
        lambda c: c.leads.update(LEAD, **lead_kwargs(DOC_LEAD_BODY)),
        f"/leads/{LEAD}",
        body=DOC_LEAD_BODY,
    ),
    sent("deleteLead", "no-content", lambda c: c.leads.delete(LEAD), f"/leads/{LEAD}"),
    sent(
        "listLeadHistory",
        "page-and-filter",
        lambda c: c.leads.history.list(LEAD, skip=100, take=100, filter={"type": "NOTE"}),
        f"/leads/{LEAD}/history",
        "skip=100&take=100&filter[type]=NOTE",
    ),
    sent(
        "listLeadActivities",
        "first-page",
        lambda c: c.leads.activities.list(LEAD, take=20),
        f"/leads/{LEAD}/activities",
        "take=20",
    ),
    sent(
        "listLeadBusinesses",
        "first-page",
        lambda c: c.leads.businesses.list(LEAD),
        f"/leads/{LEAD}/businesses",
    ),
    sent("listLeadNotes", "first-page", lambda c: c.leads.notes.list(LEAD), f"/leads/{LEAD}/notes"),
    sent(
        "createLeadNote",
        "text",
        lambda c: c.leads.notes.create(LEAD, note="Cliente pediu retorno na segunda-feira"),
        f"/leads/{LEAD}/notes",
        body={"note": "Cliente pediu retorno na segunda-feira"},
    ),
    sent(
        "updateLeadNote",
        "text",
        lambda c: c.leads.notes.update(LEAD, NOTE, note="Retorno feito; aguardando proposta"),
        f"/leads/{LEAD}/notes/{NOTE}",
        body={"note": "Retorno feito; aguardando proposta"},
    ),
    sent(
        "deleteLeadNote",
        "no-content",
        lambda c: c.leads.notes.delete(LEAD, NOTE),
        f"/leads/{LEAD}/notes/{NOTE}",
    ),
    sent(
        "listLeadAttachments",
        "second-page",
        lambda c: c.leads.attachments.list(LEAD, skip=50, take=50),
        f"/leads/{LEAD}/attachments",
        "skip=50&take=50",
    ),
    sent(
        "createLeadAttachment",
        "by-url",
        lambda c: c.leads.attachments.create(
            LEAD,
            attachment_url="https://files.example.com/proposta.pdf",
            file_name="proposta.pdf",
            file_size=48213,
            description="Proposta comercial",
        ),
        f"/leads/{LEAD}/attachments",
        body={
            "attachmentUrl": "https://files.example.com/proposta.pdf",
            "fileName": "proposta.pdf",
            "fileSize": 48213,
            "description": "Proposta comercial",
        },
    ),
    sent(
        "deleteLeadAttachment",
        "no-content",
        lambda c: c.leads.attachments.delete(LEAD, FILE),
        f"/leads/{LEAD}/attachments/{FILE}",
    ),
    # businesses (deals)
    sent(
        "listBusinesses",
        "filters",
        lambda c: c.businesses.list(
            take=500,
            search="Apple",
            filter={
                "stages": STAGE,
                "status": "in_process",
                "minValue": 1000,
                "maxValue": 99999.5,
                "lastMovedAfter": "2025-06-01T00:00:00Z",
            },
        ),
        "/businesses",
        "&".join(
            [
                "take=500",
                "search=Apple",
                f"filter[stages]={STAGE}",
                "filter[status]=in_process",
                "filter[minValue]=1000.0",  # a `number` member: the int is sent as a float
                "filter[maxValue]=99999.5",
                "filter[lastMovedAfter]=2025-06-01T00%3A00%3A00Z",
            ]
        ),
    ),
    sent("listBusinesses", "first-page", lambda c: c.businesses.list(), "/businesses"),
    sent(
        "createBusiness",
        "doc-request-body",
        lambda c: c.businesses.create(
            lead_id=DOC_DEAL_BODY["leadId"],
            stage_id=DOC_DEAL_BODY["stageId"],
            attendant_id=DOC_DEAL_BODY["attendantId"],
            external_id=DOC_DEAL_BODY["externalId"],
        ),
        "/businesses",
        body=DOC_DEAL_BODY,
    ),
    sent("retrieveBusiness", "by-id", lambda c: c.businesses.retrieve(DEAL), f"/businesses/{DEAL}"),
    sent(
        "updateBusiness",
        "move-by-stage",
        lambda c: c.businesses.update(DEAL, stage_id=STAGE),
        f"/businesses/{DEAL}",
        body={"stageId": STAGE},
    ),
    sent(
        "deleteBusiness", "no-content", lambda c: c.businesses.delete(DEAL), f"/businesses/{DEAL}"
    ),
    sent(
        "moveBusinesses",
        "with-pipeline",
        lambda c: c.businesses.move(
            ids=[DEAL, DEAL_2], destination_pipeline_id=PIPELINE, destination_stage_id=STAGE
        ),
        "/businesses/actions/move",
        body={
            "ids": [DEAL, DEAL_2],
            "destinationPipelineId": PIPELINE,
            "destinationStageId": STAGE,
        },
    ),
    sent(
        "moveBusinesses",
        "stage-only",
        lambda c: c.businesses.move(ids=[DEAL], destination_stage_id=STAGE),
        "/businesses/actions/move",
        body={"ids": [DEAL], "destinationStageId": STAGE},
    ),
    sent(
        "winBusinesses",
        "two-deals",
        lambda c: c.businesses.win(ids=[DEAL, DEAL_2]),
        "/businesses/actions/win",
        body={"ids": [DEAL, DEAL_2]},
    ),
    sent(
        "loseBusinesses",
        "with-justification",
        lambda c: c.businesses.lose(
            ids=[DEAL], loss_reason_id=LOSS_REASON, justification="Escolheu um concorrente"
        ),
        "/businesses/actions/lose",
        body={
            "ids": [DEAL],
            "lossReasonId": LOSS_REASON,
            "justification": "Escolheu um concorrente",
        },
    ),
    sent(
        "restoreBusinesses",
        "one-deal",
        lambda c: c.businesses.restore(ids=[DEAL]),
        "/businesses/actions/restore",
        body={"ids": [DEAL]},
    ),
    # pipelines
    sent(
        "listPipelines",
        "search",
        lambda c: c.pipelines.list(search="Vendas"),
        "/pipelines",
        "search=Vendas",
    ),
    sent(
        "retrievePipeline",
        "by-id",
        lambda c: c.pipelines.retrieve(PIPELINE),
        f"/pipelines/{PIPELINE}",
    ),
    sent(
        "listPipelineStages",
        "first-page",
        lambda c: c.pipelines.stages.list(PIPELINE, take=100),
        f"/pipelines/{PIPELINE}/stages",
        "take=100",
    ),
    # tags
    sent(
        "listTags",
        "search",
        lambda c: c.tags.list(search="IA", take=10),
        "/tags",
        "take=10&search=IA",
    ),
    sent(
        "createTag",
        "doc-request-body",
        lambda c: c.tags.create(
            name=DOC_TAG_BODY["name"],
            color=DOC_TAG_BODY["color"],
            description=DOC_TAG_BODY["description"],
            use_random_color=DOC_TAG_BODY["useRandomColor"],
        ),
        "/tags",
        body=DOC_TAG_BODY,
    ),
    sent("retrieveTag", "by-id", lambda c: c.tags.retrieve(TAG), f"/tags/{TAG}"),
    sent(
        "updateTag",
        "name-and-colour",
        lambda c: c.tags.update(TAG, name="marketing orgânico", color="#A78BFA"),
        f"/tags/{TAG}",
        body={"name": "marketing orgânico", "color": "#A78BFA"},
    ),
    sent("deleteTag", "no-content", lambda c: c.tags.delete(TAG), f"/tags/{TAG}"),
    # lists
    sent("listLists", "first-page", lambda c: c.lists.list(), "/lists"),
    sent(
        "createCrmList",
        "name-and-description",
        lambda c: c.lists.create(name="ativos", description="lista de compradores recorrentes"),
        "/lists",
        body={"name": "ativos", "description": "lista de compradores recorrentes"},
    ),
    sent("retrieveCrmList", "by-id", lambda c: c.lists.retrieve(LIST_ID), f"/lists/{LIST_ID}"),
    sent(
        "updateCrmList",
        "rename",
        lambda c: c.lists.update(LIST_ID, name="inativos"),
        f"/lists/{LIST_ID}",
        body={"name": "inativos"},
    ),
    sent("deleteCrmList", "no-content", lambda c: c.lists.delete(LIST_ID), f"/lists/{LIST_ID}"),
    # products
    sent(
        "listProducts",
        "search",
        lambda c: c.products.list(search="Plano"),
        "/products",
        "search=Plano",
    ),
    sent(
        "createProduct",
        "with-sku",
        lambda c: c.products.create(id_sku="SKU-1042", name="Plano anual", price=1990.0),
        "/products",
        body={"id_sku": "SKU-1042", "name": "Plano anual", "price": 1990.0},
    ),
    sent(
        "retrieveProduct", "by-id", lambda c: c.products.retrieve(PRODUCT), f"/products/{PRODUCT}"
    ),
    sent(
        "updateProduct",
        "price",
        lambda c: c.products.update(PRODUCT, price=2190.5),
        f"/products/{PRODUCT}",
        body={"price": 2190.5},
    ),
    sent(
        "deleteProduct", "no-content", lambda c: c.products.delete(PRODUCT), f"/products/{PRODUCT}"
    ),
    # loss reasons
    sent(
        "listLossReasons", "first-page", lambda c: c.loss_reasons.list(), "/business-loss-reasons"
    ),
    sent(
        "createLossReason",
        "requires-justification",
        lambda c: c.loss_reasons.create(name="Preço alto", required_justification=True),
        "/business-loss-reasons",
        body={"name": "Preço alto", "requiredJustification": True},
    ),
    sent(
        "retrieveLossReason",
        "by-id",
        lambda c: c.loss_reasons.retrieve(LOSS_REASON),
        f"/business-loss-reasons/{LOSS_REASON}",
    ),
    sent(
        "updateLossReason",
        "no-justification",
        lambda c: c.loss_reasons.update(LOSS_REASON, required_justification=False),
        f"/business-loss-reasons/{LOSS_REASON}",
        body={"requiredJustification": False},
    ),
    sent(
        "deleteLossReason",
        "no-content",
        lambda c: c.loss_reasons.delete(LOSS_REASON),
        f"/business-loss-reasons/{LOSS_REASON}",
    ),
    # activities
    sent(
        "listActivities",
        "filters",
        lambda c: c.activities.list(
            take=50,
            filter={
                "attendantId": ATTENDANT,
                "startDate": "2025-10-01T00:00:00Z",
                "isCompleted": False,
            },
        ),
        "/activities",
        f"take=50&filter[attendantId]={ATTENDANT}"
        "&filter[startDate]=2025-10-01T00%3A00%3A00Z&filter[isCompleted]=false",
    ),
    sent(
        "createActivity",
        "meeting-on-a-lead",
        lambda c: c.activities.create(
            title="Reunião online",
            start_date="2025-10-09T03:00:00Z",
            required=False,
            lead={"id": LEAD},
            activity_type={"id": DEAL},
        ),
        "/activities",
        body={
            "title": "Reunião online",
            "startDate": "2025-10-09T03:00:00Z",
            "required": False,
            "lead": {"id": LEAD},
            "activityType": {"id": DEAL},
        },
    ),
    sent("retrieveActivity", "by-id", lambda c: c.activities.retrieve(DEAL), f"/activities/{DEAL}"),
    sent(
        "updateActivity",
        "reschedule",
        lambda c: c.activities.update(DEAL, start_date=dt.datetime(2025, 10, 10, 3, tzinfo=dt.UTC)),
        f"/activities/{DEAL}",
        body={"startDate": "2025-10-10T03:00:00Z"},
    ),
    sent(
        "deleteActivity", "no-content", lambda c: c.activities.delete(DEAL), f"/activities/{DEAL}"
    ),
    # attendants, instances
    sent(
        "listAttendantsCrm",
        "search",
        lambda c: c.attendants.list_crm(search="Joao"),
        "/attendants/crm",
        "search=Joao",
    ),
    sent(
        "retrieveAttendantCrm",
        "by-id",
        lambda c: c.attendants.retrieve_crm(ATTENDANT),
        f"/attendants/crm/{ATTENDANT}",
    ),
    sent(
        "listAttendantsMulti",
        "first-page",
        lambda c: c.attendants.list_multi(),
        "/attendants/multi",
    ),
    sent(
        "retrieveAttendantMulti",
        "by-id",
        lambda c: c.attendants.retrieve_multi(ATTENDANT),
        f"/attendants/multi/{ATTENDANT}",
    ),
    sent(
        "listInstances", "first-page", lambda c: c.instances.list(take=10), "/instances", "take=10"
    ),
    sent(
        "retrieveInstance",
        "by-id",
        lambda c: c.instances.retrieve(INSTANCE),
        f"/instances/{INSTANCE}",
    ),
]
CASES += CRM_CASES


def make_client(stub: StubServer, http_client: httpx.Client | None = None) -> DataCrazy:
    return DataCrazy(
        api_key=API_KEY,
        base_url=stub.base_url(PROVIDER),
        max_retries=0,
        timeout=5,
        http_client=http_client,
    )


def make_async_client(
    stub: StubServer, http_client: httpx.AsyncClient | None = None
) -> AsyncDataCrazy:
    return AsyncDataCrazy(
        api_key=API_KEY,
        base_url=stub.base_url(PROVIDER),
        max_retries=0,
        timeout=5,
        http_client=http_client,
    )


def case_named(case_id: str) -> Case:
    return next(case for case in CASES if case.id == case_id)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_sync_client_sends_exact_request_and_parses_payload_losslessly(
    stub: StubServer, sync_http: httpx.Client, case: Case
) -> None:
    serve(stub, PROVIDER, case)
    with make_client(stub, sync_http) as client:
        result = case.call(client)
    check_exchange(case, stub, result, api_key=API_KEY)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
async def test_async_client_sends_exact_request_and_parses_payload_losslessly(
    stub: StubServer, async_http: httpx.AsyncClient, case: Case
) -> None:
    serve(stub, PROVIDER, case)
    async with make_async_client(stub, async_http) as client:
        result = await call_async(case, client)
    check_exchange(case, stub, result, api_key=API_KEY)


def test_sync_client_with_its_own_transport_round_trips(stub: StubServer) -> None:
    case = case_named("listConversations-all-filters")
    serve(stub, PROVIDER, case)
    with make_client(stub) as client:
        result = case.call(client)
    check_exchange(case, stub, result, api_key=API_KEY)


async def test_async_client_with_its_own_transport_round_trips(stub: StubServer) -> None:
    case = case_named("listConversations-all-filters")
    serve(stub, PROVIDER, case)
    async with make_async_client(stub) as client:
        result = await call_async(case, client)
    check_exchange(case, stub, result, api_key=API_KEY)


# finish's success body is undocumented ("clients should not rely on it"): a 204 No Content, which
# by HTTP has no body at all, must count as success rather than as a body that fails to parse.


def test_sync_finish_accepts_204_no_content(stub: StubServer, sync_http: httpx.Client) -> None:
    stub.mount(PROVIDER)
    stub.respond_raw("finishConversation", 204, b"", None)
    with make_client(stub, sync_http) as client:
        assert client.conversations.finish(CONVERSATION_ID) is None
    assert stub.single_request().path == f"{CONVERSATIONS}/{CONVERSATION_ID}/finish"


async def test_async_finish_accepts_204_no_content(
    stub: StubServer, async_http: httpx.AsyncClient
) -> None:
    stub.mount(PROVIDER)
    stub.respond_raw("finishConversation", 204, b"", None)
    async with make_async_client(stub, async_http) as client:
        assert await client.conversations.finish(CONVERSATION_ID) is None
    assert stub.single_request().path == f"{CONVERSATIONS}/{CONVERSATION_ID}/finish"
