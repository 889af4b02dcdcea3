"""Helpers for generator tests: generate a package from a spec dict in-process and import it."""

from __future__ import annotations

import importlib
import inspect
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx2
import yaml

from generator.pipeline import Job, generate

ROOT = Path(__file__).resolve().parents[2]
CODEGEN = [sys.executable, "-m", "generator"]


def write_spec(tmp: Path, spec: dict[str, Any], name: str = "api") -> Path:
    path = tmp / f"{name}.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def build_package(
    tmp: Path, spec: dict[str, Any], name: str, *, lenient: bool = False
) -> ModuleType:
    """Generate `spec` into tmp/<name>/ and import `<name>_client` from it (fresh module each time)."""
    path = write_spec(tmp, spec, name)
    out = tmp / name
    generate([Job(path, out, f"{name}_client")], lenient=lenient, staging_near=tmp)
    src = str(out / "src")
    if src not in sys.path:
        sys.path.insert(0, src)
    for mod in [m for m in sys.modules if m == f"{name}_client" or m.startswith(f"{name}_client.")]:
        del sys.modules[mod]
    importlib.invalidate_caches()
    return importlib.import_module(f"{name}_client")


def mock_client(
    module: ModuleType,
    class_name: str,
    handler: Callable[[httpx2.Request], httpx2.Response],
    **kwargs: Any,
) -> Any:
    """A generated client whose HTTP goes to `handler` (an in-memory transport)."""
    cls = getattr(module, class_name) if class_name else sync_client_class(module)
    if "api_key" in inspect.signature(cls).parameters:  # a client of an API without auth takes none
        kwargs.setdefault("api_key", "test-key")
    kwargs.setdefault("base_url", "https://api.example.test")
    return cls(http_client=httpx2.Client(transport=httpx2.MockTransport(handler)), **kwargs)


def sync_client_class(module: ModuleType) -> Any:
    """The synchronous client class of a generated package."""
    name = next(n for n in module._client.__all__ if not n.startswith("Async"))
    return getattr(module, name)


def json_response(
    payload: Any, status: int = 200, headers: dict[str, str] | None = None
) -> httpx2.Response:
    return httpx2.Response(
        status,
        content=json.dumps(payload).encode(),
        headers={"content-type": "application/json", **(headers or {})},
    )


def run_codegen(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CODEGEN, *args], cwd=cwd or ROOT, capture_output=True, text=True, env=env, timeout=300
    )


def tree_bytes(root: Path) -> dict[str, bytes]:
    """Every generated file under `root` (caches that tools leave behind are not output)."""
    out: dict[str, bytes] = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if path.is_file() and not any(
            part == "__pycache__" or part.startswith(".") for part in rel.parts
        ):
            out[rel.as_posix()] = path.read_bytes()
    return out


def mypy_strict(package_root: Path, package: str) -> subprocess.CompletedProcess[str]:
    env = {"MYPYPATH": str(package_root / "src"), "PATH": str(Path(sys.executable).parent)}
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            "/dev/null",
            "-p",
            package,
        ],
        cwd=package_root,
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
