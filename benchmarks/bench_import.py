"""Import time of the generated Wacrm client vs openapi-python-client's client for the same spec.

`python -X importtime -c "import <package>"` in a fresh process; the figure is the cumulative
microseconds of the top-level package line (everything it imports, bytecode already cached by a
warm-up run). Median of 5 processes each, the cases alternating.

All run in `.venv-clients`, which holds only the clients' runtime dependencies, as a user who
installed either package has them (ours runs on httpx2, openapi-python-client's on httpx). The
project's dev venv is shown too, for comparison with figures taken before the move to httpx2 (httpx
0.28 imported its command-line interface, click, rich and pygments, when they were installed).
openapi-python-client's package imports only its client at the top (models load when an endpoint
module is imported), so `import <package>.models` is shown as well. The floor is a module that
imports httpx2 and pydantic and defines one model: what any httpx2 + pydantic client pays.

`--baseline DIR` times instead our package against another revision's (DIR: a copy of
`generated/wacrm/src` from it), the two alternating which goes first in each round, median of
`--runs` processes each (default 5): the before/after of one change, side by side.

    python benchmarks/bench_import.py [--json FILE] [--baseline DIR [--runs N]]
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import _common as c

TARGET_MS = 150.0

FLOOR = '''"""What any httpx2 + pydantic client imports: httpx2, pydantic, and one model class."""

import httpx2
from pydantic import BaseModel


class Model(BaseModel):
    x: int
'''


def import_us(python: str, module: str, pythonpath: Path) -> dict[str, int]:
    """`python -X importtime -c "import module"`: cumulative us of every module imported."""
    done = subprocess.run(
        [python, "-X", "importtime", "-c", f"import {module}"],
        capture_output=True,
        text=True,
        env=c.child_env(PYTHONPATH=str(pythonpath)),
        check=True,
    )
    cumulative: dict[str, int] = {}
    for line in done.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)", line)
        if match:
            cumulative.setdefault(match.group(4), int(match.group(2)))
    return cumulative


Case = tuple[str, str, Path]  # interpreter, module, its PYTHONPATH


def sample(
    cases: dict[str, Case], runs: int, *, take_turns: bool = False
) -> dict[str, list[dict[str, int]]]:
    """A warm-up process per case (it writes the bytecode caches), then `runs` rounds of one each.

    With `take_turns`, the first two cases swap places every other round: whichever goes first
    follows the last case of the round before, and so would pay for it every time.
    """
    for python, module, path in cases.values():
        import_us(python, module, path)
    samples: dict[str, list[dict[str, int]]] = {name: [] for name in cases}
    for round_ in range(runs):
        order = list(cases.items())
        if take_turns and round_ % 2:
            order[0], order[1] = order[1], order[0]
        for name, (python, module, path) in order:
            samples[name].append(import_us(python, module, path))
    return samples


def compare_with_baseline(baseline: Path, runs: int, json_path: str | None) -> dict[str, Any]:
    """`import wacrm_client`, ours against another revision's copy, side by side."""
    clean = str(c.ensure_clients_venv())
    cases: dict[str, Case] = {
        "ours": (clean, "wacrm_client", c.generated_src("wacrm")),
        "baseline": (clean, "wacrm_client", baseline.resolve()),
    }
    samples = sample(cases, runs, take_turns=True)
    results: dict[str, Any] = {
        f"{name}_ms": c.median([s.get("wacrm_client", 0) for s in samples[name]]) / 1000
        for name in cases
    }
    results["ours_vs_baseline"] = results["ours_ms"] / results["baseline_ms"]
    print(
        f"Import time (python -X importtime, cumulative, median of {runs} fresh processes each), ms"
    )
    rows = [
        ["ours: import wacrm_client", f"{results['ours_ms']:.1f}", "this checkout"],
        ["baseline: import wacrm_client", f"{results['baseline_ms']:.1f}", str(baseline)],
    ]
    print(c.table(rows, ["import", "ms", "source"]))
    print(f"ours / baseline: {results['ours_vs_baseline']:.3f}x")
    c.write_json(json_path, results)
    return results


def main() -> dict[str, Any]:
    parser = c.arg_parser(__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, help="another revision's generated/wacrm/src")
    parser.add_argument(
        "--runs", type=int, default=c.RUNS, help="processes per case with --baseline"
    )
    args = parser.parse_args()
    if args.baseline:
        return compare_with_baseline(args.baseline, args.runs, args.json)
    opc_root, opc_pkg = c.ensure_opc_client("wacrm")
    clean = str(c.ensure_clients_venv())
    ours_src = c.generated_src("wacrm")
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        (Path(tmp) / "_bench_floor.py").write_text(FLOOR)
        cases: dict[str, Case] = {
            "ours": (clean, "wacrm_client", ours_src),
            "opc": (clean, opc_pkg, opc_root),
            "opc_models": (clean, f"{opc_pkg}.models", opc_root),
            "floor": (clean, "_bench_floor", Path(tmp)),
            "ours_dev_venv": (sys.executable, "wacrm_client", ours_src),
        }
        samples = sample(cases, c.RUNS)

    def ms(case: str, module: str) -> float:
        return c.median([s.get(module, 0) for s in samples[case]]) / 1000

    results: dict[str, Any] = {f"{name}_ms": ms(name, mod) for name, (_, mod, _) in cases.items()}
    results["ours_models_ms"] = ms("ours", "wacrm_client.models")
    results["ours_base_client_ms"] = ms("ours", "wacrm_client._base_client")
    results["ours_vs_opc"] = results["ours_ms"] / results["opc_ms"]
    results["target_met"] = results["ours_ms"] < TARGET_MS
    rows = [
        [
            "ours: import wacrm_client",
            f"{results['ours_ms']:.1f}",
            f".models {results['ours_models_ms']:.1f}, "
            f"._base_client {results['ours_base_client_ms']:.1f} (incl. httpx2)",
        ],
        [f"opc: import {opc_pkg}", f"{results['opc_ms']:.1f}", "its client only"],
        [f"opc: import {opc_pkg}.models", f"{results['opc_models_ms']:.1f}", "and its models"],
        ["floor: httpx2 + pydantic + 1 model", f"{results['floor_ms']:.1f}", "any such client"],
        [
            "(ours in the project's dev venv)",
            f"{results['ours_dev_venv_ms']:.1f}",
            "other packages installed",
        ],
    ]
    print(f"Import time (python -X importtime, cumulative, median of {c.RUNS} fresh processes), ms")
    print(c.table(rows, ["import", "ms", "of which / note"]))
    verdict = "met" if results["target_met"] else "MISSED"
    print(
        f"target ours < {TARGET_MS:.0f} ms: {results['ours_ms']:.1f} ms -> {verdict}"
        f" (ours/opc {results['ours_vs_opc']:.2f}x; floor {results['floor_ms']:.1f} ms)"
    )
    c.write_json(args.json, results)
    return results


if __name__ == "__main__":
    main()
