"""Memory of auto-pagination: peak RSS growth while walking 10,000 and 100,000 conversations.

A local server (`_server.py lazy`, a separate process) pages through N conversations by cursor, 100
per page, building each page only when asked. Each measurement runs in a fresh child process:
import, create the client, fetch one page to warm up, reset the peak (`/proc/self/clear_refs`), walk
`for conversation in client.conversations.list(limit=100)`, and report VmHWM - VmRSS-at-start.
A walk holds one page and the ids of the items it yielded (to yield each item once when a server's
pages overlap): each item walked costs its id, a few percent of what keeping it costs. For contrast,
the growth when all 10,000 items are kept in a list is shown too.
Median of 5 child processes per figure.

    python benchmarks/bench_memory.py [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import _common as c
from _server import Server

SMALL, LARGE = 10_000, 100_000


def _status_kb(field: str) -> int:
    text = Path("/proc/self/status").read_text()
    return int(re.findall(rf"^{field}:\s+(\d+) kB", text, re.MULTILINE)[0])


def child(url: str, items: int, keep: bool) -> None:
    """Runs in a fresh process: walk `items` conversations and print the peak RSS growth (JSON)."""
    c.scrub_proxies()
    wacrm = c.import_generated("wacrm")
    client = wacrm.Wacrm(api_key="wacrm_live_" + "b" * 43, base_url=url)
    warm = client.conversations.list(limit=100)
    assert len(warm.data) == 100
    del warm
    reset = True
    try:  # "5" resets VmHWM to the current RSS (Linux >= 4.0)
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        reset = False
    start_rss = _status_kb("VmRSS")
    start_hwm = _status_kb("VmHWM")
    count = 0
    kept: list[Any] = []
    for conversation in client.conversations.list(limit=100):
        count += 1
        if keep:
            kept.append(conversation)
    assert count == items, count
    peak = _status_kb("VmHWM")
    growth = peak - (start_rss if reset else start_hwm)
    print(
        json.dumps(
            {
                "growth_kb": growth,
                "start_rss_kb": start_rss,
                "peak_kb": peak,
                "reset": reset,
                "items": count,
            }
        )
    )


def _run_child(url: str, items: int, keep: bool) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child", url, str(items)] + (["--keep"] if keep else [])
    done = subprocess.run(cmd, capture_output=True, text=True, env=c.child_env(), check=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def measure(rounds: int) -> dict[str, Any]:
    cases = {"walk_10k": (SMALL, False), "walk_100k": (LARGE, False), "keep_10k": (SMALL, True)}
    samples: dict[str, list[dict[str, Any]]] = {name: [] for name in cases}
    for _ in range(rounds):
        for name, (items, keep) in cases.items():
            with Server("lazy", total=items) as server:
                samples[name].append(_run_child(server.url, items, keep))
    results: dict[str, Any] = {}
    for name, runs in samples.items():
        results[f"{name}_growth_kb"] = c.median([r["growth_kb"] for r in runs])
        results[f"{name}_start_rss_kb"] = c.median([r["start_rss_kb"] for r in runs])
    results["reset_peak"] = all(r["reset"] for runs in samples.values() for r in runs)
    results["growth_ratio_100k_vs_10k"] = results["walk_100k_growth_kb"] / max(
        results["walk_10k_growth_kb"], 1
    )
    return results


def main() -> dict[str, Any]:
    parser = c.arg_parser(__doc__.splitlines()[0])
    parser.add_argument("--child", nargs=2, metavar=("URL", "ITEMS"), help=argparse.SUPPRESS)
    parser.add_argument("--keep", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]), args.keep)
        return {}
    page_bytes = len(c.conversations_page(0, 100))
    results = measure(c.RUNS)
    results["page_bytes"] = page_bytes
    # A walk keeps no item: only each yielded item's id stays (to yield every item once when a
    # server's pages overlap), so each item walked past the first 10,000 costs under 5% of a kept one.
    per_walked = (results["walk_100k_growth_kb"] - results["walk_10k_growth_kb"]) / (LARGE - SMALL)
    per_kept = results["keep_10k_growth_kb"] / SMALL
    results["walked_vs_kept_per_item"] = per_walked / max(per_kept, 1e-9)
    results["target_met"] = results["walked_vs_kept_per_item"] < 0.05
    rows = [
        [
            "walk 10,000 items",
            f"{results['walk_10k_growth_kb'] / 1024:.1f}",
            f"{results['walk_10k_start_rss_kb'] / 1024:.1f}",
        ],
        [
            "walk 100,000 items",
            f"{results['walk_100k_growth_kb'] / 1024:.1f}",
            f"{results['walk_100k_start_rss_kb'] / 1024:.1f}",
        ],
        [
            "keep 10,000 items in a list (contrast)",
            f"{results['keep_10k_growth_kb'] / 1024:.1f}",
            f"{results['keep_10k_start_rss_kb'] / 1024:.1f}",
        ],
    ]
    print(
        f"Peak RSS growth during auto-pagination (100 items/page, {page_bytes:,} bytes/page), MiB, median of {c.RUNS}"
    )
    print(c.table(rows, ["case", "peak growth MiB", "RSS at start MiB"]))
    verdict = "met" if results["target_met"] else "MISSED"
    print(
        f"100k growth / 10k growth: {results['growth_ratio_100k_vs_10k']:.2f}x; an item walked costs "
        f"{results['walked_vs_kept_per_item']:.1%} of a kept one (its id, under 5%) -> {verdict}"
    )
    if not results["reset_peak"]:
        print(
            "note: /proc/self/clear_refs was not writable; growth is measured from the earlier peak"
        )
    c.write_json(args.json, results)
    return results


if __name__ == "__main__":
    main()
