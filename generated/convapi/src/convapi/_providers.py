"""Each provider's `x-unified` mapping as data, rendered from its spec; `_inbox.py` interprets it."""

from typing import Any

PROVIDERS: dict[str, dict[str, Any]] = {
    "chatbotx": {
        "module": "chatbotx_client",
        "client": "ChatbotX",
        "async_client": "AsyncChatbotX",
        "env": ["CHATBOTX_API_KEY"],
        "webhook_secret_env": "CHATBOTX_WEBHOOK_SECRET",
        "signature_headers": ["X-ChatbotX-Signature"],
        "event_names": {
            "ApiChannelMessageCreatedEvent": "message_created",
            "TagAppliedEvent": "tag_applied",
            "TagRemovedEvent": "tag_removed",
            "CustomFieldChangedEvent": "custom_field_changed",
            "ConversationTransferredToHumanEvent": "conversation_transferred_to_human",
            "ConversationTransferredToBotEvent": "conversation_transferred_to_bot",
            "NewContactEvent": "new_contact",
            "ContactUnsubscribedEvent": "contact_unsubscribed",
            "ConversationArchivedEvent": "conversation_archived",
            "MarkedAsFollowUpEvent": "marked_as_follow_up",
            "ConversationAssignedEvent": "conversation_assigned",
            "ConversationUnassignedEvent": "conversation_unassigned",
            "SubscribedToSequenceEvent": "subscribed_to_sequence",
            "UnsubscribedFromSequenceEvent": "unsubscribed_from_sequence",
            "ContactInfoUpdatedEvent": "contact_info_updated",
            "ContactReferredNewContactEvent": "contact_referred_a_new_contact",
            "ContactReferredExistingContactEvent": "contact_referred_existing_contact",
            "DatetimeBasedTriggerEvent": "datetime_based_trigger",
            "IncomingCallEvent": "incoming_call",
            "MissedAudioCallEvent": "missed_audio_call",
            "CallEndedEvent": "call_ended",
            "CallRecordedEvent": "call_recorded",
            "CallTranscribedEvent": "call_transcribed",
        },
        "mapping": {
            "conversations": {
                "list": {
                    "call": "conversations.list",
                    "order": "last-activity",
                    "filters": {"status": {"arg": "status", "many": True, "values": {"closed": "archived"}}},
                    "note": "older servers refuse a workspace token without a dashboard session (400 `User is not associated with this workspace`); newer ones answer it",
                },
                "fields": {
                    "id": [[["id"]]],
                    "last_activity_at": [[["lastActivityAt"]]],
                    "contact.id": [[["contact", "id"]], [["contactId"]]],
                    "contact.name": [[["contact", "fullName"]], [["contact", "firstName"], ["contact", "lastName"]]],
                    "contact.phone": [[["contact", "phoneNumber"]]],
                    "contact.email": [[["contact", "email"]]],
                },
                "contact_root": ["contact"],
                "status": {
                    "rules": [
                        {"when": [{"kind": "set", "path": ["archivedAt"]}], "value": "closed"},
                        {"when": [], "value": "open"},
                    ],
                    "path": None,
                    "map": {},
                    "raw": ["archivedAt"],
                },
                "needs_reply": [{"kind": "later", "path": ["contactRepliedAt"], "other": ["adminRepliedAt"]}],
                "retrieve": {
                    "call": "conversations.retrieve",
                    "id_arg": "id",
                    "result": ["data"],
                    "note": "not on older servers; newer ones may refuse a workspace token without a dashboard session (400 `User is not associated with this workspace`)",
                },
            },
            "messages": {
                "list": {"call": "conversations.messages.list", "conversation_arg": "conversation_id", "note": None},
                "fields": {
                    "id": [[["id"]]],
                    "text": [[["text"]]],
                    "created_at": [[["createdAt"]]],
                    "conversation_id": [[["conversationId"]]],
                },
                "direction": {
                    "rules": [],
                    "path": ["messageType"],
                    "map": {"incoming": "inbound", "outgoing": "outbound"},
                    "raw": ["messageType"],
                },
                "send": {
                    "call": "conversations.messages.create",
                    "arguments": [
                        {"arg": "conversation_id", "source": "conversation.id"},
                        {"arg": "text", "source": "text"},
                    ],
                    "result": [],
                    "idempotency_key": True,
                    "note": None,
                },
                "send_fields": {
                    "id": [[["id"]]],
                    "text": [[["text"]]],
                    "created_at": [[["createdAt"]]],
                    "conversation_id": [[["conversationId"]]],
                },
            },
            "events": {
                "message_created": {
                    "type": "message.sent",
                    "fields": {
                        "occurred_at": [[["timestamp"]]],
                        "conversation_id": [[["conversation", "id"]]],
                        "message.id": [[["message", "id"]]],
                        "message.text": [[["message", "text"]]],
                        "contact.id": [[["contact", "id"]]],
                    },
                    "contact_root": ["contact"],
                }
            },
        },
    },
    "datacrazy": {
        "module": "datacrazy_client",
        "client": "DataCrazy",
        "async_client": "AsyncDataCrazy",
        "env": ["DATACRAZY_API_KEY"],
        "webhook_secret_env": None,
        "signature_headers": [],
        "event_names": {},
        "mapping": {
            "conversations": {
                "list": {
                    "call": "conversations.list",
                    "order": "unspecified",
                    "filters": {
                        "status": {
                            "arg": "filter_status",
                            "many": False,
                            "values": {"open": "opened", "pending": "waiting", "closed": "finished"},
                        }
                    },
                    "note": None,
                },
                "fields": {
                    "id": [[["id"]]],
                    "last_activity_at": [[["lastMessageDate"]]],
                    "contact.id": [[["contact", "id"]]],
                    "contact.name": [[["contact", "name"]], [["name"]]],
                    "contact.phone": [[["contact", "contactId"]]],
                },
                "contact_root": ["contact"],
                "status": {
                    "rules": [
                        {"when": [{"kind": "equals", "path": ["finished"], "value": True}], "value": "closed"},
                        {"when": [{"kind": "equals", "path": ["isPending"], "value": True}], "value": "pending"},
                        {"when": [], "value": "open"},
                    ],
                    "path": None,
                    "map": {},
                    "raw": ["finished"],
                },
                "needs_reply": [
                    {"kind": "later", "path": ["lastReceivedMessageDate"], "other": ["lastSendedMessageDate"]}
                ],
                "retrieve": None,
            },
            "messages": {
                "list": {"call": "conversations.messages.list", "conversation_arg": "id", "note": None},
                "fields": {
                    "id": [[["id"]]],
                    "text": [[["body"]]],
                    "created_at": [[["createdAt"]]],
                    "status_raw": [[["status"]]],
                    "conversation_id": [[["conversationId"]]],
                },
                "direction": {
                    "rules": [
                        {"when": [{"kind": "equals", "path": ["received"], "value": True}], "value": "inbound"},
                        {"when": [], "value": "outbound"},
                    ],
                    "path": None,
                    "map": {},
                    "raw": ["received"],
                },
                "send": {
                    "call": "conversations.messages.create",
                    "arguments": [{"arg": "id", "source": "conversation.id"}, {"arg": "body", "source": "text"}],
                    "result": [],
                    "idempotency_key": False,
                    "note": None,
                },
                "send_fields": {
                    "id": [[["id"]]],
                    "text": [[["body"]]],
                    "created_at": [[["createdAt"]]],
                    "conversation_id": [[["conversationId"]]],
                },
            },
            "events": {},
        },
    },
    "wacrm": {
        "module": "wacrm_client",
        "client": "Wacrm",
        "async_client": "AsyncWacrm",
        "env": ["WACRM_API_KEY", "WACRM_BASE_URL"],
        "webhook_secret_env": "WACRM_WEBHOOK_SECRET",
        "signature_headers": ["X-Wacrm-Signature"],
        "event_names": {
            "MessageReceivedEvent": "message.received",
            "MessageStatusUpdatedEvent": "message.status_updated",
            "ConversationCreatedEvent": "conversation.created",
        },
        "mapping": {
            "conversations": {
                "list": {
                    "call": "conversations.list",
                    "order": "created",
                    "filters": {
                        "status": {
                            "arg": "status",
                            "many": False,
                            "values": {"open": "open", "pending": "pending", "closed": "closed"},
                        }
                    },
                    "note": None,
                },
                "fields": {
                    "id": [[["id"]]],
                    "last_activity_at": [[["last_message_at"]]],
                    "unread_count": [[["unread_count"]]],
                    "last_message_text": [[["last_message_text"]]],
                    "contact.id": [[["contact", "id"]], [["contact_id"]]],
                    "contact.name": [[["contact", "name"]]],
                    "contact.phone": [[["contact", "phone"]]],
                    "contact.email": [[["contact", "email"]]],
                },
                "contact_root": ["contact"],
                "status": {
                    "rules": [],
                    "path": ["status"],
                    "map": {"open": "open", "pending": "pending", "closed": "closed"},
                    "raw": ["status"],
                },
                "needs_reply": [{"kind": "above", "path": ["unread_count"], "value": 0}],
                "retrieve": {"call": "conversations.retrieve", "id_arg": "id", "result": ["data"], "note": None},
            },
            "messages": {
                "list": {"call": "conversations.messages.list", "conversation_arg": "id", "note": None},
                "fields": {
                    "id": [[["id"]]],
                    "text": [[["content_text"]]],
                    "created_at": [[["created_at"]]],
                    "status_raw": [[["status"]]],
                    "conversation_id": [[["conversation_id"]]],
                },
                "direction": {
                    "rules": [],
                    "path": ["direction"],
                    "map": {"inbound": "inbound", "outbound": "outbound"},
                    "raw": ["direction"],
                },
                "send": {
                    "call": "messages.create",
                    "arguments": [
                        {"arg": "to", "source": "conversation.contact.phone"},
                        {"arg": "type", "const": "text"},
                        {"arg": "text", "source": "text"},
                    ],
                    "result": ["data"],
                    "idempotency_key": False,
                    "note": None,
                },
                "send_fields": {"id": [[["message_id"]]], "conversation_id": [[["conversation_id"]]]},
            },
            "events": {
                "message.received": {
                    "type": "message.received",
                    "fields": {
                        "id": [[["id"]]],
                        "occurred_at": [[["occurred_at"]]],
                        "conversation_id": [[["data", "conversation_id"]]],
                        "message.id": [[["data", "whatsapp_message_id"]]],
                        "message.text": [[["data", "text"]]],
                        "contact.id": [[["data", "contact_id"]]],
                    },
                    "contact_root": ["data"],
                },
                "message.status_updated": {
                    "type": "message.status_changed",
                    "fields": {
                        "id": [[["id"]]],
                        "occurred_at": [[["occurred_at"]]],
                        "conversation_id": [[["data", "conversation_id"]]],
                        "message.id": [[["data", "whatsapp_message_id"]]],
                        "message.status_raw": [[["data", "status"]]],
                    },
                    "contact_root": None,
                },
                "conversation.created": {
                    "type": "conversation.created",
                    "fields": {
                        "id": [[["id"]]],
                        "occurred_at": [[["occurred_at"]]],
                        "conversation_id": [[["data", "conversation_id"]]],
                        "contact.id": [[["data", "contact_id"]]],
                    },
                    "contact_root": ["data"],
                },
            },
        },
    },
}
