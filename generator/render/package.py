"""Stage 4, render: the IR -> the files of a package (unformatted), as {relative path: text}.

Jinja2 with StrictUndefined: a template that names something the IR lacks fails loudly. Values are
printed as they come from the IR (names, literals and docstrings already made safe there); no value is
ever rendered as a template itself, so `{{ }}` or `{% %}` inside spec text stays text.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import jinja2

from generator.ir import nodes as ir
from generator.render.runtime_files import RuntimeConstants, runtime_files


def templates_dir() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here.parent.parent / "templates", here.parent / "_templates"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("templates folder not found beside the generator")


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
        trim_blocks=False,
        lstrip_blocks=False,
    )
    env.filters["pyrepr"] = repr
    return env


PACKAGE = ("_client.py", "__init__.py", "_version.py", "params.py", "mcp.py")


def render_package(api: ir.Api) -> dict[str, str]:
    """Every file of the package, keyed by its path relative to the package root."""
    env = environment()
    src = f"src/{api.package_name}"
    files: dict[str, str] = {
        "pyproject.toml": env.get_template("package/pyproject.toml.j2").render(api=api),
        "README.md": env.get_template("package/README.md.j2").render(api=api),
        f"{src}/py.typed": "",
        f"{src}/models.py": api.models_source,
        f"{src}/resources/__init__.py": env.get_template("package/resources/__init__.py.j2").render(
            api=api
        ),
    }
    constants = RuntimeConstants.for_package(api.package_name, api.env_prefix)
    for name, text in runtime_files(constants).items():
        files[f"{src}/{name}"] = text
    for name in PACKAGE:
        files[f"{src}/{name}"] = env.get_template(f"package/{name}.j2").render(api=api)
    resource_template = env.get_template("package/resources/resource.py.j2")
    package_template = env.get_template("package/resources/package.py.j2")
    for top in api.resources:
        for resource in top.walk():
            files[f"{src}/{resource.module_file}"] = resource_template.render(
                api=api, resource=resource
            )
            if resource.package_file is not None:
                files[f"{src}/{resource.package_file}"] = package_template.render(
                    api=api, resource=resource
                )
    return files
