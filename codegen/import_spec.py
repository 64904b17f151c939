"""Import an upstream Pylon OpenAPI document into spec/ and report what changed.

    python -m codegen.import_spec FROM [--version 7.19.0]

Writes spec/pylon-api.json (the project's spec) and spec/pylon-api.lock.json (upstream version and the
sha256 of the imported bytes), then prints the change report against the spec that was there before.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from . import spec_diff
from ._jsondoc import dump_json, load_document, sha256_hex
from .normalize import normalize

SPEC_DIR = Path(__file__).resolve().parent.parent / "spec"
SPEC_PATH = SPEC_DIR / "pylon-api.json"
LOCK_PATH = SPEC_DIR / "pylon-api.lock.json"
CORRECTIONS_PATH = SPEC_DIR / "corrections.json"


def _version_from(source: str, document: dict[str, object]) -> str:
    """Upstream's own info.version is not the API's release; the file name usually carries it."""
    match = re.search(r"(\d+\.\d+\.\d+)(?=\D*$)", source.rsplit("/", 1)[-1])
    if match:
        return match.group(1)
    info = document.get("info")
    return str(info.get("version", "unknown")) if isinstance(info, dict) else "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="spec-update", description=__doc__.split("\n\n")[0])
    parser.add_argument("source", help="path or URL of the upstream OpenAPI document")
    parser.add_argument("--version", help="the upstream release (default: from the file name)")
    args = parser.parse_args(argv)

    upstream, raw = load_document(args.source)
    version = args.version or _version_from(args.source, upstream)
    corrections = json.loads(CORRECTIONS_PATH.read_text())
    spec = normalize(upstream, corrections, version)

    previous = json.loads(SPEC_PATH.read_text()) if SPEC_PATH.exists() else {"paths": {}}
    SPEC_PATH.write_text(dump_json(spec))
    lock = {
        "upstream_version": version,
        "upstream_sha256": sha256_hex(raw),
        "source": Path(args.source).name,
    }
    LOCK_PATH.write_text(dump_json(lock))

    changes = spec_diff.explain(spec_diff.diff(previous, spec), corrections)
    sys.stdout.write(
        f"Imported upstream {version} into {SPEC_PATH.relative_to(SPEC_DIR.parent)}.\n"
    )
    sys.stdout.write(spec_diff.render(changes, "the previous spec", "the new spec"))
    if any(c.breaking for c in changes):
        sys.stdout.write(
            "Breaking changes above: review them, then `make generate` and run the tests.\n"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
