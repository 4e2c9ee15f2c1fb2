from typing import Literal

UsersOrderBy = Literal["signed_up_at"]

USERS_ORDER_BY_VALUES: set[UsersOrderBy] = {
    "signed_up_at",
}


def check_users_order_by(value: str) -> UsersOrderBy:
    if value in USERS_ORDER_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USERS_ORDER_BY_VALUES!r}")
