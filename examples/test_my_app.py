"""Testing your own code against the embedded fake server, with the fixtures of the stack-sdk pytest plugin.

pip install 'stack-sdk[testing]' && pytest examples/test_my_app.py
"""

from __future__ import annotations

from stack_sdk import StackSDK


async def test_new_users_get_a_team(stack_server_sdk: StackSDK, stack_signed_in_user) -> None:  # type: ignore[no-untyped-def]
    user_id, tokens = await stack_signed_in_user(email="ada@example.com")
    team = await stack_server_sdk.teams.create(display_name="Ada's team", creator_user_id=user_id)
    teams = await stack_server_sdk.as_user(tokens).teams.list(user_id="me")
    assert [t.id for t in teams.items] == [team.id]
