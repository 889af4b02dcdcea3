"""The resource classes of `leads` and of its sub-resources, each from its own module."""

from .activities import (
    AsyncLeadsActivitiesResource,
    LeadsActivitiesResource,
)
from .attachments import (
    AsyncLeadsAttachmentsResource,
    LeadsAttachmentsResource,
)
from .businesses import (
    AsyncLeadsBusinessesResource,
    LeadsBusinessesResource,
)
from .history import (
    AsyncLeadsHistoryResource,
    LeadsHistoryResource,
)
from .leads import (
    AsyncLeadsResource,
    LeadsResource,
)
from .notes import (
    AsyncLeadsNotesResource,
    LeadsNotesResource,
)

__all__ = [
    "LeadsHistoryResource",
    "AsyncLeadsHistoryResource",
    "LeadsActivitiesResource",
    "AsyncLeadsActivitiesResource",
    "LeadsBusinessesResource",
    "AsyncLeadsBusinessesResource",
    "LeadsNotesResource",
    "AsyncLeadsNotesResource",
    "LeadsAttachmentsResource",
    "AsyncLeadsAttachmentsResource",
    "LeadsResource",
    "AsyncLeadsResource",
]
