"""``FakeStackServer``: the public face of the fake (construction, transports, seeding, inspection)."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import queue
import secrets
import socket
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
from starlette.applications import Starlette

from ._app import RecordedRequest, build_app
from ._core import Core
from ._errors import KnownError, StatusError
from ._faults import Faults, template_matches
from ._state import TEAM_PERMISSION_DEFINITIONS, Code, Team, new_id
from ._totp import totp
from ._transport import FakeTransport
from ._views import team_json, user_json
from ._webhooks import FakeWebhooks

DEFAULT_PROJECT_ID = "00000000-0000-4000-8000-000000000001"


class SeedError(ValueError):
    """A direct seeding call (``create_user`` ...) was given something the real backend would reject."""


class FakeStackServer:
    """An in-process fake of Stack Auth's REST backend (``/api/v1``), for tests and demos.

    It answers like the real backend: same statuses, known-error codes and messages, response shapes,
    header rules and ES256 access tokens (see the package docstring for what is covered).

    Example::

        import httpx
        from stack_sdk.testing import FakeStackServer

        fake = FakeStackServer(project_id="p1", secret_server_key="ssk_test")
        async with httpx.AsyncClient(transport=fake.transport(), base_url=fake.base_url) as http:
            r = await http.get("/api/v1/users", headers={"x-stack-access-type": "server",
                "x-stack-project-id": "p1", "x-stack-secret-server-key": "ssk_test"})
            assert r.json()["items"] == []
    """

    base_url = "https://fake-stack.test"

    def __init__(
        self,
        project_id: str = DEFAULT_PROJECT_ID,
        publishable_client_key: str | None = None,
        secret_server_key: str | None = None,
        super_secret_admin_key: str | None = None,
        access_token_lifetime: float = 600.0,
        clock: Callable[[], float] | None = None,
        *,
        display_name: str = "Fake Stack project",
        config: dict[str, Any] | None = None,
    ) -> None:
        if not project_id:
            raise ValueError("project_id must be a non-empty string")
        if access_token_lifetime <= 0:
            raise ValueError(f"access_token_lifetime must be > 0 seconds, got {access_token_lifetime}")
        self._core = Core(
            project_id=project_id,
            publishable_client_key=publishable_client_key or "pck_fake_" + secrets.token_hex(16),
            secret_server_key=secret_server_key or "ssk_fake_" + secrets.token_hex(24),
            super_secret_admin_key=super_secret_admin_key or "sak_fake_" + secrets.token_hex(24),
            access_token_lifetime=access_token_lifetime,
            clock=clock,
            display_name=display_name,
        )
        if config:
            unknown = [k for k in config if k not in self._core.state.config]
            if unknown:
                raise ValueError(f"unknown config keys {unknown}; known: {sorted(self._core.state.config)}")
            self._core.state.config.update(config)
        self.faults = Faults()
        self.webhooks = FakeWebhooks(self._core)
        self.requests: list[RecordedRequest] = []
        self.app: Starlette = build_app(self._core, self.faults, self.requests)

    def __repr__(self) -> str:  # keys are secrets: never shown
        return f"FakeStackServer(project_id={self.project_id!r}, users={len(self._core.state.users)})"

    # --- identity ------------------------------------------------------------------------------------

    @property
    def project_id(self) -> str:
        return self._core.project_id

    @property
    def publishable_client_key(self) -> str:
        return self._core.publishable_client_key or ""

    @property
    def secret_server_key(self) -> str:
        return self._core.secret_server_key

    @property
    def super_secret_admin_key(self) -> str:
        return self._core.super_secret_admin_key

    @property
    def config(self) -> dict[str, Any]:
        """The live project config (admin view keys, e.g. ``fake.config["allow_user_api_keys"] = True``)."""
        return self._core.state.config

    # --- transports ----------------------------------------------------------------------------------

    def transport(self) -> httpx.AsyncBaseTransport:
        """An httpx transport running the app in-process (use with ``base_url=fake.base_url``)."""
        return FakeTransport(self.app)

    @contextlib.asynccontextmanager
    async def serve(self) -> AsyncIterator[str]:
        """Run the app under uvicorn on ``127.0.0.1:<free port>``; yields the base URL."""
        import uvicorn

        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # Accepted sockets inherit this: without it Nagle + delayed ACK add ~40 ms to every response.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        server = uvicorn.Server(
            uvicorn.Config(self.app, log_level="critical", lifespan="off", access_log=False)
        )
        task = asyncio.create_task(server.serve(sockets=[sock]))
        url = f"http://127.0.0.1:{port}"
        previous = self._core.issuer_base
        self._core.issuer_base = url
        try:
            while not server.started:
                if task.done():
                    task.result()
                    raise RuntimeError("uvicorn stopped before it started")
                await asyncio.sleep(0.01)
            yield url
        finally:
            self._core.issuer_base = previous
            server.should_exit = True
            await task
            sock.close()

    @contextlib.contextmanager
    def serve_in_thread(self) -> Iterator[str]:
        """:meth:`serve` on its own event loop in a daemon thread, for sync code (a Flask app, a browser
        test); yields the base URL. Requests (and webhook deliveries) then run on that thread's loop."""
        import threading

        started: queue.Queue[str | BaseException] = queue.Queue()
        stop: list[asyncio.Event] = []
        loop = asyncio.new_event_loop()

        async def main() -> None:
            stop.append(asyncio.Event())
            try:
                async with self.serve() as url:
                    started.put(url)
                    await stop[0].wait()
            except BaseException as e:  # reported to the caller below
                started.put(e)

        thread = threading.Thread(target=loop.run_until_complete, args=(main(),), daemon=True)
        thread.start()
        first = started.get(timeout=30)
        if isinstance(first, BaseException):
            raise first
        try:
            yield first
        finally:
            loop.call_soon_threadsafe(stop[0].set)
            thread.join(timeout=30)
            loop.close()

    # --- inspection ----------------------------------------------------------------------------------

    def count(self, method: str, path: str) -> int:
        """Requests received for ``method`` + ``path`` (concrete, or a template like ``/api/v1/users/{id}``)."""
        method = method.upper()
        return sum(
            1
            for r in self.requests
            if r.method == method
            and (r.path == path or r.template == path or ("{" in path and template_matches(path, r.path)))
        )

    @property
    def mutations(self) -> list[tuple[str, str]]:
        """Every state change in order, e.g. ``("user.created", id)`` (seeding calls included)."""
        return self._core.state.mutations

    @property
    def otp_codes(self) -> list[Code]:
        """Every code the fake "e-mailed" (kinds: otp, password_reset, email_verification, team_invitation, mfa)."""
        return list(self._core.state.issued_codes)

    def last_code(self, kind: str, email: str | None = None) -> str:
        """The newest code of ``kind`` (for ``email`` if given), as the user would paste it from the e-mail.

        For ``kind="otp"`` this is the full code (OTP + nonce) that ``/auth/otp/sign-in`` accepts.
        """
        for record in reversed(self._core.state.issued_codes):
            if record.kind == kind and (email is None or (record.email or "").lower() == email.lower()):
                return record.code
        kinds = sorted({c.kind for c in self._core.state.issued_codes})
        raise LookupError(
            f"no {kind!r} code was sent{f' to {email}' if email else ''}; codes sent so far: {kinds}"
        )

    @property
    def sent_emails(self) -> list[dict[str, Any]]:
        """E-mails accepted by ``POST /emails/send-email`` (needs ``config["email_config"] = {"type": "standard"}``)."""
        return self._core.state.sent_emails

    def jwks(self, *, include_restricted: bool = False, include_anonymous: bool = False) -> dict[str, Any]:
        """The JWKS document (same as ``GET /api/v1/projects/{id}/.well-known/jwks.json``)."""
        return self._core.keys.jwks(
            include_restricted=include_restricted, include_anonymous=include_anonymous
        )

    def rotate_keys(self, *, drop_old: bool = False) -> None:
        """New signing keys (new ``kid``) for new tokens. Old keys stay in the JWKS and keep verifying
        existing tokens unless ``drop_old=True`` (then old tokens become UNPARSABLE_ACCESS_TOKEN)."""
        self._core.keys.rotate(drop_old=drop_old)

    # --- seeding -------------------------------------------------------------------------------------

    def create_user(
        self, email: str | None = None, password: str | None = None, **fields: Any
    ) -> dict[str, Any]:
        """Create a user directly (no HTTP); returns the server JSON view.

        ``fields`` are ``POST /users`` body keys (``display_name``, ``primary_email_verified``,
        ``totp_secret_base64``, ``restricted_by_admin``, ``is_anonymous``, metadata ...). With an ``email``,
        ``primary_email_auth_enabled`` defaults to True so the user can sign in with it.
        """
        from ._routes.users import FieldError, apply_user_fields, new_user

        body = dict(fields)
        if email is not None:
            body.setdefault("primary_email", email)
            body.setdefault("primary_email_auth_enabled", True)
        if password is not None:
            body["password"] = password
        core = self._core
        user = new_user(core)
        try:
            apply_user_fields(core, user, body, creating=True)
        except (FieldError, KnownError, StatusError) as e:
            core.state.users.pop(user.id, None)
            for c in core.state.user_channels(user.id):
                del core.state.channels[c.id]
            raise SeedError(f"create_user rejected: {e}") from None
        core.state.log("user.created", user.id)
        return user_json(core.state, user, True)

    def sign_in_tokens(self, user_id: str) -> tuple[str, str]:
        """Start a session for ``user_id`` directly: ``(access_token, refresh_token)``."""
        user = self._core.state.users.get(user_id)
        if user is None:
            raise SeedError(f"no user with id {user_id!r}; create one with fake.create_user(...)")
        access, refresh, _ = self._core.start_session(user)
        return access, refresh

    def create_team(self, display_name: str, *, creator_user_id: str | None = None) -> dict[str, Any]:
        """Create a team directly (the creator becomes a member with the creator's default permissions)."""
        state = self._core.state
        if creator_user_id is not None and creator_user_id not in state.users:
            raise SeedError(f"no user with id {creator_user_id!r}")
        team = Team(new_id(), state.seq(), display_name, self._core.now_ms())
        state.teams[team.id] = team
        state.log("team.created", team.id)
        if creator_user_id is not None:
            state.add_membership(team.id, creator_user_id, "team_creator_default_permissions")
        return team_json(team, True)

    def add_team_member(self, team_id: str, user_id: str) -> None:
        """Add a membership directly (with the team member default permissions)."""
        state = self._core.state
        if team_id not in state.teams or user_id not in state.users:
            raise SeedError(f"unknown team {team_id!r} or user {user_id!r}")
        state.add_membership(team_id, user_id, "team_member_default_permissions")

    def add_project_permission(
        self, permission_id: str, description: str = "", contains: tuple[str, ...] = ()
    ) -> None:
        """Define a project permission (none exist by default, as on a fresh project)."""
        if permission_id in TEAM_PERMISSION_DEFINITIONS:
            raise SeedError(f"{permission_id!r} is a team permission id")
        self._core.state.project_permission_definitions[permission_id] = (description, list(contains))

    def add_data_vault_store(self, store_id: str) -> None:
        """Configure a data vault store (unknown stores answer DATA_VAULT_STORE_DOES_NOT_EXIST)."""
        self._core.state.data_vault.setdefault(store_id, {})

    def add_item(self, item_id: str, display_name: str = "", customer_type: str = "user") -> None:
        """Configure a payments item (quantities start at 0)."""
        if customer_type not in ("user", "team", "custom"):
            raise SeedError(f"customer_type must be user, team or custom, got {customer_type!r}")
        self._core.state.items[item_id] = {
            "display_name": display_name or item_id,
            "customer_type": customer_type,
        }

    def enable_oauth_provider(
        self,
        provider_id: str,
        *,
        account_id: str | None = None,
        email: str | None = None,
        consent_page: bool = False,
    ) -> None:
        """Enable a fake OAuth provider; its sign-in yields the identity ``(account_id, email)``.

        The authorize endpoint redirects back at once, or with ``consent_page=True`` first shows a minimal
        provider page (``#identity``, links ``#consent`` / ``#cancel``; cancel returns ``error=access_denied``)
        so a browser test clicks through a provider as a user would.
        """
        if consent_page:
            self._core.oauth_consent_pages.add(provider_id.lower())
        else:
            self._core.oauth_consent_pages.discard(provider_id.lower())
        cfg = self._core.state.config
        if not any(p.get("id") == provider_id for p in cfg["enabled_oauth_providers"]):
            cfg["enabled_oauth_providers"] = [*cfg["enabled_oauth_providers"], {"id": provider_id}]
            cfg["oauth_providers"] = [*cfg["oauth_providers"], {"id": provider_id, "type": "shared"}]
        self._core.oauth_identities[provider_id] = (
            account_id or f"{provider_id}-account-1",
            email or f"oauth-user@{provider_id}.example.com",
        )

    def current_totp(self, user_id: str) -> str:
        """The TOTP code the user's authenticator app would show now (by the fake's clock)."""
        user = self._core.state.users.get(user_id)
        if user is None or user.totp_secret is None:
            raise SeedError(f"user {user_id!r} has no TOTP secret (set totp_secret_base64)")
        return totp(user.totp_secret, self._core.now())

    @staticmethod
    def new_totp_secret() -> str:
        """A random 20-byte TOTP secret, base64 (the ``totp_secret_base64`` field)."""
        return base64.b64encode(secrets.token_bytes(20)).decode()
