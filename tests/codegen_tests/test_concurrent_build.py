"""One spec built by three processes (`pipeline._build_ir(..., concurrent=True)`: the models worker's
child, the validator's child and this one) gives what one process gives: the same files for a
generated package, the same problems, in the same order, for a refused one; and no child is left
behind either way."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import pipeline
from generator.errors import SpecError
from generator.models import operations

from .helpers import write_spec

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = sorted((ROOT / "tests" / "golden").glob("*.yaml"))

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the children need fork")


@pytest.fixture(autouse=True)
def _no_verdict_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CODEGEN_NO_CACHE", "1")


def _children() -> set[int]:
    """This process's children that are still there (running or not yet reaped)."""
    try:
        text = Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children").read_text()
    except OSError:
        return set()
    return {int(pid) for pid in text.split()}


@pytest.mark.parametrize("spec", GOLDEN, ids=[p.stem for p in GOLDEN])
def test_three_processes_give_the_files_one_gives(spec: Path, tmp_path: Path) -> None:
    job = pipeline.Job(spec, tmp_path / spec.stem, f"{spec.stem}_client")
    before = _children()
    _, alone = pipeline.build(job)
    _, spread = pipeline.build(job, concurrent=True)
    assert spread == alone
    assert _children() <= before, "a child of the build was left running"


def _refused_by_our_rules() -> dict[str, Any]:
    spec = yaml.safe_load((ROOT / "tests" / "golden" / "keyed.yaml").read_text(encoding="utf-8"))
    schema = next(iter(spec["components"]["schemas"].values()))
    schema.setdefault("required", []).append("not_a_property")  # a field the model would lose
    return spec  # type: ignore[no-any-return]


def _problems(spec: Path, concurrent: bool) -> list[tuple[str, str, int | None, bool]]:
    with pytest.raises(SpecError) as refused:
        pipeline._build_ir(spec, "keyed_client", concurrent=concurrent)
    return [(p.location, p.message, p.line, p.warning) for p in refused.value.problems]


def test_a_document_our_rules_refuse_is_refused_alike(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, _refused_by_our_rules(), "keyed")
    before = _children()
    alone = _problems(spec, concurrent=False)
    assert any("not_a_property" in message for _, message, _, _ in alone)
    assert _problems(spec, concurrent=True) == alone
    assert _children() <= before, "the models worker was left running after a refusal"


def test_a_document_the_validator_refuses_is_refused_alike(tmp_path: Path) -> None:
    spec = yaml.safe_load((ROOT / "tests" / "golden" / "keyed.yaml").read_text(encoding="utf-8"))
    operations = [
        op for item in spec["paths"].values() for op in item.values() if isinstance(op, dict)
    ]
    # an operationId that is not unique: the validator's fault, not our rules'
    operations[-1]["operationId"] = operations[0]["operationId"]
    path = write_spec(tmp_path, spec, "keyed")
    alone = _problems(path, concurrent=False)
    assert any("is not unique" in message for _, message, _, _ in alone)
    assert _problems(path, concurrent=True) == alone


def test_a_validator_refusal_does_not_wait_for_the_models(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The validator's verdict, when it comes first and refuses, ends the build at once: the models
    worker (here made slow, and leaving a mark when it finishes) is ended unfinished."""
    import time

    from generator.models import datamodel

    finished = tmp_path / "models-finished"
    generate_models = datamodel.generate_models

    def slow(document: dict[str, Any], spec_file: str) -> str:
        time.sleep(8)
        finished.write_text("the models worker ran to its end")
        return generate_models(document, spec_file)

    monkeypatch.setattr(datamodel, "generate_models", slow)  # the forked child inherits it
    # the verdict not waited for before the models are started: it comes while they are made
    monkeypatch.setattr(pipeline, "VERDICT_FIRST_S", 0)
    path = _refused_by_the_validator(tmp_path)
    with pytest.raises(SpecError) as refused:
        pipeline._build_ir(path, "keyed_client", concurrent=True)
    assert [p.location for p in refused.value.problems] == ["#/components/securitySchemes/extra"]
    time.sleep(9)  # long enough for an unended worker to have left its mark
    assert not finished.exists(), "the refusal waited for (or left running) the models worker"


def _refused_by_the_validator(tmp_path: Path) -> Path:
    spec = yaml.safe_load((ROOT / "tests" / "golden" / "keyed.yaml").read_text(encoding="utf-8"))
    # a fault only the validator's meta-schema check finds (our own checks and stages pass it)
    spec.setdefault("components", {}).setdefault("securitySchemes", {})["extra"] = {
        "type": "http",
        "scheme": "bearer",
        "in": "header",
    }
    return write_spec(tmp_path, spec, "keyed")


def test_a_strict_run_takes_a_quick_verdict_before_naming_the_schemas(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A strict run waits a little for the validator's verdict before the work only a generated
    package needs: a document it refuses is refused before its schemas are named (and the models
    started); a lenient run does not wait."""
    named: list[str] = []
    name_schemas = operations.name_schemas

    def counted(*args: Any, **kwargs: Any) -> Any:
        named.append("named")
        return name_schemas(*args, **kwargs)

    monkeypatch.setattr(operations, "name_schemas", counted)
    monkeypatch.setattr(pipeline, "VERDICT_FIRST_S", 60)  # however slow the machine
    path = _refused_by_the_validator(tmp_path)
    before = _children()
    with pytest.raises(SpecError) as refused:
        pipeline._build_ir(path, "keyed_client", concurrent=True)
    assert [p.location for p in refused.value.problems] == ["#/components/securitySchemes/extra"]
    assert named == [], "the schemas were named before the verdict that refuses the document"
    assert _children() <= before
    api, _ = pipeline._build_ir(path, "keyed_client", concurrent=True, lenient=True)
    assert named == ["named"] and any("extra" in w.location for w in api.warnings)


def test_problems_placed_later_are_placed_as_at_once(tmp_path: Path) -> None:
    """With `rules_later` the repairs' and rules' problems get their lines when the LoadedSpec
    settles (`Document.deferring_places`): the same file, line and column as when made."""
    from generator.load.check import load

    spec = yaml.safe_load((ROOT / "tests" / "golden" / "keyed.yaml").read_text(encoding="utf-8"))
    operation = next(
        op for item in spec["paths"].values() for op in item.values() if isinstance(op, dict)
    )
    responses = operation["responses"]
    code, response = next(iter(responses.items()))
    del responses[code]
    responses[int(code)] = response  # an integer code: a lenient repair's warning
    path = write_spec(tmp_path, spec, "keyed")
    at_once = load(path, lenient=True)
    later = load(path, lenient=True, defer=True, rules_later=True)
    later.check()
    later.settle()
    assert later.warnings == at_once.warnings
    assert any(p.location.endswith(f"/responses/{code}") for p in at_once.warnings)
    assert all(p.line is not None for p in at_once.warnings)


@pytest.mark.parametrize("folder", ["plain", "a [bracketed] *folder?"])
def test_ruff_leaves_out_the_settled_files_and_formats_the_rest(
    tmp_path: Path, folder: str
) -> None:
    """`format_tree(roots, settled)`: the settled files are not given to ruff (whatever characters
    their path holds), every other file is fixed and formatted, Markdown's examples included."""
    from generator.write import tree

    root = tmp_path / folder / "package"
    (root / "src" / "pkg").mkdir(parents=True)
    (root / "pyproject.toml").write_text('[tool.ruff.lint]\nselect = ["I"]\n', encoding="utf-8")
    messy = "import sys\nimport os\nx = {'a':1}\nprint(os, sys, x)\n"
    settled = root / "src" / "pkg" / "_settled.py"
    for name in ("_settled.py", "other.py"):
        (root / "src" / "pkg" / name).write_text(messy, encoding="utf-8")
    (root / "README.md").write_text("```python\nx = {'a':1}\n```\n", encoding="utf-8")
    tree.format_tree([root], [settled])
    assert settled.read_text(encoding="utf-8") == messy
    assert (root / "src" / "pkg" / "other.py").read_text(encoding="utf-8") == (
        'import os\nimport sys\n\nx = {"a": 1}\nprint(os, sys, x)\n'
    )
    assert (root / "README.md").read_text(encoding="utf-8") == '```python\nx = {"a": 1}\n```\n'


def test_a_formatting_failure_is_raised_and_nothing_is_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ruff formats in the background while the snapshots are made; its failure still reaches the
    caller, and the package folder keeps what it had."""
    from generator.write import tree

    out = tmp_path / "keyed"
    out.mkdir()
    (out / "kept.txt").write_text("the package as it was")

    def failing(paths: list[Path], settled: Any = ()) -> None:
        raise tree.FormatError("ruff could not format")

    monkeypatch.setattr(tree, "format_tree", failing)
    job = pipeline.Job(ROOT / "tests" / "golden" / "keyed.yaml", out, "keyed_client")
    with pytest.raises(tree.FormatError):
        pipeline.generate([job], staging_near=tmp_path)
    assert sorted(p.name for p in out.iterdir()) == ["kept.txt"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".codegen-")], "staging left"


def test_the_command_forks_its_worker_first_and_the_pipeline_takes_that_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`codegen generate` (generator.launch) forks the models worker before the generator is
    imported; the pipeline builds with that worker, not a second one, the files are the ones one
    process writes, and nothing is left running."""
    from generator import launch
    from generator.models import worker

    forks: list[int] = []
    fork = worker.ModelsWorker.__init__

    def counted(self: worker.ModelsWorker, *args: Any, **kwargs: Any) -> None:
        fork(self, *args, **kwargs)
        forks.append(self._pid)

    monkeypatch.setattr(worker.ModelsWorker, "__init__", counted)
    spec = ROOT / "tests" / "golden" / "keyed.yaml"
    before = _children()
    assert launch.main(["generate", str(spec), "--out", str(tmp_path / "cmd")]) == 0
    assert len(forks) == 1, "the pipeline forked a worker of its own beside the early one"
    assert worker._early is None
    assert _children() <= before, "the early worker was left running"
    pipeline.generate([pipeline.Job(spec, tmp_path / "alone", "")])
    written = {
        p.relative_to(tmp_path / "cmd"): p.read_bytes()
        for p in (tmp_path / "cmd").rglob("*")
        if p.is_file()
    }
    alone = {
        p.relative_to(tmp_path / "alone"): p.read_bytes()
        for p in (tmp_path / "alone").rglob("*")
        if p.is_file()
    }
    assert written == alone


def test_an_in_process_call_leaves_the_garbage_collector_as_it_found_it(tmp_path: Path) -> None:
    """`launch.main` with arguments (a test, a tool) changes nothing of its caller's collector."""
    import gc

    from generator import launch

    before = (gc.isenabled(), gc.get_threshold(), gc.get_freeze_count())
    spec = ROOT / "tests" / "golden" / "keyed.yaml"
    assert launch.main(["generate", str(spec), "--out", str(tmp_path / "cmd")]) == 0
    assert (gc.isenabled(), gc.get_threshold(), gc.get_freeze_count()) == before


def test_the_command_s_own_process_collects_rarely_but_collects(tmp_path: Path) -> None:
    """The `codegen` process itself: the imported modules are frozen out of the collector's walks
    and young collections are rare, but the collector is on while the document is worked on (a big
    document's garbage is still found), and the command writes its package."""
    probe = (
        "import gc, sys\n"
        "import generator.cli as cli\n"
        "run = cli.main\n"
        "def probed(args):\n"
        "    print(gc.isenabled(), gc.get_threshold()[0], gc.get_freeze_count() > 0)\n"
        "    return run(args)\n"
        "cli.main = probed\n"
        "from generator.launch import main\n"
        "sys.argv = ['codegen', *sys.argv[1:]]\n"
        "raise SystemExit(main())\n"
    )
    spec = ROOT / "tests" / "golden" / "keyed.yaml"
    out = tmp_path / "cmd"
    done = subprocess.run(
        [sys.executable, "-c", probe, "generate", str(spec), "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "True 100000 True"
    assert (out / "pyproject.toml").is_file()


def test_a_worker_forked_for_a_command_that_fails_early_is_ended(tmp_path: Path) -> None:
    from generator import launch
    from generator.models import worker

    before = _children()
    missing = tmp_path / "missing.yaml"
    assert launch.main(["generate", str(missing), "--out", str(tmp_path / "x")]) == 2
    assert worker._early is None
    assert _children() <= before, "the early worker outlived a command refused before the pipeline"


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one core: no worker is forked early")
def test_several_specs_end_the_early_worker_before_their_pool_starts(tmp_path: Path) -> None:
    """With several specs the pool's processes build them, each with its models in-process: the
    worker the command forked for one spec is ended first (not left importing beside the pool),
    and the packages are the ones each spec alone gives."""
    from generator.models import worker

    jobs = [pipeline.Job(s, tmp_path / s.stem, f"{s.stem}_client") for s in GOLDEN[:2]]
    worker.start_early()
    early = worker._early
    assert early is not None
    pid = early._pid
    try:
        built = pipeline._build_all(jobs, False, True)
        assert worker._early is None and early._pid == 0, (
            "the early worker outlived the pool's start"
        )
    finally:
        worker.end_early()
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, 0)  # reaped: nothing left running
    for job, (_, files, _) in zip(jobs, built, strict=True):
        alone = pipeline.build(job)[1]
        assert files == {k: v for k, v in alone.items() if k != pipeline.PUBLIC_API_FILE}


def test_a_refusal_then_lenient_reuses_the_verdict_and_warns_alike(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As a user runs it: a strict refusal, then `--lenient`. The verdict is remembered under the
    validators' versions (read off their installed metadata) and this code's digest; the lenient
    run validates nothing again, and its warnings (the validator's, remembered, placed while the
    models are generated) are the in-process build's, line for line."""
    from importlib.metadata import version

    from generator.load import validator

    path = _refused_by_the_validator(tmp_path)
    monkeypatch.setenv("CODEGEN_NO_CACHE", "1")
    alone, _ = pipeline._build_ir(path, "keyed_client", lenient=True)
    monkeypatch.delenv("CODEGEN_NO_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    with pytest.raises(SpecError):
        pipeline._build_ir(path, "keyed_client", concurrent=True)
    (remembered,) = (tmp_path / "cache" / "convapi-codegen" / "verdicts").iterdir()
    osv, rs = version("openapi-spec-validator"), version("jsonschema-rs")
    assert f"-osv{osv}-rs{rs}-" in remembered.name

    def no_second_validation(document: Any) -> Any:
        raise AssertionError("the lenient run validated the document again")

    monkeypatch.setattr(validator, "_in_child", no_second_validation)
    monkeypatch.setattr(validator, "_faults", no_second_validation)
    api, _ = pipeline._build_ir(path, "keyed_client", concurrent=True, lenient=True)
    shown = [(w.location, w.message, w.line, w.column) for w in api.warnings]
    assert shown == [(w.location, w.message, w.line, w.column) for w in alone.warnings]
    assert any("extra" in location for location, _, _, _ in shown)
