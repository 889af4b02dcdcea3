"""The reader (`generator/load/reader.py`) gives what PyYAML gives, and the lines PyYAML's marks give.

The reader builds values straight from libyaml's events and reads JSON with `json.loads`; these tests
hold it to an oracle that shares none of that code: PyYAML's pure-Python parser, composer and
SafeConstructor (timestamps left as strings, as the reader keeps them) for the values, and the
pure-Python parser's marks, walked recursively here, for the line and column of every JSON pointer
(a mapping member at its key, a sequence item at its start, nothing below an alias or inside a key).
Every document of the project (specs, golden, fixtures), every corpus document when the corpus is
present, and small documents made for each scalar class, merge keys, aliases and non-string keys are
compared. JSON text means JSON's values (`1e5` is a number, where YAML 1.1 reads a string); the
tests say so where the two differ. Refusals are compared with the messages, lines and pointers the
reader gave before it built values itself (written out here).
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
import yaml
from corpus_location import corpus_root

from codegen_tests.helpers import ROOT
from generator.errors import SpecError
from generator.load import reader
from generator.load.document import escape
from generator.load.reader import MAX_DEPTH, read


class _Oracle(yaml.SafeLoader):
    """PyYAML's pure-Python safe loader without the timestamp resolver."""


_Oracle.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def oracle_data(text: str) -> Any:
    loader = _Oracle(text)
    try:
        node = loader.get_single_node()
        return loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()


def oracle_places(text: str) -> tuple[dict[str, int], dict[str, int]]:
    """Line and column by pointer from the pure-Python parser's events, read recursively."""
    events = iter(yaml.parse(text, Loader=_Oracle))
    lines: dict[str, int] = {}
    columns: dict[str, int] = {}
    anchors: dict[str, tuple[str, Any]] = {}  # name -> (the node's token as a key, its mark)

    def record(location: str | None, mark: Any) -> None:
        if location is not None:
            lines[location] = mark.line + 1
            columns[location] = mark.column + 1

    def node(event: Any, location: str | None, mark: Any) -> tuple[str, Any]:
        """Read one node starting with `event`; record it at `location`/`mark` (a member's key mark);
        return its token as a key and its own mark."""
        record(location, mark)
        if isinstance(event, yaml.AliasEvent):
            return anchors[event.anchor]
        if isinstance(event, yaml.ScalarEvent):
            token = (event.value, event.start_mark)
        elif isinstance(event, yaml.SequenceStartEvent):
            for index, item in enumerate(iter(lambda: next(events), None)):
                if isinstance(item, yaml.SequenceEndEvent):
                    break
                inner = None if location is None else f"{location}/{index}"
                node(item, inner, item.start_mark)
            token = ("tag:yaml.org,2002:seq", event.start_mark)
        else:
            assert isinstance(event, yaml.MappingStartEvent)
            for key in iter(lambda: next(events), None):
                if isinstance(key, yaml.MappingEndEvent):
                    break
                key_token, key_mark = node(key, None, key.start_mark)
                value = next(events)
                inner = None if location is None else f"{location}/{escape(key_token)}"
                node(value, inner, key_mark)
            token = ("tag:yaml.org,2002:map", event.start_mark)
        if event.anchor is not None:
            anchors[event.anchor] = token
        return token

    for event in events:
        if isinstance(event, (yaml.ScalarEvent, yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            node(event, "#", event.start_mark)
    return lines, columns


def same(new: Any, old: Any, where: str = "#", *, json_numbers: bool = False) -> None:
    """Equal values of equal types, the order of keys included, NaN equal to NaN. With
    json_numbers, a YAML 1.1 string such as `1e5` may be JSON's number (the only difference)."""
    if json_numbers and isinstance(new, float) and isinstance(old, str):
        assert float(old) == new, where
        return
    assert type(new) is type(old), f"{where}: {new!r:.80} != {old!r:.80}"
    if isinstance(new, dict):
        assert [str(k) for k in new] == [str(k) for k in old], where
        assert list(new) == list(old) or any(k != k for k in new), where
        for (key, value), other in zip(new.items(), old.values(), strict=True):
            same(value, other, f"{where}/{key}", json_numbers=json_numbers)
    elif isinstance(new, list):
        assert len(new) == len(old), where
        for i, (value, other) in enumerate(zip(new, old, strict=True)):
            same(value, other, f"{where}/{i}", json_numbers=json_numbers)
    elif isinstance(new, float) and math.isnan(new):
        assert math.isnan(old), where
    else:
        assert new == old, f"{where}: {new!r:.80} != {old!r:.80}"


def assert_same_as_oracle(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    expected = oracle_data(text)
    is_json = path.suffix == ".json" or text.lstrip()[:1] == "{"
    if not isinstance(expected, dict):
        with pytest.raises(SpecError, match="not a mapping"):
            read(path)
        return
    document = read(path)
    same(document.data, expected, json_numbers=is_json)
    if is_json:
        assert document.data == json.loads(text)
    lines, columns = oracle_places(text)
    # each pointer asked for on its own (JSON: found by walking down to it, not by listing all)
    one_by_one = read(path)
    assert {location: one_by_one.lines[location] for location in lines} == lines
    assert {location: one_by_one.columns[location] for location in columns} == columns
    assert "#/no such/node" not in one_by_one.lines
    assert dict(document.lines) == lines
    assert dict(document.columns) == columns


# -- every document of the project, and of the corpus ---------------------------------------------------


def _documents() -> list[Path]:
    found = [
        *sorted((ROOT / "specs").glob("**/*.yaml")),
        *sorted((ROOT / "tests" / "golden").glob("*.yaml")),
        *sorted(
            p for p in (ROOT / "tests" / "fixtures").rglob("*") if p.suffix in (".json", ".yaml")
        ),
    ]
    corpus = corpus_root()
    if corpus is not None:
        found += sorted(
            p
            for p in (corpus / "public-specs").rglob("*")
            if p.suffix in (".json", ".yaml", ".yml") and p.is_file()
        )
    return found


@pytest.mark.parametrize("path", _documents(), ids=lambda p: p.name)
def test_every_document_reads_as_the_oracle_reads_it(path: Path) -> None:
    assert_same_as_oracle(path)


def test_the_documents_are_there() -> None:
    names = {p.name for p in _documents()}
    assert {"chatbotx.yaml", "kitchen.yaml", "channel-api.yaml"} <= names
    assert any(n.endswith(".json") for n in names)


# -- small documents made for each class ----------------------------------------------------------------

HEAD = 'openapi: 3.1.0\ninfo: {title: T, version: "1"}\npaths: {}\n'

MADE = {
    "booleans": "x: [yes, No, on, OFF, true, False, y, n, Y]\n",
    "nulls": "x: [~, null, Null, NULL, '', \"\"]\ny:\nz: {a: }\n",
    "ints": "x: [0, -0, +12, 0b1_0, -0b11, 0x_1F, 0xff, 017, 09, 1_000, 1:30, -1:30:15, 999999999999999999999999]\n",
    "floats": "x: [1.5, 1., .5, -.inf, +.INF, .NaN, 1.5e+3, 1e5, 1.0e5, 1_0.5_0, 1:30.5, ._]\n",
    "strings": "x: [2001-12-14, '2001-12-14t21:59:43.10-05:00', =x, <<x, '<<', \"=\", 'yes', !!str 5]\n",
    "explicit non-specific": "x: ! 5\ny: ! yes\nz: !!str\n",
    "block scalars": 'x: "line\\none"\ny: |\n  block\n  text\nz: >\n  folded\n  text\n',
    "keys": "1: a\n2.5: b\ntrue: c\n~: d\n0x10: e\n'quoted key': 1\n? complex\n: 3\nyes: f\n",
    "one NaN key": "m: {.nan: 1, .NAN: 2}\n",
    "duplicate keys": "x: {a: 1, b: {c: 1}, a: 2, b: {d: 2}}\n",
    "value key": "=: 1\n",
    "merge": "b: &b {k: 1, j: 2}\nc: {<<: *b, j: 3}\n",
    "merge list": "b: &b {k: 1, j: 2}\nd: &d {k: 9, m: 1}\nc: {j: 3, <<: [*b, *d], n: 4}\n",
    "two merges": "b: &b {k: 1}\nc: {<<: *b, <<: {k: 2, z: 1}}\n",
    "merge before and after": "b: &b {k: 1, j: 2}\nc:\n  j: 0\n  k: 5\n  <<: *b\n  z: 9\n  j: 7\n",
    "nested merge": "c: {<<: &inner {a: 1, <<: {b: 2}}}\nd: *inner\n",
    "merged values shared": "b: &b {k: {deep: 1}}\nc: {<<: *b}\n",
    "aliases": "a: &a {x: [1, 2]}\nb: *a\nc: [*a, *a]\n",
    "scalar aliases": "x: [&y 1, *y, &z {a: 1}, *z]\nk: &k key\nm: {*k : v}\n",
    "anchor redefined": "a: &a 1\nb: &a 2\nc: *a\n",
    "anchor redefined inside": "a: &a {x: &a 2, y: *a}\nb: *a\n",
    "sequences": "x: [a, b, {c: d}, [e, f]]\nl:\n  - a\n  -   - b\n      - c\n  - k: v\n    j: w\n",
    "flow and block": "x:\n  - {a: [1, {b: 2}]}\n  -\n    - 3\n",
    "odd keys": "'a/b': 1\n'~c': 2\n'': 3\n",
    "json text in yaml": '{"openapi": "3.1.0", "x": [1, 2.5, "s", true, null], "y": {"z": 1e3}}\n',
}

# Made documents PyYAML's pure-Python composer refuses but the reader reads (as it did before).
_ORACLE_REFUSES = {"anchor redefined", "anchor redefined inside"}


@pytest.mark.parametrize("name", sorted(MADE))
def test_made_documents_read_as_the_oracle_reads_them(name: str, tmp_path: Path) -> None:
    path = tmp_path / "made.yaml"
    text = MADE[name] if MADE[name].startswith("{") else HEAD + MADE[name]
    path.write_text(text, encoding="utf-8")
    if name in _ORACLE_REFUSES:
        with pytest.raises(yaml.YAMLError, match="duplicate anchor"):
            oracle_data(text)
        return
    assert_same_as_oracle(path)


def test_redefined_anchors_mean_the_latest_definition(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(HEAD + MADE["anchor redefined"] + "d: {a: &x {k: 1}, b: &x [2], c: *x}\n")
    data = read(path).data
    assert data["c"] == 2 and data["d"]["c"] == [2] and data["d"]["c"] is data["d"]["b"]
    path.write_text(HEAD + MADE["anchor redefined inside"])
    assert read(path).data["b"] == 2


def test_an_alias_is_the_same_object_as_its_anchor(tmp_path: Path) -> None:
    text = HEAD + "a: &a {x: [1, 2]}\nb: *a\nc: [*a, *a]\nm: &m {k: {deep: 1}}\nn: {<<: *m}\n"
    path = tmp_path / "a.yaml"
    path.write_text(text)
    for data in (read(path).data, oracle_data(text)):
        assert data["b"] is data["a"] and data["c"][0] is data["a"] and data["c"][1] is data["a"]
        assert data["n"] is not data["m"]  # a merge makes a new mapping of the same values
        assert data["n"]["k"] is data["m"]["k"]


# -- refusals: the same messages, lines and pointers as before -----------------------------------------

# text after HEAD (line 4 on) -> (line, column, pointer, message) the reader gave before this change.
REFUSED = {
    "x: !!int 5\n": (4, None, "#/x", "'5' is not a !!int"),
    "x: !!float 1.5\n": (4, None, "#/x", "'1.5' is not a !!float"),
    "x: !!str\ny: !!null\n": (5, None, "#/y", "'' is not a !!null"),
    "x: !custom 5\n": (
        4,
        None,
        "#/x",
        "the tag !custom is not allowed: an OpenAPI document holds JSON values",
    ),
    "x: !!binary aGVsbG8=\n": (
        4,
        None,
        "#/x",
        "the tag !!binary is not allowed: an OpenAPI document holds JSON values",
    ),
    "x: !!set {a: null}\n": (
        4,
        None,
        "#/x",
        "the tag !!set is not allowed: an OpenAPI document holds JSON values",
    ),
    "x: [1, !!omap [a: 1]]\n": (
        4,
        None,
        "#/x/1",
        "the tag !!omap is not allowed: an OpenAPI document holds JSON values",
    ),
    "x: !!python/object:os.system x\n": (
        4,
        None,
        "#/x",
        "the tag !!python/object:os.system is not allowed: an OpenAPI document holds JSON values",
    ),
    "x: !!merge <<\n": (
        4,
        None,
        "#/x",
        "the tag !!merge is not allowed: an OpenAPI document holds JSON values",
    ),
    "x: <<\n": (
        4,
        4,
        "#",
        "invalid YAML: could not determine a constructor for the tag 'tag:yaml.org,2002:merge'",
    ),
    "x: =\n": (
        4,
        4,
        "#",
        "invalid YAML: could not determine a constructor for the tag 'tag:yaml.org,2002:value'",
    ),
    "x: [a, <<]\n": (
        4,
        8,
        "#",
        "invalid YAML: could not determine a constructor for the tag 'tag:yaml.org,2002:merge'",
    ),
    "c: {<<: 5}\n": (
        4,
        9,
        "#",
        "invalid YAML: expected a mapping or list of mappings for merging, but found scalar",
    ),
    "c: {<<: [5]}\n": (
        4,
        10,
        "#",
        "invalid YAML: expected a mapping for merging, but found scalar",
    ),
    "c: {<<: [{a: 1}, [1]]}\n": (
        4,
        18,
        "#",
        "invalid YAML: expected a mapping for merging, but found sequence",
    ),
    "s: &s [{a: 1}, 2]\nc: {<<: *s}\n": (
        4,
        16,
        "#",
        "invalid YAML: expected a mapping for merging, but found scalar",
    ),
    "s: &s 7\nc: {<<: *s}\n": (
        4,
        4,
        "#",
        "invalid YAML: expected a mapping or list of mappings for merging, but found scalar",
    ),
    "? [a, b]\n: 1\n": (4, 3, "#", "invalid YAML: found unhashable key"),
    "? {a: 1}\n: 1\n": (4, 3, "#", "invalid YAML: found unhashable key"),
    "a: &a [1]\nz: {*a : 1}\n": (4, 4, "#", "invalid YAML: found unhashable key"),
    "a: *undefined\n": (4, None, "#/a", "undefined alias *undefined"),
    "a: &a [1, *a]\n": (
        4,
        None,
        "#/a/1",
        "the alias *a is inside its own anchor (a document without end)",
    ),
    "a: &a {b: [1, {c: *a}]}\n": (
        4,
        None,
        "#/a/b/1/c",
        "the alias *a is inside its own anchor (a document without end)",
    ),
    "? [*nothing]\n: 1\n": (4, None, "#", "undefined alias *nothing"),
    "x: 1\n---\ny: 2\n": (
        5,
        None,
        "#",
        "the file holds more than one YAML document; expected one OpenAPI document",
    ),
    "x: [1, 2, " + "9" * 4001 + "]\n": (4, None, "#/x/2", "an integer of more than 4000 digits"),
    "x: 'a\n": (5, 1, "#", "invalid YAML: found unexpected end of stream"),
    "x: [1, 2\n": (5, 1, "#", "invalid YAML: did not find expected ',' or ']'"),
    "x: {a: 1}}\n": (4, 10, "#", "invalid YAML: did not find expected key"),
    # several construction faults: the one PyYAML's breadth-first constructor meets first
    "a: {b: {? [1] : 1}}\nz: {? [2] : 2}\n": (5, 7, "#", "invalid YAML: found unhashable key"),
    "c: {? [1] : 1, <<: 5}\n": (
        4,
        20,
        "#",
        "invalid YAML: expected a mapping or list of mappings for merging, but found scalar",
    ),
    "x: [{? [1]: 2}, <<]\n": (
        4,
        17,
        "#",
        "invalid YAML: could not determine a constructor for the tag 'tag:yaml.org,2002:merge'",
    ),
    "x: [{a: <<}, {b: =}]\ny: <<\n": (
        5,
        4,
        "#",
        "invalid YAML: could not determine a constructor for the tag 'tag:yaml.org,2002:merge'",
    ),
    "a: {b: {c: <<}}\nd: {e: [=]}\n": (
        4,
        12,
        "#",
        "invalid YAML: could not determine a constructor for the tag 'tag:yaml.org,2002:merge'",
    ),
    "x: 0b_\n": (4, None, "#/x", "'0b_' is not a !!int"),  # before: a ValueError escaped
    "x: [0x_]\n": (4, None, "#/x/0", "'0x_' is not a !!int"),  # before: a ValueError escaped
}


def _refusal(path: Path) -> tuple[int | None, int | None, str, str]:
    with pytest.raises(SpecError) as error:
        read(path)
    (problem,) = error.value.problems
    return problem.line, problem.column, problem.location, problem.message


@pytest.mark.parametrize("text", sorted(REFUSED), ids=lambda t: t[:24])
def test_refusals_keep_their_line_pointer_and_message(text: str, tmp_path: Path) -> None:
    path = tmp_path / "r.yaml"
    path.write_text(HEAD + text, encoding="utf-8")
    assert _refusal(path) == REFUSED[text]


def test_the_depth_limit_counts_aliases_and_is_kept_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "d.yaml"
    deep = "[" * (MAX_DEPTH - 1) + "]" * (MAX_DEPTH - 1)
    path.write_text(HEAD + f"a: &a {deep}\nb: *a\nc: [*a]\n")
    assert _refusal(path) == (
        6,
        None,
        "#/c/0",
        f"the alias *a makes the document nest deeper than {MAX_DEPTH} levels",
    )
    path.write_text(HEAD + "x:\n  y: " + "[" * (MAX_DEPTH - 1) + "]" * (MAX_DEPTH - 1) + "\n")
    assert _refusal(path) == (
        5,
        None,
        "#/x/y" + "/0" * (MAX_DEPTH - 2),
        f"the document nests deeper than {MAX_DEPTH} levels",
    )


def test_the_alias_node_limit_is_kept_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "bomb.yaml"
    path.write_text(
        HEAD
        + "a: &a ["
        + ", ".join(["x"] * 999)
        + "]\n"
        + "b: ["
        + ", ".join(["*a"] * 99)
        + "]\n"
        + "c: [*a, *a]\n"
    )
    assert _refusal(path) == (
        6,
        None,
        "#/c/1",
        f"aliases stand for more than {reader.MAX_ALIAS_NODES} nodes (here *a); expand them or "
        "write the document without aliases",
    )


# -- JSON -------------------------------------------------------------------------------------------------


def _json_file(tmp_path: Path, text: str, name: str = "d.json") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_json_means_json_numbers_where_yaml_1_1_meant_strings(tmp_path: Path) -> None:
    text = '{"a": 1e5, "b": 1E+5, "c": 1.5e5, "d": 1.5e+5, "e": -0, "f": -0.0, "g": 12345678901234567890}'
    data = read(_json_file(tmp_path, text)).data
    assert data == {
        "a": 1e5,
        "b": 1e5,
        "c": 1.5e5,
        "d": 1.5e5,
        "e": 0,
        "f": 0.0,
        "g": 12345678901234567890,
    }
    assert isinstance(data["a"], float) and isinstance(data["e"], int)
    # YAML 1.1 (and so the reader before this change) read an exponent without a dot or sign as a string
    assert oracle_data(text)["a"] == "1e5" and oracle_data(text)["d"] == 1.5e5
    # the same text in a .yaml file is JSON text too: the same values
    assert read(_json_file(tmp_path, text, "d.yaml")).data == data


def test_json_escapes_and_duplicate_keys(tmp_path: Path) -> None:
    text = '{"a": "\\/x\\u00e9\\ud83d\\ude00\\u0000\\t", "b": 1,\n "a": 2, "k\\/": 3}'
    document = read(_json_file(tmp_path, text))
    assert document.data == {"a": 2, "b": 1, "k/": 3}
    assert list(document.data) == ["a", "b", "k/"]
    assert document.place_of("#/a")[1:] == (2, 2)  # the last of the duplicate keys, as YAML did
    assert document.place_of("#/k~1")[1:] == (2, 10)


def test_json_constants_are_read_as_before(tmp_path: Path) -> None:
    """`NaN`/`Infinity` are not JSON: such text goes to YAML, which reads them as strings, as
    before; when YAML cannot read the text either, it is refused at the constant."""
    assert read(_json_file(tmp_path, '{"a": NaN, "b": -Infinity}')).data == {
        "a": "NaN",
        "b": "-Infinity",
    }
    not_yaml = '{"a": 1,\n  "b": NaN, "c": "\\ud83d\\ude00\\u0000 \\/"}'
    with pytest.raises(yaml.YAMLError):
        yaml.load(not_yaml, Loader=yaml.CSafeLoader)  # not YAML either
    assert _refusal(_json_file(tmp_path, not_yaml)) == (
        2,
        8,
        "#",
        "invalid JSON: NaN is not a JSON value (write a number, null or a string)",
    )


def test_text_neither_json_nor_yaml_is_refused_at_json_s_line_and_column(tmp_path: Path) -> None:
    assert _refusal(_json_file(tmp_path, '{"a": 1,\n "b": [1, 2}')) == (
        2,
        12,
        "#",
        "invalid JSON: Expecting ',' delimiter",
    )
    # text YAML reads though JSON does not (a trailing comma) is read as before
    assert read(_json_file(tmp_path, '{"a": [1, 2,],}')).data == {"a": [1, 2]}


def test_json_nesting_too_deep_is_refused_at_its_line_without_recursion(tmp_path: Path) -> None:
    over = '{"openapi": "3.1.0",\n "x": ' + "[" * MAX_DEPTH + "]" * MAX_DEPTH + "}"
    expected = (
        2,
        None,
        "#/x" + "/0" * (MAX_DEPTH - 1),
        f"the document nests deeper than {MAX_DEPTH} levels",
    )
    assert _refusal(_json_file(tmp_path, over)) == expected
    assert _refusal(_json_file(tmp_path, over, "over.yaml")) == expected  # as YAML refused it
    ok = '{"x": ' + "[" * (MAX_DEPTH - 1) + "]" * (MAX_DEPTH - 1) + "}"
    assert isinstance(read(_json_file(tmp_path, ok)).data["x"], list)
    # deeper than the JSON parser's own recursion: refused, no RecursionError
    bomb = '{"x":\n' + "[" * 200_000 + "]" * 200_000 + "}"
    assert _refusal(_json_file(tmp_path, bomb))[:3] == (2, None, "#/x" + "/0" * (MAX_DEPTH - 1))
    unclosed = '{"x":\n' + "[" * 200_000
    assert _refusal(_json_file(tmp_path, unclosed))[:3] == (2, None, "#/x" + "/0" * (MAX_DEPTH - 1))


def test_json_integers_keep_the_digit_limit(tmp_path: Path) -> None:
    ok = '{"a": -' + "9" * 4000 + "}"
    assert read(_json_file(tmp_path, ok)).data["a"] == -int("9" * 4000)
    for digits in (4001, 4400, 10_000):  # under and over Python's own limit (4300)
        text = '{"a": 1,\n "b": [0, ' + "9" * digits + "]}"
        assert _refusal(_json_file(tmp_path, text)) == (
            2,
            None,
            "#/b/1",
            "an integer of more than 4000 digits",
        )
    assert read(_json_file(tmp_path, '{"a": "' + "9" * 5000 + '"}')).data["a"] == "9" * 5000


def test_json_refusals_before_parsing_are_kept(tmp_path: Path) -> None:
    assert _refusal(_json_file(tmp_path, " \n\t\n")) == (
        1,
        None,
        "#",
        "the file is empty; expected an OpenAPI 3.x document",
    )
    assert _refusal(_json_file(tmp_path, "[1, 2]")) == (
        1,
        None,
        "#",
        "the document is a list, not a mapping; expected an OpenAPI 3.x document",
    )
    assert _refusal(_json_file(tmp_path, '{"a":\n "x\x01"}')) == (
        2,
        None,
        "#",
        "a raw control character U+0001 at column 4; write it escaped in a double-quoted string",
    )
    path = tmp_path / "bad.json"
    path.write_bytes(b'{"a": "\xff"}')
    assert _refusal(path) == (
        1,
        None,
        "#",
        "the file is not UTF-8: byte 0xff at column 8 cannot be decoded",
    )


def test_json_lines_and_columns_are_yaml_s(tmp_path: Path) -> None:
    text = (
        '{\n  "openapi": "3.1.0",\r\n  "paths": {\n    "/a~b": {"get": [1,\n      {"x": null}]}\n  },'
        '\n  "s": "x\u2028y", "after": [true]\n}\n'
    )
    document = read(_json_file(tmp_path, text))
    lines, columns = oracle_places(text)
    assert dict(document.lines) == lines and dict(document.columns) == columns
    assert document.place_of("#/paths/~1a~0b/get/1/x")[1:] == (5, 8)
    assert document.place_of("#/after")[1:] == (8, 5)  # U+2028 is a line break to YAML


# -- lines are found only when asked for ------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_lines_are_found_on_first_need_only(
    suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    for name in ("_yaml_places", "_json_places"):
        real = getattr(reader, name)

        def counted(text: str, real: Any = real, name: str = name) -> Any:
            calls.append(name)
            return real(text)

        monkeypatch.setattr(reader, name, counted)
    path = tmp_path / f"d{suffix}"
    path.write_text(
        '{"openapi": "3.1.0",\n "paths": {"/a": {}}}'
        if suffix == ".json"
        else HEAD + "x:\n  y: 1\n"
    )
    document = read(path)
    assert calls == []
    where = "#/paths/~1a" if suffix == ".json" else "#/x/y"
    assert document.line_of(where) == (2 if suffix == ".json" else 5)
    assert document.line_of(where + "/nothing/below") == document.line_of(where)
    assert len(document.lines) == len(document.columns) > 2
    assert calls == [("_json_places" if suffix == ".json" else "_yaml_places")]


def test_the_forbidden_characters_are_exactly_those_outside_yaml_s_printable_set() -> None:
    """`_FORBIDDEN` is written as the printable set's gaps (quick to compile); over every code
    point it finds what the set's own class, as YAML 1.1 words it, finds."""
    import re

    printable = re.compile("[\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
    every = "".join(map(chr, range(0x110000)))
    assert "".join(reader._FORBIDDEN.findall(every)) == printable.sub("", every) != ""
