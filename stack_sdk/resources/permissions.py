"""The ``permissions`` namespace: a user's team and project permissions, and (admin) their definitions.

Real paths (protocol §1.7): ``GET /team-permissions`` / ``GET /project-permissions`` (filter by user, team,
permission; ``recursive``), ``POST|DELETE /team-permissions/{team_id}/{user_id}/{permission_id}`` and
``POST|DELETE /project-permissions/{user_id}/{permission_id}``. The SDK spec's ``/users/{id}/permissions``
does not exist. A call with ``team_id=`` is about a team permission; without it, a project permission.
"""

from __future__ import annotations

import builtins
from typing import overload

from stack_sdk_generated.models.permission_definition import PermissionDefinition
from stack_sdk_generated.models.project_permission import ProjectPermission
from stack_sdk_generated.models.project_permission_definitions_create_body import (
    ProjectPermissionDefinitionsCreateBody,
)
from stack_sdk_generated.models.project_permission_definitions_list_response_200 import (
    ProjectPermissionDefinitionsListResponse200,
)
from stack_sdk_generated.models.project_permission_definitions_update_body import (
    ProjectPermissionDefinitionsUpdateBody,
)
from stack_sdk_generated.models.project_permissions_list_response_200 import ProjectPermissionsListResponse200
from stack_sdk_generated.models.success import Success
from stack_sdk_generated.models.team_permission import TeamPermission
from stack_sdk_generated.models.team_permission_definitions_create_body import (
    TeamPermissionDefinitionsCreateBody,
)
from stack_sdk_generated.models.team_permission_definitions_list_response_200 import (
    TeamPermissionDefinitionsListResponse200,
)
from stack_sdk_generated.models.team_permission_definitions_update_body import (
    TeamPermissionDefinitionsUpdateBody,
)
from stack_sdk_generated.models.team_permissions_list_response_200 import TeamPermissionsListResponse200

from .._types import NOT_GIVEN, NotGiven, given
from ..pagination import AsyncPaginator, Page
from ._args import id_list, optional_id, require_bool, require_id, require_str
from ._base import Resource


class Permissions(Resource):
    """Check, list, grant and revoke permissions; ``team_id=`` selects team scope, else project scope.

    >>> from stack_sdk import StackSDK
    >>> StackSDK("p", secret_server_key="ssk", environ={}).permissions
    <Permissions namespace>
    """

    # -- listing ------------------------------------------------------------------------------------

    def list_team(
        self,
        team_id: str,
        user_id: str = "me",
        *,
        recursive: bool = True,
        permission_id: str | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[TeamPermission]:
        """The team permissions ``user_id`` holds in ``team_id`` (``recursive=False``: only direct grants).

        ``user_id="me"`` (the default) means the user whose tokens the SDK view carries.

        >>> perms = await s.permissions.list_team(team_id, user_id)   # doctest: +SKIP
        >>> [p.id for p in perms]                                      # doctest: +SKIP
        ['$read_members', 'team_member']
        """
        params = given(
            team_id=require_id("team_id", team_id),
            user_id=require_id("user_id", user_id),
            recursive=require_bool("recursive", recursive),
            permission_id=permission_id
            if isinstance(permission_id, NotGiven)
            else require_id("permission_id", permission_id),
        )

        async def fetch(_cursor: str | None) -> Page[TeamPermission]:
            r = await self._api.call("team_permissions_list", TeamPermissionsListResponse200, **params)
            return Page(items=builtins.list(r.items))

        return AsyncPaginator(fetch)

    def list_project(
        self,
        user_id: str = "me",
        *,
        recursive: bool = True,
        permission_id: str | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ProjectPermission]:
        """The project permissions ``user_id`` holds (``recursive=False``: only direct grants).

        >>> perms = await s.permissions.list_project(user_id)   # doctest: +SKIP
        >>> [p.id for p in perms]                                # doctest: +SKIP
        ['read_reports']
        """
        params = given(
            user_id=require_id("user_id", user_id),
            recursive=require_bool("recursive", recursive),
            permission_id=permission_id
            if isinstance(permission_id, NotGiven)
            else require_id("permission_id", permission_id),
        )

        async def fetch(_cursor: str | None) -> Page[ProjectPermission]:
            r = await self._api.call("project_permissions_list", ProjectPermissionsListResponse200, **params)
            return Page(items=builtins.list(r.items))

        return AsyncPaginator(fetch)

    # -- checks -------------------------------------------------------------------------------------

    @overload
    async def get(
        self, permission_id: str, *, user_id: str, team_id: None = None, recursive: bool = True
    ) -> ProjectPermission | None: ...

    @overload
    async def get(
        self, permission_id: str, *, user_id: str, team_id: str, recursive: bool = True
    ) -> TeamPermission | None: ...

    async def get(
        self, permission_id: str, *, user_id: str, team_id: str | None = None, recursive: bool = True
    ) -> TeamPermission | ProjectPermission | None:
        """The permission if ``user_id`` holds it (in ``team_id`` if given, else project-wide), else ``None``.

        >>> p = await s.permissions.get("$read_members", user_id=uid, team_id=tid)   # doctest: +SKIP
        >>> p.team_id == tid                                                         # doctest: +SKIP
        True
        """
        require_id("permission_id", permission_id)
        team = optional_id("team_id", team_id)
        page: Page[TeamPermission] | Page[ProjectPermission]
        if team is None:
            page = await self.list_project(user_id, recursive=recursive, permission_id=permission_id)
        else:
            page = await self.list_team(team, user_id, recursive=recursive, permission_id=permission_id)
        # The server filters by permission_id already; match again so a lax filter cannot grant by accident.
        return next((p for p in page.items if p.id == permission_id), None)

    async def has(
        self, permission_id: str, *, user_id: str, team_id: str | None = None, recursive: bool = True
    ) -> bool:
        """Whether ``user_id`` holds ``permission_id`` (directly or, with ``recursive=True``, through another).

        >>> await s.permissions.has("$read_members", user_id=uid, team_id=tid)   # doctest: +SKIP
        True
        """
        found = await self.get(permission_id, user_id=user_id, team_id=team_id, recursive=recursive)
        return found is not None

    # -- grant / revoke (server) --------------------------------------------------------------------

    @overload
    async def grant(self, permission_id: str, *, user_id: str, team_id: None = None) -> ProjectPermission: ...

    @overload
    async def grant(self, permission_id: str, *, user_id: str, team_id: str) -> TeamPermission: ...

    async def grant(
        self, permission_id: str, *, user_id: str, team_id: str | None = None
    ) -> TeamPermission | ProjectPermission:
        """Grant a permission (idempotent: granting twice succeeds). Server access.

        Raises ``PermissionNotFound`` for an unknown id (also for a team-scope id used project-wide) and
        ``TeamMembershipNotFound`` when the user is not in the team.

        >>> await s.permissions.grant("$read_members", user_id=uid, team_id=tid)   # doctest: +SKIP
        TeamPermission(id='$read_members', team_id=..., user_id=...)
        """
        pid, uid, team = (
            require_id("permission_id", permission_id),
            require_id("user_id", user_id),
            optional_id("team_id", team_id),
        )
        if team is None:
            return await self._api.call(
                "project_permissions_grant", ProjectPermission, user_id=uid, permission_id=pid, body={}
            )
        return await self._api.call(
            "team_permissions_grant", TeamPermission, team_id=team, user_id=uid, permission_id=pid, body={}
        )

    async def revoke(self, permission_id: str, *, user_id: str, team_id: str | None = None) -> None:
        """Revoke a directly granted permission. Server access.

        >>> await s.permissions.revoke("$read_members", user_id=uid, team_id=tid)   # doctest: +SKIP
        """
        pid, uid, team = (
            require_id("permission_id", permission_id),
            require_id("user_id", user_id),
            optional_id("team_id", team_id),
        )
        if team is None:
            await self._api.call("project_permissions_revoke", Success, user_id=uid, permission_id=pid)
        else:
            await self._api.call(
                "team_permissions_revoke", Success, team_id=team, user_id=uid, permission_id=pid
            )

    # -- definitions (admin) ------------------------------------------------------------------------

    def list_team_definitions(self) -> AsyncPaginator[PermissionDefinition]:
        """Every team permission definition of the project (system ``$...`` ones included). Admin access.

        >>> [d.id async for d in s.permissions.list_team_definitions()]   # doctest: +SKIP
        ['$delete_team', '$invite_members', ..., 'team_admin', 'team_member']
        """

        async def fetch(_cursor: str | None) -> Page[PermissionDefinition]:
            r = await self._api.call(
                "team_permission_definitions_list", TeamPermissionDefinitionsListResponse200
            )
            return Page(items=builtins.list(r.items))

        return AsyncPaginator(fetch)

    def list_project_definitions(self) -> AsyncPaginator[PermissionDefinition]:
        """Every project permission definition. Admin access.

        >>> defs = await s.permissions.list_project_definitions()   # doctest: +SKIP
        """

        async def fetch(_cursor: str | None) -> Page[PermissionDefinition]:
            r = await self._api.call(
                "project_permission_definitions_list", ProjectPermissionDefinitionsListResponse200
            )
            return Page(items=builtins.list(r.items))

        return AsyncPaginator(fetch)

    async def create_team_definition(
        self,
        permission_id: str,
        *,
        description: str | NotGiven = NOT_GIVEN,
        contained_permission_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
    ) -> PermissionDefinition:
        """Define a team permission (ids: lowercase letters, digits, ``:`` and ``_``). Admin access.

        >>> await s.permissions.create_team_definition("billing:read", contained_permission_ids=["$read_members"])   # doctest: +SKIP
        PermissionDefinition(contained_permission_ids=['$read_members'], id='billing:read', ...)
        """
        body = TeamPermissionDefinitionsCreateBody.from_dict(
            _definition_fields(
                id=require_id("permission_id", permission_id),
                description=description,
                contained_permission_ids=contained_permission_ids,
            )
        )
        return await self._api.call("team_permission_definitions_create", PermissionDefinition, body=body)

    async def create_project_definition(
        self,
        permission_id: str,
        *,
        description: str | NotGiven = NOT_GIVEN,
        contained_permission_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
    ) -> PermissionDefinition:
        """Define a project permission. Admin access.

        >>> await s.permissions.create_project_definition("reports:read", description="Read reports")   # doctest: +SKIP
        """
        body = ProjectPermissionDefinitionsCreateBody.from_dict(
            _definition_fields(
                id=require_id("permission_id", permission_id),
                description=description,
                contained_permission_ids=contained_permission_ids,
            )
        )
        return await self._api.call("project_permission_definitions_create", PermissionDefinition, body=body)

    async def update_team_definition(
        self,
        permission_id: str,
        *,
        new_id: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        contained_permission_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
    ) -> PermissionDefinition:
        """Change a team permission definition (only the given fields; ``new_id`` renames it). Admin access.

        >>> await s.permissions.update_team_definition("billing:read", description="See invoices")   # doctest: +SKIP
        """
        body = TeamPermissionDefinitionsUpdateBody.from_dict(
            _definition_fields(
                id=new_id, description=description, contained_permission_ids=contained_permission_ids
            )
        )
        return await self._api.call(
            "team_permission_definitions_update",
            PermissionDefinition,
            permission_id=require_id("permission_id", permission_id),
            body=body,
        )

    async def update_project_definition(
        self,
        permission_id: str,
        *,
        new_id: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        contained_permission_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
    ) -> PermissionDefinition:
        """Change a project permission definition (only the given fields). Admin access.

        >>> await s.permissions.update_project_definition("reports:read", contained_permission_ids=[])   # doctest: +SKIP
        """
        body = ProjectPermissionDefinitionsUpdateBody.from_dict(
            _definition_fields(
                id=new_id, description=description, contained_permission_ids=contained_permission_ids
            )
        )
        return await self._api.call(
            "project_permission_definitions_update",
            PermissionDefinition,
            permission_id=require_id("permission_id", permission_id),
            body=body,
        )

    async def delete_team_definition(self, permission_id: str) -> None:
        """Delete a team permission definition (and every grant of it). Admin access.

        >>> await s.permissions.delete_team_definition("billing:read")   # doctest: +SKIP
        """
        await self._api.call(
            "team_permission_definitions_delete",
            Success,
            permission_id=require_id("permission_id", permission_id),
        )

    async def delete_project_definition(self, permission_id: str) -> None:
        """Delete a project permission definition (and every grant of it). Admin access.

        >>> await s.permissions.delete_project_definition("reports:read")   # doctest: +SKIP
        """
        await self._api.call(
            "project_permission_definitions_delete",
            Success,
            permission_id=require_id("permission_id", permission_id),
        )


def _definition_fields(
    *,
    id: str | NotGiven,
    description: str | NotGiven,
    contained_permission_ids: builtins.list[str] | NotGiven,
) -> dict[str, object]:
    return given(
        id=id if isinstance(id, NotGiven) else require_id("new_id", id),
        description=description
        if isinstance(description, NotGiven)
        else require_str("description", description),
        contained_permission_ids=contained_permission_ids
        if isinstance(contained_permission_ids, NotGiven)
        else id_list("contained_permission_ids", contained_permission_ids),
    )
