"""Every docstring example in stack_sdk runs (the brief: public functions carry a runnable example)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import stack_sdk

MODULES = sorted(
    m.name for m in pkgutil.walk_packages(stack_sdk.__path__, "stack_sdk.") if not m.name.endswith("__main__")
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {name}"
