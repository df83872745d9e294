"""Keep secrets out of ``repr``: the client's API key and secret fields of response models.

``GET /users/me`` returns the user's ``api_key`` in its body, and the generated attrs models
print every field. Generated code is never edited, so the overlay gives the generated models that
have a secret field a ``__repr__`` that masks it, once, when ``pipedream_rest`` is imported.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable

import attrs
from pipedream_rest_client import models
from pipedream_rest_runtime.masking import SECRET_FIELDS

_SHOWN_CHARS = 4
_MIN_LENGTH_TO_SHOW = 16


def mask_secret(secret: str) -> str:
    """At most the last 4 characters of ``secret``; nothing of a short one."""
    if len(secret) < _MIN_LENGTH_TO_SHOW:
        return "***"
    return "…" + secret[-_SHOWN_CHARS:]


def _masked_repr(cls: type) -> Callable[[object], str]:
    names = [field.name for field in attrs.fields(cls)]

    def __repr__(self: object) -> str:
        parts = []
        for name in names:
            value = getattr(self, name)
            shown = (
                mask_secret(value) if name in SECRET_FIELDS and isinstance(value, str) else value
            )
            parts.append(f"{name}={shown!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    return __repr__


def mask_secret_fields_of_generated_models() -> list[type]:
    """Give every generated model with a field in ``SECRET_FIELDS`` a masking ``__repr__``."""
    patched = []
    for _, cls in inspect.getmembers(models, inspect.isclass):
        if attrs.has(cls) and SECRET_FIELDS & {field.name for field in attrs.fields(cls)}:
            cls.__repr__ = _masked_repr(cls)  # type: ignore[method-assign]  # the point
            patched.append(cls)
    return patched
