"""A FastAPI app that receives Stack webhooks: verified, de-duplicated, typed, dispatched by event type.

Run it for real (the secret comes from the Stack dashboard's webhook endpoint page):

    STACK_WEBHOOK_SECRET=whsec_... uvicorn examples.webhooks_receiver.app:app --port 8000

Or see the whole round trip locally, with the fake Stack server sending the webhooks:

    python examples/webhooks_receiver/app.py --demo
"""

from __future__ import annotations

import asyncio
import os
import sys

from fastapi import FastAPI

from stack_sdk.webhooks import (
    Event,
    TeamMembershipCreatedEvent,
    UserCreatedEvent,
    UserDeletedEvent,
    WebhookReceiver,
)
from stack_sdk.webhooks.fastapi import router


def create_app(secret: str) -> FastAPI:
    receiver = WebhookReceiver(secret)
    app = FastAPI()
    app.state.log = []

    @receiver.on(UserCreatedEvent)
    async def welcome(event: UserCreatedEvent) -> None:
        app.state.log.append(f"welcome {event.data.primary_email} ({event.data.id})")

    @receiver.on(TeamMembershipCreatedEvent)
    def joined(event: TeamMembershipCreatedEvent) -> None:
        app.state.log.append(f"user {event.data.user_id} joined team {event.data.team_id}")

    @receiver.on(UserDeletedEvent)
    def goodbye(event: UserDeletedEvent) -> None:
        app.state.log.append(f"goodbye {event.data.id}, member of {len(event.data.teams)} team(s)")

    @receiver.on("*")
    def other(event: Event) -> None:  # every other type, including ones a later Stack release adds
        app.state.log.append(f"ignored {type(event).__name__}")

    app.include_router(router(receiver, path="/webhooks/stack"))
    return app


async def demo() -> list[str]:
    """Fake Stack server + this app on loopback: create a user and a team, delete the user."""
    import uvicorn

    from stack_sdk.testing.pytest_plugin import make_fake, sdk_for

    fake = make_fake()
    secret = "whsec_ZGVtby1zZWNyZXQtZm9yLXRoZS1leGFtcGxl"
    app = create_app(secret)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        fake.webhooks.add_endpoint(f"http://127.0.0.1:{port}/webhooks/stack", secret)
        async with sdk_for(fake, "server") as stack:
            user = await stack.users.create(primary_email="ada@example.com", primary_email_auth_enabled=True)
            team = await stack.teams.create(display_name="Analysts")
            await stack.team_memberships.add(team.id, user.id)
            await stack.users.delete(user.id)
        messages = await fake.webhooks.drain()
        for m in messages:
            print(f"sent {m.type:<24} {m.id} -> HTTP {m.attempts[-1].status}")
    finally:
        server.should_exit = True
        await task
    return list(app.state.log)


if __name__ == "__main__":
    if "--demo" in sys.argv:
        for line in sorted(asyncio.run(demo())):
            print("handled:", line)
    else:
        import uvicorn

        uvicorn.run(create_app(os.environ["STACK_WEBHOOK_SECRET"]), port=int(os.environ.get("PORT", "8000")))
else:
    app = create_app(os.environ["STACK_WEBHOOK_SECRET"]) if "STACK_WEBHOOK_SECRET" in os.environ else None
