"""The `codegen` command: validate, generate and check client packages from OpenAPI specs.

Exit codes: 0 done, 1 `check` found drift (or `diff --fail-on` met), 2 an invalid spec or bad usage.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from generator.errors import SpecError
from generator.load.overlay import is_overlay

if TYPE_CHECKING:
    from generator.pipeline import InboxJob

EXIT_OK, EXIT_DRIFT, EXIT_INVALID = 0, 1, 2


def project_root() -> Path:
    """The folder holding `specs/` and `generated/`: the current one, else the generator's checkout."""
    cwd = Path.cwd()
    if (cwd / "specs").is_dir():
        return cwd
    return Path(__file__).resolve().parent.parent


def _spec_paths(args: list[str], root: Path) -> list[Path]:
    if not args:
        found = (
            sorted((root / "specs").glob("*.yaml"))
            + sorted((root / "specs").glob("*.yml"))
            + sorted((root / "specs").glob("*.json"))
        )
        found = [
            path for path in found if not is_overlay(path)
        ]  # `<name>.overlay.yaml` patches a spec
        if not found:
            raise SpecError([])
        return found
    out: list[Path] = []
    for arg in args:
        path = Path(arg)
        if not path.exists():
            for suffix in (".yaml", ".yml", ".json"):
                candidate = root / "specs" / f"{arg}{suffix}"
                if candidate.exists():
                    path = candidate
                    break
        if not path.exists():
            raise FileNotFoundError(f"no spec named {arg!r} (not a file, not specs/{arg}.yaml)")
        out.append(path)
    return out


def _report(error: SpecError) -> int:
    for problem in error.problems:
        print(problem, file=sys.stderr)
    count = len(error.problems)
    print(
        f"refused: {count} problem{'s' if count != 1 else ''}; nothing was written", file=sys.stderr
    )
    return EXIT_INVALID


def _overlays(ns: argparse.Namespace, specs: list[Path]) -> tuple[Path, ...]:
    """The `--overlay` files, each checked to exist; they patch one spec, so exactly one is named."""
    overlays = tuple(Path(p) for p in ns.overlay or ())
    if overlays and len(specs) != 1:
        raise UsageError("--overlay needs exactly one spec")
    for path in overlays:
        if not path.is_file():
            raise FileNotFoundError(f"no overlay file {str(path)!r}")
    return overlays


class UsageError(Exception):
    """A bad combination of arguments: exit 2 with the message."""


def cmd_validate(ns: argparse.Namespace) -> int:
    from generator.load.check import load

    root = project_root()
    status = EXIT_OK
    specs = _spec_paths(ns.specs, root)
    overlays = _overlays(ns, specs)
    for path in specs:
        try:
            spec = load(path, lenient=ns.lenient, overlays=overlays)
        except SpecError as error:
            _report(error)
            status = EXIT_INVALID
            continue
        for warning in spec.warnings:
            print(warning, file=sys.stderr)
        print(f"{path.name}: ok")
    return status


def cmd_generate(ns: argparse.Namespace) -> int:
    from generator.pipeline import Job, generate, plan

    root = project_root()
    specs = _spec_paths(ns.specs, root)
    for option, value in (("--package-name", ns.package_name), ("--env-prefix", ns.env_prefix)):
        if value and len(specs) > 1:
            print(f"codegen: {option} needs exactly one spec", file=sys.stderr)
            return EXIT_INVALID
    if ns.env_prefix and not re.fullmatch(r"[A-Z][A-Z0-9_]*", ns.env_prefix):
        print(
            f"codegen: --env-prefix must be capitals, digits and `_` (e.g. ACME), not {ns.env_prefix!r}",
            file=sys.stderr,
        )
        return EXIT_INVALID
    out = Path(ns.out) if ns.out else None
    if out is None:
        foreign = [s for s in specs if s.resolve().parent != (root / "specs").resolve()]
        if foreign:
            print(
                f"codegen: {_shown(foreign[0])} is not one of the project's specs (specs/): pass "
                "--out DIR to say where its package goes (generated/ holds the project's own)",
                file=sys.stderr,
            )
            return EXIT_INVALID
    jobs = plan(
        specs, out, ns.package_name, root / "generated", ns.env_prefix or "", _overlays(ns, specs)
    )
    # with every spec: the inbox too, beside the packages (`--out` is then the folder holding them all)
    inbox = _inbox_job(
        ns.specs, root, out if out is not None and len(specs) > 1 else root / "generated"
    )
    if out is not None and len(specs) == 1:
        inbox = None

    def announce(job: Job, changes: list[str]) -> None:
        if changes:
            print(f"{_shown(job.out)}: public API changes (codegen diff):")
            for line in changes:
                print(f"  {line}")

    apis = generate(jobs, lenient=ns.lenient, inbox=inbox, announce=announce, concurrent=True)
    for job, api in zip(jobs, apis, strict=True):
        for warning in api.warnings:
            print(warning, file=sys.stderr)
        print(f"{job.spec.name} -> {_shown(job.out)} ({len(api.operations)} operations)")
    if inbox is not None:
        mapped = sorted(api.unified.name for api in apis if api.unified is not None)
        print(
            f"{INBOX_MODEL} -> {_shown(inbox.out)} (the inbox over {', '.join(mapped) or 'no provider'})"
        )
    return EXIT_OK


INBOX_MODEL = "unified/model.yaml"


def _inbox_job(args: list[str], root: Path, generated: Path) -> InboxJob | None:
    """The inbox is generated with every spec (no spec named) when the project has its common model."""
    from generator.pipeline import InboxJob

    if args or not (root / "specs" / INBOX_MODEL).is_file():
        return None
    return InboxJob(root, generated / "convapi")


def _shown(path: Path) -> str:
    """A path relative to the working directory when it lies below it (no machine paths in logs)."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def cmd_check(ns: argparse.Namespace) -> int:
    from generator.pipeline import generate, plan
    from generator.write.tree import diff_trees

    root = project_root()
    specs = _spec_paths(ns.specs, root)
    committed = root / "generated"
    with tempfile.TemporaryDirectory(prefix="codegen-check-") as tmp:
        fresh = Path(tmp) / "generated"
        jobs = plan(
            specs,
            fresh if len(specs) > 1 else fresh / specs[0].stem,
            None,
            fresh,
            overlays=_overlays(ns, specs),
        )
        inbox = _inbox_job(ns.specs, root, fresh)
        generate(jobs, staging_near=Path(tmp), inbox=inbox)
        lines: list[str] = []
        for job in jobs:
            lines.extend(
                diff_trees(job.out, committed / job.spec.stem, f"generated/{job.spec.stem}")
            )
        if inbox is not None:
            lines.extend(
                diff_trees(inbox.out, committed / inbox.out.name, f"generated/{inbox.out.name}")
            )
        if lines:
            sys.stdout.writelines(lines)
            print(
                "codegen check: generated/ is stale; run `make generate` and commit the result",
                file=sys.stderr,
            )
            return EXIT_DRIFT
    also = " and the inbox (convapi)" if inbox is not None else ""
    print(f"codegen check: generated/ matches the {len(specs)} spec(s){also}")
    return EXIT_OK


def cmd_drift(ns: argparse.Namespace) -> int:
    """Propose an overlay from drift logs, and print the `codegen diff` grade of applying it.

    The grade is computed here, in the command layer, with `release/`'s snapshot and rules: `drift/`
    proposes and never imports `release/` (subsystems stay independent)."""
    from generator.drift.logs import read_logs
    from generator.drift.propose import propose
    from generator.load.check import load
    from generator.load.overlay import beside
    from generator.pipeline import build_ir
    from generator.release.apidiff import bump_of, compare
    from generator.release.surface import snapshot

    root = project_root()
    [spec] = _spec_paths([ns.spec], root)
    logs = read_logs([Path(p) for p in ns.logs])
    out = Path(ns.out) if ns.out else None
    if out is not None and out.resolve() in [p.resolve() for p in beside(spec)]:
        raise UsageError(
            f"{out} is the spec's own overlay, which the proposal is made against: write the proposal"
            " to another file and move its actions there once reviewed"
        )
    loaded = load(spec, lenient=ns.lenient)
    proposal = propose(loaded.document, logs)
    text = proposal.text()
    report = sys.stderr if out is None else sys.stdout
    if out is None:
        sys.stdout.write(text)
    with tempfile.TemporaryDirectory(prefix="codegen-drift-") as tmp:
        written = out or Path(tmp) / f"{spec.stem}.drift.overlay.yaml"
        written.write_text(text, encoding="utf-8")
        count, notes = len(proposal.actions), len(proposal.notes)
        print(
            f"{spec.name}: {count} action{'s' if count != 1 else ''} proposed from {len(logs.records)}"
            f" recorded finding(s); {notes} note(s)"
            + (f"; written to {_shown(out)}" if out else ""),
            file=report,
        )
        if not proposal.actions:
            print("bump: none", file=report)
            return EXIT_OK
        before = snapshot(build_ir(spec, "", lenient=ns.lenient))
        after = snapshot(build_ir(spec, "", lenient=ns.lenient, overlays=(written,)))
    changes = compare(before, after)
    for change in changes:
        print(change.line(), file=report)
    print(f"bump: {bump_of(changes)}", file=report)
    return EXIT_OK


_OVERLAY_HELP = "an OpenAPI Overlay 1.0 file applied to the spec after its own <name>.overlay.yaml (repeatable; one spec)"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="codegen", description="Typed Python client packages from OpenAPI 3.0/3.1 specs."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    v = sub.add_parser(
        "validate",
        help="check specs (openapi-spec-validator and our own rules)",
        description="Check specs; every problem is printed with file, JSON pointer and line.",
    )
    v.add_argument(
        "specs", nargs="*", help="spec files or names in specs/ (default: every specs/*.yaml)"
    )
    v.add_argument(
        "--lenient",
        action="store_true",
        help="report validator faults as warnings when the document can still be interpreted",
    )
    v.add_argument("--overlay", action="append", metavar="FILE", help=_OVERLAY_HELP)
    v.set_defaults(func=cmd_validate)
    g = sub.add_parser(
        "generate",
        help="generate client packages",
        description="Generate a client package per spec (default: every specs/*.yaml into generated/<name>/).",
    )
    g.add_argument("specs", nargs="*", help="spec files or names in specs/")
    g.add_argument(
        "--out",
        help="with one spec: the package root; with several: a folder holding one package per spec"
        " (needed for a spec outside specs/)",
    )
    g.add_argument(
        "--package-name", help="import name of the package (default: <spec stem>_client)"
    )
    g.add_argument(
        "--env-prefix",
        help="prefix of the client's environment variables (default: from the package name, e.g. ACME"
        " for acme_client: ACME_API_KEY, ACME_BASE_URL)",
    )
    g.add_argument(
        "--lenient",
        action="store_true",
        help="generate despite validator faults that leave the document interpretable (printed as warnings)",
    )
    g.add_argument("--overlay", action="append", metavar="FILE", help=_OVERLAY_HELP)
    g.set_defaults(func=cmd_generate)
    c = sub.add_parser(
        "check",
        help="fail (exit 1) when generated/ differs from what the specs produce",
        description="Regenerate into a temporary folder and compare byte for byte with generated/.",
    )
    c.add_argument("specs", nargs="*", help="spec files or names in specs/ (default: all)")
    c.add_argument("--overlay", action="append", metavar="FILE", help=_OVERLAY_HELP)
    c.set_defaults(func=cmd_check)
    d = sub.add_parser(
        "drift",
        help="propose an overlay from the drift logs clients recorded (drift_log=), with its diff grade",
        description=(
            "Read drift logs (JSON lines written by clients made with drift_log=), find the place in"
            " SPEC of each finding, and propose an OpenAPI Overlay 1.0 that declares what arrived, each"
            " action commented with its evidence; then print the `codegen diff` grade of applying it."
        ),
    )
    d.add_argument("spec", help="the spec (file or name in specs/)")
    d.add_argument("logs", nargs="+", metavar="LOG", help="drift log files")
    d.add_argument(
        "--out", metavar="FILE", help="write the overlay here (default: standard output)"
    )
    d.add_argument(
        "--lenient",
        action="store_true",
        help="load the spec as `generate --lenient` does (for a spec generated that way)",
    )
    d.set_defaults(func=cmd_drift)
    from generator.release import (
        cli as release_cli,  # release hook: the `diff` and `release` subcommands
    )

    release_cli.register(sub, project_root, _spec_paths)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        ns = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code) if isinstance(exc.code, int) else EXIT_INVALID
    try:
        return int(ns.func(ns))
    except SpecError as error:
        return _report(error) if error.problems else _no_specs()
    except (FileNotFoundError, UsageError) as exc:
        print(f"codegen: {exc}", file=sys.stderr)
        return EXIT_INVALID


def _no_specs() -> int:
    print("codegen: no specs found in specs/", file=sys.stderr)
    return EXIT_INVALID


if __name__ == "__main__":
    raise SystemExit(main())
