"""The resource classes of `store` and of its sub-resources, each from its own module."""

from .orders import (
    AsyncStoreOrdersNotesResource,
    AsyncStoreOrdersResource,
    StoreOrdersNotesResource,
    StoreOrdersResource,
)
from .store import (
    AsyncStoreResource,
    StoreResource,
)

__all__ = [
    "StoreOrdersNotesResource",
    "AsyncStoreOrdersNotesResource",
    "StoreOrdersResource",
    "AsyncStoreOrdersResource",
    "StoreResource",
    "AsyncStoreResource",
]
