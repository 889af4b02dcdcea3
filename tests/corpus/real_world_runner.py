"""Runs README examples of one generated package against a mock server; run by test_real_world.py.

It runs inside the package's own fresh venv (the package and its declared dependencies, nothing else),
so it uses the standard library and what the package depends on (httpx2) only, and imports nothing of
the project's.

    python real_world_runner.py CONFIG.json RESULTS.jsonl

CONFIG holds `package`, `base_url`, `timeout`, `withhold` and `examples`: a list of {"key", "code"}, where `code` is
the Python block of one operation of the generated README (and `needs_auth`: whether its security
requirement asks for credentials). Each example is executed as a user would
paste it, with `client` bound to the package's synchronous client pointed at `base_url` (and `print`
silenced). One JSON line per example is appended to RESULTS as it finishes. When the mock server stops
answering (it died), the runner writes that example's line with `"server_down": true` and exits 3, so
the caller can restart the server and run the rest.

`withhold`, when set, is {"header": NAME, "prefix": TEXT}: the client must send that header starting
with TEXT (a failure of the example when it does not), and it is then taken off the request before it
goes out, for a mock that refuses the credentials the real API needs (see PRISM_AUTH in the test).
`drift_log`, when set, is the path the client records its drift log to (`codegen drift` reads it);
`strict`, when true, makes the client validate answers strictly (`strict_response_validation=True`).
"""

from __future__ import annotations

import importlib
import inspect
import json
import logging
import re
import sys
import time
import traceback
from typing import Any

import httpx2

SERVER_DOWN = 3
VIOLATION = re.compile(
    r'\{"location":\[([^\]]*)\],"severity":"\w+","code":[^,]*,"message":"((?:[^"\\]|\\.)*)"\}'
)
ERROR_TEXT = 700  # characters of an exception's text kept per failure

# Credentials by what the client's constructor takes: every argument beside the client's own options
# is a credential (`api_key`, `username`, `password`, or one per security scheme); each gets a value.
# Prism checks only that credentials of the declared scheme are present.
USERNAME, PASSWORD, API_KEY = "test-user", "test-password", "test-key"
OPTIONS = {
    "base_url",
    "timeout",
    "max_retries",
    "default_headers",
    "strict_response_validation",
    "drift_log",
    "http_client",
}


def _client_class(module: Any) -> Any:
    names = [n for n in getattr(module, "__all__", ()) if not n.startswith("Async")]
    for name in names:
        candidate = getattr(module, name, None)
        if inspect.isclass(candidate) and "base_url" in inspect.signature(candidate).parameters:
            return candidate
    raise LookupError(f"{module.__name__} exports no client class (looked at {names})")


def _credentials(cls: Any) -> dict[str, str]:
    params = inspect.signature(cls).parameters
    out: dict[str, str] = {}
    for name, p in params.items():
        if name in OPTIONS or p.kind not in (p.KEYWORD_ONLY, p.POSITIONAL_OR_KEYWORD):
            continue
        out[name] = (
            USERNAME
            if name.endswith("username")
            else PASSWORD
            if name.endswith("password")
            else API_KEY
        )
    return out


def _server_up(base_url: str) -> bool:
    try:
        httpx2.get(base_url, timeout=5)
    except httpx2.TransportError:
        return False
    return True


def main(config_path: str, results_path: str) -> int:
    with open(config_path, encoding="utf-8") as handle:
        config = json.load(handle)
    module = importlib.import_module(config["package"])
    errors = importlib.import_module(f"{config['package']}._errors")
    cls = _client_class(module)
    violations: dict[str, list[str]] = {"request": [], "response": []}
    # the package's warning for an answer that does not match the spec (returned as received)
    mismatches: list[str] = []

    class Mismatches(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            text = record.getMessage()
            if "does not match the spec" in text:
                mismatches.append(text)

    logging.getLogger(config["package"]).addHandler(Mismatches(logging.WARNING))

    def hook(response: httpx2.Response) -> None:
        raw = response.headers.get("sl-violations")
        if not raw:
            return
        try:
            found = json.loads(raw)
        except (
            ValueError
        ):  # "Too many violations! [...": Prism cuts the list short; read what is there
            found = [
                {"location": json.loads(f"[{where}]"), "message": json.loads(f'"{message}"')}
                for where, message in VIOLATION.findall(raw)
            ]
            if not found:
                violations["request"].append(f"unreadable sl-violations header: {raw[:200]}")
                return
        for v in found:
            where = (v.get("location") or ["?"])[0]
            text = f"{'.'.join(map(str, v.get('location') or []))}: {v.get('message')}"
            violations["request" if where == "request" else "response"].append(text)

    withhold = config.get("withhold")

    current: dict[str, Any] = {}

    def take_off(request: httpx2.Request) -> None:
        name, prefix = withhold["header"], withhold["prefix"]
        sent = request.headers.get(name, "")
        if current.get("needs_auth") and not sent.startswith(prefix):
            violations["request"].append(f"the client did not send {name}: {prefix}...: {sent!r}")
        request.headers.pop(name, None)

    def count(request: httpx2.Request) -> None:
        current["sent"] = current.get("sent", 0) + 1

    hooks: dict[str, list[Any]] = {"response": [hook], "request": [count]}
    if withhold:
        hooks["request"].append(take_off)
    http = httpx2.Client(event_hooks=hooks, trust_env=False)
    client = cls(
        base_url=config["base_url"],
        max_retries=0,
        timeout=config["timeout"],
        http_client=http,
        **_credentials(cls),
        **({"drift_log": config["drift_log"]} if config.get("drift_log") else {}),
        **({"strict_response_validation": True} if config.get("strict") else {}),
    )
    with open(results_path, "a", encoding="utf-8") as out:
        for example in config["examples"]:
            violations["request"].clear()
            violations["response"].clear()
            mismatches.clear()
            current.clear()
            current.update(example)
            row: dict[str, Any] = {"key": example["key"]}
            started = time.perf_counter()
            try:
                exec(
                    compile(example["code"], f"<README {example['key']}>", "exec"),
                    {"client": client, "print": lambda *a, **k: None},
                )
                row["ok"] = True
            except Exception as err:  # every failure is data: the caller lists them all
                row["ok"] = False
                row["type"] = type(err).__name__
                row["error"] = f"{type(err).__name__}: {err}"[:ERROR_TEXT]
                row["status"] = getattr(err, "status_code", None)
                body = getattr(err, "body", None)
                if body is not None:
                    row["body"] = str(body)[:300]
                if isinstance(body, dict) and isinstance(body.get("validation"), list):
                    # Prism's own 422/400 (the document declares none) lists what it found invalid
                    violations["request"] += [
                        f"request.{'.'.join(map(str, v.get('location') or []))}: {v.get('message')}"
                        for v in body["validation"]
                        if isinstance(v, dict)
                    ]
                served = getattr(err, "response", None)
                if isinstance(err, errors.APIResponseValidationError) and served is not None:
                    row["served"] = served.text[:500_000]  # what Prism answered, for the caller
                    row["served_type"] = served.headers.get("content-type", "")
                if not isinstance(err, errors.APIError):
                    # not the client's own error: where in the package it came from
                    frames = traceback.extract_tb(err.__traceback__)
                    row["where"] = [f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno}" for f in frames][
                        -3:
                    ]
                if isinstance(err, errors.APIConnectionError) and not _server_up(
                    config["base_url"]
                ):
                    row["server_down"] = True
            row["seconds"] = round(time.perf_counter() - started, 4)
            row["sent"] = current.get("sent", 0)  # requests that went out (0: it failed before)
            if violations["request"]:
                row["ok"] = False
                row.setdefault("type", "RequestViolation")
                row.setdefault("error", "Prism found the request invalid")
            row["request_violations"] = violations["request"][:8]
            row["response_violations"] = violations["response"][:8]
            row["as_received"] = mismatches[:1]  # returned as received, with this warning
            out.write(json.dumps(row) + "\n")
            out.flush()
            if row.get("server_down"):
                return SERVER_DOWN
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
