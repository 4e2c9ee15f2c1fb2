"""The pinned upstream record (openapi/upstream.json): where each spec file comes from and its sha256.

>>> rec = Record.load(Path("openapi/upstream.json"))  # doctest: +SKIP
>>> rec.release, sorted(rec.files)  # doctest: +SKIP
('stack-2026-04', ['admin', 'client', 'server', 'webhooks'])
"""

from __future__ import annotations

import datetime
import hashlib
import json
import shutil
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

SPEC_NAMES = ("client", "server", "admin", "webhooks")
PUBLIC_BASE_URL = "https://docs.stack-auth.com/openapi"


class PinError(Exception):
    """A fetched spec file does not match the pinned sha256 (or is missing)."""


@dataclass
class Record:
    release: str
    date: str
    files: dict[str, dict[str, str]] = field(default_factory=dict)  # name -> {"url", "sha256"}

    @classmethod
    def load(cls, path: Path) -> Record:
        data = json.loads(path.read_text())
        return cls(release=data["release"], date=data["date"], files=data["files"])

    def dump(self, path: Path) -> None:
        data = {"release": self.release, "date": self.date, "files": self.files}
        path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fetch(source: str, dest: Path) -> Path:
    """Copy (directory) or download (http(s) URL) ``<name>.json`` for every spec file into ``dest``."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in SPEC_NAMES:
        target = dest / f"{name}.json"
        if source.startswith(("http://", "https://")):
            url = f"{source.rstrip('/')}/{name}.json"
            with urllib.request.urlopen(url, timeout=60) as resp:  # noqa: S310 (https URL given by the user)
                target.write_bytes(resp.read())
        else:
            src = Path(source) / f"{name}.json"
            if not src.is_file():
                raise PinError(
                    f"{src} not found: --from must be a folder holding {', '.join(SPEC_NAMES)} .json files"
                )
            shutil.copyfile(src, target)
    return dest


def verify(record: Record, folder: Path, origin: str) -> None:
    """Fail loudly, naming the file and both hashes, when a fetched file differs from the pin."""
    problems = []
    for name in SPEC_NAMES:
        expected = record.files.get(name, {}).get("sha256")
        actual = sha256(folder / f"{name}.json")
        if expected != actual:
            problems.append(f"  {name}.json: expected sha256 {expected}, got {actual}")
    if problems:
        raise PinError(
            f"sha256 mismatch for the spec fetched from {origin} (pinned release {record.release}):\n"
            + "\n".join(problems)
            + "\nIf this is a new upstream release, re-pin it: scripts/regenerate.sh --from <dir|url> --repin"
        )


def repin(folder: Path, release: str, today: datetime.date | None = None) -> Record:
    """A new record for the files in ``folder`` (hashes of these files, public URLs, today's date)."""
    day = (today or datetime.date.today()).isoformat()
    files = {
        name: {"url": f"{PUBLIC_BASE_URL}/{name}.json", "sha256": sha256(folder / f"{name}.json")}
        for name in SPEC_NAMES
    }
    return Record(release=release, date=day, files=files)
