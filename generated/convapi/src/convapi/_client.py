"""`Inbox` and `AsyncInbox`: one keyword argument per provider, each taking that provider package's client."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._inbox import AsyncInboxBase, SyncInbox, clients_from_env

if TYPE_CHECKING:
    from chatbotx_client import AsyncChatbotX, ChatbotX
    from datacrazy_client import AsyncDataCrazy, DataCrazy
    from wacrm_client import AsyncWacrm, Wacrm

    pass


class Inbox(SyncInbox):
    """Conversations, messages and webhooks of every provider given (at least one).

    `Inbox.from_env()` takes every installed provider package whose credentials are in the environment.
    """

    def __init__(
        self,
        *,
        chatbotx: ChatbotX | None = None,
        datacrazy: DataCrazy | None = None,
        wacrm: Wacrm | None = None,
    ) -> None:
        super().__init__(
            {
                "chatbotx": chatbotx,
                "datacrazy": datacrazy,
                "wacrm": wacrm,
            }
        )

    @classmethod
    def from_env(cls) -> Inbox:
        """An inbox of every installed provider package whose environment variables are set."""
        return cls(**clients_from_env(False))


class AsyncInbox(AsyncInboxBase):
    """The async inbox: the same over each provider's async client (asyncio or trio)."""

    def __init__(
        self,
        *,
        chatbotx: AsyncChatbotX | None = None,
        datacrazy: AsyncDataCrazy | None = None,
        wacrm: AsyncWacrm | None = None,
    ) -> None:
        super().__init__(
            {
                "chatbotx": chatbotx,
                "datacrazy": datacrazy,
                "wacrm": wacrm,
            }
        )

    @classmethod
    def from_env(cls) -> AsyncInbox:
        """An async inbox of every installed provider package whose environment variables are set."""
        return cls(**clients_from_env(True))
