"""The `codegen` command's entry point: its first step, before the generator is imported.

`codegen generate` forks the model stage's worker (`generator.models.worker`) first, so that the
child imports datamodel-code-generator while this process imports the rest and reads the document;
every other command goes straight to `generator.cli`.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    early = args[:1] == ["generate"]
    if early:
        from generator.models import worker

        worker.start_early()
    try:
        from generator.cli import main as cli_main

        return cli_main(args)
    finally:
        if early:
            worker.end_early()  # a worker the pipeline did not take (a bad argument, several specs)


if __name__ == "__main__":
    raise SystemExit(main())
