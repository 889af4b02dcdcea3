"""The values that make this copy of the runtime this package's own; every other runtime module is shared.

Rendered by the generator for each package from `templates/runtime/_constants.py.j2`.
"""

PACKAGE_NAME = "kitchen_client"
LOGGER_NAME = "kitchen_client"
ENV_PREFIX = "KITCHEN"
LOG_ENV = "KITCHEN_LOG"
API_KEY_ENV = "KITCHEN_API_KEY"
BASE_URL_ENV = "KITCHEN_BASE_URL"
WEBHOOK_SECRET_ENV = "KITCHEN_WEBHOOK_SECRET"
DRIFT_LOG_ENV = "KITCHEN_DRIFT_LOG"
