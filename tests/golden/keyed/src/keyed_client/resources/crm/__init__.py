"""The resource classes of `crm` and of its sub-resources, each from its own module."""

from .contacts import (
    AsyncCrmContactsResource,
    CrmContactsResource,
)
from .crm import (
    AsyncCrmResource,
    CrmResource,
)

__all__ = [
    "CrmContactsResource",
    "AsyncCrmContactsResource",
    "CrmResource",
    "AsyncCrmResource",
]
