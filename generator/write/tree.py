"""Stage 4, format and write: ruff over the whole tree in one run, then an atomic swap into place.

Everything is written to a temporary folder first; only when every package rendered and formatted
cleanly are the old folders replaced, so a failure leaves `generated/` exactly as it was.
"""

from __future__ import annotations

import difflib
import filecmp
import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Collection, Mapping
from pathlib import Path


class FormatError(Exception):
    """ruff could not format or fix the generated code (a generator bug, reported with ruff's words)."""


def ruff_binary() -> str:
    from ruff.__main__ import find_ruff_bin

    return str(find_ruff_bin())


def write_tree(root: Path, files: Mapping[str, str]) -> None:
    for rel, text in sorted(files.items()):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")


def format_tree(paths: list[Path], settled: Collection[Path] = ()) -> None:
    """`ruff check --fix` (imports, upgrades) then `ruff format`, once for all packages. `settled`:
    files under them already as ruff leaves them (the runtime's modules, copied unchanged), which
    it leaves out."""
    if not paths:
        return
    ruff = ruff_binary()
    env = {k: v for k, v in os.environ.items() if not k.startswith("RUFF_")}
    env["RUFF_NO_CACHE"] = "true"
    # a pattern per settled file, its own characters matched as they are
    excluded = [
        arg for path in sorted(settled) for arg in ("--extend-exclude", glob.escape(str(path)))
    ]
    args = [*excluded, *(str(p) for p in paths)]
    fix = subprocess.run(
        [ruff, "check", "--fix-only", "--exit-zero", "--no-cache", "--quiet", *args],
        capture_output=True,
        text=True,
        env=env,
    )
    if fix.returncode != 0:
        raise FormatError(fix.stderr.strip() or fix.stdout.strip())
    fmt = subprocess.run(
        [ruff, "format", "--no-cache", *args], capture_output=True, text=True, env=env
    )
    if fmt.returncode != 0:
        raise FormatError(fmt.stderr.strip() or fmt.stdout.strip())


def swap_into_place(staged: Mapping[Path, Path]) -> None:
    """Replace each destination folder with its staged twin (old one removed only after the move)."""
    for target, source in staged.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        backup = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
        if target.exists():
            target.rename(backup / target.name)
        shutil.move(str(source), str(target))
        shutil.rmtree(backup, ignore_errors=True)


def staging_dir(near: Path) -> Path:
    near.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=".codegen-", dir=near))


def _files(root: Path) -> dict[str, Path]:
    if not root.exists():
        return {}
    return {
        p.relative_to(root).as_posix(): p
        for p in sorted(root.rglob("*"))
        if p.is_file()
        and "__pycache__" not in p.parts
        and not any(part.startswith(".") for part in p.relative_to(root).parts)
        and not any(
            part in ("dist", "build") or part.endswith(".egg-info")
            for part in p.relative_to(root).parts
        )
    }


def diff_trees(expected: Path, actual: Path, label: str) -> list[str]:
    """A unified diff of `actual` (committed) against `expected` (freshly generated); empty when equal."""
    want, have = _files(expected), _files(actual)
    out: list[str] = []
    for rel in sorted(set(want) | set(have)):
        a, b = have.get(rel), want.get(rel)
        if a is not None and b is not None and filecmp.cmp(a, b, shallow=False):
            continue
        old = a.read_text(encoding="utf-8").splitlines(keepends=True) if a else []
        new = b.read_text(encoding="utf-8").splitlines(keepends=True) if b else []
        out.extend(
            difflib.unified_diff(
                old, new, f"{label}/{rel} (committed)", f"{label}/{rel} (from spec)"
            )
        )
        if out and not out[-1].endswith("\n"):
            out[-1] += "\n"
    return out
