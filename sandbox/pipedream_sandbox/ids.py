"""IDs with the API's prefixes (`dc_`, `sc_`, `sub_`, ...), random or reproducible from a seed."""

from __future__ import annotations

import random
import string

ALPHABET = string.ascii_letters + string.digits


class IdFactory:
    """`new("dc")` -> "dc_K0uAee". With a seed the sequence is the same on every run."""

    def __init__(self, seed: int | None = None) -> None:
        self._random: random.Random = random.SystemRandom() if seed is None else random.Random(seed)

    def token(self, length: int) -> str:
        return "".join(self._random.choice(ALPHABET) for _ in range(length))

    def new(self, prefix: str, length: int = 6) -> str:
        return f"{prefix}_{self.token(length)}"
