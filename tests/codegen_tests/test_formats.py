"""Formats: typed where pydantic alone types them and keeps the wire value; else the plain type, with
the format named in the docstring (no generated package needs more than httpx2 and pydantic)."""

from __future__ import annotations

from pathlib import Path

from codegen_tests.helpers import build_package

SPEC = {
    "openapi": "3.1.0",
    "info": {"title": "Formats", "version": "1"},
    "paths": {
        "/people": {
            "post": {
                "operationId": "createPerson",
                "requestBody": {
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Person"}}
                    }
                },
                "responses": {"200": {"description": "ok"}},
            }
        }
    },
    "components": {
        "schemas": {
            "Person": {
                "type": "object",
                "required": ["email", "id"],
                "properties": {
                    "email": {
                        "type": "string",
                        "format": "email",
                        "description": "Where to write.",
                    },
                    "backup": {"type": "string", "format": "idn-email"},
                    "token": {"type": "string", "format": "uuid4"},
                    "secret": {"type": "string", "format": "password"},
                    "blob": {"type": "string", "format": "byte"},
                    "amount": {"type": "number", "format": "decimal"},
                    "id": {"type": ["string", "null"], "format": "uuid"},
                    "seen": {"type": "string", "format": "date-time"},
                },
            }
        }
    },
}


def test_formats_needing_extras_or_unknown_become_plain_types(tmp_path: Path) -> None:
    module = build_package(tmp_path, SPEC, "formats")
    source = (tmp_path / "formats" / "src" / "formats_client" / "models.py").read_text()
    for typed in ("EmailStr", "UUID4", "SecretStr", "Base64", "Decimal"):
        assert typed not in source, typed
    assert "UUID" in source and "AwareDatetime" in source  # formats pydantic types by itself
    assert "Where to write. (format: email)" in source
    assert "(format: uuid4)" in source and "(format: password)" in source
    resource = (
        tmp_path / "formats" / "src" / "formats_client" / "resources" / "people.py"
    ).read_text()
    assert (
        "email: Where to write. (format: email)" in resource
    )  # the method's docstring says it too
    person = module.models.Person.model_validate(
        {"email": "someone@example.test", "id": None, "secret": "s3", "amount": 1.5}
    )
    assert person.email == "someone@example.test" and person.id is None
    assert person.model_dump(mode="json", exclude_unset=True)["secret"] == "s3"
    assert isinstance(person.amount, float)
