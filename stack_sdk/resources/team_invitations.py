"""The ``team_invitations`` namespace (placeholder until its methods land)."""

from __future__ import annotations

from ._base import Resource


class TeamInvitations(Resource):
    """Placeholder."""
