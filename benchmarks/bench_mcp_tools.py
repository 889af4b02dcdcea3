"""What an MCP server's tool list costs an agent's context: static (a tool per operation) against dynamic
(search, describe, call), measured on the wire through the official MCP client.

For each document (our three specs, and the largest of the real-world corpus when it is present) the
package is generated into a temporary folder, `python -m <package>.mcp` is started in each mode, and
the `tools/list` answer is serialised as the client received it. Tokens are estimated as characters / 4
(the usual rule of thumb for English and JSON; no tokenizer is installed here), so the ratio between the
modes is the figure to read, not the token counts themselves.

    python benchmarks/bench_mcp_tools.py [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import anyio
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client

ROOT = Path(__file__).resolve().parents[1]
CODEGEN = Path(sys.executable).with_name("codegen")


def corpus_document() -> Path | None:
    """The largest document of the real-world corpus, if the corpus is beside the project."""
    base = Path(os.environ.get("CONVAPI_CORPUS") or ROOT.parent / "shared")
    folder = base / "public-specs" / "real-world"
    files = [p for p in folder.glob("*/*") if p.suffix in (".json", ".yaml", ".yml")]
    return max(files, key=lambda p: p.stat().st_size) if files else None


def generate(spec: Path, out: Path, package: str) -> None:
    command = [str(CODEGEN), "generate", str(spec), "--out", str(out), "--package-name", package]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:  # a vendor document may need the repairs
        done = subprocess.run([*command, "--lenient"], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"codegen failed on {spec}:\n{done.stderr}")


async def tool_list_size(src: Path, package: str, mode: str) -> tuple[int, int]:
    """(tools, characters of the tools/list answer) for one mode."""
    params = StdioServerParameters(
        command=sys.executable,
        args=["-m", f"{package}.mcp", "--mode", mode],
        env={"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(src)},
    )
    async with stdio_client(params) as (read, write), ClientSession(read, write) as session:
        await session.initialize()
        listed = await session.list_tools()
    wire = listed.model_dump(mode="json", by_alias=True, exclude_none=True)
    return len(listed.tools), len(json.dumps(wire["tools"], separators=(",", ":")))


def measure(spec: Path, package: str, workdir: Path) -> dict[str, Any]:
    out = workdir / package
    generate(spec, out, package)
    src = out / "src"
    static_tools, static_chars = anyio.run(tool_list_size, src, package, "static")
    dynamic_tools, dynamic_chars = anyio.run(tool_list_size, src, package, "dynamic")
    return {
        "document": spec.name,
        "static_tools": static_tools,
        "static_chars": static_chars,
        "static_tokens_est": static_chars // 4,
        "dynamic_tools": dynamic_tools,
        "dynamic_chars": dynamic_chars,
        "dynamic_tokens_est": dynamic_chars // 4,
        "ratio": round(dynamic_chars / static_chars, 4),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    documents = [(ROOT / "specs" / f"{n}.yaml", f"{n}_client") for n in ("wacrm", "chatbotx")]
    largest = corpus_document()
    if largest is not None:
        documents.append((largest, "corpus_client"))
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for spec, package in documents:
            rows.append(measure(spec, package, Path(tmp)))
    print(f"{'document':32} {'static':>20} {'dynamic':>18} {'dynamic/static':>15}")
    for r in rows:
        static = f"{r['static_tools']} tools {r['static_tokens_est']:>7} tok"
        dynamic = f"{r['dynamic_tools']} tools {r['dynamic_tokens_est']:>5} tok"
        print(f"{r['document']:32} {static:>20} {dynamic:>18} {r['ratio']:>15.4f}")
    if largest is None:
        print("(no corpus beside the project: the real-world document was left out)")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
