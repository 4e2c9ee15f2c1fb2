from typing import Literal

RestrictedReasonType = Literal["anonymous", "email_not_verified", "restricted_by_administrator"]

RESTRICTED_REASON_TYPE_VALUES: set[RestrictedReasonType] = {
    "anonymous",
    "email_not_verified",
    "restricted_by_administrator",
}


def check_restricted_reason_type(value: str) -> RestrictedReasonType:
    if value in RESTRICTED_REASON_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESTRICTED_REASON_TYPE_VALUES!r}")
