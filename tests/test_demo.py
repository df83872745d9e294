"""`make demo` (scripts/demo.py) runs the examples end to end against a fresh sandbox."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_demo_runs_every_step_against_the_sandbox() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "demo.py")], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    for heading in (
        "Create a component from code",
        "Deploy two HTTP sources",
        "Subscribe the second source",
        "List sources, two per page",
        "Pause the source",
        "Delete the two oldest events",
        "The listener received the events",
        "Send the source's events to a webhook on a tiny local receiver",
        "Clean up",
        "The last errors of workflow p_abc123",
    ):
        assert f"== {heading}" in out
    assert "3 events left" in out
    assert out.count(" from dc_") == 5  # all five events reached the listener
    assert "raises NotFoundError" in out
    assert "the receiver got the event: {'order': 6, 'status': 'delivered'}" in out
    assert "acting for workspace o_" in out and "users/me needs a user API key" in out
    assert "sandbox-client-secret" not in out  # the OAuth secret is never printed
    assert "== Tail dc_" in out and "5 events arrived live, in order" in out
    assert [f"'order': {n}" in out for n in range(1, 6)] == [True] * 5
