"""The stage's entry: every operation built, grouped into resources, and the package around them
(client class names, environment variables, base URL, metadata, model exports, warnings)."""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.ir import nodes as ir
from generator.ir import reference
from generator.ir.auth import build_auth
from generator.ir.context import Context, lit
from generator.ir.errors import build_error_codes
from generator.ir.examples import Examples
from generator.ir.operations import build_operation
from generator.ir.resources import build_resources, readme_sections, with_webhooks
from generator.ir.tools import build_tool, client_config, example_tool, selectors_example
from generator.ir.typed_dicts import build_typed_dicts, param_names
from generator.ir.typemap import TypeMapper
from generator.ir.unified import build_unified
from generator.ir.webhooks import build_webhooks
from generator.load.check import LoadedSpec
from generator.models.datamodel import ModelIndex, Models
from generator.models.operations import SchemaSet
from generator.naming import Reserved, comment, dist_name, docstring, pascal


def build_api(
    loaded: LoadedSpec,
    schemas: SchemaSet,
    models: Models,
    package_name: str,
    reserved: Reserved,
    env_prefix: str = "",
    examples: Examples | None = None,
) -> ir.Api:
    """The IR of one package (raises SpecError when an operation cannot be generated).
    `examples`: `prepare_examples`'s, the examples it made already remembered."""
    document = loaded.document
    info = document.info
    base = package_name.removesuffix("_client")
    client = loaded.extensions.client
    client_class = pascal(
        (client.class_name if client is not None else None) or base, fallback="Client"
    )
    while client_class in reserved.exports or f"Async{client_class}" in reserved.exports:
        client_class += "Client"  # `NotFoundError` is the exception, never the client
    taken = {*reserved.exports, client_class, f"Async{client_class}"}
    ctx = _context(
        loaded,
        schemas,
        models.index,
        param_names(models.index, taken),
        reserved,
        examples or _examples(loaded, schemas),
    )
    built = [(h.name.resource, build_operation(ctx, h)) for h in schemas.operations]
    error_code_paths, error_codes = build_error_codes(ctx)
    operations = [op for _, op in built]
    param_types = build_typed_dicts(ctx)
    env_prefix = env_prefix or default_env_prefix(base)
    # webhooks: the events, verified and typed, on `client.webhooks`
    webhooks, webhook_problems = build_webhooks(
        ctx, schemas.webhooks, f"{env_prefix}_WEBHOOK_SECRET"
    )
    pages = {op.paging.page_class: op.paging for op in operations if op.paging}
    tools = tuple(
        build_tool(ctx, hoisted, op)
        for hoisted, (_, op) in zip(schemas.operations, built, strict=True)
    )
    auth = build_auth(document, env_prefix, reserved.credentials)
    resources = with_webhooks(build_resources(built), webhooks)
    model_exports = tuple(
        name
        for name in models.index.classes
        if name not in reserved.exports and name not in (client_class, f"Async{client_class}")
    )
    verifier = next((r for top in resources for r in top.walk() if r.webhooks is not None), None)
    license_info: dict[str, Any] = info["license"] if isinstance(info.get("license"), dict) else {}
    title = info.get("title") or client_class
    return ir.Api(
        spec_file=document.name,
        title=comment(title),
        title_doc=docstring(title),
        description_doc=docstring(info.get("description") or ""),
        version=spec_version(info.get("version")),
        package_name=package_name,
        package_name_lit=lit(package_name),
        dist_name=dist_name(package_name),
        client_class=client_class,
        async_client_class=f"Async{client_class}",
        env_prefix=env_prefix,
        default_base_url_lit=_default_base_url(loaded),
        servers=tuple(
            ir.Server(s["url"], comment(s.get("description"))) for _, s in document.servers
        ),
        auth=auth,
        resources=resources,
        readme_sections=readme_sections(resources, _tag_docs(document.data.get("tags"))),
        server_choices_md=_server_choices(document.servers),
        models_source=models.source,
        model_exports=model_exports,
        paging_styles=tuple(page.removesuffix("Page") for page in sorted(pages)),
        license_name=comment(license_info.get("name") or "MIT"),
        summary_toml=json.dumps(
            ensure_ascii=False,
            obj=comment(info.get("summary") or f"Typed Python client for {title}")[:200],
        ),
        license_toml=json.dumps(_spdx(license_info)),
        warnings=(*loaded.warnings, *schemas.webhooks.problems, *webhook_problems),
        env=ir.Environment(
            f"{env_prefix}_API_KEY",
            f"{env_prefix}_BASE_URL",
            f"{env_prefix}_LOG",
            f"{env_prefix}_WEBHOOK_SECRET",
            f"{env_prefix}_DRIFT_LOG",
        ),
        raw_client_class=f"{client_class}WithRawResponse",
        async_raw_client_class=f"Async{client_class}WithRawResponse",
        streaming_client_class=f"{client_class}WithStreamingResponse",
        async_streaming_client_class=f"Async{client_class}WithStreamingResponse",
        error_code_paths_lit=error_code_paths,
        error_codes=error_codes,
        param_types=param_types,
        page_classes=tuple(
            name
            for page in sorted(pages)
            for name in (pages[page].async_class, pages[page].sync_class)
        ),
        webhooks=webhooks,
        tools=tools,
        mcp_config_json=client_config(
            package_name.replace("_", "-"),
            package_name,
            {
                **{c.env: "..." for c in auth.credentials},
                f"{env_prefix}_BASE_URL": "https://your-host.example.com",
            },
        ),
        mcp_example_tool=example_tool(tools),
        mcp_selectors_md=selectors_example(tools),
        unified=build_unified(
            loaded.extensions.unified, tuple(operations), Path(document.name).stem
        ),
        webhook_verifier_module=f"resources.{verifier.module}" if verifier is not None else "",
        api_version=comment(str(info.get("version") or "")),
        reference_models=_reference_models(models, set(model_exports)),
    )


def prepare_examples(
    loaded: LoadedSpec, schemas: SchemaSet, reserved: Reserved, enough: Callable[[], bool]
) -> Examples:
    """The operations' README examples, made before the models are there: an operation's examples
    do not depend on its models (`Examples.pick` reads the schemas alone), so each operation is
    built against none, for its examples alone, until `enough()` (the models have come) or every
    one is; `build_api` given these then finds them made. What the builders do without models
    that they would not do with them is of no matter here: what they ask `pick` is answered the
    same either way, and nothing else of this build is kept."""
    examples = _examples(loaded, schemas)
    ctx = _context(loaded, schemas, ModelIndex(), {}, reserved, examples)
    for hoisted in schemas.operations:
        if enough():
            break
        with contextlib.suppress(Exception):  # refused or not, the build with models says so
            build_operation(ctx, hoisted)
    return examples


def _context(
    loaded: LoadedSpec,
    schemas: SchemaSet,
    index: ModelIndex,
    params: dict[str, str],
    reserved: Reserved,
    examples: Examples,
) -> Context:
    return Context(
        loaded.document,
        loaded.extensions,
        schemas.registry,
        index,
        TypeMapper(schemas.registry, index, params),
        reserved,
        examples,
    )


def _examples(loaded: LoadedSpec, schemas: SchemaSet) -> Examples:
    return Examples(schemas.registry, loaded.document.openapi.startswith("3.0"))


def _reference_models(models: Models, exported: set[str]) -> tuple[ir.ReferenceModel, ...]:
    """The API reference's model tables: read out of the models module's tree where it was parsed
    (`reference.ANALYSED` of `Models.analysed`), else here."""
    tables = models.analysed(reference.ANALYSED) if models.analysed is not None else None
    if tables is None:
        return reference.models(models.source, exported)
    return reference.models_of_tables(tables, exported)


def _default_base_url(loaded: LoadedSpec) -> str | None:
    """The first server's URL with its variables' defaults, unless it is a placeholder."""
    servers = loaded.document.servers
    if not servers or servers[0][0] in loaded.extensions.placeholder_servers:
        return None
    server = servers[0][1]
    url = str(server["url"])
    for var, spec in (server.get("variables") or {}).items():
        url = url.replace("{" + var + "}", str((spec or {}).get("default", "")))
    return lit(url.rstrip("/")) if re.match(r"^https?://", url) else None


def _spdx(license_info: dict[str, Any]) -> str:
    """A license expression for the package metadata: the spec's SPDX identifier, else MIT."""
    ident = license_info.get("identifier")
    if isinstance(ident, str) and re.fullmatch(
        r"[A-Za-z0-9.+-]+( (AND|OR|WITH) [A-Za-z0-9.+-]+)*", ident
    ):
        return ident
    name = license_info.get("name")
    if isinstance(name, str) and re.fullmatch(
        r"(MIT|Apache-2\.0|BSD-3-Clause|BSD-2-Clause|MPL-2\.0|ISC)", name
    ):
        return name
    return "MIT"


def spec_version(value: Any) -> str:
    """A PEP 440 version from `info.version` (`1.0` stays, `v2-beta` becomes `2`, nonsense `0.0.0`)."""
    text = str(value or "").strip().lstrip("vV")
    match = re.match(r"\d+(\.\d+)*", text)
    return match.group(0) if match else "0.0.0"


def _tag_docs(tags: Any) -> dict[str, str]:
    """The spec's tag descriptions by tag name (tags without one are left out)."""
    if not isinstance(tags, list):
        return {}
    return {
        str(t["name"]): str(t["description"])
        for t in tags
        if isinstance(t, dict) and t.get("name") and isinstance(t.get("description"), str)
    }


def _server_choices(servers: list[tuple[int, dict[str, Any]]]) -> tuple[str, ...]:
    """The servers a user may pick from, when the spec lists more than one: `url`: description."""
    if len(servers) < 2:
        return ()
    return tuple(
        f"`{s['url']}`" + (f": {comment(s.get('description'))}" if s.get("description") else "")
        for _, s in servers
    )


def default_env_prefix(base: str) -> str:
    """`CHANNEL` for `channel_api`: the package's base name in capitals, a trailing `API` dropped, so
    that its key is `CHANNEL_API_KEY`, not `CHANNEL_API_API_KEY`."""
    prefix = re.sub(r"[^A-Z0-9]+", "_", base.upper()).strip("_")
    trimmed = prefix.removesuffix("_API")
    return trimmed or prefix or "API"
