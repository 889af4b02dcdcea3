"""The base class of the inbox's models: pydantic's, plus `to_dict()` and `to_json()`.

The unified objects are built from the provider packages' already validated models, with
`model_construct` (no second validation); `raw` holds the provider's own object.
"""

from __future__ import annotations

from typing import Any, Literal

import pydantic


class BaseModel(pydantic.BaseModel):
    """The base of every model of the inbox."""

    def to_dict(
        self,
        *,
        mode: Literal["json", "python"] = "python",
        exclude_none: bool = False,
        include_raw: bool = False,
    ) -> dict[str, Any]:
        """The object as a dict (mode="json": JSON-compatible values); `raw` only when asked for."""
        exclude = None if include_raw else _RAW
        return self.model_dump(mode=mode, exclude_none=exclude_none, exclude=exclude, warnings=False)

    def to_json(self, *, indent: int | None = 2, include_raw: bool = False) -> str:
        """The object as JSON text (`raw` only when asked for)."""
        exclude = None if include_raw else _RAW
        return self.model_dump_json(indent=indent, exclude=exclude, warnings=False)


_RAW: Any = {"raw": True, "message": {"raw": True}, "contact": {"raw": True}}
