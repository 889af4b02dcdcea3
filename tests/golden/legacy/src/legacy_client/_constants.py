"""The values that make this copy of the runtime this package's own; every other runtime module is shared.

Rendered by the generator for each package from `templates/runtime/_constants.py.j2`.
"""

PACKAGE_NAME = "legacy_client"
LOGGER_NAME = "legacy_client"
ENV_PREFIX = "LEGACY"
LOG_ENV = "LEGACY_LOG"
API_KEY_ENV = "LEGACY_API_KEY"
BASE_URL_ENV = "LEGACY_BASE_URL"
WEBHOOK_SECRET_ENV = "LEGACY_WEBHOOK_SECRET"
DRIFT_LOG_ENV = "LEGACY_DRIFT_LOG"
