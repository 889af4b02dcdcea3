"""The resource classes of `pipelines` and of its sub-resources, each from its own module."""

from .pipelines import (
    AsyncPipelinesResource,
    PipelinesResource,
)
from .stages import (
    AsyncPipelinesStagesResource,
    PipelinesStagesResource,
)

__all__ = [
    "PipelinesStagesResource",
    "AsyncPipelinesStagesResource",
    "PipelinesResource",
    "AsyncPipelinesResource",
]
