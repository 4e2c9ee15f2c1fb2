"""What every resource namespace shares: the API client of its SDK view."""

from __future__ import annotations

from .._base_client import APIClient


class Resource:
    """Base of the namespaces (``s.users``, ``s.teams``, ...): stateless, holds only the API client."""

    def __init__(self, api: APIClient) -> None:
        self._api = api

    def __repr__(self) -> str:
        return f"<{type(self).__name__} namespace>"
