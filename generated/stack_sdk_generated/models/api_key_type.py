from typing import Literal

ApiKeyType = Literal["team", "user"]

API_KEY_TYPE_VALUES: set[ApiKeyType] = {
    "team",
    "user",
}


def check_api_key_type(value: str) -> ApiKeyType:
    if value in API_KEY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {API_KEY_TYPE_VALUES!r}")
