"""TypedDicts of the request-side object schemas, so a dict passed for a model argument is type-checked too.

Keys are the wire names (what the API documents and the request carries). Nothing here is imported
by `import legacy_client`: the resources name these types for the type checkers only.
"""

from __future__ import annotations

__all__ = []
