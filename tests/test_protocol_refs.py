"""Every "§N.M" the repository cites names a heading of docs/protocol.md (the repo stays self-contained)."""

from __future__ import annotations

import re
import subprocess
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROTOCOL = ROOT / "docs" / "protocol.md"
# Where the hand-written code and docs live; generated/ is rewritten by scripts/regenerate.sh and not scanned.
SCANNED = ("stack_sdk", "openapi", "tests", "scripts", "benchmarks", "examples", "docs", "README.md")
TEXT_SUFFIXES = {".py", ".md", ".sh", ".tsv", ".txt", ".toml", ".yml", ".yaml", ".json", ".jinja", ""}

REF = re.compile(r"§(\d+(?:\.\d+)*)")
# "## 2. Request-level behaviour" defines §2, "### 2.8 Refresh ..." defines §2.8, "## 0.5 Hexclave ..." §0.5.
HEADING = re.compile(r"^#{1,6}\s+(\d+(?:\.\d+)*)\.?\s", re.MULTILINE)


def _tracked_files() -> list[Path]:
    """The files git tracks under SCANNED, or (outside a git checkout) every file there."""
    try:
        out = subprocess.run(
            ["git", "ls-files", "-z", "--", *SCANNED],
            cwd=ROOT,
            capture_output=True,
            check=True,
            text=True,
        ).stdout
        files = [ROOT / name for name in out.split("\0") if name]
    except (OSError, subprocess.CalledProcessError):
        files = []
        for name in SCANNED:
            path = ROOT / name
            files.extend([path] if path.is_file() else path.rglob("*"))
    # The protocol file itself is scanned even before it is committed: its own cross-references count too.
    files.append(PROTOCOL)
    return sorted(
        {f for f in files if f.is_file() and f.suffix in TEXT_SUFFIXES and "__pycache__" not in f.parts}
    )


def _references() -> dict[str, list[str]]:
    """Section number → the "path:line" places that cite it."""
    found: dict[str, list[str]] = {}
    for path in _tracked_files():
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue  # not a text file
        for lineno, line in enumerate(text.splitlines(), 1):
            for match in REF.finditer(line):
                where = f"{path.relative_to(ROOT)}:{lineno}"
                found.setdefault(match.group(1), []).append(where)
    return found


def _headings() -> list[str]:
    return HEADING.findall(PROTOCOL.read_text(encoding="utf-8"))


def test_every_section_reference_resolves_to_a_heading() -> None:
    defined = set(_headings())
    dangling = {number: places for number, places in sorted(_references().items()) if number not in defined}
    assert not dangling, (
        "references to sections that docs/protocol.md does not define (add the heading, or fix the "
        f"reference; '§0 #7' cites item 7 of §0): {dangling}"
    )


def test_the_scan_sees_the_code_that_cites_the_protocol() -> None:
    # Guards the test above against silently scanning nothing (wrong root, git hiccup).
    refs = _references()
    files = {place.split(":")[0] for places in refs.values() for place in places}
    assert "stack_sdk/_tokens.py" in files
    assert "openapi/overlay.py" in files
    assert sum(len(places) for places in refs.values()) >= 50


def test_section_numbers_are_unique() -> None:
    # Two headings with one number would make a reference ambiguous.
    duplicates = [number for number, count in Counter(_headings()).items() if count > 1]
    assert not duplicates, f"docs/protocol.md defines these sections twice: {duplicates}"


def test_regex_reads_headings_and_references_as_documented() -> None:
    sample = "## 0. Essentials\n## 0.5 Hexclave\n### 2.8 Refresh\n#### 5.5.1 Deep\nnot # 3 a heading\n"
    assert HEADING.findall(sample) == ["0", "0.5", "2.8", "5.5.1"]
    assert REF.findall("see §2.7–§2.9, §5.5 #12 and protocol §6.") == ["2.7", "2.9", "5.5", "6"]
