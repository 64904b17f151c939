"""What `make generate` reads from a generated request builder into its recipe, and what it
refuses: a builder of any other shape stops the generation instead of being built differently by
the facade (tests/contract/test_request_recipes.py compares the real ones)."""

from __future__ import annotations

import pytest

from codegen.query_style import GeneratedShapeError
from codegen.request_recipes import recipe_from_source

BUILDER = """
def _get_kwargs(
    id: str,
    *,
    tags: list[str] | Unset = UNSET,
    body: ThingBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_tags: list[str] | Unset = UNSET
    if not isinstance(tags, Unset):
        json_tags = tags

    params["tags"] = json_tags

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/things/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }
    _kwargs["url"] += query_string(params, {"tags": ("form", False)})

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
"""


def test_a_builder_of_the_known_shape_becomes_its_recipe() -> None:
    assert recipe_from_source(BUILDER) == {
        "method": "post",
        "url": "/things/{id}",
        "path": [["id", "id"]],
        "query": [["tags", "tags"]],
        "styles": {"tags": ("form", False)},
        "body": "json",
        "body_model": "ThingBody",
        "body_required": False,
        "headers": {"Content-Type": "application/json"},
    }


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('params["tags"] = json_tags', 'params["tags"] = ",".join(tags)'),
        ("json_tags = tags", "json_tags = [str(t) for t in tags]"),
        ('id=quote(str(id), safe=""),', "id=id,"),
        ('_kwargs["json"] = body.to_dict()', '_kwargs["data"] = body.to_dict()'),
        ('_kwargs["json"] = body.to_dict()', '_kwargs["json"] = body.to_dict(deep=True)'),
        ("    return _kwargs", '    _kwargs["timeout"] = 1\n    return _kwargs'),
        (
            "params = {k: v for k, v in params.items() if v is not UNSET and v is not None}",
            "params = {k: v for k, v in params.items() if v is not UNSET}",
        ),
    ],
)
def test_any_other_shape_stops_the_generation(old: str, new: str) -> None:
    assert old in BUILDER
    with pytest.raises(GeneratedShapeError):
        recipe_from_source(BUILDER.replace(old, new))
