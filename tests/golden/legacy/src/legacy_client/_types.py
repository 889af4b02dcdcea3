"""The small types the rest of the runtime and the generated methods share.

`NOT_GIVEN` tells "the caller said nothing" apart from an explicit `None` (which may mean "send null").
The aliases name what a method accepts for headers, query, timeouts and files. `LazyModule` lets a
resource module refer to the models without importing them (and pydantic) at `import <package>`.
Nothing here imports pydantic or another runtime module, so any module may import this one.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import IO, Any, Literal, TypeAlias, TypedDict

import httpx2

__all__ = ["NOT_GIVEN", "NotGiven"]


class NotGiven:
    """The default of every optional argument: tells "not given" apart from an explicit None."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()

TimeoutTypes: TypeAlias = float | httpx2.Timeout | None
Headers: TypeAlias = Mapping[str, str | NotGiven]  # NOT_GIVEN as a value removes that header
Query: TypeAlias = Mapping[str, object]  # NOT_GIVEN as a value removes that parameter
Body: TypeAlias = Mapping[str, object]  # extra JSON members, merged over the body
FileContent: TypeAlias = IO[bytes] | bytes
FileTypes: TypeAlias = FileContent | tuple[str | None, FileContent] | tuple[str | None, FileContent, str | None]


class RequestOptions(TypedDict):
    """The per-call overrides of a list call, kept so that every later page is fetched the same way."""

    extra_headers: Headers | None
    extra_query: Query | None
    extra_body: Body | None
    timeout: TimeoutTypes | NotGiven
    max_retries: int | NotGiven


class LazyModule:
    """A module imported on first attribute access: `import <package>` does not load pydantic or the models."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attr: str) -> Any:
        return getattr(importlib.import_module(self._name), attr)
