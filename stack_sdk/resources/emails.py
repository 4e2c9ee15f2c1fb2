"""The ``emails`` namespace: send e-mails to users (server access) and read delivery statistics."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

from stack_sdk_generated.models.emails_delivery_info_response_200 import EmailsDeliveryInfoResponse200
from stack_sdk_generated.models.emails_send_body import EmailsSendBody
from stack_sdk_generated.models.emails_send_response_200 import EmailsSendResponse200

from .._types import NOT_GIVEN, NotGiven, given
from ._args import require_bool
from ._base import Resource


def _user_ids(user_ids: object) -> list[str]:
    # A bare string is a sequence too: catch send(user_ids="3f1c...") before it becomes 36 one-letter ids.
    if isinstance(user_ids, (str, bytes)) or not isinstance(user_ids, Sequence):
        raise TypeError('user_ids must be a list of user id strings, e.g. user_ids=["3f1c..."]')
    ids = list(user_ids)
    if not ids:
        raise ValueError("user_ids must not be empty (use all_users=True to e-mail every user)")
    if not all(isinstance(i, str) and i for i in ids):
        raise TypeError("user_ids must contain only non-empty user id strings")
    return ids


class Emails(Resource):
    """E-mails to users of the project (server access). Recipients are user ids, not addresses."""

    async def send(
        self,
        *,
        user_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        all_users: bool = False,
        subject: str | NotGiven = NOT_GIVEN,
        html: str | NotGiven = NOT_GIVEN,
        template_id: str | NotGiven = NOT_GIVEN,
        variables: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        draft_id: str | NotGiven = NOT_GIVEN,
        notification_category_name: str | NotGiven = NOT_GIVEN,
        theme_id: str | Literal[False] | None | NotGiven = NOT_GIVEN,
        is_high_priority: bool | NotGiven = NOT_GIVEN,
        scheduled_at_millis: int | NotGiven = NOT_GIVEN,
    ) -> EmailsSendResponse200:
        """Send an e-mail to some users (``user_ids=[...]``) or to every user (``all_users=True``).

        The content is exactly one of ``html`` (with ``subject``), ``template_id`` (+ ``variables``) or
        ``draft_id``. ``theme_id``: omitted = the project's default theme, ``None``/``False`` = no theme.
        Needs a custom e-mail server in the project (else ``RequiresCustomEmailServer``).

        >>> r = await s.emails.send(user_ids=[user_id], subject="Hi", html="<p>Hello</p>")  # doctest: +SKIP
        >>> [x.user_id for x in r.results]  # doctest: +SKIP
        ['3f1c...']
        """
        require_bool("all_users", all_users)
        if isinstance(user_ids, NotGiven) == (not all_users):
            raise ValueError("send() needs exactly one recipient choice: user_ids=[...] or all_users=True")
        content = [
            name
            for name, v in (("html", html), ("template_id", template_id), ("draft_id", draft_id))
            if not isinstance(v, NotGiven)
        ]
        if len(content) != 1:
            raise ValueError(
                "send() needs exactly one content source: html=... (with subject=...), "
                f"template_id=... (with variables=...) or draft_id=...; got {content or 'none'}"
            )
        if not isinstance(variables, NotGiven) and isinstance(template_id, NotGiven):
            raise ValueError("variables=... only applies with template_id=...")
        if isinstance(scheduled_at_millis, bool) or not isinstance(scheduled_at_millis, (int, NotGiven)):
            raise TypeError("scheduled_at_millis must be an integer (epoch milliseconds)")
        fields = given(
            user_ids=NOT_GIVEN if isinstance(user_ids, NotGiven) else _user_ids(user_ids),
            all_users=True if all_users else NOT_GIVEN,
            subject=subject,
            html=html,
            template_id=template_id,
            variables=NOT_GIVEN if isinstance(variables, NotGiven) else dict(variables),
            draft_id=draft_id,
            notification_category_name=notification_category_name,
            theme_id=theme_id,
            is_high_priority=is_high_priority,
            scheduled_at_millis=scheduled_at_millis,
        )
        body = EmailsSendBody.from_dict(fields)
        return await self._api.call("emails_send", EmailsSendResponse200, body=body)

    async def delivery_info(self) -> EmailsDeliveryInfoResponse200:
        """Delivery statistics (sent / bounced / marked as spam per hour, day, week, month) and sending capacity.

        >>> info = await s.emails.delivery_info()  # doctest: +SKIP
        >>> info.stats.day.sent, info.capacity.rate_per_second  # doctest: +SKIP
        (12, 1.5)
        """
        return await self._api.call("emails_delivery_info", EmailsDeliveryInfoResponse200)

    async def activate_capacity_boost(self) -> None:
        """Temporarily raise the project's sending capacity (``EmailCapacityBoostAlreadyActive`` if it is on).

        >>> await s.emails.activate_capacity_boost()  # doctest: +SKIP
        """
        await self._api.call("emails_activate_capacity_boost", type(None), body={})
