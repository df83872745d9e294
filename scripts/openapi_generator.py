"""Run the pinned OpenAPI Generator (PyPI `openapi-generator-cli`, which bundles the jar; Java 17).

Other-language clients come from it: `make go-check` builds the Go one, and
tests/languages/ checks that no language renames a schema of openapi.yaml.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Never write docs or tests: they are not used here, and cost time.
NO_DOCS_OR_TESTS = "apiDocs=false,modelDocs=false,apiTests=false,modelTests=false"
TIMEOUT_SECONDS = 180


def generator_cli() -> str:
    """The openapi-generator-cli installed beside this Python (the project's virtualenv)."""
    beside = Path(sys.executable).parent / "openapi-generator-cli"
    found = str(beside) if beside.exists() else shutil.which("openapi-generator-cli")
    if found is None:
        raise SystemExit("openapi-generator-cli is missing: run `make setup` (the dev extra pins it)")
    return found


def generate(*args: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """`openapi-generator-cli generate ARGS...`, its log captured (warnings name renamed models)."""
    return subprocess.run(
        [generator_cli(), "generate", *map(str, args)],
        check=False,  # callers read the exit code and the log
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=TIMEOUT_SECONDS,
    )
