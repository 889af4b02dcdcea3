"""Request overhead: `client.conversations.list(limit=100)` end to end vs bare httpx + json.loads.

A local keep-alive server (`_server.py static`, a separate process on 127.0.0.1) answers every request
with the same 100-item conversations page. Contenders, each on its own kept-alive connection:

- ours: `Wacrm(...).conversations.list(limit=100)` (build, send, status check, parse into models, page);
- bare: `httpx.Client.get("/api/v1/conversations", params={"limit": 100}, headers=auth)` + `json.loads`;
- bare + pydantic (for reference): the bare request + `ConversationList.model_validate_json`, i.e.
  the same validation as ours without our request machinery.

Every request is timed on its own; per round each contender makes 300 requests (after 30 warm-up
requests), alternating request by request so that machine load hits all alike. Figures are medians
over 5 rounds of the per-round median; ratios are the median of request-by-request ratios (ours vs
the bare request made right after it), then the median over the rounds.

    python benchmarks/bench_request.py [--json FILE]
"""

from __future__ import annotations

import gc
import json
import time
from collections.abc import Callable
from typing import Any

import _common as c
from _server import Server

TARGET = 1.15  # ours <= 1.15x bare httpx
REQUESTS_PER_ROUND = 300
WARMUP = 30


def _round(contenders: dict[str, Callable[[], object]], count: int) -> dict[str, list[float]]:
    """Microseconds of every request of each contender; requests alternate (a, b, c, a, b, c, ...)."""
    for func in contenders.values():
        for _ in range(WARMUP):
            func()
    times: dict[str, list[float]] = {name: [] for name in contenders}
    gc.collect()
    for _ in range(count):
        for name, func in contenders.items():
            started = time.perf_counter_ns()
            func()
            times[name].append((time.perf_counter_ns() - started) / 1000)
    return times


def measure(url: str, rounds: int) -> dict[str, Any]:
    import httpx

    wacrm = c.import_generated("wacrm")
    key = "wacrm_live_" + "b" * 43
    client = wacrm.Wacrm(api_key=key, base_url=url)
    bare = httpx.Client(base_url=url)
    bare_validating = httpx.Client(base_url=url)
    headers = {"Authorization": f"Bearer {key}"}
    model = wacrm.ConversationList

    def ours() -> object:
        page = client.conversations.list(limit=100)
        assert len(page.data) == 100
        return page

    def bare_httpx() -> object:
        data = json.loads(
            bare.get("/api/v1/conversations", params={"limit": 100}, headers=headers).content
        )
        assert len(data["data"]) == 100
        return data

    def bare_pydantic() -> object:
        response = bare_validating.get(
            "/api/v1/conversations", params={"limit": 100}, headers=headers
        )
        page = model.model_validate_json(response.content)
        assert len(page.data) == 100
        return page

    contenders = {
        "ours_us": ours,
        "bare_httpx_us": bare_httpx,
        "bare_httpx_pydantic_us": bare_pydantic,
    }
    per_round: list[dict[str, float]] = []
    try:
        for _ in range(rounds):
            times = _round(contenders, REQUESTS_PER_ROUND)
            figures = {name: c.median(values) for name, values in times.items()}
            # side-by-side requests see the same machine state: ratio per triple, then the median
            t_ours, t_bare = times["ours_us"], times["bare_httpx_us"]
            t_pydantic = times["bare_httpx_pydantic_us"]
            figures["ours_vs_bare"] = c.paired_ratio(t_ours, t_bare)
            figures["ours_vs_bare_pydantic"] = c.paired_ratio(t_ours, t_pydantic)
            figures["bare_pydantic_vs_bare"] = c.paired_ratio(t_pydantic, t_bare)
            per_round.append(figures)
    finally:
        client.close()
        bare.close()
        bare_validating.close()
    results: dict[str, Any] = {
        name: c.median([r[name] for r in per_round]) for name in per_round[0]
    }
    results["rounds"] = rounds
    results["requests_per_round"] = REQUESTS_PER_ROUND
    return results


def main() -> dict[str, Any]:
    args = c.arg_parser(__doc__.splitlines()[0]).parse_args()
    c.scrub_proxies()
    with Server("static") as server:
        results = measure(server.url, c.RUNS)
    results["target_met"] = results["ours_vs_bare"] <= TARGET
    rows = [
        ["bare httpx.Client.get + json.loads", f"{results['bare_httpx_us']:.0f}", "1.00x"],
        [
            "ours: client.conversations.list(limit=100)",
            f"{results['ours_us']:.0f}",
            f"{results['ours_vs_bare']:.2f}x",
        ],
        [
            "(bare httpx + ConversationList.model_validate_json)",
            f"{results['bare_httpx_pydantic_us']:.0f}",
            f"{results['bare_pydantic_vs_bare']:.2f}x",
        ],
    ]
    print(
        f"One GET of a 100-item page over loopback keep-alive, us per request (median of {c.RUNS} rounds)"
    )
    print(c.table(rows, ["client", "us/request", "vs bare"]))
    verdict = "met" if results["target_met"] else "MISSED"
    print(f"target ours <= {TARGET}x bare httpx: {results['ours_vs_bare']:.2f}x -> {verdict}")
    print(
        f"ours vs bare httpx + the same pydantic validation: {results['ours_vs_bare_pydantic']:.2f}x"
    )
    c.write_json(args.json, results)
    return results


if __name__ == "__main__":
    main()
