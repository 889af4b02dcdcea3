"""Code generation time: `codegen generate` vs openapi-python-client, whole commands, wall time.

Cases (each command writes into a fresh temporary folder; median of 5 runs, ours and theirs alternating):

- the project's three specs: ours in ONE command (`codegen generate SPEC... --out DIR`) vs
  openapi-python-client's three commands (it takes one spec per run), summed per run;
- with `--per-spec`: each spec alone (ours one command per spec), for the per-spec picture;
- openapi-python-client's own `openapi_3.1_enums.yaml` (from the corpus, `$CONVAPI_CORPUS` or
  `../shared/public-specs`; left out with a note when there is none);
- the synthetic spec of `synthetic.py`: 500 operations, 1,000 schemas.

openapi-python-client (pinned, in `benchmarks/.venv-opc`) runs `ruff check --fix` and `ruff format` on
its output, as ours does, with the same ruff version. The targets are on wall time; the CPU time of
each command and its children (getrusage) is printed beside it, as a check when the machine is busy.

    python benchmarks/bench_codegen.py [--json FILE] [--skip-synthetic] [--per-spec]
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import _common as c
from synthetic import build_spec, counts, write_spec

TARGET = 1 / 3  # ours for the three specs < 1/3 of openapi-python-client's time for the same three


@dataclass
class Outcome:
    wall: float
    cpu: float
    error: str | None = None
    note: str | None = None


def _ours(specs: list[Path], cache: Path | None = None) -> Callable[[Path], Outcome]:
    """Our command. Without `cache`: cold (CODEGEN_NO_CACHE=1, every spec validated, as in CI).
    With it: warm (the validator's verdicts remembered in that folder, as on a developer's machine)."""
    env = c.codegen_env()
    if cache is None:
        env["CODEGEN_NO_CACHE"] = "1"
    else:
        env["XDG_CACHE_HOME"] = str(cache)

    def run(out: Path) -> Outcome:
        target = out / "pkg" if len(specs) == 1 else out
        cmd = [*c.codegen_command(), "generate", *map(str, specs), "--out", str(target)]
        timed = c.time_command(cmd, env=env, cwd=c.ROOT)
        return Outcome(timed.wall, timed.cpu, timed.error)

    if cache is not None:
        with tempfile.TemporaryDirectory(prefix="bench-codegen-warmup-") as tmp:
            run(Path(tmp))  # fill the cache once, outside the timed runs

    return run


def _opc(specs: list[Path]) -> Callable[[Path], Outcome]:
    def run(out: Path) -> Outcome:
        total = Outcome(0.0, 0.0)
        skipped = 0
        for spec in specs:
            timed = c.time_command(
                c.opc_generate_command(spec, out / spec.stem), env=c.opc_env(), cwd=out
            )
            total.wall += timed.wall
            total.cpu += timed.cpu
            total.error = total.error or timed.error
            skipped += timed.output.count("will not be generated")
        if skipped:
            total.note = f"opc skipped {skipped} endpoint(s) it could not parse"
        return total

    return run


def _time_case(contenders: dict[str, Callable[[Path], Outcome]], runs: int) -> dict[str, Any]:
    """Alternate the contenders `runs` times, each into a fresh folder; medians, failures and notes."""
    walls: dict[str, list[float]] = {name: [] for name in contenders}
    cpus: dict[str, list[float]] = {name: [] for name in contenders}
    notes: dict[str, str] = {}
    for _ in range(runs):
        for name, run in contenders.items():
            out = Path(tempfile.mkdtemp(prefix=f"bench-codegen-{name}-"))
            try:
                outcome = run(out)
            finally:
                shutil.rmtree(out, ignore_errors=True)
            walls[name].append(outcome.wall)
            cpus[name].append(outcome.cpu)
            if outcome.error:
                notes.setdefault(name, f"{name} FAILED: {outcome.error}")
            elif outcome.note:
                notes.setdefault(name, outcome.note)
    result: dict[str, Any] = {f"{name}_s": c.median(values) for name, values in walls.items()}
    result.update({f"{name}_cpu_s": c.median(values) for name, values in cpus.items()})
    result["ours_vs_opc"] = result["ours_s"] / result["opc_s"]
    if "ours_warm_s" in result:
        result["ours_warm_vs_opc"] = result["ours_warm_s"] / result["opc_s"]
    result["ours_vs_opc_cpu"] = result["ours_cpu_s"] / result["opc_cpu_s"]
    result["runs"] = runs
    result["failed"] = any("FAILED" in text for text in notes.values())
    result["notes"] = list(notes.values())
    return result


def _case(label: str, specs: list[Path]) -> dict[str, Any]:
    result = _time_case({"ours": _ours(specs), "opc": _opc(specs)}, c.RUNS)
    print(
        f"[codegen] {label}: ours {result['ours_s']:.2f} s, opc {result['opc_s']:.2f} s (wall)",
        file=sys.stderr,
        flush=True,
    )
    return result


def measure(skip_synthetic: bool, per_spec: bool) -> dict[str, Any]:
    c.ensure_opc()
    specs = [c.ROOT / "specs" / f"{name}.yaml" for name in c.SPECS]
    _time_case({"ours": _ours(specs[:1]), "opc": _opc(specs[:1])}, 1)  # warm-up: bytecode caches
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="bench-codegen-cache-") as cache:
        contenders = {
            "ours": _ours(specs),
            "ours_warm": _ours(specs, Path(cache)),
            "opc": _opc(specs),
        }
        results["three_specs"] = _time_case(contenders, c.RUNS)
    three = results["three_specs"]
    print(
        f"[codegen] three specs: ours cold {three['ours_s']:.2f} s, warm {three['ours_warm_s']:.2f} s, opc {three['opc_s']:.2f} s",
        file=sys.stderr,
        flush=True,
    )
    if per_spec:
        for spec in specs:
            results[spec.stem] = _case(spec.name, [spec])
    if c.ENUMS_SPEC.exists():
        results["enums"] = _case(c.ENUMS_SPEC.name, [c.ENUMS_SPEC])
    else:
        print(f"[codegen] enums case left out: no corpus at {c.CORPUS}", file=sys.stderr)
    if not skip_synthetic:
        with tempfile.TemporaryDirectory(prefix="bench-synthetic-") as tmp:
            results["synthetic"] = _case("synthetic", [write_spec(Path(tmp) / "synthetic.yaml")])
    return results


LABELS = {
    "three_specs": "3 specs (ours: 1 command; opc: 3)",
    "wacrm": "wacrm.yaml",
    "chatbotx": "chatbotx.yaml",
    "datacrazy": "datacrazy.yaml",
    "enums": "openapi_3.1_enums.yaml (opc's)",
    "synthetic": "synthetic (500 ops, 1,000 schemas)",
}


def main() -> dict[str, Any]:
    parser = c.arg_parser(__doc__.splitlines()[0])
    parser.add_argument(
        "--skip-synthetic", action="store_true", help="leave out the 500-operation spec"
    )
    parser.add_argument("--per-spec", action="store_true", help="also time each project spec alone")
    args = parser.parse_args()
    results = measure(args.skip_synthetic, args.per_spec)
    ops, schemas = counts(build_spec())
    results["synthetic_size"] = {"operations": ops, "schemas": schemas}
    three = results["three_specs"]
    three["target_met"] = three["ours_vs_opc"] < TARGET and not three["failed"]
    rows = []
    for key, label in LABELS.items():
        if key not in results:
            continue
        case = results[key]
        note = "; ".join(text[:100] for text in case["notes"])
        rows.append(
            [
                label,
                f"{case['ours_s']:.2f}",
                f"{case['opc_s']:.2f}",
                f"{case['ours_vs_opc']:.2f}x",
                f"{case['ours_cpu_s']:.2f} / {case['opc_cpu_s']:.2f}",
                f"{case['ours_vs_opc_cpu']:.2f}x",
                note,
            ]
        )
    print(
        f"Code generation, whole commands, wall seconds (median of {c.RUNS}; opc = openapi-python-client {c.OPC_VERSION})"
    )
    print(
        c.table(
            rows,
            ["spec", "ours s", "opc s", "ours/opc", "CPU s ours / opc", "CPU ours/opc", "note"],
        )
    )
    verdict = "met" if three["target_met"] else "MISSED"
    print(
        f"target ours < 1/3 of opc for the three specs (cold, as in CI): {three['ours_vs_opc']:.2f}x -> {verdict}"
    )
    print(
        f"  warm (validator verdicts cached, a developer's repeated run): {three['ours_warm_s']:.2f} s, "
        f"{three['ours_warm_vs_opc']:.2f}x of opc"
    )
    c.write_json(args.json, results)
    return results


if __name__ == "__main__":
    main()
