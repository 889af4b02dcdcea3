"""Code generation time on the large vendor documents: `codegen generate` vs openapi-python-client.

The documents are the corpus's `public-specs/real-world/` (`$CONVAPI_CORPUS` or `../shared`; see its
SOURCES.md), largest first; the synthetic 500-operation spec of `synthetic.py`; and the 2.9 MB,
465-operation document `merged.py` makes from three of them. Each case runs
ours (cold: an empty cache, `--lenient` where strict mode refuses the document, as a user would;
the lenient run reuses the verdict the strict one left) and opc, one
after the other, `--runs` times (median), each into a fresh folder; wall and CPU seconds (the command
and its children). A command that fails is reported with its last line.

    python benchmarks/bench_real_world.py [--runs N] [--docs mastodon zulip ...] [--no-synthetic]
        [--profile DOC] [--json FILE]

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


def _ours(spec: Path, out: Path) -> c.Timed:
    # Cold as a new user is: an empty cache of its own (nothing validated before), which the strict
    # run fills with the validator's verdict and a `--lenient` run after a refusal reads.
    env = c.codegen_env()
    env.pop("CODEGEN_NO_CACHE", None)
    env["XDG_CACHE_HOME"] = str(out / "cache")
    cmd = [*c.codegen_command(), "generate", str(spec), "--out", str(out / "ours")]
    timed = c.time_command(cmd, env=env, cwd=c.ROOT)
    if timed.error:  # strict refused it: lenient, as a user would
        lenient = c.time_command([*cmd, "--lenient"], env=env, cwd=c.ROOT)
        lenient.wall += timed.wall
        lenient.cpu += timed.cpu
        lenient.output = "lenient " + lenient.output
        return lenient
    return timed


def _opc(spec: Path, out: Path) -> c.Timed:
    return c.time_command(c.opc_generate_command(spec, out / "opc"), env=c.opc_env(), cwd=out)


def _case(spec: Path, runs: int) -> dict[str, Any]:
    walls: dict[str, list[float]] = {"ours": [], "opc": []}
    cpus: dict[str, list[float]] = {"ours": [], "opc": []}
    notes: dict[str, str] = {}
    for _ in range(runs):
        for name, run in (("ours", _ours), ("opc", _opc)):
            out = Path(tempfile.mkdtemp(prefix=f"bench-real-{name}-"))
            try:
                timed = run(spec, out)
            finally:
                shutil.rmtree(out, ignore_errors=True)
            walls[name].append(timed.wall)
            cpus[name].append(timed.cpu)
            if timed.error:
                notes.setdefault(name, f"{name} FAILED: {timed.error}")
            elif name == "ours" and timed.output.startswith("lenient"):
                notes.setdefault(
                    name, "ours: --lenient (strict refuses it); time includes the refusal"
                )
            elif name == "opc" and "will not be generated" in timed.output:
                skipped = timed.output.count("will not be generated")
                notes.setdefault(
                    name, f"opc skipped {skipped} endpoint(s)/model(s) it could not parse"
                )
    result: dict[str, Any] = {f"{k}_s": c.median(v) for k, v in walls.items()}
    result.update({f"{k}_cpu_s": c.median(v) for k, v in cpus.items()})
    result["ours_vs_opc"] = result["ours_s"] / result["opc_s"]
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
        "--no-merged", action="store_true", help="leave out merged.py's 465-operation document"
    )
    parser.add_argument("--profile", metavar="DOC", help="also profile ours on this document")
    parser.add_argument("--lenient-profile", action="store_true", help="profile with --lenient")
    parser.add_argument("--json", metavar="FILE")
    args = parser.parse_args()
    docs = _documents()
    if not docs:
        sys.exit(f"no documents under {REAL}")
    c.ensure_opc()
    wanted = args.docs or list(docs)
    results: dict[str, Any] = {}
    rows = []
    cases = [(name, docs[name]) for name in wanted]
    with tempfile.TemporaryDirectory(prefix="bench-real-synthetic-") as tmp:
        if not args.no_synthetic:
            cases.append(("synthetic (500 ops)", write_spec(Path(tmp) / "synthetic.yaml")))
        if not args.no_merged:
            cases.append(("merged (465 ops)", write_merged(Path(tmp) / "merged.json")))
        for label, spec in cases:
            case = _case(spec, args.runs)
            case["bytes"] = spec.stat().st_size
            results[label] = case
            print(
                f"[real-world] {label}: ours {case['ours_s']:.2f} s, opc {case['opc_s']:.2f} s",
                file=sys.stderr,
                flush=True,
            )
            rows.append(
                [
                    label,
                    f"{case['bytes']:,}",
                    f"{case['ours_s']:.2f}",
                    f"{case['opc_s']:.2f}",
                    f"{case['ours_vs_opc']:.2f}x",
                    f"{case['ours_cpu_s']:.2f} / {case['opc_cpu_s']:.2f}",
                    "; ".join(case["notes"])[:120],
                ]
            )
    print(f"Code generation, wall seconds (median of {args.runs}; opc {c.OPC_VERSION}; ours cold)")
    print(
        c.table(
            rows, ["document", "bytes", "ours s", "opc s", "ours/opc", "CPU ours / opc", "note"]
        )
    )
    if args.profile:
        print(f"\ncProfile, ours, {args.profile}, top 25 by cumulative time")
        print(profile(docs[args.profile], args.lenient_profile))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1))
    return results


if __name__ == "__main__":
    main()
