"""The `convapi` package: the common model through stages 1 and 2, each provider's checked mapping (from
its IR), rendered with `templates/unified/` beside the inbox runtime (`templates/unified/runtime/`).

Every decision is made here, in Python: the providers' data (`_providers.py`), the typed keyword
arguments of `Inbox`, the extras and their pins, and the README's mapping tables; the templates loop and
print.
"""

from __future__ import annotations

import ast
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.errors import Problem, SpecError
from generator.ir import nodes as ir
from generator.load.check import load
from generator.load.unified import CONVERSATION_FIELDS, EVENT_FIELDS, MESSAGE_FIELDS
from generator.models.datamodel import build_models
from generator.models.operations import name_schemas
from generator.naming import snake
from generator.render.package import environment, templates_dir

PACKAGE = "convapi"
DIST = "convapi"
MODEL_SPEC = Path("specs") / "unified" / "model.yaml"
# before any release record, and the first record's: a pre-1.0 API, since the common model and the
# mapping vocabulary are new and may still change (see releases/convapi/CHANGELOG.md)
FIRST_VERSION = "0.1.0"
# runtime sources that are development copies: the generator writes each package's own
_DEVELOPMENT_ONLY = ("__init__.py", "_providers.py", "models.py")


@dataclass(frozen=True)
class Provider:
    """One provider as the package's templates print it (every value decided here)."""

    name: str  # the spec's name, the keyword argument of Inbox
    module: str
    client: str
    async_client: str
    dist: str
    version: str
    data_lit: str  # its entry of PROVIDERS, as a Python literal
    table: tuple[tuple[str, str, str], ...]  # README rows: unified, provider, how


@dataclass(frozen=True)
class Inbox:
    version: str
    providers: tuple[Provider, ...]
    pydantic_pin: str
    models_source: str
    example_provider: str


def _model(root: Path) -> str:
    """The common model's pydantic source, checked to hold every field the mappings may target."""
    spec = root / MODEL_SPEC
    loaded = load(spec)
    schemas = name_schemas(loaded.document, loaded.extensions)
    models = build_models(schemas, loaded.document)
    wanted = {
        "Conversation": [f for f in CONVERSATION_FIELDS if "." not in f] + ["contact", "status"],
        "Contact": ["id", "name", "phone", "email"],
        "Message": [f for f in MESSAGE_FIELDS if f != "conversation_id"] + ["conversation_ref"],
        "Event": [f for f in EVENT_FIELDS if "." not in f and f not in ("id", "conversation_id")]
        + ["ref", "message", "contact", "conversation_ref"],
    }
    missing = [
        Problem(
            loaded.document.name,
            f"#/components/schemas/{cls}",
            f"the inbox maps onto {cls}.{attr}, which the common model does not define",
        )
        for cls, attrs in wanted.items()
        for attr in attrs
        if models.index.attr(cls, attr) is None
    ]
    if missing:
        raise SpecError(missing)
    return models.source


def _release(root: Path, name: str) -> dict[str, Any] | None:
    path = root / "releases" / name / "release.json"
    if not path.is_file():
        return None
    found: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return found


def _provider(api: ir.Api, root: Path) -> Provider:
    unified = api.unified
    assert unified is not None
    record = _release(root, unified.name)
    version = str(record["version"]) if record else api.version
    env = [c.env for c in api.auth.credentials[:1]] if api.auth.required else []
    if api.default_base_url_lit is None:
        env.append(api.env.base_url)
    headers: list[str] = []
    events: dict[str, str] = {}
    if api.webhooks is not None:
        headers = sorted({ast.literal_eval(s.header_lit) for s in api.webhooks.schemes})
        events = {e.annotation.rpartition(".")[2]: e.name for e in api.webhooks.events}
    data = {
        "module": api.package_name,
        "client": api.client_class,
        "async_client": api.async_client_class,
        "env": env,
        "webhook_secret_env": api.webhooks.secret_env if api.webhooks else None,
        "signature_headers": headers,
        "event_names": events,
        "mapping": unified.data,
    }
    return Provider(
        name=unified.name,
        module=api.package_name,
        client=api.client_class,
        async_client=api.async_client_class,
        dist=api.dist_name,
        version=version,
        data_lit=repr(data),
        table=_table(unified.data, api),
    )


def _paths(alternatives: list[list[list[str]]]) -> str:
    shown = [" + ".join(".".join(p) for p in alternative) for alternative in alternatives]
    return ", else ".join(f"`{s}`" for s in shown)


def _conditions(conditions: list[dict[str, Any]]) -> str:
    said = []
    for c in conditions:
        path = ".".join(c["path"])
        if c["kind"] == "set":
            said.append(f"`{path}` is set")
        elif c["kind"] == "unset":
            said.append(f"`{path}` is not set")
        elif c["kind"] == "equals":
            said.append(f"`{path}` is `{json.dumps(c['value'])}`")
        elif c["kind"] == "above":
            said.append(f"`{path}` > {c['value']}")
        else:
            said.append(f"`{path}` is later than `{'.'.join(c['other'])}` (or it is not set)")
    return " and ".join(said) or "otherwise"


def _value_map(spec: dict[str, Any]) -> str:
    said = [f"{rule['value']} when {_conditions(rule['when'])}" for rule in spec["rules"]]
    if spec["path"] is not None:
        pairs = ", ".join(f"`{k}` -> {v}" for k, v in spec["map"].items())
        said.append(f"`{'.'.join(spec['path'])}`: {pairs}; any other value -> other (raw kept)")
    return "; ".join(said)


def _noted(how: str, operation: dict[str, Any]) -> str:
    """A row's "how", with the operation's `note` from the spec after it."""
    note = operation.get("note")
    return f"{how}; **note**: {note}" if note else how


def _table(data: dict[str, Any], api: ir.Api) -> tuple[tuple[str, str, str], ...]:
    """The README's rows for one provider: what maps, what is approximated, what the client filters."""
    rows: list[tuple[str, str, str]] = []
    conv, msgs = data["conversations"], data["messages"]
    order = conv["list"]["order"]
    order_how = (
        "by last activity, as the merge needs"
        if order == "last-activity"
        else f"approximated: the provider lists by {'creation' if order == 'created' else 'an undocumented order'}"
    )
    rows.append(
        ("conversations.list", f"`{conv['list']['call']}`", _noted(order_how, conv["list"]))
    )
    status_filter = conv["list"]["filters"].get("status")
    server = status_filter["values"] if status_filter else {}
    where = ", ".join(
        f"{v}: server (`{status_filter['arg']}={server[v]}`)" if v in server else f"{v}: client"
        for v in ("open", "pending", "closed", "other")
    )
    rows.append(("status filter", "", where))
    retrieve = conv["retrieve"]
    rows.append(
        (
            "conversations.retrieve",
            f"`{retrieve['call']}`" if retrieve else "",
            _noted("maps", retrieve) if retrieve else "unsupported (UnsupportedOperationError)",
        )
    )
    for target in CONVERSATION_FIELDS:
        spec = conv["fields"].get(target)
        rows.append(
            (f"conversation.{target}", _paths(spec) if spec else "", "maps" if spec else "None")
        )
    rows.append(("conversation.status", "", _value_map(conv["status"])))
    needs = conv["needs_reply"]
    rows.append(
        (
            "conversation.needs_reply",
            "",
            f"derived: true when {_conditions(needs)}" if needs is not None else "None",
        )
    )
    listing = msgs["list"]
    rows.append(
        (
            "messages.list",
            f"`{listing['call']}`" if listing else "",
            _noted("maps", listing) if listing else "unsupported (UnsupportedOperationError)",
        )
    )
    for target in MESSAGE_FIELDS:
        spec = msgs["fields"].get(target)
        rows.append((f"message.{target}", _paths(spec) if spec else "", "maps" if spec else "None"))
    rows.append(("message.direction", "", _value_map(msgs["direction"])))
    send = msgs["send"]
    if send is None:
        rows.append(("messages.send", "", "unsupported (UnsupportedOperationError)"))
    else:
        args = ", ".join(
            f"`{a['arg']}` = {a['source']}" if "source" in a else f"`{a['arg']}` = `{a['const']!r}`"
            for a in send["arguments"]
        )
        safety = (
            "a retry reuses the idempotency key"
            if send["idempotency_key"]
            else "never re-sent once it may have arrived"
        )
        rows.append(("messages.send", f"`{send['call']}`", _noted(f"{args}; {safety}", send)))
    if not data["events"]:
        rows.append(("webhooks", "", "none: the provider sends no webhooks"))
    for name, event in data["events"].items():
        rows.append((f"event {event['type']}", f"`{name}`", "maps"))
    if api.webhooks is not None:
        unmapped = [e.name for e in api.webhooks.events if e.name not in data["events"]]
        if unmapped:
            rows.append(
                ("event other", ", ".join(f"`{n}`" for n in unmapped), "generic event, raw kept")
            )
    return tuple(rows)


def build_inbox(apis: list[ir.Api], root: Path) -> dict[str, str]:
    """Every file of `generated/convapi/` from the providers whose IR carries `x-unified`."""
    mapped = sorted((a for a in apis if a.unified is not None), key=lambda a: a.unified.name)  # type: ignore[union-attr]
    providers = tuple(_provider(api, root) for api in mapped)
    for p in providers:
        if not p.name.isidentifier() or snake(p.name) != p.name:
            raise SpecError(
                [
                    Problem(
                        f"{p.name}.yaml",
                        "#/x-unified",
                        "the spec's file name must be a Python identifier",
                    )
                ]
            )
    record = _release(root, PACKAGE)
    inbox = Inbox(
        version=str(record["version"]) if record else FIRST_VERSION,
        providers=providers,
        pydantic_pin="pydantic>=2.7,<3",
        models_source=_model(root),
        example_provider=providers[0].name if providers else "",
    )
    env = environment()
    src = f"src/{PACKAGE}"
    changelog = root / "releases" / PACKAGE / "CHANGELOG.md"
    files = {
        "pyproject.toml": env.get_template("unified/package/pyproject.toml.j2").render(inbox=inbox),
        "README.md": env.get_template("unified/package/README.md.j2").render(inbox=inbox),
        f"{src}/py.typed": "",
        f"{src}/models.py": inbox.models_source,
    }
    if changelog.is_file():
        files["CHANGELOG.md"] = changelog.read_text(encoding="utf-8")
    for name in ("__init__.py", "_client.py", "_providers.py", "_version.py"):
        files[f"{src}/{name}"] = env.get_template(f"unified/package/{name}.j2").render(inbox=inbox)
    runtime = templates_dir() / "unified" / "runtime"
    for path in sorted(runtime.glob("*.py")):
        if path.name not in _DEVELOPMENT_ONLY:
            files[f"{src}/{path.name}"] = path.read_text(encoding="utf-8")
    return files
