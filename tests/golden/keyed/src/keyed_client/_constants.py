"""The values that make this copy of the runtime this package's own; every other runtime module is shared.

Rendered by the generator for each package from `templates/runtime/_constants.py.j2`.
"""

PACKAGE_NAME = "keyed_client"
LOGGER_NAME = "keyed_client"
ENV_PREFIX = "KEYED"
LOG_ENV = "KEYED_LOG"
API_KEY_ENV = "KEYED_API_KEY"
BASE_URL_ENV = "KEYED_BASE_URL"
WEBHOOK_SECRET_ENV = "KEYED_WEBHOOK_SECRET"
DRIFT_LOG_ENV = "KEYED_DRIFT_LOG"
