"""Run every benchmark (`make bench`) and print a summary table with the targets met or missed.

Each benchmark runs as its own process (also runnable alone: `python benchmarks/bench_<name>.py`);
this script collects their figures through `--json` and adds the machine, the versions and the load.

    python benchmarks/run.py [--only codegen parse request memory import inbox] [--skip-synthetic] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path
from typing import Any

import _common as c

BENCHES = ("codegen", "parse", "request", "memory", "import", "inbox")


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "-"


def versions() -> dict[str, str]:
    return {
        "python": sys.version.split()[0],
        "httpx2": _version("httpx2"),
        "pydantic": _version("pydantic"),
        "pydantic-core": _version("pydantic_core"),
        "datamodel-code-generator": _version("datamodel-code-generator"),
        "openapi-spec-validator": _version("openapi-spec-validator"),
        "ruff": _version("ruff"),
        "openapi-python-client": c.OPC_VERSION,
        "openai": c.OPENAI_VERSION,
    }


def revision() -> str:
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=c.ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "generator", "templates", "generated"],
            cwd=c.ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head.stdout.strip() + (
        " + uncommitted changes in generator/templates/generated" if dirty.stdout.strip() else ""
    )


def run_one(name: str, extra: list[str]) -> tuple[dict[str, Any] | None, float]:
    with tempfile.TemporaryDirectory(prefix="bench-run-") as tmp:
        out = Path(tmp) / f"{name}.json"
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, str(c.HERE / f"bench_{name}.py"), "--json", str(out), *extra],
            env=c.child_env(),
        )
        elapsed = time.perf_counter() - started
        if done.returncode != 0 or not out.exists():
            print(f"[{name}] failed with exit code {done.returncode}", flush=True)
            return None, elapsed
        return json.loads(out.read_text()), elapsed


def _met(flag: bool | None) -> str:
    return "-" if flag is None else ("met" if flag else "MISSED")


def summary(results: dict[str, dict[str, Any] | None]) -> list[list[str]]:
    rows: list[list[str]] = []
    cg = results.get("codegen")
    if cg:
        three = cg["three_specs"]
        rows.append(
            [
                "codegen, 3 specs: ours / opc",
                f"{three['ours_s']:.2f} s / {three['opc_s']:.2f} s",
                f"{three['ours_vs_opc']:.2f}x",
                "< 0.33x",
                _met(three["target_met"]),
            ]
        )
        for key, label in (
            ("enums", "codegen, opc's enums spec"),
            ("synthetic", "codegen, synthetic 500 ops / 1,000 schemas"),
        ):
            if key in cg:
                case = cg[key]
                rows.append(
                    [
                        f"{label}: ours / opc",
                        f"{case['ours_s']:.2f} s / {case['opc_s']:.2f} s",
                        f"{case['ours_vs_opc']:.2f}x",
                        "(none)",
                        "FAILED: " + "; ".join(case["notes"])[:60] if case["failed"] else "-",
                    ]
                )
    parse = results.get("parse")
    if parse:
        rows.append(
            [
                "parse 100-item page: ours / json.loads",
                f"{parse['ours_operation_parse_us']:.0f} us / {parse['json_loads_us']:.0f} us",
                f"{parse['ours_vs_json_loads']:.2f}x",
                "<= 1.5x",
                _met(parse["target_vs_json_met"]),
            ]
        )
        rows.append(
            [
                "parse 100-item page: openai (construct) / ours",
                f"{parse['openai_construct_us']:.0f} us / {parse['ours_operation_parse_us']:.0f} us",
                f"{parse['openai_vs_ours']:.2f}x",
                "(none)",
                "-",
            ]
        )
        rows.append(
            [
                "parse 100-item page: opc / ours",
                f"{parse['opc_from_dict_us']:.0f} us / {parse['ours_operation_parse_us']:.0f} us",
                f"{parse['opc_vs_ours']:.2f}x",
                ">= 3x",
                _met(parse["target_vs_opc_met"]),
            ]
        )
    req = results.get("request")
    if req:
        rows.append(
            [
                "request: ours / bare httpx2 + json.loads",
                f"{req['ours_us']:.0f} us / {req['bare_httpx2_us']:.0f} us",
                f"{req['ours_vs_bare']:.2f}x",
                "<= 1.15x",
                _met(req["target_met"]),
            ]
        )
        rows.append(
            [
                "request: ours / openai client.get",
                f"{req['ours_us']:.0f} us / {req['openai_us']:.0f} us",
                f"{req['ours_vs_openai']:.2f}x",
                "(none)",
                "-",
            ]
        )
    mem = results.get("memory")
    if mem:
        rows.append(
            [
                "memory: peak growth 100k / 10k items",
                f"{mem['walk_100k_growth_kb'] / 1024:.1f} MiB / {mem['walk_10k_growth_kb'] / 1024:.1f} MiB",
                f"{mem['growth_ratio_100k_vs_10k']:.2f}x",
                "~1 page (< 2x)",
                _met(mem["target_met"]),
            ]
        )
    imp = results.get("import")
    if imp:
        rows.append(
            [
                "import wacrm_client (opc's package)",
                f"{imp['ours_ms']:.0f} ms ({imp['opc_ms']:.0f} ms)",
                f"{imp['ours_vs_opc']:.2f}x",
                "< 150 ms",
                _met(imp["target_met"]),
            ]
        )
    inbox = results.get("inbox")
    if inbox:
        rows.append(
            [
                f"inbox: merged listing of {inbox['conversations']} / the 3 clients",
                f"{inbox['inbox_ms']:.0f} ms / {inbox['direct_ms']:.0f} ms",
                f"{inbox['ratio']:.2f}x",
                "<= 1.10x",
                _met(inbox["met"]),
            ]
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", choices=BENCHES, help="run only these benchmarks")
    parser.add_argument(
        "--skip-synthetic", action="store_true", help="codegen: leave out the 500-operation spec"
    )
    parser.add_argument("--json", metavar="FILE", help="write every figure as JSON")
    args = parser.parse_args()
    load_before = os.getloadavg()
    started = time.perf_counter()
    results: dict[str, dict[str, Any] | None] = {}
    durations: dict[str, float] = {}
    for name in args.only or BENCHES:
        print(f"\n=== {name} ===", flush=True)
        extra = ["--skip-synthetic"] if name == "codegen" and args.skip_synthetic else []
        results[name], durations[name] = run_one(name, extra)
    load_after = os.getloadavg()
    info = {
        "machine": c.machine(),
        "versions": versions(),
        "revision": revision(),
        "load_average_1min": {"before": round(load_before[0], 2), "after": round(load_after[0], 2)},
        "seconds": {name: round(value, 1) for name, value in durations.items()},
    }
    print("\n=== summary ===")
    m = info["machine"]
    print(
        f"machine: {m['cpu']}, {m['cores']} cores, {m['memory']}, {m['os']}; Python {m['python']}"
    )
    print("versions: " + ", ".join(f"{k} {v}" for k, v in info["versions"].items()))
    print(f"revision: {info['revision']}")
    print(
        f"load average (1 min): {load_before[0]:.2f} before, {load_after[0]:.2f} after; took {time.perf_counter() - started:.0f} s"
    )
    print(c.table(summary(results), ["benchmark", "figures", "ratio", "target", "result"]))
    failed = [name for name, value in results.items() if value is None]
    if failed:
        print("failed: " + ", ".join(failed))
    c.write_json(args.json, {"info": info, "results": results})


if __name__ == "__main__":
    main()
