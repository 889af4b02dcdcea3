"""Code generation time on the large vendor documents: `codegen generate` vs openapi-python-client.

The documents are the corpus's `public-specs/real-world/` (`$CONVAPI_CORPUS` or `../shared`; see its
SOURCES.md), largest first; the synthetic 500-operation spec of `synthetic.py`; and the 2.9 MB,
465-operation document `merged.py` makes from three of them. Each case runs
ours (cold: an empty cache, `--lenient` where strict mode refuses the document, as a user would;
the lenient run reuses the verdict the strict one left) and opc, one
after the other, `--runs` times (median), each into a fresh folder; wall and CPU seconds (the command
and its children). A command that fails is reported with its last line.

    python benchmarks/bench_real_world.py [--runs N] [--docs mastodon zulip ...] [--no-synthetic]
        [--no-corpus] [--profile DOC] [--json FILE]

`--profile DOC` also prints cProfile's top 25 functions by cumulative time for one cold run of ours
on that document (in-process: the time of ruff, a child process, shows as waiting in subprocess).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import _common as c
from merged import write_merged
from synthetic import write_spec

REAL = c.CORPUS / "public-specs" / "real-world"


def _documents() -> dict[str, Path]:
    found = [p for p in REAL.glob("*/*") if p.suffix in (".json", ".yaml", ".yml") and p.is_file()]
    return {p.parent.name: p for p in sorted(found, key=lambda p: -p.stat().st_size)}


def _ours(spec: Path, out: Path, root: Path | None = None) -> c.Timed:
    # Cold as a new user is: an empty cache of its own (nothing validated before), which the strict
    # run fills with the validator's verdict and a `--lenient` run after a refusal reads.
    # `root`: another checkout (`--baseline`), run with its own venv and generator.
    if root is None:
        env = c.codegen_env()
        command, cwd = c.codegen_command(), c.ROOT
    else:
        env = c.child_env(PYTHONPATH=str(root))
        command, cwd = [str(root / ".venv" / "bin" / "codegen")], root
    env.pop("CODEGEN_NO_CACHE", None)
    env["XDG_CACHE_HOME"] = str(out / "cache")
    cmd = [*command, "generate", str(spec), "--out", str(out / "ours")]
    timed = c.time_command(cmd, env=env, cwd=cwd)
    if timed.error:  # strict refused it: lenient, as a user would
        lenient = c.time_command([*cmd, "--lenient"], env=env, cwd=cwd)
        lenient.wall += timed.wall
        lenient.cpu += timed.cpu
        lenient.peak_mib = max(lenient.peak_mib, timed.peak_mib)
        lenient.output = "lenient " + lenient.output
        return lenient
    return timed


def _opc(spec: Path, out: Path) -> c.Timed:
    return c.time_command(c.opc_generate_command(spec, out / "opc"), env=c.opc_env(), cwd=out)


def _case(spec: Path, runs: int, baseline: Path | None = None) -> dict[str, Any]:
    contenders: list[tuple[str, Any]] = [("ours", _ours), ("opc", _opc)]
    if baseline is not None:
        contenders.insert(1, ("before", lambda spec, out: _ours(spec, out, baseline)))
    walls: dict[str, list[float]] = {name: [] for name, _ in contenders}
    cpus: dict[str, list[float]] = {name: [] for name, _ in contenders}
    peaks: dict[str, list[float]] = {name: [] for name, _ in contenders}
    notes: dict[str, str] = {}
    for i in range(runs):
        # alternating, and each contender goes first in turn
        for name, run in contenders[i % len(contenders) :] + contenders[: i % len(contenders)]:
            out = Path(tempfile.mkdtemp(prefix=f"bench-real-{name}-"))
            try:
                timed = run(spec, out)
            finally:
                shutil.rmtree(out, ignore_errors=True)
            walls[name].append(timed.wall)
            cpus[name].append(timed.cpu)
            peaks[name].append(timed.peak_mib)
            if timed.error:
                notes.setdefault(name, f"{name} FAILED: {timed.error}")
            elif name == "ours" and timed.output.startswith("lenient"):
                notes.setdefault(name, "ours: refusal + --lenient")
            elif name == "opc" and "will not be generated" in timed.output:
                skipped = timed.output.count("will not be generated")
                notes.setdefault(name, f"opc skipped {skipped}")
    result: dict[str, Any] = {f"{k}_s": c.median(v) for k, v in walls.items()}
    result.update({f"{k}_cpu_s": c.median(v) for k, v in cpus.items()})
    result.update({f"{k}_peak_mib": max(v) for k, v in peaks.items()})
    result["ours_vs_opc"] = result["ours_s"] / result["opc_s"]
    if "before" in walls:
        result["before_vs_opc"] = result["before_s"] / result["opc_s"]
    result["load"] = os.getloadavg()[0]
    result["runs"] = runs
    result["notes"] = list(notes.values())
    return result


def profile(spec: Path, lenient: bool) -> str:
    """cProfile top 25 by cumulative time of one cold, in-process generation of `spec`."""
    os.environ["CODEGEN_NO_CACHE"] = "1"
    sys.path.insert(0, str(c.ROOT))
    from generator.pipeline import Job, generate

    with tempfile.TemporaryDirectory(prefix="bench-real-profile-") as tmp:
        job = Job(spec, Path(tmp) / "pkg", "profiled_client")
        profiler = cProfile.Profile()
        profiler.enable()
        generate([job], lenient=lenient, staging_near=Path(tmp))
        profiler.disable()
    text = io.StringIO()
    pstats.Stats(profiler, stream=text).sort_stats("cumulative").print_stats(25)
    return text.getvalue()


def main() -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--docs", nargs="*", help="document folder names (default: all, largest first)"
    )
    parser.add_argument("--no-synthetic", action="store_true")
    parser.add_argument(
        "--no-corpus", action="store_true", help="only the made documents (synthetic, merged)"
    )
    parser.add_argument(
        "--no-merged", action="store_true", help="leave out merged.py's 465-operation document"
    )
    parser.add_argument("--profile", metavar="DOC", help="also profile ours on this document")
    parser.add_argument("--lenient-profile", action="store_true", help="profile with --lenient")
    parser.add_argument("--json", metavar="FILE")
    parser.add_argument(
        "--baseline",
        metavar="DIR",
        type=Path,
        help="another checkout (with its own .venv) timed beside, as 'before'",
    )
    args = parser.parse_args()
    docs = _documents()
    if not docs:
        sys.exit(f"no documents under {REAL}")
    c.ensure_opc()
    wanted = [] if args.no_corpus else args.docs or list(docs)
    results: dict[str, Any] = {}
    rows = []
    cases = [(name, docs[name]) for name in wanted]
    with tempfile.TemporaryDirectory(prefix="bench-real-synthetic-") as tmp:
        if not args.no_synthetic:
            cases.append(("synthetic (500 ops)", write_spec(Path(tmp) / "synthetic.yaml")))
        if not args.no_merged:
            cases.append(("merged (465 ops)", write_merged(Path(tmp) / "merged.json")))
        print(f"[real-world] load average at the start {os.getloadavg()[0]:.1f}", file=sys.stderr)
        for label, spec in cases:
            case = _case(spec, args.runs, args.baseline)
            case["bytes"] = spec.stat().st_size
            results[label] = case
            before = f", before {case['before_s']:.2f} s" if args.baseline else ""
            print(
                f"[real-world] {label}: ours {case['ours_s']:.2f} s{before}, opc "
                f"{case['opc_s']:.2f} s (load {case['load']:.1f})",
                file=sys.stderr,
                flush=True,
            )
            row = [label, f"{case['bytes']:,}"]
            if args.baseline:
                row += [f"{case['before_s']:.2f}", f"{case['before_vs_opc']:.2f}x"]
            row += [
                f"{case['ours_s']:.2f}",
                f"{case['opc_s']:.2f}",
                f"{case['ours_vs_opc']:.2f}x",
                f"{case['ours_cpu_s']:.2f} / {case['opc_cpu_s']:.2f}",
                f"{case['ours_peak_mib']:.0f} / {case['opc_peak_mib']:.0f}",
                f"{case['load']:.1f}",
                "; ".join(case["notes"])[:80],
            ]
            rows.append(row)
    print(f"Code generation, wall seconds (median of {args.runs}; opc {c.OPC_VERSION}; ours cold)")
    head = ["document", "bytes"]
    if args.baseline:
        head += ["before s", "before/opc"]
    head += ["ours s", "opc s", "ours/opc", "CPU ours / opc", "peak MiB ours / opc", "load"]
    print(c.table(rows, [*head, "note"]))
    if args.profile:
        print(f"\ncProfile, ours, {args.profile}, top 25 by cumulative time")
        print(profile(docs[args.profile], args.lenient_profile))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1))
    return results


if __name__ == "__main__":
    main()
