"""The model stage's second process: datamodel-code-generator in a forked child (`ModelsWorker`).

This module imports nothing of the generator's at its top, so that the `codegen` command can fork
the child as its very first step (`start_early`, called by `generator.launch`), before it imports
the rest of the generator and reads the document: the child spends that time importing
datamodel-code-generator, which costs a small document a third of its time.
"""

from __future__ import annotations

import os

# Only `os` here (not even `typing`): the fork comes first, the other modules (pickle, threading,
# ...) are imported by each side where it needs them, the child while it imports
# datamodel-code-generator anyway.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import ast
    import threading
    from collections.abc import Callable, Iterable
    from typing import Any

    from generator.models.datamodel import Models

    # What a caller wants read out of the models module's syntax tree besides the index (the API
    # reference's tables, the public-API snapshot's models): done where the tree is, in the worker
    # while the caller goes on with what the index lets it build. Its parts, (key, value), each
    # sent as soon as it is made: the caller waits for the part it needs, not for the rest.
    Analyse = Callable[[ast.Module], Iterable[tuple[str, Any]]]

# A document generated while the child waits for the real one, if it is not there yet: it runs the
# imports and first-use set-up datamodel-code-generator does on its first call, off the caller's path.
_WARM_UP: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "warm-up", "version": "1"},
    "paths": {},
    "components": {
        "schemas": {
            "A": {
                "type": "object",
                "required": ["b"],
                "properties": {
                    "k": {"type": "string", "enum": ["x", "y"]},
                    "b": {"$ref": "#/components/schemas/B"},
                    "t": {"type": "string", "format": "date-time"},
                },
            },
            "B": {"type": "array", "items": {"oneOf": [{"type": "integer"}, {"type": "string"}]}},
        }
    },
}


class ModelsWorker:
    """datamodel-code-generator in a forked child, so that a second core does the model stage's work
    while this process does the rest:

    - importing datamodel-code-generator (a third of its time on a small document) happens while the
      parent reads and checks the document;
    - the child generates the models module from the prepared document it is sent, parses it once,
      and answers with the source and its index;
    - then, while the parent builds the IR from that index, it reads the rest the caller asked for
      (`analyse`) out of the same syntax tree, part by part, and `analysed(key)` waits for a part.

    Where the OS cannot fork or the child fails, `generate` returns None and the caller generates
    in-process; where `analyse` fails, `analysed(key)` gives None for the parts it did not make, and
    the caller computes those itself."""

    def __init__(self, analyse: Analyse | None = None) -> None:
        self._pid = 0
        self._to_child = self._from_child = -1
        self._answers: Any = None
        self._analyse = analyse
        self._forked_with_analyse = analyse is not None
        self._parts: dict[str, Any] = {}  # what `analyse` made, by key, as it came
        self._sending: threading.Thread | None = None
        if not hasattr(os, "fork"):
            return
        to_child_r, self._to_child = os.pipe()
        self._from_child, from_child_w = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: import, wait for the document, generate, answer, leave
            code = 0
            try:
                os.close(self._to_child)
                os.close(self._from_child)
                _serve(to_child_r, from_child_w, analyse)
            except BaseException:
                code = 1
            finally:
                os._exit(code)
        os.close(to_child_r)
        os.close(from_child_w)
        self._pid = pid

    def generate(self, document: dict[str, Any], spec_file: str) -> Models | None:
        """`generate_models(document, spec_file)` and its index, from the child (None: no child, or
        it failed); its `analysed` waits for the rest."""
        return self.receive() if self.send(document, spec_file) else None

    def send(self, document: dict[str, Any], spec_file: str) -> bool:
        """Give the child the prepared document (False: no child, or it is gone). The writing goes on
        in a thread: a child still importing reads it only then, and the caller need not wait."""
        if not self._pid or self._to_child < 0:
            return False
        # a worker forked before its caller was imported is told its `analyse` now, by name (a
        # module's function, imported by the child once the index is sent: not before the models
        # are generated); one forked with it has it already
        import pickle
        import threading

        analyse = None
        if not self._forked_with_analyse and self._analyse is not None:
            analyse = f"{self._analyse.__module__}:{self._analyse.__qualname__}"
        to_child, self._to_child = self._to_child, -1
        try:
            request = pickle.dumps((document, spec_file, analyse), pickle.HIGHEST_PROTOCOL)
        except Exception:
            os.close(to_child)
            self.close()
            return False
        self._sending = threading.Thread(target=_write_all, args=(to_child, request), daemon=True)
        self._sending.start()
        return True

    def fileno(self) -> int | None:
        """The descriptor the child answers on, readable once it has (None: no child waited for)."""
        return self._from_child if self._pid and self._answers is None else None

    def receive(self) -> Models | None:
        """The child's answer to `send` (None: it failed); raises the SpecError it raised."""
        import pickle

        from generator.errors import SpecError
        from generator.models.datamodel import Models

        if not self._pid:
            return None
        try:
            self._answers = os.fdopen(self._from_child, "rb")
            kind, value = pickle.load(self._answers)
        except Exception:
            kind, value = "failed", None
        if kind == "problems":
            self.close()
            raise SpecError(value)
        if kind != "source":
            self.close()
            return None
        source, index = value
        return Models(source, index, self.analysed if self._analyse is not None else None)

    def analysed(self, key: str) -> Any:
        """The part `key` of what `analyse` made of the tree (None: not made, or the child failed);
        waits until it has come. The child is ended once every part has come."""
        import pickle

        while key not in self._parts and self._pid and self._answers is not None:
            try:
                kind, value = pickle.load(self._answers)
            except Exception:
                kind, value = "failed", None
            if kind == "part":
                part, made = value
                self._parts[part] = made
            else:  # "done", or a failure: nothing more comes
                self.close()
        return self._parts.get(key)

    def close(self) -> None:
        """End the child (at once if it was not used: a document refused before the model stage)."""
        if not self._pid:
            return
        pid, self._pid = self._pid, 0
        import signal

        if self._answers is not None:  # it owns the descriptor it reads from
            self._answers.close()
            self._answers = None
        elif self._from_child >= 0:
            _close(self._from_child)
        if self._to_child >= 0:
            _close(self._to_child)
        self._to_child = self._from_child = -1
        try:
            os.kill(pid, signal.SIGTERM)
            os.waitpid(pid, 0)
        except OSError:
            pass
        if self._sending is not None:  # the pipe is broken now, if it was not done: it ends
            self._sending.join()
            self._sending = None


def _write_all(fd: int, data: bytes) -> None:
    """Write `data` to the pipe and close it; a child that is gone ends the writing, unremarked (the
    answer it does not give says so)."""
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    except OSError:
        pass
    finally:
        _close(fd)


def _close(fd: int) -> None:
    import contextlib

    with contextlib.suppress(OSError):
        os.close(fd)


def _serve(request_fd: int, answer_fd: int, analyse: Analyse | None) -> None:
    """The child's life: import, warm up while no document is there, generate it, answer.

    The cyclic garbage collector is off where it only walks objects that live on (the imports, the
    syntax tree and what is read out of it, until the child ends) and on, with the imports' objects
    frozen out of its walks, while datamodel-code-generator makes and drops its own."""
    import gc

    gc.disable()
    import ast
    import contextlib
    import pickle
    import select

    import datamodel_code_generator  # the import is the head start
    import datamodel_code_generator.parser.openapi  # noqa: F401

    from generator.errors import SpecError
    from generator.models.datamodel import generate_models, index_tree

    gc.freeze()
    gc.enable()
    waiting, _, _ = select.select([request_fd], [], [], 0)
    if not waiting:  # nothing to do yet: do datamodel-code-generator's first-call work now
        with contextlib.suppress(Exception):
            generate_models(_WARM_UP, "warm-up.yaml")
    with os.fdopen(request_fd, "rb") as request:
        document, spec_file, analyse_name = pickle.load(request)
    with os.fdopen(answer_fd, "wb") as out:
        try:
            source = generate_models(document, spec_file)
        except SpecError as exc:
            pickle.dump(("problems", exc.problems), out)
            return
        gc.disable()  # the child ends once it has answered: what lives on here lives to the end
        tree = ast.parse(source)
        pickle.dump(("source", (source, index_tree(tree))), out)
        out.flush()
        if analyse is None and analyse_name is not None:
            analyse = _named(analyse_name)
        if analyse is not None:
            for part in analyse(tree):
                pickle.dump(("part", part), out)
                out.flush()
        pickle.dump(("done", None), out)


def _named(name: str) -> Analyse:
    """A module's function by its `module:qualname`."""
    import importlib

    module, _, qualname = name.partition(":")
    found: Any = importlib.import_module(module)
    for attr in qualname.split("."):
        found = getattr(found, attr)
    return found  # type: ignore[no-any-return]


# The worker `codegen generate` forked as its first step, until the pipeline takes it.
_early: ModelsWorker | None = None


def start_early() -> None:
    """Fork the worker now (the `codegen` command's first step, where it will generate), for the
    pipeline to take (`take`); `end_early` ends it if nothing took it."""
    global _early
    if _early is None and hasattr(os, "fork") and (os.cpu_count() or 1) >= 2:
        _early = ModelsWorker()


def take(analyse: Analyse | None = None) -> ModelsWorker:
    """The worker forked early if there is one (it is handed over once), else one forked now."""
    global _early
    worker, _early = _early, None
    if worker is None:
        return ModelsWorker(analyse)
    worker._analyse = analyse  # sent with the document
    return worker


def end_early() -> None:
    """End the early worker if nothing took it."""
    global _early
    worker, _early = _early, None
    if worker is not None:
        worker.close()
