"""Request overhead: `client.conversations.list(limit=100)` end to end vs Stainless's runtime and bare httpx2.

A local keep-alive server (`_server.py static`, a separate process on 127.0.0.1) answers every request
with the same 100-item conversations page. Contenders, each on its own kept-alive connection, all in
one process (the `benchmarks/.venv-openai` venv: openai pinned, httpx2 and pydantic at the project's pins):

- ours: `Wacrm(...).conversations.list(limit=100)` (build, send, status check, parse into models, page);
- openai: Stainless's runtime, `OpenAI(base_url=...).get("/api/v1/conversations", cast_to=ConversationList,
  options={"params": {"limit": 100}})`, `ConversationList` an `openai.BaseModel` of the same fields
  (`_openai_models.py`), parsed by its default path (construct, no validation) and, as a second row,
  with `_strict_response_validation=True` (pydantic validation, like ours);
- bare: `httpx2.Client.get(...)` + `json.loads` (httpx2: what our packages and openai 3.51.0 run on);
- bare + pydantic (for reference): the bare request + our `ConversationList.model_validate_json`;
- bare httpx (for reference): `httpx.Client.get(...)` + `json.loads`, the stack of the revisions
  before the move to httpx2.

Every request is timed on its own; per round each contender makes 300 requests (after 30 warm-up
requests), alternating request by request so that machine load hits all alike. Figures are medians
over 5 rounds of the per-round median; ratios are the median of request-by-request ratios (each vs
the bare request made beside it), then the median over the rounds.

`--baseline DIR` (DIR: another revision's `generated/wacrm/src`) adds that revision's package as one
more contender in the same process, imported under another name (`wacrm_client_baseline`: the
runtime's imports are relative), on a connection of its own and alternating request by request with
the others: ours before and after a change, as the request-by-request ratio between the two.

    python benchmarks/bench_request.py [--json FILE] [--baseline DIR]
"""

from __future__ import annotations

import argparse
import gc
import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import _common as c
from _server import Server

TARGET = 1.15  # ours <= 1.15x bare httpx2
REQUESTS_PER_ROUND = 300
WARMUP = 30


def _round(
    contenders: dict[str, Callable[[], object]], count: int, shift: int = 0
) -> dict[str, list[float]]:
    """Microseconds of every request of each contender; requests alternate (a, b, c, a, b, c, ...).

    `shift` rotates the order (round r starts with the r-th contender): on a loaded machine the place
    in the cycle (what ran just before) shows in the figures, so no contender keeps one place.
    """
    for func in contenders.values():
        for _ in range(WARMUP):
            func()
    names = list(contenders)
    shift %= len(names)
    order = [(name, contenders[name]) for name in names[shift:] + names[:shift]]
    times: dict[str, list[float]] = {name: [] for name in contenders}
    gc.collect()
    for _ in range(count):
        for name, func in order:
            started = time.perf_counter_ns()
            func()
            times[name].append((time.perf_counter_ns() - started) / 1000)
    return times


def _import_baseline(baseline: Path) -> Any:
    """Another revision's wacrm_client, copied and imported as `wacrm_client_baseline`."""
    import importlib
    import shutil
    import tempfile

    where = Path(tempfile.mkdtemp(prefix="bench-request-baseline-"))
    shutil.copytree(
        baseline / "wacrm_client",
        where / "wacrm_client_baseline",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    sys.path.insert(0, str(where))
    return importlib.import_module("wacrm_client_baseline")


def measure(url: str, rounds: int, src: Path, baseline: Path | None = None) -> dict[str, Any]:
    """Runs in the openai venv: every contender in this process, `src` the package timed as ours."""
    sys.path.insert(0, str(src))
    import httpx
    import httpx2
    import openai
    import wacrm_client
    from _openai_models import ConversationList as OpenAIConversationList

    key = "wacrm_live_" + "b" * 43
    client = wacrm_client.Wacrm(api_key=key, base_url=url)
    stainless = openai.OpenAI(api_key=key, base_url=url, max_retries=2)
    stainless_strict = openai.OpenAI(
        api_key=key, base_url=url, max_retries=2, _strict_response_validation=True
    )
    bare = httpx2.Client(base_url=url)
    bare_validating = httpx2.Client(base_url=url)
    bare_old = httpx.Client(base_url=url)
    headers = {"Authorization": f"Bearer {key}"}
    model = wacrm_client.ConversationList
    params: Any = {"params": {"limit": 100}}

    def ours() -> object:
        page = client.conversations.list(limit=100)
        assert len(page.data) == 100
        return page

    def openai_get() -> object:
        page = stainless.get(
            "/api/v1/conversations", cast_to=OpenAIConversationList, options=params
        )
        assert len(page.data) == 100
        return page

    def openai_strict() -> object:
        page = stainless_strict.get(
            "/api/v1/conversations", cast_to=OpenAIConversationList, options=params
        )
        assert len(page.data) == 100 and page.data[0].created_at.year > 2000
        return page

    def bare_httpx2() -> object:
        data = json.loads(
            bare.get("/api/v1/conversations", params={"limit": 100}, headers=headers).content
        )
        assert len(data["data"]) == 100
        return data

    def bare_httpx() -> object:
        data = json.loads(
            bare_old.get("/api/v1/conversations", params={"limit": 100}, headers=headers).content
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

    before = _import_baseline(baseline) if baseline is not None else None
    before_client = before.Wacrm(api_key=key, base_url=url) if before is not None else None
    assert before is None or before.__name__ != wacrm_client.__name__

    def ours_before() -> object:
        assert before_client is not None
        page = before_client.conversations.list(limit=100)
        assert len(page.data) == 100
        return page

    contenders = {
        "ours_us": ours,
        **({"baseline_ours_us": ours_before} if before_client is not None else {}),
        "openai_us": openai_get,
        "openai_strict_us": openai_strict,
        "bare_httpx2_us": bare_httpx2,
        "bare_httpx2_pydantic_us": bare_pydantic,
        "bare_httpx_us": bare_httpx,
    }
    per_round: list[dict[str, float]] = []
    try:
        for index in range(rounds):
            times = _round(contenders, REQUESTS_PER_ROUND, shift=index)
            figures = {name: c.median(values) for name, values in times.items()}
            # side-by-side requests see the same machine state: ratio per group, then the median
            t_bare = times["bare_httpx2_us"]
            figures["ours_vs_bare"] = c.paired_ratio(times["ours_us"], t_bare)
            figures["openai_vs_bare"] = c.paired_ratio(times["openai_us"], t_bare)
            figures["openai_strict_vs_bare"] = c.paired_ratio(times["openai_strict_us"], t_bare)
            figures["ours_vs_openai"] = c.paired_ratio(times["ours_us"], times["openai_us"])
            figures["ours_vs_bare_pydantic"] = c.paired_ratio(
                times["ours_us"], times["bare_httpx2_pydantic_us"]
            )
            figures["bare_pydantic_vs_bare"] = c.paired_ratio(
                times["bare_httpx2_pydantic_us"], t_bare
            )
            figures["bare_httpx_vs_bare"] = c.paired_ratio(times["bare_httpx_us"], t_bare)
            if before_client is not None:
                figures["baseline_ours_vs_bare"] = c.paired_ratio(times["baseline_ours_us"], t_bare)
                figures["after_vs_before"] = c.paired_ratio(
                    times["ours_us"], times["baseline_ours_us"]
                )
            per_round.append(figures)
    finally:
        client.close()
        if before_client is not None:
            before_client.close()
        stainless.close()
        stainless_strict.close()
        bare.close()
        bare_validating.close()
        bare_old.close()
    results: dict[str, Any] = {
        name: c.median([r[name] for r in per_round]) for name in per_round[0]
    }
    results["rounds"] = rounds
    results["requests_per_round"] = REQUESTS_PER_ROUND
    return results


def run_child(
    python: Path, url: str, rounds: int, src: Path, baseline: str | None = None
) -> dict[str, Any]:
    done = subprocess.run(
        [str(python), __file__, "--child", url, str(rounds), str(src), baseline or ""],
        capture_output=True,
        text=True,
        env=c.child_env(PYTHONPATH=str(c.HERE)),
        check=True,
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> dict[str, Any]:
    parser = c.arg_parser(__doc__.splitlines()[0])
    parser.add_argument("--baseline", metavar="DIR", help="another revision's generated/wacrm/src")
    parser.add_argument(
        "--child", nargs=4, metavar=("URL", "ROUNDS", "SRC", "BASELINE"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    c.scrub_proxies()
    if args.child:
        url, rounds, src, baseline = args.child
        print(
            json.dumps(measure(url, int(rounds), Path(src), Path(baseline) if baseline else None))
        )
        return {}
    python = c.ensure_openai_venv()
    ours_src = c.generated_src("wacrm")
    with Server("static") as server:
        results = run_child(python, server.url, c.RUNS, ours_src, args.baseline)
    results["openai_version"] = c.OPENAI_VERSION
    results["target_met"] = results["ours_vs_bare"] <= TARGET
    rows = [
        ["bare httpx2.Client.get + json.loads", f"{results['bare_httpx2_us']:.0f}", "1.00x"],
        [
            "ours: client.conversations.list(limit=100)",
            f"{results['ours_us']:.0f}",
            f"{results['ours_vs_bare']:.2f}x",
        ],
        [
            f"openai {c.OPENAI_VERSION}: client.get(path, cast_to=Model)",
            f"{results['openai_us']:.0f}",
            f"{results['openai_vs_bare']:.2f}x",
        ],
        [
            "openai, _strict_response_validation=True",
            f"{results['openai_strict_us']:.0f}",
            f"{results['openai_strict_vs_bare']:.2f}x",
        ],
        [
            "(bare httpx2 + ConversationList.model_validate_json)",
            f"{results['bare_httpx2_pydantic_us']:.0f}",
            f"{results['bare_pydantic_vs_bare']:.2f}x",
        ],
        [
            "(bare httpx 0.28.1.Client.get + json.loads)",
            f"{results['bare_httpx_us']:.0f}",
            f"{results['bare_httpx_vs_bare']:.2f}x",
        ],
    ]
    if args.baseline:
        rows.append(
            [
                "ours, baseline revision",
                f"{results['baseline_ours_us']:.0f}",
                f"{results['baseline_ours_vs_bare']:.2f}x",
            ]
        )
    print(
        f"One GET of a 100-item page over loopback keep-alive, us per request (median of {c.RUNS} rounds)"
    )
    print(c.table(rows, ["client", "us/request", "vs bare"]))
    verdict = "met" if results["target_met"] else "MISSED"
    print(f"target ours <= {TARGET}x bare httpx2: {results['ours_vs_bare']:.2f}x -> {verdict}")
    print(f"ours vs openai's client.get, request by request: {results['ours_vs_openai']:.2f}x")
    if args.baseline:
        print(
            f"ours vs the baseline revision, request by request: {results['after_vs_before']:.3f}x"
        )
    print(
        f"ours vs bare httpx2 + the same pydantic validation: {results['ours_vs_bare_pydantic']:.2f}x"
    )
    c.write_json(args.json, results)
    return results


if __name__ == "__main__":
    main()
