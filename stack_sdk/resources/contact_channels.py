"""The ``contact_channels`` namespace: a user's e-mail addresses, and e-mail verification.

Real paths (protocol §1.2, §1.4, §1.7): ``GET|POST /contact-channels[?user_id=]``,
``GET|PATCH|DELETE /contact-channels/{user_id}/{id}``, ``POST /contact-channels/{user_id}/{id}/send-verification-code``,
``POST /contact-channels/verify[/check-code]``. The SDK spec's ``/contact-channels/{id}`` paths do not exist.
``user_id`` may be ``"me"`` (the signed-in user of an ``s.as_user(tokens)`` view).
"""

from __future__ import annotations

import builtins

from stack_sdk_generated.models.code_body import CodeBody
from stack_sdk_generated.models.code_validity import CodeValidity
from stack_sdk_generated.models.contact_channel import ContactChannel
from stack_sdk_generated.models.contact_channels_create_body import ContactChannelsCreateBody
from stack_sdk_generated.models.contact_channels_list_response_200 import ContactChannelsListResponse200
from stack_sdk_generated.models.contact_channels_send_primary_verification_code_body import (
    ContactChannelsSendPrimaryVerificationCodeBody,
)
from stack_sdk_generated.models.contact_channels_send_verification_code_body import (
    ContactChannelsSendVerificationCodeBody,
)
from stack_sdk_generated.models.contact_channels_update_body import ContactChannelsUpdateBody
from stack_sdk_generated.models.success import Success

from .._types import NOT_GIVEN, NotGiven, given
from ..errors import NotFoundError, VerificationError
from ..pagination import AsyncPaginator, Page
from ._args import absolute_url, email_address, optional_bool, require_bool, require_id, verification_code
from ._base import Resource


class ContactChannels(Resource):
    """List, add, change, remove and verify a user's contact channels (e-mail addresses).

    >>> from stack_sdk import StackSDK
    >>> StackSDK("p", secret_server_key="ssk", environ={}).contact_channels
    <ContactChannels namespace>
    """

    def list(self, user_id: str) -> AsyncPaginator[ContactChannel]:
        """A user's contact channels, oldest first.

        >>> channels = await s.contact_channels.list("me")   # doctest: +SKIP
        >>> channels.items[0].value                          # doctest: +SKIP
        'ada@example.com'
        """
        uid = require_id("user_id", user_id)

        async def fetch(_cursor: str | None) -> Page[ContactChannel]:
            r = await self._api.call("contact_channels_list", ContactChannelsListResponse200, user_id=uid)
            return Page(items=builtins.list(r.items))

        return AsyncPaginator(fetch)

    async def create(
        self,
        user_id: str,
        *,
        value: str,
        used_for_auth: bool,
        is_primary: bool | NotGiven = NOT_GIVEN,
        is_verified: bool | NotGiven = NOT_GIVEN,
    ) -> ContactChannel:
        """Add an e-mail address to a user (``is_verified`` only with server access).

        An address already used for sign-in by another user raises
        ``ContactChannelAlreadyUsedForAuthBySomeoneElse``.

        >>> ch = await s.contact_channels.create(user_id, value="ada@work.example", used_for_auth=False)   # doctest: +SKIP
        """
        email_address("value", value)
        require_bool("used_for_auth", used_for_auth)
        body = ContactChannelsCreateBody.from_dict(
            given(
                user_id=require_id("user_id", user_id),
                type="email",  # the only channel type the backend has
                value=value,
                used_for_auth=used_for_auth,
                is_primary=optional_bool("is_primary", is_primary),
                is_verified=optional_bool("is_verified", is_verified),
            )
        )
        return await self._api.call("contact_channels_create", ContactChannel, body=body)

    async def get(self, user_id: str, contact_channel_id: str) -> ContactChannel | None:
        """One contact channel of a user; ``None`` if the user has no such channel.

        >>> ch = await s.contact_channels.get(user_id, channel_id)   # doctest: +SKIP
        """
        try:
            return await self._api.call(
                "contact_channels_get",
                ContactChannel,
                user_id=require_id("user_id", user_id),
                contact_channel_id=require_id("contact_channel_id", contact_channel_id),
            )
        except NotFoundError:
            # The backend answers a plain-text 404 "Contact channel not found." (no known-error code).
            return None

    async def update(
        self,
        user_id: str,
        contact_channel_id: str,
        *,
        value: str | NotGiven = NOT_GIVEN,
        used_for_auth: bool | NotGiven = NOT_GIVEN,
        is_primary: bool | NotGiven = NOT_GIVEN,
        is_verified: bool | NotGiven = NOT_GIVEN,
    ) -> ContactChannel:
        """Change a contact channel; only the given fields are sent. A new ``value`` resets verification.

        >>> ch = await s.contact_channels.update("me", channel_id, is_primary=True)   # doctest: +SKIP
        """
        if not isinstance(value, NotGiven):
            email_address("value", value)
        fields = given(
            value=value,
            used_for_auth=optional_bool("used_for_auth", used_for_auth),
            is_primary=optional_bool("is_primary", is_primary),
            is_verified=optional_bool("is_verified", is_verified),
        )
        if not fields:
            raise ValueError(
                "update() needs at least one of value=, used_for_auth=, is_primary=, is_verified="
            )
        return await self._api.call(
            "contact_channels_update",
            ContactChannel,
            user_id=require_id("user_id", user_id),
            contact_channel_id=require_id("contact_channel_id", contact_channel_id),
            body=ContactChannelsUpdateBody.from_dict(fields),
        )

    async def delete(self, user_id: str, contact_channel_id: str) -> None:
        """Remove a contact channel from a user.

        >>> await s.contact_channels.delete("me", channel_id)   # doctest: +SKIP
        """
        await self._api.call(
            "contact_channels_delete",
            Success,
            user_id=require_id("user_id", user_id),
            contact_channel_id=require_id("contact_channel_id", contact_channel_id),
        )

    async def send_verification_code(
        self, user_id: str, contact_channel_id: str, *, callback_url: str
    ) -> None:
        """E-mail a verification link: ``callback_url`` plus ``?code=...``; pass that code to :meth:`verify`.

        Raises ``EmailAlreadyVerified`` for a verified channel and ``RedirectUrlNotWhitelisted`` for a
        callback URL outside the project's trusted domains.

        >>> await s.contact_channels.send_verification_code("me", channel_id, callback_url="https://app.example.com/verify")   # doctest: +SKIP
        """
        await self._api.call(
            "contact_channels_send_verification_code",
            Success,
            user_id=require_id("user_id", user_id),
            contact_channel_id=require_id("contact_channel_id", contact_channel_id),
            body=ContactChannelsSendVerificationCodeBody(
                callback_url=absolute_url("callback_url", callback_url)
            ),
        )

    async def send_primary_verification_code(self, *, email: str, callback_url: str) -> None:
        """E-mail a verification link for the signed-in user's primary address (older flow; needs user tokens).

        >>> await s.as_user(tokens).contact_channels.send_primary_verification_code(email="ada@example.com", callback_url=url)   # doctest: +SKIP
        """
        email_address("email", email)
        await self._api.call(
            "contact_channels_send_primary_verification_code",
            Success,
            body=ContactChannelsSendPrimaryVerificationCodeBody(
                email=email, callback_url=absolute_url("callback_url", callback_url)
            ),
        )

    async def verify(self, code: str) -> None:
        """Mark the channel a verification code was sent for as verified (uses the code up).

        A bad code raises a ``VerificationError`` subclass (``VerificationCodeNotFound``, ``...Expired``,
        ``...AlreadyUsed``, ``...MaxAttemptsReached``).

        >>> await s.contact_channels.verify(request.query_params["code"])   # doctest: +SKIP
        """
        await self._api.call(
            "contact_channels_verify", Success, body=CodeBody(code=verification_code("code", code))
        )

    async def check_verification_code(self, code: str, *, strict: bool = False) -> bool:
        """Whether a verification code would work, without using it up.

        ``False`` for an unknown, expired, used or exhausted code; ``strict=True`` raises that
        ``VerificationError`` subclass instead.

        >>> await s.contact_channels.check_verification_code(code)   # doctest: +SKIP
        True
        """
        try:
            r = await self._api.call(
                "contact_channels_check_verification_code",
                CodeValidity,
                body=CodeBody(code=verification_code("code", code)),
            )
        except VerificationError:
            if strict:
                raise
            return False
        return r.is_code_valid
