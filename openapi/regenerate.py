"""Driver of scripts/regenerate.sh: fetch → verify sha256 → normalise → generate → write generated/.

Run it through the script (``scripts/regenerate.sh --help``); everything is deterministic, so two runs
give byte-identical trees and ``--check`` can compare the committed tree with a fresh one.
"""

from __future__ import annotations

import argparse
import filecmp
import importlib.metadata
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from . import outputs, upstream
from .normalise import normalise

ROOT = Path(__file__).resolve().parents[1]
OPENAPI = ROOT / "openapi"
PACKAGE = "stack_sdk_generated"
RUFF_ARGS = ["--isolated", "--no-cache", "--line-length", "110", "--quiet"]

HELP = """\
Regenerate generated/ (the stack_sdk_generated package) from Stack's pinned OpenAPI release.

  scripts/regenerate.sh                 verify the vendored pinned release (openapi/upstream/<release>/)
                                        against openapi/upstream.json, regenerate generated/
  scripts/regenerate.sh --check         regenerate into a temp dir; exit 1 if generated/ differs
  scripts/regenerate.sh --from DIR|URL --repin
                                        adopt a new upstream release: rewrite openapi/upstream.json
                                        (hashes, date, release name), vendor its files into
                                        openapi/upstream/<release>/ (replacing the old pin's) and regenerate
Tests and experiments that must not touch the repo's pin use --record and --out, e.g.
  scripts/regenerate.sh --from /path/to/specs/stack-2025-06 --repin \\
      --record /tmp/x/upstream.json --out /tmp/x
"""


class RegenerateError(Exception):
    """The generator failed or warned (its output is in the message)."""


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="scripts/regenerate.sh", description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--from",
        dest="source",
        metavar="DIR|URL",
        help="folder holding client/server/admin/webhooks.json, or a base URL serving <name>.json "
        "(default: openapi/upstream/<pinned release>/, the copy vendored in the repository)",
    )
    parser.add_argument(
        "--check", action="store_true", help="compare a fresh regeneration with --out; change nothing"
    )
    parser.add_argument(
        "--repin", action="store_true", help="accept the fetched files: rewrite the record's hashes"
    )
    parser.add_argument(
        "--release", help="release name written by --repin (default: the --from folder's name)"
    )
    parser.add_argument(
        "--out", type=Path, default=ROOT / "generated", help="output folder (default: generated/)"
    )
    parser.add_argument(
        "--record",
        type=Path,
        default=OPENAPI / "upstream.json",
        help="the pin record to verify against / rewrite (default: openapi/upstream.json)",
    )
    return parser.parse_args(argv)


def _tool_env() -> dict[str, str]:
    """PATH with this interpreter's bin first, so the pinned ruff and generator are the ones used."""
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    return env


def run_generator(spec_file: Path, work: Path) -> Path:
    """openapi-python-client with our config and templates; any warning is an error."""
    cmd = [
        str(Path(sys.executable).parent / "openapi-python-client"),
        "generate",
        "--path",
        str(spec_file),
        "--meta",
        "none",
        "--output-path",
        str(work / PACKAGE),
        "--config",
        str(OPENAPI / "config.yml"),
        "--custom-template-path",
        str(OPENAPI / "templates"),
        "--fail-on-warning",
    ]
    proc = subprocess.run(cmd, cwd=work, env=_tool_env(), capture_output=True, text=True)
    output = (proc.stdout + proc.stderr).strip()
    noise = {f"Generating {work / PACKAGE}", ""}
    if proc.returncode != 0 or any(line.strip() not in noise for line in output.splitlines()):
        raise RegenerateError(f"openapi-python-client failed or warned:\n{output}")
    return work / PACKAGE


def ruff_format(path: Path) -> None:
    subprocess.run(
        [str(Path(sys.executable).parent / "ruff"), "format", *RUFF_ARGS, str(path)],
        env=_tool_env(),
        check=True,
    )


def tool_versions() -> dict[str, str]:
    """Versions that shape the output; recorded in the lock so a different toolchain shows in --check."""
    ruff = subprocess.run(
        [str(Path(sys.executable).parent / "ruff"), "--version"], capture_output=True, text=True, check=True
    )
    return {
        "openapi-python-client": importlib.metadata.version("openapi-python-client"),
        "ruff": ruff.stdout.split()[-1],
    }


def vendored(record_file: Path) -> Path:
    """Where a pin record keeps its release's files: ``upstream/`` beside it (openapi/upstream/ for the repo)."""
    return record_file.parent / "upstream"


def resolve_source(args: argparse.Namespace, record: upstream.Record) -> str:
    """The spec files to read: --from when given, else the pinned release vendored in the repository
    (a clone on its own regenerates and checks with nothing beside it)."""
    if args.source:
        return args.source
    return str(vendored(args.record) / record.release)


def vendor(fetched: Path, release: str, record_file: Path) -> None:
    """Keep the newly pinned release's files beside the record, and only those (the pin is one release)."""
    folder = vendored(record_file)
    if folder.exists():
        for old in folder.iterdir():
            if old.is_dir() and old.name != release:
                shutil.rmtree(old)
    target = folder / release
    target.mkdir(parents=True, exist_ok=True)
    for spec in fetched.glob("*.json"):
        if spec.resolve() != (target / spec.name).resolve():
            shutil.copyfile(spec, target / spec.name)


def build(args: argparse.Namespace, out: Path, work: Path) -> list[str]:
    """Everything up to a finished output tree in ``out``. Returns the normaliser's notes."""
    record = upstream.Record.load(args.record) if args.record.exists() else None
    if record is None and not args.repin:
        raise upstream.PinError(f"no pin record at {args.record}; run with --from DIR --repin first")
    source = args.source or resolve_source(args, record)  # type: ignore[arg-type]
    fetched = upstream.fetch(source, work / "upstream")
    if args.repin:
        release = args.release or (
            record.release if record and source.startswith("http") else Path(source).name
        )
        record = upstream.repin(fetched, release)
        if not args.check:
            args.record.parent.mkdir(parents=True, exist_ok=True)
            record.dump(args.record)
            vendor(fetched, record.release, args.record)
    else:
        assert record is not None
        upstream.verify(record, fetched, source)
    assert record is not None

    specs = {
        name: json.loads((fetched / f"{name}.json").read_text()) for name in ("client", "server", "admin")
    }
    spec, notes = normalise(specs)
    spec_text = outputs.dump_json(spec)
    spec_file = work / "openapi.normalised.json"
    spec_file.write_text(spec_text)

    pkg = run_generator(spec_file, work)
    (pkg / "py.typed").write_text("# Marker file for PEP 561\n")
    ops_file = pkg / "_operations.py"
    ops_file.write_text(outputs.render_operations_module(spec, PACKAGE))
    ruff_format(ops_file)
    lock = outputs.build_lock(pkg, spec, record.release)
    lock["tools"] = tool_versions()

    old_lock_file = out / "api.lock.json"
    old_lock = json.loads(old_lock_file.read_text()) if old_lock_file.exists() else None
    lock_text = outputs.dump_json(lock)
    changelog = out / "CHANGELOG-API.md"
    keep_changelog = old_lock is not None and outputs.dump_json(old_lock) == lock_text and changelog.exists()
    changelog_text = changelog.read_text() if keep_changelog else outputs.render_changelog(old_lock, lock)

    out.mkdir(parents=True, exist_ok=True)
    target = out / PACKAGE
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(pkg, target, ignore=shutil.ignore_patterns("__pycache__", ".ruff_cache"))
    (out / "openapi.normalised.json").write_text(spec_text)
    (out / "api.lock.json").write_text(lock_text)
    changelog.write_text(changelog_text)
    return notes


def _tree(folder: Path) -> set[Path]:
    return {
        p.relative_to(folder)
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and not p.name.endswith(".pyc")
    }


def compare(expected: Path, actual: Path) -> list[str]:
    """Differences between two output trees, one short line each."""
    managed = [PACKAGE, "openapi.normalised.json", "api.lock.json", "CHANGELOG-API.md"]
    exp = {p for p in _tree(expected) if p.parts[0] in managed}
    act = {p for p in _tree(actual) if p.parts[0] in managed}
    diffs = [f"missing in {actual}: {p}" for p in sorted(exp - act)]
    diffs += [f"not produced by the generator: {p}" for p in sorted(act - exp)]
    diffs += [
        f"differs: {p}" for p in sorted(exp & act) if not filecmp.cmp(expected / p, actual / p, shallow=False)
    ]
    return diffs


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    started = time.monotonic()
    try:
        with tempfile.TemporaryDirectory(prefix="stack-regen-") as tmp:
            work = Path(tmp)
            if args.check:
                fresh = work / "out"
                fresh.mkdir()
                # the changelog only changes with the lock: start from the committed pair
                for name in ("api.lock.json", "CHANGELOG-API.md"):
                    if (args.out / name).exists():
                        shutil.copyfile(args.out / name, fresh / name)
                build(args, fresh, work)
                diffs = compare(fresh, args.out)
                if diffs:
                    print(f"generated/ is not what scripts/regenerate.sh produces ({len(diffs)} files):")
                    print("\n".join(f"  {d}" for d in diffs[:30]))
                    if len(diffs) > 30:
                        print(f"  ... and {len(diffs) - 30} more")
                    print("Run scripts/regenerate.sh and commit the result.")
                    return 1
                print(f"generated/ is up to date ({time.monotonic() - started:.1f} s)")
                return 0
            notes = build(args, args.out, work)
    except (upstream.PinError, RegenerateError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for note in notes:
        print(f"note: {note}")
    print(f"regenerated {args.out / PACKAGE} in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
