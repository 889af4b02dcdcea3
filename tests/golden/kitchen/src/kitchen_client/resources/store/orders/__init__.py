"""The resource classes of `store.orders` and of its sub-resources, each from its own module."""

from .notes import (
    AsyncStoreOrdersNotesResource,
    StoreOrdersNotesResource,
)
from .orders import (
    AsyncStoreOrdersResource,
    StoreOrdersResource,
)

__all__ = [
    "StoreOrdersNotesResource",
    "AsyncStoreOrdersNotesResource",
    "StoreOrdersResource",
    "AsyncStoreOrdersResource",
]
