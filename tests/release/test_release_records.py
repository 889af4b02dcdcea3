"""`codegen release` in a project of our own: records, bumps, changelog, idempotence, drift checks."""

from __future__ import annotations

import copy
import json
import re
from datetime import date
from pathlib import Path

import pytest
from release_specs import BASE, list_op, write_spec

from generator.cli import main
from generator.release.cut import next_version, release_date, with_entry

EPOCH = "1767225600"  # 2026-01-01 UTC


def tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


class Project:
    """A project folder with one spec (specs/inbox.yaml), driven through `codegen`."""

    def __init__(self, root: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.root = root
        self.capsys = capsys
        (root / "specs").mkdir(parents=True)
        self.spec = copy.deepcopy(BASE)
        self.save()

    def save(self) -> None:
        write_spec(self.root / "specs" / "inbox.yaml", self.spec)

    def run(self, *args: str) -> tuple[int, str]:
        self.capsys.readouterr()
        code = main(list(args))
        out, err = self.capsys.readouterr()
        return code, out + err

    def version(self) -> str:
        text = (self.root / "generated/inbox/pyproject.toml").read_text(encoding="utf-8")
        match = re.search(r'^version = "([^"]+)"', text, re.M)
        assert match, text
        return match.group(1)

    def record(self) -> dict[str, str]:
        data: dict[str, str] = json.loads(
            (self.root / "releases/inbox/release.json").read_text(encoding="utf-8")
        )
        return data

    def changelog(self) -> str:
        return (self.root / "releases/inbox/CHANGELOG.md").read_text(encoding="utf-8")


@pytest.fixture
def project(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Project:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    return Project(tmp_path, capsys)


@pytest.fixture
def released(project: Project) -> Project:
    """The project after its first release (1.0.0, from info.version)."""
    code, out = project.run("release")
    assert code == 0, out
    assert "inbox: first release 1.0.0" in out
    return project


def test_first_release_writes_the_records_and_the_changelog(released: Project) -> None:
    record = released.record()
    assert record["version"] == "1.0.0"
    assert record["dist_name"] == "inbox-client"
    assert record["output_digest"].startswith("sha256:")
    api = json.loads((released.root / "releases/inbox/api.json").read_text(encoding="utf-8"))
    assert api["kind"] == "convapi-codegen/public-api"
    assert set(api["operations"]) == {
        "conversations.list",
        "conversations.create",
        "conversations.retrieve",
    }
    assert api["webhooks"] == {}
    changelog = released.changelog()
    assert changelog.startswith("# Changelog\n")
    assert "## 1.0.0 (2026-01-01)" in changelog
    assert "`conversations.retrieve`" in changelog
    package = released.root / "generated/inbox"
    assert (package / "CHANGELOG.md").read_text(encoding="utf-8") == changelog
    assert released.version() == "1.0.0"
    assert '__version__ = "1.0.0"' in (package / "src/inbox_client/_version.py").read_text()


def test_a_second_run_with_nothing_changed_changes_nothing(released: Project) -> None:
    before = tree(released.root)
    code, out = released.run("release")
    assert code == 0
    assert out.strip() == "inbox: 1.0.0, nothing to release"
    assert tree(released.root) == before


def test_a_new_optional_parameter_releases_a_minor(released: Project) -> None:
    list_op(released.spec)["parameters"].append(
        {"name": "label", "in": "query", "schema": {"type": "string"}}
    )
    released.save()
    code, out = released.run("release")
    assert code == 0, out
    assert "inbox: 1.0.0 -> 1.1.0 (minor)" in out
    assert "conversations.list: optional parameter `label` added" in out
    assert released.version() == "1.1.0"
    assert released.record()["version"] == "1.1.0"
    changelog = released.changelog()
    newest = changelog.split("\n## ")[1]
    assert newest.startswith("1.1.0 (2026-01-01)")
    assert "### Added\n\n- `conversations.list`: optional parameter `label` added" in newest
    assert "## 1.0.0" in changelog.split("## 1.1.0")[1]  # the older entry stays, below
    # Released and regenerated: generated/ is what the records and specs produce.
    code, out = released.run("check")
    assert code == 0, out
    before = tree(released.root)
    assert released.run("release")[1].strip() == "inbox: 1.1.0, nothing to release"
    assert tree(released.root) == before


def test_a_removed_operation_releases_a_major_breaking_changes_first(released: Project) -> None:
    del released.spec["paths"]["/conversations/{id}"]
    list_op(released.spec)["parameters"].append(
        {"name": "label", "in": "query", "schema": {"type": "string"}}
    )
    released.save()
    code, out = released.run("release")
    assert code == 0, out
    assert "inbox: 1.0.0 -> 2.0.0 (major)" in out
    newest = released.changelog().split("\n## ")[1]
    breaking = newest.index("### Breaking changes\n\n- `conversations.retrieve`: operation removed")
    assert breaking < newest.index("### Added")
    assert released.version() == "2.0.0"


def test_a_new_required_parameter_releases_a_major(released: Project) -> None:
    list_op(released.spec)["parameters"].append(
        {"name": "team", "in": "query", "required": True, "schema": {"type": "string"}}
    )
    released.save()
    code, out = released.run("release")
    assert code == 0, out
    assert "inbox: 1.0.0 -> 2.0.0 (major)" in out
    assert "conversations.list: required parameter `team` added (breaking)" in out
    assert released.version() == "2.0.0"
    assert "- `conversations.list`: required parameter `team` added" in released.changelog()


def test_a_reworded_description_releases_a_patch(released: Project) -> None:
    list_op(released.spec)["description"] = "Every conversation, newest first."
    released.save()
    code, out = released.run("release")
    assert code == 0
    assert "inbox: 1.0.0 -> 1.0.1 (patch)" in out
    assert "### Other changes\n\n- `conversations.list`: description changed" in (
        released.changelog()
    )


def test_an_output_change_without_an_api_change_is_a_patch(released: Project) -> None:
    """info.summary is not public API, but it is in the package (its pyproject description)."""
    released.spec["info"]["summary"] = "The inbox API, summed up."
    released.save()
    code, out = released.run("release")
    assert code == 0, out
    assert "inbox: 1.0.0 -> 1.0.1 (patch)" in out
    assert "generated code changed; public API unchanged" in out
    assert "The generated code changed" in released.changelog().split("\n## ")[1]


def test_at_least_raises_a_bump_the_api_diff_cannot_see_and_notes_say_why(
    released: Project,
) -> None:
    """A change users must act on that no API snapshot shows (the HTTP stack of a custom client):
    `--at-least major` and the releaser's `--notes` first in the entry."""
    released.spec["info"]["summary"] = "The inbox API, summed up."  # an output-only change
    released.save()
    notes = released.root / "notes.md"
    notes.write_text("**Breaking:** build your own client with `httpx2`.\n", encoding="utf-8")
    code, out = released.run("release", "--at-least", "major", "--notes", str(notes))
    assert code == 0, out
    assert "inbox: 1.0.0 -> 2.0.0 (major)" in out
    assert "bump raised to major (--at-least)" in out
    newest = released.changelog().split("\n## ")[1]
    assert newest.startswith("2.0.0 (")
    assert "**Breaking:** build your own client with `httpx2`." in newest
    assert released.version() == "2.0.0"


def test_at_least_never_lowers_a_bump_nor_releases_an_unchanged_package(
    released: Project,
) -> None:
    code, out = released.run("release", "--at-least", "major")
    assert code == 0 and "nothing to release" in out  # nothing changed: nothing released
    list_op(released.spec)["description"] = "Every conversation, newest first."
    released.save()
    code, out = released.run("release", "--at-least", "patch")
    assert "inbox: 1.0.0 -> 1.0.1 (patch)" in out and "raised" not in out


def test_the_version_comes_from_the_record_not_info_version(released: Project) -> None:
    released.spec["info"]["version"] = "7.3.0"
    released.save()
    code, out = released.run("generate")
    assert code == 0, out
    assert released.version() == "1.0.0"
    # info.version is the API's version: the README and api.md name it as that (issue 23), so the
    # output changes, a patch (the public API does not).
    assert "API version 7.3.0 (the spec's `info.version`), package version 1.0.0" in " ".join(
        (released.root / "generated" / "inbox" / "README.md").read_text().split()
    )
    dry = released.run("release", "--dry-run")[1]
    assert "inbox: 1.0.0 -> 1.0.1 (patch) [dry run]" in dry
    assert "generated code changed; public API unchanged" in dry


def test_the_changelog_survives_generate_and_check_gates_it(released: Project) -> None:
    changelog = released.root / "generated/inbox/CHANGELOG.md"
    before = changelog.read_bytes()
    assert released.run("generate")[0] == 0
    assert changelog.read_bytes() == before
    changelog.write_text(before.decode() + "\nA hand edit.\n", encoding="utf-8")
    code, out = released.run("check")
    assert code == 1
    assert "generated/inbox/CHANGELOG.md (committed)" in out


def test_dry_run_writes_nothing(released: Project) -> None:
    del released.spec["paths"]["/conversations/{id}"]
    released.save()
    before = tree(released.root)
    code, out = released.run("release", "--dry-run")
    assert code == 0
    assert "inbox: 1.0.0 -> 2.0.0 (major) [dry run]" in out
    assert "conversations.retrieve: operation removed (breaking)" in out
    assert tree(released.root) == before


def test_list_prints_each_package_and_its_tag(released: Project) -> None:
    code, out = released.run("release", "--list")
    assert code == 0
    assert out.splitlines() == ["inbox\tinbox-client\t1.0.0\tinbox-client-v1.0.0"]


def test_an_unreadable_record_is_refused(released: Project) -> None:
    (released.root / "releases/inbox/release.json").write_text("{not json", encoding="utf-8")
    code, out = released.run("generate")
    assert code == 2
    assert "releases/inbox/release.json" in out
    assert "unreadable release record" in out


@pytest.mark.parametrize(
    ("version", "bump", "expected"),
    [
        ("1.0.0", "major", "2.0.0"),
        ("1.4.2", "minor", "1.5.0"),
        ("1.4.2", "patch", "1.4.3"),
        ("1.4.2", "none", "1.4.2"),
        ("0.3.1", "major", "0.4.0"),  # below 1.0.0 a breaking change bumps the minor
        ("0.3.1", "patch", "0.3.2"),
        ("2", "minor", "2.1.0"),
    ],
)
def test_next_version(version: str, bump: str, expected: str) -> None:
    assert next_version(version, bump) == expected  # type: ignore[arg-type]


def test_release_date_is_injectable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    assert release_date() == date(2026, 1, 1)
    assert release_date(date(2030, 5, 6)) == date(2030, 5, 6)


def test_entries_go_newest_first_below_the_header() -> None:
    first = with_entry("", "x-client", "## 1.0.0 (2026-01-01)\n\nFirst.\n")
    second = with_entry(first, "x-client", "## 1.1.0 (2026-02-01)\n\nSecond.\n")
    assert second.startswith("# Changelog\n")
    assert second.index("## 1.1.0") < second.index("## 1.0.0")
    assert second.count("# Changelog") == 1
