"""The shared runtime, copied into each package: plain Python modules plus one rendered `_constants.py`.

`templates/runtime/` holds ordinary modules that ruff, mypy and the unit tests use as they are. Every
package gets them unchanged; only `_constants.py` (the package name, its logger and its environment
variables, the webhook secret's among them) is rendered per package, from `_constants.py.j2`. The folder's `__init__.py` and its
development `_constants.py` exist so that the sources import on their own, and are never copied.

What a package exports from the runtime is read from the modules' `__all__` (with `ast`, so nothing
is imported): the runtime's own source is the one list of its public names.
"""

from __future__ import annotations

import ast
import json
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

import jinja2

CONSTANTS_TEMPLATE = "_constants.py.j2"
DEVELOPMENT_ONLY = frozenset({"__init__.py", "_constants.py"})


@dataclass(frozen=True, slots=True)
class RuntimeConstants:
    """The only values of the runtime that differ from one package to the next."""

    package_name: str
    logger_name: str
    env_prefix: str
    log_env: str
    api_key_env: str
    base_url_env: str
    webhook_secret_env: str
    drift_log_env: str

    @classmethod
    def for_package(cls, package_name: str, env_prefix: str) -> RuntimeConstants:
        """The constants of a package: its logger is named after it, its variables after the prefix."""
        return cls(
            package_name=package_name,
            logger_name=package_name,
            env_prefix=env_prefix,
            log_env=f"{env_prefix}_LOG",
            api_key_env=f"{env_prefix}_API_KEY",
            base_url_env=f"{env_prefix}_BASE_URL",
            webhook_secret_env=f"{env_prefix}_WEBHOOK_SECRET",
            drift_log_env=f"{env_prefix}_DRIFT_LOG",
        )


# The constants of the development package `templates/runtime` itself (its `_constants.py`).
DEVELOPMENT_CONSTANTS = RuntimeConstants.for_package("runtime", "RUNTIME")


def runtime_dir() -> Path:
    """`templates/runtime` of a checkout, or `_templates/runtime` inside an installed generator."""
    here = Path(__file__).resolve().parent
    for candidate in (
        here.parent.parent / "templates" / "runtime",
        here.parent / "_templates" / "runtime",
    ):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("templates/runtime not found beside the generator")


@cache
def _sources() -> dict[str, str]:
    """The shared modules by file name, read once per process."""
    return {
        path.name: path.read_text(encoding="utf-8")
        for path in sorted(runtime_dir().glob("*.py"))
        if path.name not in DEVELOPMENT_ONLY
    }


@cache
def _constants_template() -> jinja2.Template:
    text = (runtime_dir() / CONSTANTS_TEMPLATE).read_text(encoding="utf-8")
    env = jinja2.Environment(
        undefined=jinja2.StrictUndefined, keep_trailing_newline=True, autoescape=False
    )
    return env.from_string(text)


def render_constants(constants: RuntimeConstants) -> str:
    """`_constants.py` for one package; every value printed as a (double-quoted) Python literal."""
    literals = {name: json.dumps(value) for name, value in asdict(constants).items()}
    return _constants_template().render(**literals)


def runtime_files(constants: RuntimeConstants) -> dict[str, str]:
    """Every runtime module of one package, keyed by its file name inside the package folder."""
    files = dict(_sources())
    files["_constants.py"] = render_constants(constants)
    return dict(sorted(files.items()))


def is_verbatim(name: str, text: str) -> bool:
    """Is `text` the runtime module `name` as copied, unchanged? Such a file is already as ruff
    leaves it in a package (templates/runtime/ruff.toml holds it to the packages' settings, and a
    test runs the packages' ruff pass over it), so the write stage need not format it again."""
    return _sources().get(name) == text


@cache
def runtime_exports_by_module() -> dict[str, tuple[str, ...]]:
    """The public names of each runtime module (its `__all__`), by module name, modules in file order."""
    exports: dict[str, tuple[str, ...]] = {}
    for name, source in _sources().items():
        names = _dunder_all(ast.parse(source, filename=name))
        if names:
            exports[name.removesuffix(".py")] = names
    return exports


def runtime_exports() -> tuple[str, ...]:
    """Every public name of the runtime: what a package re-exports from it at its top level."""
    return tuple(name for names in runtime_exports_by_module().values() for name in names)


def _dunder_all(tree: ast.Module) -> tuple[str, ...]:
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "__all__" for target in node.targets
        ):
            value = ast.literal_eval(node.value)
            if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
                raise ValueError("a runtime module's __all__ must be a literal list of names")
            return tuple(value)
    return ()
