"""Filters for Pylon's search endpoints: build them, check them, read and write them as text.

>>> from datetime import datetime, timezone
>>> from pylon.filters import F, Field, And, parse
>>> f = And(
...     Field("state").in_(["new", "on_hold"]),
...     Field("created_at").after(datetime(2024, 1, 1, tzinfo=timezone.utc)),
... )
>>> f == (F.state.in_(["new", "on_hold"]) & F.created_at.after("2024-01-01"))
True
>>> str(f)
'state in (new, on_hold) and created_at after 2024-01-01'
>>> parse(str(f)) == f
True
>>> f.to_dict()["subfilters"][1]
{'field': 'created_at', 'operator': 'time_is_after', 'value': '2024-01-01T00:00:00Z'}

Everything here is pure: no HTTP, no client. A filter object is always well-formed on the wire;
``validate(filter, "issues")`` (or ``filter.validate("SearchIssues")``) also checks it against the
fields, operators and values the endpoint accepts, as the spec states them.
"""

from ._errors import FilterError, FilterParseError, FilterProblem
from ._field import F, Field
from ._model import And, Compound, Condition, Filter, Or, and_, or_
from ._table import SearchFilterTable
from ._text import parse
from ._validate import validate
from ._values import Scalar

#: Reading a wire-format dict: ``from_dict({"field": "state", "operator": "equals", ...})``.
from_dict = Filter.from_dict

__all__ = [
    "And",
    "Compound",
    "Condition",
    "F",
    "Field",
    "Filter",
    "FilterError",
    "FilterParseError",
    "FilterProblem",
    "Or",
    "Scalar",
    "SearchFilterTable",
    "and_",
    "from_dict",
    "or_",
    "parse",
    "validate",
]
