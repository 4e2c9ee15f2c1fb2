"""The README's main job: ``python -m stack_sdk demo`` against the embedded fake server."""

from __future__ import annotations

import subprocess
import sys

import pytest

from stack_sdk import StackSDK
from stack_sdk._demo import run_demo


async def test_demo_runs_every_step_against_the_fake(capsys: pytest.CaptureFixture[str]) -> None:
    assert await run_demo({}) == 0
    out = capsys.readouterr().out
    assert "embedded fake server at http://127.0.0.1:" in out
    for step in ("sign a user up", "5 users over 3 pages", "has team_admin", "verify the access token",
                 "new access token", "same user"):
        assert step in out
    assert "done: 10 steps" in out


async def test_demo_with_a_real_project_but_no_server_key_explains_what_to_set() -> None:
    with pytest.raises(SystemExit, match="STACK_SECRET_SERVER_KEY"):
        await run_demo({"STACK_PROJECT_ID": "p"})


def test_demo_command_from_the_shell() -> None:
    env = {"PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-m", "stack_sdk", "demo"], capture_output=True, text=True, env=env,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert "done: 10 steps" in out.stdout


async def test_signed_in_user_fixture(stack_server_sdk: StackSDK, stack_signed_in_user) -> None:  # type: ignore[no-untyped-def]
    user_id, tokens = await stack_signed_in_user(email="ada@example.com")
    me = await stack_server_sdk.as_user(tokens).users.me()
    assert me.id == user_id and me.primary_email == "ada@example.com"
    assert "ey" not in repr(tokens)
