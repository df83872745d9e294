"""The benchmark's output: a Markdown table of rows, then one PASS/FAIL line per target."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    section: str
    name: str
    value: str
    compared: str = ""


@dataclass(frozen=True)
class Target:
    goal: str
    measured: str
    passed: bool

    def line(self) -> str:
        return f"{'PASS' if self.passed else 'FAIL'}  {self.goal}: {self.measured}"


def duration(seconds: float) -> str:
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds * 1e6:.0f} µs"


def megabytes(size: float) -> str:
    return f"{size / 1e6:.3f} MB"


def times(ratio: float) -> str:
    return f"{ratio:.2f}×"


def table(rows: list[Row]) -> str:
    lines = ["| # | row | median / result | compared |", "|---|---|---:|---|"]
    lines += [f"| {r.section} | {r.name} | {r.value} | {r.compared} |" for r in rows]
    return "\n".join(lines)


def render(rows: list[Row], targets: list[Target]) -> str:
    return table(rows) + "\n\n" + "\n".join(target.line() for target in targets)
