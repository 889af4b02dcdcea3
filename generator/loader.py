"""Stage 1, load and check: read a spec file, keep the line of every node, and collect every problem.

A spec is refused (SpecError) when it is not YAML/JSON, not a mapping, not OpenAPI 3.x, fails
openapi-spec-validator, or breaks one of our own rules (see `rules.py`). With `lenient=True`, faults
of the validator that still leave the document interpretable become warnings instead.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.errors import Problem, SpecError, pointer


@dataclass
class Spec:
    """A loaded document: its data, where it came from, and the line of every JSON pointer."""

    path: Path
    data: dict[str, Any]
    lines: dict[str, int] = field(default_factory=dict)
    warnings: list[Problem] = field(default_factory=list)
    digest: str = ""  # sha256 of the file's bytes

    @property
    def name(self) -> str:
        return self.path.name

    def line_of(self, location: str) -> int | None:
        """The line of `location`, or of its nearest ancestor that has one."""
        loc = location
        while loc:
            if loc in self.lines:
                return self.lines[loc]
            if "/" not in loc:
                break
            loc = loc.rsplit("/", 1)[0]
        return None

    def problem(
        self, parts: list[Any] | tuple[Any, ...], message: str, *, warning: bool = False
    ) -> Problem:
        loc = pointer(parts)
        return Problem(self.name, loc, message, self.line_of(loc), warning)


_BaseLoader: Any = getattr(
    yaml, "CSafeLoader", yaml.SafeLoader
)  # libyaml when available: much faster


class _SpecLoader(_BaseLoader):  # type: ignore[misc]
    """Safe loader that keeps timestamps as strings (OpenAPI values are JSON, not YAML dates)."""


_SpecLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _line_map(node: yaml.Node, parts: tuple[str, ...], out: dict[str, int]) -> None:
    out[pointer(parts)] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            _line_map(value_node, (*parts, str(key_node.value)), out)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _line_map(item, (*parts, str(index)), out)


def read(path: Path) -> Spec:
    """Parse a YAML or JSON file into a Spec, or raise SpecError naming the file and line."""
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
            _line_map(node, (), lines)
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
    return Spec(path, data, lines, digest=hashlib.sha256(text.encode("utf-8")).hexdigest())


def _version_problem(spec: Spec) -> Problem | None:
    data = spec.data
    if "swagger" in data:
        return spec.problem(
            ["swagger"],
            f"this is Swagger {data.get('swagger')} (OpenAPI 2); convert it to OpenAPI 3 first "
            "(for example with swagger2openapi) and generate from the converted document",
        )
    version = data.get("openapi")
    if not isinstance(version, str) or not version.startswith(("3.0.", "3.1.")):
        return spec.problem(
            ["openapi"] if "openapi" in data else [],
            f"unsupported or missing `openapi` version {version!r}; expected 3.0.x or 3.1.x",
        )
    return None


_DATA_KEYS = frozenset({"example", "default", "const", "enum"})


def _walk(value: Any, parts: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """Every node of the document, but not inside data (examples, defaults, enums, extensions):
    a key named `$ref` there is a value, not a reference."""
    yield parts, value
    if isinstance(value, dict):
        in_example = len(parts) >= 2 and parts[-2] == "examples"
        for key, item in value.items():
            if (
                key in _DATA_KEYS
                or (isinstance(key, str) and key.startswith("x-"))
                or (in_example and key == "value")
            ):
                continue
            if key == "examples" and isinstance(item, list):
                continue  # JSON Schema `examples`: a list of values
            yield from _walk(item, (*parts, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk(item, (*parts, index))


def resolve_pointer(data: Any, ref: str) -> Any:
    """Follow a local `#/...` reference; raise KeyError when it points at nothing."""
    if not ref.startswith("#"):
        raise KeyError(ref)
    node = data
    for raw in ref[1:].split("/")[1:]:
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            raise KeyError(ref)
    return node


def _ref_problems(spec: Spec) -> list[Problem]:
    """Every `$ref` must resolve locally, and a chain of `$ref`s must end in something."""
    problems: list[Problem] = []
    for parts, value in _walk(spec.data):
        if not (isinstance(value, dict) and isinstance(value.get("$ref"), str)):
            continue
        ref = value["$ref"]
        if not ref.startswith("#"):
            problems.append(
                spec.problem(
                    [*parts, "$ref"],
                    f"external reference {ref!r} is not supported; bundle the document into one file first",
                )
            )
            continue
        seen = {ref}
        current = ref
        while True:
            try:
                target = resolve_pointer(spec.data, current)
            except KeyError:
                problems.append(
                    spec.problem(
                        [*parts, "$ref"],
                        f"unresolvable reference {current!r}: nothing at that location",
                    )
                )
                break
            if not (isinstance(target, dict) and isinstance(target.get("$ref"), str)):
                break
            current = target["$ref"]
            if current in seen:
                problems.append(
                    spec.problem(
                        [*parts, "$ref"],
                        f"circular reference {ref!r}: it leads back to itself through {current!r}",
                    )
                )
                break
            seen.add(current)
    return problems


def _locate_value(data: Any, key: str, instance: Any) -> tuple[Any, ...] | None:
    """Find where a keyword (`default`, `example`, `enum`) holds `instance`: the validator loses that place."""
    for parts, value in _walk(data):
        if isinstance(value, dict) and key in value:
            held = value[key]
            if held == instance and type(held) is type(instance):
                return (*parts, key)
            if key == "enum" and isinstance(held, list):
                for index, item in enumerate(held):
                    if item == instance and type(item) is type(instance):
                        return (*parts, key, index)
    return None


def _verdict_file(spec: Spec) -> Path | None:
    """Where the validator's "no problems" verdict for exactly these bytes is remembered.

    openapi-spec-validator is most of the time `codegen` takes, and its verdict depends only on the
    document and its own version: a document that passed once need not be validated again. Only
    clean verdicts are kept; CODEGEN_NO_CACHE=1 switches the cache off.
    """
    if os.environ.get("CODEGEN_NO_CACHE") or not spec.digest:
        return None
    from importlib.metadata import version

    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return (
        base / "convapi-codegen" / "valid" / f"{spec.digest}-osv{version('openapi-spec-validator')}"
    )


def _validator_problems(spec: Spec, lenient: bool) -> list[Problem]:
    verdict = _verdict_file(spec)
    if verdict is not None and verdict.exists():
        return []
    problems = _run_validator(spec, lenient)
    if verdict is not None and not problems:
        try:
            verdict.parent.mkdir(parents=True, exist_ok=True)
            verdict.touch()
        except OSError:
            pass  # a read-only home: validate every time
    return problems


def _run_validator(spec: Spec, lenient: bool) -> list[Problem]:
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    validator_cls = (
        OpenAPIV31SpecValidator
        if str(spec.data.get("openapi", "")).startswith("3.1")
        else OpenAPIV30SpecValidator
    )
    problems: list[Problem] = []
    try:
        errors = list(validator_cls(spec.data).iter_errors())
    except Exception as exc:  # the validator itself can fail on unresolvable input
        return [spec.problem([], f"openapi-spec-validator could not read the document: {exc}")]
    for error in errors:
        parts: tuple[Any, ...] = tuple(getattr(error, "absolute_path", ()) or ())
        message = str(getattr(error, "message", error)).splitlines()[0]
        if len(message) > 300:
            message = message[:300] + "..."
        if not parts:
            instance = getattr(error, "instance", None)
            for key in ("default", "example", "enum"):
                found = _locate_value(spec.data, key, instance)
                if found is not None:
                    parts = found
                    message = f"`{key}` value {instance!r} does not match its schema: {message}"
                    break
        problems.append(spec.problem(list(parts), message, warning=lenient))
    return problems


def load(path: Path, *, lenient: bool = False, rules: bool = True) -> Spec:
    """Read and check a spec. Raise SpecError with every problem found; keep warnings on the Spec."""
    spec = read(path)
    version = _version_problem(spec)
    if version is not None:
        raise SpecError([version])
    ref_problems = _ref_problems(spec)
    if ref_problems:
        raise SpecError(ref_problems)
    found = _validator_problems(spec, lenient)
    if rules:
        from generator.rules import check_rules

        found.extend(check_rules(spec))
    errors = [p for p in found if not p.warning]
    if errors:
        raise SpecError(errors)
    spec.warnings.extend(p for p in found if p.warning)
    return spec
