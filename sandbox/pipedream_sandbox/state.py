"""Everything one sandbox app holds: its data, its users, its clock and its settings."""

from __future__ import annotations

from dataclasses import dataclass

from .registry import Fetcher
from .service import Service
from .throttle import Throttle
from .users import UserDirectory

MAX_BODY_BYTES = 1024 * 1024


@dataclass
class Sandbox:
    service: Service
    users: UserDirectory
    fetch: Fetcher
    throttle: Throttle | None = None
    max_body_bytes: int = MAX_BODY_BYTES
