"""Release records: each package's own version, public-API snapshot and changelog, kept in the project.

A spec at `<project>/specs/<name>.yaml` has its records in `<project>/releases/<name>/`:

- `release.json`: `name`, `dist_name`, `version`, and `output_digest` (the generated files, hashed
  with the version normalized, so a change of output with no API change is still seen);
- `api.json`: the public-API snapshot of that version (`generator/release/surface.py`);
- `CHANGELOG.md`: every release, newest first, copied into the package as it is.

`codegen release` writes them; `codegen generate` only reads them (`apply`), so the output stays a
function of specs, templates and records. A spec outside a `specs/` folder has no records: its
package takes its version from `info.version`, as before records existed.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.errors import Problem, SpecError
from generator.ir import nodes as ir
from generator.release.surface import FORMAT, KIND, Surface

FOLDER = "releases"
RELEASE_FILE, API_FILE, CHANGELOG_FILE = "release.json", "api.json", "CHANGELOG.md"


@dataclass(frozen=True)
class Record:
    name: str
    dist_name: str
    version: str
    output_digest: str
    surface: Surface
    changelog: str


def folder_for(spec: Path) -> Path | None:
    """`<project>/releases/<name>/` for `<project>/specs/<name>.yaml`; None for a spec elsewhere."""
    if spec.parent.name != "specs":
        return None
    return spec.parent.parent / FOLDER / spec.stem


def dumps(data: Any) -> str:
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _refuse(path: Path, message: str) -> SpecError:
    return SpecError([Problem(path.as_posix(), "#", message)])


def read(folder: Path | None) -> Record | None:
    if folder is None or not (folder / RELEASE_FILE).is_file():
        return None
    try:
        meta = json.loads((folder / RELEASE_FILE).read_text(encoding="utf-8"))
        surface = json.loads((folder / API_FILE).read_text(encoding="utf-8"))
        changelog_path = folder / CHANGELOG_FILE
        changelog = changelog_path.read_text(encoding="utf-8") if changelog_path.is_file() else ""
        record = Record(
            name=str(meta["name"]),
            dist_name=str(meta["dist_name"]),
            version=str(meta["version"]),
            output_digest=str(meta["output_digest"]),
            surface=surface,
            changelog=changelog,
        )
    except (OSError, ValueError, KeyError) as exc:
        raise _refuse(folder / RELEASE_FILE, f"unreadable release record ({exc})") from None
    if surface.get("kind") != KIND or surface.get("format") != FORMAT:
        raise _refuse(folder / API_FILE, f"not a public-API snapshot of format {FORMAT}")
    return record


def write(folder: Path, record: Record) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    meta = {
        "name": record.name,
        "dist_name": record.dist_name,
        "version": record.version,
        "output_digest": record.output_digest,
    }
    for name, text in (
        (RELEASE_FILE, dumps(meta)),
        (API_FILE, dumps(record.surface)),
        (CHANGELOG_FILE, record.changelog),
    ):
        (folder / name).write_text(text, encoding="utf-8", newline="\n")


def apply(api: ir.Api, spec: Path, version: str | None = None) -> tuple[ir.Api, dict[str, str]]:
    """The version a package is generated with, and the files its record adds (CHANGELOG.md).

    `version` overrides the record (release digests the output with a normalized version).
    """
    record = read(folder_for(spec))
    chosen = version or (record.version if record else None)
    extra = {CHANGELOG_FILE: record.changelog} if record and record.changelog else {}
    return (dataclasses.replace(api, version=chosen) if chosen else api), extra
