"""The typed models the SDK returns (``User``, ``Team``, ``ApiKey``, ...), re-exported from the generated client.

Names load on first access, so ``import stack_sdk.types`` stays cheap.

>>> from stack_sdk.types import User
>>> User.from_dict({"id": "u1", "is_anonymous": False, "primary_email_verified": True,
...                 "signed_up_at_millis": 1, "client_metadata": None, "selected_team": None}).id
'u1'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from stack_sdk_generated.models import *  # noqa: F403
    from stack_sdk_generated.types import UNSET, Unset  # noqa: F401


def __getattr__(name: str) -> Any:
    if name in ("UNSET", "Unset"):
        from stack_sdk_generated import types

        return getattr(types, name)
    from stack_sdk_generated import models

    try:
        return getattr(models, name)
    except AttributeError:
        raise AttributeError(f"stack_sdk.types has no model {name!r}") from None
