"""The runtime is plain Python: copied unchanged into every package, with one rendered `_constants.py`.

Also the contract with the package templates (the names they import, and where from), the public names
read from `__all__`, and the lazy import (`import <package>` loads neither pydantic nor the models).
"""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from generator.render.runtime_files import (
    DEVELOPMENT_CONSTANTS,
    RuntimeConstants,
    render_constants,
    runtime_dir,
    runtime_exports,
    runtime_exports_by_module,
    runtime_files,
)

from .conftest import TEMPLATES

ROOT = TEMPLATES.parent
RUNTIME = TEMPLATES / "runtime"
PACKAGES = sorted(p for p in (ROOT / "generated").glob("*/src/*") if (p / "_constants.py").exists())
MODULES = sorted(p.stem for p in RUNTIME.glob("_*.py") if p.name != "__init__.py")

# What the package templates (templates/package) import from the runtime, and from which module.
TEMPLATE_IMPORTS = {
    "_base_client": (
        "DEFAULT_MAX_RETRIES",
        "NOT_GIVEN",
        "APIResponse",
        "AsyncAPIClient",
        "FileTypes",
        "Headers",
        "LazyModule",
        "NotGiven",
        "Operation",
        "Param",
        "Query",
        "SyncAPIClient",
        "async_to_raw_response_wrapper",
        "to_raw_response_wrapper",
    ),
    "_pagination": (
        "AsyncPaginator",
        "Paging",
        "PaginationError",
        "AsyncCursorPage",
        "SyncCursorPage",
        "AsyncOffsetPage",
        "SyncOffsetPage",
    ),
    "_errors": tuple(runtime_exports_by_module()["_errors"]),
    # webhooks: the resource template's table and methods, and the package's exported errors
    "_webhooks": (
        "SignatureScheme",
        "WebhookEvent",
        "WebhookHeaders",
        "Webhooks",
        *runtime_exports_by_module()["_webhooks"],
    ),
}


def test_the_development_constants_are_the_template_rendered_for_the_development_package() -> None:
    assert (RUNTIME / "_constants.py").read_text() == render_constants(DEVELOPMENT_CONSTANTS)


def test_only_the_constants_differ_between_packages() -> None:
    wacrm = runtime_files(RuntimeConstants.for_package("one_client", "ONE"))
    other = runtime_files(RuntimeConstants.for_package("two_client", "TWO"))
    assert sorted(wacrm) == sorted(f"{m}.py" for m in MODULES)
    assert [name for name in wacrm if wacrm[name] != other[name]] == ["_constants.py"]
    assert 'LOG_ENV = "ONE_LOG"' in wacrm["_constants.py"]
    assert 'LOGGER_NAME = "one_client"' in wacrm["_constants.py"]


def test_no_module_but_the_constants_is_a_template() -> None:
    for name, text in runtime_files(DEVELOPMENT_CONSTANTS).items():
        assert "{{" not in text and "{%" not in text, name
    templates = sorted(p.name for p in runtime_dir().iterdir() if p.suffix == ".j2")
    assert templates == ["_constants.py.j2"]


@pytest.mark.parametrize("package", PACKAGES, ids=lambda p: p.name)
def test_every_generated_package_carries_the_runtime_byte_for_byte(package: Path) -> None:
    name = package.name
    env_prefix = ast.literal_eval(_assignment(package / "_constants.py", "ENV_PREFIX"))
    expected = runtime_files(RuntimeConstants.for_package(name, env_prefix))
    for module, text in expected.items():
        assert (package / module).read_text() == text, (
            f"{name}/{module} differs from templates/runtime"
        )


def _assignment(path: Path, target: str) -> str:
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == target for t in node.targets
        ):
            return ast.unparse(node.value)
    raise LookupError(target)


def test_the_public_names_are_the_modules_dunder_all() -> None:
    for module, names in runtime_exports_by_module().items():
        assert tuple(importlib.import_module(f"runtime.{module}").__all__) == names
    assert len(set(runtime_exports())) == len(runtime_exports())
    exported = set(runtime_exports())
    assert {"NOT_GIVEN", "NotGiven", "APIResponse", "APIError", "NotFoundError"} <= exported
    assert {"AsyncPaginator", "SyncCursorPage", "AsyncCursorPage", "SyncOffsetPage"} <= exported


def test_every_public_name_exists() -> None:
    for module, names in runtime_exports_by_module().items():
        loaded = importlib.import_module(f"runtime.{module}")
        for name in names:
            assert hasattr(loaded, name), f"{module}.{name}"


@pytest.mark.parametrize("module", sorted(TEMPLATE_IMPORTS))
def test_the_names_the_package_templates_import_are_where_they_look(module: str) -> None:
    loaded = importlib.import_module(f"runtime.{module}")
    missing = [name for name in TEMPLATE_IMPORTS[module] if not hasattr(loaded, name)]
    assert not missing


def test_every_runtime_module_says_what_it_is_for() -> None:
    for module in MODULES:
        tree = ast.parse((RUNTIME / f"{module}.py").read_text())
        doc = ast.get_docstring(tree)
        assert doc and len(doc) > 40, f"{module} has no module docstring"


def test_importing_the_whole_runtime_loads_neither_pydantic_nor_asyncio() -> None:
    """What it imports beyond httpx2: never pydantic (the first call loads it), asyncio or uuid.

    `_modelbase`, the models' base class, is left out: it is imported with the models, on first use.
    """
    imports = "; ".join(f"import runtime.{m}" for m in MODULES if m != "_modelbase")
    before = "import sys, httpx2; before = set(sys.modules)"
    check = "print(sorted({'pydantic', 'asyncio', 'uuid'} & (set(sys.modules) - before)))"
    done = subprocess.run(
        [sys.executable, "-c", f"{before}; {imports}; {check}"],
        capture_output=True,
        text=True,
        cwd=TEMPLATES,
        check=True,
    )
    assert done.stdout.strip() == "[]"


def test_the_runtime_modules_form_no_import_cycle() -> None:
    graph = {m: _runtime_imports(RUNTIME / f"{m}.py") for m in MODULES}
    order: list[str] = []
    visiting: set[str] = set()

    def visit(module: str, path: tuple[str, ...]) -> None:
        assert module not in visiting, " -> ".join((*path, module))
        if module in order:
            return
        visiting.add(module)
        for dependency in graph[module]:
            visit(dependency, (*path, module))
        visiting.discard(module)
        order.append(module)

    for module in MODULES:
        visit(module, ())
    assert order.index("_constants") < order.index("_logs") < order.index("_base_client")


def _runtime_imports(path: Path) -> set[str]:
    """The sibling modules a runtime module imports, at run time or for type checking alike."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            found.add(node.module)
    return found


@pytest.mark.parametrize("package", PACKAGES, ids=lambda p: p.name)
def test_importing_a_generated_package_loads_neither_pydantic_nor_its_models(package: Path) -> None:
    check = f"import sys, {package.name}; print(sorted(m for m in sys.modules if m.startswith('pydantic') or m.endswith('.models')))"
    done = subprocess.run(
        [sys.executable, "-c", check],
        capture_output=True,
        text=True,
        cwd=package.parent,
        check=True,
    )
    assert done.stdout.strip() == "[]"


def test_the_runtime_as_copied_is_what_a_package_s_ruff_pass_leaves_it(tmp_path: Path) -> None:
    """The write stage does not give ruff the runtime modules copied unchanged (`is_verbatim`):
    that holds only while the packages' own ruff pass (their pyproject's rules, `ruff check --fix`
    then `ruff format`) would leave each of them byte for byte as it is."""
    from generator.render.runtime_files import is_verbatim
    from generator.write.tree import format_tree

    package = tmp_path / "package"
    source = package / "src" / "some_client"
    source.mkdir(parents=True)
    golden = ROOT / "tests" / "golden" / "keyed" / "pyproject.toml"
    (package / "pyproject.toml").write_text(golden.read_text(encoding="utf-8"), encoding="utf-8")
    copied = {
        name: text
        for name, text in runtime_files(DEVELOPMENT_CONSTANTS).items()
        if is_verbatim(name, text)
    }
    assert "_base_client.py" in copied and "_constants.py" not in copied
    for name, text in copied.items():
        (source / name).write_text(text, encoding="utf-8", newline="\n")
    format_tree([package])
    changed = [n for n, t in copied.items() if (source / n).read_text(encoding="utf-8") != t]
    assert changed == []
