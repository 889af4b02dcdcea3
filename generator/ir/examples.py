"""Realistic values and calls for the READMEs and the tests, each valid for its own schema.

A value comes from the spec where it has one (the parameter's, media type's or property's example,
the schema's example or default) when that value validates against the schema (JSON Schema 2020-12,
formats checked, as a mock server or the API would check it); else it is made from the schema
(`Sampler`): enum values, formats, simple patterns, lengths and bounds, arrays as lists with their
minimum of items, every required property recursively, the member of a union that the whole union
accepts, a discriminator's tag as its mapping names it. A made value is validated too, and of
several candidates the first valid one is used.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterable
from functools import cache, cached_property
from typing import Any

from generator.ir import nodes as ir
from generator.load.document import example_of
from generator.models.registry import SCHEMA_PREFIX, SchemaRegistry, schema_types

Resolve = Callable[[Any], dict[str, Any]]

_FORMAT_SAMPLES = {
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "time": "12:00:00Z",
    "duration": "P1D",
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "email": "user@example.com",
    "idn-email": "user@example.com",
    "uri": "https://example.com",
    "url": "https://example.com",
    "iri": "https://example.com",
    "uri-reference": "https://example.com",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "byte": "ZGF0YQ==",
    "int64": "1",
    "int32": "1",
}
_MAX_DEPTH = 12
_KEEP = object()  # `Sampler._mended`: no mending known for this error


class Examples:
    """Example values for one API's schemas (the registry's, references resolved among them)."""

    def __init__(self, registry: SchemaRegistry, openapi30: bool) -> None:
        self.registry = registry
        self.openapi30 = openapi30
        self._validators: dict[str, tuple[Any, Any]] = {}
        # `pick`'s answers, by (the schema, the name, the candidates' text): the schema is kept
        # with its answer, so that its id is not reused while the answer is known
        self._picked: dict[tuple[int, str, str], tuple[Any, Any]] = {}

    # -- validation -------------------------------------------------------------------------------

    @cached_property
    def _root(self) -> Any:
        """The named schemas as one JSON Schema resource, in 2020-12 terms."""
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT202012

        schemas = {name: self._json_schema(s) for name, s in self.registry.schemas.items()}
        contents = {"components": {"schemas": schemas}}
        resource = Resource.from_contents(contents, default_specification=DRAFT202012)
        return Registry().with_resource("urn:api", resource)

    def _json_schema(self, schema: Any) -> Any:
        """An OpenAPI schema as JSON Schema 2020-12 (3.0 `nullable`, boolean bounds; refs to the root)."""
        if isinstance(schema, list):
            return [self._json_schema(s) for s in schema]
        if not isinstance(schema, dict):
            return schema
        out: dict[str, Any] = {}
        for key, value in schema.items():
            if key in ("example", "examples", "default", "const", "enum", "discriminator", "xml"):
                out[key] = value
            elif key == "$ref" and isinstance(value, str) and value.startswith("#"):
                out[key] = "urn:api" + value
            elif key == "properties" and isinstance(value, dict):
                out[key] = {k: self._json_schema(v) for k, v in value.items()}
            else:
                out[key] = self._json_schema(value)
        if self.openapi30:
            from generator.models.lenient import as_31

            out = as_31(out)
        return out

    def _validator(self, schema: dict[str, Any]) -> Any:
        # a small schema by its text, a larger one by its id, kept beside its validator (its id is
        # not reused while it is here)
        key = repr(sorted(schema.items())) if len(schema) < 8 else str(id(schema))
        known = self._validators.get(key)
        if known is not None and (len(schema) < 8 or known[0] is schema):
            return known[1]
        validator = _tolerant_validator()(
            self._json_schema(copy.deepcopy(schema)),
            registry=self._root,
            format_checker=_tolerant_validator().FORMAT_CHECKER,
        )
        self._validators[key] = (schema, validator)
        return validator

    def valid(self, value: Any, schema: Any) -> bool:
        """Does `value` validate against `schema` (formats checked; a pattern Python's `re` cannot
        read is not checked, every other keyword of the schema still is)?"""
        if not isinstance(schema, dict):
            return True
        try:
            return bool(self._validator(schema).is_valid(value))
        except Exception:  # a schema jsonschema cannot check at all: not ours to refuse
            return True

    def errors(self, value: Any, schema: Any) -> list[Any]:
        """jsonschema's errors of `value` against `schema` (none where it cannot check)."""
        if not isinstance(schema, dict):
            return []
        try:
            return list(self._validator(schema).iter_errors(value))
        except Exception:
            return []

    def pick(self, schema: Any, candidates: Iterable[Any], name: str) -> Any:
        """The first candidate valid for `schema`, else a value made from it. The same question
        (the same schema, name and candidates) gets the same answer, so it is remembered: asked
        again (`package.prepare_examples` asks first, while the models are generated), it costs
        nothing. The answer is not to be changed by its caller."""
        candidates = tuple(candidates)
        key = (id(schema), name, repr(candidates))
        known = self._picked.get(key)
        if known is not None and known[0] is schema:
            return known[1]
        value = self._pick(schema, candidates, name)
        self._picked[key] = (schema, value)
        return value

    def _pick(self, schema: Any, candidates: tuple[Any, ...], name: str) -> Any:
        for candidate in candidates:
            if candidate is not None and self.valid(candidate, schema):
                return candidate
        return self.make(schema, name)

    def make(self, schema: Any, name: str) -> Any:
        """A value made from `schema`, then mended where the validator says what it lacks."""
        sampler = Sampler(self)
        return sampler.mend(sampler.sample(schema, name, 0), schema, name)

    def discriminator_tags(
        self, schema: dict[str, Any], members: list[Any]
    ) -> dict[int, tuple[str, Any]]:
        """member id -> (tag property, tag value) from a union schema's discriminator."""
        return Sampler(self)._tags(schema, [m for m in members if isinstance(m, dict)])

    def literal(self, schema: Any, candidates: Iterable[Any], name: str) -> str:
        """`pick` as Python source."""
        return repr(self.pick(schema, candidates, name))


@cache
def _tolerant_validator() -> Any:
    """Draft 2020-12 whose `pattern` checks a pattern Python's `re` cannot read (an ECMA one such as
    `\\p{L}`, which pydantic's and a mock server's engines take) with jsonschema-rs, and passes a
    value no engine can check instead of failing the whole validation: every other keyword of the
    value is still checked (a wrong UUID beside such a pattern is still found)."""
    from jsonschema import Draft202012Validator, ValidationError, validators
    from jsonschema._keywords import pattern as checked_pattern

    def pattern(validator: Any, patrn: Any, instance: Any, schema: Any) -> Any:
        try:
            re.compile(patrn)
        except (re.error, TypeError):
            if isinstance(instance, str) and not _ecma_match(str(patrn), instance):
                yield ValidationError(f"{instance!r} does not match {patrn!r}")
            return
        yield from checked_pattern(validator, patrn, instance, schema)

    return validators.extend(Draft202012Validator, {"pattern": pattern})


def _ecma_match(pattern: str, text: str) -> bool:
    """Does `text` match `pattern` by jsonschema-rs's engine (True where it cannot tell)?"""
    try:
        import jsonschema_rs

        return bool(jsonschema_rs.is_valid({"pattern": pattern}, text))
    except Exception:
        return True


_MEND_ROUNDS = 6
_REMADE = frozenset(
    {
        "type",
        "format",
        "pattern",
        "minLength",
        "maxLength",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
    }
)


def _from_json_schema(schema: Any) -> Any:
    """A schema as the validator holds it -> as the registry resolves it (`urn:api#/...` refs)."""
    if isinstance(schema, list):
        return [_from_json_schema(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    return {
        key: value[len("urn:api") :]
        if key == "$ref" and isinstance(value, str) and value.startswith("urn:api#")
        else _from_json_schema(value)
        for key, value in schema.items()
    }


def _leaf_errors(errors: list[Any]) -> list[Any]:
    """The errors to mend: a union's own error stands for the errors of its closest member."""
    out: list[Any] = []
    for error in errors:
        if error.validator in ("oneOf", "anyOf") and error.context:
            by_member: dict[Any, list[Any]] = {}
            for sub in error.context:
                by_member.setdefault(sub.schema_path[0] if sub.schema_path else 0, []).append(sub)
            closest = min(by_member.values(), key=len)
            out += _leaf_errors(closest)
        else:
            out.append(error)
    return out


def _put(value: Any, path: list[Any], new: Any) -> Any:
    """`value` with the part at `path` replaced by `new` (a copy along the path)."""
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, dict) and head in value:
        return {**value, head: _put(value[head], rest, new)}
    if isinstance(value, list) and isinstance(head, int) and 0 <= head < len(value):
        return [*value[:head], _put(value[head], rest, new), *value[head + 1 :]]
    return value


class Sampler:
    """Makes a value for a schema; `Examples.valid` chooses among the candidates it tries."""

    def __init__(self, examples: Examples) -> None:
        self.examples = examples
        self.resolve = examples.registry.resolve

    def mend(self, value: Any, schema: Any, name: str) -> Any:
        """`value` made valid for the whole of `schema` where the validator's errors say how: a
        property a part or a nested variant requires is added, a `const` or single-value `enum`
        reached through `allOf` is put in, a string or number that breaks its format, pattern or
        bounds is made again from the schema it breaks. Deep: every error, at every depth."""
        for _ in range(_MEND_ROUNDS):
            errors = _leaf_errors(self.examples.errors(value, schema))
            if not errors:
                return value
            mended = value
            # the deepest first, so that mending a parent does not undo a child's mending
            for error in sorted(errors, key=lambda e: -len(e.absolute_path)):
                new = self._mended(error, name)
                if new is not _KEEP:
                    mended = _put(mended, list(error.absolute_path), new)
            if mended == value:
                return value
            value = mended
        return value

    def _mended(self, error: Any, name: str) -> Any:
        keyword, instance = error.validator, error.instance
        where = _from_json_schema(error.schema) if isinstance(error.schema, dict) else {}
        label = str(error.absolute_path[-1]) if error.absolute_path else name
        if keyword == "const":
            return error.validator_value
        if keyword == "enum" and isinstance(error.validator_value, list):
            return next((v for v in error.validator_value if v is not None), _KEEP)
        if keyword == "required" and isinstance(instance, dict):
            props = self._properties(where, 0)
            added = {
                wire: self.sample(props.get(wire, {}), wire, 1)
                for wire in error.validator_value or []
                if isinstance(wire, str) and wire not in instance
            }
            return {**instance, **added} if added else _KEEP
        if keyword == "minItems" and isinstance(instance, list) and instance:
            count = error.validator_value if isinstance(error.validator_value, int) else 1
            return instance + [instance[-1]] * (count - len(instance))
        if keyword == "uniqueItems" and isinstance(instance, list):
            items = where.get("items") if isinstance(where.get("items"), dict) else {}
            return self._unique(instance[0], len(instance), items) if instance else _KEEP
        if keyword in _REMADE:
            remade = self._typed(self.resolve(where), label, 1)
            return remade if remade != instance else _KEEP
        return _KEEP

    def sample(self, schema: Any, name: str, depth: int) -> Any:
        if not isinstance(schema, dict):
            return f"{name}-1" if name else "value"
        resolved = self.resolve(schema)
        own = example_of(resolved)
        if own is not None and self.examples.valid(own, schema):
            return own
        default = resolved.get("default")
        if default is not None and self.examples.valid(default, schema):
            return default
        if "const" in resolved:
            return resolved["const"]
        enum = resolved.get("enum")
        if isinstance(enum, list) and enum:
            return next((v for v in enum if v is not None), None)
        if depth > _MAX_DEPTH:
            return None
        for key in ("oneOf", "anyOf"):
            members = [m for m in resolved.get(key) or [] if isinstance(m, dict)]
            if members:
                return self._union(resolved, members, key, name, depth)
        members = [m for m in resolved.get("allOf") or [] if isinstance(m, dict)]
        if members:
            return self._all_of(resolved, members, name, depth)
        return self._typed(resolved, name, depth)

    # -- composition -----------------------------------------------------------------------------

    def _union(
        self, schema: dict[str, Any], members: list[dict[str, Any]], key: str, name: str, depth: int
    ) -> Any:
        """A value of one member that the whole union accepts (exactly one member, for a oneOf)."""
        non_null = [m for m in members if "null" not in schema_types(self.resolve(m))] or members
        if key == "oneOf":  # the most specific first: an empty object would match several
            non_null = sorted(non_null, key=lambda m: -len(self.resolve(m).get("properties") or {}))
        tags = self._tags(schema, members)
        first: Any = None
        for member in non_null:
            value = self.sample(member, name, depth + 1)
            tag = tags.get(id(member))
            if tag is not None and isinstance(value, dict):
                value = {**value, tag[0]: tag[1]}
            if isinstance(value, dict) and isinstance(schema.get("properties"), dict):
                value = {**self._object(schema, name, depth, only_required=True), **value}
            if isinstance(value, dict) and schema.get("allOf"):  # the parts beside the union
                beside = {k: v for k, v in schema.items() if k not in ("oneOf", "anyOf")}
                shared = self.sample(beside, name, depth + 1)
                if isinstance(shared, dict):
                    value = {**shared, **value}
            if first is None:
                first = value
            if self.examples.valid(value, schema):
                return value
        return first

    def _tags(
        self, schema: dict[str, Any], members: list[dict[str, Any]]
    ) -> dict[int, tuple[str, Any]]:
        """member id -> (tag property, tag value) from the schema's discriminator."""
        disc = self._discriminator(schema, members)
        if disc is None:
            return {}
        prop = disc["propertyName"]
        mapping = disc.get("mapping") if isinstance(disc.get("mapping"), dict) else {}
        by_target: dict[str, str] = {}
        for value, target in (mapping or {}).items():
            if isinstance(target, str):
                by_target.setdefault(target.rsplit("/", 1)[-1], str(value))
        out: dict[int, tuple[str, Any]] = {}
        for member in members:
            ref = member.get("$ref")
            if not isinstance(ref, str) or not ref.startswith(SCHEMA_PREFIX):
                continue
            component = ref[len(SCHEMA_PREFIX) :]
            original = self.examples.registry.original_name(component)
            tag = by_target.get(original) or by_target.get(component)
            if tag is None and original not in (mapping or {}):
                # not in the mapping: the implicit value is the schema's name (which the mapping
                # must not send to another variant)
                tag = original
            if tag is not None:
                out[id(member)] = (prop, tag)
        return out

    def _discriminator(
        self, schema: dict[str, Any], members: list[dict[str, Any]]
    ) -> dict[str, Any] | None:
        """The union's discriminator, else the one its members share through `allOf` (a base schema
        that names its subtypes)."""
        found = schema.get("discriminator")
        if isinstance(found, dict) and isinstance(found.get("propertyName"), str):
            return found
        shared: list[dict[str, Any]] = []
        for member in members:
            resolved = self.resolve(member)
            for part in [resolved, *(self.resolve(p) for p in resolved.get("allOf") or [])]:
                disc = part.get("discriminator")
                if isinstance(disc, dict) and isinstance(disc.get("propertyName"), str):
                    shared.append(disc)
                    break
            else:
                return None
        if shared and all(d == shared[0] for d in shared):
            return shared[0]
        return None

    def _all_of(
        self, schema: dict[str, Any], members: list[dict[str, Any]], name: str, depth: int
    ) -> Any:
        values = [self.sample(m, name, depth + 1) for m in members]
        objects = [v for v in values if isinstance(v, dict)]
        if len(objects) != len(values):  # a scalar behind an allOf (an enum, a format, a const)
            scalars = [v for v in values if v is not None]
            return next(
                (v for v in scalars if self.examples.valid(v, schema)),
                scalars[0] if scalars else (values[0] if values else None),
            )
        merged: dict[str, Any] = {}
        for value in objects:
            merged.update(value)
        if isinstance(schema.get("properties"), dict):
            merged.update(self._object(schema, name, depth, only_required=True))
        # a part (or the schema itself) may require what another part (or a part of it) declares
        parts = [schema, *(self.resolve(m) for m in members)]
        props = self._properties(schema, 0)
        for wire in [r for part in parts for r in part.get("required") or [] if isinstance(r, str)]:
            if wire not in merged:
                merged[wire] = self.sample(props.get(wire, {}), wire, depth + 1)
            elif wire in props and not self.examples.valid(merged[wire], props[wire]):
                # a part that requires it without declaring it made a placeholder
                merged[wire] = self.sample(props[wire], wire, depth + 1)
        return merged

    def _properties(self, schema: dict[str, Any], depth: int) -> dict[str, Any]:
        """Every property a schema declares, its own and its allOf parts' (recursively)."""
        out: dict[str, Any] = {}
        if depth > _MAX_DEPTH:
            return out
        for member in schema.get("allOf") or []:
            if isinstance(member, dict):
                out.update(self._properties(self.resolve(member), depth + 1))
        props = schema.get("properties")
        if isinstance(props, dict):
            out.update(props)
        return out

    # -- one type --------------------------------------------------------------------------------

    def _typed(self, schema: dict[str, Any], name: str, depth: int) -> Any:
        types = [t for t in schema_types(schema) if t != "null"]
        kind = (
            types[0]
            if types
            else "object"
            if schema.get("properties") or schema.get("required")
            else "array"
            if "items" in schema
            else "string"
        )
        if kind == "integer":
            return self._number(schema, integer=True)
        if kind == "number":
            return self._number(schema, integer=False)
        if kind == "boolean":
            return True
        if kind == "array":
            return self._array(schema, name, depth)
        if kind == "object":
            return self._object(schema, name, depth, only_required=True)
        if kind == "null":
            return None
        return self._string(schema, name)

    def _number(self, schema: dict[str, Any], integer: bool) -> int | float:
        low = _num(schema.get("minimum"))
        high = _num(schema.get("maximum"))
        ex_low = schema.get("exclusiveMinimum")
        ex_high = schema.get("exclusiveMaximum")
        if isinstance(ex_low, bool):
            ex_low = low if ex_low else None
        if isinstance(ex_high, bool):
            ex_high = high if ex_high else None
        value: float = 1 if integer else 1.5
        if low is not None:
            value = max(value, low)
        if _num(ex_low) is not None and value <= float(ex_low):  # type: ignore[arg-type]
            value = float(ex_low) + 1  # type: ignore[arg-type]
        if high is not None:
            value = min(value, high)
        if _num(ex_high) is not None and value >= float(ex_high):  # type: ignore[arg-type]
            value = float(ex_high) - (1 if integer else 0.5)  # type: ignore[arg-type]
        step = _num(schema.get("multipleOf"))
        if step:
            value = (int(value / step) or 1) * step
        return int(value) if integer else float(value)

    def _array(self, schema: dict[str, Any], name: str, depth: int) -> list[Any]:
        items = schema.get("items") if isinstance(schema.get("items"), dict) else {}
        count = schema.get("minItems")
        count = count if isinstance(count, int) and not isinstance(count, bool) and count > 0 else 1
        first = self.sample(items, name, depth + 1)
        if schema.get("uniqueItems") and count > 1:
            return self._unique(first, count, items)
        return [first] * count

    def _unique(self, first: Any, count: int, items: Any) -> list[Any]:
        """`count` different values for `items`, `first` first, each valid for `items`."""
        values = [first]
        enum = self.resolve(items).get("enum")
        pool = [v for v in enum if v is not None] if isinstance(enum, list) else []
        for i in range(1, count):
            if pool:
                values.append(pool[i % len(pool)])
                continue
            candidates = _variants(first, i)
            values.append(
                next(
                    (c for c in candidates if c not in values and self.examples.valid(c, items)),
                    candidates[0],
                )
            )
        return values

    def _object(
        self, schema: dict[str, Any], name: str, depth: int, *, only_required: bool
    ) -> dict[str, Any]:
        props = schema.get("properties") if isinstance(schema.get("properties"), dict) else {}
        required = [r for r in schema.get("required") or [] if isinstance(r, str)]
        chosen = required if only_required else list(props or {})
        out: dict[str, Any] = {}
        for wire in chosen:
            prop = (props or {}).get(wire, {})
            if (
                isinstance(prop, dict)
                and self.resolve(prop).get("readOnly") is True
                and wire not in required
            ):
                continue
            out[wire] = self.sample(prop, wire, depth + 1)
        return out

    def _string(self, schema: dict[str, Any], name: str) -> Any:
        fmt = schema.get("format")
        if fmt == "binary" or schema.get("contentMediaType") == "application/octet-stream":
            return b"data"
        candidates: list[str] = []
        if isinstance(fmt, str) and fmt in _FORMAT_SAMPLES:
            candidates.append(_FORMAT_SAMPLES[fmt])
        pattern = schema.get("pattern")
        if isinstance(pattern, str):
            made = pattern_sample(pattern)
            if made is not None:
                candidates.append(made)
        base = f"{name}-1" if name else "value"
        candidates += [base, "value", "abc", "ABC", "1", "a1"]
        low = schema.get("minLength") if isinstance(schema.get("minLength"), int) else 0
        high = schema.get("maxLength") if isinstance(schema.get("maxLength"), int) else None
        fitted = [_fit(c, low or 0, high) for c in candidates]
        for candidate in fitted:
            if self.examples.valid(candidate, schema):
                return candidate
        return fitted[0]


def _num(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _fit(text: str, low: int, high: int | None) -> str:
    if len(text) < low:
        text = text + "x" * (low - len(text))
    if high is not None and len(text) > high:
        text = text[:high]
    return text


def _variants(value: Any, i: int) -> list[Any]:
    """Values like `value` but different (the i-th of several), most alike first."""
    if isinstance(value, str):
        out = [f"{value}{i + 1}"]
        if value.isdigit():
            out.append(str(int(value) + i))
        if value:
            out.append(value[:-1] + chr(ord(value[-1]) + i))
            out.append(chr(ord(value[0]) + i) + value[1:])
        return out
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return [value + i]
    return [value]


# -- patterns -----------------------------------------------------------------------------------------


def pattern_sample(pattern: str) -> str | None:
    """A string matching a simple regular expression (literals, classes, groups, repeats,
    alternatives), or None when the pattern is not one of those."""
    try:
        import re._parser as sre  # type: ignore[import-not-found,unused-ignore]
    except ImportError:  # Python < 3.11
        import sre_parse as sre  # type: ignore[no-redef,unused-ignore]
    try:
        parsed = sre.parse(pattern)
        made = _emit(parsed, sre)
    except Exception:  # an exotic construct: no sample
        return None
    if made is None or re.search(pattern, made) is None:
        return None
    return made


def _emit(items: Any, sre: Any) -> str | None:
    out: list[str] = []
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            out.append(chr(arg))
        elif name == "IN":
            ch = _class_char(arg)
            if ch is None:
                return None
            out.append(ch)
        elif name == "ANY":
            out.append("a")
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, high, sub = arg
            count = max(low, 1) if high else low
            count = min(count, 64) if high is None or high == sre.MAXREPEAT else min(count, high)
            part = _emit(sub, sre)
            if part is None:
                return None
            out.append(part * count)
        elif name == "SUBPATTERN":
            part = _emit(arg[-1], sre)
            if part is None:
                return None
            out.append(part)
        elif name == "BRANCH":
            part = _emit(arg[1][0], sre)
            if part is None:
                return None
            out.append(part)
        elif name == "AT":
            continue
        elif name == "CATEGORY":
            out.append(_category(str(arg)))
        else:
            return None
    return "".join(out)


def _class_char(arg: Any) -> str | None:
    negate = False
    for op, value in arg:
        name = str(op)
        if name == "NEGATE":
            negate = True
        elif negate:
            continue
        elif name == "LITERAL":
            return chr(value)
        elif name == "RANGE":
            return chr(value[0])
        elif name == "CATEGORY":
            return _category(str(value))
    if negate:
        return "a" if all(not (str(op) == "LITERAL" and v == ord("a")) for op, v in arg) else "b"
    return None


def _category(name: str) -> str:
    if "DIGIT" in name and "NOT" not in name:
        return "1"
    if "SPACE" in name and "NOT" not in name:
        return " "
    return "a"


# -- calls ------------------------------------------------------------------------------------------


def example_call(call_path: str, params: tuple[ir.Param, ...], body: ir.Body | None) -> str:
    """Python source of a call with realistic arguments (READMEs show it, tests run it)."""
    args = [p.example_lit or "''" for p in params if p.location == "path"]
    kwargs = [f"{p.py_name}={p.example_lit}" for p in params if p.location != "path" and p.required]
    if body is not None:
        if body.example_kwargs:  # a union body: the variant whose example the union accepts
            kwargs += [f"{name}={value}" for name, value in body.example_kwargs]
        elif body.overloads:
            kwargs += [
                f"{f.py_name}={f.example_lit}" for f in body.overloads[0].fields if f.required
            ]
        elif body.fields:
            wanted = [f for f in body.fields if f.required or f.py_name in body.example_fields]
            kwargs += [f"{f.py_name}={f.example_lit}" for f in wanted]
        elif body.whole_annotation is not None and body.required:
            kwargs.append(f"{body.whole_name}={body.example_lit}")
    return f"client.{call_path}({', '.join(args + kwargs)})"
