"""The package's logger, ``pipedream_rest``, switched on by ``PIPEDREAM_LOG=debug``.

It logs method, path, status, attempt and delay: never headers, query strings or bodies, so an
API key or a user's data cannot end up in a log.
"""

from __future__ import annotations

import logging
import os

logger = logging.getLogger("pipedream_rest")

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


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
