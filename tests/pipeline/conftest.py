"""Fixtures of the OpenAPI pipeline tests: the repo's openapi package, regeneration runs, recordings."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
PINNED_RELEASE = json.loads((ROOT / "openapi" / "upstream.json").read_text())["release"]
PINNED = ROOT / "openapi" / "upstream" / PINNED_RELEASE  # the pinned release, vendored
if str(ROOT) not in sys.path:  # the openapi/ package lives at the repo root
    sys.path.insert(0, str(ROOT))

Regen = Callable[..., subprocess.CompletedProcess[str]]


def _regen(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "STACK_SDK_VENV": str(Path(sys.executable).parents[1])}
    return subprocess.run(
        [str(ROOT / "scripts" / "regenerate.sh"), *map(str, args)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="session")
def regen() -> Regen:
    """Run scripts/regenerate.sh with arguments; returns the finished process (output captured)."""
    return _regen


@pytest.fixture(scope="session")
def release_2025_then_2026(tmp_path_factory: pytest.TempPathFactory, data_dir: Path) -> Path:
    """A temp output folder regenerated from stack-2025-06, then from the pinned stack-2026-04 on top
    (so its changelog is the 2025-06 → 2026-04 one). The repo's pin record is never written."""
    out = tmp_path_factory.mktemp("regen-2025-2026")
    old = _regen(
        "--from", data_dir / "openapi/stack-2025-06", "--repin", "--record", out / "old.json", "--out", out
    )
    assert old.returncode == 0, old.stdout + old.stderr
    (out / "after-2025-06.lock.json").write_text((out / "api.lock.json").read_text())
    new = _regen("--out", out)
    assert new.returncode == 0, new.stdout + new.stderr
    return out


@pytest.fixture(scope="session")
def upstream_specs() -> dict[str, dict]:
    """The pinned release's client/server/admin files (vendored in openapi/upstream/), parsed."""
    return {name: json.loads((PINNED / f"{name}.json").read_text()) for name in ("client", "server", "admin")}


@pytest.fixture(scope="session")
def recordings(recordings_file: Path) -> list[dict]:
    with recordings_file.open() as fh:
        return [json.loads(line) for line in fh]
