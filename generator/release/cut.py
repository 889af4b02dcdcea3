"""`codegen release`: compare each package with its record, choose the bump, write records + changelog.

The bump is the most severe change to the public API (apidiff.py); an output change with no API change
(a runtime fix, a template edit) is a patch, seen through a digest of the generated files computed
with the version normalized. Nothing changed, nothing is written. The release date comes from
`SOURCE_DATE_EPOCH` when set (or the `today` argument), so a run can be repeated byte for byte.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from generator.ir.package import spec_version  # the version before records existed
from generator.load.check import load
from generator.pipeline import Job, generate, plan
from generator.release import records
from generator.release.apidiff import ORDER, Bump, Change, bump_of, compare
from generator.release.surface import Surface, snapshot

NORMAL_VERSION = "0.0.0"  # the version the output digest is computed with


@dataclass(frozen=True)
class Outcome:
    """What a release does (or would do) for one package."""

    name: str
    dist_name: str
    old_version: str | None  # None: the package had no record yet
    version: str
    bump: Bump
    changes: tuple[Change, ...] = ()
    output_only: bool = False  # the files changed but the public API did not
    record: records.Record | None = field(default=None, repr=False)
    raised: bool = False  # the bump is `at_least`'s, above what the API diff graded

    @property
    def released(self) -> bool:
        return self.old_version is None or self.bump != "none"

    def summary(self) -> str:
        if self.old_version is None:
            return f"{self.name}: first release {self.version}"
        if not self.released:
            return f"{self.name}: {self.version}, nothing to release"
        return f"{self.name}: {self.old_version} -> {self.version} ({self.bump})"


def release_date(today: date | None = None) -> date:
    if today is not None:
        return today
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        return datetime.fromtimestamp(int(epoch), UTC).date()
    return datetime.now(UTC).date()


def next_version(version: str, bump: Bump) -> str:
    """Semantic versioning; below 1.0.0 a breaking change bumps the minor (0.y is unstable)."""
    parts = [int(x) for x in re.findall(r"\d+", version)[:3]]
    major, minor, patch = [*parts, 0, 0, 0][:3]
    if bump == "none":
        return f"{major}.{minor}.{patch}"
    if bump == "major" and major == 0:
        bump = "minor"
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def output_digest(root: Path) -> str:
    """sha256 over every generated file but the changelog (paths and bytes, in path order)."""
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if (
            not path.is_file()
            or rel.as_posix() == records.CHANGELOG_FILE
            or any(part == "__pycache__" or part.startswith(".") for part in rel.parts)
        ):
            continue
        data = path.read_bytes()
        digest.update(f"{rel.as_posix()}\0{len(data)}\0".encode())
        digest.update(data)
    return "sha256:" + digest.hexdigest()


# -- changelog -------------------------------------------------------------------------------------

SECTIONS = (("major", "Breaking changes"), ("minor", "Added"), ("patch", "Other changes"))


def changelog_header(dist_name: str) -> str:
    return (
        "# Changelog\n\n"
        f"Releases of `{dist_name}`, newest first. Versions follow semantic versioning as a Python\n"
        "caller sees the package: a major version may break code that worked, a minor one adds to\n"
        "the API, a patch changes nothing a caller relies on. Written by `codegen release` from the\n"
        "project's release records.\n"
    )


def entry(outcome: Outcome, when: date, surface: Surface, notes: str = "") -> str:
    lines = [f"## {outcome.version} ({when.isoformat()})", ""]
    if notes.strip():  # what the API diff cannot see, in the releaser's words
        lines += [notes.strip(), ""]
    if outcome.old_version is None:
        ops = sorted(surface["operations"])
        lines.append(
            f"First release with a version of its own: {len(ops)} operation"
            f"{'s' if len(ops) != 1 else ''} and {len(surface['models'])} models."
        )
        if ops:
            lines += ["", "Operations: " + ", ".join(f"`{op}`" for op in ops) + "."]
        return "\n".join(lines) + "\n"
    if outcome.output_only and not outcome.raised:
        lines.append("The generated code changed (runtime or templates); the public API did not.")
        return "\n".join(lines) + "\n"
    for level, title in SECTIONS:
        chosen = [c for c in outcome.changes if c.level == level]
        if chosen:
            lines += [f"### {title}", ""]
            lines += [f"- {_markdown(c)}" for c in chosen]
            lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _markdown(change: Change) -> str:
    where = change.where
    kind, _, name = where.partition(" ")
    shown = (
        f"{kind} `{name}`" if name and kind in ("model", "webhook", "resource") else f"`{where}`"
    )
    return f"{shown}: {change.what}"


def with_entry(changelog: str, dist_name: str, text: str) -> str:
    """The changelog with `text` as its newest entry (below the header, above the last release)."""
    if not changelog.strip():
        return changelog_header(dist_name) + "\n" + text
    head, sep, rest = changelog.partition("\n## ")
    if not sep:
        return changelog.rstrip("\n") + "\n\n" + text
    return head.rstrip("\n") + "\n\n" + text + "\n## " + rest


# -- the release -----------------------------------------------------------------------------------


def prepare(
    specs: list[Path],
    *,
    today: date | None = None,
    at_least: Bump = "none",
    notes: str = "",
) -> list[Outcome]:
    """Decide every package's release without writing anything. `at_least`: the smallest bump of a
    package that has something to release (a change the API diff cannot see, such as the HTTP stack a
    custom client is built with); `notes`: Markdown put first in each released package's entry."""
    when = release_date(today)
    outcomes: list[Outcome] = []
    with tempfile.TemporaryDirectory(prefix="codegen-release-") as tmp:
        fresh = Path(tmp) / "generated"
        jobs = [
            Job(job.spec, job.out, job.package_name, version=NORMAL_VERSION)
            for job in plan(specs, None, None, fresh)
        ]
        apis = generate(jobs, staging_near=Path(tmp))
        for job, api in zip(jobs, apis, strict=True):
            surface = snapshot(api)
            digest = output_digest(job.out)
            folder = records.folder_for(job.spec)
            if folder is None:
                raise FileNotFoundError(
                    f"{job.spec.name} is not in a specs/ folder: it has no records"
                )
            old = records.read(folder)
            outcomes.append(
                _decide(job.spec, api.dist_name, surface, digest, old, when, at_least, notes)
            )
    return outcomes


def _decide(
    spec: Path,
    dist_name: str,
    surface: Surface,
    digest: str,
    old: records.Record | None,
    when: date,
    at_least: Bump = "none",
    notes: str = "",
) -> Outcome:
    name = spec.stem
    if old is None:
        info = load(spec).document.data.get("info")
        version = spec_version(info.get("version") if isinstance(info, dict) else None)
        first = Outcome(name, dist_name, None, version, "none")
        changelog = with_entry("", dist_name, entry(first, when, surface))
        record = records.Record(name, dist_name, version, digest, surface, changelog)
        return Outcome(name, dist_name, None, version, "none", record=record)
    changes = tuple(compare(old.surface, surface))
    bump = bump_of(changes)
    output_only = bump == "none" and digest != old.output_digest
    if output_only:
        bump = "patch"
    if bump == "none":
        return Outcome(name, dist_name, old.version, old.version, "none", changes)
    raised = ORDER[at_least] > ORDER[bump]
    bump = at_least if raised else bump
    version = next_version(old.version, bump)
    outcome = Outcome(
        name, dist_name, old.version, version, bump, changes, output_only, raised=raised
    )
    changelog = with_entry(old.changelog, dist_name, entry(outcome, when, surface, notes))
    record = records.Record(name, dist_name, version, digest, surface, changelog)
    return Outcome(
        name, dist_name, old.version, version, bump, changes, output_only, record, raised
    )


def release(
    specs: list[Path],
    *,
    dry_run: bool = False,
    today: date | None = None,
    at_least: Bump = "none",
    notes: str = "",
) -> list[Outcome]:
    """Write the record of every package with something to release, then regenerate those packages."""
    outcomes = prepare(specs, today=today, at_least=at_least, notes=notes)
    if dry_run:
        return outcomes
    by_name = {spec.stem: spec for spec in specs}
    released: list[Path] = []
    for outcome in outcomes:
        spec = by_name[outcome.name]
        folder = records.folder_for(spec)
        if outcome.record is not None and folder is not None:
            records.write(folder, outcome.record)
            released.append(spec)
    if released:
        root = released[0].parent.parent
        generate(plan(released, None, None, root / "generated"))
    return outcomes
