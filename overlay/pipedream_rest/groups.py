"""Hand-written methods on the generated groups: subclass a group here, attach it in ``client.py``.

The generated groups (``pipedream_rest_client.api.<tag>``) hold one method per operation of the
spec. A method that is not one operation (a live event stream, say) goes on a subclass here, and
``Pipedream`` returns the subclass from the group's attribute, so ``client.events.<anything>``
stays one place to look.
"""

from __future__ import annotations

from pipedream_rest_client.api.events import Events as GeneratedEvents


class Events(GeneratedEvents):
    """The ``events`` operations of the spec; hand-written methods for events go here."""

    __slots__ = ()
