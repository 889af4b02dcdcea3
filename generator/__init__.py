"""Spec-driven generator of typed Python client packages for OpenAPI 3.0/3.1 documents."""

__version__ = "0.1.0"
