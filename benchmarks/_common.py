"""Helpers shared by the benchmark scripts: paths, timing, the opc venv, the conversations page, output.

Standard library only, so that code running inside the openapi-python-client venv can import it too.
"""

from __future__ import annotations

import argparse
import base64
import gc
import hashlib
import importlib
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPECS = ("wacrm", "chatbotx", "datacrazy")
# The external corpus (optional): `$CONVAPI_CORPUS`, else `shared/` beside the project. Only the
# openapi-python-client enums case of bench_codegen uses it, and is left out when it is absent.
CORPUS = Path(os.environ.get("CONVAPI_CORPUS") or ROOT.parent / "shared")
ENUMS_SPEC = CORPUS / "public-specs" / "openapi-python-client" / "openapi_3.1_enums.yaml"
# The Wacrm docs' list-conversations payload, as the project carries it (tests/fixtures).
WACRM_DOC = ROOT / "tests" / "fixtures" / "doc_payloads" / "wacrm--conversations-and-messages.json"

OPC_VERSION = "0.29.1"
# openapi-python-client, pinned, in its own venv; the clients it generates for the parse and import
# benchmarks are kept in it too (regenerated when the spec changes).
OPC_VENV = HERE / ".venv-opc"
OPC_CLIENTS = OPC_VENV / "clients"
# httpx, pinned here since the project itself no longer depends on it: openapi-python-client's clients
# run on it, and so do this project's revisions before the move to httpx2 (`--baseline` runs of them).
HTTPX_PIN = "httpx==0.28.1"
# A clean venv with only the generated clients' runtime dependencies (ours: httpx2, pydantic; theirs:
# httpx, attrs), pinned by the project's constraints.txt: imports are timed there, as a user has them.
CLIENTS_VENV = HERE / ".venv-clients"
CLIENTS_DEPS = ("httpx2", "pydantic", HTTPX_PIN, "attrs")

# Stainless's runtime, as the `openai` package ships it (pinned; it runs on httpx2), in its own venv
# beside our client's dependencies (httpx2, pydantic; project pins): the request and parse benchmarks
# time both there. httpx is there too, for a `--baseline` revision from before the move to httpx2.
OPENAI_VERSION = "3.51.0"
OPENAI_VENV = HERE / ".venv-openai"

RUNS = 5  # every figure is a median of at least this many runs


# --------------------------------------------------------------------------------------------------
# Environment of the processes we time


def child_env(**extra: str) -> dict[str, str]:
    """The environment for timed child processes: no proxies, bytecode caching on, no RUFF_ settings.

    PYTHONDONTWRITEBYTECODE is removed so a warm-up run leaves `.pyc` files like any installed package
    has; the proxy variables are removed so loopback traffic never leaves the machine; RUFF_* would
    change how either generator's ruff runs.
    """
    env = {
        k: v
        for k, v in os.environ.items()
        if k != "PYTHONDONTWRITEBYTECODE"
        and not k.lower().endswith("_proxy")
        and not k.startswith("RUFF_")
    }
    env.update(extra)
    return env


def scrub_proxies() -> None:
    """Make this process's own HTTP clients ignore proxy settings (loopback only)."""
    for key in list(os.environ):
        if key.lower().endswith("_proxy"):
            del os.environ[key]


def codegen_command() -> list[str]:
    """The project's `codegen` console script (beside this interpreter), else `python -m generator`."""
    script = Path(sys.executable).parent / "codegen"
    return [str(script)] if script.exists() else [sys.executable, "-m", "generator"]


def codegen_env() -> dict[str, str]:
    # PYTHONPATH makes the console script import the generator of this checkout (the editable install
    # may point elsewhere); for the checkout the venv was installed from, it changes nothing.
    return child_env(PYTHONPATH=str(ROOT))


# --------------------------------------------------------------------------------------------------
# openapi-python-client, in its own venv


def opc_bin(name: str) -> Path:
    return OPC_VENV / "bin" / name


def _ensure_venv(venv: Path, requirements: list[str], label: str) -> Path:
    python = venv / "bin" / "python"
    stamp = venv / ".installed"
    wanted = " ".join(requirements) + "\n"
    if python.exists() and stamp.exists() and stamp.read_text() == wanted:
        return python
    print(f"[setup] creating {venv.relative_to(ROOT)} with {label}", file=sys.stderr, flush=True)
    base = getattr(sys, "_base_executable", sys.executable)
    subprocess.run([base, "-m", "venv", "--clear", str(venv)], check=True)
    (venv / ".gitignore").write_text("*\n")  # as Python 3.13's venv does: nothing in it goes to git
    subprocess.run([str(python), "-m", "pip", "install", "-qq", *requirements], check=True)
    stamp.write_text(wanted)
    return python


def ensure_opc() -> Path:
    """`benchmarks/.venv-opc` with openapi-python-client (pinned), created once; return its python."""
    return _ensure_venv(
        OPC_VENV, [f"openapi-python-client=={OPC_VERSION}"], f"openapi-python-client=={OPC_VERSION}"
    )


def ensure_clients_venv() -> Path:
    """`benchmarks/.venv-clients`: only httpx2, pydantic, httpx and attrs (pinned); return its python."""
    constraints = ROOT / "constraints.txt"
    pins = ["-c", str(constraints)] if constraints.exists() else []
    return _ensure_venv(CLIENTS_VENV, [*pins, *CLIENTS_DEPS], "the clients' runtime dependencies")


def ensure_openai_venv() -> Path:
    """`benchmarks/.venv-openai`: openai (pinned) with httpx2, pydantic (project pins) and httpx; its python."""
    constraints = ROOT / "constraints.txt"
    pins = ["-c", str(constraints)] if constraints.exists() else []
    return _ensure_venv(
        OPENAI_VENV,
        [*pins, f"openai=={OPENAI_VERSION}", "httpx2", "pydantic", HTTPX_PIN],
        f"openai=={OPENAI_VERSION}",
    )


def opc_env() -> dict[str, str]:
    # openapi-python-client runs `ruff check --fix` and `ruff format` on its output as post hooks;
    # its venv's bin comes first so it finds the ruff it installed (same version as ours).
    return child_env(PATH=f"{OPC_VENV / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}")


def opc_generate_command(spec: Path, out: Path) -> list[str]:
    return [
        str(opc_bin("openapi-python-client")),
        "generate",
        "--path",
        str(spec),
        "--output-path",
        str(out),
        "--overwrite",
    ]


def opc_package(out: Path) -> str:
    """The import name of the package openapi-python-client wrote into `out`."""
    for child in sorted(out.iterdir()):
        if child.is_dir() and (child / "__init__.py").exists() and (child / "models").is_dir():
            return child.name
    raise FileNotFoundError(f"no generated package in {out}")


def ensure_opc_client(spec_name: str = "wacrm") -> tuple[Path, str]:
    """openapi-python-client's client for `specs/<spec_name>.yaml`: (root, package).

    Generated once and again whenever the spec changes (its SHA-256 is kept beside the client).
    """
    ensure_opc()
    spec = ROOT / "specs" / f"{spec_name}.yaml"
    digest = hashlib.sha256(spec.read_bytes()).hexdigest()
    out = OPC_CLIENTS / spec_name
    stamp = OPC_CLIENTS / f"{spec_name}.sha256"
    if not out.exists() or not stamp.exists() or stamp.read_text() != digest:
        OPC_CLIENTS.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            opc_generate_command(spec, out),
            check=True,
            env=opc_env(),
            capture_output=True,
            cwd=OPC_CLIENTS,
        )
        stamp.write_text(digest)
    return out, opc_package(out)


# --------------------------------------------------------------------------------------------------
# Timing


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


@dataclass
class Timed:
    """One whole command: wall seconds, CPU seconds of it and its children, error text, output."""

    wall: float
    cpu: float
    error: str | None
    output: str
    peak_mib: float = 0.0  # the largest resident set of the command's processes (wait4's ru_maxrss)


def time_command(cmd: list[str], *, env: dict[str, str], cwd: Path | None = None) -> Timed:
    """Run one whole command and time it (wall clock, and CPU time as a check on a busy machine),
    with its peak memory: the rusage of this one child, from wait4."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode(errors="replace")
        stderr = err.read().decode(errors="replace")
    cpu = usage.ru_utime + usage.ru_stime
    output = stdout + stderr
    error = None
    if proc.returncode != 0:
        lines = [line.strip() for line in (stderr or stdout).splitlines() if line.strip()]
        error = f"exit {proc.returncode}: {lines[-1] if lines else 'no output'}"
    return Timed(wall, cpu, error, output, usage.ru_maxrss / 1024)


def _calibrate(func: Callable[[], object], min_time: float) -> int:
    """Calls per timing loop so that one loop lasts about `min_time` (bounded: at most 2**20 calls)."""
    number = 1
    while True:
        started = time.perf_counter()
        for _ in range(number):
            func()
        if time.perf_counter() - started >= min_time or number >= 1 << 20:
            return number
        number *= 2


def paired_ratio(numerators: Sequence[float], denominators: Sequence[float]) -> float:
    """Median of the ratios of figures taken side by side (same repeat): robust to the machine's drift."""
    return median([a / b for a, b in zip(numerators, denominators, strict=True)])


def interleaved_us(
    funcs: dict[str, Callable[[], object]], *, repeats: int = RUNS, min_time: float = 0.2
) -> dict[str, list[float]]:
    """Microseconds per call of each function, one figure per repeat.

    Repeats are interleaved (a, b, c, a, b, c, ...) so that a burst of load on the machine hits every
    contender alike; each figure is a timeit-style loop with the garbage collector off.
    """
    numbers = {name: _calibrate(func, min_time) for name, func in funcs.items()}
    out: dict[str, list[float]] = {name: [] for name in funcs}
    for _ in range(repeats):
        for name, func in funcs.items():
            number = numbers[name]
            gc.collect()
            gc.disable()
            try:
                started = time.perf_counter()
                for _ in range(number):
                    func()
                out[name].append((time.perf_counter() - started) / number * 1e6)
            finally:
                gc.enable()
    return out


# --------------------------------------------------------------------------------------------------
# The Wacrm conversations page


def doc_conversation() -> dict[str, Any]:
    """The example conversation of the Wacrm docs (the first item of the list response example)."""
    fixture = json.loads(WACRM_DOC.read_text(encoding="utf-8"))
    example = next(
        entry["payload"]
        for entry in fixture["payloads"]
        if entry["operationId"] == "listConversations" and entry["target"] == "response 200"
    )
    return dict(example["data"][0])


_TEMPLATE: dict[str, Any] | None = None


def conversation(n: int) -> dict[str, Any]:
    """The doc's example conversation with every id made unique for `n` (and a few values varied)."""
    global _TEMPLATE
    if _TEMPLATE is None:
        _TEMPLATE = doc_conversation()
    item = json.loads(json.dumps(_TEMPLATE))
    item["id"] = f"conv-{n:08d}-5b1e-4c3a-9f00-{n:012d}"
    item["contact_id"] = item["contact"]["id"] = f"contact-{n:08d}-77aa-4e21-b0c4-{n:012d}"
    item["unread_count"] = n % 5
    item["last_message_text"] = f"{item['last_message_text']} #{n}"
    for i, tag in enumerate(item["contact"]["tags"]):
        tag["id"] = f"tag-{n:08d}-{i:04d}"
    return item


def cursor_for(offset: int) -> str:
    return (
        base64.urlsafe_b64encode(f"2026-07-01T15:44:00.000Z|{offset}".encode()).decode().rstrip("=")
    )


def offset_of(cursor: str) -> int:
    padded = cursor + "=" * (-len(cursor) % 4)
    return int(base64.urlsafe_b64decode(padded).decode().rsplit("|", 1)[1])


_ITEM_FORMAT: str | None = None
_MARK = "\u2063"  # a character the doc example does not contain, used as a placeholder


def _item_json(n: int) -> str:
    """`json.dumps(conversation(n))` made fast: the template is serialised once, the varied values filled in."""
    global _ITEM_FORMAT
    if _ITEM_FORMAT is None:
        marked = conversation(0)
        marked["id"] = f"conv-{_MARK}a-5b1e-4c3a-9f00-{_MARK}b"
        marked["contact_id"] = marked["contact"]["id"] = f"contact-{_MARK}a-77aa-4e21-b0c4-{_MARK}b"
        marked["unread_count"] = f"{_MARK}c"
        marked["last_message_text"] = marked["last_message_text"].replace(" #0", f" #{_MARK}d")
        for i, tag in enumerate(marked["contact"]["tags"]):
            tag["id"] = f"tag-{_MARK}a-{i:04d}"
        text = json.dumps(marked, separators=(",", ":"), ensure_ascii=False)
        text = text.replace("{", "{{").replace("}", "}}").replace(f'"{_MARK}c"', "{c}")
        _ITEM_FORMAT = (
            text.replace(f"{_MARK}a", "{a}").replace(f"{_MARK}b", "{b}").replace(f"{_MARK}d", "{d}")
        )
    return _ITEM_FORMAT.format(a=f"{n:08d}", b=f"{n:012d}", c=n % 5, d=n)


def conversations_page(start: int = 0, count: int = 100, total: int | None = None) -> bytes:
    """A list-conversations body: items `start`..`start+count` (capped at `total`), cursor to the rest."""
    end = start + count if total is None else min(start + count, total)
    more = total is None or end < total
    items = ",".join(_item_json(n) for n in range(start, end))
    meta = json.dumps({"next_cursor": cursor_for(end) if more else None}, separators=(",", ":"))
    return f'{{"data":[{items}],"meta":{meta}}}'.encode()


# --------------------------------------------------------------------------------------------------
# Generated packages of this project


def generated_src(name: str = "wacrm") -> Path:
    return ROOT / "generated" / name / "src"


def http_module(package: Any) -> Any:
    """The HTTP library a generated package runs on: httpx2, or httpx for a revision before the move."""
    base = importlib.import_module(f"{package.__name__}._base_client")
    return getattr(base, "httpx2", None) or base.httpx


def import_generated(name: str = "wacrm") -> Any:
    src = str(generated_src(name))
    if src not in sys.path:
        sys.path.insert(0, src)
    return importlib.import_module(f"{name}_client")


# --------------------------------------------------------------------------------------------------
# Output


def arg_parser(description: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument(
        "--json", metavar="FILE", help="also write the figures as JSON (used by run.py)"
    )
    return parser


def write_json(path: str | None, results: dict[str, Any]) -> None:
    if path:
        Path(path).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


def table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    line = "  ".join("-" * w for w in widths)
    out = ["  ".join(str(h).ljust(w) for h, w in zip(header, widths, strict=True)), line]
    out += ["  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join(out)


def machine() -> dict[str, str]:
    """What the figures were measured on (no paths): CPU model, cores, memory, OS, Python."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(re.findall(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text())[0])
        mem = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, IndexError):
        pass
    return {
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "memory": mem,
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
    }
