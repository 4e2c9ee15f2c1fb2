"""The ``projects`` namespace: the current project's public settings and its token-signing keys.

Real paths (protocol §1.2, §2.10): ``GET /projects/current`` (client or server access, no user needed)
and ``GET /projects/{project_id}/.well-known/jwks.json`` (public).
"""

from __future__ import annotations

from typing import Any

from stack_sdk_generated.models.jwks import Jwks
from stack_sdk_generated.models.project import Project

from ._args import require_bool
from ._base import Resource


class Projects(Resource):
    """The project this SDK is configured for.

    >>> from stack_sdk import StackSDK
    >>> StackSDK("p", secret_server_key="ssk", environ={}).projects
    <Projects namespace>
    """

    async def get_current(self) -> Project:
        """The current project (``GET /projects/current``): id, display name and ``config``
        (sign-up enabled, credential / magic link / passkey sign-in, OAuth providers, trusted domains...).

        >>> project = await s.projects.get_current()   # doctest: +SKIP
        >>> project.config.sign_up_enabled              # doctest: +SKIP
        True
        """
        return await self._api.call("projects_get_current", Project)

    async def get_jwks(
        self, *, include_anonymous: bool = False, include_restricted: bool = False
    ) -> dict[str, Any]:
        """The project's JSON Web Key Set, as the JSON object JWT libraries take (``{"keys": [...]}``).

        ``include_anonymous=True`` adds the key of anonymous users' tokens (protocol §6).

        >>> import jwt                                                       # doctest: +SKIP
        >>> keys = jwt.PyJWKSet.from_dict(await s.projects.get_jwks())      # doctest: +SKIP
        """
        params: dict[str, Any] = {}
        # Send the flags only when set: the default key set is what the backend answers without them.
        if require_bool("include_anonymous", include_anonymous):
            params["include_anonymous"] = True
        if require_bool("include_restricted", include_restricted):
            params["include_restricted"] = True
        jwks = await self._api.call(
            "projects_get_jwks", Jwks, project_id=self._api.config.project_id, **params
        )
        return jwks.to_dict()
