"""The providers' mappings as data (development copy: the generator renders each package's own)."""

from typing import Any

PROVIDERS: dict[str, dict[str, Any]] = {}
