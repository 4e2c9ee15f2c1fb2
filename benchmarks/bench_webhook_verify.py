"""Webhook verification cost: ``stack_sdk.webhooks.parse`` (verify + typed event) and ``verify`` against
``standardwebhooks.Webhook.verify`` (verify + json.loads), same body, same secret, same run.

    $ .venv/bin/python benchmarks/bench_webhook_verify.py
    ...
    parse/standardwebhooks ratio: 1.3x

The last line is the ratio of a full ``parse`` (signature, timestamp, JSON, typed dataclasses) to the
baseline's verify-and-json; the line before it gives the plain ``verify`` ratio.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from datetime import datetime, timezone

from stack_sdk.webhooks import parse, sign, verify

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
BODY = json.dumps(
    {
        "type": "user.created",
        "data": {
            "id": "3241a285-8329-4d69-8f3d-316e08cf140c",
            "primary_email": "johndoe@example.com",
            "primary_email_verified": True,
            "primary_email_auth_enabled": True,
            "display_name": "John Doe",
            "selected_team": {"id": "t1", "display_name": "Team", "created_at_millis": 1, "server_metadata": {}},
            "selected_team_id": "t1",
            "signed_up_at_millis": 1630000000000,
            "last_active_at_millis": 1630000000000,
            "client_metadata": {"k": "v"},
            "server_metadata": None,
            "is_anonymous": False,
        },
    }
).encode()


def best_of(fn: Callable[[], object], n: int, repeats: int = 5) -> float:
    """Best per-call seconds over ``repeats`` loops of ``n`` calls (least disturbed by the other tenants)."""
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(n):
            fn()
        best = min(best, (time.perf_counter() - start) / n)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=5000, help="calls per loop (default 5000)")
    args = parser.parse_args(argv)
    from standardwebhooks.webhooks import Webhook

    now = int(time.time())
    headers = {"svix-id": "msg_1", "svix-timestamp": str(now),
               "svix-signature": sign(BODY, SECRET, message_id="msg_1", timestamp=now)}
    std_headers = {k.replace("svix-", "webhook-"): v for k, v in headers.items()}
    baseline = Webhook(SECRET)
    assert baseline.sign("msg_1", datetime.fromtimestamp(now, tz=timezone.utc), BODY) == headers["svix-signature"]

    base_s = best_of(lambda: baseline.verify(BODY, std_headers), args.n)
    verify_s = best_of(lambda: verify(BODY, headers, SECRET), args.n)
    parse_s = best_of(lambda: parse(BODY, headers, SECRET), args.n)
    print(f"standardwebhooks verify: {base_s * 1e6:.1f} us/call")
    print(f"stack_sdk verify:        {verify_s * 1e6:.1f} us/call")
    print(f"stack_sdk parse:         {parse_s * 1e6:.1f} us/call")
    print(f"verify/standardwebhooks ratio: {verify_s / base_s:.2f}x")
    print(f"parse/standardwebhooks ratio: {parse_s / base_s:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
