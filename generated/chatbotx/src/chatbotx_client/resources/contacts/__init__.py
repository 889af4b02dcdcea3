"""The resource classes of `contacts` and of its sub-resources, each from its own module."""

from .contacts import (
    AsyncContactsResource,
    ContactsResource,
)
from .tags import (
    AsyncContactsTagsResource,
    ContactsTagsResource,
)

__all__ = [
    "ContactsTagsResource",
    "AsyncContactsTagsResource",
    "ContactsResource",
    "AsyncContactsResource",
]
