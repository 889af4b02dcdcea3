"""The inbox's merged listing against calling the three provider clients directly, in the same run.

Three loopback providers (the fakes of `tests/unified/providers.py`: each answers in its spec's shapes,
with its own paging) hold `PER_PROVIDER` conversations each, `PAGE_SIZE` a page. Two contenders walk every
page of all three:

- direct: `Wacrm`, `ChatbotX` and `DataCrazy` clients, each list walked to the end, then one
  `sorted(...)` by each provider's own last-activity field: what a user without the inbox writes;
- inbox: `list(Inbox(...).conversations.list())`: the same three clients, the k-way merge, the mapping
  of every conversation onto the common model.

Rounds alternate the two (direct, inbox, direct, inbox, ...) after a warm-up, so that machine load hits
both alike; the figure is the median over the rounds of inbox time / direct time of the same round.
Target: at most 1.10 (the inbox costs at most 10 % more). `--latency S` makes every fake answer S
seconds late (0: loopback, the mapping's cost laid bare; a provider is never that close).

Second, the first conversation of an `AsyncInbox` listing with every provider `LATENCY` seconds away
(each fake waits that long before it answers), against the three async clients' first pages awaited
in turn (what the inbox did before it asked them at once) and awaited together (`asyncio.gather`):
the inbox's time over each, median over the rounds. Third, the same for the sync `Inbox` against the
three sync clients' first pages asked in turn (what it did before it asked them from a thread each).

    python benchmarks/bench_inbox.py [--json FILE] [--rounds N] [--latency S]
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
for path in (ROOT / "tests", *sorted((ROOT / "generated").glob("*/src"))):
    sys.path.insert(0, str(path))

from chatbotx_client import AsyncChatbotX, ChatbotX  # noqa: E402
from convapi import AsyncInbox, Inbox  # noqa: E402
from datacrazy_client import AsyncDataCrazy, DataCrazy  # noqa: E402
from unified import providers  # noqa: E402
from wacrm_client import AsyncWacrm, Wacrm  # noqa: E402

TARGET = 1.10
PER_PROVIDER = 300
PAGE_SIZE = 50
ROUNDS = 15
WARMUP = 2
LATENCY = 0.05


def _fill() -> list[providers.FakeProvider]:
    wacrm = providers.FakeWacrm("wacrm", "").start()
    chatbotx = providers.FakeChatbotX("chatbotx", "/api").start()
    datacrazy = providers.FakeDataCrazy("datacrazy", "/v1/api").start()
    states = ("open", "pending", "closed")
    wacrm.conversations = [
        providers.wacrm_conversation(i, providers.activity(0, i), states[i % 3])
        for i in range(PER_PROVIDER)
    ]
    chatbotx.conversations = [
        providers.chatbotx_conversation(i, providers.activity(1, i), i % 5 == 0)
        for i in range(PER_PROVIDER)
    ]
    datacrazy.conversations = [
        providers.datacrazy_conversation(i, providers.activity(2, i), states[i % 3])
        for i in range(PER_PROVIDER)
    ]
    return [wacrm, chatbotx, datacrazy]


def _when(value: datetime | None) -> float:
    return value.timestamp() if value is not None else 0.0


def _sync_clients(fakes: list[providers.FakeProvider]) -> tuple[Wacrm, ChatbotX, DataCrazy, Inbox]:
    """The three sync clients on the fakes, and the Inbox over them."""
    wacrm = Wacrm(api_key="k", base_url=fakes[0].base_url)
    chatbotx = ChatbotX(api_key="k", base_url=fakes[1].base_url)
    datacrazy = DataCrazy(api_key="k", base_url=fakes[2].base_url)
    return wacrm, chatbotx, datacrazy, Inbox(wacrm=wacrm, chatbotx=chatbotx, datacrazy=datacrazy)


def main(rounds: int, latency: float = 0.0) -> dict[str, Any]:
    providers.PAGE = PAGE_SIZE
    fakes = _fill()
    for fake in fakes:
        fake.latency = latency
    wacrm, chatbotx, datacrazy, inbox = _sync_clients(fakes)

    def direct() -> int:
        rows: list[tuple[float, object]] = []
        rows += [(_when(c.last_message_at), c) for c in wacrm.conversations.list(limit=PAGE_SIZE)]
        rows += [
            (_when(c.last_activity_at), c) for c in chatbotx.conversations.list(per_page=PAGE_SIZE)
        ]
        rows += [
            (_when(c.last_message_date), c) for c in datacrazy.conversations.list(take=PAGE_SIZE)
        ]
        rows.sort(key=lambda row: row[0], reverse=True)
        return len(rows)

    def unified() -> int:
        return len(list(inbox.conversations.list()))

    contenders: dict[str, Callable[[], int]] = {"direct": direct, "inbox": unified}
    assert direct() == unified() == 3 * PER_PROVIDER
    for _ in range(WARMUP):
        for run in contenders.values():
            run()
    times: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(rounds):
        for name, run in contenders.items():
            gc.collect()
            started = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - started)
    first = _first_conversation(fakes, rounds)
    first_sync = _first_conversation_sync(fakes, rounds)
    for fake in fakes:
        fake.stop()
    ratios = [i / d for i, d in zip(times["inbox"], times["direct"], strict=True)]
    ratio = statistics.median(ratios)
    return {
        "first": first,
        "first_sync": first_sync,
        "conversations": 3 * PER_PROVIDER,
        "pages": 3 * (PER_PROVIDER // PAGE_SIZE),
        "rounds": rounds,
        "latency_ms": latency * 1000,
        "direct_ms": round(statistics.median(times["direct"]) * 1000, 1),
        "inbox_ms": round(statistics.median(times["inbox"]) * 1000, 1),
        "ratio": round(ratio, 3),
        "target": TARGET,
        "met": ratio <= TARGET,
    }


def _first_conversation(fakes: list[providers.FakeProvider], rounds: int) -> dict[str, Any]:
    """The AsyncInbox's first conversation against the three first pages in turn and at once."""
    import asyncio

    for fake in fakes:
        fake.latency = LATENCY

    async def measure() -> dict[str, list[float]]:
        wacrm = AsyncWacrm(api_key="k", base_url=fakes[0].base_url)
        chatbotx = AsyncChatbotX(api_key="k", base_url=fakes[1].base_url)
        datacrazy = AsyncDataCrazy(api_key="k", base_url=fakes[2].base_url)
        inbox = AsyncInbox(wacrm=wacrm, chatbotx=chatbotx, datacrazy=datacrazy)

        async def first(listing: Any) -> Any:
            return await listing.__aiter__().__anext__()

        def pages() -> list[Any]:
            return [
                wacrm.conversations.list(limit=PAGE_SIZE),
                chatbotx.conversations.list(per_page=PAGE_SIZE),
                datacrazy.conversations.list(take=PAGE_SIZE),
            ]

        async def in_turn() -> None:
            for listing in pages():
                await first(listing)

        async def at_once() -> None:
            await asyncio.gather(*(first(listing) for listing in pages()))

        async def unified() -> None:
            await first(inbox.conversations.list())

        contenders = {"in_turn": in_turn, "at_once": at_once, "inbox": unified}
        times: dict[str, list[float]] = {name: [] for name in contenders}
        for index in range(WARMUP + rounds):
            for name, run in contenders.items():
                started = time.perf_counter()
                await run()
                if index >= WARMUP:
                    times[name].append(time.perf_counter() - started)
        return times

    times = asyncio.run(measure())
    for fake in fakes:
        fake.latency = 0.0

    def over(other: str) -> float:
        ratios = [i / o for i, o in zip(times["inbox"], times[other], strict=True)]
        return round(statistics.median(ratios), 3)

    return {
        "latency_ms": LATENCY * 1000,
        **{f"{name}_ms": round(statistics.median(t) * 1000, 1) for name, t in times.items()},
        "inbox_over_in_turn": over("in_turn"),
        "inbox_over_at_once": over("at_once"),
    }


def _first_conversation_sync(fakes: list[providers.FakeProvider], rounds: int) -> dict[str, Any]:
    """The sync Inbox's first conversation against the three sync first pages asked in turn."""
    for fake in fakes:
        fake.latency = LATENCY
    wacrm, chatbotx, datacrazy, inbox = _sync_clients(fakes)

    def in_turn() -> None:
        next(iter(wacrm.conversations.list(limit=PAGE_SIZE)))
        next(iter(chatbotx.conversations.list(per_page=PAGE_SIZE)))
        next(iter(datacrazy.conversations.list(take=PAGE_SIZE)))

    def unified() -> None:
        next(inbox.conversations.list())

    contenders = {"in_turn": in_turn, "inbox": unified}
    times: dict[str, list[float]] = {name: [] for name in contenders}
    for index in range(WARMUP + rounds):
        for name, run in contenders.items():
            started = time.perf_counter()
            run()
            if index >= WARMUP:
                times[name].append(time.perf_counter() - started)
    for fake in fakes:
        fake.latency = 0.0
    ratios = [i / o for i, o in zip(times["inbox"], times["in_turn"], strict=True)]
    return {
        "latency_ms": LATENCY * 1000,
        **{f"{name}_ms": round(statistics.median(t) * 1000, 1) for name, t in times.items()},
        "inbox_over_in_turn": round(statistics.median(ratios), 3),
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", help="write the figures to this file")
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    parser.add_argument("--latency", type=float, default=0.0, help="seconds each answer waits")
    args = parser.parse_args()
    figures = main(args.rounds, args.latency)
    print(
        f"merged listing of {figures['conversations']} conversations ({figures['pages']} pages, "
        f"{figures['latency_ms']:.0f} ms away): "
        f"direct {figures['direct_ms']} ms, inbox {figures['inbox_ms']} ms, "
        f"ratio {figures['ratio']} (target <= {TARGET}: {'met' if figures['met'] else 'MISSED'})"
    )
    first = figures["first"]
    print(
        f"first conversation of AsyncInbox, providers {first['latency_ms']:.0f} ms away: "
        f"inbox {first['inbox_ms']} ms; the three first pages in turn {first['in_turn_ms']} ms "
        f"({first['inbox_over_in_turn']}x), at once {first['at_once_ms']} ms ({first['inbox_over_at_once']}x)"
    )
    sync = figures["first_sync"]
    print(
        f"first conversation of Inbox, providers {sync['latency_ms']:.0f} ms away: "
        f"inbox {sync['inbox_ms']} ms; the three first pages in turn {sync['in_turn_ms']} ms "
        f"({sync['inbox_over_in_turn']}x)"
    )
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2))
