"""What a new sandbox database starts with: the registry's components (rewritten at every start),
each configured user's workflows with their events, each workspace's connected accounts and
project, and optionally the demo objects that the API document's examples name. Each step that
adds user data runs once per database (`Milestones`, or rows that are never overwritten)."""

from __future__ import annotations

from collections.abc import Iterable

from ..state import Sandbox
from ..users import DEMO_USER, SandboxUser
from .demo import seed_demo_data
from .registry import install_registry
from .workflows import seed_workflows
from .workspace_data import seed_workspace_data


def seed(sandbox: Sandbox, users: Iterable[SandboxUser], *, demo_data: bool) -> None:
    install_registry(sandbox.components)
    seed_workflows(sandbox, users)
    seed_workspace_data(sandbox, users)
    if demo_data:
        seed_demo_data(sandbox, DEMO_USER.id)
