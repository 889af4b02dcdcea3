"""The values that make this copy of the runtime this package's own; every other runtime module is shared.

Rendered by the generator for each package from `templates/runtime/_constants.py.j2`.
"""

PACKAGE_NAME = "wacrm_client"
LOGGER_NAME = "wacrm_client"
ENV_PREFIX = "WACRM"
LOG_ENV = "WACRM_LOG"
API_KEY_ENV = "WACRM_API_KEY"
BASE_URL_ENV = "WACRM_BASE_URL"
WEBHOOK_SECRET_ENV = "WACRM_WEBHOOK_SECRET"
DRIFT_LOG_ENV = "WACRM_DRIFT_LOG"
