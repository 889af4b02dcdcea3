"""The `codegen` command: validate, generate and check client packages from OpenAPI specs.

Exit codes: 0 done, 1 `check` found drift (or `diff --fail-on` met), 2 an invalid spec or bad usage.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from generator.errors import SpecError

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


def cmd_validate(ns: argparse.Namespace) -> int:
    from generator.load.check import load

    root = project_root()
    status = EXIT_OK
    for path in _spec_paths(ns.specs, root):
        try:
            spec = load(path, lenient=ns.lenient)
        except SpecError as error:
            _report(error)
            status = EXIT_INVALID
            continue
        for warning in spec.warnings:
            print(warning, file=sys.stderr)
        print(f"{path.name}: ok")
    return status


def cmd_generate(ns: argparse.Namespace) -> int:
    from generator.pipeline import generate, plan

    root = project_root()
    specs = _spec_paths(ns.specs, root)
    if ns.package_name and len(specs) > 1:
        print("codegen: --package-name needs exactly one spec", file=sys.stderr)
        return EXIT_INVALID
    out = Path(ns.out) if ns.out else None
    jobs = plan(specs, out, ns.package_name, root / "generated")
    apis = generate(jobs, lenient=ns.lenient)
    for job, api in zip(jobs, apis, strict=True):
        for warning in api.warnings:
            print(warning, file=sys.stderr)
        print(f"{job.spec.name} -> {_shown(job.out)} ({len(api.operations)} operations)")
    return EXIT_OK


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
        jobs = plan(specs, fresh if len(specs) > 1 else fresh / specs[0].stem, None, fresh)
        generate(jobs, staging_near=Path(tmp))
        lines: list[str] = []
        for job in jobs:
            lines.extend(
                diff_trees(job.out, committed / job.spec.stem, f"generated/{job.spec.stem}")
            )
        if lines:
            sys.stdout.writelines(lines)
            print(
                "codegen check: generated/ is stale; run `make generate` and commit the result",
                file=sys.stderr,
            )
            return EXIT_DRIFT
    print(f"codegen check: generated/ matches the {len(specs)} spec(s)")
    return EXIT_OK


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
    v.set_defaults(func=cmd_validate)
    g = sub.add_parser(
        "generate",
        help="generate client packages",
        description="Generate a client package per spec (default: every specs/*.yaml into generated/<name>/).",
    )
    g.add_argument("specs", nargs="*", help="spec files or names in specs/")
    g.add_argument(
        "--out",
        help="with one spec: the package root; with several: a folder holding one package per spec",
    )
    g.add_argument(
        "--package-name", help="import name of the package (default: <spec stem>_client)"
    )
    g.add_argument(
        "--lenient",
        action="store_true",
        help="generate despite validator faults that leave the document interpretable (printed as warnings)",
    )
    g.set_defaults(func=cmd_generate)
    c = sub.add_parser(
        "check",
        help="fail (exit 1) when generated/ differs from what the specs produce",
        description="Regenerate into a temporary folder and compare byte for byte with generated/.",
    )
    c.add_argument("specs", nargs="*", help="spec files or names in specs/ (default: all)")
    c.set_defaults(func=cmd_check)
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
    except FileNotFoundError as exc:
        print(f"codegen: {exc}", file=sys.stderr)
        return EXIT_INVALID


def _no_specs() -> int:
    print("codegen: no specs found in specs/", file=sys.stderr)
    return EXIT_INVALID


if __name__ == "__main__":
    raise SystemExit(main())
