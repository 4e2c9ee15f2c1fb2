"""Route modules; importing this package registers every handler on :data:`stack_sdk.testing._http.router`."""

from __future__ import annotations

from . import (
    api_keys,
    auth,
    cli,
    contact_channels,
    misc,
    oauth,
    permissions,
    projects,
    sessions,
    teams,
    users,
)

__all__ = [
    "api_keys",
    "auth",
    "cli",
    "contact_channels",
    "misc",
    "oauth",
    "permissions",
    "projects",
    "sessions",
    "teams",
    "users",
]
