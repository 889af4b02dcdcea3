"""The `diff` and `release` subcommands, registered into `codegen` by `generator/cli.py`.

`codegen diff OLD NEW` prints one line per change to the generated package's public API, breaking
changes first, then `bump: major|minor|patch|none`. It exits 0 whatever the bump, unless
`--fail-on LEVEL` is given and the bump is that level or above (then 1); 2 for an invalid spec or
bad usage, as every command.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.release.apidiff import ORDER, bump_of, compare
from generator.release.surface import KIND, Surface

EXIT_OK, EXIT_FAIL_ON = 0, 1

SpecPaths = Callable[[list[str], Path], list[Path]]


def surface_of(path: Path, package_name: str) -> Surface:
    """A spec's public API, or a snapshot file's (`releases/<name>/api.json`) as it is."""
    if path.suffix == ".json":
        try:
            data: Any = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            data = None
        if isinstance(data, dict) and data.get("kind") == KIND:
            return data
    from generator.pipeline import build_ir
    from generator.release.surface import snapshot

    return snapshot(build_ir(path, package_name))


def cmd_diff(ns: argparse.Namespace, root: Path, spec_paths: SpecPaths) -> int:
    from generator.naming import default_package_name

    old_path, new_path = spec_paths([ns.old, ns.new], root)
    package = ns.package_name or default_package_name(new_path.stem)
    changes = compare(surface_of(old_path, package), surface_of(new_path, package))
    for change in changes:
        print(change.line())
    bump = bump_of(changes)
    print(f"bump: {bump}")
    if ns.fail_on and ORDER[bump] >= ORDER[ns.fail_on]:
        return EXIT_FAIL_ON
    return EXIT_OK


def cmd_release(ns: argparse.Namespace, root: Path, spec_paths: SpecPaths) -> int:
    from generator.release import records
    from generator.release.cut import release

    specs = spec_paths(ns.names, root)
    if ns.list:
        for spec in specs:
            record = records.read(records.folder_for(spec))
            if record is not None:
                tag = f"{record.dist_name}-v{record.version}"
                print(f"{record.name}\t{record.dist_name}\t{record.version}\t{tag}")
        return EXIT_OK
    notes = Path(ns.notes).read_text(encoding="utf-8") if ns.notes else ""
    outcomes = release(specs, dry_run=ns.dry_run, at_least=ns.at_least, notes=notes)
    for outcome in outcomes:
        print(outcome.summary() + (" [dry run]" if ns.dry_run and outcome.released else ""))
        for change in outcome.changes:
            print(f"  {change.line()}")
        if outcome.output_only:
            print("  generated code changed; public API unchanged")
        if outcome.raised:
            print(f"  bump raised to {outcome.bump} (--at-least)")
    return EXIT_OK


def register(sub: Any, project_root: Callable[[], Path], spec_paths: SpecPaths) -> None:
    """Add `diff` and `release` to the `codegen` subcommands."""
    d = sub.add_parser(
        "diff",
        help="the public-API changes between two specs, graded major/minor/patch",
        description=(
            "Compare the Python API generated from OLD with the one from NEW (specs, names in specs/, "
            "or api.json snapshots from releases/). One line per change, breaking first, then "
            "`bump: major|minor|patch|none`."
        ),
    )
    d.add_argument("old", help="the old spec (file or name in specs/) or snapshot")
    d.add_argument("new", help="the new spec (file or name in specs/) or snapshot")
    d.add_argument("--package-name", help="import name both are generated under (default: NEW's)")
    d.add_argument(
        "--fail-on",
        choices=("major", "minor", "patch"),
        help="exit 1 when the bump is this level or above",
    )
    d.set_defaults(func=lambda ns: cmd_diff(ns, project_root(), spec_paths))
    r = sub.add_parser(
        "release",
        help="version, snapshot and changelog each package from what changed, then regenerate",
        description=(
            "Compare each package with its record in releases/<name>/, choose the bump, write the new "
            "version, the API snapshot and a CHANGELOG.md entry, and regenerate. Nothing changed, "
            "nothing is written. The date is SOURCE_DATE_EPOCH's when set."
        ),
    )
    r.add_argument("names", nargs="*", help="spec names or files (default: every spec in specs/)")
    r.add_argument(
        "--dry-run", action="store_true", help="print what would be released; write nothing"
    )
    r.add_argument(
        "--list",
        action="store_true",
        help="print each recorded package: name, distribution, version, tag (tab-separated)",
    )
    r.add_argument(
        "--at-least",
        choices=("patch", "minor", "major"),
        default="none",
        help="the smallest bump of a package that changed: for a change the API diff cannot see "
        "(the HTTP stack a custom client is built with, say); its notes should say why",
    )
    r.add_argument(
        "--notes",
        metavar="FILE",
        help="Markdown put first in each released package's changelog entry: what a user changes, and why",
    )
    r.set_defaults(func=lambda ns: cmd_release(ns, project_root(), spec_paths))
