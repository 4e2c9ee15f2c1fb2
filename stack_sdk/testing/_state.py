"""In-memory data of the fake server: records, the project config and the mutation log.

Everything here is plain data plus the few invariants shared by several routes (a user's primary
e-mail is its primary contact channel; deleting a user removes its sessions, memberships, ...).
"""

from __future__ import annotations

import hashlib
import itertools
import secrets
import string
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

# Client-visible project config keys (GET /projects/current), with the real backend's defaults.
PUBLIC_CONFIG_KEYS = (
    "allow_team_api_keys",
    "allow_user_api_keys",
    "client_team_creation_enabled",
    "client_user_deletion_enabled",
    "credential_enabled",
    "domains",
    "enabled_oauth_providers",
    "magic_link_enabled",
    "passkey_enabled",
    "sign_up_enabled",
)


def default_config() -> dict[str, Any]:
    """The config of a fresh real project (admin view, recorded), plus the fake's own switches."""
    return {
        "allow_localhost": True,
        "allow_team_api_keys": False,
        "allow_user_api_keys": False,
        "client_team_creation_enabled": False,
        "client_user_deletion_enabled": False,
        "create_team_on_sign_up": False,
        "credential_enabled": True,
        "domains": [],
        "email_config": {"type": "shared"},
        "email_theme": "1df07ae6-abf3-4a40-83a5-a1a2cbe336ac",
        "enabled_oauth_providers": [],
        "magic_link_enabled": False,
        "oauth_account_merge_strategy": "link_method",
        "oauth_providers": [],
        "passkey_enabled": False,
        "sign_up_enabled": True,
        "team_creator_default_permissions": [{"id": "team_admin"}],
        "team_member_default_permissions": [{"id": "team_member"}],
        "user_default_permissions": [],
        # not in the real config object: the "project.requirePublishableClientKey" config override
        "require_publishable_client_key": False,
    }


TEAM_PERMISSION_DEFINITIONS: dict[str, tuple[str, list[str]]] = {
    "$delete_team": ("Delete the team", []),
    "$invite_members": ("Invite other users to the team", []),
    "$manage_api_keys": ("Create and manage API keys for the team", []),
    "$read_members": ("Read and list the other members of the team", []),
    "$remove_members": ("Remove other members from the team", []),
    "$update_team": ("Update the team information", []),
    "team_admin": (
        "Default permission for team admins",
        [
            "$delete_team",
            "$invite_members",
            "$manage_api_keys",
            "$read_members",
            "$remove_members",
            "$update_team",
        ],
    ),
    "team_member": ("Default permission for team members", ["$invite_members", "$read_members"]),
}

NOTIFICATION_CATEGORIES = (
    ("4f6f8873-3d04-46bd-8bef-18338b1a1b4c", "Transactional", False),
    ("7bb82d33-2f54-4a3d-9d23-82739e0d66ef", "Marketing", True),
)


def new_id() -> str:
    return str(uuid.uuid4())


def random_code(length: int = 45) -> str:
    """Verification/attempt/polling codes: lowercase alphanumerics, 45 characters like the real ones."""
    alphabet = string.ascii_lowercase + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(length))


def hash_password(password: str) -> str:
    return hashlib.sha256(password.encode()).hexdigest()


@dataclass
class User:
    id: str
    seq: int
    signed_up_at_millis: int
    display_name: str | None = None
    profile_image_url: str | None = None
    client_metadata: Any = None
    client_read_only_metadata: Any = None
    server_metadata: Any = None
    password_hash: str | None = None
    otp_auth_enabled: bool = False
    passkey_auth_enabled: bool = False
    totp_secret: bytes | None = None
    selected_team_id: str | None = None
    is_anonymous: bool = False
    restricted_by_admin: bool = False
    restricted_by_admin_reason: str | None = None
    restricted_by_admin_private_details: str | None = None
    last_active_at_millis: int = 0
    project_permissions: set[str] = field(default_factory=set)


@dataclass
class ContactChannel:
    id: str
    user_id: str
    value: str
    seq: int
    type: str = "email"
    is_primary: bool = False
    is_verified: bool = False
    used_for_auth: bool = False


@dataclass
class Session:
    """A refresh token (``id`` = the access tokens' ``refresh_token_id``)."""

    id: str
    user_id: str
    refresh_token: str
    created_at: int
    last_used_at: int
    expires_at: int | None
    is_impersonation: bool = False


@dataclass
class Team:
    id: str
    seq: int
    display_name: str
    created_at_millis: int
    profile_image_url: str | None = None
    client_metadata: Any = None
    client_read_only_metadata: Any = None
    server_metadata: Any = None


@dataclass
class Membership:
    team_id: str
    user_id: str
    seq: int
    display_name: str | None = None
    profile_image_url: str | None = None
    permissions: set[str] = field(default_factory=set)


@dataclass
class ApiKey:
    id: str
    type: str  # "user" | "team"
    owner_id: str
    value: str
    description: str
    created_at_millis: int
    expires_at_millis: int | None
    is_public: bool = False
    manually_revoked_at_millis: int | None = None
    seq: int = 0


@dataclass
class Code:
    """An e-mailed (or attempt) code. ``kind``: otp, password_reset, email_verification, team_invitation, mfa."""

    kind: str
    code: str
    email: str | None
    expires_at_millis: int
    data: dict[str, Any] = field(default_factory=dict)
    used: bool = False
    attempts: int = 0


@dataclass
class Invitation:
    id: str
    team_id: str
    recipient_email: str
    expires_at_millis: int
    code: str


@dataclass
class OAuthLink:
    id: str
    user_id: str
    provider_config_id: str
    account_id: str
    email: str | None
    allow_sign_in: bool = True
    allow_connected_accounts: bool = True


@dataclass
class CliAttempt:
    polling_code: str
    login_code: str
    expires_at_millis: int
    refresh_token: str | None = None
    used: bool = False


@dataclass
class AuthCode:
    code: str
    user_id: str
    redirect_uri: str
    code_challenge: str | None
    code_challenge_method: str | None
    is_new_user: bool
    expires_at_millis: int
    after_callback_redirect_url: str | None = None
    used: bool = False


class State:
    """Every record of the fake project, keyed by id, plus the mutation log."""

    def __init__(self, now_ms: Callable[[], int]) -> None:
        self.now_ms = now_ms
        self._seq = itertools.count(1)
        self.config = default_config()
        self.users: dict[str, User] = {}
        self.channels: dict[str, ContactChannel] = {}
        self.sessions: dict[str, Session] = {}
        self.teams: dict[str, Team] = {}
        self.memberships: dict[tuple[str, str], Membership] = {}
        self.api_keys: dict[str, ApiKey] = {}
        self.codes: dict[str, Code] = {}
        self.issued_codes: list[Code] = []
        self.invitations: dict[str, Invitation] = {}
        self.oauth_links: dict[str, OAuthLink] = {}
        self.cli_attempts: dict[str, CliAttempt] = {}
        self.auth_codes: dict[str, AuthCode] = {}
        self.project_permission_definitions: dict[str, tuple[str, list[str]]] = {}
        self.notification_prefs: dict[tuple[str, str], bool] = {}
        self.data_vault: dict[str, dict[str, str]] = {}
        self.items: dict[str, dict[str, Any]] = {}
        self.item_quantities: dict[tuple[str, str, str], int] = {}
        self.sent_emails: list[dict[str, Any]] = []
        self.mutations: list[tuple[str, str]] = []
        # called with (what, ident, snapshot) on every logged change (the webhook emitter listens here);
        # snapshot carries data that is gone once the change is made (a deleted user's teams)
        self.listeners: list[Callable[[str, str, dict[str, Any] | None], None]] = []

    def seq(self) -> int:
        return next(self._seq)

    def log(self, what: str, ident: str, snapshot: dict[str, Any] | None = None) -> None:
        self.mutations.append((what, ident))
        for listener in self.listeners:
            listener(what, ident, snapshot)

    # --- users and their primary e-mail -------------------------------------------------------------

    def primary_channel(self, user_id: str) -> ContactChannel | None:
        return next((c for c in self.channels.values() if c.user_id == user_id and c.is_primary), None)

    def user_channels(self, user_id: str) -> list[ContactChannel]:
        return sorted((c for c in self.channels.values() if c.user_id == user_id), key=lambda c: c.seq)

    def auth_channel_owner(self, email: str) -> str | None:
        """The user who signs in with ``email`` (a contact channel used for auth), if any."""
        for c in self.channels.values():
            if c.type == "email" and c.used_for_auth and c.value.lower() == email.lower():
                return c.user_id
        return None

    def is_restricted(self, user: User) -> bool:
        return user.is_anonymous or user.restricted_by_admin

    def restricted_reason(self, user: User) -> dict[str, str] | None:
        if user.is_anonymous:
            return {"type": "anonymous"}
        if user.restricted_by_admin:
            return {"type": "restricted_by_administrator"}
        return None

    def delete_user(self, user_id: str, *, log: bool = True) -> None:
        teams = [
            {"id": t}
            for (t, u) in sorted(self.memberships, key=lambda k: self.memberships[k].seq)
            if u == user_id
        ]
        self.users.pop(user_id, None)
        for cid in [c.id for c in self.channels.values() if c.user_id == user_id]:
            del self.channels[cid]
        for sid in [s.id for s in self.sessions.values() if s.user_id == user_id]:
            del self.sessions[sid]
        for key in [k for k in self.memberships if k[1] == user_id]:
            del self.memberships[key]
        for kid in [k.id for k in self.api_keys.values() if k.type == "user" and k.owner_id == user_id]:
            del self.api_keys[kid]
        for lid in [link.id for link in self.oauth_links.values() if link.user_id == user_id]:
            del self.oauth_links[lid]
        if log:
            self.log("user.deleted", user_id, {"id": user_id, "teams": teams})

    def delete_team(self, team_id: str) -> None:
        self.teams.pop(team_id, None)
        for key in [k for k in self.memberships if k[0] == team_id]:
            del self.memberships[key]
        for iid in [i.id for i in self.invitations.values() if i.team_id == team_id]:
            del self.invitations[iid]
        for kid in [k.id for k in self.api_keys.values() if k.type == "team" and k.owner_id == team_id]:
            del self.api_keys[kid]
        for user in self.users.values():
            if user.selected_team_id == team_id:
                user.selected_team_id = None
        self.log("team.deleted", team_id)

    # --- sessions ------------------------------------------------------------------------------------

    def create_session(
        self, user_id: str, *, expires_in_millis: int | None = None, impersonation: bool = False
    ) -> Session:
        now = self.now_ms()
        session = Session(
            id=new_id(),
            user_id=user_id,
            refresh_token=secrets.token_urlsafe(32),
            created_at=now,
            last_used_at=now,
            expires_at=now + expires_in_millis if expires_in_millis is not None else None,
            is_impersonation=impersonation,
        )
        self.sessions[session.id] = session
        self.log("session.created", session.id)
        return session

    def session_by_refresh_token(self, refresh_token: str | None) -> Session | None:
        if not refresh_token:
            return None
        for s in self.sessions.values():
            if secrets.compare_digest(s.refresh_token, refresh_token):
                if s.expires_at is not None and s.expires_at <= self.now_ms():
                    return None
                return s
        return None

    def revoke_sessions(self, user_id: str, *, keep: str | None = None) -> None:
        for sid in [s.id for s in self.sessions.values() if s.user_id == user_id and s.id != keep]:
            del self.sessions[sid]
            self.log("session.revoked", sid)

    # --- memberships and permissions -----------------------------------------------------------------

    def add_membership(self, team_id: str, user_id: str, default_key: str) -> Membership:
        perms = {p["id"] for p in self.config[default_key]}
        m = Membership(team_id, user_id, self.seq(), permissions=perms)
        self.memberships[(team_id, user_id)] = m
        self.log("membership.added", f"{team_id}:{user_id}")
        return m

    def expand(self, permission_ids: set[str], definitions: dict[str, tuple[str, list[str]]]) -> set[str]:
        """Recursive closure of ``contained_permission_ids``."""
        out: set[str] = set()
        todo = list(permission_ids)
        while todo:
            pid = todo.pop()
            if pid in out:
                continue
            out.add(pid)
            todo.extend(definitions.get(pid, ("", []))[1])
        return out

    def has_team_permission(self, team_id: str, user_id: str, permission_id: str) -> bool:
        m = self.memberships.get((team_id, user_id))
        return m is not None and permission_id in self.expand(m.permissions, TEAM_PERMISSION_DEFINITIONS)

    # --- codes ---------------------------------------------------------------------------------------

    def issue_code(
        self,
        kind: str,
        email: str | None,
        *,
        data: dict[str, Any] | None = None,
        code: str | None = None,
        lifetime_ms: int = 7 * 24 * 3600 * 1000,
    ) -> Code:
        record = Code(kind, code or random_code(), email, self.now_ms() + lifetime_ms, data or {})
        self.codes[record.code] = record
        self.issued_codes.append(record)
        return record
