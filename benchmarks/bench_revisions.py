"""Two checkouts side by side: `codegen generate` of the three specs (cold) and `import wacrm_client`.

For a refactor that must not make things slower: give the checkout from before (for example
`git archive REV | tar -x -C ../before`) and the one after (default:
this checkout). The runs alternate (before, after, before, ...) so that load from other work on the
machine hits both alike; every figure is a median.

- codegen: `python -m generator generate specs/*.yaml --out TMP` with each checkout's own generator
  and templates (PYTHONPATH and cwd set to it), CODEGEN_NO_CACHE=1 so every spec is validated (as in CI).
- import: `python -X importtime -c "import wacrm_client"` from each checkout's `generated/wacrm/src`, in
  `.venv-clients` (only the clients' runtime dependencies, as a user has them), bytecode cached by a warm-up run.

    python benchmarks/bench_revisions.py BEFORE_DIR [AFTER_DIR] [--runs N] [--json FILE]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

import _common as c
from bench_import import import_us


def codegen_seconds(checkout: Path) -> c.Timed:
    specs = [str(checkout / "specs" / f"{name}.yaml") for name in c.SPECS]
    env = c.child_env(PYTHONPATH=str(checkout), CODEGEN_NO_CACHE="1")
    with tempfile.TemporaryDirectory(prefix="bench-revisions-") as tmp:
        cmd = [sys.executable, "-m", "generator", "generate", *specs, "--out", tmp]
        timed = c.time_command(cmd, env=env, cwd=checkout)
    if timed.error:
        raise SystemExit(f"codegen failed in {checkout}: {timed.error}")
    return timed


def import_ms(python: str, checkout: Path) -> float:
    return (
        import_us(python, "wacrm_client", checkout / "generated" / "wacrm" / "src")["wacrm_client"]
        / 1000
    )


def main() -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path, nargs="?", default=c.ROOT)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--json")
    args = parser.parse_args()
    checkouts = {"before": args.before.resolve(), "after": args.after.resolve()}
    clean = str(c.ensure_clients_venv())
    for checkout in checkouts.values():  # warm-up: bytecode caches, the OS file cache
        codegen_seconds(checkout)
        import_ms(clean, checkout)
    wall: dict[str, list[float]] = {name: [] for name in checkouts}
    cpu: dict[str, list[float]] = {name: [] for name in checkouts}
    imports: dict[str, list[float]] = {name: [] for name in checkouts}
    for _ in range(args.runs):
        for name, checkout in checkouts.items():
            timed = codegen_seconds(checkout)
            wall[name].append(timed.wall)
            cpu[name].append(timed.cpu)
            imports[name].append(import_ms(clean, checkout))
    results: dict[str, Any] = {}
    rows = []
    for name in checkouts:
        results[name] = {
            "codegen_wall_s": c.median(wall[name]),
            "codegen_cpu_s": c.median(cpu[name]),
            "import_ms": c.median(imports[name]),
        }
        rows.append(
            [
                name,
                f"{results[name]['codegen_wall_s']:.2f}",
                f"{results[name]['codegen_cpu_s']:.2f}",
                f"{results[name]['import_ms']:.1f}",
            ]
        )
    print(f"median of {args.runs} alternating runs")
    print(c.table(rows, ["checkout", "codegen 3 specs, wall s", "cpu s", "import wacrm_client ms"]))
    c.write_json(args.json, results)
    return results


if __name__ == "__main__":
    main()
