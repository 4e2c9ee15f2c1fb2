from typing import Literal

ContactChannelType = Literal["email"]

CONTACT_CHANNEL_TYPE_VALUES: set[ContactChannelType] = {
    "email",
}


def check_contact_channel_type(value: str) -> ContactChannelType:
    if value in CONTACT_CHANNEL_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTACT_CHANNEL_TYPE_VALUES!r}")
