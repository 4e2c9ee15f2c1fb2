"""Installing stack-sdk never breaks a user's own test suite: its pytest plugin (registered for every install)
loads without the [testing] extra, and its fixtures then name the extra to install.

A fresh venv with only ``stack-sdk`` (built from this checkout) and ``pytest`` runs a small project.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(cmd: list[str], cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "STACK_", "HEXCLAVE_"))}
    env.pop("PYTHONPATH", None)
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def bare_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A venv holding stack-sdk (no extras) and pytest, nothing else of ours."""
    venv = tmp_path_factory.mktemp("bare-venv")
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    py = venv / "bin" / "python"
    proc = _run([str(py), "-m", "pip", "install", "-q", "--disable-pip-version-check", str(ROOT), "pytest"], ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    absent = _run([str(py), "-c", "import importlib.util as u; print([m for m in ('pytest_asyncio', 'starlette') if u.find_spec(m)])"], ROOT)
    assert absent.stdout.strip() == "[]", "the bare venv must not have the [testing] extra"
    return py


def test_a_users_project_passes_with_the_plugin_loaded(bare_venv: Path, tmp_path: Path) -> None:
    (tmp_path / "test_app.py").write_text("def test_ok():\n    assert 1 + 1 == 2\n")
    proc = _run([str(bare_venv), "-m", "pytest", "-q", "-p", "no:cacheprovider", "--trace-config"], tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "1 passed" in proc.stdout
    assert "stack_sdk.testing.pytest_plugin" in proc.stdout  # the plugin really was loaded


def test_the_plugins_fixtures_name_the_extra_to_install(bare_venv: Path, tmp_path: Path) -> None:
    (tmp_path / "test_fixtures.py").write_text(
        textwrap.dedent(
            """
            def test_fake(stack_fake):
                pass

            def test_sdk(stack_server_sdk):
                pass
            """
        )
    )
    proc = _run([str(bare_venv), "-m", "pytest", "-q", "-p", "no:cacheprovider"], tmp_path)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "2 errors" in proc.stdout
    assert proc.stdout.count("MissingTestingExtraError") >= 2
    assert "pip install 'stack-sdk[testing]'" in proc.stdout
