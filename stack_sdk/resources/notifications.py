"""The ``notifications`` namespace: a user's e-mail notification categories (subscribe / unsubscribe).

Real paths (protocol §1.3, §1.4, §1.7): ``GET /emails/notification-preference/{user_id}`` and
``PATCH /emails/notification-preference/{user_id}/{notification_category_id} {enabled}``; the SDK spec's
``/notification-categories`` and ``/notification-preferences`` do not exist.
"""

from __future__ import annotations

import builtins

from stack_sdk_generated.models.notification_preference import NotificationPreference
from stack_sdk_generated.models.notification_preferences_list_response_200 import (
    NotificationPreferencesListResponse200,
)
from stack_sdk_generated.models.notification_preferences_update_body import NotificationPreferencesUpdateBody

from ..pagination import AsyncPaginator, Page
from ._args import require_bool, require_id
from ._base import Resource


class Notifications(Resource):
    """Which e-mail notification categories a user receives.

    >>> from stack_sdk import StackSDK
    >>> StackSDK("p", secret_server_key="ssk", environ={}).notifications
    <Notifications namespace>
    """

    def list_categories(self, user_id: str = "me") -> AsyncPaginator[NotificationPreference]:
        """Every notification category with the user's setting (``can_disable=False``: transactional mail).

        ``user_id="me"`` (the default) is the signed-in user of an ``s.as_user(tokens)`` view.

        >>> cats = await s.notifications.list_categories(user_id)                       # doctest: +SKIP
        >>> [(c.notification_category_name, c.enabled) for c in cats]                   # doctest: +SKIP
        [('Transactional', True), ('Marketing', True)]
        """
        uid = require_id("user_id", user_id)

        async def fetch(_cursor: str | None) -> Page[NotificationPreference]:
            r = await self._api.call(
                "notification_preferences_list", NotificationPreferencesListResponse200, user_id=uid
            )
            return Page(items=builtins.list(r.items))

        return AsyncPaginator(fetch)

    async def set_enabled(
        self, user_id: str, notification_category_id: str, *, enabled: bool
    ) -> NotificationPreference:
        """Subscribe (``enabled=True``) or unsubscribe a user from one category; returns the new setting.

        An unknown category id is a plain 404 ``APIStatusError``.

        >>> pref = await s.notifications.set_enabled("me", marketing_id, enabled=False)   # doctest: +SKIP
        >>> pref.enabled                                                                 # doctest: +SKIP
        False
        """
        require_bool("enabled", enabled)
        return await self._api.call(
            "notification_preferences_update",
            NotificationPreference,
            user_id=require_id("user_id", user_id),
            notification_category_id=require_id("notification_category_id", notification_category_id),
            body=NotificationPreferencesUpdateBody(enabled=enabled),
        )
