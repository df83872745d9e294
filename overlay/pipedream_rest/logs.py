"""The package's logger, ``pipedream_rest``, switched on by ``PIPEDREAM_LOG=debug``.

It logs method, path, status, attempt and delay: never headers, query strings or bodies. A log
call about a request passes ``extra=about(request)``; a filter then masks that request's secrets
(:mod:`pipedream_rest_runtime.masking`) in the line, whatever it holds.
"""

from __future__ import annotations

import logging
import os

import httpx
from pipedream_rest_runtime.masking import mask_for

logger = logging.getLogger("pipedream_rest")

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_REQUEST = "pipedream_rest_request"


def about(request: httpx.Request) -> dict[str, object]:
    """``extra=`` for a log call about ``request``: its secrets are masked in the line."""
    return {_REQUEST: request}


class _MaskSecrets(logging.Filter):
    """Masks the secrets of the request a record is about (only records that are emitted)."""

    def filter(self, record: logging.LogRecord) -> bool:
        request = record.__dict__.pop(_REQUEST, None)
        if isinstance(request, httpx.Request):
            mask = mask_for(request)
            if mask:
                record.msg, record.args = mask.text(record.getMessage()), None
        return True


logger.addFilter(_MaskSecrets())


def configure_from_env() -> None:
    """Honour ``PIPEDREAM_LOG`` (``debug`` or ``info``): set the level and log to stderr once."""
    level = _LEVELS.get(os.environ.get("PIPEDREAM_LOG", "").strip().lower())
    if level is None:
        return
    logger.setLevel(level)
    if not any(isinstance(handler, _StderrHandler) for handler in logger.handlers):
        handler = _StderrHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The handler ``PIPEDREAM_LOG`` adds, told apart from handlers the application added."""
