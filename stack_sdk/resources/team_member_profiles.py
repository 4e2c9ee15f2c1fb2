"""The ``team_member_profiles`` namespace (placeholder until its methods land)."""

from __future__ import annotations

from ._base import Resource


class TeamMemberProfiles(Resource):
    """Placeholder."""
