"""Reading Pipedream components from their JavaScript: tree-sitter plus a constant folder."""

from .component import ComponentMeta, read_component
from .syntax import ComponentError

__all__ = ["ComponentError", "ComponentMeta", "read_component"]
