"""The generator's shape, checked statically: no import cycle, data flowing one way through the five
stages, a docstring on every module, and templates that only loop and print."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import jinja2
import pytest
from jinja2 import nodes

from codegen_tests.helpers import ROOT

GENERATOR = ROOT / "generator"
TEMPLATES = ROOT / "templates"

# Each module's stage. A module may import modules of its own stage or of an earlier one, never a
# later one (the pipeline's five stages, with the shared vocabulary first and the commands last).
STAGES: dict[str, int] = {
    "generator.errors": 0,
    "generator.naming": 0,
    "generator.document": 1,
    "generator.extensions": 1,
    "generator.load": 1,
    "generator.rules": 1,
    "generator.schemas": 2,
    "generator.models": 2,
    "generator.ir": 3,
    "generator.typemap": 3,
    "generator.build": 3,
    "generator.render": 4,
    "generator.reserved": 4,
    "generator.runtime_files": 4,
    # release engineering: the public API of an IR, its diff, and the records generate reads
    "generator.surface": 4,
    "generator.typeorder": 4,
    "generator.apidiff": 4,
    "generator.records": 4,
    "generator.output": 5,
    "generator.pipeline": 6,
    "generator.cli": 7,
    "generator.release": 7,
    "generator.release_cli": 7,
    "generator": 7,
    "generator.__main__": 7,
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(p): p for p in sorted(GENERATOR.rglob("*.py"))}


def _imports(name: str) -> set[str]:
    """The generator modules `name` imports, wherever in the file (lazy imports count too)."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            # `from a import b` imports the module a.b when there is one, else a name of a
            targets = [
                f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in node.names
            ]
        found.update(t for t in targets if t in MODULES and t != name)
    return found


GRAPH = {name: _imports(name) for name in MODULES}


def _stage(name: str) -> int:
    while name not in STAGES:
        name = name.rpartition(".")[0]
    return STAGES[name]


def test_every_module_belongs_to_a_stage() -> None:
    """A new module gets its place in STAGES (a module of a stage's package inherits the stage)."""
    unplaced = [
        name
        for name in MODULES
        if not any(name == s or name.startswith(f"{s}.") for s in STAGES if s != "generator")
        and name != "generator"
    ]
    assert not unplaced, unplaced


def test_the_import_graph_is_read_from_every_module() -> None:
    assert {"generator.pipeline", "generator.document", "generator.extensions"} <= set(GRAPH)
    assert "generator.document" in GRAPH["generator.extensions"]
    assert "generator.build.package" in GRAPH["generator.pipeline"]


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every import cycle, direct (a -> b -> a) or longer (a -> b -> c -> a), each once."""
    cycles: list[list[str]] = []

    def visit(name: str, trail: list[str]) -> None:
        for target in sorted(graph[name]):
            if target == trail[0]:
                cycles.append([*trail, target])
            elif target not in trail and target > trail[0]:  # each cycle from its least module
                visit(target, [*trail, target])

    for start in sorted(graph):
        visit(start, [start])
    return cycles


def test_no_module_imports_one_that_imports_it_back() -> None:
    cycles = find_cycles(GRAPH)
    assert not cycles, "\n".join(" -> ".join(c) for c in cycles)


def test_the_cycle_check_finds_direct_and_longer_cycles() -> None:
    graph = {"a": {"b"}, "b": {"a", "c"}, "c": {"d"}, "d": {"b"}, "e": {"a"}}
    assert find_cycles(graph) == [["a", "b", "a"], ["b", "c", "d", "b"]]
    assert find_cycles({"a": {"b"}, "b": set()}) == []


def test_data_flows_one_way_through_the_stages() -> None:
    backwards = [
        f"{name} (stage {_stage(name)}) imports {target} (stage {_stage(target)})"
        for name, targets in GRAPH.items()
        for target in sorted(targets)
        if _stage(target) > _stage(name)
    ]
    assert not backwards, "\n".join(backwards)


def test_the_pipeline_calls_every_stage_by_name() -> None:
    source = (GENERATOR / "pipeline.py").read_text(encoding="utf-8")
    for call in (
        "load(",
        "name_schemas(",
        "build_models(",
        "build_api(",
        "render_package(",
        "write_tree(",
        "format_tree(",
        "swap_into_place(",
    ):
        assert call in source, call


@pytest.mark.parametrize("name", sorted(MODULES))
def test_every_module_says_what_it_is_for(name: str) -> None:
    doc = ast.get_docstring(ast.parse(MODULES[name].read_text(encoding="utf-8")))
    assert doc and len(doc) > 20, f"{name} has no docstring"


# -- templates ---------------------------------------------------------------------------------------

# Decisions in Jinja: `~`, `|replace`, `==`, `!=` or `in api.` inside a tag means the IR misses a field.
# (The runtime is plain Python under templates/runtime/, not a template: only `.j2` files are read.)
TEMPLATE_FILES = sorted(p.relative_to(TEMPLATES).as_posix() for p in TEMPLATES.rglob("*.j2"))
_TAG = re.compile(r"{{(.*?)}}|{%(.*?)%}", re.S)


def _decisions(source: str) -> list[str]:
    """The forbidden tokens found inside `{{ }}` and `{% %}`, with the tag they are in."""
    found: list[str] = []
    for match in _TAG.finditer(source):
        tag = (match.group(1) or match.group(2) or "").strip("-+ \n")
        squeezed = re.sub(r"\s+", "", tag)
        found += [f"{t!r} in {{{tag}}}" for t in ("~", "|replace", "==", "!=") if t in squeezed]
        # `for x in api.things` iterates; only a membership test such as `"a" in api.x` decides
        body = re.sub(r"^for\s+[\w, ]+\s+in\s+", "", tag)
        if re.search(r"\bin\s+api\.", body):
            found.append(f"'in api.' in {{{tag}}}")
    return found


def _compares(source: str) -> list[str]:
    """The same, read from Jinja's own parse: comparisons, `in` tests, `~` and `replace`."""
    env = jinja2.Environment()
    tree = env.parse(source)
    found = [f"{op.op} comparison" for node in tree.find_all(nodes.Compare) for op in node.ops]
    found += ["~ concatenation" for _ in tree.find_all(nodes.Concat)]
    found += [
        f"|{node.name} filter" for node in tree.find_all(nodes.Filter) if node.name == "replace"
    ]
    return found


@pytest.mark.parametrize("template", TEMPLATE_FILES)
def test_templates_only_loop_and_print(template: str) -> None:
    source = (TEMPLATES / template).read_text(encoding="utf-8")
    found = _decisions(source) + _compares(source)
    assert not found, f"{template}: " + "; ".join(found)


@pytest.mark.parametrize(
    "snippet",
    [
        '{{ "Async" ~ r.class_name }}',
        "{{ op.path | replace('`', \"'\") }}",
        '{% if ret != "Any" %}x{% endif %}',
        '{% if api.auth.scheme == "basic" %}x{% endif %}',
        '{% if "Cursor" in api.paging_styles %}x{% endif %}',
    ],
)
def test_the_template_check_catches_each_kind_of_decision(snippet: str) -> None:
    assert _decisions(snippet) and _compares(snippet)


def test_a_loop_over_the_api_is_not_a_decision() -> None:
    assert not _decisions("{% for r in api.resources %}{{ r.attr }}{% endfor %}")
    assert not _compares("{% for r in api.resources %}{{ r.attr }}{% endfor %}")
