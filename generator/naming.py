"""Names: every identifier the generated code uses is made here, once, from spec text.

Spec text can hold anything (quotes, keywords, non-ASCII, leading digits); what leaves this module is
always a valid, non-reserved Python identifier. Wire names are never changed: they travel separately.
"""

from __future__ import annotations

import keyword
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Reserved:
    """Names the generated code needs for itself, derived from the templates (`reserved.reserved_names`).

    `arguments`: what a method body or signature refers to besides the method's own arguments (the
    module's imports, the request options, `self`...); a spec name equal to one gets a `_` suffix.
    `exports`: what the package's `__init__` binds itself; a model of such a name is not re-exported,
    and the client class never takes one.
    """

    arguments: frozenset[str]
    exports: frozenset[str]
    # what the clients' constructors and `with_options` bind or read beside a credential argument
    # (`self`, `base_url`, `httpx`...): a credential named after a security scheme never takes one
    credentials: frozenset[str] = frozenset()


# Argument names reserved before the reserved names were derived from the templates: still reserved,
# so that no method generated earlier changes its signature. The HTTP library's module name follows the
# module the templates import (httpx2; no spec the project generates has a parameter named `httpx`).
KEPT_ARGUMENTS = frozenset(
    {"cls", "client", "httpx2", "NotGiven", "overload", "typing", "annotations", "values"}
)
# Attribute names of the generated resources and clients: a method or sub-resource of that name gets `_`.
RESERVED_ATTRS = frozenset(
    {
        "with_raw_response",
        "with_streaming_response",
        "close",
        "api_key",
        "base_url",
        "timeout",
        "max_retries",
        "request",
        "request_page",
        "copy",
        "aclose",
        "models",
        # builtins the generated signatures use: a method of that name would shadow them in the class body
        "str",
        "int",
        "float",
        "bool",
        "bytes",
    }
)
# Attribute names the clients themselves have (beyond RESERVED_ATTRS): a top-level resource of that
# name gets `_` (a method of a resource may still be called `get` or `delete`).
CLIENT_ATTRS = frozenset(
    {
        "get",
        "post",
        "put",
        "patch",
        "delete",
        "with_options",
        "is_closed",
        "fetch_page",
        "strict_response_validation",
        "drift_log",
    }
)
_BUILTIN_TYPES = frozenset(
    {
        "str",
        "int",
        "float",
        "bool",
        "bytes",
        "list",
        "dict",
        "set",
        "tuple",
        "object",
        "type",
        "None",
    }
)


def ascii_words(text: str) -> list[str]:
    """Split spec text into ASCII words: camelCase, snake_case, kebab and spaces all separate words."""
    normalized = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    normalized = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", normalized)
    normalized = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1 \2", normalized)
    return [w for w in re.split(r"[^A-Za-z0-9]+", normalized) if w]


def snake(text: str, *, fallback: str = "value", reserved: Iterable[str] = ()) -> str:
    """A snake_case identifier for `text`: `userId` -> `user_id`, `class` -> `class_`, `1st` -> `n_1st`."""
    words = [w.lower() for w in ascii_words(text)]
    name = "_".join(words) or fallback
    if name[0].isdigit():
        name = f"n_{name}"
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in reserved:
        name += "_"
    return name


def pascal(text: str, *, fallback: str = "Model") -> str:
    """A PascalCase class name for `text`: `send-message body` -> `SendMessageBody`."""
    words = ascii_words(text)
    name = "".join(w[:1].upper() + w[1:] for w in words) or fallback
    if name[0].isdigit():
        name = f"M{name}"
    if keyword.iskeyword(name) or name in _BUILTIN_TYPES:
        name += "_"
    return name


def unique(name: str, taken: set[str]) -> str:
    """`name`, or `name_2`, `name_3`... whichever is not yet in `taken`; the result is added to it."""
    candidate, n = name, 2
    while candidate in taken:
        sep = "" if name.endswith("_") else "_"
        candidate = f"{name}{sep}{n}"
        n += 1
    taken.add(candidate)
    return candidate


def docstring(text: str | None) -> str:
    """Spec text made safe inside a triple-quoted docstring: it can never close the string early."""
    if not text:
        return ""
    cleaned = text.replace("\r\n", "\n").replace("\r", "\n")
    if not cleaned.replace("\n", "").replace("\t", "").isprintable():  # else: nothing to drop
        cleaned = "".join(ch for ch in cleaned if ch == "\n" or ch == "\t" or ch.isprintable())
    cleaned = cleaned.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').strip()
    if cleaned.endswith('"'):
        cleaned = cleaned[:-1] + '\\"'
    return cleaned


def comment(text: str | None) -> str:
    """Spec text made safe on one comment or Markdown line."""
    if not text:
        return ""
    return " ".join(docstring(text).split())


def default_package_name(spec_stem: str) -> str:
    """The import name of a spec's package: `acme.yaml` -> `acme_client`."""
    return snake(spec_stem, fallback="api").removesuffix("_client") + "_client"


# File names that say nothing about the API: its package is named from `info.title` instead.
GENERIC_STEMS = frozenset(
    {"api", "apis", "schema", "openapi", "openapi3", "swagger", "spec", "specs", "index", "main"}
)
_TITLE_NOISE = frozenset(
    {
        "api",
        "apis",
        "rest",
        "http",
        "openapi",
        "swagger",
        "spec",
        "specification",
        "documentation",
        "docs",
        "doc",
        "reference",
        "public",
        "the",
        "v1",
        "v2",
        "v3",
    }
)


_VERSION_TAIL = re.compile(r"v?\d+(?:[._]\d+)*$")
_HOST = re.compile(r"^[a-z0-9-]+(?:\.[a-z0-9-]+)+$")


def _generic_word(word: str) -> bool:
    """A word of a file name that names no API: `openapi`, `v3`, `2025`, `openapiv3`, `rest`."""
    bare = _VERSION_TAIL.sub("", word.lower())
    return not bare or bare in GENERIC_STEMS or bare in _TITLE_NOISE


def is_generic_stem(spec_stem: str) -> bool:
    """Does a file name say nothing about the API? `openapi`, `openapi-v2025.0`, `REST-openapiv3`,
    and a host name (`api.intercom.io`), which names where the API is served, not the API."""
    if spec_stem.lower().replace("-", "").replace("_", "") in GENERIC_STEMS:
        return True
    if (
        _HOST.match(spec_stem.lower())
        and "." in spec_stem
        and not _VERSION_TAIL.fullmatch(spec_stem.rsplit(".", 1)[-1])
    ):
        return True
    words = ascii_words(spec_stem)
    return bool(words) and all(_generic_word(w) for w in words)


def dist_name(package_name: str) -> str:
    """The distribution name of a package, normalised as PEP 503 says (lower case, every run of
    `-`, `_` and `.` one `-`): `Acme.V23.0_client` -> `acme-v23-0-client`."""
    return re.sub(r"[-_.]+", "-", package_name).lower()


def package_name_for(spec_stem: str, title: object) -> str:
    """The import name of a spec's package: from the file name (`acme.yaml` -> `acme_client`), or,
    for a generic one (`openapi.yaml`, `openapi-v2025.0.json`, `api.intercom.io.yaml`), from
    `info.title` (`Widget Store API` -> `widget_store_client`)."""
    if is_generic_stem(spec_stem) and isinstance(title, str):
        words = [w for w in ascii_words(title) if w.lower() not in _TITLE_NOISE]
        if words:
            return default_package_name("_".join(words))
    return default_package_name(spec_stem)
