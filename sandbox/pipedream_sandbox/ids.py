"""IDs with the API's prefixes (`dc_`, `sc_`, `sub_`, ...), random or reproducible from a seed."""

from __future__ import annotations

import hashlib
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


def stable_token(text: str, length: int, *, digest_bytes: int = 32) -> str:
    """`length` characters derived from `text` (its SHA-256): the same on every run."""
    number = int.from_bytes(hashlib.sha256(text.encode()).digest()[:digest_bytes], "big")
    chars = []
    for _ in range(length):
        number, index = divmod(number, len(ALPHABET))
        chars.append(ALPHABET[index])
    return "".join(chars)
