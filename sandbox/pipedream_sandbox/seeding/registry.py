"""The registry's components: the shipped samples, read and rewritten under fixed IDs at every
start (so a new sample version takes effect at once)."""

from __future__ import annotations

from ..domain.components import Components
from ..js import read_component
from ..registry import SAMPLE_FILES, sample_code


def install_registry(components: Components) -> None:
    for key in SAMPLE_FILES:
        code = sample_code(key)
        assert code is not None
        components.install_registry_component(key, read_component(code))
