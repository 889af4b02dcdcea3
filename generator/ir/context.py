"""What every IR builder reads: the checked document, its extensions, the named schemas, the
generated models' index, the type mapper and the names the templates reserve."""

from __future__ import annotations

from dataclasses import dataclass

from generator.ir.examples import Examples
from generator.ir.typemap import TypeMapper
from generator.load.document import Document
from generator.load.extensions import Extensions
from generator.models.datamodel import ModelIndex
from generator.models.registry import SchemaRegistry
from generator.naming import Reserved


@dataclass(frozen=True)
class Context:
    document: Document
    extensions: Extensions
    registry: SchemaRegistry
    index: ModelIndex
    types: TypeMapper
    reserved: Reserved
    examples: Examples

    @property
    def reserved_arguments(self) -> frozenset[str]:
        return self.reserved.arguments


def lit(value: object) -> str:
    """A value as Python source (a `repr`: spec text can never become code)."""
    return repr(value)
