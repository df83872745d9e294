"""Mask the client's own secrets (API key, client secret, access token) in any text a server sent.

A server may echo what it received: a key in an error message, a form body with the client secret,
a token inside JSON with escaped characters. Errors and log lines pass their text through a
:class:`SecretMask` first. It finds each secret as sent and in the encodings a server is likely to
use (``%XX`` URL escapes, JSON ``\\uXXXX`` and ``\\/`` escapes, in any mix and any letter case),
and also any run of :data:`PARTIAL_RUN` characters of a long secret (a truncated echo).

The secrets of one request come from its ``Authorization`` header and from the request extension
:data:`SECRETS_EXTENSION` (a tuple of strings), which the overlay sets on every request it sends.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Mapping

import httpx

SECRETS_EXTENSION = "pipedream_rest_runtime.secrets"
"""A request extension: the secrets (tuple of str) that answers to this request must not show."""

MASK = "***"
MIN_SECRET_LENGTH = 4
"""Shorter strings are not masked: masking every ``a`` would garble the text and hide nothing."""
PARTIAL_RUN = 12
"""Any run of this many characters of a secret at least :data:`MIN_PARTIAL_SECRET` long is masked."""
MIN_PARTIAL_SECRET = 16
_GRAM = 8  # the piece looked up while scanning for runs


def _encodings_of(char: str) -> str:
    """A regex matching ``char`` as sent, URL-encoded or JSON-escaped."""
    forms = [re.escape(char)]
    forms.append("".join(f"%{byte:02x}" for byte in char.encode("utf-8")))
    forms.append(re.escape(json.dumps(char, ensure_ascii=True)[1:-1]))
    forms.append("".join(f"\\\\u{unit:04x}" for unit in _utf16_units(char)))
    if char == "/":
        forms.append(r"\\/")
    if char == " ":
        forms.append(r"\+")
    return "(?:" + "|".join(dict.fromkeys(forms)) + ")"


def _utf16_units(char: str) -> list[int]:
    data = char.encode("utf-16-be")
    return [int.from_bytes(data[i : i + 2], "big") for i in range(0, len(data), 2)]


class SecretMask:
    """Replaces every (encoded, or partly echoed) occurrence of some secrets with ``***``."""

    def __init__(self, secrets: Iterable[str]) -> None:
        kept = sorted({s for s in secrets if len(s) >= MIN_SECRET_LENGTH}, key=len, reverse=True)
        self._pattern = (
            re.compile("|".join("".join(map(_encodings_of, s)) for s in kept), re.IGNORECASE)
            if kept
            else None
        )
        self._long = [s for s in kept if len(s) >= MIN_PARTIAL_SECRET]
        self._grams = {s[i : i + _GRAM] for s in self._long for i in range(len(s) - _GRAM + 1)}

    def __bool__(self) -> bool:
        return self._pattern is not None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(<{'some' if self else 'no'} secrets>)"

    def text(self, text: str) -> str:
        """``text`` with every secret masked."""
        if self._pattern is None:
            return text
        text = self._pattern.sub(MASK, text)
        return self._mask_runs(text) if self._grams else text

    def value(self, value: object) -> object:
        """A copy of a parsed JSON value with every string (keys too) masked."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, Mapping):
            return {self.text(str(k)): self.value(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.value(item) for item in value]
        return value

    def _mask_runs(self, text: str) -> str:
        """Mask runs of :data:`PARTIAL_RUN` or more characters of a secret (a truncated echo).

        Any such run holds a :data:`_GRAM` of the secret starting at a multiple of ``step``, so
        only every ``step``-th position is looked up; a hit is then grown to the whole run.
        """
        step = PARTIAL_RUN - _GRAM + 1
        spans: list[tuple[int, int]] = []
        for start in range(0, len(text) - _GRAM + 1, step):
            if (spans and start < spans[-1][1]) or text[start : start + _GRAM] not in self._grams:
                continue
            low, high = self._grow(text, start, start + _GRAM)
            if high - low >= PARTIAL_RUN:
                spans.append((low, high))
        for low, high in reversed(spans):
            text = text[:low] + MASK + text[high:]
        return text

    def _grow(self, text: str, low: int, high: int) -> tuple[int, int]:
        """The longest run around ``text[low:high]`` that is still part of one secret."""
        while high < len(text) and any(text[low : high + 1] in s for s in self._long):
            high += 1
        while low > 0 and any(text[low - 1 : high] in s for s in self._long):
            low -= 1
        return low, high


NO_SECRETS = SecretMask(())


@functools.lru_cache(maxsize=64)
def _mask_of(secrets: frozenset[str]) -> SecretMask:
    return SecretMask(secrets)


def secrets_of(request: httpx.Request) -> frozenset[str]:
    """The secrets sent with ``request``: its bearer credential and the overlay's extension."""
    found = set(request.extensions.get(SECRETS_EXTENSION, ()))
    authorization = request.headers.get("authorization", "")
    scheme, _, credential = authorization.partition(" ")
    found.add(credential.strip() if credential else scheme.strip())
    return frozenset(s for s in found if s)


SECRET_FIELDS = frozenset({"api_key", "access_token", "refresh_token", "client_secret"})
"""Fields whose string values are secrets wherever they appear in a body."""


def secret_fields_in(value: object) -> set[str]:
    """The string values of :data:`SECRET_FIELDS` anywhere in a parsed JSON ``value`` (a token
    endpoint's answer carries a new access token that no request has sent yet)."""
    found: set[str] = set()
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            for key, inner in item.items():
                if key in SECRET_FIELDS and isinstance(inner, str):
                    found.add(inner)
                else:
                    stack.append(inner)
        elif isinstance(item, list):
            stack.extend(item)
    return found


def mask_for(request: httpx.Request, body: str = "") -> SecretMask:
    """The mask for an answer to ``request`` whose text is ``body`` (compiled once per set of
    secrets): the request's secrets, and secret fields of ``body`` when it is JSON."""
    secrets = secrets_of(request)
    if any(name in body for name in SECRET_FIELDS):
        try:
            secrets |= secret_fields_in(json.loads(body))
        except ValueError:
            pass
    return _mask_of(secrets) if secrets else NO_SECRETS
