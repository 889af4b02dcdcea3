"""Small specs of our own, one feature each group; every test runs the generated code.

The HTTP side is an in-memory httpx2 transport: these are unit tests of what the generator makes.
"""

from __future__ import annotations

import base64
import copy
import json
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl, unquote

import httpx2
import pytest

from codegen_tests.helpers import build_package, json_response, mock_client

CAT = {
    "type": "object",
    "required": ["petType", "name"],
    "properties": {
        "petType": {"const": "cat"},
        "name": {"type": "string"},
        "indoor": {"type": "boolean"},
    },
}
DOG = {
    "type": "object",
    "required": ["petType", "name"],
    "properties": {
        "petType": {"const": "dog"},
        "name": {"type": "string"},
        "barks": {"type": "boolean"},
    },
}

KITCHEN = {
    "openapi": "3.1.0",
    "info": {"title": "Kitchen sink", "version": "2.1.0"},
    "servers": [
        {
            "url": "https://{region}.example.test/{base}",
            "variables": {"region": {"default": "eu"}, "base": {"default": "v2"}},
        },
        {"url": "https://other.example.test"},
    ],
    "security": [{"bearer": []}],
    "components": {
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        "schemas": {
            "Pet": {
                "oneOf": [
                    {"$ref": "#/components/schemas/Cat"},
                    {"$ref": "#/components/schemas/Dog"},
                ],
                "discriminator": {
                    "propertyName": "petType",
                    "mapping": {
                        "cat": "#/components/schemas/Cat",
                        "dog": "#/components/schemas/Dog",
                    },
                },
            },
            "Cat": CAT,
            "Dog": DOG,
            "Shape": {
                "anyOf": [
                    {
                        "type": "object",
                        "title": "Circle",
                        "required": ["radius"],
                        "properties": {"radius": {"type": "number"}},
                    },
                    {
                        "type": "object",
                        "title": "Square",
                        "required": ["side"],
                        "properties": {"side": {"type": "number"}},
                    },
                ]
            },
            "Node": {
                "type": "object",
                "required": ["value"],
                "properties": {
                    "value": {"type": "integer"},
                    "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
                },
            },
            "Base": {
                "type": "object",
                "required": ["id"],
                "properties": {
                    "id": {"type": "string", "readOnly": True},
                    "name": {"type": "string"},
                },
            },
            "Extended": {
                "allOf": [
                    {"$ref": "#/components/schemas/Base"},
                    {
                        "type": "object",
                        "properties": {
                            "password": {"type": "string", "writeOnly": True},
                            "limit": {"type": "integer", "default": 10},
                        },
                    },
                ]
            },
            "Maps": {
                "type": "object",
                "properties": {
                    "anything": {"type": "object", "additionalProperties": True},
                    "counts": {"type": "object", "additionalProperties": {"type": "integer"}},
                    "closed": {
                        "type": "object",
                        "additionalProperties": False,
                        "properties": {"a": {"type": "string"}},
                    },
                },
            },
            "Values": {
                "type": "object",
                "properties": {
                    "maybe": {"type": ["string", "null"]},
                    "kind": {"const": "fixed"},
                    "color": {"type": "string", "enum": ["red", "green"]},
                    "level": {"type": "integer", "enum": [1, 2, 3]},
                    "mood": {"type": ["string", "null"], "enum": ["happy", "sad", None]},
                    "mixed": {
                        "type": "array",
                        "items": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
                    },
                    "pets": {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}},
                },
            },
            "Problem": {
                "type": "object",
                "properties": {"code": {"type": "string"}, "message": {"type": "string"}},
            },
        },
    },
    "paths": {
        "/pets/{petId}": {
            "parameters": [
                {"name": "petId", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "get": {
                "operationId": "getPet",
                "tags": ["pets"],
                "parameters": [
                    {"name": "X-Trace", "in": "header", "schema": {"type": "string"}},
                    {"name": "session", "in": "cookie", "schema": {"type": "string"}},
                    {
                        "name": "fields",
                        "in": "query",
                        "schema": {"type": "array", "items": {"type": "string"}},
                    },
                    {
                        "name": "filter",
                        "in": "query",
                        "style": "deepObject",
                        "schema": {
                            "type": "object",
                            "properties": {"owner": {"type": "string"}, "age": {"type": "integer"}},
                        },
                    },
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}
                        },
                    },
                    "default": {
                        "description": "error",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}
                        },
                    },
                },
            },
        },
        "/pets": {
            "post": {
                "operationId": "createPet",
                "tags": ["pets"],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Extended"}}
                    },
                },
                "responses": {
                    "2XX": {
                        "description": "created",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/Extended"}
                            }
                        },
                    }
                },
            }
        },
        "/nodes": {
            "get": {
                "operationId": "getTree",
                "tags": ["nodes"],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Node"}}
                        },
                    }
                },
            }
        },
        "/shapes": {
            "get": {
                "operationId": "listShapes",
                "tags": ["shapes"],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "array",
                                    "items": {"$ref": "#/components/schemas/Shape"},
                                }
                            }
                        },
                    }
                },
            }
        },
        "/maps": {
            "get": {
                "operationId": "getMaps",
                "tags": ["misc"],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Maps"}}
                        },
                    }
                },
            }
        },
        "/values": {
            "get": {
                "operationId": "getValues",
                "tags": ["misc"],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Values"}}
                        },
                    }
                },
            }
        },
        "/form": {
            "post": {
                "operationId": "submitForm",
                "tags": ["misc"],
                "requestBody": {
                    "content": {
                        "application/x-www-form-urlencoded": {
                            "schema": {
                                "type": "object",
                                "required": ["name"],
                                "properties": {
                                    "name": {"type": "string"},
                                    "tags": {"type": "array", "items": {"type": "string"}},
                                    "agree": {"type": "boolean"},
                                },
                            }
                        }
                    }
                },
                "responses": {"204": {"description": "done"}},
            }
        },
        "/upload": {
            "post": {
                "operationId": "uploadFile",
                "tags": ["files"],
                "requestBody": {
                    "content": {
                        "multipart/form-data": {
                            "schema": {
                                "type": "object",
                                "required": ["file"],
                                "properties": {
                                    "file": {"type": "string", "format": "binary"},
                                    "caption": {"type": "string"},
                                },
                            }
                        }
                    }
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {"size": {"type": "integer"}},
                                }
                            }
                        },
                    }
                },
            }
        },
        "/download/{name}": {
            "get": {
                "operationId": "download",
                "tags": ["files"],
                "parameters": [
                    {"name": "name", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {
                    "200": {
                        "description": "bytes",
                        "content": {
                            "application/octet-stream": {
                                "schema": {"type": "string", "format": "binary"}
                            }
                        },
                    }
                },
            }
        },
    },
    "webhooks": {
        "newPet": {
            "post": {
                "requestBody": {
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}
                    }
                },
                "responses": {"200": {"description": "ok"}},
            }
        }
    },
}


@pytest.fixture(scope="module")
def kitchen(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    return build_package(tmp_path_factory.mktemp("kitchen"), KITCHEN, "kitchen")


class Recorder:
    def __init__(
        self,
        payload: Any = None,
        status: int = 200,
        content: bytes | None = None,
        content_type: str = "application/json",
    ) -> None:
        self.requests: list[httpx2.Request] = []
        self.payload, self.status, self.content, self.content_type = (
            payload,
            status,
            content,
            content_type,
        )

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        request.read()
        self.requests.append(request)
        if self.content is not None:
            return httpx2.Response(
                self.status, content=self.content, headers={"content-type": self.content_type}
            )
        if self.payload is None:
            return httpx2.Response(self.status)
        return json_response(self.payload, self.status)

    @property
    def last(self) -> httpx2.Request:
        return self.requests[-1]


def test_servers_with_variables_give_the_default_base_url(kitchen: ModuleType) -> None:
    rec = Recorder({"value": 1})
    client = kitchen.Kitchen(
        api_key="k", http_client=httpx2.Client(transport=httpx2.MockTransport(rec))
    )
    client.nodes.list()
    assert str(rec.last.url) == "https://eu.example.test/v2/nodes"


def test_discriminated_union_is_resolved_by_its_discriminator(kitchen: ModuleType) -> None:
    rec = Recorder({"petType": "dog", "name": "Rex", "barks": True})
    client = mock_client(kitchen, "Kitchen", rec)
    pet = client.pets.retrieve(
        "p/1", x_trace="t-1", session="s1", fields=["a", "b"], filter={"owner": "ann", "age": 3}
    )
    assert type(pet).__name__ == "Dog" and pet.barks is True
    models_source = Path(kitchen.models.__file__).read_text(encoding="utf-8")
    assert (
        'discriminator="pet_type"' in models_source
        or "discriminator='pet_type'" in models_source
        or 'discriminator="petType"' in models_source
    )
    request = rec.last
    assert request.url.raw_path.decode().startswith("/pets/p%2F1?")
    assert parse_qsl(request.url.query.decode()) == [
        ("fields", "a"),
        ("fields", "b"),
        ("filter[owner]", "ann"),
        ("filter[age]", "3"),
    ]
    assert request.headers["X-Trace"] == "t-1"
    assert request.headers["Cookie"] == "session=s1"
    assert request.headers["Authorization"] == "Bearer test-key"


def test_a_wrong_discriminator_value_fails_clearly(kitchen: ModuleType) -> None:
    client = mock_client(
        kitchen,
        "Kitchen",
        Recorder({"petType": "bird", "name": "Tweety"}),
        strict_response_validation=True,
    )
    with pytest.raises(
        kitchen.APIResponseValidationError, match=r"petType|pet_type|discriminator|tag"
    ):
        client.pets.retrieve("p1")


def test_default_response_is_the_error_shape(kitchen: ModuleType) -> None:
    client = mock_client(
        kitchen,
        "Kitchen",
        Recorder({"code": "gone", "message": "pet left"}, status=410),
        max_retries=0,
    )
    with pytest.raises(kitchen.APIStatusError) as info:
        client.pets.retrieve("p1")
    assert info.value.status_code == 410 and info.value.body == {
        "code": "gone",
        "message": "pet left",
    }
    assert "gone" in str(info.value) and "pet left" in str(info.value)


def test_allof_body_skips_read_only_and_sends_only_given_fields(kitchen: ModuleType) -> None:
    rec = Recorder({"id": "new-1", "name": "Tom", "limit": 10}, status=201)
    client = mock_client(kitchen, "Kitchen", rec)
    created = client.pets.create(name="Tom", password="s3cret")
    assert json.loads(rec.last.content) == {"name": "Tom", "password": "s3cret"}
    assert created.id == "new-1" and created.limit == 10
    import inspect

    assert "id" not in inspect.signature(client.pets.create).parameters  # readOnly: not an argument


def test_recursive_schema_parses_deeply(kitchen: ModuleType) -> None:
    tree = {"value": 1, "children": [{"value": 2, "children": [{"value": 3, "children": []}]}]}
    client = mock_client(kitchen, "Kitchen", Recorder(tree))
    node = client.nodes.list()
    assert node.children[0].children[0].value == 3
    assert node.model_dump(by_alias=True, exclude_unset=True) == tree


def test_anyof_without_discriminator_and_arrays_of_unions(kitchen: ModuleType) -> None:
    client = mock_client(kitchen, "Kitchen", Recorder([{"radius": 1.5}, {"side": 2.0}]))
    shapes = client.shapes.list()
    assert [type(s).__name__ for s in shapes] == ["ShapeCircle", "ShapeSquare"]
    values = {
        "mixed": ["a", 1],
        "pets": [{"petType": "cat", "name": "Tom"}, {"petType": "dog", "name": "Rex"}],
    }
    client = mock_client(kitchen, "Kitchen", Recorder(values))
    got = client.values.list()
    assert got.mixed == ["a", 1] and [
        type(p.root if hasattr(p, "root") else p).__name__ for p in got.pets
    ] == ["Cat", "Dog"]


def test_additional_properties_true_typed_and_false(kitchen: ModuleType) -> None:
    payload = {
        "anything": {"x": [1, {"y": None}]},
        "counts": {"a": 1, "b": 2},
        "closed": {"a": "z"},
    }
    client = mock_client(kitchen, "Kitchen", Recorder(payload))
    maps = client.maps.list()
    assert maps.counts == {"a": 1, "b": 2} and maps.anything == {"x": [1, {"y": None}]}
    assert maps.model_dump(by_alias=True, exclude_unset=True) == payload
    bad = mock_client(
        kitchen,
        "Kitchen",
        Recorder({"counts": {"a": "not a number"}}),
        strict_response_validation=True,
    )
    with pytest.raises(kitchen.APIResponseValidationError):
        bad.maps.list()


def test_nullable_const_and_enums_including_unknown_values(kitchen: ModuleType) -> None:
    payload = {"maybe": None, "kind": "fixed", "color": "blue", "level": 7, "mood": None}
    client = mock_client(kitchen, "Kitchen", Recorder(payload))
    values = client.values.list()
    assert (
        values.maybe is None
        and values.kind == "fixed"
        and values.color == "blue"
        and values.level == 7
    )
    assert values.model_dump(by_alias=True, exclude_unset=True) == payload


def test_form_urlencoded_body(kitchen: ModuleType) -> None:
    rec = Recorder(status=204)
    client = mock_client(kitchen, "Kitchen", rec)
    assert client.form.create(name="Ann & Bob", tags=["x", "y"], agree=True) is None
    assert rec.last.headers["content-type"] == "application/x-www-form-urlencoded"
    assert parse_qsl(rec.last.content.decode()) == [
        ("name", "Ann & Bob"),
        ("tags", "x"),
        ("tags", "y"),
        ("agree", "true"),
    ]


def test_multipart_upload_sends_the_file_and_fields(kitchen: ModuleType) -> None:
    rec = Recorder({"size": 5})
    client = mock_client(kitchen, "Kitchen", rec)
    result = client.upload.create(file=("hello.txt", b"hello", "text/plain"), caption="greeting")
    assert result.size == 5
    body = rec.last.content
    assert rec.last.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="file"; filename="hello.txt"' in body and b"hello" in body
    assert b'name="caption"' in body and b"greeting" in body


def test_binary_response_returns_bytes(kitchen: ModuleType) -> None:
    rec = Recorder(content=b"\x00\x01binary", content_type="application/octet-stream")
    client = mock_client(kitchen, "Kitchen", rec)
    assert client.download.retrieve("a b.bin") == b"\x00\x01binary"
    assert unquote(rec.last.url.raw_path.decode()) == "/download/a b.bin"


def test_a_webhook_becomes_a_typed_event_on_client_webhooks(kitchen: ModuleType) -> None:
    """The spec's `newPet` (an unsigned Pet union) unwraps without a secret into its member model."""
    client = kitchen.Kitchen(api_key="k")
    pet = client.webhooks.unwrap(b'{"petType": "cat", "name": "Tom"}', {})
    assert type(pet).__name__ == "Cat" and pet.name == "Tom"
    with pytest.raises(kitchen.InvalidWebhookPayloadError):
        client.webhooks.unwrap(b'{"petType": "cow"}', {})
    with pytest.raises(kitchen.InvalidWebhookSignatureError, match="declares no signature"):
        client.webhooks.verify_signature(b"{}", {})


def test_a_webhook_without_a_json_payload_is_left_out_with_a_warning_at_its_place(
    tmp_path: Path,
) -> None:
    from codegen_tests.helpers import run_codegen, write_spec

    spec = copy.deepcopy(KITCHEN)
    spec["webhooks"]["ping"] = {"post": {"responses": {"200": {"description": "ok"}}}}
    path = write_spec(tmp_path, spec, "hooks")
    result = run_codegen("generate", str(path), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    lines = path.read_text().splitlines()
    ping = next(n for n, text in enumerate(lines, 1) if text == "  ping:")
    line = ping + 1  # the key `post:` of `ping`, where every pointer into a mapping is placed
    assert (
        f"hooks.yaml:{line}:5: warning: #/webhooks/ping/post: webhook 'ping' (POST) has no JSON "
        "payload schema" in result.stderr
    )
    resource = (tmp_path / "out/src/hooks_client/resources/webhooks.py").read_text()
    assert "'newPet'" in resource or '"newPet"' in resource
    assert "'ping'" not in resource and '"ping"' not in resource


@pytest.mark.parametrize(
    ("scheme", "check"),
    [
        (
            {"type": "apiKey", "in": "header", "name": "X-API-Key"},
            lambda r: r.headers["X-API-Key"] == "secret",
        ),
        (
            {"type": "apiKey", "in": "query", "name": "api_key"},
            lambda r: ("api_key", "secret") in parse_qsl(r.url.query.decode()),
        ),
        (
            {"type": "apiKey", "in": "cookie", "name": "sid"},
            lambda r: r.headers["Cookie"] == "sid=secret",
        ),
        (
            {"type": "http", "scheme": "basic"},
            lambda r: (
                r.headers["Authorization"] == "Basic " + base64.b64encode(b"user:secret").decode()
            ),
        ),
        (
            {"type": "http", "scheme": "bearer"},
            lambda r: r.headers["Authorization"] == "Bearer secret",
        ),
    ],
    ids=["apikey-header", "apikey-query", "apikey-cookie", "basic", "bearer"],
)
def test_security_schemes(tmp_path: Path, scheme: dict[str, Any], check: Any) -> None:
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Secure", "version": "1"},
        "servers": [{"url": "https://secure.example.test"}],
        "security": [{"auth": []}],
        "components": {"securitySchemes": {"auth": scheme}},
        "paths": {
            "/ping": {
                "get": {
                    "operationId": "ping",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "properties": {"ok": {"type": "boolean"}},
                                    }
                                }
                            },
                        }
                    },
                }
            },
            "/public": {
                "get": {
                    "operationId": "public",
                    "security": [],
                    "responses": {"204": {"description": "ok"}},
                }
            },
        },
    }
    module = build_package(tmp_path, spec, f"secure_{scheme.get('in', scheme.get('scheme'))}")
    rec = Recorder({"ok": True})
    given = (
        {"username": "user", "password": "secret"}
        if scheme.get("scheme") == "basic"
        else {"api_key": "secret"}
    )
    client = mock_client(module, "", rec, **given)
    assert client.ping.list().ok is True
    assert check(rec.last)
    rec.status, rec.payload = 204, None
    client.public.list()
    assert "secret" not in str(rec.last.headers) and "secret" not in str(rec.last.url)


def test_openapi_30_nullable_and_nullable_enum(tmp_path: Path) -> None:
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Legacy", "version": "1"},
        "servers": [{"url": "https://legacy.example.test"}],
        "paths": {
            "/thing": {
                "get": {
                    "operationId": "getThing",
                    "parameters": [
                        {
                            "name": "state",
                            "in": "query",
                            "schema": {"type": "string", "enum": ["on", "off"]},
                        }
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
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
                    "required": ["name", "state"],
                    "properties": {
                        "name": {"type": "string", "nullable": True},
                        "state": {"type": "string", "enum": ["on", "off"], "nullable": True},
                        "count": {"type": "integer", "default": 3},
                    },
                }
            }
        },
    }
    module = build_package(tmp_path, spec, "legacy")
    rec = Recorder({"name": None, "state": None})
    client = mock_client(module, "Legacy", rec)
    thing = client.thing.list(state="on")
    assert thing.name is None and thing.state is None and thing.count == 3
    assert rec.last.url.query == b"state=on"
    rec.payload = {"name": "n", "state": "dimmed"}
    assert client.thing.list().state == "dimmed"


def test_colliding_names_after_snake_casing_both_work(tmp_path: Path) -> None:
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "Clash", "version": "1"},
        "servers": [{"url": "https://clash.example.test"}],
        "paths": {
            "/users": {
                "get": {
                    "operationId": "findUsers",
                    "parameters": [
                        {"name": "userId", "in": "query", "schema": {"type": "string"}},
                        {"name": "user_id", "in": "query", "schema": {"type": "string"}},
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/User"}
                                }
                            },
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "User": {
                    "type": "object",
                    "properties": {"userId": {"type": "string"}, "user_id": {"type": "string"}},
                }
            }
        },
    }
    module = build_package(tmp_path, spec, "clash")
    rec = Recorder({"userId": "camel", "user_id": "snake"})
    client = mock_client(module, "Clash", rec)
    user = client.users.list(user_id="a", user_id_2="b")
    assert parse_qsl(rec.last.url.query.decode()) == [("userId", "a"), ("user_id", "b")]
    assert user.model_dump(by_alias=True) == {"userId": "camel", "user_id": "snake"}
