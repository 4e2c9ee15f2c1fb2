"""scripts/regenerate.sh end to end: pinning, determinism, --check, older release, changelog."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

from openapi.regenerate import compare

from .conftest import GENERATED, PINNED, ROOT, Regen

MANAGED = ("stack_sdk_generated", "openapi.normalised.json", "api.lock.json", "CHANGELOG-API.md")


def test_check_passes_on_the_committed_tree(regen: Regen) -> None:
    proc = regen("--check")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "generated/ is up to date" in proc.stdout


def test_two_regenerations_are_byte_identical(regen: Regen, tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    for out in (a, b):
        proc = regen("--out", out)
        assert proc.returncode == 0, proc.stdout + proc.stderr
    assert compare(a, b) == []
    # and the package equals the committed one (the changelog differs: no previous lock here)
    assert [d for d in compare(a, GENERATED) if "CHANGELOG" not in d] == []


def test_check_names_a_hand_edited_file(regen: Regen, tmp_path: Path) -> None:
    out = tmp_path / "generated"
    for name in MANAGED:
        src = GENERATED / name
        shutil.copytree(src, out / name) if src.is_dir() else shutil.copyfile(src, out / name)
    edited = out / "stack_sdk_generated/models/user.py"
    edited.write_text(edited.read_text() + "\n# hand edit\n")
    (out / "stack_sdk_generated/stray.py").write_text("")
    proc = regen("--check", "--out", out)
    assert proc.returncode == 1
    assert "differs: stack_sdk_generated/models/user.py" in proc.stdout
    assert "stack_sdk_generated/stray.py" in proc.stdout


def test_sha_mismatch_fails_loudly(regen: Regen, tmp_path: Path) -> None:
    source = tmp_path / "tampered"
    shutil.copytree(PINNED, source)
    (source / "server.json").write_text((source / "server.json").read_text().replace("Stack", "Stacks", 1))
    proc = regen("--from", source, "--out", tmp_path / "out")
    pinned = json.loads((ROOT / "openapi/upstream.json").read_text())["files"]["server"]["sha256"]
    assert proc.returncode == 2
    assert "server.json" in proc.stderr and f"expected sha256 {pinned}" in proc.stderr
    assert "--repin" in proc.stderr
    assert "client.json" not in proc.stderr  # only the file that differs is named
    assert not (tmp_path / "out").exists()


def test_older_release_regenerates_and_changelog_names_the_added_server_operations(
    release_2025_then_2026: Path, data_dir: Path
) -> None:
    out = release_2025_then_2026
    record = json.loads((out / "old.json").read_text())
    assert record["release"] == "stack-2025-06"
    assert record["files"]["server"]["url"] == "https://docs.stack-auth.com/openapi/server.json"
    old_lock = json.loads((out / "after-2025-06.lock.json").read_text())
    assert old_lock["release"] == "stack-2025-06" and "users_list" in old_lock["operations"]
    assert "emails_send" not in old_lock["operations"]

    def server_ops(release: str) -> set[str]:
        folder = PINNED if release == "stack-2026-04" else data_dir / "openapi" / release
        spec = json.loads((folder / "server.json").read_text())
        return {f"{m.upper()} {p}" for p, item in spec["paths"].items() for m in item}

    added = server_ops("stack-2026-04") - server_ops("stack-2025-06")
    assert len(added) == 23
    changelog = (out / "CHANGELOG-API.md").read_text()
    assert "From stack-2025-06 to stack-2026-04" in changelog
    added_section = changelog.split("### Added", 1)[1].split("###", 1)[0]
    excluded = json.loads((out / "api.lock.json").read_text())["excluded"]
    for key in sorted(added):
        method, path = key.split(" ", 1)
        path = path or "/"  # 2025-06 called the root "" (GET /: excluded in both releases)
        assert f"`{method} {path}`" in added_section or f"{method} {path}" in excluded, key
    assert "`POST /emails/send-email`" in added_section and "`GET /oauth-providers`" in added_section


def test_committed_changelog_and_lock_describe_the_pinned_release() -> None:
    release = json.loads((ROOT / "openapi/upstream.json").read_text())["release"]
    assert json.loads((GENERATED / "api.lock.json").read_text())["release"] == release
    assert f" to {release};" in (GENERATED / "CHANGELOG-API.md").read_text().splitlines()[2]


def test_repin_writes_the_record_it_was_given_only(regen: Regen, tmp_path: Path) -> None:
    before = (ROOT / "openapi/upstream.json").read_text()
    vendored_before = sorted(p.name for p in (ROOT / "openapi/upstream").iterdir())
    (tmp_path / "upstream/stack-old").mkdir(parents=True)  # the previous pin's vendored copy
    proc = regen(
        "--from",
        PINNED,
        "--repin",
        "--record",
        tmp_path / "r.json",
        "--release",
        "stack-test",
        "--out",
        tmp_path / "out",
    )
    assert proc.returncode == 0, proc.stderr
    record = json.loads((tmp_path / "r.json").read_text())
    assert record["release"] == "stack-test" and len(record["date"]) == 10
    assert set(record["files"]) == {"client", "server", "admin", "webhooks"}
    assert (ROOT / "openapi/upstream.json").read_text() == before
    # the new release is vendored beside its record, replacing the old one; the repo's copy is untouched
    assert sorted(p.name for p in (tmp_path / "upstream").iterdir()) == ["stack-test"]
    for name in ("client", "server", "admin", "webhooks"):
        vendored = tmp_path / "upstream/stack-test" / f"{name}.json"
        assert vendored.read_bytes() == (PINNED / f"{name}.json").read_bytes()
        assert hashlib.sha256(vendored.read_bytes()).hexdigest() == record["files"][name]["sha256"]
    assert sorted(p.name for p in (ROOT / "openapi/upstream").iterdir()) == vendored_before


def test_from_url_downloads_each_file(regen: Regen, tmp_path: Path) -> None:
    import functools
    import http.server
    import threading

    handler = functools.partial(
        http.server.SimpleHTTPRequestHandler, directory=str(PINNED)
    )
    handler.log_message = lambda *args: None  # type: ignore[method-assign]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        proc = regen("--from", f"http://127.0.0.1:{server.server_address[1]}/", "--out", tmp_path / "out")
    finally:
        server.shutdown()
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert [d for d in compare(GENERATED, tmp_path / "out") if "CHANGELOG" not in d] == []
    assert (tmp_path / "out/stack_sdk_generated/models/user.py").is_file()
