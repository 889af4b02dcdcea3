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
Target: at most 1.10 (the inbox costs at most 10 % more).

    python benchmarks/bench_inbox.py [--json FILE] [--rounds N]
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

from chatbotx_client import ChatbotX  # noqa: E402
from convapi import Inbox  # noqa: E402
from datacrazy_client import DataCrazy  # noqa: E402
from unified import providers  # noqa: E402
from wacrm_client import Wacrm  # noqa: E402

TARGET = 1.10
PER_PROVIDER = 300
PAGE_SIZE = 50
ROUNDS = 15
WARMUP = 2


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


def main(rounds: int) -> dict[str, Any]:
    providers.PAGE = PAGE_SIZE
    fakes = _fill()
    wacrm = Wacrm(api_key="k", base_url=fakes[0].base_url)
    chatbotx = ChatbotX(api_key="k", base_url=fakes[1].base_url)
    datacrazy = DataCrazy(api_key="k", base_url=fakes[2].base_url)
    inbox = Inbox(wacrm=wacrm, chatbotx=chatbotx, datacrazy=datacrazy)

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
    for fake in fakes:
        fake.stop()
    ratios = [i / d for i, d in zip(times["inbox"], times["direct"], strict=True)]
    ratio = statistics.median(ratios)
    return {
        "conversations": 3 * PER_PROVIDER,
        "pages": 3 * (PER_PROVIDER // PAGE_SIZE),
        "rounds": rounds,
        "direct_ms": round(statistics.median(times["direct"]) * 1000, 1),
        "inbox_ms": round(statistics.median(times["inbox"]) * 1000, 1),
        "ratio": round(ratio, 3),
        "target": TARGET,
        "met": ratio <= TARGET,
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", help="write the figures to this file")
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    args = parser.parse_args()
    figures = main(args.rounds)
    print(
        f"merged listing of {figures['conversations']} conversations ({figures['pages']} pages): "
        f"direct {figures['direct_ms']} ms, inbox {figures['inbox_ms']} ms, "
        f"ratio {figures['ratio']} (target <= {TARGET}: {'met' if figures['met'] else 'MISSED'})"
    )
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2))
