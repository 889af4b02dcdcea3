"""The inbox across providers: `conversations`, `messages`, `webhooks` and `capabilities`, sync and async.

Every call goes through the provider packages' own clients, so their retries, idempotency keys,
lenient parsing and webhook verification carry over: a send is retried only as that client retries it
(never when it may have arrived, unless the provider deduplicates with an idempotency key). What each
provider can do, and how, is its mapping (`_providers.py`, rendered from each spec's `x-unified`);
bad arguments and unsupported operations are refused before any request.
"""

from __future__ import annotations

import heapq
import importlib
import os
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from typing import Any, Generic, Literal, NamedTuple, TypeVar, cast

from . import _mapping
from ._errors import (
    APIError,
    InvalidArgumentError,
    InvalidWebhookSignatureError,
    UnsupportedOperationError,
    wrap,
)
from ._providers import PROVIDERS
from .models import Conversation, Event, Message

Status = Literal["open", "pending", "closed", "other"]
OnError = Literal["raise", "skip"]
_T = TypeVar("_T")
_STATUSES: frozenset[str] = frozenset(("open", "pending", "closed", "other"))


class Skipped(NamedTuple):
    """A provider left out of a listing with `on_error="skip"`, and why."""

    provider: str
    error: APIError


@dataclass(frozen=True)
class Capabilities:
    """What the inbox can do with one provider.

    `operations`: the unified operations it supports; `filters`: for each unified filter, each value
    and where it is applied (`"server"`, or `"client"`: the inbox drops the other rows itself);
    `order`: what the provider lists conversations by (`last-activity`, `created`, `unspecified`);
    `notes`: what the provider's spec says a caller should know of an operation (some servers refuse
    it, ...), by operation.
    """

    provider: str
    operations: tuple[str, ...]
    filters: Mapping[str, Mapping[str, Literal["server", "client"]]]
    order: str
    notes: Mapping[str, str] = field(default_factory=dict[str, str])


class _Provider:
    """One configured provider: its name, its package's client and its mapping."""

    def __init__(self, name: str, client: Any) -> None:
        self.name = name
        self.client = client
        self.info: Mapping[str, Any] = PROVIDERS[name]
        self.mapping: Mapping[str, Any] = self.info["mapping"]

    def method(self, dotted: str) -> Any:
        found = self.client
        for part in dotted.split("."):
            found = getattr(found, part)
        return found

    def capabilities(self) -> Capabilities:
        conversations = self.mapping["conversations"]
        messages = self.mapping["messages"]
        operations = ["conversations.list"]
        if conversations["retrieve"] is not None:
            operations.append("conversations.retrieve")
        if messages["list"] is not None:
            operations.append("messages.list")
        if messages["send"] is not None:
            operations.append("messages.send")
        if self.mapping["events"]:
            operations.append("webhooks.unwrap")
        server = conversations["list"]["filters"].get("status", {"values": {}})["values"]
        status: dict[str, Literal["server", "client"]] = {
            value: "server" if value in server else "client" for value in sorted(_STATUSES)
        }
        bound = {
            "conversations.list": conversations["list"],
            "conversations.retrieve": conversations["retrieve"],
            "messages.list": messages["list"],
            "messages.send": messages["send"],
        }
        notes = {name: str(spec["note"]) for name, spec in bound.items() if spec is not None and spec.get("note")}
        return Capabilities(self.name, tuple(operations), {"status": status}, conversations["list"]["order"], notes)

    # -- planning: every check before any request

    def list_arguments(self, wanted: frozenset[str] | None) -> dict[str, Any]:
        """The list call's arguments: the status filter when the server can apply all of it."""
        if wanted is None:
            return {}
        spec = self.mapping["conversations"]["list"]["filters"].get("status")
        if spec is None or not all(value in spec["values"] for value in wanted):
            return {}
        values = [spec["values"][value] for value in sorted(wanted)]
        if spec["many"]:
            return {spec["arg"]: values}
        return {spec["arg"]: values[0]} if len(values) == 1 else {}

    def retrieve_spec(self) -> Mapping[str, Any]:
        spec = self.mapping["conversations"]["retrieve"]
        if spec is None:
            raise UnsupportedOperationError(self.name, "conversations.retrieve")
        return cast(Mapping[str, Any], spec)

    def messages_spec(self) -> Mapping[str, Any]:
        spec = self.mapping["messages"]["list"]
        if spec is None:
            raise UnsupportedOperationError(self.name, "messages.list")
        return cast(Mapping[str, Any], spec)

    def send_spec(self) -> Mapping[str, Any]:
        spec = self.mapping["messages"]["send"]
        if spec is None:
            raise UnsupportedOperationError(self.name, "messages.send")
        return cast(Mapping[str, Any], spec)

    def needs_conversation(self) -> bool:
        """The send reads more of the conversation than its id (the contact's phone)."""
        return any(str(a.get("source", "")).startswith("conversation.contact.") for a in self.send_spec()["arguments"])

    def send_arguments(self, conversation: Conversation | None, ident: str, text: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for argument in self.send_spec()["arguments"]:
            if "const" in argument:
                out[argument["arg"]] = argument["const"]
                continue
            source = argument["source"]
            if source == "text":
                value: Any = text
            elif source == "conversation.id":
                value = ident
            else:
                assert conversation is not None
                value = getattr(conversation.contact, source.rpartition(".")[2], None)
                if not value:
                    raise InvalidArgumentError(
                        f"the conversation {conversation.ref} has no {source} to send to", provider=self.name
                    )
            out[argument["arg"]] = value
        return out

    # -- reading answers

    def conversation(self, raw: object) -> Conversation:
        return _mapping.conversation(self.name, raw, self.mapping["conversations"])

    def retrieved(self, answer: object) -> Conversation:
        return self.conversation(_mapping.value_at(answer, self.retrieve_spec()["result"]))

    def message(self, raw: object, conversation_ref: str) -> Message:
        messages = self.mapping["messages"]
        return _mapping.message(
            self.name, raw, messages["fields"], messages["direction"], conversation_ref=conversation_ref
        )

    def sent(self, answer: object, conversation_ref: str) -> Message | None:
        found = _mapping.value_at(answer, self.send_spec()["result"])
        if found is None:
            return None
        fields = self.mapping["messages"]["send_fields"]
        return _mapping.message(
            self.name, found, fields, None, conversation_ref=conversation_ref, fixed_direction="outbound"
        )

    def event(self, raw: object) -> Event:
        name = self.info["event_names"].get(type(raw).__name__, type(raw).__name__)
        return _mapping.event(self.name, name, raw, self.mapping["events"].get(name))


def _wanted(status: Status | Sequence[Status] | None) -> frozenset[str] | None:
    if status is None:
        return None
    values = [status] if isinstance(status, str) else list(status)
    unknown = [v for v in values if v not in _STATUSES]
    if unknown or not values:
        raise InvalidArgumentError(f"status must be among {sorted(_STATUSES)}, not {unknown or values!r}")
    return frozenset(values)


def _check_listing(max_items: int | None, on_error: str) -> None:
    given = cast(object, max_items)  # callers without a type checker pass anything
    if given is not None and (not isinstance(given, int) or isinstance(given, bool) or given < 0):
        raise InvalidArgumentError(f"max_items must be a whole number >= 0, not {max_items!r}")
    if on_error not in ("raise", "skip"):
        raise InvalidArgumentError(f"on_error must be 'raise' or 'skip', not {on_error!r}")


# a provider's next conversation waiting in the merge: (order key, provider index, it, the rest)
_Head = tuple[tuple[int, float], int, Conversation, Iterator[Any]]
_AsyncHead = tuple[tuple[int, float], int, Conversation, AsyncIterator[Any]]


def _order_key(conversation: Conversation) -> tuple[int, float]:
    """Newest activity first; a conversation without a time comes after every dated one."""
    when: datetime | None = conversation.last_activity_at
    return (0, -when.timestamp()) if when is not None else (1, 0.0)


class InboxCore:
    """What the sync and async inboxes share: the configured providers and the checks before a request."""

    def __init__(self, clients: Mapping[str, Any]) -> None:
        self.by_name = {name: _Provider(name, c) for name, c in clients.items() if c is not None}
        if not self.by_name:
            raise InvalidArgumentError(
                "an inbox needs at least one provider client: pass one (e.g. "
                f"{next(iter(PROVIDERS), 'name')}=...) or use from_env()"
            )

    @property
    def providers(self) -> tuple[str, ...]:
        """The providers of this inbox, in the order they were given."""
        return tuple(self.by_name)

    @property
    def capabilities(self) -> dict[str, Capabilities]:
        """Provider -> the unified operations and filters it supports."""
        return {name: p.capabilities() for name, p in self.by_name.items()}

    def provider(self, name: str) -> _Provider:
        found = self.by_name.get(name)
        if found is None:
            known = ", ".join(self.by_name)
            raise InvalidArgumentError(f"no {name!r} client in this inbox (it has {known})")
        return found

    def resolve(self, conversation: Conversation | str) -> tuple[_Provider, str, Conversation | None]:
        """The provider, the provider's id and (when given) the object of a conversation or its ref."""
        if isinstance(conversation, Conversation):
            return self.provider(conversation.provider), conversation.id, conversation
        given = cast(object, conversation)
        if not isinstance(given, str):
            raise InvalidArgumentError(f"expected a Conversation or a ref, not {type(conversation).__name__}")
        name, sep, ident = conversation.partition(":")
        if not sep or not name or not ident:
            raise InvalidArgumentError(f"a ref is '<provider>:<id>', not {conversation!r}")
        return self.provider(name), ident, None

    @staticmethod
    def text(text: object) -> str:
        if not isinstance(text, str) or not text.strip():
            raise InvalidArgumentError("text must be a non-empty string")
        return text

    def webhook_provider(self, headers: object) -> _Provider:
        names = {name.lower() for name in _header_names(headers)}
        for provider in self.by_name.values():
            if any(h.lower() in names for h in provider.info["signature_headers"]):
                return provider
        raise InvalidWebhookSignatureError(
            f"the delivery carries no signature header of a provider of this inbox ({', '.join(self.by_name)})"
        )

    def unwrap(
        self,
        body: str | bytes,
        headers: Any,
        secrets: Mapping[str, str] | None,
        tolerance: float | None,
        provider_name: str | None = None,
    ) -> Event:
        provider = self.provider(provider_name) if provider_name else self.webhook_provider(headers)
        secret = secrets.get(provider.name) if secrets else None
        try:
            raw = provider.client.webhooks.unwrap(body, headers, secret=secret, tolerance=tolerance)
        except Exception as exc:
            raise wrap(provider.name, exc) from exc
        return provider.event(raw)


def _header_names(headers: object) -> Iterable[str]:
    if isinstance(headers, Mapping):
        mapping = cast(Mapping[object, object], headers)
        return [str(k) for k in mapping]
    keys = getattr(headers, "keys", None)
    if callable(keys):
        return [str(k) for k in cast(Iterable[object], keys())]
    return [str(pair[0]) for pair in cast(Iterable[tuple[object, object]], headers)]


def clients_from_env(async_: bool) -> dict[str, Any]:
    """A client of every installed provider package whose environment variables are all set."""
    clients: dict[str, Any] = {}
    for name, info in PROVIDERS.items():
        if not all(os.environ.get(var) for var in info["env"]):
            continue
        try:
            module = importlib.import_module(info["module"])
        except ImportError:
            continue
        clients[name] = getattr(module, info["async_client" if async_ else "client"])()
    return clients


class _Merging:
    """What the sync and async merged listings share: their streams and status filter, the
    providers left out, and the heap a provider's next conversation is pushed onto."""

    def __init__(
        self,
        streams: list[tuple[_Provider, dict[str, Any]]],
        wanted: frozenset[str] | None,
        max_items: int | None,
        on_error: OnError,
    ) -> None:
        self.skipped: list[Skipped] = []
        self._streams = streams
        self._wanted = wanted
        self._max = max_items
        self._on_error = on_error

    def _fail(self, provider: _Provider, exc: Exception) -> None:
        error = wrap(provider.name, exc)
        if self._on_error == "raise":
            raise error from exc
        error.__cause__ = exc
        self.skipped.append(Skipped(provider.name, error))

    def _passing(self, provider: _Provider, raw: Any) -> Conversation | None:
        """The provider's row as a Conversation, if it passes the status filter."""
        found = provider.conversation(raw)
        return found if self._wanted is None or found.status in self._wanted else None

    def _push(self, index: int, got: Conversation | Exception | None, items: Any, heap: list[Any]) -> None:
        """A stream's next conversation onto the heap; the error its provider raised to `_fail`."""
        if isinstance(got, Exception):
            self._fail(self._streams[index][0], got)
        elif got is not None and items is not None:
            heapq.heappush(heap, (_order_key(got), index, got, items))


# -- sync -------------------------------------------------------------------------------------------


class ConversationList(_Merging, Iterator[Conversation]):
    """The merged listing: lazily, newest activity first, each provider paged as it pages.

    With `on_error="skip"`, `skipped` lists each provider left out (and why) once it failed; the
    conversations it gave before failing stay in the result.
    """

    def __init__(
        self,
        streams: list[tuple[_Provider, dict[str, Any]]],
        wanted: frozenset[str] | None,
        max_items: int | None,
        on_error: OnError,
    ) -> None:
        super().__init__(streams, wanted, max_items, on_error)
        self._run = self._merge()

    def __iter__(self) -> ConversationList:
        return self

    def __next__(self) -> Conversation:
        return next(self._run)

    def _first(
        self, provider: _Provider, arguments: dict[str, Any]
    ) -> tuple[Iterator[Any] | None, Conversation | Exception | None]:
        """The provider's listing (its client asks for the first page when called) and its first
        conversation that passes the status filter; an error its client raised is given, not raised."""
        try:
            items = iter(provider.method(provider.mapping["conversations"]["list"]["call"])(**arguments))
        except Exception as exc:
            return None, exc
        return items, self._next(provider, items)

    def _next(self, provider: _Provider, items: Iterator[Any]) -> Conversation | Exception | None:
        """The stream's next conversation that passes the status filter (None: the stream is done),
        or the error its provider's client raised."""
        while True:
            try:
                raw = next(items)
            except StopIteration:
                return None
            except Exception as exc:
                return exc
            found = self._passing(provider, raw)
            if found is not None:
                return found

    def _merge(self) -> Iterator[Conversation]:
        if self._max == 0:
            return
        heap: list[_Head] = []
        # every provider's first page at once, a thread each: the first conversation waits for the
        # slowest provider, not for each in turn; what they raised is taken in the providers' order
        firsts = _at_once([partial(self._first, provider, arguments) for provider, arguments in self._streams])
        for index, outcome in enumerate(firsts):
            items, got = outcome.result()
            self._push(index, got, items, heap)
        given = 0
        while heap:
            _key, index, found, items = heapq.heappop(heap)
            yield found
            given += 1
            if self._max is not None and given >= self._max:
                return
            self._push(index, self._next(self._streams[index][0], items), items, heap)


def _at_once(calls: Sequence[Callable[[], _T]]) -> list[_Outcome[_T]]:
    """Run the calls at once, a thread each, in the caller's context (its context variables), and
    give each one's outcome in order; one that raises does not stop the others. The threads are
    ended before this returns; a single call runs in the caller's thread."""

    def one(call: Callable[[], _T]) -> _Outcome[_T]:
        try:
            return _Outcome(call())
        except Exception as exc:
            return _Outcome(error=exc)

    if len(calls) < 2:
        return [one(call) for call in calls]
    import contextvars
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=len(calls), thread_name_prefix="inbox-first-page") as pool:
        running = [pool.submit(contextvars.copy_context().run, one, call) for call in calls]
    return [each.result() for each in running]


class Conversations:
    def __init__(self, core: InboxCore) -> None:
        self._core = core

    def list(
        self,
        *,
        status: Status | Sequence[Status] | None = None,
        max_items: int | None = None,
        on_error: OnError = "raise",
    ) -> ConversationList:
        """Every provider's conversations merged, newest activity first, fetched lazily page by page.

        Args:
            status: only conversations in this status (or these); applied by a provider's server where
                its mapping says so, and always checked by the inbox.
            max_items: stop after this many conversations.
            on_error: "raise" (an APIError naming the provider) or "skip" (the others go on; the result's
                `skipped` says which provider was left out and why).
        """
        wanted = _wanted(status)
        _check_listing(max_items, on_error)
        streams = [(p, p.list_arguments(wanted)) for p in self._core.by_name.values()]
        return ConversationList(streams, wanted, max_items, on_error)

    def retrieve(self, ref: str) -> Conversation:
        """One conversation by its ref, `"<provider>:<id>"`."""
        provider, ident, _ = self._core.resolve(ref)
        spec = provider.retrieve_spec()
        try:
            answer = provider.method(spec["call"])(**{spec["id_arg"]: ident})
        except Exception as exc:
            raise wrap(provider.name, exc) from exc
        return provider.retrieved(answer)


class Messages:
    def __init__(self, core: InboxCore, conversations: Conversations) -> None:
        self._core = core
        self._conversations = conversations

    def list(self, conversation: Conversation | str, *, max_items: int | None = None) -> Iterator[Message]:
        """The messages of a conversation (a Conversation or its ref), in the provider's order, lazily."""
        provider, ident, _ = self._core.resolve(conversation)
        spec = provider.messages_spec()
        _check_listing(max_items, "raise")
        ref = f"{provider.name}:{ident}"
        return self._walk(provider, spec, ident, ref, max_items)

    @staticmethod
    def _walk(
        provider: _Provider, spec: Mapping[str, Any], ident: str, ref: str, max_items: int | None
    ) -> Iterator[Message]:
        given = 0
        try:
            for raw in provider.method(spec["call"])(**{spec["conversation_arg"]: ident}):
                if max_items is not None and given >= max_items:
                    return
                yield provider.message(raw, ref)
                given += 1
        except APIError:
            raise
        except Exception as exc:
            raise wrap(provider.name, exc) from exc

    def send(self, conversation: Conversation | str, *, text: str) -> Message | None:
        """Send a text message into a conversation (to its id or its contact's phone: the mapping says).

        Retried only as the provider's client retries a send: never when it may have arrived, unless the
        provider deduplicates it with an idempotency key. None when the provider created no message.
        """
        provider, ident, found = self._core.resolve(conversation)
        text = self._core.text(text)
        spec = provider.send_spec()
        if found is None and provider.needs_conversation():
            found = self._conversations.retrieve(f"{provider.name}:{ident}")
        arguments = provider.send_arguments(found, ident, text)
        try:
            answer = provider.method(spec["call"])(**arguments)
        except Exception as exc:
            raise wrap(provider.name, exc) from exc
        return provider.sent(answer, f"{provider.name}:{ident}")


class Webhooks:
    def __init__(self, core: InboxCore) -> None:
        self._core = core

    def unwrap(
        self,
        body: str | bytes,
        headers: Any,
        *,
        secrets: Mapping[str, str] | None = None,
        tolerance: float | None = None,
        provider: str | None = None,
    ) -> Event:
        """A webhook delivery as a unified event: the provider told by its signature header, then verified.

        Args:
            body: the request body exactly as received.
            headers: the request's headers (a dict, a list of pairs or a framework's headers).
            secrets: provider -> signing secret; a provider not named reads its package's environment
                variable (e.g. `<NAME>_WEBHOOK_SECRET`).
            tolerance: seconds a signed timestamp may be away from now; defaults to each spec's.
            provider: the provider that sent it, for an event its spec declares unsigned (no signature
                header to tell it by); a signed event of that provider is still verified.
        """
        return self._core.unwrap(body, headers, secrets, tolerance, provider)


class _Facade:
    """`providers` and `capabilities`, for both inboxes."""

    _core: InboxCore

    @property
    def providers(self) -> tuple[str, ...]:
        """The providers of this inbox, in the order they were given."""
        return self._core.providers

    @property
    def capabilities(self) -> dict[str, Capabilities]:
        """Provider -> the unified operations and filters it supports."""
        return self._core.capabilities


class SyncInbox(_Facade):
    """The inbox over sync provider clients."""

    def __init__(self, clients: Mapping[str, Any]) -> None:
        self._core = InboxCore(clients)
        self.conversations = Conversations(self._core)
        self.messages = Messages(self._core, self.conversations)
        self.webhooks = Webhooks(self._core)


# -- async ------------------------------------------------------------------------------------------


class AsyncConversationList(_Merging, AsyncIterator[Conversation]):
    """The merged listing of an AsyncInbox (see ConversationList). Every provider is asked for its
    first page at once (asyncio or trio, as the caller runs), so the first conversation comes after
    the slowest provider's answer rather than after all of them in turn."""

    def __init__(
        self,
        streams: list[tuple[_Provider, dict[str, Any]]],
        wanted: frozenset[str] | None,
        max_items: int | None,
        on_error: OnError,
    ) -> None:
        super().__init__(streams, wanted, max_items, on_error)
        self._run = self._merge()

    def __aiter__(self) -> AsyncConversationList:
        return self

    async def __anext__(self) -> Conversation:
        return await self._run.__anext__()

    async def _next(self, provider: _Provider, items: AsyncIterator[Any]) -> Conversation | Exception | None:
        """The stream's next conversation that passes the status filter (None: the stream is done),
        or the error its provider's client raised."""
        while True:
            try:
                raw = await items.__anext__()
            except StopAsyncIteration:
                return None
            except Exception as exc:
                return exc
            found = self._passing(provider, raw)
            if found is not None:
                return found

    async def _merge(self) -> AsyncIterator[Conversation]:
        if self._max == 0:
            return
        heap: list[_AsyncHead] = []
        started: list[tuple[int, AsyncIterator[Any]]] = []
        for index, (provider, arguments) in enumerate(self._streams):
            try:
                paginator = provider.method(provider.mapping["conversations"]["list"]["call"])(**arguments)
                started.append((index, paginator.__aiter__()))
            except Exception as exc:
                self._fail(provider, exc)
        # every provider's first page at once: the first conversation waits for the slowest
        # provider, not for each in turn; what they raised is taken in the providers' order
        firsts = await _together([self._next(self._streams[index][0], items) for index, items in started])
        for (index, items), got in zip(started, firsts, strict=True):
            self._push(index, got.result(), items, heap)
        given = 0
        while heap:
            _key, index, found, items = heapq.heappop(heap)
            yield found
            given += 1
            if self._max is not None and given >= self._max:
                return
            self._push(index, await self._next(self._streams[index][0], items), items, heap)


class _Outcome(Generic[_T]):
    """What an awaitable gave or raised, to be taken (`result`) where its caller chooses."""

    def __init__(self, value: _T | None = None, error: Exception | None = None) -> None:
        self._value = value
        self._error = error

    def result(self) -> _T:
        if self._error is not None:
            raise self._error
        return cast(_T, self._value)


async def _together(calls: Sequence[Awaitable[_T]]) -> list[_Outcome[_T]]:
    """Await the calls concurrently, under asyncio or trio (whichever runs this task), and give each
    one's outcome in order; one that raises does not cancel the others."""
    outcomes: list[_Outcome[_T]] = [_Outcome() for _ in calls]

    async def one(index: int, call: Awaitable[_T]) -> None:
        try:
            outcomes[index] = _Outcome(await call)
        except Exception as exc:
            outcomes[index] = _Outcome(error=exc)

    if _running_trio():
        async with sys.modules["trio"].open_nursery() as nursery:
            for index, call in enumerate(calls):
                nursery.start_soon(one, index, call)
    else:
        import asyncio  # imported on first use: the sync inbox never pays for it

        await asyncio.gather(*(one(index, call) for index, call in enumerate(calls)))
    return outcomes


def _running_trio() -> bool:
    """Whether this task runs under trio (asked only when something imported trio)."""
    trio = sys.modules.get("trio")
    if trio is None:
        return False
    try:
        trio.lowlevel.current_task()
    except RuntimeError:  # trio is imported, but this is not a trio task
        return False
    return True


class AsyncConversations:
    def __init__(self, core: InboxCore) -> None:
        self._core = core

    def list(
        self,
        *,
        status: Status | Sequence[Status] | None = None,
        max_items: int | None = None,
        on_error: OnError = "raise",
    ) -> AsyncConversationList:
        """Every provider's conversations merged, newest activity first (`async for`); see Inbox."""
        wanted = _wanted(status)
        _check_listing(max_items, on_error)
        streams = [(p, p.list_arguments(wanted)) for p in self._core.by_name.values()]
        return AsyncConversationList(streams, wanted, max_items, on_error)

    async def retrieve(self, ref: str) -> Conversation:
        """One conversation by its ref, `"<provider>:<id>"`."""
        provider, ident, _ = self._core.resolve(ref)
        spec = provider.retrieve_spec()
        try:
            answer = await provider.method(spec["call"])(**{spec["id_arg"]: ident})
        except Exception as exc:
            raise wrap(provider.name, exc) from exc
        return provider.retrieved(answer)


class AsyncMessages:
    def __init__(self, core: InboxCore, conversations: AsyncConversations) -> None:
        self._core = core
        self._conversations = conversations

    def list(self, conversation: Conversation | str, *, max_items: int | None = None) -> AsyncIterator[Message]:
        """The messages of a conversation, in the provider's order (`async for`)."""
        provider, ident, _ = self._core.resolve(conversation)
        spec = provider.messages_spec()
        _check_listing(max_items, "raise")
        return self._walk(provider, spec, ident, f"{provider.name}:{ident}", max_items)

    @staticmethod
    async def _walk(
        provider: _Provider, spec: Mapping[str, Any], ident: str, ref: str, max_items: int | None
    ) -> AsyncIterator[Message]:
        given = 0
        try:
            async for raw in provider.method(spec["call"])(**{spec["conversation_arg"]: ident}):
                if max_items is not None and given >= max_items:
                    return
                yield provider.message(raw, ref)
                given += 1
        except APIError:
            raise
        except Exception as exc:
            raise wrap(provider.name, exc) from exc

    async def send(self, conversation: Conversation | str, *, text: str) -> Message | None:
        """Send a text message into a conversation; see Inbox.messages.send."""
        provider, ident, found = self._core.resolve(conversation)
        text = self._core.text(text)
        spec = provider.send_spec()
        if found is None and provider.needs_conversation():
            found = await self._conversations.retrieve(f"{provider.name}:{ident}")
        arguments = provider.send_arguments(found, ident, text)
        try:
            answer = await provider.method(spec["call"])(**arguments)
        except Exception as exc:
            raise wrap(provider.name, exc) from exc
        return provider.sent(answer, f"{provider.name}:{ident}")


class AsyncInboxBase(_Facade):
    """The inbox over async provider clients (asyncio or trio, as the clients run)."""

    def __init__(self, clients: Mapping[str, Any]) -> None:
        self._core = InboxCore(clients)
        self.conversations = AsyncConversations(self._core)
        self.messages = AsyncMessages(self._core, self.conversations)
        self.webhooks = Webhooks(self._core)
