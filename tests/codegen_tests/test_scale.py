"""A spec of 500 operations and 1,000 schemas produces a working package (time and memory: benchmarks/)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import httpx2
import yaml

from codegen_tests.helpers import ROOT, json_response, run_codegen

sys.path.insert(0, str(ROOT))
from benchmarks.synthetic import build_spec


def test_500_operations_and_1000_schemas_generate_an_importable_package(tmp_path: Path) -> None:
    spec = build_spec()
    operations = sum(
        1
        for item in spec["paths"].values()
        for key in item
        if key in ("get", "post", "put", "patch", "delete")
    )
    assert operations == 500 and len(spec["components"]["schemas"]) == 1000
    path = tmp_path / "synthetic.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    result = run_codegen("generate", str(path), "--out", str(tmp_path / "pkg"))
    assert result.returncode == 0, result.stderr
    assert "(500 operations)" in result.stdout
    sys.path.insert(0, str(tmp_path / "pkg" / "src"))
    try:
        module = importlib.import_module("synthetic_client")
        client_cls = getattr(module, module._client.__all__[1])
        resources = [
            name
            for name in vars(client_cls(api_key="k", base_url="https://x.test"))
            if not name.startswith("_")
            and name not in ("base_url", "timeout", "max_retries", "strict_response_validation")
        ]
        assert len(resources) == 100
        models = [
            name
            for name in dir(module.models)
            if isinstance(getattr(module.models, name), type)
            and issubclass(getattr(module.models, name), module.models.BaseModel)
            and name != "BaseModel"
        ]
        assert len(models) >= 1000
        item = {
            "id": "i1",
            "name": "n",
            "status": "active",
            "created_at": "2024-01-01T00:00:00Z",
            "tags": [],
            "count": 1,
        }
        pages = iter(
            [
                {"data": [item], "meta": {"next_cursor": "c2"}},
                {"data": [{**item, "id": "i2"}], "meta": {"next_cursor": None}},
            ]
        )
        client = client_cls(
            api_key="k",
            base_url="https://x.test",
            http_client=httpx2.Client(
                transport=httpx2.MockTransport(lambda r: json_response(next(pages)))
            ),
        )
        assert [x.id for x in client.r042.list(limit=1)] == ["i1", "i2"]
    finally:
        sys.path.pop(0)
