"""The examples in examples/ work against the fake server."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

from stack_sdk import StackSDK

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _load(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class _Request:
    def __init__(self, headers: dict[str, str]) -> None:
        self.headers = headers


async def test_backend_request_example(stack_server_sdk: StackSDK, stack_signed_in_user) -> None:  # type: ignore[no-untyped-def]
    current_user = _load("backend_request").current_user
    user_id, tokens = await stack_signed_in_user()
    header = json.dumps({"accessToken": tokens.access_token, "refreshToken": tokens.refresh_token})
    user = await current_user(stack_server_sdk, _Request({"x-stack-auth": header}))
    assert user is not None and user.id == user_id
    assert await current_user(stack_server_sdk, _Request({})) is None
    dead = json.dumps({"accessToken": "not-a-jwt", "refreshToken": "not-a-refresh-token"})
    assert await current_user(stack_server_sdk, _Request({"x-stack-auth": dead})) is None
