"""The text form of filters: ``parse(text)`` and ``str(filter)``.

Grammar (keywords are case-insensitive; field names and values keep their case)::

    filter     := or_expr END
    or_expr    := and_expr ("or" and_expr)*            -- "and" binds tighter than "or"
    and_expr   := operand ("and" operand)*
    operand    := "(" or_expr ")"
                | ("and" | "or") "(" or_expr ")"      -- an and/or with one subfilter
                | condition
    condition  := ["custom"] name predicate
    predicate  := ("=" | "==" | "equals") value       | ("!=" | "not_equals") value
                | "contains" value                    | ("does not contain" | "!contains") value
                | "in" list                           | ("not in" | "not_in") list
                | ("~" | "string_contains") value     | ("!~" | "string_does_not_contain") value
                | "is set"                            | ("is unset" | "is not set")
                | ("after" | "time_is_after") time    | ("before" | "time_is_before") time
                | ("between" | "time_range") time "and" time
                | ">" value | "<" value | ">=" number | "<=" number
                | <any wire operator name, e.g. greater_than> <its value(s)>
    list       := "(" value ("," value)* [","] ")"
    name, value:= bare word | "double-quoted" | 'single-quoted'

A bare word is a run of printable characters other than whitespace and ``" ' ( ) , = ! < > ~``;
anything else is quoted, with backslash escapes ``\\" \\' \\\\ \\n \\r \\t \\uXXXX \\UXXXXXXXX``.
The words ``and``, ``or``, ``not`` and ``custom`` must be quoted to be used as a name or value.
Quoting never changes what a value means.

``>`` and ``<`` serve times and numbers: a value that reads as a time (an RFC 3339 date-time, or a
bare ``YYYY-MM-DD`` date meaning midnight UTC) gives ``time_is_after`` / ``time_is_before``; a
number gives ``greater_than`` / ``less_than``; anything else is an error. ``>=`` and ``<=`` exist
only for numbers (Pylon has no inclusive time operators). A date-time without an offset is refused
like a naive ``datetime``.

``str(filter)`` writes the canonical form, which parses back to an equal filter: times as
``after``/``before``/``between`` (a midnight-UTC time as its bare date), nested and/or groups in
parentheses, and quotes only where needed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, cast

from ._errors import FilterError, FilterParseError
from ._model import And, Compound, Condition, Filter, Or, fold
from ._operators import OPERATORS, OperatorSpec, pick
from ._values import normalise

__all__ = ["format_filter", "parse"]

_Kind = Literal["word", "string", "symbol", "(", ")", ",", "end"]

_SPECIAL = "\"'(),=!<>~"
_SYMBOLS = (">=", "<=", "!=", "!~", "==", "=", ">", "<", "~", "!")
_RESERVED = frozenset({"and", "or", "not", "custom"})
_ESCAPES = {"\\": "\\", '"': '"', "'": "'", "n": "\n", "r": "\r", "t": "\t"}
_WRITE_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}


@dataclass(frozen=True)
class _Token:
    kind: _Kind
    text: str
    position: int

    def is_word(self, *words: str) -> bool:
        return self.kind == "word" and self.text.lower() in words

    def describe(self) -> str:
        if self.kind == "end":
            return "the end of the text"
        if self.kind == "string":
            return f"the string {self.text!r}"
        return repr(self.text)


def _is_word_char(ch: str) -> bool:
    return ch not in _SPECIAL and not ch.isspace() and ch.isprintable()


def _tokenize(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch in "(),":
            tokens.append(_Token(cast(_Kind, ch), ch, i))
            i += 1
        elif ch in "\"'":
            value, end = _read_string(text, i)
            tokens.append(_Token("string", value, i))
            i = end
        elif ch in _SPECIAL:
            symbol = next(s for s in _SYMBOLS if text.startswith(s, i))
            tokens.append(_Token("symbol", symbol, i))
            i += len(symbol)
        elif _is_word_char(ch):
            start = i
            while i < n and _is_word_char(text[i]):
                i += 1
            tokens.append(_Token("word", text[start:i], start))
        else:
            raise FilterParseError(
                f"unexpected character {ch!r} (U+{ord(ch):04X}); put values containing it in quotes",
                text,
                i,
            )
    tokens.append(_Token("end", "", n))
    return tokens


def _read_string(text: str, start: int) -> tuple[str, int]:
    quote = text[start]
    out: list[str] = []
    i = start + 1
    while i < len(text):
        ch = text[i]
        if ch == quote:
            return "".join(out), i + 1
        if ch != "\\":
            out.append(ch)
            i += 1
            continue
        code = text[i + 1 : i + 2]
        if code in _ESCAPES:
            out.append(_ESCAPES[code])
            i += 2
        elif code in ("u", "U"):
            width = 4 if code == "u" else 8
            digits = text[i + 2 : i + 2 + width]
            if len(digits) != width or any(d not in "0123456789abcdefABCDEF" for d in digits):
                raise FilterParseError(f"\\{code} needs {width} hex digits", text, i)
            point = int(digits, 16)
            if point > 0x10FFFF:
                raise FilterParseError(f"\\{code}{digits} is beyond Unicode", text, i)
            out.append(chr(point))
            i += 2 + width
        else:
            raise FilterParseError(
                "unknown escape; use \\\\ \\\" \\' \\n \\r \\t \\uXXXX or \\UXXXXXXXX", text, i
            )
    raise FilterParseError(f"unterminated string: no closing {quote}", text, start)


def _spelling_tokens(spelling: str) -> tuple[tuple[_Kind, str], ...]:
    return tuple((t.kind, t.text) for t in _tokenize(spelling) if t.kind != "end")


#: Every spelling as a token sequence, mapped to the operators it may mean (``>`` means two).
_SPELLINGS: dict[tuple[tuple[_Kind, str], ...], list[OperatorSpec]] = {}
for _spec in OPERATORS.values():
    for _spelling in _spec.spellings:
        _SPELLINGS.setdefault(_spelling_tokens(_spelling), []).append(_spec)
_LONGEST_SPELLING = max(len(key) for key in _SPELLINGS)
_CANONICAL = ", ".join(dict.fromkeys(spec.spellings[0] for spec in OPERATORS.values()))


class _Chain:
    """The operands of an and/or chain while it is parsed; built into one And/Or once complete,
    because building pairwise would copy the growing tuple at every step."""

    __slots__ = ("group", "items")

    def __init__(self, group: type[Compound], items: list[Filter]) -> None:
        self.group = group
        self.items = items


def _built(operand: Filter | _Chain) -> Filter:
    return operand.group(*operand.items) if isinstance(operand, _Chain) else operand


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = _tokenize(text)
        self.i = 0

    # -- helpers ------------------------------------------------------------------------------

    def error(self, message: str, token: _Token) -> FilterParseError:
        return FilterParseError(message, self.text, token.position)

    def peek(self, offset: int = 0) -> _Token:
        return self.tokens[min(self.i + offset, len(self.tokens) - 1)]

    def take(self) -> _Token:
        token = self.peek()
        self.i += 1
        return token

    def expect(self, kind: _Kind, what: str) -> _Token:
        token = self.take()
        if token.kind != kind:
            raise self.error(f"expected {what}, found {token.describe()}", token)
        return token

    def name_or_value(self, what: str) -> _Token:
        token = self.take()
        if token.kind == "string" or (token.kind == "word" and token.text.lower() not in _RESERVED):
            return token
        if token.kind == "word":
            raise self.error(
                f"expected {what}, found the keyword {token.text!r}; "
                f'quote it to use it as {what}: "{token.text}"',
                token,
            )
        raise self.error(f"expected {what}, found {token.describe()}", token)

    # -- expressions (iterative: nesting depth is bounded by memory, not the call stack) ------

    def parse(self) -> Filter:
        operands: list[Filter | _Chain] = []
        # Open groups and pending binary operators: ("(", token, wrapper) / ("and"|"or", token).
        frames: list[tuple[str, _Token, type[Compound] | None]] = []
        precedence = {"and": 2, "or": 1}

        def reduce() -> None:
            operator, _, _ = frames.pop()
            group = And if operator == "and" else Or
            right, left = _built(operands.pop()), operands.pop()
            if isinstance(left, _Chain) and left.group is group:
                left.items.append(right)
                operands.append(left)
            else:
                operands.append(_Chain(group, [_built(left), right]))

        expect_operand = True
        while True:
            token = self.peek()
            if expect_operand:
                if token.kind == "(":
                    frames.append(("(", self.take(), None))
                elif token.is_word("and", "or") and self.peek(1).kind == "(":
                    self.take()
                    frames.append(("(", self.take(), And if token.is_word("and") else Or))
                elif token.kind in ("end", ")"):
                    raise self.error(f"expected a condition, found {token.describe()}", token)
                else:
                    operands.append(self.condition())
                    expect_operand = False
            elif token.is_word("and", "or"):
                operator = token.text.lower()
                while (
                    frames
                    and frames[-1][0] != "("
                    and (precedence[frames[-1][0]] >= precedence[operator])
                ):
                    reduce()
                frames.append((operator, self.take(), None))
                expect_operand = True
            elif token.kind == ")":
                while frames and frames[-1][0] != "(":
                    reduce()
                if not frames:
                    raise self.error("unmatched ')'", token)
                _, _, group = frames.pop()
                if group is not None:
                    operands[-1] = group(_built(operands[-1]))
                self.take()
            elif token.kind == "end":
                while frames and frames[-1][0] != "(":
                    reduce()
                if frames:
                    raise self.error("this '(' is never closed", frames[-1][1])
                return _built(operands[0])
            else:
                raise self.error(
                    f"expected 'and', 'or', ')' or the end, found {token.describe()}", token
                )

    # -- one condition ------------------------------------------------------------------------

    def condition(self) -> Condition:
        custom = self.peek().is_word("custom")
        if custom:
            self.take()
        field = self.name_or_value("a field name")
        operator_token = self.peek()
        candidates = self.operator()
        if candidates is None:
            raise self.error(
                f"expected an operator after the field {field.text!r} ({_CANONICAL}), "
                f"found {operator_token.describe()}",
                operator_token,
            )
        shape = candidates[0].shape
        value_tokens: list[_Token] = []
        if shape == "value":
            value_tokens.append(self.name_or_value("a value"))
        elif shape == "range":
            value_tokens.append(self.name_or_value("a start time"))
            and_token = self.take()
            if not and_token.is_word("and"):
                raise self.error(
                    f"expected 'and' between the two times, found {and_token.describe()}",
                    and_token,
                )
            value_tokens.append(self.name_or_value("an end time"))
        elif shape == "values":
            value_tokens.extend(self.value_list(candidates[0]))
        spec = self.choose(candidates, operator_token, value_tokens)
        texts = [t.text for t in value_tokens]
        try:
            if spec.shape == "value":
                return Condition(field.text, spec.name, value=texts[0], custom=custom)
            if spec.shape == "none":
                return Condition(field.text, spec.name, custom=custom)
            return Condition(field.text, spec.name, values=texts, custom=custom)
        except FilterError as error:
            at = value_tokens[0] if value_tokens else field
            for token in value_tokens:  # point at the value that is wrong, when one is
                try:
                    normalise(spec.kind, token.text)
                except FilterError:
                    at = token
                    break
            raise self.error(error.message, at) from None

    def operator(self) -> list[OperatorSpec] | None:
        """Match the longest operator spelling here; None when there is none."""
        for length in range(_LONGEST_SPELLING, 0, -1):
            window = [self.peek(k) for k in range(length)]
            key = tuple((t.kind, t.text.lower() if t.kind == "word" else t.text) for t in window)
            if key in _SPELLINGS:
                self.i += length
                return _SPELLINGS[key]
        return None

    def value_list(self, spec: OperatorSpec) -> list[_Token]:
        self.expect("(", f"'(' and a list of values after {spec.spellings[0]!r}")
        items: list[_Token] = []
        while True:
            if self.peek().kind == ")" and items:
                self.take()
                return items
            items.append(self.name_or_value("a value"))
            separator = self.take()
            if separator.kind == ")":
                return items
            if separator.kind != ",":
                raise self.error(
                    f"expected ',' or ')' in the list, found {separator.describe()}", separator
                )

    def choose(
        self, candidates: list[OperatorSpec], operator: _Token, values: list[_Token]
    ) -> OperatorSpec:
        """Pick the operator a spelling means for its value (``>``: a time or a number)."""
        if not values:
            return candidates[0]
        try:
            return pick(candidates, values[0].text, operator.text)
        except FilterError as error:
            raise self.error(error.message, values[0]) from None


def parse(text: str) -> Filter:
    """Read a filter from its text form.

    >>> str(parse("state in (new, on_hold) and created_at > 2026-01-01"))
    'state in (new, on_hold) and created_at after 2026-01-01'

    Raises :class:`FilterParseError` (a :class:`FilterError`) pointing at the column where the
    text stops making sense. See the module documentation for the grammar.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() takes the filter's text, not {type(text).__name__}")
    return _Parser(text).parse()


# -- writing ----------------------------------------------------------------------------------


def _quote(text: str) -> str:
    if text and text.lower() not in _RESERVED and all(_is_word_char(ch) for ch in text):
        return text
    out = []
    for ch in text:
        if ch in _WRITE_ESCAPES:
            out.append(_WRITE_ESCAPES[ch])
        elif ch.isprintable() or ch == " ":
            out.append(ch)
        elif ord(ch) <= 0xFFFF:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(f"\\U{ord(ch):08x}")
    return '"' + "".join(out) + '"'


def _time(text: str) -> str:
    return _quote(text.removesuffix("T00:00:00Z") if text.endswith("T00:00:00Z") else text)


def _format_condition(condition: Condition) -> str:
    spec = condition.spec
    head = ("custom " if condition.custom else "") + _quote(condition.field)
    write = _time if spec.kind == "time" else _quote
    spelling = spec.spellings[0]
    if spec.shape == "none":
        return f"{head} {spelling}"
    if spec.shape == "value":
        return f"{head} {spelling} {write(condition.value or '')}"
    values = [write(v) for v in condition.values or ()]
    if spec.shape == "range":
        return f"{head} {spelling} {values[0]} and {values[1]}"
    return f"{head} {spelling} ({', '.join(values)})"


def _format_compound(node: Compound, parts: list[str]) -> str:
    if len(parts) == 1:
        return f"{node.operator}({parts[0]})"
    grouped = (
        f"({part})" if isinstance(sub, Compound) and len(sub.subfilters) > 1 else part
        for part, sub in zip(parts, node.subfilters, strict=True)
    )
    return f" {node.operator} ".join(grouped)


def format_filter(node: Filter) -> str:
    """The canonical text of a filter (what ``str(filter)`` returns)."""
    return fold(node, _format_condition, _format_compound)
