"""Ten large vendor documents (`public-specs/real-world/`, see its SOURCES.md) become working packages.

Must hold (issue 13): every document generates (strict, or `--lenient` with located warnings), installs
with its declared dependencies into a fresh venv, passes mypy --strict, and every operation's README
example runs against Prism serving that document, except calls Prism itself cannot serve, each listed
in PRISM_CANNOT below with its reason. The run prints per document: operations, examples run, examples
excused, failures and the time of each stage; then the failures grouped into coarse classes.

Per document, as a new user would:
1. `codegen generate DOC --out DIR`; when refused, again with `--lenient`, whose every warning must name
   `file:line` and a JSON pointer that exists in the document (and no two the same place);
2. a wheel of the package, installed with its declared dependencies (pip, the project's constraints)
   into a venv of its own that holds nothing else;
3. mypy --strict over the package, against that venv;
4. Prism (`node_modules/.bin/prism mock DOC`, static examples), one at a time, and every example block
   of the generated README executed in that venv (`tests/corpus/real_world_runner.py`) with `client`
   pointed at Prism. An example fails when it raises, or when Prism reports the request invalid.

Run it alone with `pytest -m real_world` (or `make real-world`); `-k zulip` picks documents. Stages
1-3 of one document overlap the Prism stage of another (REAL_WORLD_JOBS preparations at a time,
default 1: with the Prism stage that is the machine's two cores). REAL_WORLD_REPORT=FILE.json writes
every result, for the census; REAL_WORLD_EXTRA_DEPS="pkg ..." adds packages to every venv, to see
what fails behind a missing dependency (such a run always fails).

REAL_WORLD_DRIFT=1 adds the drift loop (issue 27): the clients record a drift log (`drift_log=`) while
the examples run; for a document whose calls came back "as received", `codegen drift` proposes an
overlay from that log, the package is regenerated with it, and those calls run again with
`strict_response_validation=True`. The report says how many then validate strictly, and lists what was
not proposed; REAL_WORLD_DRIFT_DIR=DIR keeps each document's log and overlay.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import httpx2
import pytest
import yaml
from codegen_tests.helpers import ROOT
from corpus_location import require_corpus

pytestmark = pytest.mark.real_world

REAL = require_corpus() / "public-specs" / "real-world"
DOCS = {
    "adyen-checkout": "adyen-checkout/CheckoutService-v72.json",
    "asana-app-components": "asana-app-components/app_components_oas.yaml",
    "immich": "immich/immich-openapi-specs.json",
    "lago": "lago/openapi.yaml",
    "mastodon": "mastodon/schema.json",
    "ory-kratos": "ory-kratos/api.json",
    "rocketchat-omnichannel": "rocketchat-omnichannel/omnichannel.yaml",
    "vonage-messages": "vonage-messages/messages-olympus.yml",
    "xero-accounting": "xero-accounting/xero_accounting.yaml",
    "zulip": "zulip/zulip.yaml",
}

# Calls Prism cannot serve for reasons outside the generated client, keyed by (document, "METHOD
# /path") so that the key survives renaming; each reason was checked against Prism 5.16.0 by hand (curl).
# They are still sent: an excuse covers what Prism does with the request, not a failure before one goes
# out, and an excused call that runs is reported as a stale excuse (_judge_excuses). Each must name a
# real operation of its document.
_FORM_JSON = (
    "a form field whose encoding is application/json is validated undecoded (Prism decodes only "
    "fields whose encoding names a style), so no array or object passes: JSON text and repeated "
    "keys alike are refused ('must be array' / 'must be object')"
)
_SAME_SHAPE = (
    "two templated paths of the same shape; Prism routes every call to the other one and refuses "
    "the value for that one's parameter"
)
_FORM_JSON_TEXT = (
    "a form field whose encoding is application/json is validated undecoded: the JSON text the "
    "encoding asks for (to=[9,10]) is refused as a string ('must be integer' / 'must be array'); "
    "Prism takes only the exploded to=9&to=10"
)
_OVERLAPPING_ONEOF = (
    "the body's oneOf branches overlap (each takes `method` as any string) and the document tells "
    "them apart by its discriminator mapping, which Prism does not apply: a body of every variant "
    "(password, profile, oidc, totp, lookup_secret tried) matches several branches and is refused "
    "'must match exactly one schema in oneOf'"
)
PRISM_CANNOT: dict[tuple[str, str], str] = {
    # Prism 5.16.0 dies (TypeError in deserializers/style/simple.js) when an optional header whose
    # schema is an object (here Idempotency-Key) is absent: the process exits, every later call fails.
    ("mastodon", "POST /api/v1/statuses"): "an absent optional object-typed header kills Prism",
    # /users/{user_id} (integer) and /users/{email}
    ("zulip", "GET /users/{email}"): _SAME_SHAPE,
    # /Contacts/{ContactID} (uuid) and /Contacts/{ContactNumber}
    ("xero-accounting", "GET /Contacts/{ContactNumber}"): _SAME_SHAPE,
    # /Journals/{JournalNumber} (integer) and /Journals/{JournalID}
    ("xero-accounting", "GET /Journals/{JournalID}"): _SAME_SHAPE,
    # The operation documents only 400, 401 and 429: Prism answers the 400.
    ("zulip", "POST /rest-error-handling"): "the operation declares no 2xx response",
    ("zulip", "POST /scheduled_messages"): _FORM_JSON_TEXT,
    ("ory-kratos", "POST /self-service/registration"): _OVERLAPPING_ONEOF,
    ("ory-kratos", "POST /self-service/settings"): _OVERLAPPING_ONEOF,
    # Zulip's form bodies mark their list and object fields `encoding: {contentType: application/json}`.
    ("zulip", "POST /users/me/subscriptions"): _FORM_JSON,
    ("zulip", "DELETE /users/me/subscriptions"): _FORM_JSON,
    ("zulip", "POST /users/me/subscriptions/properties"): _FORM_JSON,
    ("zulip", "POST /messages/flags"): _FORM_JSON,
    ("zulip", "POST /messages/flags/narrow"): _FORM_JSON,
    ("zulip", "POST /users/me/alert_words"): _FORM_JSON,
    ("zulip", "DELETE /users/me/alert_words"): _FORM_JSON,
    ("zulip", "POST /user_groups/create"): _FORM_JSON,
    ("zulip", "PATCH /realm/profile_fields"): _FORM_JSON,
    ("zulip", "PATCH /realm/linkifiers"): _FORM_JSON,
    ("zulip", "PATCH /drafts/{draft_id}"): _FORM_JSON,
}

# Documents whose credentials Prism refuses although they are the ones the API needs: the client must
# still send them (checked on every request), and the runner takes them off before the request goes out.
PRISM_AUTH: dict[str, tuple[str, str, str]] = {
    # The top-level requirement names `basicAuth`, but the scheme is declared as `BasicAuth`. Prism
    # drops the unresolved scheme, checks the requirement as "no auth" (handlers/none.js: there must be
    # no Authorization header) and answers 401 to any Authorization, Basic included; without the header
    # it serves the call (curl, Prism 5.16.0).
    "zulip": ("Authorization", "Basic ", "undeclared scheme name checked as no auth"),
}

RUNNER = Path(__file__).with_name("real_world_runner.py")
PRISM = ROOT / "node_modules" / ".bin" / "prism"
CONSTRAINTS = ROOT / "constraints.txt"
JOBS = max(1, int(os.environ.get("REAL_WORLD_JOBS", "1")))
# The drift loop over the corpus (issue 27): the clients record a drift log while the examples run;
# `codegen drift` proposes an overlay from it; the package regenerated with it runs the calls that came
# back "as received" again, strictly validated. Off by default: it adds a generation per document.
DRIFT = os.environ.get("REAL_WORLD_DRIFT") == "1"
CALL_TIMEOUT = 30.0  # seconds, per example call
PRISM_START_TIMEOUT = 120.0
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# `file:line[:column]: warning: #/json/pointer: message`, as every located diagnostic of the generator reads
WARNING = re.compile(
    r"^(?P<file>[^:\s]+):(?P<line>\d+)(?::\d+)?: warning: (?P<pointer>#\S*?): (?P<text>.+)$"
)
# One operation's section of a generated README: call path, summary, `METHOD /path`, python block.
SECTION = re.compile(
    r"^####? `(?P<call>[^`]+)`: [^\n]*\n\n`(?P<method>[A-Z]+) (?P<path>[^`\n]*)`[^\n]*\n\n"
    r"```python\n(?P<code>.*?)\n```",
    re.M | re.S,
)


@dataclass
class Example:
    key: str  # "METHOD /path"
    call_path: str
    code: str
    needs_auth: bool = False  # its security requirement (or the document's) asks for credentials


@dataclass
class Outcome:
    doc: str
    operations: int = 0  # in the document
    mode: str = ""  # strict | lenient | refused
    package: str = ""
    warnings: list[str] = field(default_factory=list)  # lenient warnings and strict notes
    examples: list[Example] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # what keeps the must-hold from holding
    results: list[dict[str, Any]] = field(default_factory=list)  # one per example sent
    excused: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    ready: bool = False  # generated, installed, mypy-clean enough to run examples
    # REAL_WORLD_DRIFT: the overlay's actions and bump, and the as-received calls run again strictly
    drift: dict[str, Any] = field(default_factory=dict)

    @property
    def ran(self) -> list[dict[str, Any]]:
        return [r for r in self.results if "excused" not in r]

    @property
    def ran_ok(self) -> int:
        return sum(1 for r in self.ran if r["ok"])

    @property
    def failed(self) -> list[dict[str, Any]]:
        return [r for r in self.ran if not r["ok"]]

    @property
    def pending_lenient(self) -> list[dict[str, Any]]:
        """Failures of the class the runtime's lenient response parsing (issue 12) addresses."""
        return [r for r in self.failed if lenient_parsing_class(r)]

    @property
    def as_received(self) -> list[dict[str, Any]]:
        """Calls that worked although the answer did not match the spec: returned as received, with
        the package's one warning (the runtime's lenient parsing)."""
        return [r for r in self.ran if r["ok"] and r.get("as_received")]


# --------------------------------------------------------------------------------------------------
# The document


def _read(path: Path) -> Any:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return json.loads(text)
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader)  # a safe loader (libyaml when there)


def _count_operations(document: Any) -> int:
    return sum(
        1
        for item in (document.get("paths") or {}).values()
        if isinstance(item, dict)
        for method in item
        if method in METHODS
    )


def _needs_auth(document: Any, key: str) -> bool:
    method, path = key.split(" ", 1)
    item = (document.get("paths") or {}).get(path) or {}
    op = item.get(method.lower()) if isinstance(item, dict) else None
    security = (op or {}).get("security", document.get("security")) or []
    return bool(security) and all(bool(requirement) for requirement in security)


def _resolves(document: Any, pointer: str) -> bool:
    node = document
    for raw in pointer.removeprefix("#").split("/")[1:]:
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict):
            if part in node:
                node = node[part]
            elif part.isdigit() and int(part) in node:  # YAML integer keys (response codes)
                node = node[int(part)]
            else:
                return False
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return False
    return True


def _warning_problems(outcome: Outcome, document: Any, lines: list[str]) -> list[str]:
    problems = []
    places: Counter[tuple[str, str]] = Counter()
    for line in lines:
        m = WARNING.match(line)
        if m is None:
            problems.append(f"lenient warning without file:line and a JSON pointer: {line}")
            continue
        if not _resolves(document, m["pointer"]):
            problems.append(f"lenient warning at a JSON pointer the document lacks: {line}")
        places[(m["line"], m["pointer"])] += 1
    problems += [
        f"{n} lenient warnings name the same place, line {line} {pointer} (each fault has its own)"
        for (line, pointer), n in places.items()
        if n > 1
    ]
    return problems


# --------------------------------------------------------------------------------------------------
# Stages 1-3: generate, install, mypy


def _run(cmd: list[str], timeout: float, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    env.update(kwargs.pop("env", {}))
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env, **kwargs)


def _generate(outcome: Outcome, path: Path, document: Any, out: Path) -> bool:
    started = time.perf_counter()
    cmd = [sys.executable, "-m", "generator", "generate", str(path), "--out", str(out)]
    env = {"PYTHONPATH": str(ROOT), "CODEGEN_NO_CACHE": "1"}
    done = _run(cmd, 600, cwd=ROOT, env=env)
    outcome.mode = "strict"
    if done.returncode != 0:
        refusal = done.stderr
        done = _run([*cmd, "--lenient"], 600, cwd=ROOT, env=env)
        outcome.mode = "lenient"
        if done.returncode != 0:
            outcome.mode = "refused"
            shown = refusal.strip().splitlines()
            outcome.problems.append(
                f"refused even with --lenient ({len(shown) - 1} problem(s) strict): "
                + " | ".join(done.stderr.strip().splitlines()[:6])
            )
    outcome.seconds["generate"] = time.perf_counter() - started
    if outcome.mode == "refused":
        return False
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    outcome.warnings = lines
    if outcome.mode == "lenient":
        outcome.problems += _warning_problems(outcome, document, lines)
    packages = sorted(p.name for p in (out / "src").iterdir() if p.is_dir())
    outcome.package = packages[0]
    readme = (out / "README.md").read_text(encoding="utf-8")
    outcome.examples = [
        Example(key, m["call"], m["code"], _needs_auth(document, key))
        for m in SECTION.finditer(readme)
        for key in [f"{m['method']} {m['path']}"]
    ]
    said = re.search(r"\((\d+) operations\)", done.stdout)
    if len(outcome.examples) != outcome.operations:
        outcome.problems.append(
            f"the README shows {len(outcome.examples)} operation examples, the document has "
            f"{outcome.operations} operations (codegen said {said[1] if said else '?'})"
        )
    return True


def _install(outcome: Outcome, out: Path, work: Path) -> Path | None:
    """A wheel of the package, into a venv of its own with the dependencies it declares."""
    started = time.perf_counter()
    venv = work / "venv"
    wheels = work / "wheels"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
    steps = [
        [sys.executable, "-m", "venv", "--without-pip", str(venv)],
        # the project's pinned hatchling builds it (the packaging tests build it in isolation)
        [*pip, "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(wheels), str(out)],
    ]
    for cmd in steps:
        done = _run(cmd, 600)
        if done.returncode != 0:
            outcome.problems.append(f"install: {' '.join(cmd[2:5])} failed: {done.stderr[-800:]}")
            return None
    wheel = next(wheels.glob("*.whl"))
    python = venv / "bin" / "python"
    done = _run(
        [*pip, "--python", str(python), "install", "-q", "-c", str(CONSTRAINTS), str(wheel)], 600
    )
    if done.returncode != 0:
        outcome.problems.append(
            f"install with its declared dependencies failed: {done.stderr[-800:]}"
        )
        return None
    extra = os.environ.get("REAL_WORLD_EXTRA_DEPS", "").split()
    if extra:  # a census aid: what fails once a missing dependency is there (never passes)
        outcome.problems.append(
            f"diagnostic run: {extra} installed beyond the declared dependencies"
        )
        _run([*pip, "--python", str(python), "install", "-q", "-c", str(CONSTRAINTS), *extra], 600)
    outcome.seconds["install"] = time.perf_counter() - started
    return python


def _mypy(outcome: Outcome, out: Path, python: Path) -> None:
    started = time.perf_counter()
    done = _run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            os.devnull,
            "--python-executable",
            str(python),
            "-p",
            outcome.package,
        ],
        900,
        cwd=out,
        env={"MYPYPATH": str(out / "src")},
    )
    outcome.seconds["mypy"] = time.perf_counter() - started
    if done.returncode != 0:
        errors = [line for line in done.stdout.splitlines() if ": error: " in line]
        outcome.problems.append(
            f"mypy --strict: {len(errors)} error(s): "
            + " | ".join(errors[:10] or [done.stdout[-600:]])
        )


def _prepare(doc: str, work: Path) -> tuple[Outcome, Path | None]:
    path = REAL / DOCS[doc]
    document = _read(path)
    outcome = Outcome(doc, operations=_count_operations(document))
    out = work / "package"
    if not _generate(outcome, path, document, out):
        return outcome, None
    python = _install(outcome, out, work)
    if python is None:
        return outcome, None
    _mypy(outcome, out, python)
    return outcome, python  # a mypy failure is listed, and the examples still run


# --------------------------------------------------------------------------------------------------
# Stage 4: Prism and the README examples


def _one_line(code: str) -> str:
    """The example's call on one line (the README's block may wrap it, and loops over a page)."""
    call = code.split("\nfor item in page.data:")[0]
    return re.sub(r"\s*\n\s*", " ", call).replace("( ", "(").replace(", )", ")")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Prism:
    """One `prism mock DOC` process (its own process group), restartable if a call takes it down."""

    def __init__(self, doc: Path, log: Path) -> None:
        self.doc, self.log = doc, log
        self.proc: subprocess.Popen[bytes] | None = None
        self.url = ""

    def start(self) -> float:
        started = time.perf_counter()
        port = _free_port()
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen(
                [str(PRISM), "mock", str(self.doc), "-h", "127.0.0.1", "-p", str(port)],
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + PRISM_START_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(
                    f"prism exited ({self.proc.returncode}): {self.log.read_text()[-600:]}"
                )
            try:
                httpx2.get(self.url, timeout=2, trust_env=False)
                return time.perf_counter() - started
            except httpx2.TransportError:
                time.sleep(0.25)
        raise RuntimeError(f"prism did not start within {PRISM_START_TIMEOUT:.0f} s")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=10)
        self.proc = None


def _run_examples(outcome: Outcome, python: Path, work: Path) -> None:
    known = {e.key for e in outcome.examples}
    outcome.problems += [
        f"PRISM_CANNOT names {key!r}, which is not an operation of {doc}"
        for (doc, key) in PRISM_CANNOT
        if doc == outcome.doc and key not in known
    ]
    todo = list(outcome.examples)  # excused ones too: see _judge_excuses
    if not todo:
        return
    prism = Prism(REAL / DOCS[outcome.doc], work / "prism.log")
    results_path = work / "results.jsonl"
    started = time.perf_counter()
    try:
        outcome.seconds["prism_start"] = prism.start()
        started = time.perf_counter()
        while todo:
            config = work / "runner.json"
            config.write_text(
                json.dumps(
                    {
                        "package": outcome.package,
                        "base_url": prism.url,
                        "timeout": CALL_TIMEOUT,
                        "withhold": (
                            dict(
                                zip(("header", "prefix"), PRISM_AUTH[outcome.doc][:2], strict=True)
                            )
                            if outcome.doc in PRISM_AUTH
                            else None
                        ),
                        "examples": [asdict(e) for e in todo],
                        "drift_log": str(work / "drift.jsonl") if DRIFT else None,
                    }
                )
            )
            done = _run(
                [str(python), str(RUNNER), str(config), str(results_path)],
                CALL_TIMEOUT * len(todo) + 60,
                cwd=work,
            )
            rows = [json.loads(line) for line in results_path.read_text().splitlines()]
            results_path.unlink()
            for row, example in zip(rows, todo, strict=False):
                row["call_path"] = example.call_path
                row["example"] = _one_line(example.code)
            outcome.results += rows
            if done.returncode not in (0, 3) or len(rows) == 0:
                outcome.problems.append(
                    f"the example runner stopped (exit {done.returncode}) before "
                    f"{todo[len(rows)].key if len(rows) < len(todo) else 'the end'}: {done.stderr[-1500:]}"
                )
                outcome.results += [
                    {
                        "key": e.key,
                        "call_path": e.call_path,
                        "example": _one_line(e.code),
                        "ok": False,
                        "type": "RunnerStopped",
                        "error": f"not run: the runner stopped (exit {done.returncode})",
                        "request_violations": [],
                        "response_violations": [],
                    }
                    for e in todo[len(rows) :]
                ]
                break
            todo = todo[len(rows) :]
            if done.returncode == 3:  # the last call took Prism down: restart it for the rest
                rows[-1]["error"] += " (Prism died on this call)"
                prism.stop()
                prism.start()
        if DRIFT and outcome.as_received:
            _drift_loop(outcome, python, work, prism.url)
    except (RuntimeError, subprocess.TimeoutExpired) as err:
        outcome.problems.append(f"examples: {err}")
    finally:
        outcome.seconds["examples"] = time.perf_counter() - started
        prism.stop()
    _judge_excuses(outcome)
    _judge_document_violations(outcome)


def _drift_loop(outcome: Outcome, python: Path, work: Path, base_url: str) -> None:
    """Propose an overlay from the drift log, regenerate with it, and run the calls that came back as
    received again with strict validation (the regenerated package shadows the installed one)."""
    spec = REAL / DOCS[outcome.doc]
    lenient = ["--lenient"] if outcome.mode == "lenient" else []
    overlay = work / "drift.overlay.yaml"
    env = {"PYTHONPATH": str(ROOT), "CODEGEN_NO_CACHE": "1"}
    log = work / "drift.jsonl"
    if not log.exists():
        outcome.drift = {"error": "no drift log was written"}
        return
    proposed = _run(
        [
            sys.executable,
            "-m",
            "generator",
            "drift",
            str(spec),
            str(log),
            "--out",
            str(overlay),
            *lenient,
        ],
        900,
        cwd=ROOT,
        env=env,
    )
    if proposed.returncode != 0:
        outcome.drift = {"error": f"codegen drift failed: {proposed.stderr[-800:]}"}
        return
    bump = proposed.stdout.strip().splitlines()[-1]
    text = overlay.read_text(encoding="utf-8")
    actions = text.count("\n  - target: ")
    notes = [line[2:] for line in text.splitlines() if line.startswith("# not proposed:")]
    keep = os.environ.get("REAL_WORLD_DRIFT_DIR")  # where to keep each document's log and overlay
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(log, Path(keep) / f"{outcome.doc}.drift.jsonl")
        shutil.copy(overlay, Path(keep) / f"{outcome.doc}.drift.overlay.yaml")
    if not actions:
        outcome.drift = {
            "actions": 0,
            "as_received": len(outcome.as_received),
            "strict_ok": 0,
            "notes": notes,
        }
        return
    fixed = work / "package-drift"
    regenerated = _run(
        [
            sys.executable,
            "-m",
            "generator",
            "generate",
            str(spec),
            "--overlay",
            str(overlay),
            "--out",
            str(fixed),
            "--package-name",
            outcome.package,
            *lenient,
        ],
        900,
        cwd=ROOT,
        env=env,
    )
    if regenerated.returncode != 0:
        outcome.drift = {
            "actions": actions,
            "error": f"regeneration failed: {regenerated.stderr[-800:]}",
        }
        return
    again = [e for e in outcome.examples if e.key in {r["key"] for r in outcome.as_received}]
    config = work / "runner-drift.json"
    config.write_text(
        json.dumps(
            {
                "package": outcome.package,
                "base_url": base_url,
                "timeout": CALL_TIMEOUT,
                "withhold": (
                    dict(zip(("header", "prefix"), PRISM_AUTH[outcome.doc][:2], strict=True))
                    if outcome.doc in PRISM_AUTH
                    else None
                ),
                "examples": [asdict(e) for e in again],
                "strict": True,
            }
        )
    )
    results = work / "results-drift.jsonl"
    _run(
        [str(python), str(RUNNER), str(config), str(results)],
        CALL_TIMEOUT * len(again) + 60,
        cwd=work,
        env={"PYTHONPATH": str(fixed / "src")},
    )
    rows = (
        [json.loads(line) for line in results.read_text().splitlines()] if results.exists() else []
    )
    outcome.drift = {
        "actions": actions,
        "bump": bump,
        "as_received": len(outcome.as_received),
        "strict_ok": sum(1 for r in rows if r["ok"] and not r.get("as_received")),
        "notes": notes,
        "still": [
            f"{r['key']}: {r.get('error') or r.get('as_received')}"[:300]
            for r in rows
            if not r["ok"] or r.get("as_received")
        ],
    }


def _judge_document_violations(outcome: Outcome) -> None:
    """Mark the failures whose served body violates the document's own schema (see lenient_parsing_class)."""
    document = _read(REAL / DOCS[outcome.doc])
    for row in outcome.results:
        if row.get("type") == "APIResponseValidationError":
            found = _document_violation(document, row["key"], row)
            if found:
                row["document_violation"] = found
        row.pop("served", None)


def _judge_excuses(outcome: Outcome) -> None:
    """Excused calls are sent too, so that an excuse covers only what Prism does with them.

    Excused: the call reached Prism (and failed, or took it down). Still a failure: the call failed
    before any request went out (the client's own fault). Stale: it ran fine, so Prism can serve it.
    """
    for row in outcome.results:
        reason = PRISM_CANNOT.get((outcome.doc, row["key"]))
        if reason is None:
            continue
        if row["ok"]:
            row.update(ok=False, type="StaleExcuse")
            row["error"] = f"PRISM_CANNOT excuses it ({reason}), but it ran: drop the excuse"
        elif not row.get("sent"):
            row["error"] = (
                f"{row.get('error')} (raised before any request reached Prism: not excused)"
            )
        else:
            row["excused"] = reason
            outcome.excused.append(row["key"])


# --------------------------------------------------------------------------------------------------
# The report


def lenient_parsing_class(row: dict[str, Any]) -> bool:
    """The response Prism served (in static mode, the document's own example) violates the document's
    own schema for it, checked with jsonschema (`_document_violation`): the client refuses a body the
    spec does not allow. The runtime's lenient parsing returns such a body as received (counted in
    `as_received`); a failure of this class means that path failed, and is counted apart."""
    return row.get("type") == "APIResponseValidationError" and bool(row.get("document_violation"))


def _as_json_schema(value: Any) -> Any:
    """An OpenAPI document's schemas in JSON Schema 2020-12 terms (3.0 `nullable`, boolean bounds)."""
    from generator.models.lenient import as_31

    if isinstance(value, list):
        return [_as_json_schema(v) for v in value]
    if not isinstance(value, dict):
        return value
    out = {
        k: v if k in ("example", "examples", "default", "enum", "const") else _as_json_schema(v)
        for k, v in value.items()
    }
    return (
        as_31(out)
        if "nullable" in out or "exclusiveMinimum" in out or "exclusiveMaximum" in out
        else out
    )


def _document_violation(document: Any, key: str, row: dict[str, Any]) -> str | None:
    """Why the body Prism served fails the document's schema for that status, or None."""
    import jsonschema

    served = row.get("served")
    if not isinstance(served, str) or "json" not in str(row.get("served_type", "")):
        return None
    method, path = key.split(" ", 1)
    responses = document["paths"][path][method.lower()].get("responses") or {}
    status = str(row.get("status") or "")
    code = (
        status
        if status in map(str, responses)
        else next((str(c) for c in responses if str(c).startswith("2")), None)
    )
    if code is None:
        return None
    response = responses[next(c for c in responses if str(c) == code)]
    while isinstance(response, dict) and isinstance(response.get("$ref"), str):
        node: Any = document
        for part in response["$ref"].removeprefix("#/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        response = node
    content = (response or {}).get("content") or {}
    media = next((m for m in content if "json" in m), None)
    if media is None or "schema" not in content[media]:
        return None
    root = _as_json_schema(document)
    root["x-served-schema"] = _as_json_schema(content[media]["schema"])
    pointer = "#/x-served-schema"
    validator = jsonschema.Draft202012Validator(
        {**root, "$ref": pointer}, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    try:
        error = next(validator.iter_errors(json.loads(served)), None)
    except Exception:  # a body or schema jsonschema cannot judge: not counted in this class
        return None
    if error is None:
        return None
    where = "/".join(map(str, error.absolute_path))
    return f"{where or '(the body)'}: {error.message[:160]}"


def failure_class(row: dict[str, Any]) -> str:
    """A coarse class of one failure, for the summary (names, quoted values and numbers blanked)."""

    def blank(text: str) -> str:
        text = re.sub(r"'[^']*'|\"[^\"]*\"", "'…'", text)
        text = re.sub(r"\b(property|parameter) \S+", r"\1 …", text)
        text = re.sub(r"request\.(body|query|path|header)\.\S+:", r"request.\1.…:", text)
        return re.sub(r"\b\d+\b", "N", text)[:140]

    error = row.get("error") or ""
    pydantic_kinds = sorted(set(re.findall(r"\[type=(\w+),", error)))
    if row.get("request_violations"):
        return f"Prism refused the request: {blank(row['request_violations'][0])}"
    kind = row.get("type", "?")
    if kind == "APIResponseValidationError":
        said = (
            "Prism flags its own response"
            if row.get("response_violations")
            else "Prism's response fits the spec"
        )
        return f"APIResponseValidationError ({said}): {', '.join(pydantic_kinds)}"
    if kind == "ValidationError":  # pydantic, before anything was sent
        return (
            f"the example's arguments fail the client's request model: {', '.join(pydantic_kinds)}"
        )
    if row.get("status"):
        return f"{kind} {row['status']}"
    return blank(error.splitlines()[0] if error else kind)


def _table(outcomes: list[Outcome]) -> list[str]:
    head = (
        f"{'document':24} {'mode':8} {'ops':>4} {'ran':>4} {'ok':>4} {'excused':>7} {'failed':>6} "
        f"{'lenient':>7} {'as-recv':>7} {'gen s':>6} {'inst s':>6} {'mypy s':>6} {'prism s':>7} {'calls s':>7}  problems"
    )
    lines = [head, "-" * len(head)]
    totals: Counter[str] = Counter()
    for o in outcomes:
        s = o.seconds
        row = (
            f"{o.doc:24} {o.mode:8} {o.operations:>4} {len(o.ran):>4} {o.ran_ok:>4} "
            f"{len(o.excused):>7} {len(o.failed):>6} {len(o.pending_lenient):>7} "
            f"{len(o.as_received):>7} {s.get('generate', 0):>6.1f} "
            f"{s.get('install', 0):>6.1f} {s.get('mypy', 0):>6.1f} {s.get('prism_start', 0):>7.1f} "
            f"{s.get('examples', 0):>7.1f}  {len([p for p in o.problems])}"
        )
        lines.append(row)
        totals.update(
            ops=o.operations,
            ran=len(o.ran),
            ok=o.ran_ok,
            excused=len(o.excused),
            failed=len(o.failed),
            lenient=len(o.pending_lenient),
            as_received=len(o.as_received),
        )
    lines.append(
        f"{'total':24} {'':8} {totals['ops']:>4} {totals['ran']:>4} {totals['ok']:>4} "
        f"{totals['excused']:>7} {totals['failed']:>6} {totals['lenient']:>7} "
        f"{totals['as_received']:>7}"
    )
    if DRIFT:
        before = sum(len(o.as_received) for o in outcomes)
        after = sum(o.drift.get("strict_ok", 0) for o in outcomes)
        lines.append(
            f"drift: {before} call(s) came back as received; with the overlays `codegen drift` proposed "
            f"from the clients' drift logs, {after} of them validate strictly ("
            + ", ".join(
                f"{o.doc}: {o.drift.get('strict_ok', 0)}/{len(o.as_received)}, {o.drift.get('actions', 0)} action(s)"
                + (f" [{o.drift['error'][:120]}]" if "error" in o.drift else "")
                for o in outcomes
                if o.as_received
            )
            + ")"
        )
        for o in outcomes:
            for still in o.drift.get("still", [])[:5]:
                lines.append(f"  drift, still not strict: {o.doc} {still.splitlines()[0]}")
            if o.drift.get("strict_ok", 0) < len(o.as_received):
                for note in o.drift.get("notes", [])[:5]:
                    lines.append(f"  drift, {o.doc}: {note[:300]}")
    lines.append(
        "lenient: failures of the lenient-parsing class (Prism serves the document's own example, which "
        "violates the document's schema, and the client refused it), among failed; as-recv: calls that "
        "worked with an answer that does not match the spec, returned as received with one warning"
    )
    classes = Counter((failure_class(r), o.doc) for o in outcomes for r in o.failed)
    by_class: dict[str, Counter[str]] = {}
    for (cls, doc), n in classes.items():
        by_class.setdefault(cls, Counter())[doc] += n
    if by_class:
        lines.append("")
        lines.append("failures by coarse class (count: class [documents])")
        for cls, docs in sorted(by_class.items(), key=lambda kv: -sum(kv[1].values())):
            where = ", ".join(f"{d} {n}" for d, n in docs.most_common())
            lines.append(f"{sum(docs.values()):>5}: {cls} [{where}]")
    return lines


def _detail(outcome: Outcome) -> str:
    lines = [
        f"{outcome.doc}: {outcome.operations} operations, {len(outcome.ran)} examples run, "
        f"{outcome.ran_ok} ok, {len(outcome.failed)} failed ({len(outcome.pending_lenient)} of them "
        f"the lenient-parsing class), {len(outcome.excused)} excused "
        f"(generated {outcome.mode})"
    ]
    lines += [f"  problem: {p}" for p in outcome.problems]
    for r in outcome.failed:
        extra = f" {r['request_violations']}" if r.get("request_violations") else ""
        if r.get("document_violation"):
            extra += f" [the served body violates the document's schema: {r['document_violation']}]"
        lines.append(f"  {r['key']}: {r['example']}\n    -> {r.get('error')}{extra}")
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------------
# The tests


@pytest.fixture(scope="module")
def measured(
    request: pytest.FixtureRequest, real_world_report: list[str]
) -> Iterator[dict[str, Outcome]]:
    """Every selected document measured; generation etc. of one overlaps the Prism stage of another."""
    wanted = [
        item.callspec.params["doc"]
        for item in request.session.items
        if getattr(item, "module", None) is request.module
        and hasattr(item, "callspec")
        and "doc" in item.callspec.params
    ]
    outcomes: dict[str, Outcome] = {}
    begun = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="real-world-") as tmp, ThreadPoolExecutor(JOBS) as pool:
        works = {doc: Path(tmp) / doc for doc in wanted}
        for work in works.values():
            work.mkdir()
        futures = {pool.submit(_prepare, doc, works[doc]): doc for doc in wanted}
        for future in as_completed(futures):
            doc = futures[future]
            outcome, python = future.result()
            if python is not None:
                _run_examples(outcome, python, works[doc])
            outcome.seconds["total"] = sum(
                outcome.seconds.get(k, 0.0)
                for k in ("generate", "install", "mypy", "prism_start", "examples")
            )
            outcomes[doc] = outcome
    ordered = [outcomes[d] for d in sorted(outcomes)]
    real_world_report[:] = [
        *_table(ordered),
        "",
        f"{len(ordered)} document(s) in {time.perf_counter() - begun:.0f} s wall "
        f"(REAL_WORLD_JOBS={JOBS}; each stage's time above)",
    ]
    report = os.environ.get("REAL_WORLD_REPORT")
    if report:
        Path(report).write_text(
            json.dumps(
                {
                    d: {**asdict(o), "examples": [asdict(e) for e in o.examples]}
                    for d, o in outcomes.items()
                },
                indent=1,
                default=str,
            )
        )
    yield outcomes


def test_every_real_world_document_is_covered() -> None:
    found = sorted(
        str(p.relative_to(REAL)) for p in REAL.rglob("*") if p.suffix in (".yaml", ".yml", ".json")
    )
    assert found == sorted(DOCS.values())


def test_every_excuse_names_a_document_and_gives_a_reason() -> None:
    for (doc, key), reason in PRISM_CANNOT.items():
        assert doc in DOCS, doc
        assert re.fullmatch(r"[A-Z]+ /\S*", key), key
        assert len(reason) > 10, (doc, key)


@pytest.mark.parametrize("doc", sorted(DOCS))
def test_every_readme_example_runs_against_prism(measured: dict[str, Outcome], doc: str) -> None:
    outcome = measured[doc]
    print("\n".join(_table([outcome])))
    failures = outcome.problems + [
        f"{r['key']} {r['example']} -> {r.get('error')}"
        + (f" {r['request_violations']}" if r.get("request_violations") else "")
        for r in outcome.failed
    ]
    assert not failures, _detail(outcome)


@pytest.mark.parametrize(
    "doc", ["immich", "lago", "mastodon", "rocketchat-omnichannel", "xero-accounting"]
)
def test_the_crawled_validator_gives_the_shipped_validators_verdict(doc: str) -> None:
    """`generator/load/validator.py` crawls the meta-schema's registry once (the speed of `codegen`):
    on the real documents with faults, and a clean 3.1 one, the faults found stay the same."""
    from validator_equality import shipped_python

    from generator.load.validator import _spec_validator

    data = _read(REAL / DOCS[doc])
    for responses in (
        op.get("responses")
        for item in data["paths"].values()
        for op in item.values()
        if isinstance(op, dict)
    ):
        if isinstance(responses, dict):  # integer codes crash both alike: read as strings first
            for code in [c for c in responses if isinstance(c, int)]:
                responses[str(code)] = responses.pop(code)
    v31 = data["openapi"].startswith("3.1")
    shipped = shipped_python(v31)

    def faults(cls: type) -> list[tuple[list[object], str]]:
        return [(list(e.absolute_path), e.message) for e in cls(data).iter_errors()]

    assert faults(_spec_validator(v31)) == faults(shipped)
