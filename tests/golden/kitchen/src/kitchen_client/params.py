"""TypedDicts of the request-side object schemas, so a dict passed for a model argument is type-checked too.

Keys are the wire names (what the API documents and the request carries). Nothing here is imported
by `import kitchen_client`: the resources name these types for the type checkers only.
"""

from __future__ import annotations

from typing_extensions import Required, TypedDict

__all__ = [
    "FindUsersWhereParam",
    "GetPetFilterParam",
    "NoteParam",
]


class FindUsersWhereParam(TypedDict, total=False):
    """`FindUsersWhere` as a dict (wire names)."""

    name: str


class GetPetFilterParam(TypedDict, total=False):
    """`GetPetFilter` as a dict (wire names)."""

    owner: str
    age: int


class NoteParam(TypedDict, total=False):
    """`Note` as a dict (wire names)."""

    text: Required[str]
    pinned: bool
