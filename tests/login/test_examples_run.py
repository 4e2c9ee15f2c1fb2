"""examples/flask_login and examples/fastapi_login run as programs (``--fake``: the fake Stack server as IdP)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize("example", ["flask_login", "fastapi_login"])
def test_example_runs_with_the_fake_identity_provider(example: str) -> None:
    port = free_port()
    env = {**os.environ, "PORT": str(port)}
    proc = subprocess.Popen([sys.executable, str(ROOT / "examples" / example / "app.py"), "--fake"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 60
        page = None
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                page = httpx.get(f"http://127.0.0.1:{port}/auth/login", timeout=2)
                break
            except httpx.TransportError:
                time.sleep(0.2)
        assert page is not None, f"the example did not start: {proc.poll()}"
        assert page.status_code == 200 and "Continue with Github" in page.text and 'name=csrf' in page.text
        home = httpx.get(f"http://127.0.0.1:{port}/", timeout=5)
        assert "You are not signed in" in home.text
    finally:
        proc.terminate()
        output = proc.communicate(timeout=20)[0]
    assert "demo@example.com" in output  # the banner that tells how to sign in
