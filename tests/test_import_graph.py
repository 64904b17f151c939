"""Which way imports run: the layering rules, read from the source with `ast`.

The graph has one node per module of `src/pylon` and `generated/pylon_openapi` (and a leaf per
outside module they import). An edge is every import statement wherever it sits, including imports
inside functions, which run later but still tie the modules together, plus
`importlib.import_module("<literal>")` calls; imports under `if TYPE_CHECKING:` are left out, since
they never run. `from package import name` counts as importing the submodule when `name` is one.

Rules (each with a test below that shows the checker can fail):
- no cycle among the simulator's hub and front ends, nor within `pylon.webhooks`;
- `generated/` imports nothing of ours;
- `pylon.filters` and webhook signature verification are pure: no HTTP client library imported
  directly, and neither the facade's client nor its transport anywhere in what they import;
- the simulator (`pylon.testing`) never reaches the facade's client or transport;
- the CLI (`pylon.cli`, or a `pylon/cli/` package) uses only public names of `pylon`.
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TREES = (ROOT / "src", ROOT / "generated")

Graph = Mapping[str, frozenset[str]]

HTTP_LIBRARIES = frozenset(
    {"httpx", "requests", "aiohttp", "urllib3", "http.client", "urllib.request"}
)

# The facade's client and transport, by name; `facade_modules()` adds any other module outside the
# simulator that builds an httpx client or defines a transport, so a rename or a split stays covered.
_FACADE_NAMES = re.compile(
    r"^pylon(\._client|\._transport\w*|\._calls|\._resource|\._bound|\.resources)(\.|$)"
)
_BUILDS_HTTP = re.compile(r"httpx\.(Async)?Client\(|\((httpx\.)?(Async)?BaseTransport\b")

# The simulator's hub and the front ends that translate requests for it.
SIMULATOR_CORE = ("pylon.testing._simulator", "pylon.testing._asgi", "pylon.testing._transport",
                  "pylon.testing._server")  # fmt: skip

# Glue that hands a test a `Pylon` client wired to a simulator: it looks the client class up when a
# fixture runs, which is the point of it. The simulator proper never imports it.
SIMULATOR_GLUE = frozenset({"pylon.testing.pytest_plugin"})


# -- reading the graph ----------------------------------------------------------------------------


@cache
def module_files() -> dict[str, Path]:
    found = {}
    for tree in TREES:
        for path in sorted(tree.rglob("*.py")):
            parts = path.relative_to(tree).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            found[name] = path
    return found


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _statements(node: ast.AST) -> Iterator[ast.AST]:
    """Every node under `node`, skipping the bodies of `if TYPE_CHECKING:`."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.If) and _is_type_checking(child.test):
            for other in child.orelse:
                yield other
                yield from _statements(other)
            continue
        yield child
        yield from _statements(child)


def _base(module: str, is_package: bool, level: int, target: str | None) -> str:
    if not level:
        return target or ""
    package = module if is_package else module.rpartition(".")[0]
    for _ in range(level - 1):
        package = package.rpartition(".")[0]
    return f"{package}.{target}" if target else package


def imports_of(module: str, source: str, is_package: bool, known: Iterable[str]) -> frozenset[str]:
    """The modules `module` imports (see the module docstring for what counts)."""
    modules = set(known)
    found: set[str] = set()
    for node in _statements(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = _base(module, is_package, node.level, node.module)
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                # A submodule is a node; any other name is the module plus a leaf for the name
                # (so a private name imported from a public module is seen too).
                found.update((sub,) if sub in modules else (base, sub))
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, (ast.Attribute, ast.Name))
            and (node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id)
            == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and not node.args[0].value.startswith(".")
        ):
            found.add(node.args[0].value)
    found.discard(module)
    return frozenset(found)


@cache
def build_graph() -> Graph:
    files = module_files()
    return {
        name: imports_of(name, path.read_text(), path.name == "__init__.py", files)
        for name, path in files.items()
    }


def closure(graph: Graph, start: str) -> set[str]:
    """Every module `start` reaches (outside modules included, but not walked into)."""
    seen: set[str] = set()
    todo = [start]
    while todo:
        for name in graph.get(todo.pop(), ()):
            if name not in seen:
                seen.add(name)
                todo.append(name)
    return seen


def cycles(graph: Graph, among: Iterable[str]) -> list[list[str]]:
    """The import cycles among `among` (strongly connected groups of two or more), each sorted."""
    nodes = set(among)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:  # Tarjan's algorithm
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(graph.get(node, ()) & nodes):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 10 * len(nodes) + 100))
    try:
        for node in sorted(nodes):
            if node not in index:
                visit(node)
    finally:
        sys.setrecursionlimit(limit)
    return sorted(found)


def _top(name: str) -> str:
    return name.split(".")[0]


def _within(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


# -- the rules, as functions of a graph (so each can be shown to fail on a made-up one) ----------


def facade_modules(graph: Graph, sources: Mapping[str, str]) -> set[str]:
    """The facade's client and transport: by name, plus any module outside the simulator that
    builds an httpx client or defines an httpx transport."""
    named = {m for m in graph if _FACADE_NAMES.match(m) or m == "pylon"}
    building = {
        m
        for m, text in sources.items()
        if _top(m) == "pylon" and not _within(m, "pylon.testing") and _BUILDS_HTTP.search(text)
    }
    return named | building


def generated_violations(graph: Graph) -> list[str]:
    return [
        f"{m} imports {i}"
        for m in sorted(graph)
        if _top(m) == "pylon_openapi"
        for i in sorted(graph[m])
        if _top(i) == "pylon"
    ]


def pure_modules(graph: Graph) -> list[str]:
    """`pylon.filters` and every webhook module that verifies or reads signatures."""
    return sorted(
        m
        for m in graph
        if _within(m, "pylon.filters")
        or m in ("pylon.webhooks._verify", "pylon.webhooks._headers", "pylon.webhooks._secrets")
    )


def purity_violations(graph: Graph, facade: set[str]) -> list[str]:
    out = []
    for m in pure_modules(graph):
        out += [f"{m} imports the HTTP library {i}" for i in sorted(graph[m]) if i in HTTP_LIBRARIES
                or _top(i) in HTTP_LIBRARIES]  # fmt: skip
        out += [f"{m} reaches the facade module {i}" for i in sorted(closure(graph, m) & facade)]
    return out


def simulator_violations(graph: Graph, facade: set[str]) -> list[str]:
    simulator = [
        m for m in sorted(graph) if _within(m, "pylon.testing") and m not in SIMULATOR_GLUE
    ]
    return [
        f"{m} reaches the facade module {i}"
        for m in simulator
        for i in sorted(closure(graph, m) & facade)
    ]


def _cli_roots() -> set[str]:
    """The modules that hold the command line: `pylon.cli`, `python -m pylon`, and the module the
    `pylon` console script in pyproject.toml names (wherever a rewrite moves it)."""
    text = (ROOT / "pyproject.toml").read_text()
    scripts = re.findall(r'^\s*pylon\s*=\s*"([\w.]+):', text, re.M)
    return {"pylon.cli", "pylon.__main__", *scripts}


def cli_modules(graph: Graph) -> list[str]:
    roots = _cli_roots()
    return sorted(m for m in graph if any(_within(m, root) for root in roots))


def cli_violations(graph: Graph, module: str, own: Iterable[str] = ("pylon.cli",)) -> list[str]:
    """Imports of `module` (a CLI module) that are not public names of pylon."""
    private = set()
    for name in graph[module]:
        if _top(name) != "pylon" or any(_within(name, root) for root in own):
            continue  # outside packages, and the CLI's own modules, are its business
        parts = name.split(".")
        first = next((i for i, part in enumerate(parts) if _is_private(part)), None)
        if first is not None:
            private.add(".".join(parts[: first + 1]))
    return [f"{module} imports the private {name}" for name in sorted(private)]


def _is_private(part: str) -> bool:
    """`_name` is private; a dunder such as `__version__` or `__main__` is public."""
    return part.startswith("_") and not (part.startswith("__") and part.endswith("__"))


# -- the checks on this code base -----------------------------------------------------------------


def _sources() -> dict[str, str]:
    return {m: p.read_text() for m, p in module_files().items()}


def test_the_graph_is_read() -> None:
    graph = build_graph()
    assert "pylon.testing._simulator" in graph and "pylon_openapi.spec_tables" in graph
    assert "pylon.testing._query" in graph["pylon.testing._simulator"]
    assert "httpx" in graph["pylon.testing._transport"]
    assert facade_modules(graph, _sources()) >= {"pylon", "pylon._client", "pylon._transport"}


def test_no_cycle_among_the_simulator_and_its_front_ends() -> None:
    graph = build_graph()
    assert cycles(graph, [m for m in graph if _within(m, "pylon.testing")]) == []
    for front in SIMULATOR_CORE[1:]:
        assert SIMULATOR_CORE[0] not in closure(graph, front), f"{front} imports the simulator"


def test_no_cycle_in_the_webhooks_package() -> None:
    graph = build_graph()
    assert cycles(graph, [m for m in graph if _within(m, "pylon.webhooks")]) == []


def test_generated_imports_nothing_of_ours() -> None:
    assert generated_violations(build_graph()) == []


def test_filters_and_webhook_verification_are_pure() -> None:
    graph = build_graph()
    assert "pylon.webhooks._verify" in pure_modules(graph)
    assert purity_violations(graph, facade_modules(graph, _sources())) == []


def test_the_simulator_never_reaches_the_facade_client_or_transport() -> None:
    graph = build_graph()
    assert simulator_violations(graph, facade_modules(graph, _sources())) == []


# Known breakages, marked strict so that a fix turns into a failure saying to remove the mark.
# (The CLI rewrite removed the last one: pylon.cli no longer imports pylon.testing._cli.)
_CLI_KNOWN_BROKEN: dict[str, str] = {}


def _cli_cases() -> list[object]:
    return [
        pytest.param(
            module,
            marks=[pytest.mark.xfail(strict=True, reason=_CLI_KNOWN_BROKEN[module])]
            if module in _CLI_KNOWN_BROKEN
            else [],
            id=module,
        )
        for module in cli_modules(build_graph())
    ]


@pytest.mark.parametrize("module", _cli_cases())
def test_the_cli_uses_only_public_names(module: str) -> None:
    assert cli_violations(build_graph(), module, _cli_roots()) == []


def test_there_is_a_cli_to_check() -> None:
    modules = cli_modules(build_graph())
    assert "pylon.__main__" in modules
    assert len(modules) > 1, "no module holds the CLI: update the CLI rule"


# -- the checker can fail -------------------------------------------------------------------------


def _graph(**edges: str) -> dict[str, frozenset[str]]:
    """A made-up graph: module (dots written as __) -> space-separated imports."""
    return {k.replace("__", "."): frozenset(v.replace("__", ".").split()) for k, v in edges.items()}


def test_checker_finds_a_cycle_through_a_function_level_import() -> None:
    source = "def app():\n    from ._asgi import create_app\n"
    imports = imports_of("pylon.testing._simulator", source, False, ["pylon.testing._asgi"])
    assert imports == {"pylon.testing._asgi", "pylon.testing._asgi.create_app"}
    graph = _graph(a="b", b="c", c="a", d="a")
    assert cycles(graph, graph) == [["a", "b", "c"]]


def test_checker_ignores_type_checking_imports_and_resolves_relative_ones() -> None:
    source = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from ._simulator import Simulator\n"
        "from .. import filters\nfrom .._errors import PylonError\n"
        "import importlib\nx = importlib.import_module('pylon')\n"
    )
    known = ["pylon.testing._simulator", "pylon.filters", "pylon._errors"]
    imports = imports_of("pylon.testing._asgi", source, False, known)
    assert imports == {
        "typing",
        "typing.TYPE_CHECKING",
        "pylon.filters",
        "pylon._errors",
        "pylon._errors.PylonError",
        "importlib",
        "pylon",
    }


def test_checker_sees_a_private_name_from_a_public_module() -> None:
    imports = imports_of("pylon.cli", "from pylon import Pylon, _secret\n", False, ["pylon"])
    graph = {"pylon.cli": imports}
    assert cli_violations(graph, "pylon.cli") == ["pylon.cli imports the private pylon._secret"]


def test_checker_flags_each_broken_rule() -> None:
    graph = _graph(
        pylon_openapi__api="pylon__filters",
        pylon__filters___wire="httpx",
        pylon__webhooks___verify="pylon___util",
        pylon___util="pylon___client",
        pylon__testing___asgi="pylon___transport",
        pylon__cli="pylon pylon__testing___cli",
        pylon___client="httpx",
        pylon___transport="httpx",
    )
    facade = facade_modules(graph, {})
    assert generated_violations(graph) == ["pylon_openapi.api imports pylon.filters"]
    assert purity_violations(graph, facade) == [
        "pylon.filters._wire imports the HTTP library httpx",
        "pylon.webhooks._verify reaches the facade module pylon._client",
    ]
    assert simulator_violations(graph, facade) == [
        "pylon.testing._asgi reaches the facade module pylon._transport"
    ]
    assert cli_violations(graph, "pylon.cli") == [
        "pylon.cli imports the private pylon.testing._cli"
    ]


def test_a_module_that_builds_a_client_counts_as_the_facade() -> None:
    graph = _graph(pylon___sender="httpx")
    facade = facade_modules(graph, {"pylon._sender": "client = httpx.Client(transport=t)"})
    assert facade == {"pylon._sender"}


def test_checker_counts_dunder_names_as_public() -> None:
    graph = {"pylon.cli._x": frozenset({"pylon.__version__", "pylon._config.masked"})}
    assert cli_violations(graph, "pylon.cli._x") == [
        "pylon.cli._x imports the private pylon._config"
    ]
