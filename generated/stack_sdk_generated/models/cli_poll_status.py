from typing import Literal

CliPollStatus = Literal["expired", "success", "used", "waiting"]

CLI_POLL_STATUS_VALUES: set[CliPollStatus] = {
    "expired",
    "success",
    "used",
    "waiting",
}


def check_cli_poll_status(value: str) -> CliPollStatus:
    if value in CLI_POLL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLI_POLL_STATUS_VALUES!r}")
