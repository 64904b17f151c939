"""Regenerate generated/pylon_openapi from spec/pylon-api.json, or check that it is current.

    python -m codegen.generate            # write generated/pylon_openapi
    python -m codegen.generate --check    # exit 1 if generated/ differs from what would be written

Generation runs openapi-python-client (the pinned version, codegen/config.yaml, codegen/templates)
into a temporary directory, adds the spec tables and a compact copy of the spec (the simulator and the
contract tests read it from the installed package), formats, then swaps the result into place. The
same spec always gives the same bytes.
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .compat import make_py310_compatible
from .lazy_api_imports import defer_package
from .lazy_models import lazy_package
from .optimize import optimize_package
from .params import render_params
from .query_style import apply_query_styles
from .resource_layer import render_resource_layer
from .tables import render_tables
from .unset_singleton import singleton_unset

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "pylon-api.json"
TARGET = ROOT / "generated" / "pylon_openapi"
CONFIG = ROOT / "codegen" / "config.yaml"
TEMPLATES = ROOT / "codegen" / "templates"
# The facade's generated resource methods live with the facade (they extend its base classes, which
# generated/ must never import), but are written only here, like generated/.
RESOURCE_LAYER = ROOT / "src" / "pylon" / "resources" / "_generated.py"


def _tool(name: str) -> str:
    """Prefer the tool installed beside this interpreter (the project's venv)."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else name


def build(out_dir: Path) -> Path:
    package = out_dir / "pylon_openapi"
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    subprocess.run(
        [
            _tool("openapi-python-client"), "generate",
            "--path", str(SPEC), "--config", str(CONFIG), "--custom-template-path", str(TEMPLATES),
            "--meta", "none", "--output-path", str(package), "--overwrite", "--fail-on-warning",
        ],
        check=True, env=env, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    lazy_package(package)
    singleton_unset(package)
    optimize_package(package)
    defer_package(package)
    make_py310_compatible(package)
    spec = json.loads(SPEC.read_text())
    apply_query_styles(spec, package)
    loader, table = render_tables(spec, package)
    (package / "spec_tables.py").write_text(loader)
    (package / "spec_tables.json").write_text(table)
    (package / "py.typed").write_text("")  # users' type checkers read the generated models too
    facts = json.loads(table)
    layer = out_dir / RESOURCE_LAYER.name
    layer.write_text(render_resource_layer(spec, facts["OPERATIONS"], facts["MODEL_MODULES"]))
    bodies = [
        op["request_body"]
        for op in _operations(spec)
        if op["request_body"] and op["body_media"] == "application/json"
    ]
    (package / "params.py").write_text(render_params(spec, bodies))
    (package / "openapi.json").write_text(json.dumps(spec, sort_keys=True, separators=(",", ":")))
    subprocess.run(
        [
            _tool("ruff"),
            "format",
            "--no-cache",
            "--quiet",
            "--line-length",
            "100",
            str(package / "spec_tables.py"),
            str(package / "params.py"),
            str(package / "models"),
            str(package / "api"),
            str(package / "types.py"),
        ],
        check=True,
    )
    _format_module(layer)
    return package


def _format_module(path: Path) -> None:
    """Sort imports and format, with the project's own ruff settings (it lives under src/)."""
    for args in (["check", "--fix-only", "--select", "I,F401", "--quiet"], ["format", "--quiet"]):
        subprocess.run(
            [
                _tool("ruff"),
                *args,
                "--no-cache",
                "--config",
                str(ROOT / "pyproject.toml"),
                str(path),
            ],
            check=True,
        )


def _operations(spec: dict[str, object]) -> list[dict[str, object]]:
    """The request-body facts of every operation, as the tables module states them."""
    from ._jsondoc import iter_operations

    out = []
    for _, _, op in iter_operations(spec):  # type: ignore[arg-type]
        content = op.get("requestBody", {}).get("content", {})
        media = next(iter(content), None)
        ref = content.get(media, {}).get("schema", {}).get("$ref", "") if media else ""
        out.append({"request_body": ref.rsplit("/", 1)[-1] or None, "body_media": media})
    return out


def _differences(a: Path, b: Path) -> list[str]:
    """Relative paths that differ between two trees (added, removed or changed)."""
    out: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        out.extend(prefix + n for n in cmp.left_only + cmp.right_only + cmp.diff_files)
        for name, sub in cmp.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(a, b, ignore=["__pycache__"]), "")
    return sorted(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="generate", description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if generated/ is stale")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        fresh = build(Path(tmp))
        layer = Path(tmp) / RESOURCE_LAYER.name
        if args.check:
            stale = _differences(TARGET, fresh) if TARGET.exists() else ["(generated/ is missing)"]
            if not RESOURCE_LAYER.exists() or RESOURCE_LAYER.read_bytes() != layer.read_bytes():
                stale.append(str(RESOURCE_LAYER.relative_to(ROOT)))
            if stale:
                print("generated/ is stale; run `make generate`. Differing files:", file=sys.stderr)
                for name in stale[:40]:
                    print(f"  {name}", file=sys.stderr)
                    old, new = TARGET / name, fresh / name
                    if name == str(RESOURCE_LAYER.relative_to(ROOT)):
                        old, new = RESOURCE_LAYER, layer
                    if old.is_file() and new.is_file():
                        diff = difflib.unified_diff(
                            old.read_text().splitlines(),
                            new.read_text().splitlines(),
                            lineterm="",
                            n=1,
                        )
                        print("\n".join(list(diff)[:12]), file=sys.stderr)
                return 1
            print("generated/ is up to date.")
            return 0
        if TARGET.exists():
            shutil.rmtree(TARGET)
        shutil.copytree(fresh, TARGET, ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copyfile(layer, RESOURCE_LAYER)
    print(f"Wrote {TARGET.relative_to(ROOT)} and {RESOURCE_LAYER.relative_to(ROOT)}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
