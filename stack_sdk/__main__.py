"""Command line: ``python -m stack_sdk [info|demo]``."""

from __future__ import annotations

import sys


def _info() -> int:
    import importlib

    from . import __version__

    try:
        table = importlib.import_module("stack_sdk_generated._operations")
    except ImportError:  # before the first generation
        count = 0
    else:
        count = len(table.OPERATIONS)
    print(f"stack-sdk {__version__}: {count} API operations known")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m stack_sdk``.

    >>> main(["info"])  # doctest: +SKIP
    stack-sdk 0.1.0: ... API operations known
    """
    args = sys.argv[1:] if argv is None else argv
    command = args[0] if args else "info"
    if command == "info":
        return _info()
    if command == "demo":
        import asyncio

        from ._demo import run_demo

        return asyncio.run(run_demo())
    print(f"unknown command {command!r}; try: info, demo", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
