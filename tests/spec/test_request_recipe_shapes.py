"""What `make generate` reads from a generated request builder into its recipe, and what it
refuses: a builder of any other shape stops the generation instead of being built differently by
the facade (tests/contract/test_request_recipes.py compares the builders' results)."""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen.query_style import GeneratedShapeError
from codegen.request_recipes import recipe_from_source

API = Path(__file__).resolve().parents[2] / "generated" / "pylon_openapi" / "api"
# A path parameter, list query parameters copied by the generator, and their non-default style.
DELETE_DOCUMENTS = (API / "training_data" / "delete_training_data_documents.py").read_text()
# A path parameter and an optional JSON body.
UPDATE_ISSUE = (API / "issues" / "update_issue.py").read_text()


def test_builders_of_the_known_shape_become_their_recipes() -> None:
    assert recipe_from_source(DELETE_DOCUMENTS) == {
        "method": "delete",
        "url": "/training-data/{id}/documents",
        "path": [["id", "id"]],
        "query": [["document_ids", "document_ids"], ["external_ids", "external_ids"]],
        "styles": {"document_ids": ("form", False), "external_ids": ("form", False)},
        "body": None,
        "body_model": None,
        "body_required": False,
        "headers": None,
    }
    assert recipe_from_source(UPDATE_ISSUE) == {
        "method": "patch",
        "url": "/issues/{id}",
        "path": [["id", "id"]],
        "query": None,
        "styles": None,
        "body": "json",
        "body_model": "UpdateIssueRequestBody",
        "body_required": False,
        "headers": {"Content-Type": "application/json"},
    }


@pytest.mark.parametrize(
    ("source", "old", "new"),
    [
        (DELETE_DOCUMENTS, 'params["document_ids"] = json_document_ids', 'params["x"] = str(1)'),
        (DELETE_DOCUMENTS, "json_document_ids = document_ids", "json_document_ids = [1]"),
        (DELETE_DOCUMENTS, 'id=quote(str(id), safe=""),', "id=id,"),
        (
            DELETE_DOCUMENTS,
            "params = {k: v for k, v in params.items() if v is not UNSET and v is not None}",
            "params = {k: v for k, v in params.items() if v is not UNSET}",
        ),
        (UPDATE_ISSUE, '_kwargs["json"] = body.to_dict()', '_kwargs["data"] = body.to_dict()'),
        (UPDATE_ISSUE, '_kwargs["json"] = body.to_dict()', '_kwargs["json"] = body.to_dict(1)'),
        (UPDATE_ISSUE, "    return _kwargs", '    _kwargs["timeout"] = 1\n    return _kwargs'),
    ],
)
def test_any_other_shape_stops_the_generation(source: str, old: str, new: str) -> None:
    assert old in source
    with pytest.raises(GeneratedShapeError):
        recipe_from_source(source.replace(old, new))
