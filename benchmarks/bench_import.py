"""Import-time benchmark: ``import stack_sdk`` against ``import httpx`` (target: at most 1.5x).

Each sample is a fresh interpreter that times one import statement with ``perf_counter`` (interpreter
start-up excluded); the median of several runs is reported. The last line is the ratio:

    $ .venv/bin/python benchmarks/bench_import.py
    ...
    import ratio stack_sdk/httpx: 1.12x
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys

TIMER = "import time; t = time.perf_counter(); {stmt}; print(time.perf_counter() - t)"


def time_import(stmt: str, runs: int) -> float:
    """Median seconds of ``stmt`` over ``runs`` fresh interpreters."""
    samples = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", TIMER.format(stmt=stmt)], capture_output=True, text=True, check=True
        )
        samples.append(float(out.stdout.strip().splitlines()[-1]))
    return statistics.median(samples)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--runs", type=int, default=15, help="fresh interpreters per measurement (default 15)"
    )
    args = parser.parse_args(argv)

    httpx_s = time_import("import httpx", args.runs)
    sdk_s = time_import("import stack_sdk", args.runs)
    endpoint_s = time_import("import stack_sdk_generated.api.users.users_list", args.runs)
    all_models_s = time_import(
        "import stack_sdk_generated.models as m; [getattr(m, n) for n in m.__all__]", max(3, args.runs // 3)
    )
    print(f"import httpx:     {httpx_s * 1000:7.1f} ms (median of {args.runs})")
    print(f"import stack_sdk: {sdk_s * 1000:7.1f} ms")
    print(f"every generated model (what an eager models/__init__ would cost): {all_models_s * 1000:7.1f} ms")
    print(f"import stack_sdk_generated + one endpoint module (users_list): {endpoint_s * 1000:7.1f} ms")
    print(f"import ratio stack_sdk/httpx: {sdk_s / httpx_s:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
