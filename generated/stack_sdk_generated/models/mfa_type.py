from typing import Literal

MfaType = Literal["totp"]

MFA_TYPE_VALUES: set[MfaType] = {
    "totp",
}


def check_mfa_type(value: str) -> MfaType:
    if value in MFA_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MFA_TYPE_VALUES!r}")
