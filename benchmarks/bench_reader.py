"""Reading a document: `read()` against a plain parse of the same text, and against another revision's reader.

For each document (the merged 2.9 MB one, the synthetic 500-operation one, and the corpus' Mastodon,
Adyen, Immich, Xero and Lago documents when the corpus is present), in seconds, the best of 7 runs:

- plain: `json.loads` (a `.json` file) or `yaml.load(..., CSafeLoader)` (a YAML file): the floor;
- read: `generator.load.reader.read`, what every command runs first;
- read+line: `read` and then one `line_of`, what a document with a problem to report costs (the lines
  are found on first need);
- with `--baseline REV`, that revision's `read` too (its `generator/load/reader.py`, taken by `git
  show`, run in this process), and the ratio of the two.

    python benchmarks/bench_reader.py [--baseline REV]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import _common as c  # noqa: E402
import yaml  # noqa: E402
from merged import write_merged  # noqa: E402
from synthetic import write_spec  # noqa: E402

from generator.load import reader  # noqa: E402

REAL = c.CORPUS / "public-specs" / "real-world"
CORPUS_DOCUMENTS = (
    "mastodon/schema.json",
    "adyen-checkout/CheckoutService-v72.json",
    "immich/immich-openapi-specs.json",
    "xero-accounting/xero_accounting.yaml",
    "lago/openapi.yaml",
)


def best(run: Callable[[], Any], times: int = 7) -> float:
    spent = []
    for _ in range(times):
        start = time.perf_counter()
        run()
        spent.append(time.perf_counter() - start)
    return min(spent)


def baseline_reader(rev: str, folder: Path) -> Any:
    """The reader module of another revision, loaded under its own name."""
    source = subprocess.run(
        ["git", "show", f"{rev}:generator/load/reader.py"],
        cwd=c.ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    path = folder / "baseline_reader.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("baseline_reader", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["baseline_reader"] = module
    spec.loader.exec_module(module)
    return module


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", help="a git revision whose reader to time beside this one")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        documents = [write_spec(folder / "synthetic.yaml")]
        if REAL.is_dir():
            write_merged(folder / "merged.json")
            documents = [folder / "merged.json", *documents]
            documents += [REAL / rel for rel in CORPUS_DOCUMENTS if (REAL / rel).is_file()]
        old = baseline_reader(args.baseline, folder) if args.baseline else None
        print(f"{'document':30} {'plain':>7} {'read':>7} {'read+line':>9}", end="")
        print(f" {'baseline':>8} {'x':>5}" if old else "")
        for path in documents:
            text = path.read_text(encoding="utf-8")

            def plain(text: str = text, path: Path = path) -> Any:
                if path.suffix == ".json":
                    return json.loads(text)
                return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))

            ours = best(lambda path=path: reader.read(path))
            line = best(lambda path=path: reader.read(path).line_of("#/paths"), 3)
            row = f"{path.name:30} {best(plain):7.3f} {ours:7.3f} {line:9.3f}"
            if old is not None:
                theirs = best(lambda path=path: old.read(path))
                row += f" {theirs:8.3f} {theirs / ours:5.1f}"
            print(row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
