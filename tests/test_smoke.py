from __future__ import annotations

import subprocess
import sys

import stack_sdk


def test_version_is_exposed() -> None:
    assert stack_sdk.__version__ == "0.1.0"


def test_info_command_prints_version() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "stack_sdk", "info"], capture_output=True, text=True, check=True
    ).stdout
    assert out.startswith("stack-sdk 0.1.0:")
