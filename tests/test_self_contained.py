"""The repository carries what its tests and its pinned regeneration need: nothing reads ../shared.

``../shared`` is only where new upstream material arrives; a clone on its own (no sibling folders) must
pass the README's two commands. The vendored copies are checked here; .ci/run also runs the pipeline,
replay and conformance suites in a clone inside an empty temporary folder.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# a path to the sibling folder, however it is spelled: "../shared", parent / "shared", ("..", "shared")
SIBLING = re.compile(
    r"""\.\./shared\b|\.parents?(\[\d\])?\s*/\s*["']shared["']|["']\.\.["']\s*,\s*["']shared["']"""
)
SCANNED = ("stack_sdk", "openapi", "scripts", "tests", "benchmarks", "examples", ".ci", "pyproject.toml")
# the only places that may name it: where .ci/run hands it over explicitly (--shared / STACK_SDK_SHARED),
# and this file, whose patterns and examples spell it on purpose
ALLOWED = {".ci/run", "tests/test_self_contained.py"}


def _tracked() -> list[str]:
    out = subprocess.run(["git", "ls-files", *SCANNED], cwd=ROOT, capture_output=True, text=True, check=True)
    return [line for line in out.stdout.splitlines() if line]


def test_no_test_or_script_reaches_for_the_sibling_shared_folder() -> None:
    offenders = []
    for rel in _tracked():
        # prose (*.md) may show a command that hands the folder over explicitly (--from ../shared/...)
        if rel in ALLOWED or rel.startswith("tests/data/") or rel.endswith(".md"):
            continue
        try:
            text = (ROOT / rel).read_text(encoding="utf-8")
        except (UnicodeDecodeError, FileNotFoundError):
            continue
        offenders += [
            f"{rel}:{n}: {line.strip()}"
            for n, line in enumerate(text.splitlines(), 1)
            if SIBLING.search(line)
        ]
    assert offenders == [], "reads ../shared without being given it:\n" + "\n".join(offenders)


def test_the_scan_catches_each_spelling() -> None:
    for line in (
        'p = ROOT.parent / "shared"',
        "open('../shared/x')",
        'Path("..", "shared")',
        "root.parents[1] / 'shared'",
    ):
        assert SIBLING.search(line), line
    assert not SIBLING.search('config["email_config"]["type"] == "shared"')


def test_the_pinned_release_is_vendored_and_matches_its_pin() -> None:
    record = json.loads((ROOT / "openapi/upstream.json").read_text())
    folder = ROOT / "openapi/upstream" / record["release"]
    assert sorted(p.name for p in (ROOT / "openapi/upstream").iterdir()) == [record["release"]]
    for name, entry in record["files"].items():
        assert hashlib.sha256((folder / f"{name}.json").read_bytes()).hexdigest() == entry["sha256"], name


def test_the_recordings_are_vendored() -> None:
    lines = (ROOT / "tests/data/recordings.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 221
    assert all(json.loads(line)["name"] for line in lines)


@pytest.mark.shared
def test_vendored_copies_equal_what_arrived_in_shared(shared_dir: Path) -> None:
    record = json.loads((ROOT / "openapi/upstream.json").read_text())
    for name in record["files"]:
        vendored = ROOT / "openapi/upstream" / record["release"] / f"{name}.json"
        arrived = shared_dir / "openapi" / record["release"] / f"{name}.json"
        if arrived.exists():  # the pin may be a release shared/ no longer carries
            assert vendored.read_bytes() == arrived.read_bytes(), name
    assert (ROOT / "tests/data/recordings.jsonl").read_bytes() == (
        shared_dir / "real-backend/recordings.jsonl"
    ).read_bytes()
