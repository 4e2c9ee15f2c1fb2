"""Webhooks and the login core import no web framework; each framework is imported only by its own module."""

from __future__ import annotations

import subprocess
import sys

import pytest

FRAMEWORKS = ("flask", "starlette", "fastapi", "werkzeug", "uvicorn", "selenium")


@pytest.mark.parametrize("module", ["stack_sdk.webhooks", "stack_sdk.integrations.login"])
def test_core_modules_import_no_framework(module: str) -> None:
    code = f"import sys, {module}; print(sorted(m for m in sys.modules if m.split('.')[0] in {FRAMEWORKS!r}))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"


def test_import_stack_sdk_loads_neither_webhooks_nor_login() -> None:
    code = "import sys, stack_sdk; print([m for m in sys.modules if m.startswith(('stack_sdk.webhooks', 'stack_sdk.integrations'))])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"
