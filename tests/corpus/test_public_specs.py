"""Documents written elsewhere become working packages: generated, installed, imported, ruff and
mypy --strict clean, and every operation called against Prism serving the same document.

openapi-python-client's baseline documents carry small validator faults; they are generated with
`--lenient` (faults printed as warnings). Without it they are refused (see test_broken_documents).
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest
from codegen_tests.helpers import ROOT, mypy_strict, run_codegen
from corpus_location import require_corpus

from generator.naming import default_package_name
from generator.pipeline import build_ir

PUBLIC = require_corpus() / "public-specs"
DOCS = {
    "oai/v3.0/api-with-examples.yaml": False,
    "oai/v3.0/callback-example.yaml": False,
    "oai/v3.0/link-example.yaml": False,
    "oai/v3.0/petstore-expanded.yaml": False,
    "oai/v3.0/petstore.yaml": False,
    "oai/v3.0/uspto.yaml": False,
    "oai/v3.1/non-oauth-scopes.yaml": False,
    "oai/v3.1/webhook-example.yaml": False,
    "openapi-python-client/3.1_specific.openapi.yaml": False,
    "openapi-python-client/baseline_openapi_3.0.json": True,
    "openapi-python-client/baseline_openapi_3.1.yaml": True,
    "openapi-python-client/docstrings_on_attributes.yml": False,
    "openapi-python-client/openapi_3.1_enums.yaml": False,
}

# Calls Prism cannot answer for reasons outside the generated client, each with the reason; they are
# not sent (one of them takes the Prism process down), and each must still name a real operation.
PRISM_CANNOT = {
    # Prism drops the connection (and dies) on a media type it does not know.
    (
        "baseline_openapi_3.0.json",
        "config.content_type_override",
    ): "unknown media type openapi/python/client",
    (
        "baseline_openapi_3.1.yaml",
        "config.content_type_override",
    ): "unknown media type openapi/python/client",
    # Prism looks a query parameter whose name has a space up by its percent-encoded name.
    ("3.1_specific.openapi.yaml", "const.post_path"): "query parameter name with a space",
    (
        "baseline_openapi_3.0.json",
        "defaults.create",
    ): "query parameter name with a space",
    (
        "baseline_openapi_3.1.yaml",
        "defaults.create",
    ): "query parameter name with a space",
    (
        "baseline_openapi_3.0.json",
        "bodies.refs",
    ): "oneOf of a free-form object and another object: any object matches both",
    (
        "baseline_openapi_3.0.json",
        "tests.json_body.create",
    ): "oneOf of a free-form object and another object: any object matches both",
    (
        "baseline_openapi_3.0.json",
        "tests.callback",
    ): "oneOf of a free-form object and another object: any object matches both",
    (
        "baseline_openapi_3.0.json",
        "tests.upload",
    ): "Prism does not decode JSON-encoded object parts of multipart",
    (
        "baseline_openapi_3.0.json",
        "tests.list",
    ): "required query array whose only allowed value is null",
    (
        "baseline_openapi_3.1.yaml",
        "bodies.refs",
    ): "oneOf of a free-form object and another object: any object matches both",
    (
        "baseline_openapi_3.1.yaml",
        "tests.json_body.create",
    ): "oneOf of a free-form object and another object: any object matches both",
    (
        "baseline_openapi_3.1.yaml",
        "tests.callback",
    ): "oneOf of a free-form object and another object: any object matches both",
    (
        "baseline_openapi_3.1.yaml",
        "tests.upload",
    ): "Prism does not decode JSON-encoded object parts of multipart",
    (
        "baseline_openapi_3.1.yaml",
        "tests.list",
    ): "required query array whose only allowed value is null",
    (
        "openapi_3.1_enums.yaml",
        "tests.list",
    ): "required query array whose only allowed value is null",
    # The operation declares no response at all: Prism has nothing to answer with.
    # The document's oneOf lists the same model twice: a body matches both branches, so no body is
    # valid for it and Prism answers every call 422 (the client sends what the README shows).
    (
        "baseline_openapi_3.1.yaml",
        "types.unions.duplicate_types",
    ): "oneOf of one model twice: no body can be valid",
    ("non-oauth-scopes.yaml", "users.list"): "no response declared",
}


# Documents with nothing to call: webhooks only, or only schemas. They still become importable, typed packages.
NO_OPERATIONS = {
    "oai/v3.1/webhook-example.yaml",
    "openapi-python-client/docstrings_on_attributes.yml",
}


def _package(doc: str) -> str:
    return default_package_name(Path(doc).stem)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("public")
    for lenient in (False, True):
        docs = [str(PUBLIC / d) for d, flag in DOCS.items() if flag is lenient]
        args = ["generate", *docs, "--out", str(out)] + (["--lenient"] if lenient else [])
        result = run_codegen(*args)
        assert result.returncode == 0, result.stderr
    return out


def _root(generated: Path, doc: str) -> Path:
    return generated / Path(doc).stem


def test_every_public_document_is_covered() -> None:
    found = sorted(
        str(p.relative_to(PUBLIC))
        for p in PUBLIC.rglob("*")
        if p.suffix in (".yaml", ".yml", ".json")
        and "documents_with_errors" not in p.parts  # test_broken_corpus.py
        and "real-world" not in p.parts  # the large vendor documents: test_real_world.py
    )
    assert found == sorted(DOCS)


def test_generated_packages_pass_ruff(generated: Path) -> None:
    ruff = [sys.executable, "-m", "ruff"]
    for doc in DOCS:
        root = _root(generated, doc)
        check = subprocess.run(
            [*ruff, "check", "--no-cache", "."], cwd=root, capture_output=True, text=True
        )
        assert check.returncode == 0, f"{doc}: {check.stdout}"
        fmt = subprocess.run(
            [*ruff, "format", "--check", "--no-cache", "."],
            cwd=root,
            capture_output=True,
            text=True,
        )
        assert fmt.returncode == 0, f"{doc}: {fmt.stdout}"


@pytest.mark.parametrize("doc", sorted(DOCS))
def test_generated_package_is_mypy_strict_clean(generated: Path, doc: str) -> None:
    result = mypy_strict(_root(generated, doc), _package(doc))
    assert result.returncode == 0, result.stdout + result.stderr


def test_generated_packages_install_and_import(generated: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    roots = [str(_root(generated, d)) for d in DOCS]
    install = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "--target",
            str(target),
            *roots,
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert install.returncode == 0, install.stderr
    code = "import importlib, sys\nfor name in sys.argv[1:]:\n    module = importlib.import_module(name)\n    assert module.__file__.startswith(sys.path[0]), module.__file__\nprint('ok')"
    env = {**os.environ, "PYTHONPATH": str(target)}
    result = subprocess.run(
        [sys.executable, "-c", code, *[_package(d) for d in DOCS]],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def prism() -> Iterator[Any]:
    started: list[subprocess.Popen[bytes]] = []

    def start(doc: Path) -> str:
        port = _free_port()
        proc = subprocess.Popen(
            [
                str(ROOT / "node_modules" / ".bin" / "prism"),
                "mock",
                str(doc),
                "-h",
                "127.0.0.1",
                "-p",
                str(port),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        started.append(proc)
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                httpx2.get(url, timeout=1)
                return url
            except httpx2.TransportError:
                time.sleep(0.2)
        raise RuntimeError(f"prism did not start for {doc.name}")

    yield start
    for proc in started:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=10)


@pytest.mark.parametrize("doc", sorted(NO_OPERATIONS))
def test_documents_without_operations_give_an_empty_client(doc: str) -> None:
    api = build_ir(PUBLIC / doc, _package(doc))
    assert api.operations == ()
    assert api.models_source.count("class ") >= 1


@pytest.mark.parametrize("doc", sorted(set(DOCS) - NO_OPERATIONS))
def test_every_operation_works_against_prism(generated: Path, prism: Any, doc: str) -> None:
    path = PUBLIC / doc
    api = build_ir(path, _package(doc), lenient=DOCS[doc])
    sys.path.insert(0, str(_root(generated, doc) / "src"))
    try:
        import importlib

        module = importlib.import_module(api.package_name)
        violations: list[str] = []

        def hook(response: httpx2.Response) -> None:
            if "sl-violations" in response.headers:
                # only the request's faults: Prism also flags its own made-up responses
                found = json.loads(response.headers["sl-violations"])
                violations.extend(
                    json.dumps(v) for v in found if v.get("location", [""])[0] == "request"
                )

        client = getattr(module, api.client_class)(
            **{c.arg: "k" for c in api.auth.credentials},  # whatever the document's schemes take
            base_url=prism(path),
            max_retries=0,
            http_client=httpx2.Client(event_hooks={"response": [hook]}),
        )
        failures = []
        calls = {op.call_path for op in api.operations}
        failures += [
            f"PRISM_CANNOT names {name}, which is not an operation"
            for (file, name) in PRISM_CANNOT
            if file == path.name and name not in calls
        ]
        for op in api.operations:
            if (path.name, op.call_path) in PRISM_CANNOT:
                continue
            violations.clear()
            try:
                result = eval(op.example_call, {"client": client})
                if op.paging:
                    list(result)
            except module.APIError as err:
                failures.append(f"{op.example_call}: {type(err).__name__}: {err} {violations}")
                continue
            if violations:
                failures.append(f"{op.example_call}: Prism found the request invalid: {violations}")
        assert not failures, "\n".join(failures)
    finally:
        sys.path.pop(0)
