"""`GET /components/search`: registry components ranked by how well their key and name match a
free-text query.

The score of a component is the mean, over the query's words, of each word's best
`difflib.SequenceMatcher` ratio against the words of the component's key and name (so a word
found as is counts 1, a typo such as "gihub" about 0.9, an unrelated word little). Components
scoring at least `similarity_threshold` (default 0.6) match, best first; `app` keeps only the
components of that app: the app of their first `app` prop, else the first word of their key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from .domain.components import Component

DEFAULT_THRESHOLD = 0.6


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def similarity(query: str, text: str) -> float:
    """From 0 (no query word resembles any word of `text`) to 1 (every query word is in it)."""
    wanted, known = words(query), set(words(text))
    if not wanted or not known:
        return 0.0
    best = [
        max(SequenceMatcher(None, word, candidate).ratio() for candidate in known)
        for word in wanted
    ]
    return sum(best) / len(best)


@dataclass(frozen=True)
class Candidate:
    key: str
    name: str
    app: str
    is_action: bool

    @classmethod
    def of(cls, component: Component) -> Candidate:
        props = component.configurable_props
        apps = [p["app"] for p in props if p.get("type") == "app" and isinstance(p.get("app"), str)]
        key = component.key or component.id
        return cls(
            key, component.name, apps[0] if apps else key.split("-")[0], component.type == "action"
        )


def search(
    candidates: list[Candidate], query: str, *, app: str | None, threshold: float
) -> tuple[dict[str, list[str]], dict[str, float]]:
    """The matching keys as `{"sources": [...], "actions": [...]}`, best first; and every
    considered key's score (for `debug`)."""
    scores = {
        c.key: round(similarity(query, f"{c.key} {c.name}"), 3)
        for c in candidates
        if app is None or c.app == app.lower()
    }
    ranked = sorted(
        (c for c in candidates if c.key in scores and scores[c.key] >= threshold),
        key=lambda c: (-scores[c.key], c.key),
    )
    found = {
        "sources": [c.key for c in ranked if not c.is_action],
        "actions": [c.key for c in ranked if c.is_action],
    }
    return found, scores
