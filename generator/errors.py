"""Problems found in a spec: each one names the file, the JSON pointer and, when known, the line and
column."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One fault in one spec, with its place; printed `file:line:column: error: #/pointer: message`
    (the file relative to the working directory when it lies below it)."""

    file: str
    location: str  # a JSON pointer such as "#/paths/~1conversations/get"
    message: str
    line: int | None = None
    warning: bool = False
    column: int | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        if self.line and self.column:
            where += f":{self.column}"
        kind = "warning" if self.warning else "error"
        return f"{where}: {kind}: {self.location}: {self.message}"


class SpecError(Exception):
    """Raised when a spec cannot be turned into a client; carries every problem found."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def __reduce__(self) -> tuple[type[SpecError], tuple[list[Problem]]]:
        return (SpecError, (self.problems,))  # survives pickling (parallel generation)
