"""examples/webhooks_receiver runs: its demo does the whole round trip; its app refuses forgeries."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "examples" / "webhooks_receiver" / "app.py"


def test_demo_round_trip_runs() -> None:
    run = subprocess.run([sys.executable, str(APP), "--demo"], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert sum(line.startswith("sent ") and line.endswith("HTTP 200") for line in lines) == 4
    handled = [line for line in lines if line.startswith("handled: ")]
    assert len(handled) == 4
    assert any(line.startswith("handled: welcome ada@example.com") for line in handled)
    assert any("member of 1 team(s)" in line for line in handled)


async def test_example_app_refuses_an_unsigned_post() -> None:
    spec = importlib.util.spec_from_file_location("webhooks_receiver_app", APP)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    app = module.create_app("whsec_ZGVtby1zZWNyZXQtZm9yLXRoZS1leGFtcGxl")
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://app") as http:
        r = await http.post("/webhooks/stack", json={"type": "user.created", "data": {}})
    assert r.status_code == 400 and r.json()["error"] == "WebhookHeaderError"
    assert app.state.log == []
