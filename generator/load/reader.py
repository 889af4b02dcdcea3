"""YAML or JSON -> a Document, keeping the line of every node (one parse: libyaml when available)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import yaml

from generator.errors import Problem, SpecError
from generator.load.document import Document, escape, pointer

_BaseLoader: Any = getattr(
    yaml, "CSafeLoader", yaml.SafeLoader
)  # libyaml when available: much faster


class _SpecLoader(_BaseLoader):  # type: ignore[misc]
    """Safe loader that keeps timestamps as strings (OpenAPI values are JSON, not YAML dates)."""


_SpecLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _line_map(node: yaml.Node, location: str, out: dict[str, int]) -> None:
    """The line of `node` and of everything below it, by JSON pointer (each built from its parent's)."""
    out[location] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            _line_map(value_node, f"{location}/{escape(key_node.value)}", out)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _line_map(item, f"{location}/{index}", out)


def read(path: Path) -> Document:
    """Parse a YAML or JSON file into a Document, or raise SpecError naming the file and line."""
    name = path.name
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError([Problem(name, "#", f"cannot read the file: {exc}")]) from None
    if not text.strip():
        raise SpecError([Problem(name, "#", "the file is empty; expected an OpenAPI 3.x document")])
    lines: dict[str, int] = {}
    try:
        loader = _SpecLoader(text)
        try:
            node = loader.get_single_node()  # one parse: the node tree gives both lines and data
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
        if node is not None:
            _line_map(node, pointer(()), lines)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        if path.suffix == ".json":
            try:
                data = json.loads(text)
            except json.JSONDecodeError as jexc:
                raise SpecError(
                    [Problem(name, "#", f"invalid JSON: {jexc.msg}", jexc.lineno)]
                ) from None
        else:
            reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
            raise SpecError([Problem(name, "#", f"invalid YAML: {reason}", line)]) from None
    if not isinstance(data, dict):
        kind = type(data).__name__ if data is not None else "nothing"
        raise SpecError(
            [
                Problem(
                    name,
                    "#",
                    f"the document is a {kind}, not a mapping; expected an OpenAPI 3.x document",
                    1,
                )
            ]
        )
    return Document(path, data, lines, digest=hashlib.sha256(text.encode("utf-8")).hexdigest())
