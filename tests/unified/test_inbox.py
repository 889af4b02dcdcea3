"""The inbox over three real loopback providers answering in their specs' shapes: the merged listing,
the status table, refs, sends and their retry guarantees, failures naming their provider, and the
checks made before any request."""

from __future__ import annotations

import json

import convapi
import pytest
from convapi import Inbox

from .conftest import sync_clients
from .providers import FakeProvider

Fakes = tuple[FakeProvider, FakeProvider, FakeProvider]


def _list_calls(fake: FakeProvider) -> int:
    return len(
        [r for r in fake.requests if r.method == "GET" and r.path.endswith("/conversations")]
    )


def test_the_merged_list_is_newest_activity_first_across_three_providers_of_several_pages(
    inbox: Inbox, fakes: Fakes
) -> None:
    found = list(inbox.conversations.list())
    assert len(found) == 21
    times = [c.last_activity_at for c in found]
    assert all(t is not None for t in times)
    assert times == sorted(times, reverse=True)  # type: ignore[type-var]
    assert len(set(times)) == 21
    # interleaved: the three providers take turns, as their activity times do
    assert [c.provider for c in found[:6]] == ["wacrm", "chatbotx", "datacrazy"] * 2
    for fake in fakes:  # seven conversations, three a page: every page of each, once
        assert _list_calls(fake) == 3
        assert {c.ref for c in found if c.provider == fake.name} == {
            f"{fake.name}:{row['id']}" for row in fake.conversations
        }


def test_the_merge_is_lazy_and_max_items_bounds_it(inbox: Inbox, fakes: Fakes) -> None:
    listing = inbox.conversations.list(max_items=4)
    assert all(_list_calls(f) == 0 for f in fakes)  # nothing is fetched before the first item
    found = list(listing)
    assert [c.provider for c in found] == ["wacrm", "chatbotx", "datacrazy", "wacrm"]
    assert [_list_calls(f) for f in fakes] == [1, 1, 1]  # the first page of each, no more


def test_the_providers_first_pages_are_asked_for_at_once(fakes: Fakes) -> None:
    """Each provider's first list request is held until all three have theirs: asked in turn,
    the first would wait in vain and be answered 503 (then raised, with no retries). They are
    asked from threads that see the caller's context variables, and are gone once the first
    conversation is given."""
    import contextvars
    import threading

    import httpx2

    hold = threading.Barrier(3, timeout=10)
    for fake in fakes:
        fake.hold = hold
    seen: contextvars.ContextVar[str] = contextvars.ContextVar("seen", default="not carried")
    asked: list[tuple[str, str]] = []

    def hook(request: httpx2.Request) -> None:
        asked.append((seen.get(), threading.current_thread().name))

    http = httpx2.Client(event_hooks={"request": [hook]})
    inbox = Inbox(**sync_clients(fakes, max_retries=0, http_client=http))
    seen.set("carried")
    listing = inbox.conversations.list(max_items=4)
    first = next(listing)
    askers = {thread for _, thread in asked}
    assert len(askers) == 3 and threading.current_thread().name not in askers  # a thread each
    assert not [t for t in threading.enumerate() if t.name in askers]  # all ended
    found = [first, *listing]
    assert len(found) == 4 and not hold.broken
    times = [c.last_activity_at for c in found]
    assert times == sorted(times, reverse=True)  # type: ignore[type-var]
    assert len(asked) == 3 and {carried for carried, _ in asked} == {"carried"}  # first pages only
    http.close()


STATUS_TABLE = {
    # provider: (its own status fields, as the fake serves them) -> unified
    "wacrm": ["open", "open", "pending", "closed", "open", "other", "open"],
    "chatbotx": ["open", "open", "closed", "open", "open", "closed", "open"],
    "datacrazy": ["open", "pending", "open", "closed", "open", "open", "pending"],
}


@pytest.mark.parametrize("provider", sorted(STATUS_TABLE))
def test_the_status_table_per_provider(inbox: Inbox, fakes: Fakes, provider: str) -> None:
    fake = next(f for f in fakes if f.name == provider)
    by_ref = {c.ref: c for c in inbox.conversations.list() if c.provider == provider}
    statuses = [by_ref[f"{provider}:{row['id']}"].status for row in fake.conversations]
    assert statuses == STATUS_TABLE[provider]


def test_a_status_the_common_model_does_not_know_is_other_with_the_raw_value_kept(
    inbox: Inbox,
) -> None:
    snoozed = [c for c in inbox.conversations.list() if c.status == "other"]
    assert [(c.provider, c.status_raw) for c in snoozed] == [("wacrm", "snoozed")]


def test_the_status_filter_runs_on_the_server_where_the_mapping_says(
    inbox: Inbox, fakes: Fakes
) -> None:
    wacrm, chatbotx, datacrazy = fakes
    closed = list(inbox.conversations.list(status="closed"))
    assert sorted(c.provider for c in closed) == ["chatbotx", "chatbotx", "datacrazy", "wacrm"]
    assert all(c.status == "closed" for c in closed)
    assert wacrm.requests[0].query["status"] == ["closed"]
    assert json.loads(chatbotx.requests[0].query["status"][0]) == ["archived"]
    assert datacrazy.requests[0].query["filter[status]"] == ["finished"]


def test_a_status_the_server_cannot_filter_is_filtered_on_the_client(
    inbox: Inbox, fakes: Fakes
) -> None:
    _, chatbotx, _ = fakes
    opened = [c for c in inbox.conversations.list(status="open") if c.provider == "chatbotx"]
    assert "status" not in chatbotx.requests[0].query  # ChatbotX has no "open" filter
    assert [c.id for c in opened] == [
        str(r["id"]) for r in chatbotx.conversations if r["archivedAt"] is None
    ]


def test_fields_needs_reply_and_raw(inbox: Inbox) -> None:
    found = {c.ref: c for c in inbox.conversations.list()}
    wacrm = found["wacrm:0b7e4f52-1c9a-4d3e-8a61-000000000001"]
    assert (wacrm.contact.name, wacrm.contact.phone, wacrm.unread_count, wacrm.needs_reply) == (
        "Wacrm contact 1",
        "14155550001",
        1,
        True,
    )
    assert type(wacrm.raw).__module__ == "wacrm_client.models"
    assert type(wacrm.contact.raw).__name__ == "ConversationContact"  # the provider's own contact
    chatbotx = found["chatbotx:1801"]  # the contact replied after the team: waits for an answer
    assert (chatbotx.contact.name, chatbotx.needs_reply, chatbotx.unread_count) == (
        "Chatbot1 Contact",
        True,
        None,
    )
    assert found["chatbotx:1800"].needs_reply is False
    datacrazy = found["datacrazy:6808cd89c9968a7b8a410001"]
    assert (datacrazy.contact.name, datacrazy.contact.phone, datacrazy.needs_reply) == (
        "DataCrazy contact 1",
        "5547988300001",
        True,
    )
    assert type(datacrazy.raw).__module__ == "datacrazy_client.models"
    assert type(found["chatbotx:1801"].contact.raw).__name__ == "Contact"


@pytest.mark.parametrize("provider", ["wacrm", "chatbotx"])
def test_a_ref_round_trips(inbox: Inbox, provider: str) -> None:
    listed = next(c for c in inbox.conversations.list() if c.provider == provider)
    again = inbox.conversations.retrieve(listed.ref)
    assert again.ref == listed.ref
    assert again.to_dict() == listed.to_dict()
    assert type(again.raw) is type(listed.raw)


def test_retrieve_is_unsupported_on_datacrazy_before_any_request(
    inbox: Inbox, fakes: Fakes
) -> None:
    with pytest.raises(convapi.UnsupportedOperationError) as caught:
        inbox.conversations.retrieve("datacrazy:6808cd89c9968a7b8a410001")
    assert caught.value.provider == "datacrazy"
    assert caught.value.operation == "conversations.retrieve"
    assert fakes[2].requests == []


def test_messages_list_in_each_providers_shape(inbox: Inbox) -> None:
    firsts = {}
    for c in inbox.conversations.list():
        firsts.setdefault(c.provider, c)
    for provider, c in firsts.items():
        messages = list(inbox.messages.list(c))
        assert [m.direction for m in messages] == ["inbound", "outbound"], provider
        assert all(
            m.conversation_ref == c.ref and m.ref.startswith(f"{provider}:") for m in messages
        )
        assert messages[0].text == f"{provider} message 1"
        assert messages[0].raw is not None


def test_each_send_reaches_the_right_endpoint_with_the_right_body(
    inbox: Inbox, fakes: Fakes
) -> None:
    wacrm, chatbotx, datacrazy = fakes
    firsts = {}
    for c in inbox.conversations.list():
        firsts.setdefault(c.provider, c)
    sent = {p: inbox.messages.send(c, text="Thanks, we are on it") for p, c in firsts.items()}

    [w] = wacrm.calls("POST")
    assert w.path == "/api/v1/messages"  # Wacrm sends by phone: the conversation's contact phone
    assert w.body == {"to": "14155550000", "type": "text", "text": "Thanks, we are on it"}
    [c] = chatbotx.calls("POST")
    assert c.path == "/api/v1/conversations/1800/messages"
    assert c.body == {"text": "Thanks, we are on it"}
    assert c.headers.get("Idempotency-Key")
    [d] = datacrazy.calls("POST")
    assert d.path == "/v1/api/api/v1/conversations/6808cd89c9968a7b8a410000/messages"
    assert d.body == {"body": "Thanks, we are on it"}

    assert sent["wacrm"] is not None and sent["wacrm"].id == "f3a9c2d1-6e4b-4c8f-9a17-2b5d0e8c7f43"
    assert sent["wacrm"].conversation_ref == firsts["wacrm"].ref
    assert sent["chatbotx"] is not None and sent["chatbotx"].text == "Thanks, we are on it"
    assert sent["datacrazy"] is not None and sent["datacrazy"].direction == "outbound"


def test_a_send_by_ref_on_a_phone_provider_reads_the_phone_first(
    inbox: Inbox, fakes: Fakes
) -> None:
    wacrm = fakes[0]
    inbox.messages.send("wacrm:0b7e4f52-1c9a-4d3e-8a61-000000000002", text="hello")
    assert [(r.method, r.path) for r in wacrm.requests] == [
        ("GET", "/api/v1/conversations/0b7e4f52-1c9a-4d3e-8a61-000000000002"),
        ("POST", "/api/v1/messages"),
    ]
    assert wacrm.requests[1].body["to"] == "14155550002"


@pytest.mark.parametrize("index", [0, 2], ids=["wacrm", "datacrazy"])
def test_a_500_on_a_send_without_deduplication_is_not_sent_again(fakes: Fakes, index: int) -> None:
    inbox = Inbox(**sync_clients(fakes))
    target = next(c for c in inbox.conversations.list() if c.provider == fakes[index].name)
    fakes[index].fail_next(500, count=3)
    with pytest.raises(convapi.InternalServerError) as caught:
        inbox.messages.send(target, text="once only")
    assert caught.value.provider == fakes[index].name
    assert caught.value.status_code == 500
    assert type(caught.value.__cause__).__name__ == "InternalServerError"
    assert type(caught.value.__cause__).__module__.startswith(f"{fakes[index].name}_client")
    assert len(fakes[index].calls("POST")) == 1


def test_a_500_on_a_chatbotx_send_is_retried_with_the_same_idempotency_key(fakes: Fakes) -> None:
    inbox = Inbox(**sync_clients(fakes))
    target = next(c for c in inbox.conversations.list() if c.provider == "chatbotx")
    fakes[1].fail_next(500)
    sent = inbox.messages.send(target, text="deduplicated")
    posts = fakes[1].calls("POST")
    assert len(posts) == 2
    assert posts[0].headers["Idempotency-Key"] == posts[1].headers["Idempotency-Key"]
    assert sent is not None and sent.text == "deduplicated"


def test_a_provider_down_raises_an_error_naming_it(fakes: Fakes) -> None:
    inbox = Inbox(**sync_clients(fakes, max_retries=0))
    fakes[1].fail_next(503, count=5)
    with pytest.raises(convapi.APIError) as caught:
        list(inbox.conversations.list())
    assert caught.value.provider == "chatbotx"
    assert "chatbotx" in str(caught.value)
    assert caught.value.__cause__ is not None


def test_skip_mode_returns_the_others_and_says_what_was_skipped(fakes: Fakes) -> None:
    inbox = Inbox(**sync_clients(fakes, max_retries=0))
    fakes[1].stop()  # ChatbotX is unreachable
    listing = inbox.conversations.list(on_error="skip")
    found = list(listing)
    assert sorted({c.provider for c in found}) == ["datacrazy", "wacrm"]
    assert len(found) == 14
    [skipped] = listing.skipped
    assert skipped.provider == "chatbotx"
    assert isinstance(skipped.error, convapi.APIConnectionError)
    assert skipped.error.__cause__ is not None


def test_a_failure_on_a_later_page_keeps_what_came_before_in_skip_mode(fakes: Fakes) -> None:
    inbox = Inbox(**sync_clients(fakes, max_retries=0))
    listing = inbox.conversations.list(on_error="skip")
    first = [next(listing) for _ in range(3)]  # one of each: the first pages are read
    fakes[2].fail_next(500, count=5)  # DataCrazy's second page will fail
    rest = list(listing)
    assert [c.provider for c in first] == ["wacrm", "chatbotx", "datacrazy"]
    assert len([c for c in first + rest if c.provider == "datacrazy"]) == 3
    assert [s.provider for s in listing.skipped] == ["datacrazy"]


def test_bad_arguments_and_unsupported_operations_are_refused_before_any_request(
    inbox: Inbox, fakes: Fakes
) -> None:
    with pytest.raises(convapi.InvalidArgumentError):
        inbox.conversations.list(status="archived")  # type: ignore[arg-type]
    with pytest.raises(convapi.InvalidArgumentError):
        inbox.conversations.list(on_error="ignore")  # type: ignore[arg-type]
    with pytest.raises(convapi.InvalidArgumentError):
        inbox.conversations.retrieve("no-provider-here")
    with pytest.raises(convapi.InvalidArgumentError):
        inbox.conversations.retrieve("zendesk:1")
    with pytest.raises(convapi.InvalidArgumentError):
        inbox.messages.send("chatbotx:1800", text="  ")
    with pytest.raises(ValueError):  # InvalidArgumentError is a ValueError
        inbox.messages.list("chatbotx:1800", max_items=-1)
    assert all(f.requests == [] for f in fakes)


def test_capabilities_say_what_each_provider_supports(inbox: Inbox) -> None:
    caps = inbox.capabilities
    assert set(caps) == {"wacrm", "chatbotx", "datacrazy"}
    assert "conversations.retrieve" not in caps["datacrazy"].operations
    assert "webhooks.unwrap" not in caps["datacrazy"].operations
    assert "webhooks.unwrap" in caps["wacrm"].operations
    assert caps["chatbotx"].filters["status"] == {
        "closed": "server",
        "open": "client",
        "other": "client",
        "pending": "client",
    }
    assert caps["wacrm"].order == "created"
    assert caps["chatbotx"].order == "last-activity"
    # what the specs say a caller should know: ChatbotX's older servers and the dashboard session
    assert set(caps["chatbotx"].notes) == {"conversations.list", "conversations.retrieve"}
    assert "dashboard session" in caps["chatbotx"].notes["conversations.list"]
    assert caps["wacrm"].notes == {} and caps["datacrazy"].notes == {}


def test_an_inbox_needs_a_client() -> None:
    with pytest.raises(convapi.InvalidArgumentError):
        Inbox()


def test_from_env_takes_the_providers_whose_credentials_are_set(
    fakes: Fakes, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("WACRM", "CHATBOTX", "DATACRAZY"):
        for var in ("API_KEY", "BASE_URL"):
            monkeypatch.delenv(f"{name}_{var}", raising=False)
    with pytest.raises(convapi.InvalidArgumentError):
        Inbox.from_env()
    monkeypatch.setenv("CHATBOTX_API_KEY", "k")
    monkeypatch.setenv("CHATBOTX_BASE_URL", fakes[1].base_url)
    monkeypatch.setenv("WACRM_API_KEY", "k")  # no WACRM_BASE_URL: Wacrm is self-hosted, left out
    assert Inbox.from_env().providers == ("chatbotx",)
