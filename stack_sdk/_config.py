"""Configuration: arguments, then HEXCLAVE_* / STACK_* environment variables, validated once.

Secrets live only in this frozen object (``repr=False``) and in the headers built from it; nothing here
ever formats a secret into a message.
"""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import Mapping
from typing import Final
from urllib.parse import urlsplit

import attrs

from ._types import ACCESS_TYPES, AccessType
from ._version import __version__
from .errors import ConfigurationError

DEFAULT_API_URL: Final = "https://api.stack-auth.com"
# Upstream reads HEXCLAVE_* first, then STACK_* (protocol §0.5).
ENV_PREFIXES: Final = ("HEXCLAVE_", "STACK_")
_ID_RE: Final = re.compile(r"^[A-Za-z0-9_\-]+$")
_KEY_RE: Final = re.compile(r"^[\x21-\x7e]+$")  # printable, no spaces: catches copy-paste accidents


def _env(name: str, environ: Mapping[str, str]) -> str | None:
    """Read ``HEXCLAVE_<name>`` / ``STACK_<name>``; the same setting with two different values is an error."""
    found = {p + name: environ[p + name].strip() for p in ENV_PREFIXES if environ.get(p + name, "").strip()}
    values = set(found.values())
    if len(values) > 1:
        names = " and ".join(found)
        raise ConfigurationError(
            f"{names} are both set, to different values. Unset one of them (HEXCLAVE_* is the new name)."
        )
    return values.pop() if values else None


def _env_names(name: str) -> str:
    return " / ".join(p + name for p in ENV_PREFIXES)


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@attrs.frozen(kw_only=True)
class ClientConfig:
    """Validated settings of one :class:`~stack_sdk.StackSDK` (secrets are hidden from ``repr``).

    >>> c = ClientConfig.resolve(project_id="p1", secret_server_key="ssk_x", environ={})
    >>> c.access_type, c.api_url
    ('server', 'https://api.stack-auth.com')
    >>> "ssk_x" in repr(c)
    False
    """

    project_id: str
    access_type: AccessType
    api_url: str
    branch_id: str | None = None
    publishable_client_key: str | None = attrs.field(default=None, repr=False)
    secret_server_key: str | None = attrs.field(default=None, repr=False)
    super_secret_admin_key: str | None = attrs.field(default=None, repr=False)

    @classmethod
    def resolve(
        cls,
        *,
        project_id: str | None = None,
        publishable_client_key: str | None = None,
        secret_server_key: str | None = None,
        super_secret_admin_key: str | None = None,
        api_url: str | None = None,
        branch_id: str | None = None,
        access_type: str | None = None,
        allow_insecure_http: bool = False,
        environ: Mapping[str, str] | None = None,
    ) -> ClientConfig:
        """Merge arguments with the environment and validate; raises :class:`ConfigurationError`."""
        env = os.environ if environ is None else environ

        def pick(value: str | None, name: str, arg: str) -> str | None:
            if value is not None:
                if not isinstance(value, str):
                    raise ConfigurationError(f"{arg} must be a string, got {type(value).__name__}")
                value = value.strip()
                return value or None
            return _env(name, env)

        project = pick(project_id, "PROJECT_ID", "project_id")
        pck = pick(publishable_client_key, "PUBLISHABLE_CLIENT_KEY", "publishable_client_key")
        ssk = pick(secret_server_key, "SECRET_SERVER_KEY", "secret_server_key")
        sak = pick(super_secret_admin_key, "SUPER_SECRET_ADMIN_KEY", "super_secret_admin_key")
        url = pick(api_url, "API_URL", "api_url") or DEFAULT_API_URL
        branch = pick(branch_id, "BRANCH_ID", "branch_id")

        if project is None:
            raise ConfigurationError(
                "No Stack project id. Pass StackSDK(project_id=...) or set "
                f"{_env_names('PROJECT_ID')} (the id from your Stack/Hexclave dashboard)."
            )
        if not _ID_RE.match(project):
            raise ConfigurationError(
                f"Malformed project id {project!r}: expected letters, digits, '-' or '_' "
                f"(check project_id / {_env_names('PROJECT_ID')})."
            )
        if branch is not None and not _ID_RE.match(branch):
            raise ConfigurationError(f"Malformed branch id {branch!r} (check {_env_names('BRANCH_ID')}).")
        for value, arg, name in (
            (pck, "publishable_client_key", "PUBLISHABLE_CLIENT_KEY"),
            (ssk, "secret_server_key", "SECRET_SERVER_KEY"),
            (sak, "super_secret_admin_key", "SUPER_SECRET_ADMIN_KEY"),
        ):
            if value is not None and not _KEY_RE.match(value):
                # Never echo the value: it may be a secret.
                raise ConfigurationError(
                    f"Malformed {arg}: it contains spaces or non-printable characters "
                    f"(check {arg}= / {_env_names(name)} for a stray newline or quote)."
                )

        access = cls._access_type(access_type, ssk=ssk, sak=sak)
        api = cls._api_url(url)
        sends_secret = access in ("server", "admin")
        parts = urlsplit(api)
        if sends_secret and parts.scheme == "http" and not _is_loopback(parts.hostname or ""):
            if not allow_insecure_http:
                raise ConfigurationError(
                    f"Refusing to send the {access} key over plain http:// to {parts.hostname}: "
                    "use https://, or pass allow_insecure_http=True if this network is trusted."
                )
        return cls(
            project_id=project,
            access_type=access,
            api_url=api,
            branch_id=branch,
            publishable_client_key=pck,
            secret_server_key=ssk,
            super_secret_admin_key=sak,
        )

    @staticmethod
    def _access_type(explicit: str | None, *, ssk: str | None, sak: str | None) -> AccessType:
        if explicit is None:
            # The server key wins over the admin key: admin access must be asked for explicitly
            # when both are present, so a stray admin key in the environment never escalates.
            if ssk is not None:
                return "server"
            if sak is not None:
                return "admin"
            return "client"
        if explicit not in ACCESS_TYPES:
            raise ConfigurationError(
                f"Unknown access_type {explicit!r}: use one of {', '.join(map(repr, ACCESS_TYPES))}."
            )
        if explicit == "server" and ssk is None:
            raise ConfigurationError(
                "Server access needs the secret server key: pass secret_server_key=... or set "
                f"{_env_names('SECRET_SERVER_KEY')}."
            )
        if explicit == "admin" and sak is None:
            raise ConfigurationError(
                "Admin access needs the super secret admin key: pass super_secret_admin_key=... or set "
                f"{_env_names('SUPER_SECRET_ADMIN_KEY')}."
            )
        return explicit

    @staticmethod
    def _api_url(url: str) -> str:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ConfigurationError(
                f"Malformed API URL {url!r}: expected e.g. https://api.stack-auth.com "
                f"(check api_url= / {_env_names('API_URL')})."
            )
        url = url.rstrip("/")
        # A common mistake is to include the version prefix the SDK adds itself.
        if url.endswith("/api/v1"):
            url = url[: -len("/api/v1")]
        return url

    def static_headers(self) -> dict[str, str]:
        """Headers every request of this configuration carries (protocol §2.2), secrets included."""
        headers = {
            "x-stack-project-id": self.project_id,
            "x-stack-access-type": self.access_type,
            "x-stack-client-version": f"python@{__version__}",
            "x-stack-override-error-status": "true",
            "x-stack-allow-anonymous-user": "true",
        }
        # Only the key the access type needs travels: a client call never carries the server key.
        if self.access_type == "client" and self.publishable_client_key:
            headers["x-stack-publishable-client-key"] = self.publishable_client_key
        elif self.access_type == "server" and self.secret_server_key:
            headers["x-stack-secret-server-key"] = self.secret_server_key
        elif self.access_type == "admin" and self.super_secret_admin_key:
            headers["x-stack-super-secret-admin-key"] = self.super_secret_admin_key
        if self.branch_id:
            headers["x-stack-branch-id"] = self.branch_id
        return headers

    @property
    def oauth_client_secret(self) -> str:
        """The ``client_secret`` of the OAuth token endpoint (§2.17 sentinel when no key)."""
        return self.publishable_client_key or "__stack_public_client__"
