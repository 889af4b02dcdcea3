"""The generator's shape, checked statically: a folder per stage and per subsystem, each saying what it
is for; no import cycle; data flowing one way through the five stages; subsystems that call the stages
and are never called by them; a docstring on every module; templates that only loop and print."""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

import jinja2
import pytest
from jinja2 import nodes

from codegen_tests.helpers import ROOT

GENERATOR = ROOT / "generator"
TEMPLATES = ROOT / "templates"

# The five stages, one folder each, in pipeline order. A module may import modules of its own stage or
# of an earlier one, never of a later one. `errors` and `naming` are the vocabulary every stage shares
# (stage 0); `pipeline`, `cli`, `launch` and `__main__` are the commands on top, which may import anything.
STAGES: dict[str, int] = {
    "generator.errors": 0,
    "generator.naming": 0,
    "generator.load": 1,
    "generator.models": 2,
    "generator.ir": 3,
    "generator.render": 4,
    "generator.write": 5,
}
TOP = {"generator", "generator.pipeline", "generator.cli", "generator.launch", "generator.__main__"}
# Subsystems beside the stages: each may import any stage (and `pipeline`), no stage imports one, and
# no subsystem imports another.
SUBSYSTEMS = {"generator.release", "generator.drift", "generator.unified"}


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules_of(root: Path) -> dict[str, Path]:
    return {_module_name(p, root): p for p in sorted(root.rglob("*.py"))}


def _imports(name: str, modules: dict[str, Path]) -> set[str]:
    """The generator modules `name` imports, wherever in the file (lazy imports count too)."""
    path = modules[name]
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
                f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in node.names
            ]
        found.update(t for t in targets if t in modules and t != name)
    return found


def graph_of(root: Path) -> dict[str, set[str]]:
    modules = modules_of(root)
    return {name: _imports(name, modules) for name in modules}


MODULES = modules_of(GENERATOR)
GRAPH = graph_of(GENERATOR)


def _room(name: str) -> str | None:
    """The stage, subsystem or top-level command a module belongs to (None: nowhere)."""
    if name in TOP:
        return name
    while name:
        if name in STAGES or name in SUBSYSTEMS:
            return name
        name = name.rpartition(".")[0]
    return None


def wrong_way_imports(graph: dict[str, set[str]]) -> list[str]:
    """Every import that goes against the flow: a stage importing a later stage or a subsystem, a
    subsystem importing another subsystem."""
    found: list[str] = []
    for name, targets in graph.items():
        room = _room(name)
        for target in sorted(targets):
            there = _room(target)
            if room in STAGES and there in SUBSYSTEMS:
                found.append(f"{name} (stage {STAGES[room]}) imports {target} (subsystem {there})")
            elif room in STAGES and there in STAGES and STAGES[there] > STAGES[room]:
                found.append(
                    f"{name} (stage {STAGES[room]}) imports {target} (stage {STAGES[there]})"
                )
            elif room in STAGES and there in TOP:
                found.append(f"{name} (stage {STAGES[room]}) imports {target} (a command)")
            elif room in SUBSYSTEMS and there in SUBSYSTEMS and there != room:
                found.append(f"{name} (subsystem {room}) imports {target} (subsystem {there})")
    return found


def test_every_module_belongs_to_a_stage_or_a_subsystem() -> None:
    """A new module goes into a stage's or a subsystem's folder, or is one of the commands on top."""
    unplaced = [name for name in MODULES if _room(name) is None]
    assert not unplaced, unplaced


def test_every_folder_says_what_it_is_for() -> None:
    folders = [p for p in GENERATOR.rglob("*") if p.is_dir() and p.name != "__pycache__"]
    assert folders
    for folder in folders:
        init = folder / "__init__.py"
        assert init.is_file(), f"{folder.relative_to(ROOT)} has no __init__.py"
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert doc and len(doc) > 60, f"{init.relative_to(ROOT)} does not say what the room is for"


def test_no_source_folder_has_a_name_tools_reserve_for_output() -> None:
    reserved = {"build", "dist", "out", "target"}
    for base in (GENERATOR, TEMPLATES):
        named = [p for p in base.rglob("*") if p.is_dir() and p.name in reserved]
        assert not named, named


def test_the_import_graph_is_read_from_every_module() -> None:
    assert {"generator.pipeline", "generator.load.document", "generator.load.extensions"} <= set(
        GRAPH
    )
    assert "generator.load.document" in GRAPH["generator.load.extensions"]
    assert "generator.ir.package" in GRAPH["generator.pipeline"]


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
    backwards = wrong_way_imports(GRAPH)
    assert not backwards, "\n".join(backwards)


@pytest.mark.parametrize(
    ("module", "planted", "expected"),
    [
        # a stage reaching forward: loading a spec must not need the renderer
        (
            "load/reader.py",
            "from generator.render.package import render_package",
            "generator.load.reader (stage 1) imports generator.render.package (stage 4)",
        ),
        # a lazy import counts as much as one at the top
        (
            "models/registry.py",
            "def _late() -> None:\n    from generator.write import tree",
            "generator.models.registry (stage 2) imports generator.write.tree (stage 5)",
        ),
        # a stage calling a subsystem: release may call the stages, never the other way
        (
            "ir/package.py",
            "from generator.release import records",
            "generator.ir.package (stage 3) imports generator.release.records (subsystem",
        ),
    ],
)
def test_a_planted_import_against_the_flow_is_found(
    tmp_path: Path, module: str, planted: str, expected: str
) -> None:
    """The check reads a copy of the real tree with one wrong import planted in it."""
    copy = tmp_path / "generator"
    shutil.copytree(GENERATOR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert not wrong_way_imports(graph_of(copy))
    target = copy / module
    target.write_text(target.read_text(encoding="utf-8") + "\n" + planted + "\n", encoding="utf-8")
    found = wrong_way_imports(graph_of(copy))
    assert len(found) == 1 and found[0].startswith(expected), found


def test_the_pipeline_calls_every_stage_by_name() -> None:
    source = (GENERATOR / "pipeline.py").read_text(encoding="utf-8")
    for call in (
        "load(",
        "name_schemas(",
        "start_models(",
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
