from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("STACK_SDK_SHARED", ROOT.parent / "shared")).resolve()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The read-only ../shared folder (upstream specs, recordings, protocol notes)."""
    assert SHARED.is_dir(), f"../shared not found at {SHARED}; set STACK_SDK_SHARED"
    return SHARED
