"""Fixtures every suite may use: the repository's own test data, an explicit ``--shared`` folder, the clock shift.

The suite needs nothing outside the repository: the pinned spec lives in ``openapi/upstream/<release>/``,
the real-backend recordings and an older spec release in ``tests/data/``. ``--shared DIR`` (or
``STACK_SDK_SHARED``) names the folder new upstream material arrives in; only the provenance checks that
compare the vendored copies with it use it, and they do not run without it.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--shared",
        default=os.environ.get("STACK_SDK_SHARED"),
        help="folder where new upstream material arrives (specs, recordings, protocol notes); "
        "enables the provenance checks marked 'shared'",
    )
    parser.addoption(
        "--clock-shift-days",
        type=float,
        default=float(os.environ.get("STACK_SDK_CLOCK_SHIFT_DAYS", "0")),
        help="run every test with the wall clock (time.time, datetime.now) moved this many days ahead "
        "(time-machine); proves no test depends on today's date",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "shared: compares the repository's vendored copies with --shared DIR")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--shared"):
        return
    skip = pytest.mark.skip(reason="provenance check: needs --shared DIR (or STACK_SDK_SHARED)")
    for item in items:
        if "shared" in item.keywords:
            item.add_marker(skip)


def pytest_report_header(config: pytest.Config) -> str:
    days = config.getoption("--clock-shift-days")
    return f"stack-sdk: wall clock shifted {days:g} days ahead" if days else "stack-sdk: wall clock not shifted"


@pytest.fixture(autouse=True)
def _shifted_wall_clock(request: pytest.FixtureRequest) -> Iterator[None]:
    """With --clock-shift-days N, every test runs N days in the future (the clock keeps ticking)."""
    days = request.config.getoption("--clock-shift-days")
    if not days:
        yield
        return
    import time_machine

    target = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=days)
    with time_machine.travel(target, tick=True):
        yield


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """tests/data: the real-backend recordings and the older spec release the pipeline tests use."""
    return DATA


@pytest.fixture(scope="session")
def recordings_file() -> Path:
    """221 real exchanges with Stack's backend (ids and secrets as placeholders); see tests/data/README.md."""
    return DATA / "recordings.jsonl"


@pytest.fixture(scope="session")
def shared_dir(request: pytest.FixtureRequest) -> Path:
    """The folder given with --shared (tests using it are marked ``shared`` and skipped without it)."""
    value = request.config.getoption("--shared")
    assert value, "this test needs --shared DIR; mark it @pytest.mark.shared"
    path = Path(value).resolve()
    assert path.is_dir(), f"--shared {value}: not a folder"
    return path
