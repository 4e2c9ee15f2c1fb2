"""Every docstring example in stack_sdk runs (the brief: public functions carry a runnable example)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import stack_sdk

# Resource methods are coroutines whose examples read `await s.users.get(...)`: doctest cannot run
# top-level await, so those examples are illustrations and the resources have their own tests.
MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(stack_sdk.__path__, "stack_sdk.")
    if not m.name.endswith("__main__") and not m.name.startswith("stack_sdk.resources.")
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {name}"
