"""The ``payments`` namespace (placeholder until its methods land)."""

from __future__ import annotations

from ._base import Resource


class Payments(Resource):
    """Placeholder."""
