"""The known-error table (openapi/known-errors.tsv) and the classes generated from it."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from stack_sdk import _known_errors, errors
from stack_sdk.errors import KnownError

ROOT = Path(__file__).resolve().parents[1]


def _load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "gen_known_errors", ROOT / "scripts" / "gen_known_errors.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up while building Row
    spec.loader.exec_module(module)
    return module


gen = _load_generator()
ROWS = gen.read_table()
BY_CODE = {row.code: row for row in ROWS}


def test_table_covers_the_whole_protocol_table() -> None:
    # §3.5: 143 exported classes (11 abstract + 132 concrete) plus the unexported TEAM_ALREADY_EXISTS.
    assert len(ROWS) == 144
    assert sum(row.exported for row in ROWS) == 143
    assert sum(row.status is None for row in ROWS) == 11
    assert [row.code for row in ROWS if not row.exported] == ["TEAM_ALREADY_EXISTS"]


@pytest.mark.shared
def test_table_matches_protocol_section_3_5(shared_dir: Path) -> None:
    # provenance: openapi/known-errors.tsv was taken from the upstream protocol notes' §3.5 table
    text = (shared_dir / "stack-protocol.md").read_text(encoding="utf-8")
    section = text[text.index("### 3.5") :]
    section = section[: section.index("\n---")]
    protocol = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 6 or not re.fullmatch(r"[A-Z_]+(\s\*\*\(not exported\)\*\*)?", cells[0]):
            continue
        protocol[cells[0].split()[0]] = (cells[1], cells[2], cells[3])
    assert len(protocol) == 144
    ours = {row.code: (str(row.status or "abstract"), row.parent, row.class_name) for row in ROWS}
    assert ours == protocol


@pytest.mark.parametrize("row", ROWS, ids=lambda row: row.code)
def test_every_row_has_its_class(row: gen.Row) -> None:
    cls = KnownError.class_for(row.code)
    assert cls.__name__ == row.class_name
    assert cls.code == row.code
    assert getattr(errors, row.class_name) is cls  # public from stack_sdk.errors
    assert row.class_name in errors.__all__
    parent = KnownError.class_for(row.parent) if row.parent else KnownError
    assert cls.__bases__ == (parent,)
    assert cls.detail_keys == row.details
    if row.status is None:
        assert cls.abstract and cls.status == 0  # never sent, so no fixed status
    else:
        assert not cls.abstract and cls.status == row.status
        exc = cls("message")
        assert (exc.code, exc.status) == (row.code, row.status)


def test_every_class_has_a_row() -> None:
    generated = {
        obj.code
        for obj in vars(_known_errors).values()
        if isinstance(obj, type) and issubclass(obj, KnownError) and obj is not KnownError
    }
    assert generated == set(BY_CODE)
    assert set(KnownError.registry) == set(BY_CODE)


def test_unknown_codes_never_guess_a_parent() -> None:
    # A new code that looks like a family member is still the base class: guessing would mislead handlers.
    for code in (
        "ACCESS_TOKEN_REVOKED",
        "VERIFICATION_CODE_TOO_OLD",
        "API_KEY_SUSPENDED",
        "",
        "user_not_found",
    ):
        assert KnownError.class_for(code) is KnownError


@pytest.mark.parametrize(
    ("parent", "children"),
    [
        (
            errors.InvalidAccessToken,
            ["ACCESS_TOKEN_EXPIRED", "UNPARSABLE_ACCESS_TOKEN", "INVALID_PROJECT_FOR_ACCESS_TOKEN"],
        ),
        (
            errors.VerificationError,
            [
                "VERIFICATION_CODE_NOT_FOUND",
                "VERIFICATION_CODE_EXPIRED",
                "VERIFICATION_CODE_ALREADY_USED",
                "VERIFICATION_CODE_MAX_ATTEMPTS_REACHED",
            ],
        ),
        (
            errors.ApiKeyNotValid,
            [
                "API_KEY_EXPIRED",
                "API_KEY_REVOKED",
                "WRONG_API_KEY_TYPE",
                "API_KEY_NOT_FOUND",
                "PUBLIC_API_KEY_CANNOT_BE_REVOKED",
            ],
        ),
        (errors.PasswordRequirementsNotMet, ["PASSWORD_TOO_SHORT", "PASSWORD_TOO_LONG"]),
        (
            errors.RefreshTokenError,
            ["REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED", "CANNOT_DELETE_CURRENT_SESSION", "PROVIDER_REJECTED"],
        ),
        (errors.InvalidAdminAccessToken, ["ADMIN_ACCESS_TOKEN_EXPIRED", "UNPARSABLE_ADMIN_ACCESS_TOKEN"]),
        (
            errors.ProjectAuthenticationError,
            [
                "INVALID_SECRET_SERVER_KEY",
                "ADMIN_ACCESS_TOKEN_EXPIRED",
                "CLIENT_AUTHENTICATION_REQUIRED",
                "EXPECTED_INTERNAL_PROJECT",
            ],
        ),
        (errors.SessionAuthenticationError, ["ACCESS_TOKEN_EXPIRED"]),
    ],
)
def test_parent_catches_children(parent: type[KnownError], children: list[str]) -> None:
    family = {row.code for row in ROWS if parent.code in _ancestors(row.code)}
    assert set(children) <= family
    for code in children:
        with pytest.raises(parent) as caught:
            raise KnownError.class_for(code)("boom")
        assert caught.value.code == code
        assert isinstance(caught.value, errors.APIStatusError) and isinstance(caught.value, errors.StackError)


def _ancestors(code: str) -> list[str]:
    out = []
    while BY_CODE[code].parent:
        code = BY_CODE[code].parent
        out.append(code)
    return out


def test_families_do_not_leak() -> None:
    assert not issubclass(errors.AccessTokenExpired, errors.RefreshTokenError)
    assert not issubclass(errors.RefreshTokenNotFoundOrExpired, errors.InvalidAccessToken)
    assert not issubclass(errors.UserNotFound, errors.ProjectAuthenticationError)
    assert errors.VerificationError is errors.VerificationCodeError


def test_mfa_required_exposes_attempt_code() -> None:
    exc = errors.MultiFactorAuthenticationRequired("MFA needed", details={"attempt_code": "a" * 45})
    assert exc.attempt_code == "a" * 45
    assert errors.MultiFactorAuthenticationRequired("no details").attempt_code == ""


def test_registering_a_taken_code_fails_loudly() -> None:
    with pytest.raises(TypeError, match="ACCESS_TOKEN_EXPIRED is already taken by AccessTokenExpired"):

        class Duplicate(KnownError):
            code = "ACCESS_TOKEN_EXPIRED"

    class MyExpired(errors.AccessTokenExpired):  # a user's subclass without a code of its own
        pass

    assert KnownError.class_for("ACCESS_TOKEN_EXPIRED") is errors.AccessTokenExpired
    assert MyExpired("x").code == "ACCESS_TOKEN_EXPIRED"


def test_generated_module_is_up_to_date() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "gen_known_errors.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_check_mode_fails_on_a_stale_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stale = tmp_path / "_known_errors.py"
    stale.write_text(
        (ROOT / "stack_sdk" / "_known_errors.py").read_text().replace("status = 401", "status = 400", 1)
    )
    monkeypatch.setattr(gen, "OUTPUT", stale)
    monkeypatch.setattr(gen, "ROOT", tmp_path)
    assert gen.main(["--check"]) == 1
    assert gen.main([]) == 0  # rewrite ...
    assert gen.main(["--check"]) == 0  # ... and it is current again


def test_render_is_deterministic_and_ruff_formatted(tmp_path: Path) -> None:
    text = gen.render(ROWS)
    assert text == gen.render(gen.read_table())
    out = tmp_path / "_known_errors.py"
    out.write_text(text)
    ruff = Path(sys.executable).parent / "ruff"
    result = subprocess.run(
        [str(ruff), "format", "--check", "--config", str(ROOT / "pyproject.toml"), str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_bad_table_is_rejected_with_the_row(tmp_path: Path) -> None:
    table = (ROOT / "openapi" / "known-errors.tsv").read_text()
    broken = tmp_path / "t.tsv"
    broken.write_text(table.replace("ACCESS_TOKEN_EXPIRED\t401", "ACCESS_TOKEN_EXPIRED\t40x"))
    with pytest.raises(SystemExit, match="status must be a number or 'abstract'"):
        gen.read_table(broken)
    broken.write_text(
        table.replace("\tINVALID_ACCESS_TOKEN\tAccessTokenExpired", "\tNO_SUCH_PARENT\tAccessTokenExpired")
    )
    with pytest.raises(SystemExit, match="parent NO_SUCH_PARENT must be defined"):
        gen.read_table(broken)
