"""The mutation campaign: run `codegen generate` on each mutant of `mutate.py` and judge the outcome.

Each run is a child process under a time limit and a memory limit (`resource.setrlimit`), with a
package folder that already exists. `codegen` keeps its promise when it either

- exits 0 with a package that compiles, imports and exports its client class, or
- exits 2 with every problem printed as `file:line: error|warning: #/pointer: message`, the output
  folder untouched and no staging folder left behind.

Anything else is a failure of its kind: a traceback, a signal, a timeout, another exit code, a
refusal without a line, a changed output folder, a broken package.

    python tests/hostile/campaign.py --seed 29 --count 300 [--jobs 2]   (`make mutate`)
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mutate import ROOT, Mutant, mutants

TIME_LIMIT = 120  # seconds of wall time per codegen run
MEMORY_LIMIT = 3 * 1024**3  # bytes of address space per codegen run
SENTINEL = "KEEP.txt"
PROBLEM_LINE = re.compile(r"^(?P<file>[^:\n]+):(?P<line>\d+)(?::\d+)?: (?:error|warning): #\S*: \S")
KINDS = (
    "generated",
    "refused",
    "traceback",
    "signal",
    "timeout",
    "exit code",
    "refusal without a line",
    "output changed",
    "broken package",
)
FAILURES = KINDS[2:]


@dataclass(frozen=True)
class Outcome:
    mutant: Mutant
    kind: str
    seconds: float
    evidence: str = ""


def _limits() -> None:  # runs in the child, before codegen starts
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    resource.setrlimit(resource.RLIMIT_CPU, (TIME_LIMIT, TIME_LIMIT))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _digest(folder: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        h.update(str(path.relative_to(folder)).encode())
        if path.is_file():
            h.update(path.read_bytes())
    return h.hexdigest()


_CHECK_PACKAGE = """
import compileall, importlib, inspect, sys
src, name = sys.argv[1], sys.argv[2]
assert compileall.compile_dir(src, quiet=2, force=True), "does not compile"
sys.path.insert(0, src)
package = importlib.import_module(name)
client = importlib.import_module(name + "._client")
classes = [n for n in client.__all__ if not n.startswith("Async")]
assert len(classes) == 1, classes
cls = getattr(package, classes[0])
assert cls is getattr(client, classes[0]), "the package exports another object under the client's name"
assert inspect.isclass(cls) and "base_url" in inspect.signature(cls).parameters
print("client", classes[0])
"""


def run(mutant: Mutant, workdir: Path, python: str = sys.executable) -> Outcome:
    """Run codegen on one mutant inside `workdir` and judge what it did."""
    spec = workdir / mutant.filename
    spec.write_bytes(mutant.content)
    out_root = workdir / "out"
    package_root = out_root / "pkg"
    package_root.mkdir(parents=True)
    (package_root / SENTINEL).write_text("an earlier package\n")
    before = _digest(out_root)
    env = {
        **os.environ,
        "XDG_CACHE_HOME": str(workdir / "cache"),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    args = [python, "-m", "generator", "generate", str(spec), "--out", str(package_root)]
    if mutant.lenient:
        args.append("--lenient")
    started = time.perf_counter()
    try:
        result = subprocess.run(
            args,
            cwd=workdir,
            env=env,
            capture_output=True,
            text=True,
            errors="replace",
            timeout=TIME_LIMIT,
            preexec_fn=_limits,
        )
    except subprocess.TimeoutExpired:
        return Outcome(mutant, "timeout", time.perf_counter() - started)
    seconds = time.perf_counter() - started
    stderr = result.stderr
    if "Traceback (most recent call last)" in stderr:
        return Outcome(mutant, "traceback", seconds, stderr[-2000:])
    if result.returncode < 0:
        return Outcome(mutant, "signal", seconds, f"signal {-result.returncode}")
    if result.returncode == 2:
        problems = [line for line in stderr.splitlines() if not line.startswith("refused: ")]
        unlocated = [line for line in problems if not PROBLEM_LINE.match(line)]
        if unlocated or not problems:
            return Outcome(mutant, "refusal without a line", seconds, "\n".join(unlocated[:5]))
        if _digest(out_root) != before:
            return Outcome(mutant, "output changed", seconds, str(sorted(out_root.rglob("*"))))
        return Outcome(mutant, "refused", seconds, problems[0][:300])
    if result.returncode != 0:
        return Outcome(mutant, "exit code", seconds, f"{result.returncode}: {stderr[-1000:]}")
    names = list((package_root / "src").glob("*/__init__.py"))
    if len(names) != 1 or (package_root / SENTINEL).exists():
        return Outcome(mutant, "broken package", seconds, "no single package replaced the folder")
    check = subprocess.run(
        [python, "-c", _CHECK_PACKAGE, str(package_root / "src"), names[0].parent.name],
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
        errors="replace",
        timeout=TIME_LIMIT,
        preexec_fn=_limits,
    )
    if check.returncode != 0:
        return Outcome(mutant, "broken package", seconds, check.stderr[-1500:])
    return Outcome(mutant, "generated", seconds, check.stdout.strip())


def campaign(seed: int, count: int, jobs: int = 1) -> list[Outcome]:
    """Every mutant of the seed, each run in a folder of its own."""
    chosen = list(mutants(seed, count))

    def one(mutant: Mutant) -> Outcome:
        with tempfile.TemporaryDirectory(prefix="codegen-mutant-") as tmp:
            return run(mutant, Path(tmp))

    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        return list(pool.map(one, chosen))


def report(outcomes: Iterable[Outcome], seed: int, verbose: bool = False) -> str:
    outcomes = list(outcomes)
    kinds = Counter(o.kind for o in outcomes)
    by_class: dict[str, Counter[str]] = {}
    for o in outcomes:
        by_class.setdefault(o.mutant.mutation, Counter())[o.kind] += 1
    lines = [
        f"mutation campaign: seed {seed}, {len(outcomes)} mutants "
        f"({sum(o.mutant.lenient for o in outcomes)} with --lenient), "
        f"{sum(o.seconds for o in outcomes):.0f} s of codegen",
        "  " + ", ".join(f"{kinds.get(k, 0)} {k}" for k in KINDS),
        "  by class: "
        + "; ".join(
            f"{name} {c.get('generated', 0)} generated / {c.get('refused', 0)} refused"
            + (f" / {sum(c[k] for k in FAILURES)} FAILED" if any(c[k] for k in FAILURES) else "")
            for name, c in sorted(by_class.items())
        ),
    ]
    for o in outcomes:
        if verbose and o.kind not in FAILURES:
            lines.append(
                f"{o.kind} #{o.mutant.index} {o.mutant.mutation} of {o.mutant.source} "
                f"({o.mutant.detail[:100]}){' --lenient' if o.mutant.lenient else ''}: "
                f"{o.evidence.strip()[:200]} [{o.seconds:.1f} s]"
            )
        if o.kind in FAILURES:
            lines.append(
                f"FAILED [{o.kind}] #{o.mutant.index} {o.mutant.mutation} of {o.mutant.source} "
                f"({o.mutant.detail[:100]}){' --lenient' if o.mutant.lenient else ''}:\n"
                f"    {o.evidence.strip()[-800:]}"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=29)
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--verbose", action="store_true", help="one line per mutant")
    parser.add_argument("--save", help="write every mutant into this folder (to reproduce one)")
    ns = parser.parse_args(argv)
    if ns.save:
        folder = Path(ns.save)
        folder.mkdir(parents=True, exist_ok=True)
        for mutant in mutants(ns.seed, ns.count):
            (folder / f"{mutant.index:04d}-{mutant.filename}").write_bytes(mutant.content)
    outcomes = campaign(ns.seed, ns.count, ns.jobs)
    print(report(outcomes, ns.seed, ns.verbose))
    return 1 if any(o.kind in FAILURES for o in outcomes) else 0


if __name__ == "__main__":
    os.chdir(ROOT)
    raise SystemExit(main())
