"""The `codegen` command's entry point: its first step, before the generator is imported.

`codegen generate` forks the model stage's worker (`generator.models.worker`) first, so that the
child imports datamodel-code-generator while this process imports the rest and reads the document;
every other command goes straight to `generator.cli`.

As the command's own process (`main()` without arguments: the `codegen` script, `python -m
generator`), `generate` also sets the cyclic garbage collector for one short run: off while the
modules are imported (they make objects by the hundred thousand and free almost none), then those
objects frozen out of every later collection and the collections made rare, as mypy does. A caller
that passes its own arguments (a test, a tool calling `main` in-process) keeps its collector as it is.
"""

from __future__ import annotations

import gc
import sys

# Objects made between two young collections, once the modules are imported: 700 by default, so that
# a document of a hundred thousand values set off hundreds of collections, and each full one walked
# every object alive. Rarer ones cost a few MiB of garbage found later.
_YOUNG_THRESHOLD = 100_000


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    early = args[:1] == ["generate"]
    own_process = early and argv is None
    if own_process:
        gc.disable()  # the fork below inherits it: the child imports with it off too
    if early:
        from generator.models import worker

        worker.start_early()
    try:
        from generator.cli import main as cli_main

        if own_process:
            gc.freeze()
            gc.set_threshold(_YOUNG_THRESHOLD, 20, 20)
            gc.enable()
        return cli_main(args)
    finally:
        if early:
            worker.end_early()  # a worker the pipeline did not take (a bad argument, several specs)


if __name__ == "__main__":
    raise SystemExit(main())
