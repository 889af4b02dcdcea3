"""The CI release scripts in a git repository of our own: the pull-request report and the release plan."""

from __future__ import annotations

import copy
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from release_specs import BASE, ROOT, list_op, write_spec

SCRIPTS = ROOT / ".github" / "scripts"

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(
        CODEGEN=f"{sys.executable} -m generator",
        SOURCE_DATE_EPOCH="1767225600",
        GIT_AUTHOR_NAME="test",
        GIT_AUTHOR_EMAIL="test@example.test",
        GIT_COMMITTER_NAME="test",
        GIT_COMMITTER_EMAIL="test@example.test",
        GIT_CONFIG_NOSYSTEM="1",
        HOME=os.environ.get("HOME", "/tmp"),
    )
    return env


def sh(repo: Path, *cmd: str) -> str:
    result = subprocess.run(
        list(cmd), cwd=repo, env=_env(), capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, f"{cmd}\n{result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    (repo / "specs").mkdir(parents=True)
    write_spec(repo / "specs" / "inbox.yaml", BASE)
    sh(repo, "git", "init", "-q", "-b", "main")
    sh(repo, "git", "add", "specs")
    sh(repo, "git", "commit", "-q", "-m", "base")
    return repo


def test_the_pull_request_report_names_each_change_and_the_bump(repo: Path) -> None:
    edited = copy.deepcopy(BASE)
    del edited["paths"]["/conversations/{id}"]
    write_spec(repo / "specs" / "inbox.yaml", edited)
    write_spec(repo / "specs" / "fresh.yaml", BASE)
    report = sh(repo, "bash", str(SCRIPTS / "api_report.sh"), "main")
    assert report.startswith("## Public API changes against `main`")
    inbox = report.split("### inbox")[1].split("###")[0]
    assert "conversations.retrieve: operation removed (breaking)" in inbox
    assert "bump: major" in inbox
    assert "New spec: a new package." in report.split("### fresh")[1].split("###")[0]
    assert "inbox: first release 1.0.0 [dry run]" in report


def test_the_release_plan_lists_only_versions_without_a_tag(repo: Path) -> None:
    plan = [sys.executable, "-m", "generator", "release"]
    sh(repo, *plan)
    sh(repo, "git", "add", "releases", "generated")
    sh(repo, "git", "commit", "-q", "-m", "release 1.0.0")
    script = ["bash", str(SCRIPTS / "release_plan.sh")]
    assert sh(repo, *script) == "inbox\tinbox-client\t1.0.0\tinbox-client-v1.0.0\n"
    sh(repo, "git", "tag", "inbox-client-v1.0.0")
    assert sh(repo, *script) == ""
    spec = copy.deepcopy(BASE)
    list_op(spec)["parameters"].append(
        {"name": "label", "in": "query", "schema": {"type": "string"}}
    )
    write_spec(repo / "specs" / "inbox.yaml", spec)
    sh(repo, *plan)
    assert sh(repo, *script) == "inbox\tinbox-client\t1.1.0\tinbox-client-v1.1.0\n"
