"""The values that make this copy of the runtime this package's own; every other runtime module is shared.

Rendered by the generator for each package from `templates/runtime/_constants.py.j2`.
"""

PACKAGE_NAME = "datacrazy_client"
LOGGER_NAME = "datacrazy_client"
ENV_PREFIX = "DATACRAZY"
LOG_ENV = "DATACRAZY_LOG"
API_KEY_ENV = "DATACRAZY_API_KEY"
BASE_URL_ENV = "DATACRAZY_BASE_URL"
WEBHOOK_SECRET_ENV = "DATACRAZY_WEBHOOK_SECRET"
DRIFT_LOG_ENV = "DATACRAZY_DRIFT_LOG"
