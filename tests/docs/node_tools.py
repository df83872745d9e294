"""Run the pinned npm tools that `make node-tools` (npm ci from package-lock.json) installs."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from spec_tools import ROOT

NODE_BIN = ROOT / "node_modules" / ".bin"
QUIET_REDOCLY = {"REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}


def run_node_tool(name: str, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """`node_modules/.bin/NAME ARGS...` from the project root; fails clearly if npm ci never ran."""
    tool = NODE_BIN / name
    if not tool.exists():
        pytest.fail(f"{tool} is missing: run `make node-tools` (npm ci from package-lock.json)")
    return subprocess.run(
        [str(tool), *map(str, args)],
        check=False,  # callers read the exit code and the output
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **QUIET_REDOCLY},
        timeout=120,
    )
