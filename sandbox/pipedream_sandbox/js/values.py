"""JavaScript values as the constant folder sees them, and the JS semantics of its operators.

Numbers are Python floats (JS doubles), so `60 * 15` is 900.0 here and becomes 900 only in JSON
output; `10 ** 400` is Infinity, never a huge Python int. Values the folder cannot know without
running code are markers (`FunctionValue`, `ImportRef`, `Unresolved`), never guesses.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from typing import Any


class _Undefined:
    """JavaScript's `undefined` (Python's None is JavaScript's `null`)."""

    def __repr__(self) -> str:
        return "undefined"


UNDEFINED = _Undefined()


@dataclass(frozen=True)
class FunctionValue:
    """A function, arrow or method: known to exist, never run."""


@dataclass(frozen=True)
class ImportRef:
    """A value imported from another module (`import`/`require`), with the members read from it."""

    spec: str
    path: tuple[str, ...] = ()

    def member(self, name: str) -> ImportRef:
        return ImportRef(self.spec, (*self.path, name))


@dataclass(frozen=True)
class Unresolved:
    """A value that needs execution to know (a call, `new`, `this`, ...); `text` is its source."""

    text: str


MARKERS = (FunctionValue, ImportRef, Unresolved)


class JSObject(dict[str, Any]):
    """An object literal; `unresolved_spreads` names the `...spreads` that could not be folded."""

    def __init__(self) -> None:
        super().__init__()
        self.unresolved_spreads: list[str] = []


def is_primitive(value: Any) -> bool:
    return value is None or value is UNDEFINED or isinstance(value, (bool, float, str))


def truthy(value: Any) -> bool:
    if value is None or value is UNDEFINED:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, float):
        return not (value == 0 or math.isnan(value))
    if isinstance(value, str):
        return value != ""
    return True  # objects, arrays and functions


def to_number(value: Any) -> float:
    if value is None:
        return 0.0
    if value is UNDEFINED:
        return math.nan
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, float):
        return value
    if isinstance(value, str):
        return parse_numeric_string(value)
    return math.nan


def parse_numeric_string(text: str) -> float:
    """JS `Number("...")`: whitespace-trimmed decimal, hex/octal/binary, or Infinity."""
    text = text.strip()
    if text == "":
        return 0.0
    lowered = text.lower()
    for prefix, base in (("0x", 16), ("0o", 8), ("0b", 2)):
        if lowered.startswith(prefix):
            try:
                return float(int(text[2:], base))
            except ValueError:
                return math.nan
    if text in ("Infinity", "+Infinity"):
        return math.inf
    if text == "-Infinity":
        return -math.inf
    if (
        lowered in ("inf", "+inf", "-inf", "nan", "infinity", "+infinity", "-infinity")
        or "_" in text
    ):
        return math.nan
    try:
        return float(text)
    except ValueError:
        return math.nan


def number_to_string(x: float) -> str:
    """JS `String(number)` (ECMAScript Number::toString)."""
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    if x == 0:
        return "0"
    if x < 0:
        return "-" + number_to_string(-x)
    _, digit_tuple, exponent = Decimal(repr(x)).normalize().as_tuple()
    digits = "".join(map(str, digit_tuple))
    k = len(digits)
    n = k + int(exponent)  # value = 0.digits * 10**n
    if k <= n <= 21:
        return digits + "0" * (n - k)
    if 0 < n <= 21:
        return digits[:n] + "." + digits[n:]
    if -6 < n <= 0:
        return "0." + "0" * (-n) + digits
    mantissa = digits[0] + ("." + digits[1:] if k > 1 else "")
    e = n - 1
    return f"{mantissa}e{'+' if e >= 0 else '-'}{abs(e)}"


def to_string(value: Any) -> str | None:
    """JS `String(value)` for primitives and arrays of primitives; None when it needs code."""
    if value is None:
        return "null"
    if value is UNDEFINED:
        return "undefined"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return number_to_string(value)
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        parts = []
        for item in value:
            text = "" if item is None or item is UNDEFINED else to_string(item)
            if text is None:
                return None
            parts.append(text)
        return ",".join(parts)
    if isinstance(value, JSObject):
        return "[object Object]"
    return None


def type_of(value: Any) -> str | None:
    if value is UNDEFINED:
        return "undefined"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, FunctionValue):
        return "function"
    if value is None or isinstance(value, (list, JSObject)):
        return "object"
    return None


def _to_int32(x: float) -> int:
    if math.isnan(x) or math.isinf(x):
        return 0
    n = int(x) & 0xFFFFFFFF
    return n - (1 << 32) if n >= (1 << 31) else n


def _to_uint32(x: float) -> int:
    if math.isnan(x) or math.isinf(x):
        return 0
    return int(x) & 0xFFFFFFFF


def _divide(a: float, b: float) -> float:
    if b == 0:
        if a == 0 or math.isnan(a):
            return math.nan
        return math.copysign(math.inf, a) * math.copysign(1.0, b)
    return a / b


def _power(a: float, b: float) -> float:
    if math.isnan(b) or (abs(a) == 1 and math.isinf(b)):
        return math.nan
    try:
        return math.pow(a, b)
    except OverflowError:
        return math.inf if a > 0 or float(b).is_integer() and int(b) % 2 == 0 else -math.inf
    except (ValueError, ZeroDivisionError):
        if a == 0 and b < 0:
            return math.inf
        return math.nan


def _remainder(a: float, b: float) -> float:
    if b == 0 or math.isinf(a) or math.isnan(a) or math.isnan(b):
        return math.nan
    if math.isinf(b):
        return a
    return math.fmod(a, b)


def _strict_equals(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return a == b  # NaN != NaN, 0 == -0
    if type(a) is not type(b):
        return False
    if isinstance(a, (list, JSObject)):
        return a is b
    return bool(a == b)


def _loose_equals(a: Any, b: Any) -> bool:
    nullish = (None, UNDEFINED)
    if a in nullish or b in nullish:
        return a in nullish and b in nullish
    if type(a) is type(b):
        return _strict_equals(a, b)
    if isinstance(a, (bool, float, str)) and isinstance(b, (bool, float, str)):
        return to_number(a) == to_number(b)
    return False


def _compare(op: str, a: Any, b: Any) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        x: Any = a
        y: Any = b
    else:
        x, y = to_number(a), to_number(b)
        if math.isnan(x) or math.isnan(y):
            return False
    results: dict[str, bool] = {"<": x < y, ">": x > y, "<=": x <= y, ">=": x >= y}
    return results[op]


def binary_op(op: str, a: Any, b: Any) -> Any:
    """Apply a JS binary operator to two primitives; raises KeyError for unknown operators."""
    if op == "+":
        if isinstance(a, str) or isinstance(b, str):
            left, right = to_string(a), to_string(b)
            assert left is not None and right is not None
            return left + right
        return to_number(a) + to_number(b)
    if op in ("===", "!=="):
        return _strict_equals(a, b) == (op == "===")
    if op in ("==", "!="):
        return _loose_equals(a, b) == (op == "==")
    if op in ("<", ">", "<=", ">="):
        return _compare(op, a, b)
    x, y = to_number(a), to_number(b)
    arithmetic = {
        "-": lambda: x - y,
        "*": lambda: x * y,
        "/": lambda: _divide(x, y),
        "%": lambda: _remainder(x, y),
        "**": lambda: _power(x, y),
        "&": lambda: float(_to_int32(_to_int32(x) & _to_int32(y))),
        "|": lambda: float(_to_int32(_to_int32(x) | _to_int32(y))),
        "^": lambda: float(_to_int32(_to_int32(x) ^ _to_int32(y))),
        "<<": lambda: float(_to_int32(_to_int32(x) << (_to_uint32(y) & 31))),
        ">>": lambda: float(_to_int32(x) >> (_to_uint32(y) & 31)),
        ">>>": lambda: float(_to_uint32(x) >> (_to_uint32(y) & 31)),
    }
    try:
        return arithmetic[op]()
    except OverflowError:
        return math.inf


def unary_op(op: str, value: Any) -> Any:
    """Apply a JS unary operator to a primitive; raises KeyError for unknown operators."""
    if op == "!":
        return not truthy(value)
    if op == "-":
        return -to_number(value)
    if op == "+":
        return to_number(value)
    if op == "~":
        return float(~_to_int32(to_number(value)))
    if op == "void":
        return UNDEFINED
    raise KeyError(op)
