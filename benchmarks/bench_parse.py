"""Parsing a 100-item Wacrm conversations page: ours vs json.loads, Stainless's runtime and opc's models.

The page is built from the example conversation of the Wacrm docs with every id varied. Timed, in
microseconds per page (timeit-style loops, GC off while timing):

- `json.loads(body)`: the floor, no validation, no objects;
- ours: `parse_response` of the list operation on an `httpx2.Response` (what `client.conversations.list`
  runs) and `ConversationList.model_validate_json(body)` directly;
- openai (Stainless's runtime, pinned): what `client.get(path, cast_to=ConversationList)` runs on
  the body, `construct_type(type_=ConversationList, value=json.loads(body))` (its default path, no
  validation) and `validate_type(...)` (`_strict_response_validation=True`), `ConversationList` an
  `openai.BaseModel` of the same fields (`_openai_models.py`), timed in `.venv-openai`
  (`--openai-child`);
- openapi-python-client: `ConversationList.from_dict(json.loads(body))` of the client it generates
  for the same spec, timed by this same script run in `.venv-clients` (`--opc-child`), alternating
  with our rounds.

`--baseline DIR` (another revision's `generated/wacrm/src`) also times that revision's
`parse_response` and this one's, each in a child process of its own every round (both in `.venv-openai`,
which has httpx2 and, for a revision from before the move, httpx), taking turns to go first: the fast
path before and after a change, as the ratio of their json.loads-normalised figures. Each package
parses a response of its own HTTP library.

Timing: 5 rounds; in each, 15 short windows (50 ms) per contender, interleaved. The machine's speed
drifts (here it flips between two states within milliseconds), so every ratio is taken between
side-by-side windows and the median reported; ours vs theirs, measured in two processes, is the
ratio of the two json.loads-normalised figures.

    python benchmarks/bench_parse.py [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import _common as c

TARGET_VS_JSON = 1.5  # ours <= 1.5x json.loads
TARGET_VS_OPC = 3.0  # ours >= 3x faster than openapi-python-client's models


def list_operation() -> Any:
    """The GET /api/v1/conversations Operation of the generated package, found by what it is."""
    import importlib
    import pkgutil

    from wacrm_client import _base_client, resources

    for info in pkgutil.walk_packages(resources.__path__, "wacrm_client.resources."):
        for value in vars(importlib.import_module(info.name)).values():
            if (
                isinstance(value, _base_client.Operation)
                and value.method == "GET"
                and value.path == "/api/v1/conversations"
            ):
                return value
    raise LookupError("no GET /api/v1/conversations operation in wacrm_client.resources")


REPEATS = 15  # timing windows per contender and round, interleaved
WINDOW = 0.05  # seconds per window: short, so that side-by-side windows see the same machine state


def ours_round(body: bytes, src: Path | None = None) -> dict[str, float]:
    """One round in this process: json.loads, parse_response and model_validate_json, interleaved."""
    if src is not None:
        sys.path.insert(0, str(src))
    wacrm = c.import_generated("wacrm") if src is None else __import__("wacrm_client")
    from wacrm_client._response import parse_response

    op = list_operation()
    http = c.http_module(wacrm)  # httpx2 (httpx for a baseline revision from before the move)
    response = http.Response(200, content=body, headers={"content-type": "application/json"})
    model = wacrm.ConversationList
    parsed = parse_response(op, response)
    assert len(parsed.data) == 100 and parsed.data[99].contact.tags[0].name == "vip"
    figures = c.interleaved_us(
        {
            "json": lambda: json.loads(body),
            "parse": lambda: parse_response(op, response),
            "validate": lambda: model.model_validate_json(body),
        },
        repeats=REPEATS,
        min_time=WINDOW,
    )
    return {
        "json_loads_us": c.median(figures["json"]),
        "ours_operation_parse_us": c.median(figures["parse"]),
        "ours_model_validate_json_us": c.median(figures["validate"]),
        "ours_vs_json_loads": c.paired_ratio(figures["parse"], figures["json"]),
        "ours_validate_vs_json_loads": c.paired_ratio(figures["validate"], figures["json"]),
    }


def opc_child(body_file: str, root: str, package: str) -> None:
    """Runs in the clean clients venv: time openapi-python-client's models on the same bytes, print JSON."""
    import importlib

    body = Path(body_file).read_bytes()
    sys.path.insert(0, root)
    models = importlib.import_module(f"{package}.models")
    model = models.ConversationList
    parsed = model.from_dict(json.loads(body))
    assert len(parsed.data) == 100 and parsed.data[99].contact.tags[0].name == "vip"
    figures = c.interleaved_us(
        {"json": lambda: json.loads(body), "opc": lambda: model.from_dict(json.loads(body))},
        repeats=REPEATS,
        min_time=WINDOW,
    )
    result = {
        "opc_json_loads_us": c.median(figures["json"]),
        "opc_from_dict_us": c.median(figures["opc"]),
        "opc_vs_json_loads": c.paired_ratio(figures["opc"], figures["json"]),
    }
    print(json.dumps(result))


def openai_child(body_file: str) -> None:
    """Runs in the openai venv: time Stainless's parsing of the same bytes, print JSON."""
    from _openai_models import ConversationList
    from openai._models import construct_type, validate_type

    body = Path(body_file).read_bytes()
    built = construct_type(type_=ConversationList, value=json.loads(body))
    assert len(built.data) == 100 and built.data[99].contact.tags[0].name == "vip"
    validated = validate_type(type_=ConversationList, value=json.loads(body))
    assert validated.data[0].created_at.year > 2000
    figures = c.interleaved_us(
        {
            "json": lambda: json.loads(body),
            "construct": lambda: construct_type(type_=ConversationList, value=json.loads(body)),
            "validate": lambda: validate_type(type_=ConversationList, value=json.loads(body)),
        },
        repeats=REPEATS,
        min_time=WINDOW,
    )
    print(
        json.dumps(
            {
                "openai_json_loads_us": c.median(figures["json"]),
                "openai_construct_us": c.median(figures["construct"]),
                "openai_validate_us": c.median(figures["validate"]),
                "openai_construct_vs_json_loads": c.paired_ratio(
                    figures["construct"], figures["json"]
                ),
                "openai_validate_vs_json_loads": c.paired_ratio(
                    figures["validate"], figures["json"]
                ),
            }
        )
    )


def baseline_child(body_file: str, src: str) -> None:
    """Runs with another revision's package first on the path: its parse_response on the same bytes."""
    figures = ours_round(Path(body_file).read_bytes(), Path(src))
    print(json.dumps({f"baseline_{k}": v for k, v in figures.items()}))


def _child(python: Path | str, *args: str) -> dict[str, float]:
    done = subprocess.run(
        [str(python), __file__, *args],
        capture_output=True,
        text=True,
        env=c.child_env(PYTHONPATH=str(c.HERE)),
        check=True,
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def opc_round(python: Path, body_file: Path, root: Path, package: str) -> dict[str, float]:
    done = subprocess.run(
        [str(python), __file__, "--opc-child", str(body_file), str(root), package],
        capture_output=True,
        text=True,
        env=c.child_env(),
        check=True,
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def measure(body: bytes, rounds: int, baseline: str | None = None) -> dict[str, float]:
    """`rounds` alternations of (our process, the openai child, the opc child[, the baseline child]);
    the median of every figure and ratio.

    Ratios to json.loads are taken window by window within a process. The peers run in other
    processes, so ours vs theirs is the ratio of the json.loads-normalised figures.
    """
    root, package = c.ensure_opc_client("wacrm")
    python = c.ensure_clients_venv()
    openai_python = c.ensure_openai_venv()
    per_round: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory(prefix="bench-parse-") as tmp:
        body_file = Path(tmp) / "page.json"
        body_file.write_bytes(body)
        for _ in range(rounds):
            figures = {
                **ours_round(body),
                **_child(openai_python, "--openai-child", str(body_file)),
                **opc_round(python, body_file, root, package),
            }
            if baseline:
                # before and after alike: each in a child process of its own, taking turns to go first
                ours_src = str(c.generated_src("wacrm"))
                pair = [(ours_src, "after"), (baseline, "before")]
                if len(per_round) % 2:
                    pair.reverse()
                timed = {
                    label: _child(openai_python, "--baseline-child", str(body_file), src)
                    for src, label in pair
                }
                figures.update(timed["before"])
                figures["after_child_ours_vs_json_loads"] = timed["after"][
                    "baseline_ours_vs_json_loads"
                ]
                figures["ours_vs_baseline"] = (
                    timed["after"]["baseline_ours_vs_json_loads"]
                    / timed["before"]["baseline_ours_vs_json_loads"]
                )
            figures["opc_vs_ours"] = figures["opc_vs_json_loads"] / figures["ours_vs_json_loads"]
            figures["openai_vs_ours"] = (
                figures["openai_construct_vs_json_loads"] / figures["ours_vs_json_loads"]
            )
            figures["openai_strict_vs_ours"] = (
                figures["openai_validate_vs_json_loads"] / figures["ours_vs_json_loads"]
            )
            per_round.append(figures)
    return {name: c.median([r[name] for r in per_round]) for name in per_round[0]}


def main() -> dict[str, Any]:
    parser = c.arg_parser(__doc__.splitlines()[0])
    parser.add_argument(
        "--opc-child", nargs=3, metavar=("BODY", "ROOT", "PACKAGE"), help=argparse.SUPPRESS
    )
    parser.add_argument("--openai-child", metavar="BODY", help=argparse.SUPPRESS)
    parser.add_argument(
        "--baseline-child", nargs=2, metavar=("BODY", "SRC"), help=argparse.SUPPRESS
    )
    parser.add_argument("--baseline", metavar="DIR", help="another revision's generated/wacrm/src")
    args = parser.parse_args()
    if args.opc_child:
        opc_child(*args.opc_child)
        return {}
    if args.openai_child:
        openai_child(args.openai_child)
        return {}
    if args.baseline_child:
        baseline_child(*args.baseline_child)
        return {}
    body = c.conversations_page(0, 100)
    results: dict[str, Any] = {
        "page_bytes": len(body),
        "items": 100,
        "openai_version": c.OPENAI_VERSION,
    }
    results.update(measure(body, c.RUNS, args.baseline))
    ours = results["ours_operation_parse_us"]
    results["target_vs_json_met"] = results["ours_vs_json_loads"] <= TARGET_VS_JSON
    results["target_vs_opc_met"] = results["opc_vs_ours"] >= TARGET_VS_OPC
    rows = [
        ["json.loads (floor)", f"{results['json_loads_us']:.0f}", "1.00x"],
        [
            "ours: parse_response(op, httpx2.Response)",
            f"{ours:.0f}",
            f"{results['ours_vs_json_loads']:.2f}x",
        ],
        [
            "ours: ConversationList.model_validate_json",
            f"{results['ours_model_validate_json_us']:.0f}",
            f"{results['ours_validate_vs_json_loads']:.2f}x",
        ],
        [
            f"openai {c.OPENAI_VERSION}: construct_type (client.get's default)",
            f"{results['openai_construct_us']:.0f}",
            f"{results['openai_construct_vs_json_loads']:.2f}x",
        ],
        [
            "openai: validate_type (_strict_response_validation)",
            f"{results['openai_validate_us']:.0f}",
            f"{results['openai_validate_vs_json_loads']:.2f}x",
        ],
        [
            "(json.loads in the process timing openai)",
            f"{results['openai_json_loads_us']:.0f}",
            "1.00x",
        ],
        [
            "opc: ConversationList.from_dict(json.loads)",
            f"{results['opc_from_dict_us']:.0f}",
            f"{results['opc_vs_json_loads']:.2f}x",
        ],
        ["(json.loads in the process timing opc)", f"{results['opc_json_loads_us']:.0f}", "1.00x"],
    ]
    print(
        f"Parsing one {results['items']}-item conversations page ({results['page_bytes']:,} bytes), us per page"
    )
    print(c.table(rows, ["parser", "us/page", "vs json.loads"]))
    print("(medians over 5 rounds of 15 interleaved windows; ratios are taken window by window)")
    print(f"openai's default parse vs ours: {results['openai_vs_ours']:.2f}x slower")
    print(f"openai's strict parse vs ours: {results['openai_strict_vs_ours']:.2f}x slower")
    if args.baseline:
        print(
            f"ours vs the baseline revision, both in child processes (json.loads-normalised):"
            f" {results['ours_vs_baseline']:.3f}x (baseline {results['baseline_ours_vs_json_loads']:.2f}x,"
            f" ours {results['after_child_ours_vs_json_loads']:.2f}x json.loads)"
        )
    verdict = "met" if results["target_vs_json_met"] else "MISSED"
    print(
        f"target ours <= {TARGET_VS_JSON}x json.loads: {results['ours_vs_json_loads']:.2f}x -> {verdict}"
    )
    verdict = "met" if results["target_vs_opc_met"] else "MISSED"
    print(
        f"target ours >= {TARGET_VS_OPC}x faster than opc: {results['opc_vs_ours']:.2f}x -> {verdict}"
    )
    c.write_json(args.json, results)
    return results


if __name__ == "__main__":
    main()
