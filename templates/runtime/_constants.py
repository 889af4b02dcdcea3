"""The values that make this copy of the runtime this package's own; every other runtime module is shared.

Rendered by the generator for each package from `templates/runtime/_constants.py.j2`.
"""

PACKAGE_NAME = "runtime"
LOGGER_NAME = "runtime"
ENV_PREFIX = "RUNTIME"
LOG_ENV = "RUNTIME_LOG"
API_KEY_ENV = "RUNTIME_API_KEY"
BASE_URL_ENV = "RUNTIME_BASE_URL"
WEBHOOK_SECRET_ENV = "RUNTIME_WEBHOOK_SECRET"
DRIFT_LOG_ENV = "RUNTIME_DRIFT_LOG"
