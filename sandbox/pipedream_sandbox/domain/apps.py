"""The apps integrated with Pipedream and their categories: a small catalogue shipped with the
sandbox (`samples/apps.json`), read once. Whether an app has public triggers or actions comes
from the sandbox's registry: an app has them when a registry source or action is of that app."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..registry import shipped_file
from ..search import Candidate
from .components import Component


@dataclass(frozen=True)
class AppCategory:
    id: str
    name: str
    description: str | None


@dataclass(frozen=True)
class App:
    id: str
    name_slug: str
    name: str
    auth_type: str | None
    description: str | None
    categories: list[str]
    featured_weight: int
    custom_fields: list[dict[str, Any]]
    domains: list[str]
    has_triggers: bool = False
    has_actions: bool = False

    @property
    def has_components(self) -> bool:
        return self.has_triggers or self.has_actions


@dataclass(frozen=True)
class AppFilter:
    """What `GET /apps` asks for: a name fragment and component flags (None: either way)."""

    q: str | None = None
    has_components: bool | None = None
    has_actions: bool | None = None
    has_triggers: bool | None = None

    def keeps(self, app: App) -> bool:
        if self.q is not None and self.q.lower() not in app.name.lower():
            return False
        wanted = (
            (self.has_components, app.has_components),
            (self.has_actions, app.has_actions),
            (self.has_triggers, app.has_triggers),
        )
        return all(flag is None or flag == has for flag, has in wanted)


@dataclass
class Catalogue:
    """Apps in the order of pipedream.com/apps (`featured_weight`, highest first)."""

    apps: list[App] = field(default_factory=list)
    categories: list[AppCategory] = field(default_factory=list)

    @classmethod
    def shipped(cls, registry: Iterable[Component]) -> Catalogue:
        raw = json.loads(shipped_file("apps.json"))
        triggers: set[str] = set()
        actions: set[str] = set()
        for component in registry:
            candidate = Candidate.of(component)
            (actions if candidate.is_action else triggers).add(candidate.app)
        apps = [
            App(
                **item,
                has_triggers=item["name_slug"] in triggers,
                has_actions=item["name_slug"] in actions,
            )
            for item in raw["apps"]
        ]
        apps.sort(key=lambda app: (-app.featured_weight, app.name_slug))
        return cls(apps, [AppCategory(**item) for item in raw["categories"]])

    def find(self, ident: str) -> App | None:
        """An app by ID (`app_OkrhR1`) or name slug (`slack`)."""
        return next((a for a in self.apps if ident in (a.id, a.name_slug)), None)

    def matching(self, wanted: AppFilter) -> list[App]:
        return [app for app in self.apps if wanted.keeps(app)]

    def category(self, category_id: str) -> AppCategory | None:
        return next((c for c in self.categories if c.id == category_id), None)
