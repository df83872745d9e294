"""Component code that expands: a few hundred bytes of shared references (`const b = {x: a,
y: a}`, twenty levels) once took 10 s of CPU and an 18.9 MB answer. Any input up to the 512 KB
code limit must answer within a second, with a 400 naming the cap when it is too much."""

from __future__ import annotations

import time

import httpx
import pytest

LEVELS = 22


def _chain(first: str, step: str, use: str) -> str:
    """`const a0 = <first>; const aN = <step with a(N-1)>; ...` and a component using the last."""
    lines = [f"const a0 = {first};"]
    lines += [f"const a{n} = {step.replace('{p}', f'a{n - 1}')};" for n in range(1, LEVELS + 1)]
    lines.append(use.replace("{last}", f"a{LEVELS}"))
    return "\n".join(lines)


def _default(value: str) -> str:
    return f"module.exports = {{ name: 'bomb', props: {{ p: {{ type: 'object', default: {value} }} }} }};"


BOMBS = {
    "shared object references": _chain("{k: 'xxxxxxxxxx'}", "{x: {p}, y: {p}}", _default("{last}")),
    "shared array references": _chain("['xxxxxxxxxx']", "[{p}, {p}]", _default("{last}")),
    "object spreads": _chain("{k: 1}", "{...{p}, k{p}: {p}}", _default("{last}")),
    "array spreads": _chain("[1]", "[...{p}, ...{p}]", _default("{last}")),
    "string doubling": _chain("'xxxxxxxx'", "{p} + {p}", "module.exports = { name: {last} };"),
    "many props": "module.exports = { name: 'x', props: {"
    + ",".join(f"p{n}: {{type: 'string', label: 'L{n}'}}" for n in range(12_000))
    + "} };",
    "deep nesting": _default("[" * 100_000 + "]" * 100_000),
    "one long line": "module.exports = { name: 'x', a: " + "1+" * 170_000 + "1 };",
}


@pytest.mark.parametrize("name", list(BOMBS))
async def test_any_component_up_to_512_kb_answers_within_a_second(
    api: httpx.AsyncClient, name: str
) -> None:
    code = BOMBS[name]
    assert len(code.encode()) <= 512 * 1024
    started = time.monotonic()
    response = await api.post("/components", json={"component_code": code})
    took = time.monotonic() - started
    assert took < 1.0, f"{name}: {took:.2f} s"
    assert response.status_code in (200, 400), response.text
    assert len(response.content) < 2 * 1024 * 1024


async def test_shared_references_stop_at_the_expansion_cap(api: httpx.AsyncClient) -> None:
    response = await api.post(
        "/components", json={"component_code": BOMBS["shared object references"]}
    )
    assert response.status_code == 400
    assert "expand to more than 20000 values" in response.json()["error"]


async def test_modest_sharing_still_expands(api: httpx.AsyncClient) -> None:
    code = "const t = {intervalSeconds: 60 * 15};\n" + _default("{a: t, b: t, c: [t, t]}")
    response = await api.post("/components", json={"component_code": code})
    assert response.status_code == 200, response.text
    default = response.json()["data"]["configurable_props"][0]["default"]
    assert default["c"] == [{"intervalSeconds": 900}] * 2
