"""Expect a 2xx answer of a known type from a generated ``*_detailed`` call.

The generated functions return ``Response[Model | Error | ...]`` with ``parsed`` set to whatever the
status parsed to; a group method knows which type its 2xx answers carry, and returns exactly
that. Through ``pipedream_rest.Pipedream`` a non-2xx answer has already raised a typed error before
it gets here; with a bare generated client it raises :class:`UnexpectedAnswerError` instead.
"""

from __future__ import annotations

from typing import Protocol, TypeVar

from .errors import PipedreamError

T = TypeVar("T")


class Answer(Protocol):
    """What every generated ``Response`` has (the generated class is not imported: no cycle)."""

    @property
    def status_code(self) -> int: ...

    @property
    def parsed(self) -> object: ...


class UnexpectedAnswerError(PipedreamError):
    """A non-2xx answer, or a 2xx answer of a type the operation does not declare."""

    def __init__(self, operation: str, answer: Answer, expected: str) -> None:
        self.operation = operation
        self.status_code = int(answer.status_code)
        self.parsed = answer.parsed
        super().__init__(
            f"{operation} answered {self.status_code} with {type(answer.parsed).__name__}, "
            f"expected a 2xx answer with {expected}; use pipedream_rest.Pipedream for typed errors"
        )


def _is_2xx(answer: Answer) -> bool:
    return 200 <= answer.status_code < 300


def success(operation: str, answer: Answer, model: type[T]) -> T:
    """The parsed 2xx ``model`` of ``answer``."""
    parsed = answer.parsed
    if isinstance(parsed, model) and _is_2xx(answer):
        return parsed
    raise UnexpectedAnswerError(operation, answer, model.__name__)


def success_or_empty(operation: str, answer: Answer, model: type[T]) -> T | None:
    """The parsed 2xx ``model``, or ``None`` for a 2xx answer without a body (``204``)."""
    parsed = answer.parsed
    if _is_2xx(answer) and (parsed is None or isinstance(parsed, model)):
        return parsed
    raise UnexpectedAnswerError(operation, answer, f"{model.__name__} or no body")


def empty(operation: str, answer: Answer) -> None:
    """Nothing, for an operation whose 2xx answers carry no body; raise on any other status."""
    if not _is_2xx(answer):
        raise UnexpectedAnswerError(operation, answer, "no body")


def success_list(operation: str, answer: Answer, item: type[T]) -> list[T]:
    """The parsed 2xx list of ``item`` models of ``answer`` (an answer that is a bare array)."""
    parsed = answer.parsed
    if isinstance(parsed, list) and _is_2xx(answer):
        return parsed
    raise UnexpectedAnswerError(operation, answer, f"a list of {item.__name__}")
