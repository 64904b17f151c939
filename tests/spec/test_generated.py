"""The generated package: complete, deterministic, current, and tolerant of what Pylon adds later."""

from __future__ import annotations

import copy
import importlib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.spec.conftest import ROOT


def run_fresh(code: str) -> None:
    """Run `code` in a new interpreter, so what it imports is not already loaded by the tests."""
    import subprocess
    import sys

    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.fixture(scope="module")
def generate() -> Any:
    """codegen.generate; it runs openapi-python-client, which needs Python 3.11 or newer (the SDK
    itself supports 3.10, where only the generated package's tests run)."""
    pytest.importorskip("openapi_python_client", reason="the code generator needs Python >= 3.11")
    from codegen import generate as module

    return module


@pytest.fixture(scope="module")
def fresh_build(generate: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate.build(tmp_path_factory.mktemp("gen"))


def test_generation_is_deterministic_and_current(
    generate: Any, fresh_build: Path, tmp_path: Path
) -> None:
    again = generate.build(tmp_path)
    assert generate._differences(fresh_build, again) == []
    assert generate._differences(generate.TARGET, fresh_build) == [], "run `make generate`"


def test_check_catches_a_hand_edit(generate: Any, fresh_build: Path, tmp_path: Path) -> None:
    edited = tmp_path / "edited"
    shutil.copytree(fresh_build, edited)
    target = edited / "models" / "issue.py"
    target.write_text(target.read_text() + "\n# edited by hand\n")
    assert generate._differences(edited, fresh_build) == ["models/issue.py"]


def test_every_operation_imports_from_the_generated_package() -> None:
    from pylon_openapi.spec_tables import OPERATIONS

    assert len(OPERATIONS) == 114
    for op_id, entry in OPERATIONS.items():
        module = importlib.import_module(f"pylon_openapi.api.{entry['module']}")
        for fn in ("sync_detailed", "asyncio_detailed"):
            assert callable(getattr(module, fn)), (op_id, fn)


def test_unknown_enum_values_and_fields_parse() -> None:
    from pylon_openapi.models import Contact, ContactPortalRole, Issue, IssueSource

    issue = Issue.from_dict(
        {"id": "iss_1", "number": 7, "source": "instagram", "brand_new_field": {"x": 1}}
    )
    assert issue.source == "instagram"
    assert isinstance(issue.source, IssueSource)
    assert issue.source.value == "instagram"
    assert issue.to_dict()["source"] == "instagram"  # round-trips
    assert issue.additional_properties == {"brand_new_field": {"x": 1}}
    assert issue["brand_new_field"] == {"x": 1}

    contact = Contact.from_dict({"id": "c_1", "portal_role": "super_admin"})
    assert isinstance(contact.portal_role, ContactPortalRole)
    assert str(contact.portal_role) == "super_admin"
    # known values are still the real members
    assert IssueSource("email") is IssueSource.EMAIL


def test_unknown_enum_value_that_is_not_a_string_still_fails() -> None:
    from pylon_openapi.models import IssueSource

    with pytest.raises(ValueError):
        IssueSource(42)  # type: ignore[arg-type]


def test_generated_package_ships_spec_copy() -> None:
    from importlib import resources

    spec: dict[str, Any] = json.loads(
        resources.files("pylon_openapi").joinpath("openapi.json").read_text()
    )
    ours = json.loads((ROOT / "spec" / "pylon-api.json").read_text())
    assert spec == ours


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_every_model_imports_alone_despite_hoisted_imports(order: str) -> None:
    """codegen/optimize.py moves nested-model imports to module ends; cycles must still resolve
    whichever module a program happens to import first."""
    code = (
        "import importlib\n"
        "from pylon_openapi.spec_tables import MODEL_MODULES\n"
        f"names = sorted(set(MODEL_MODULES.values()), reverse={order == 'reverse'})\n"
        "for name in names:\n"
        "    importlib.import_module('pylon_openapi.models.' + name)\n"
    )
    run_fresh(code)


def test_optimize_moves_only_from_dict_imports() -> None:
    from codegen.optimize import hoist_model_imports

    source = (
        "class A:\n"
        "    def to_dict(self):\n"
        "        from ..models.b import B\n"
        "        return B\n\n"
        "    @classmethod\n"
        "    def from_dict(cls, d):\n"
        "        from ..models.b import B  # noqa: PLC0415\n"
        "        from ..models.c import (\n"
        "            C,  # noqa: PLC0415\n"
        "        )\n"
        "        return cls()\n"
    )
    out = hoist_model_imports(source)
    assert "    def to_dict(self):\n        from ..models.b import B\n" in out  # untouched
    assert "from ..models.c import (" not in out
    assert out.endswith("from ..models.b import B\nfrom ..models.c import C\n")
    assert hoist_model_imports(out) == out  # idempotent


def test_a_new_operation_gets_a_facade_method_with_no_hand_written_code() -> None:
    pytest.importorskip("openapi_python_client", reason="the code generator needs Python >= 3.11")
    from pylon_openapi.spec_tables import MODEL_MODULES, OPERATIONS

    from codegen.resource_layer import render_resource_layer

    spec = json.loads((ROOT / "spec" / "pylon-api.json").read_text())
    new = copy.deepcopy(spec["paths"]["/tags/{id}"]["get"])
    new.update(operationId="GetTagUsage", summary="Get tag usage")
    new["x-rate-limit"] = {"requests": 30, "per": "minute"}
    spec["paths"]["/tags/{id}/usage"] = {"get": new}
    tables = {**OPERATIONS, "GetTagUsage": {**OPERATIONS["GetTag"], "path": "/tags/{id}/usage"}}
    source = render_resource_layer(spec, tables, MODEL_MODULES)
    tags_class = source.split("class TagsMethods(")[1].split("\nclass ")[0]
    assert "def get_tag_usage(" in tags_class  # in the group its tag's operations are in
    method = tags_class.split("def get_tag_usage(")[1].split("@api_method")[0]
    assert "Get tag usage: `GET /tags/{id}/usage`." in method
    assert "Rate limit: 30 requests per minute." in method
    assert '"GetTagUsage", path={"id": id}' in method and "-> Flow[Tag]:" in method


def test_check_covers_the_facade_resource_layer(
    generate: Any, fresh_build: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written = fresh_build.parent / generate.RESOURCE_LAYER.name
    assert written.read_bytes() == generate.RESOURCE_LAYER.read_bytes(), "run `make generate`"
    checked = tmp_path / "src" / generate.RESOURCE_LAYER.name
    checked.parent.mkdir()
    checked.write_text(written.read_text() + "# edited by hand\n")

    def build(out: Path) -> Path:
        shutil.copy(written, out / written.name)
        return fresh_build

    monkeypatch.setattr(generate, "build", build)
    monkeypatch.setattr(generate, "ROOT", tmp_path)
    monkeypatch.setattr(generate, "RESOURCE_LAYER", checked)
    assert generate.main(["--check"]) == 1
    checked.write_bytes(written.read_bytes())
    assert generate.main(["--check"]) == 0


def test_models_package_imports_each_model_on_first_use() -> None:
    """Importing every model up front made a program's first call take most of a second."""
    code = (
        "import sys\n"
        "import pylon_openapi.models as models\n"
        "loaded = [m for m in sys.modules if m.startswith('pylon_openapi.models.')]\n"
        "assert loaded == [], loaded\n"
        "from pylon_openapi.models import Issue\n"
        "assert Issue.__module__ == 'pylon_openapi.models.issue'\n"
        "assert 'pylon_openapi.models.mini_account' not in sys.modules  # read on first access\n"
        "assert 'Issue' in dir(models) and len(models.__all__) == len(dir(models))\n"
        "try:\n"
        "    models.NoSuchModel\n"
        "except AttributeError:\n"
        "    pass\n"
        "else:\n"
        "    raise AssertionError('unknown names must raise AttributeError')\n"
    )
    run_fresh(code)


def test_an_operation_module_imports_its_response_models_only_to_parse() -> None:
    """A program's first call imports its operation's module for the request builder; the
    response models load when `_parse_response` first runs (the raw client still parses)."""
    code = (
        "import sys, httpx\n"
        "from pylon_openapi.api.issues import get_issue, search_issues\n"
        "loaded = {m for m in sys.modules if m.startswith('pylon_openapi.models.')}\n"
        "assert 'pylon_openapi.models.get_issue_response_body' not in loaded, loaded\n"
        "assert 'pylon_openapi.models.error_api_response_body' not in loaded, loaded\n"
        "assert 'pylon_openapi.models.search_issues_request' in loaded  # the builder's body\n"
        "from pylon_openapi import Client\n"
        'body = b\'{"data": {"id": "iss_1", "title": "t"}, "request_id": "r"}\'\n'
        "handler = lambda request: httpx.Response(200, content=body)\n"
        "client = Client(base_url='https://x').set_httpx_client(\n"
        "    httpx.Client(base_url='https://x', transport=httpx.MockTransport(handler)))\n"
        "parsed = get_issue.sync_detailed('iss_1', client=client).parsed\n"
        "assert type(parsed).__name__ == 'GetIssueResponseBody', parsed\n"
        "assert parsed.data.title == 't'\n"
    )
    run_fresh(code)


def test_deferring_response_models_keeps_what_the_builder_names() -> None:
    from codegen.lazy_api_imports import defer_response_models

    source = (
        "from typing import Any\n\n"
        "from ...models.body import Body\n"
        "from ...models.answer import Answer\n"
        "from ...models.error import (\n"
        "    Error,\n"
        ")\n\n\n"
        "def _get_kwargs(*, body: Body) -> dict[str, Any]:\n"
        "    return {'json': body.to_dict()}\n\n\n"
        "def _parse_response(*, response: Any) -> Answer | Error | None:\n"
        "    if response.status_code == 200:\n"
        "        return Answer.from_dict(response.json())\n"
        "    return Error.from_dict(response.json())\n\n\n"
        "def sync(*, body: Body) -> Answer | Error | None:\n"
        "    return None\n"
    )
    out = defer_response_models(source)
    assert out.startswith("from __future__ import annotations\n")
    assert "\nfrom ...models.body import Body\n" in out  # the builder names it: stays
    top, parser = out.split("def _parse_response")
    assert "if TYPE_CHECKING:\n    from ...models.answer import Answer\n" in top
    assert "    from ...models.error import (\n        Error,\n    )\n" in top
    assert parser.count("from ...models.answer import Answer") == 1
    assert defer_response_models(out) == out  # idempotent
    compile(out, "<generated>", "exec")  # still valid Python
