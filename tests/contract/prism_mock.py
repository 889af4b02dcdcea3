"""Prism mock servers, the specs' operations and a request auditor, shared by the contract tests.

Loaded as a pytest plugin (see ``conftest.py`` here and in ``tests/packaging``) so that its
session fixtures are global: each spec gets one static and (on demand) one dynamic Prism server
per test session, started in parallel and stopped by killing their process groups.

Prism validates requests and answers an ``sl-violations`` header when one breaks the spec. It
cannot check two kinds of query parameter (found by reading prism-http 5.16.0), so the auditor
checks those itself, with jsonschema:

* parameters described with ``content`` (a JSON-encoded value) instead of ``schema``: http-spec's
  ``translateParameterObjectSchema`` only reads ``schema``, and prism-http's validator builds its
  query schema from ``param.schema`` alone, so these are never validated (ChatbotX ``status``,
  ``tags``, ``contactFilter``, ``sort``);
* parameters whose name ``encodeURI`` changes (``filter[status]``): prism-cli's
  ``createQueryUriTemplate`` (``dist/util/paths.js``) rewrites ``spec.name = encodeURI(spec.name)``
  in place while printing the routes at startup, so the spec says ``filter%5Bstatus%5D`` and never
  matches the decoded query key (every DataCrazy ``filter[...]`` parameter).

The auditor also fails a request that carries a query parameter or a body property the spec does
not declare (Prism ignores both).
"""

from __future__ import annotations

import copy
import datetime as dt
import importlib
import json
import os
import re
import signal
import socket
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl, quote

import httpx2
import pytest
import yaml
from jsonschema import Draft202012Validator, FormatChecker

ROOT = Path(__file__).resolve().parents[2]
SPECS_DIR = ROOT / "specs"
PRISM = ROOT / "node_modules" / ".bin" / "prism"
# Every spec is contract-tested; a new one fails the coverage test until contract_calls has its calls.
SPEC_NAMES = tuple(sorted(p.stem for p in SPECS_DIR.glob("*.yaml")))
START_TIMEOUT = 90.0  # seconds for a Prism server to answer; generous for a busy 2-core machine
API_KEYS: dict[str, str] = {
    "wacrm": "wacrm_live_Zx9Qk2LmN4pR7sT1vW3yB5dF8hJ0gK6cE2aM4nP7qS9",
    "chatbotx": "cbx_ws_77_4f0c9a1e7d2b",
    "datacrazy": "dc_9f2e7a41c3b8d6e0",
}
# The typed error raised for each status; any other status >= 500 is InternalServerError.
ERROR_CLASSES = {
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    409: "ConflictError",
    422: "UnprocessableEntityError",
    429: "RateLimitError",
}
# Statuses driven through a `default` response (DataCrazy documents no error statuses beyond
# 400 and 429): one per typed error, two 5xx, and one status with no class of its own.
DEFAULT_ERROR_PROBES = (401, 403, 404, 409, 422, 500, 502, 503, 418)


def api_key(name: str) -> str:
    """A key in the provider's format (Prism only checks that a bearer token is sent)."""
    return API_KEYS.get(name, f"{name}_test_key")


def error_class_name(status: int) -> str:
    if status in ERROR_CLASSES:
        return ERROR_CLASSES[status]
    return "InternalServerError" if status >= 500 else "APIStatusError"


# --------------------------------------------------------------------------------------------------
# Specs


@cache
def load_spec(name: str) -> dict[str, Any]:
    with (SPECS_DIR / f"{name}.yaml").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def resolve(spec: Mapping[str, Any], node: Any) -> Any:
    """Follow local ``$ref``s until the node is not a reference."""
    seen = set()
    while isinstance(node, Mapping) and "$ref" in node:
        ref = node["$ref"]
        if ref in seen or not ref.startswith("#/"):
            raise ValueError(f"cannot resolve {ref!r}")
        seen.add(ref)
        target: Any = spec
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def inline(spec: Mapping[str, Any], node: Any, depth: int = 0) -> Any:
    """A copy of a schema with every local ``$ref`` inlined (the specs' schemas are not recursive)."""
    if depth > 50:
        raise ValueError("schema nests too deep (recursive $ref?)")
    node = resolve(spec, node)
    if isinstance(node, Mapping):
        return {k: inline(spec, v, depth + 1) for k, v in node.items()}
    if isinstance(node, list):
        return [inline(spec, v, depth + 1) for v in node]
    return copy.deepcopy(node)


def ref_name(node: Any) -> str | None:
    if isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        return str(node["$ref"]).rsplit("/", 1)[-1]
    return None


@dataclass(frozen=True, eq=False)
class Operation:
    """One operation of a spec, with what the contract tests need to know about it (equal by id)."""

    spec: str
    operation_id: str
    client_method: str
    method: str
    path: str
    params: tuple[Mapping[str, Any], ...]
    success: tuple[int, ...]
    errors: tuple[int, ...]
    has_default: bool
    paging: Mapping[str, Any] | None
    idempotency_header: str | None
    body_schema: Any
    response_schemas: Mapping[int, Any]
    regex: re.Pattern[str]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Operation) and (self.spec, self.operation_id) == (
            other.spec,
            other.operation_id,
        )

    def __hash__(self) -> int:
        return hash((self.spec, self.operation_id))

    def __repr__(self) -> str:
        return f"<Operation {self.spec}:{self.operation_id} {self.method} {self.path}>"

    @property
    def is_read(self) -> bool:
        return self.method == "GET"

    @property
    def error_probes(self) -> tuple[int, ...]:
        """Every declared error status, plus the default probes when a `default` response exists."""
        extra = (
            [s for s in DEFAULT_ERROR_PROBES if s not in self.errors] if self.has_default else []
        )
        return (*self.errors, *extra)

    def response_model_name(self, status: int) -> str | None:
        return ref_name(self.response_schemas.get(status))

    def item_model_name(self, status: int) -> str | None:
        """For a paged operation: the model name of the items of its page."""
        if self.paging is None:
            return None
        schema = resolve(load_spec(self.spec), self.response_schemas[status])
        items_path = str(self.paging["items"]).split(".")
        node: Any = schema
        for part in items_path:
            node = resolve(load_spec(self.spec), node)["properties"][part]
        return ref_name(resolve(load_spec(self.spec), node).get("items"))

    def query_params(self) -> dict[str, Mapping[str, Any]]:
        return {p["name"]: p for p in self.params if p["in"] == "query"}


@cache
def operations(name: str) -> tuple[Operation, ...]:
    spec = load_spec(name)
    found = []
    for path, item in spec["paths"].items():
        shared = item.get("parameters", [])
        for method, op in item.items():
            if method not in ("get", "post", "put", "patch", "delete"):
                continue
            params = tuple(resolve(spec, p) for p in [*shared, *op.get("parameters", [])])
            responses = op["responses"]
            codes = [int(c) for c in responses if c.isdigit()]
            schemas = {}
            for code in codes:
                content = resolve(spec, responses[str(code)]).get("content", {})
                media = content.get("application/json")
                if media is not None:
                    schemas[code] = media.get("schema")
            body = op.get("requestBody")
            body_schema = None
            if body is not None:
                body_schema = resolve(spec, body)["content"]["application/json"]["schema"]
            pattern = "^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(path)) + "$"
            found.append(
                Operation(
                    spec=name,
                    operation_id=op["operationId"],
                    client_method=op["x-client-method"],
                    method=method.upper(),
                    path=path,
                    params=params,
                    success=tuple(sorted(c for c in codes if 200 <= c < 300)),
                    errors=tuple(sorted(c for c in codes if c >= 400)),
                    has_default="default" in responses,
                    paging=op.get("x-pagination"),
                    idempotency_header=op.get("x-idempotency-key"),
                    body_schema=body_schema,
                    response_schemas=schemas,
                    regex=re.compile(pattern),
                )
            )
    return tuple(found)


def operation_by_method(name: str, client_method: str) -> Operation:
    for op in operations(name):
        if op.client_method == client_method:
            return op
    raise KeyError(f"{name}: no operation has x-client-method {client_method!r}")


def match_operation(name: str, method: str, path: str) -> Operation | None:
    for op in operations(name):
        if op.method == method and op.regex.match(path):
            return op
    return None


def client_class_name(name: str) -> str:
    return str(load_spec(name)["info"]["x-client"]["class-name"])


def package(name: str) -> ModuleType:
    return importlib.import_module(f"{name}_client")


# --------------------------------------------------------------------------------------------------
# What Prism cannot check, checked here


def prism_blind_params(op: Operation) -> dict[str, Mapping[str, Any]]:
    """The query parameters Prism does not validate (see the module docstring)."""
    return {
        name: p
        for name, p in op.query_params().items()
        if "content" in p or quote(name, safe="!#$&'()*+,/:;=?@-_.~") != name
    }


def _param_schema(spec: Mapping[str, Any], param: Mapping[str, Any]) -> Any:
    if "content" in param:
        return inline(spec, param["content"]["application/json"]["schema"])
    return inline(spec, param["schema"])


def _deserialize(param: Mapping[str, Any], schema: Mapping[str, Any], values: list[str]) -> Any:
    """Read a form-style query value the way the spec describes it."""
    if "content" in param:
        return json.loads(values[-1])
    types = schema.get("type")
    types = types if isinstance(types, list) else [types]
    if "array" in types:
        explode = param.get("explode", True)
        return list(values) if explode else values[-1].split(",")
    raw = values[-1]
    if "boolean" in types:
        return {"true": True, "false": False}.get(raw, raw)
    if "integer" in types and re.fullmatch(r"-?\d+", raw):
        return int(raw)
    if "number" in types and re.fullmatch(r"-?\d+(\.\d+)?", raw):
        return float(raw)
    return raw


def _check_deep_object(
    spec: Mapping[str, Any], name: str, param: Mapping[str, Any], found: dict[str, list[str]]
) -> list[str]:
    """A deepObject parameter (`name[member]=value`): each member once, declared by the object
    schema (or allowed by its additionalProperties), its value of the member's type."""
    schema = _param_schema(spec, param)
    properties = schema.get("properties", {})
    # As with top-level query parameters, a member the schema does not name is a mistake unless
    # the schema says members are free (additionalProperties).
    extra = schema.get("additionalProperties", False)
    value: dict[str, Any] = {}
    problems = []
    for member, values in found.items():
        if len(values) > 1:
            problems.append(f"query parameter {name}[{member}] is sent {len(values)} times")
        member_schema = properties.get(member, extra if isinstance(extra, Mapping) else {})
        if member not in properties and extra is False:
            problems.append(
                f"query parameter {name}[{member}]: {member!r} is not a member of {name}"
            )
        value[member] = _deserialize({}, inline(spec, member_schema), values)
    validator = Draft202012Validator(schema, format_checker=FormatChecker())
    problems.extend(
        f"query parameter {name}: {err.message}" for err in validator.iter_errors(value)
    )
    return problems


def check_query(op: Operation, url: httpx2.URL) -> list[str]:
    """Problems with the query string that Prism does not report."""
    spec = load_spec(op.spec)
    declared = op.query_params()
    received: dict[str, list[str]] = {}
    members: dict[str, dict[str, list[str]]] = {}  # deepObject parameters: name -> member -> values
    for key, value in parse_qsl(url.query.decode("ascii"), keep_blank_values=True):
        deep = re.fullmatch(r"([^\[\]]+)\[([^\[\]]+)\]", key)
        if key not in declared and deep and declared.get(deep[1], {}).get("style") == "deepObject":
            members.setdefault(deep[1], {}).setdefault(deep[2], []).append(value)
            continue
        received.setdefault(key, []).append(value)
    problems = [
        f"query parameter {k!r} is not declared by the spec" for k in received if k not in declared
    ]
    for name, found in members.items():
        problems.extend(_check_deep_object(spec, name, declared[name], found))
    for name, param in prism_blind_params(op).items():
        if name not in received:
            continue
        schema = _param_schema(spec, param)
        types = schema.get("type")
        is_array = (
            "array" in (types if isinstance(types, list) else [types]) and "content" not in param
        )
        if len(received[name]) > 1 and not (is_array and param.get("explode", True)):
            problems.append(
                f"query parameter {name!r} is sent {len(received[name])} times: {received[name]!r}"
            )
            continue
        try:
            value = _deserialize(param, schema, received[name])
        except ValueError as exc:
            problems.append(f"query parameter {name!r}: {received[name]!r} is not JSON ({exc})")
            continue
        validator = Draft202012Validator(schema, format_checker=FormatChecker())
        problems.extend(
            f"query parameter {name!r}={received[name][-1]!r}: {err.message}"
            for err in validator.iter_errors(value)
        )
    return problems


def _candidates(spec: Mapping[str, Any], schema: Any) -> list[Mapping[str, Any]]:
    schema = resolve(spec, schema)
    if not isinstance(schema, Mapping):
        return []
    found = [schema]
    for key in ("allOf", "oneOf", "anyOf"):
        for sub in schema.get(key, []):
            found.extend(_candidates(spec, sub))
    return found


def undeclared_properties(
    spec: Mapping[str, Any], schema: Any, value: Any, where: str = "body"
) -> list[str]:
    """Object keys in ``value`` that no (sub)schema of ``schema`` declares, recursively."""
    candidates = _candidates(spec, schema)
    problems: list[str] = []
    if isinstance(value, Mapping):
        props: dict[str, list[Any]] = {}
        for cand in candidates:
            for key, sub in cand.get("properties", {}).items():
                props.setdefault(key, []).append(sub)
        if not props:
            return []
        for key, sub_value in value.items():
            if key not in props:
                problems.append(f"{where}: property {key!r} is not declared by the spec")
                continue
            for sub in props[key][:1]:
                problems.extend(undeclared_properties(spec, sub, sub_value, f"{where}.{key}"))
    elif isinstance(value, list):
        for cand in candidates:
            if "items" in cand:
                for i, item in enumerate(value):
                    problems.extend(
                        undeclared_properties(spec, cand["items"], item, f"{where}[{i}]")
                    )
                break
    return problems


# --------------------------------------------------------------------------------------------------
# Auditing every request a test client sends


def _prism_problem(response: httpx2.Response) -> bool:
    return response.status_code == 422 and "problem+json" in response.headers.get(
        "content-type", ""
    )


def _unanswerable_violations(response: httpx2.Response) -> list[str]:
    """Prism's own 422 for a request that breaks an operation declaring no 400: no `sl-violations`
    header then, the violations are in its problem body."""
    if not _prism_problem(response):
        return []
    try:
        problem = response.json() if response.is_stream_consumed else json.loads(response.read())
    except ValueError:
        return []
    if not (
        isinstance(problem, dict)
        and "prism/errors#UNPROCESSABLE_ENTITY" in str(problem.get("type"))
    ):
        return []
    found = problem.get("validation")
    messages = (
        [str(v.get("message")) for v in found if isinstance(v, dict)]
        if isinstance(found, list)
        else []
    )
    return [f"Prism (no 400 declared): {m}" for m in messages or [str(problem.get("detail"))]]


class PrismViolation(AssertionError):
    """A request broke the spec: Prism said so in `sl-violations`, or our own checks did."""


@dataclass
class Exchange:
    operation: Operation | None
    request: httpx2.Request
    response: httpx2.Response

    @property
    def status(self) -> int:
        return self.response.status_code


class Audit:
    """An httpx2 response hook that records every exchange and fails any request that breaks the spec."""

    def __init__(self, spec: str) -> None:
        self.spec = spec
        self.exchanges: list[Exchange] = []

    def check(self, response: httpx2.Response) -> None:
        request = response.request
        op = match_operation(self.spec, request.method, request.url.path)
        self.exchanges.append(Exchange(op, request, response))
        problems: list[str] = []
        violations = response.headers.get("sl-violations")
        if violations:
            problems.append(f"Prism sl-violations: {violations}")
        problems.extend(_unanswerable_violations(response))
        if op is None:
            problems.append("no operation of the spec matches this method and path")
        else:
            problems.extend(check_query(op, request.url))
            if op.body_schema is not None and request.content:
                body = json.loads(request.content)
                problems.extend(undeclared_properties(load_spec(self.spec), op.body_schema, body))
        if problems:
            body_text = request.content.decode("utf-8", "replace")[:2000]
            raise PrismViolation(
                f"{request.method} {request.url} (body {body_text or '-'}) breaks {self.spec}.yaml:\n  "
                + "\n  ".join(problems)
            )

    async def acheck(self, response: httpx2.Response) -> None:
        if _prism_problem(response):
            await response.aread()  # the violations are in the body
        self.check(response)

    def only(self) -> Exchange:
        assert len(self.exchanges) == 1, [
            f"{e.request.method} {e.request.url}" for e in self.exchanges
        ]
        return self.exchanges[0]


@cache
def _tls() -> ssl.SSLContext:
    """One TLS context for every test client (building one per client costs ~50 ms; Prism is plain HTTP)."""
    return ssl.create_default_context()


def make_client(
    name: str,
    base_url: str,
    audit: Audit,
    *,
    asynchronous: bool = False,
    **options: Any,
) -> Any:
    """A client of the generated package for ``name``, its httpx2 client hooked to ``audit``."""
    pkg = package(name)
    cls_name = client_class_name(name)
    options.setdefault("max_retries", 0)
    options.setdefault("timeout", 20.0)
    if asynchronous:
        http: Any = httpx2.AsyncClient(
            event_hooks={"response": [audit.acheck]}, timeout=20.0, verify=_tls()
        )
        return getattr(pkg, f"Async{cls_name}")(
            api_key=api_key(name), base_url=base_url, http_client=http, **options
        )
    http = httpx2.Client(event_hooks={"response": [audit.check]}, timeout=20.0, verify=_tls())
    return getattr(pkg, cls_name)(
        api_key=api_key(name), base_url=base_url, http_client=http, **options
    )


def resolve_method(client: Any, dotted: str) -> Any:
    target = client
    for part in dotted.split("."):
        target = getattr(target, part)
    return target


# --------------------------------------------------------------------------------------------------
# Comparing a parsed result with the JSON it came from


def _as_datetime(text: str) -> dt.datetime | None:
    if not re.match(r"^\d{4}-\d{2}-\d{2}[T ]", text):
        return None
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def equivalent(parsed: Any, raw: Any, where: str = "$") -> list[str]:
    """Differences between a model dump and the raw JSON (date-times compare as instants)."""
    if isinstance(raw, dict) and isinstance(parsed, dict):
        diffs = [f"{where}: key {k!r} lost" for k in raw if k not in parsed]
        diffs += [f"{where}: key {k!r} invented" for k in parsed if k not in raw]
        for k in raw.keys() & parsed.keys():
            diffs += equivalent(parsed[k], raw[k], f"{where}.{k}")
        return diffs
    if isinstance(raw, list) and isinstance(parsed, list):
        if len(raw) != len(parsed):
            return [f"{where}: {len(parsed)} items instead of {len(raw)}"]
        return [
            d
            for i, (p, r) in enumerate(zip(parsed, raw, strict=True))
            for d in equivalent(p, r, f"{where}[{i}]")
        ]
    if isinstance(raw, str) and isinstance(parsed, str) and raw != parsed:
        a, b = _as_datetime(raw), _as_datetime(parsed)
        if a is not None and a == b:
            return []
    numbers = (int, float)
    same_kind = type(raw) is type(parsed) or (
        isinstance(raw, numbers)
        and isinstance(parsed, numbers)
        and not isinstance(raw, bool)
        and not isinstance(parsed, bool)
    )
    if not same_kind:
        return [
            f"{where}: {parsed!r} ({type(parsed).__name__}) instead of {raw!r} ({type(raw).__name__})"
        ]
    return [] if parsed == raw else [f"{where}: {parsed!r} instead of {raw!r}"]


def dump(value: Any) -> Any:
    """The JSON form of a parsed result (a pydantic model, a RootModel's value or plain JSON)."""
    import pydantic

    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    return value


# --------------------------------------------------------------------------------------------------
# Prism servers


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PrismServer:
    """One `prism mock` process in its own process group."""

    spec: str
    dynamic: bool
    log_path: Path
    port: int = 0
    proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.port = free_port()
        cmd = [
            str(PRISM),
            "mock",
            str(SPECS_DIR / f"{self.spec}.yaml"),
            "-h",
            "127.0.0.1",
            "-p",
            str(self.port),
        ]
        if self.dynamic:
            cmd.append("-d")
        with self.log_path.open("ab") as log:
            self.proc = subprocess.Popen(
                cmd,
                cwd=ROOT,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )

    def ready(self) -> bool:
        """Has it started answering? Raises if the process died."""
        assert self.proc is not None
        if self.proc.poll() is not None:
            raise RuntimeError(f"prism exited with {self.proc.returncode}: {self.log_tail()}")
        try:
            httpx2.get(f"{self.url}/__prism_ready__", timeout=2.0)
        except httpx2.TransportError:
            return False
        return True

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is None or proc.poll() is not None:
            return
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
        except ProcessLookupError:
            pass


def start_servers(names: tuple[str, ...], dynamic: bool, log_dir: Path) -> dict[str, PrismServer]:
    """Start one server per spec in parallel and wait (bounded) until each answers."""
    if not PRISM.exists():
        pytest.fail(
            f"Prism is not installed at {PRISM.relative_to(ROOT)}: run `npm ci` (or `make pytest`)"
        )
    mode = "dynamic" if dynamic else "static"
    servers = {n: PrismServer(n, dynamic, log_dir / f"prism-{n}-{mode}.log") for n in names}
    try:
        for server in servers.values():
            server.start()
        deadline = time.monotonic() + START_TIMEOUT
        pending = dict(servers)
        attempts = dict.fromkeys(servers, 1)
        while pending:
            for name, server in list(pending.items()):
                try:
                    if server.ready():
                        del pending[name]
                except RuntimeError:
                    if attempts[name] >= 3:  # e.g. the port was taken in between: try another
                        raise
                    attempts[name] += 1
                    server.start()
            if pending and time.monotonic() > deadline:
                tails = "\n".join(f"{n}: {s.log_tail()}" for n, s in pending.items())
                raise RuntimeError(f"Prism did not answer within {START_TIMEOUT:.0f} s:\n{tails}")
            if pending:
                time.sleep(0.2)
    except BaseException:
        for server in servers.values():
            server.stop()
        raise
    return servers


@pytest.fixture(scope="session")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, PrismServer]]:
    """One static Prism mock per spec (answers the spec's examples), for the whole session."""
    servers = start_servers(SPEC_NAMES, False, tmp_path_factory.mktemp("prism-static"))
    yield servers
    for server in servers.values():
        server.stop()


@pytest.fixture(scope="session")
def prism_dynamic(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, PrismServer]]:
    """One dynamic Prism mock per spec (`-d`: random payloads from the schemas)."""
    servers = start_servers(SPEC_NAMES, True, tmp_path_factory.mktemp("prism-dynamic"))
    yield servers
    for server in servers.values():
        server.stop()


def register(config: pytest.Config) -> None:
    """Make this module's fixtures global (once), whichever test folder asks first."""
    if not config.pluginmanager.has_plugin("convapi-prism"):
        config.pluginmanager.register(sys.modules[__name__], "convapi-prism")
