"""The four stages end to end: load + check -> IR -> models + templates -> format + write."""

from __future__ import annotations

import multiprocessing
import os
import shutil
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from generator import ir, records
from generator.loader import load
from generator.output import format_tree, staging_dir, swap_into_place, write_tree
from generator.parser import build_api, default_package_name
from generator.render import render_package


@dataclass(frozen=True)
class Job:
    spec: Path
    out: Path  # the package root to (re)create
    package_name: str
    version: str | None = None  # release hook: overrides the release record's version


def plan(
    specs: list[Path], out: Path | None, package_name: str | None, default_root: Path
) -> list[Job]:
    """Where each spec goes: `generated/<stem>/` by default; with one spec, `--out` is the package root."""
    jobs: list[Job] = []
    for spec in specs:
        stem = spec.stem
        name = package_name or default_package_name(stem)
        if out is None:
            target = default_root / stem
        elif len(specs) == 1:
            target = out
        else:
            target = out / stem
        jobs.append(Job(spec, target, name))
    return jobs


def build(job: Job, *, lenient: bool = False) -> tuple[ir.Api, dict[str, str]]:
    spec = load(job.spec, lenient=lenient)
    api = build_api(spec, job.package_name)
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
