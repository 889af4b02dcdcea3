"""Nothing in a spec becomes code: hostile names and texts give valid code that keeps wire names.

A hypothesis strategy builds specs whose property names, enum values, operationIds, tags, parameter
names, descriptions and examples hold quotes, triple quotes, backslashes, newlines, Jinja markers,
Python keywords, leading digits, non-ASCII and names of our own runtime. The output must compile,
import, send the payload under its wire names and parse the answer without losing anything.
"""

from __future__ import annotations

import compileall
import itertools
import json
import re
from pathlib import Path
from typing import Any

import httpx2
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from codegen_tests.helpers import build_package, json_response, sync_client_class
from generator.pipeline import build_ir

CANARY = "spec-text-was-executed"
NASTY = [
    'quote"inside',
    "single'quote",
    '"""triple',
    "'''triple",
    "back\\slash",
    "ends with backslash\\",
    "new\nline",
    "{{ 7 * 7 }}",
    "{% raw %}x",
    f"{{{{ __import__('pathlib').Path('{CANARY}').touch() }}}}",
    "class",
    "def",
    "None",
    "True",
    "lambda",
    "self",
    "cls",
    "client",
    "timeout",
    "extra_headers",
    "extra_query",
    "max_retries",
    "model_config",
    "model_fields",
    "body",
    "values",
    "_models",
    "httpx2",
    "1st",
    "123",
    "ação",
    "日本語",
    "naïve café",
    "user-id",
    "user id",
    "userId",
    "user_id",
    "__init__",
    "print(1)",
    "#comment",
    "a;b",
    "",
    " ",
    "$ref",
    "x-evil",
]
Texts = st.sampled_from(NASTY) | st.text(min_size=0, max_size=12)
Names = st.sampled_from([n for n in NASTY if n.strip()]) | st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=10
)
# HTTP header names must be tokens. Path parameter names are letters, digits, "_" and "-": the
# path template cannot hold braces, "/", "#" or "?", and openapi-spec-validator reads templates with
# str.format, so "!", ":", "[" or "." fail inside it (codegen then refuses the document by name).
PathNames = st.sampled_from([n for n in NASTY if re.fullmatch(r"[\w-]+", n)]) | st.text(
    alphabet=st.characters(categories=("L", "N")) | st.sampled_from("_-"), min_size=1, max_size=10
)
TOKEN = st.sampled_from(["X-Self", "X-Client", "X-Timeout", "X-Class", "X-1st", "X-Model-Config"])


def _spec(
    props: list[str],
    enum_values: list[str],
    op_id: str,
    tag: str,
    query: str,
    path_param: str,
    header: str,
    text: str,
) -> dict[str, Any]:
    properties: dict[str, Any] = {
        p: {"type": "string", "description": text, "example": text} for p in props
    }
    properties["kind of thing"] = {"type": "string", "enum": enum_values, "description": text}
    return {
        "openapi": "3.1.0",
        "info": {"title": text or "t", "version": "1", "description": text},
        "servers": [{"url": "https://api.example.test"}],
        "paths": {
            "/items/{" + path_param + "}": {
                "post": {
                    "operationId": op_id,
                    "tags": [tag],
                    "summary": text,
                    "description": text,
                    "parameters": [
                        {
                            "name": path_param,
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                            "description": text,
                        },
                        {
                            "name": query,
                            "in": "query",
                            "schema": {"type": "string"},
                            "description": text,
                            "example": text,
                        },
                        {
                            "name": header,
                            "in": "header",
                            "schema": {"type": "string"},
                            "description": text,
                        },
                    ],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/Thing"},
                                "example": {p: text for p in props},
                            }
                        },
                    },
                    "responses": {
                        "200": {
                            "description": text,
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Thing"}
                                }
                            },
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "description": text,
                    "properties": properties,
                    "required": props[:1],
                }
            }
        },
    }


counter = itertools.count()


@settings(
    max_examples=12,
    derandomize=True,  # the same examples on every run: CI never meets a new one by chance
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    props=st.lists(Names, min_size=1, max_size=6, unique=True).filter(
        lambda ps: "kind of thing" not in ps
    ),
    enum_values=st.lists(Texts, min_size=1, max_size=4, unique=True),
    op_id=Names,
    tag=Names,
    query=Names,
    path_param=PathNames,
    header=TOKEN,
    text=Texts,
)
@example(
    props=[
        '"""triple',
        "class",
        "model_config",
        "1st",
        "ação",
        "{{ 7 * 7 }}",
        "userId",
        "user_id",
        "self",
        "ends with backslash\\",
    ],
    enum_values=['quote"inside', "back\\slash", "new\nline", "{% raw %}x"],
    op_id="class",
    tag="self",
    query="timeout",
    path_param="client",
    header="X-Self",
    text=NASTY[9],
)
@example(
    props=["x"],
    enum_values=["a"],
    op_id="op",
    tag="t",
    query="q",
    path_param="p",
    header="X-Self",
    text="\U00011a50 astral",
)
def test_hostile_specs_give_safe_working_code(
    tmp_path_factory: Any,
    props: list[str],
    enum_values: list[str],
    op_id: str,
    tag: str,
    query: str,
    path_param: str,
    header: str,
    text: str,
) -> None:
    tmp = tmp_path_factory.mktemp("inject")
    spec = _spec(props, enum_values, op_id, tag, query, path_param, header, text)
    name = f"hostile{next(counter)}"
    module = build_package(tmp, spec, name)
    root = Path(module.__file__).parent
    assert compileall.compile_dir(str(root), quiet=1, force=True)
    assert not (tmp / CANARY).exists() and not Path(CANARY).exists()

    spec_path = tmp / f"{name}.yaml"
    api = build_ir(spec_path, f"{name}_client")
    (op,) = api.operations
    payload: dict[str, Any] = {p: f"v{i}" for i, p in enumerate(props)}
    answer = {**payload, "kind of thing": "a value the spec does not list", "added later": [1, 2]}
    seen: list[httpx2.Request] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        request.read()
        seen.append(request)
        return json_response(answer)

    client = sync_client_class(module)(
        http_client=httpx2.Client(transport=httpx2.MockTransport(handler))
    )
    target: Any = client
    for part in op.call_path.split(".")[:-1]:
        target = getattr(target, part)
    method = getattr(target, op.py_name)
    by_wire = {f.wire_name: f.py_name for f in op.body.fields} if op.body else {}
    kwargs = {by_wire[p]: v for p, v in payload.items()}
    params = {p.wire_name: p.py_name for p in op.params}
    kwargs[params[query]] = "q/v?&="
    kwargs[params[header]] = "h"
    result = method("id/../x", **kwargs)

    request = seen[-1]
    assert json.loads(request.content) == payload
    assert request.url.raw_path.decode().startswith("/items/id%2F..%2Fx?")
    assert request.headers[header] == "h"
    assert httpx2.QueryParams(request.url.query.decode())[query] == "q/v?&="
    assert result.model_dump(mode="json", by_alias=True, exclude_unset=True) == answer
