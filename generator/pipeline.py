"""The five stages end to end, each called by name, each in a folder of its own:

    1 load + check    load/     load.check.load                 Document, Extensions, warnings (or SpecError)
    2 schemas+models  models/   operations.name_schemas, datamodel.start_models  models.py, its index
    3 the IR          ir/       ir.package.build_api            ir.nodes.Api
    4 render          render/   render.package.render_package   {path: text}
    5 format + write  write/    write.tree.write_tree, format_tree, swap_into_place

Data flows one way: each stage reads what the ones before it produced and nothing else. `release/`
is a subsystem beside them: it calls the stages; here only its records are read, for the version.
`unified/` is another: `generate(..., inbox=InboxJob(...))` builds the inbox package `convapi` from the
providers' IR once every job is built, and writes it in the same swap.

One spec on a machine with a second core is built by three processes (`_build_ir`): this one, the
validator's child and the models worker's child; the result is the same as in one process.
"""

from __future__ import annotations

import ast
import json
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.errors import SpecError
from generator.models.datamodel import Models, start_models
from generator.models.worker import ModelsWorker, end_early, take
from generator.naming import package_name_for

if TYPE_CHECKING:
    from generator.ir import nodes as ir
    from generator.load.check import LoadedSpec
    from generator.load.document import Document

# Stages 3 to 5 and the subsystems are imported where they are first needed, not here: a refused
# document never needs them, and a generated one imports them while its models are generated on
# the other core (`_build_ir`), not before its document is read. Stage 1 and the naming of the
# schemas too: the models worker's child imports this module for `_analyse` once it has sent the
# models, on the way to the parts this process waits for, and needs neither.


@dataclass(frozen=True)
class Job:
    spec: Path
    out: Path  # the package root to (re)create
    package_name: str  # "": named by `naming.package_name_for` once the document is read
    version: str | None = None  # release hook: overrides the release record's version
    env_prefix: str = ""  # "": derived from the package name
    overlays: tuple[Path, ...] = ()  # applied after the one beside the spec (load/overlay.py)


# The public-API snapshot of the package as generated (release/surface.py), kept beside it so that the
# next generation can say what it changes before it replaces the package (a dotfile: no check, no
# digest and no wheel sees it).
PUBLIC_API_FILE = ".public-api.json"

Announce = Callable[["Job", list[str]], None]


def plan(
    specs: list[Path],
    out: Path | None,
    package_name: str | None,
    default_root: Path,
    env_prefix: str = "",
    overlays: tuple[Path, ...] = (),
) -> list[Job]:
    """Where each spec goes: `generated/<stem>/` by default; with one spec, `--out` is the package root."""
    jobs: list[Job] = []
    for spec in specs:
        stem = spec.stem
        name = package_name or ""
        if out is None:
            target = default_root / stem
        elif len(specs) == 1:
            target = out
        else:
            target = out / stem
        jobs.append(Job(spec, target, name, env_prefix=env_prefix, overlays=overlays))
    return jobs


def build_ir(
    spec: Path,
    package_name: str,
    *,
    lenient: bool = False,
    env_prefix: str = "",
    overlays: tuple[Path, ...] = (),
) -> ir.Api:
    """Stages 1 to 3: a spec file (and its overlays) -> the IR of its package (raises SpecError)."""
    api, _ = _build_ir(
        spec, package_name, lenient=lenient, env_prefix=env_prefix, overlays=overlays
    )
    return api


def _build_ir(
    spec: Path,
    package_name: str,
    *,
    lenient: bool = False,
    env_prefix: str = "",
    overlays: tuple[Path, ...] = (),
    concurrent: bool = False,
    worker: ModelsWorker | None = None,
) -> tuple[ir.Api, Models]:
    """`build_ir`, and the models it was built from. With `concurrent`, the work is spread over
    three processes: openapi-spec-validator runs in a child beside stage 2 (as always), and
    datamodel-code-generator in a child started before the document is read (`ModelsWorker`; the
    `codegen` command forks it as its first step, `generator.launch`):
    this process checks the document, gets the templates ready while the models are generated,
    and builds the IR from their index while the child reads the rest out of the models module.
    `worker`: the caller's (it ends it; it may still ask the models for their parts), else one is
    taken here with `concurrent`, and ended on return."""
    own = worker is None and concurrent
    if own:
        worker = take(_analyse)
    concurrent = worker is not None
    from generator.load.check import load
    from generator.models.operations import name_schemas

    try:
        # our rules: in a strict run first (a document they refuse is refused before its schemas
        # are named), in a lenient one, where they mostly warn, once the models are started
        loaded = load(
            spec, lenient=lenient, defer=True, overlays=overlays, rules_later=concurrent and lenient
        )
        package_name = package_name or package_name_for(
            spec.stem, loaded.document.info.get("title")
        )
        if concurrent and not lenient:
            _verdict_first(loaded)
        try:
            schemas = name_schemas(loaded.document, loaded.extensions)
            models_done = start_models(schemas, loaded.document, worker)
            loaded.check()  # our rules (where load left them), while the models are generated
            # while the child works: the later stages' imports, and the templates rendered once
            from generator.ir.package import build_api, prepare_examples
            from generator.render.reserved import reserved_names

            reserved = reserved_names()
            loaded.place()  # the lines of a large document found, also while the child works
            examples = None
            if worker is not None:
                if loaded.validator_fileno() is None:
                    # a verdict known already (remembered from an earlier run): its problems
                    # placed now, while the child works, not after
                    loaded.settle()
                # the README examples, which do not depend on the models, made while they are
                examples = prepare_examples(
                    loaded, schemas, reserved, partial(_answered, loaded, worker)
                )
                _answered(loaded, worker, wait=None)
            models = models_done()
        except Exception as exc:
            loaded.settle()  # a document the validator refuses is refused for that, not for this
            if isinstance(exc, SpecError):
                raise _with_lines(exc, loaded.document) from None
            raise
        loaded.settle()
        try:
            api = build_api(loaded, schemas, models, package_name, reserved, env_prefix, examples)
        except SpecError as exc:
            raise _with_lines(exc, loaded.document) from None
        return api, models
    finally:
        if own and worker is not None:
            worker.close()


# How long a strict run waits for the validator's verdict before it names the schemas (see
# `_verdict_first`): a pre-checked verdict comes well within it.
VERDICT_FIRST_S = 0.2


def _verdict_first(loaded: LoadedSpec) -> None:
    """In a strict run the validator's verdict can end the run: wait for it a little before the
    work that only a generated package needs (naming the schemas, rendering), which would compete
    with the validator's child for the cores (the models child is still importing then). A verdict
    that is not there within VERDICT_FIRST_S is settled later, as in a lenient run."""
    fd = loaded.validator_fileno()
    if fd is None:
        return
    import select

    ready, _, _ = select.select([fd], [], [], VERDICT_FIRST_S)
    if ready:
        loaded.settle()


def _answered(loaded: LoadedSpec, worker: ModelsWorker, wait: float | None = 0) -> bool:
    """Has the models worker answered (or is there no worker to wait for)? With `wait` (seconds;
    None: until one of them has), wait for it or for the validator's verdict, whichever comes
    first. A verdict that has come is taken: one that refuses the document ends the build here
    (SpecError), without waiting for its models."""
    models_fd, verdict_fd = worker.fileno(), loaded.validator_fileno()
    if models_fd is None:
        return True
    import select

    waited = [fd for fd in (models_fd, verdict_fd) if fd is not None]
    ready, _, _ = select.select(waited, [], [], wait)
    if verdict_fd is not None and verdict_fd in ready:
        loaded.settle()
    return models_fd in ready


def _analyse(tree: ast.Module) -> Iterator[tuple[str, Any]]:
    """What the models worker reads out of the models module's tree beside the index: the API
    reference's tables (build_api waits for them), then the public-API snapshot's models (`build`,
    once the package is rendered)."""
    from generator.ir import reference

    yield reference.ANALYSED, reference.tables_of_tree(tree)
    from generator.release import surface

    yield _ANALYSED_SURFACE, surface.models_of_tree(tree)


_ANALYSED_SURFACE = "surface"


def _with_lines(error: SpecError, document: Document) -> SpecError:
    """The problems of a later stage, each given the line of its place (or of its nearest ancestor)."""
    return SpecError(
        [
            p
            if p.line is not None or p.file != document.name
            else replace(p, line=document.line_of(p.location) or document.line_of("#") or 1)
            for p in error.problems
        ]
    )


def build(
    job: Job, *, lenient: bool = False, concurrent: bool = False
) -> tuple[ir.Api, dict[str, str]]:
    """Stages 1 to 4 for one job: its IR and its files, not yet formatted or written."""
    api, files, public_api = _build(job, lenient=lenient, concurrent=concurrent)
    return api, {**files, PUBLIC_API_FILE: public_api()}


def _build(
    job: Job, *, lenient: bool = False, concurrent: bool = False
) -> tuple[ir.Api, dict[str, str], Callable[[], str]]:
    """`build`, with the public-API snapshot's text left for the caller to ask for (`generate`
    asks while ruff formats the files)."""
    worker = take(_analyse) if concurrent else None
    try:
        api, models = _build_ir(
            job.spec,
            job.package_name,
            lenient=lenient,
            env_prefix=job.env_prefix,
            overlays=job.overlays,
            worker=worker,
        )
        from generator.release import records
        from generator.release.surface import snapshot
        from generator.render.package import render_package

        # release hook: the version and CHANGELOG.md come from the release records (records.py)
        api, recorded = records.apply(api, job.spec, job.version)
        files = {**render_package(api), **recorded}
        # the snapshot's models, read by the worker while the package was rendered
        module = models.analysed(_ANALYSED_SURFACE) if models.analysed is not None else None
    finally:
        if worker is not None:
            worker.close()
    return api, files, lambda: records.dumps(snapshot(api, module))


def api_changes(old_root: Path, new_surface: str) -> list[str]:
    """What a new generation changes in the public API of the package at `old_root`, as `codegen
    diff` prints it (one line per change, then the bump); empty when there is no change or no
    snapshot of the old package to compare with."""
    from generator.release.apidiff import bump_of, compare
    from generator.release.surface import KIND

    try:
        old = json.loads((old_root / PUBLIC_API_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(old, dict) or old.get("kind") != KIND:
        return []
    changes = compare(old, json.loads(new_surface))
    if not changes:
        return []
    return [change.line() for change in changes] + [f"bump: {bump_of(changes)}"]


def _build_one(args: tuple[Job, bool]) -> tuple[ir.Api, dict[str, str]]:
    return build(args[0], lenient=args[1])


def _build_all(
    jobs: list[Job], lenient: bool, concurrent: bool = False
) -> list[tuple[ir.Api, dict[str, str], Callable[[], str]]]:
    """Build every job; several specs are built in parallel worker processes where the OS can fork,
    and one spec, with `concurrent`, by three processes (`_build_ir`) where there is a second core.

    The result is the same either way: each spec is built on its own, and results keep their order.
    Each comes with its public-API snapshot's text, to be asked for.
    """
    cores = os.cpu_count() or 1
    workers = min(len(jobs), cores)
    if workers < 2 or not hasattr(os, "fork"):
        # one spec at a time: its models generated on another core where there is one
        spread = concurrent and cores >= 2
        return [_build(job, lenient=lenient, concurrent=spread) for job in jobs]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    end_early()  # a worker the command forked for one spec is not used by the pool's processes
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        built = list(pool.map(_build_one, [(job, lenient) for job in jobs]))
    return [(api, files, partial(str, files.pop(PUBLIC_API_FILE))) for api, files in built]


@dataclass(frozen=True)
class InboxJob:
    """The unified inbox (`generator/unified/`): built from the providers' IR after every job."""

    root: Path  # the project: specs/unified/model.yaml and releases/
    out: Path  # the package root, e.g. generated/convapi


def generate(
    jobs: list[Job],
    *,
    lenient: bool = False,
    staging_near: Path | None = None,
    inbox: InboxJob | None = None,
    announce: Announce | None = None,
    concurrent: bool = False,
) -> list[ir.Api]:
    """Generate every job (and the inbox over them); write nothing unless all of them succeed.
    `announce` hears, before a package is replaced, what the new one changes in its public API.
    `concurrent`: one spec is built by three processes (`_build_ir`), for a process that generates
    once (the command line); a process that generates again and again (tests, a release) keeps the
    model generator it imported once, in-process."""
    built = _build_all(jobs, lenient, concurrent)
    rendered = [
        (job, api, files, public_api)
        for job, (api, files, public_api) in zip(jobs, built, strict=True)
    ]
    from concurrent.futures import ThreadPoolExecutor

    from generator.render.runtime_files import is_verbatim
    from generator.unified.inbox import build_inbox
    from generator.write.tree import format_tree, staging_dir, swap_into_place, write_tree

    inbox_files = build_inbox([api for _, api, _, _ in rendered], inbox.root) if inbox else None
    near = staging_near or (jobs[0].out.parent if jobs else Path.cwd())
    stage = staging_dir(near)
    try:
        staged: dict[Path, Path] = {}
        for index, (job, _api, files, _) in enumerate(rendered):
            root = stage / f"{index}" / job.out.name
            write_tree(root, files)
            staged[job.out] = root
        if inbox is not None and inbox_files is not None:
            root = stage / "inbox" / inbox.out.name
            write_tree(root, inbox_files)
            staged[inbox.out] = root
        # ruff formats the tree (a child process) while the public-API snapshots are made; the
        # tree stays until ruff is done with it (leaving the `with` waits for the thread)
        with ThreadPoolExecutor(max_workers=1) as background:
            roots = list(staged.values())
            settled = [
                staged[job.out] / rel
                for job, _api, files, _ in rendered
                for rel, text in files.items()
                if is_verbatim(rel.rpartition("/")[2], text)
            ]
            formatting = background.submit(lambda: format_tree(roots, settled))
            for job, _api, _files, public_api in rendered:
                surface = public_api()
                if announce is not None:
                    announce(job, api_changes(job.out, surface))
                write_tree(staged[job.out], {PUBLIC_API_FILE: surface})
        formatting.result()
        swap_into_place(staged)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    return [api for _, api, _, _ in rendered]
