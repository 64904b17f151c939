"""Post-process the generated models so that each field is parsed when it is first read.

openapi-python-client writes one `from_dict` that parses every field in turn. This step cuts that
method into one small reader per field, made of exactly the generator's statements for that field
(a backward slice over the method's statements, with `d.pop(key)` read as `d.get(key)`, because
the payload is now shared by the readers), plus one for `additional_properties`. The class then
derives from `LazyModel` (codegen/lazy_runtime.py, shipped as `pylon_openapi/_lazy.py`), whose
`from_dict` only keeps the payload and whose `__getattr__` runs a field's reader once.

Nested models are imported inside the readers that build them, so importing a model module no
longer imports the models it refers to (that made the first call of a program slow).

A model whose `from_dict` does not have the shape this step knows is left exactly as generated
(`lazy_model` returns None) and then gets the import hoisting of codegen/optimize.py.
"""

from __future__ import annotations

import ast
import builtins
from dataclasses import dataclass
from pathlib import Path

RUNTIME = Path(__file__).with_name("lazy_runtime.py")
_RUNTIME_MODULE = "_lazy"
_BUILTINS = frozenset(dir(builtins))


@dataclass
class _Shape:
    """What a generated `from_dict` consists of."""

    imports: list[ast.ImportFrom]
    fields: list[ast.stmt]  # everything between `d = dict(src_dict)` and `x = cls(...)`
    constructor: ast.Call
    result: str  # the local name of the constructed instance
    extra: list[ast.stmt]  # between the construction and `return`: additional properties


def _from_dict(cls: ast.ClassDef) -> ast.FunctionDef | None:
    for node in cls.body:
        if isinstance(node, ast.FunctionDef) and node.name == "from_dict":
            return node
    return None


def _shape(method: ast.FunctionDef) -> _Shape | None:
    body = list(method.body)
    imports = [s for s in body if isinstance(s, ast.ImportFrom)]
    body = [s for s in body if not isinstance(s, ast.ImportFrom)]
    if not body or ast.unparse(body[0]) != "d = dict(src_dict)":
        return None
    for index, stmt in enumerate(body):
        if (
            isinstance(stmt, ast.Assign)
            and isinstance(stmt.value, ast.Call)
            and isinstance(stmt.value.func, ast.Name)
            and stmt.value.func.id == "cls"
            and len(stmt.targets) == 1
            and isinstance(stmt.targets[0], ast.Name)
        ):
            tail = body[index + 1 :]
            if not tail or ast.unparse(tail[-1]) != f"return {stmt.targets[0].id}":
                return None
            return _Shape(imports, body[1:index], stmt.value, stmt.targets[0].id, tail[:-1])
    return None


def _stored(stmt: ast.stmt) -> set[str]:
    """Names a statement binds (a nested function counts only by its own name)."""
    if isinstance(stmt, ast.FunctionDef):
        return {stmt.name}
    return {
        n.id for n in ast.walk(stmt) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)
    }


def _loaded(stmts: list[ast.stmt]) -> set[str]:
    return {
        n.id
        for s in stmts
        for n in ast.walk(s)
        if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)
    }


def _slice(stmts: list[ast.stmt], wanted: set[str]) -> list[ast.stmt]:
    """The statements that compute `wanted`, in their original order.

    A statement belongs to a field when it binds or reads one of the field's local names (reads
    count too: `items.append(item)` builds a list). Only names bound in `stmts` spread the slice;
    `d`, `UNSET` and the model classes are shared by every field."""
    local = set().union(*(_stored(s) for s in stmts)) if stmts else set()
    needed, kept = set(wanted), []
    for stmt in reversed(stmts):
        names = _stored(stmt) | _loaded([stmt])
        if names & needed:
            kept.append(stmt)
            needed |= names & local
    return kept[::-1]


class _PopAsGet(ast.NodeTransformer):
    """`d.pop(key, default)` -> `d.get(key, default)`; `d.pop(key)` -> `d[key]`. Records keys."""

    def __init__(self) -> None:
        self.keys: list[str] = []
        self.required: list[str] = []

    def visit_Call(self, node: ast.Call) -> ast.AST:
        self.generic_visit(node)
        func = node.func
        if not (
            isinstance(func, ast.Attribute)
            and func.attr == "pop"
            and isinstance(func.value, ast.Name)
            and func.value.id == "d"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            return node
        key = node.args[0].value
        self.keys.append(key)
        if len(node.args) == 1:
            self.required.append(key)
            return ast.Subscript(value=func.value, slice=node.args[0], ctx=ast.Load())
        return ast.Call(
            func=ast.Attribute(value=func.value, attr="get", ctx=ast.Load()),
            args=node.args,
            keywords=[],
        )


def _reader(name: str, imports: list[ast.ImportFrom], stmts: list[ast.stmt], value: str) -> str:
    used = _loaded(stmts) | {value}
    own = [
        i for i in imports if {a.asname or a.name for a in i.names} & used and i.module is not None
    ]
    lines = [f"def {name}(d: dict[str, Any]) -> Any:"]
    lines += [f"    {ast.unparse(i)}" for i in own]
    for stmt in stmts:
        lines += ["    " + line for line in ast.unparse(stmt).splitlines()]
    lines.append(f"    return {value}")
    return "\n".join(lines) + "\n"


def _readers(cls: ast.ClassDef, shape: _Shape) -> tuple[list[str], dict[str, str], set[str]]:
    """Reader functions, attribute -> reader name, and the required keys."""
    prefix = f"_{cls.name}_read_"
    pops = _PopAsGet()
    fields = [pops.visit(s) for s in shape.fields]
    known = sorted(set(pops.keys))
    functions, table = [], {}
    for keyword in shape.constructor.keywords:
        if keyword.arg is None or not isinstance(keyword.value, ast.Name):
            raise ValueError(f"{cls.name}: unexpected constructor argument")
        stmts = _slice(fields, {keyword.value.id})
        functions.append(_reader(prefix + keyword.arg, shape.imports, stmts, keyword.value.id))
        table[keyword.arg] = prefix + keyword.arg
    extra = _additional_properties(cls, shape, known)
    if extra is not None:
        functions.append(extra)
        table["additional_properties"] = prefix + "additional_properties"
    return functions, table, set(pops.required)


def _additional_properties(cls: ast.ClassDef, shape: _Shape, known: list[str]) -> str | None:
    """The reader of `additional_properties`: the payload's keys the spec does not declare."""
    *body, last = shape.extra or [None]
    target = f"{shape.result}.additional_properties"
    if not (isinstance(last, ast.Assign) and ast.unparse(last.targets[0]) == target):
        if shape.extra:
            raise ValueError(f"{cls.name}: unexpected statements after the constructor")
        return None
    declared = ", ".join(repr(key) for key in known)  # sorted: the output is deterministic
    head = ast.parse(f"d = {{k: v for k, v in d.items() if k not in {{{declared}}}}}").body
    result = ast.Assign([ast.Name("_extra", ctx=ast.Store())], last.value, lineno=0)
    stmts = [*(head if known else []), *(s for s in body if s is not None), result]
    return _reader(f"_{cls.name}_read_additional_properties", shape.imports, stmts, "_extra")


def lazy_model(source: str) -> str | None:
    """The module with its model made lazy, or None when its shape is not the expected one."""
    tree = ast.parse(source)
    classes = [n for n in tree.body if isinstance(n, ast.ClassDef)]
    found = [(c, _from_dict(c)) for c in classes]
    found = [(c, m) for c, m in found if m is not None]
    if len(found) != 1 or found[0][0].bases:
        return None
    cls, method = found[0]
    assert method is not None
    shape = _shape(method)
    if shape is None:
        return None
    try:
        functions, table, required = _readers(cls, shape)
    except ValueError:
        return None
    lines = source.splitlines(keepends=True)
    start = method.decorator_list[0].lineno if method.decorator_list else method.lineno
    header = lines[cls.lineno - 1]
    if f"class {cls.name}:" not in header:
        return None
    lines[cls.lineno - 1] = header.replace(f"class {cls.name}:", f"class {cls.name}(LazyModel):")
    indent = " " * method.col_offset
    lines[start - 1 : method.end_lineno] = [
        f"{indent}# from_dict comes from LazyModel: each field is parsed from the payload when\n",
        f"{indent}# first read, by the reader functions below the class.\n",
    ]
    head_end = _import_block_end(tree)
    lines.insert(head_end, f"from ..{_RUNTIME_MODULE} import LazyModel\n")
    entries = "".join(f"    {attr!r}: {fn},\n" for attr, fn in table.items())
    footer = [
        "\n\n",
        "# Field readers: the generator's own parsing code, one field each (codegen/lazy_models.py).\n",
        "\n\n".join(functions),
        f"\n\n{cls.name}._lazy_readers = {{\n{entries}}}\n",
    ]
    if required:
        footer.append(f"{cls.name}._lazy_required = frozenset({sorted(required)!r})\n")
    return "".join(lines).rstrip("\n") + "\n" + "".join(footer)


def _import_block_end(tree: ast.Module) -> int:
    """The line index after the module's leading imports, where one more import goes."""
    end = 0
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            end = node.end_lineno or node.lineno
        elif end:
            break
    return end


def lazy_package(package: Path) -> set[Path]:
    """Make every model of `package` lazy where its shape allows; the paths that were changed."""
    (package / f"{_RUNTIME_MODULE}.py").write_text(RUNTIME.read_text())
    changed = set()
    for path in sorted((package / "models").glob("*.py")):
        new = lazy_model(path.read_text())
        if new is not None:
            path.write_text(new)
            changed.add(path)
    return changed
