"""A large real-shaped document for the speed target: about 2.7 MB and 465 operations, made
deterministically from three of the corpus' OpenAPI 3.1 documents (no 2.7 MB one is in the corpus).

Mastodon's, Lago's and Adyen's documents (`public-specs/real-world/`, see its SOURCES.md) are merged
into one: each document's paths under a prefix of its own (`/mastodon`, `/lago`, `/adyen`), its
components renamed with that prefix (`MastodonAccount`) and every `$ref` rewritten to match; then the
first Mastodon paths are repeated under `/mastodon-copy` (the same shapes, their own operationIds)
until the document has 465 operations. The result is written as JSON with one-space indentation.

    python benchmarks/merged.py OUT.json
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _common as c  # noqa: E402

REAL = c.CORPUS / "public-specs" / "real-world"
SOURCES = (
    ("mastodon", "mastodon/schema.json"),
    ("lago", "lago/openapi.yaml"),
    ("adyen", "adyen-checkout/CheckoutService-v72.json"),
)
OPERATIONS = 465
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _read(path: Path) -> Any:
    if path.suffix == ".json":
        return json.loads(path.read_text(encoding="utf-8"))
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)


def _prefixed(value: Any, prefix: str, op_prefix: str) -> Any:
    """Every `$ref` to a component renamed, every operationId prefixed."""
    if isinstance(value, list):
        return [_prefixed(v, prefix, op_prefix) for v in value]
    if not isinstance(value, dict):
        return value
    out: dict[str, Any] = {}
    for key, item in value.items():
        if key == "$ref" and isinstance(item, str) and item.startswith("#/components/"):
            section, _, name = item[len("#/components/") :].partition("/")
            out[key] = f"#/components/{section}/{prefix}{name}"
        elif key == "operationId" and isinstance(item, str):
            out[key] = f"{op_prefix}{item[:1].upper()}{item[1:]}"
        elif key == "mapping" and isinstance(item, dict):  # discriminator mappings
            out[key] = {
                k: v.replace("#/components/schemas/", f"#/components/schemas/{prefix}")
                if isinstance(v, str)
                else v
                for k, v in item.items()
            }
        elif key in ("example", "default", "enum", "const") or (
            key == "examples" and isinstance(item, list)
        ):
            out[key] = item  # values, not references
        else:
            out[key] = _prefixed(item, prefix, op_prefix)
    return out


def build_merged() -> dict[str, Any]:
    merged: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "Merged real-world API", "version": "1.0.0"},
        "servers": [{"url": "https://merged.example.test"}],
        "paths": {},
        "components": {},
        "security": [],
    }
    count = 0
    first: dict[str, Any] | None = None
    for name, rel in SOURCES:
        doc = _read(REAL / rel)
        prefix = name.capitalize()
        for section, entries in (doc.get("components") or {}).items():
            target = merged["components"].setdefault(section, {})
            for key, value in (entries or {}).items():
                target[f"{prefix}{key}"] = _prefixed(value, prefix, name)
        paths = _prefixed(doc.get("paths") or {}, prefix, name)
        for path, item in paths.items():
            merged["paths"][f"/{name}{path}"] = item
            count += sum(1 for m in item if m in METHODS)
        if first is None:
            first = paths
    assert first is not None
    for path, item in first.items():
        if count >= OPERATIONS:
            break
        ops = {m: op for m, op in item.items() if m in METHODS}
        if count + len(ops) > OPERATIONS:
            continue
        copied = copy.deepcopy(item)
        for method in ops:
            op = copied[method]
            if isinstance(op.get("operationId"), str):
                op["operationId"] = "copy" + op["operationId"][:1].upper() + op["operationId"][1:]
        merged["paths"][f"/mastodon-copy{path}"] = copied
        count += len(ops)
    return merged


def write_merged(out: Path) -> Path:
    out.write_text(json.dumps(build_merged(), indent=1, ensure_ascii=False), encoding="utf-8")
    return out


if __name__ == "__main__":
    path = write_merged(Path(sys.argv[1]))
    doc = json.loads(path.read_text())
    ops = sum(1 for item in doc["paths"].values() for m in item if m in METHODS)
    print(f"{path}: {path.stat().st_size:,} bytes, {ops} operations")
