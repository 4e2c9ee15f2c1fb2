"""Quickstart: list users and look one up, with settings from HEXCLAVE_* / STACK_* environment variables.

STACK_PROJECT_ID=... STACK_SECRET_SERVER_KEY=... python examples/quickstart.py
"""

from __future__ import annotations

import asyncio

from stack_sdk import StackSDK


async def main() -> None:
    async with StackSDK() as s:
        project = await s.projects.get_current()
        print(f"project {project.display_name} ({project.id})")
        async for user in s.users.list(limit=50):
            print(user.id, user.primary_email, user.display_name)
        first = await s.users.list(limit=1)
        if first.items:
            same = await s.users.get(first.items[0].id)
            print("fetched again:", same.id if same else None)


if __name__ == "__main__":
    asyncio.run(main())
