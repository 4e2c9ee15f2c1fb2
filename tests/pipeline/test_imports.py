"""Import cost: nothing loads a generated model it does not use (STYLE #16, anti-pattern 1)."""

from __future__ import annotations

import json
import subprocess
import sys

from .conftest import GENERATED


def loaded_after(code: str) -> list[str]:
    """Module names in sys.modules after running ``code`` in a fresh interpreter."""
    script = f"import sys, json\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def models_in(modules: list[str]) -> set[str]:
    return {m for m in modules if m.startswith("stack_sdk_generated.models.")}


def test_import_stack_sdk_loads_no_generated_model() -> None:
    assert models_in(loaded_after("import stack_sdk")) == set()


def test_package_root_models_package_and_operation_table_are_light() -> None:
    modules = loaded_after(
        "import stack_sdk_generated, stack_sdk_generated.models, stack_sdk_generated._operations"
    )
    assert models_in(modules) == set()
    assert "stack_sdk_generated.client" not in modules
    assert not [m for m in modules if m.startswith("stack_sdk_generated.api.")]
    assert "httpx" not in modules


def test_one_endpoint_module_imports_only_its_own_models() -> None:
    modules = loaded_after("import stack_sdk_generated.api.users.users_list")
    source = (GENERATED / "stack_sdk_generated/api/users/users_list.py").read_text()
    direct = {
        line.split()[1].removeprefix("...") for line in source.splitlines() if "from ...models." in line
    }
    assert models_in(modules) == {f"stack_sdk_generated.{m}" for m in direct}
    assert len(models_in(modules)) <= 3


def test_models_load_on_first_attribute_access() -> None:
    modules = loaded_after("from stack_sdk_generated.models import User")
    assert "stack_sdk_generated.models.user" in modules
    assert len(models_in(modules)) == 1
    total = len(list((GENERATED / "stack_sdk_generated/models").glob("*.py"))) - 1
    assert total > 100  # the eager default would have loaded all of them


def test_unknown_model_name_is_a_clear_attribute_error() -> None:
    import pytest
    import stack_sdk_generated.models as models

    with pytest.raises(AttributeError, match="has no attribute 'NoSuchModel'"):
        models.NoSuchModel  # noqa: B018
