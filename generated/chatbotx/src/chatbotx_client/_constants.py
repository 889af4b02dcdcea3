"""The values that make this copy of the runtime this package's own; every other runtime module is shared.

Rendered by the generator for each package from `templates/runtime/_constants.py.j2`.
"""

PACKAGE_NAME = "chatbotx_client"
LOGGER_NAME = "chatbotx_client"
ENV_PREFIX = "CHATBOTX"
LOG_ENV = "CHATBOTX_LOG"
API_KEY_ENV = "CHATBOTX_API_KEY"
BASE_URL_ENV = "CHATBOTX_BASE_URL"
WEBHOOK_SECRET_ENV = "CHATBOTX_WEBHOOK_SECRET"
DRIFT_LOG_ENV = "CHATBOTX_DRIFT_LOG"
