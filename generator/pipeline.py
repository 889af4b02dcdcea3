"""The five stages end to end, each called by name, each in a folder of its own:

    1 load + check    load/     load.check.load                 Document, Extensions, warnings (or SpecError)
    2 schemas+models  models/   operations.name_schemas, datamodel.build_models
    3 the IR          ir/       ir.package.build_api            ir.nodes.Api
    4 render          render/   render.package.render_package   {path: text}
    5 format + write  write/    write.tree.write_tree, format_tree, swap_into_place

Data flows one way: each stage reads what the ones before it produced and nothing else. `release/`
is a subsystem beside them: it calls the stages; here only its records are read, for the version.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from generator.ir import nodes as ir
from generator.ir.package import build_api
from generator.load.check import load
from generator.models.datamodel import ModelsWorker, build_models
from generator.models.operations import name_schemas
from generator.naming import package_name_for
from generator.release import records
from generator.render.package import render_package
from generator.render.reserved import reserved_names
from generator.write.tree import format_tree, staging_dir, swap_into_place, write_tree


@dataclass(frozen=True)
class Job:
    spec: Path
    out: Path  # the package root to (re)create
    package_name: str  # "": named by `naming.package_name_for` once the document is read
    version: str | None = None  # release hook: overrides the release record's version


def plan(
    specs: list[Path], out: Path | None, package_name: str | None, default_root: Path
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
        jobs.append(Job(spec, target, name))
    return jobs


def build_ir(spec: Path, package_name: str, *, lenient: bool = False) -> ir.Api:
    """Stages 1 to 3: a spec file -> the IR of its package (raises SpecError)."""
    # datamodel-code-generator starts (imports) in a child while the document is read; the validator
    # runs beside stage 2 (another child) and is waited for before stage 3
    worker = ModelsWorker()
    try:
        loaded = load(spec, lenient=lenient, defer=True)
        package_name = package_name or package_name_for(
            spec.stem, loaded.document.info.get("title")
        )
        try:
            schemas = name_schemas(loaded.document, loaded.extensions)
            models = build_models(schemas, loaded.document, worker)
        except Exception:
            loaded.settle()  # a document the validator refuses is refused for that, not for this
            raise
    finally:
        worker.close()
    loaded.settle()
    return build_api(loaded, schemas, models, package_name, reserved_names())


def build(job: Job, *, lenient: bool = False) -> tuple[ir.Api, dict[str, str]]:
    """Stages 1 to 4 for one job: its IR and its files, not yet formatted or written."""
    api = build_ir(job.spec, job.package_name, lenient=lenient)
    # release hook: the version and CHANGELOG.md come from the release records (records.py)
    api, recorded = records.apply(api, job.spec, job.version)
    return api, {**render_package(api), **recorded}


def _build_one(args: tuple[Job, bool]) -> tuple[ir.Api, dict[str, str]]:
    return build(args[0], lenient=args[1])


def _build_all(jobs: list[Job], lenient: bool) -> list[tuple[ir.Api, dict[str, str]]]:
    """Build every job; several specs are built in parallel worker processes where the OS can fork.

    The result is the same either way: each spec is built on its own, and results keep their order.
    """
    workers = min(len(jobs), os.cpu_count() or 1)
    if workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return [build(job, lenient=lenient) for job in jobs]
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        return list(pool.map(_build_one, [(job, lenient) for job in jobs]))


def generate(
    jobs: list[Job], *, lenient: bool = False, staging_near: Path | None = None
) -> list[ir.Api]:
    """Generate every job; write nothing unless all of them succeed."""
    rendered = [
        (job, api, files) for job, (api, files) in zip(jobs, _build_all(jobs, lenient), strict=True)
    ]
    near = staging_near or (jobs[0].out.parent if jobs else Path.cwd())
    stage = staging_dir(near)
    try:
        staged: dict[Path, Path] = {}
        for index, (job, _api, files) in enumerate(rendered):
            root = stage / f"{index}" / job.out.name
            write_tree(root, files)
            staged[job.out] = root
        format_tree(list(staged.values()))
        swap_into_place(staged)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    return [api for _, api, _ in rendered]
