"""Data vault, e-mails (send, delivery info), notification preferences and payments items."""

from __future__ import annotations

from typing import Any

from .._errors import StatusError, known
from .._http import SERVER, Ctx, route
from .._state import NOTIFICATION_CATEGORIES
from .teams import get_team

# --- data vault ----------------------------------------------------------------------------------------


def _store(ctx: Ctx) -> dict[str, str]:
    store_id = ctx.params["store_id"]
    store = ctx.state.data_vault.get(store_id)
    if store is None:
        raise known("DATA_VAULT_STORE_DOES_NOT_EXIST", {"store_id": store_id})
    return store


@route("POST", "/data-vault/stores/{store_id}/get", access=SERVER)
async def vault_get(ctx: Ctx) -> Any:
    hashed_key: str = ctx.b("hashed_key", str, required=True)
    store = _store(ctx)
    if hashed_key not in store:
        raise known(
            "DATA_VAULT_STORE_HASHED_KEY_DOES_NOT_EXIST",
            {"hashed_key": hashed_key, "store_id": ctx.params["store_id"]},
        )
    return {"encrypted_value": store[hashed_key]}


@route("POST", "/data-vault/stores/{store_id}/set", access=SERVER)
async def vault_set(ctx: Ctx) -> Any:
    hashed_key: str = ctx.b("hashed_key", str, required=True)
    value: str = ctx.b("encrypted_value", str, required=True)
    _store(ctx)[hashed_key] = value
    ctx.state.log("data_vault.set", ctx.params["store_id"])
    return {"success": True}


# --- e-mails -------------------------------------------------------------------------------------------


@route("POST", "/emails/send-email", access=SERVER)
async def send_email(ctx: Ctx) -> Any:
    body = ctx.obj()
    user_ids = ctx.b("user_ids", list)
    all_users = ctx.b("all_users", bool)
    if (user_ids is None) == (not all_users):
        raise ctx.schema("Exactly one of user_ids or all_users must be provided")
    if sum(k in body for k in ("html", "template_id", "draft_id")) != 1:
        raise ctx.schema("Exactly one of html, template_id or draft_id must be provided")
    if ctx.state.config["email_config"].get("type") == "shared":
        raise known("REQUIRES_CUSTOM_EMAIL_SERVER")
    ids = [str(u) for u in user_ids] if user_ids is not None else list(ctx.state.users)
    for uid in ids:
        if uid not in ctx.state.users:
            raise known("USER_ID_DOES_NOT_EXIST", {"user_id": uid})
    for uid in ids:
        primary = ctx.state.primary_channel(uid)
        mail = {
            k: body.get(k)
            for k in ("subject", "html", "template_id", "variables", "draft_id", "notification_category_name")
        }
        ctx.state.sent_emails.append({"user_id": uid, "to": primary.value if primary else None, **mail})
        ctx.state.log("email.sent", uid)
    return {"results": [{"user_id": uid} for uid in ids]}


@route("GET", "/emails/delivery-info", access=SERVER)
async def delivery_info(ctx: Ctx) -> Any:
    window = {"bounced": 0, "marked_as_spam": 0, "sent": len(ctx.state.sent_emails)}
    return {
        "capacity": {"penalty_factor": 1, "rate_per_second": 1.5},
        "stats": {name: dict(window) for name in ("hour", "day", "week", "month")},
    }


# --- notification preferences --------------------------------------------------------------------------


def _pref(ctx: Ctx, user_id: str, category: tuple[str, str, bool]) -> dict[str, Any]:
    cid, name, can_disable = category
    return {
        "can_disable": can_disable,
        "enabled": ctx.state.notification_prefs.get((user_id, cid), True),
        "notification_category_id": cid,
        "notification_category_name": name,
    }


@route("GET", "/emails/notification-preference/{user_id}")
async def list_prefs(ctx: Ctx) -> Any:
    user = ctx.user_ref(ctx.params["user_id"])
    return {"is_paginated": False, "items": [_pref(ctx, user.id, c) for c in NOTIFICATION_CATEGORIES]}


@route("PATCH", "/emails/notification-preference/{user_id}/{notification_category_id}")
async def set_pref(ctx: Ctx) -> Any:
    user = ctx.user_ref(ctx.params["user_id"])
    enabled: bool = ctx.b("enabled", bool, required=True)
    category = next(
        (c for c in NOTIFICATION_CATEGORIES if c[0] == ctx.params["notification_category_id"]), None
    )
    if category is None:
        raise StatusError(404, "Notification category not found")
    if not enabled and not category[2]:
        raise StatusError(400, "This notification category cannot be disabled")
    ctx.state.notification_prefs[(user.id, category[0])] = enabled
    ctx.state.log("notification_preference.updated", f"{user.id}:{category[0]}")
    return _pref(ctx, user.id, category)


# --- payments items ------------------------------------------------------------------------------------


def _item(ctx: Ctx) -> tuple[str, str, str, dict[str, Any]]:
    ctype, cid, item_id = ctx.params["customer_type"], ctx.params["customer_id"], ctx.params["item_id"]
    if ctype not in ("user", "team", "custom"):
        raise ctx.schema("params.customer_type must be one of the following values: user, team, custom")
    if ctype == "user":
        cid = ctx.user_ref(cid).id
    elif ctype == "team":
        team = get_team(ctx, cid, where="params.customer_id")
        if not ctx.server and (team.id, ctx.require_user().id) not in ctx.state.memberships:
            raise known("TEAM_NOT_FOUND", {"team_id": team.id})
    elif not ctx.server:
        raise StatusError(403, "Clients cannot access custom customers.")
    item = ctx.state.items.get(item_id)
    if item is None:
        raise known("ITEM_NOT_FOUND", {"item_id": item_id})
    if item["customer_type"] != ctype:
        raise known(
            "ITEM_CUSTOMER_TYPE_DOES_NOT_MATCH",
            {
                "actual_customer_type": ctype,
                "customer_id": cid,
                "item_customer_type": item["customer_type"],
                "item_id": item_id,
            },
        )
    return ctype, cid, item_id, item


@route("GET", "/payments/items/{customer_type}/{customer_id}/{item_id}")
async def get_item(ctx: Ctx) -> Any:
    ctype, cid, item_id, item = _item(ctx)
    quantity = ctx.state.item_quantities.get((ctype, cid, item_id), 0)
    return {"display_name": item["display_name"], "id": item_id, "quantity": quantity}


@route("POST", "/payments/items/{customer_type}/{customer_id}/{item_id}/update-quantity", access=SERVER)
async def update_quantity(ctx: Ctx) -> Any:
    allow_negative = ctx.q_bool("allow_negative")
    if allow_negative is None:
        raise ctx.schema("query.allow_negative must be defined")
    delta = ctx.b("delta", int, required=True)
    ctype, cid, item_id, _ = _item(ctx)
    current = ctx.state.item_quantities.get((ctype, cid, item_id), 0)
    if current + delta < 0 and not allow_negative:
        raise known(
            "ITEM_QUANTITY_INSUFFICIENT_AMOUNT", {"customer_id": cid, "item_id": item_id, "quantity": -delta}
        )
    ctx.state.item_quantities[(ctype, cid, item_id)] = current + delta
    ctx.state.log("item.quantity_changed", f"{ctype}:{cid}:{item_id}")
    return {}
