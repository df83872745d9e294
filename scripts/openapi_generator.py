"""Run the pinned OpenAPI Generator (PyPI `openapi-generator-cli`, which bundles the jar; Java 17).

Other-language clients come from it: `make go-check` builds the Go one, and
tests/languages/ checks that no language renames a schema of openapi.yaml.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Docs and tests are not used here, and cost time; the Go tests would also need testify.
NO_DOCS_OR_TESTS = {
    "apiDocs": "false",
    "modelDocs": "false",
    "apiTests": "false",
    "modelTests": "false",
}
TIMEOUT_SECONDS = 300


def generator_cli() -> str:
    """The openapi-generator-cli installed beside this Python (the project's virtualenv)."""
    beside = Path(sys.executable).parent / "openapi-generator-cli"
    found = str(beside) if beside.exists() else shutil.which("openapi-generator-cli")
    if found is None:
        raise SystemExit(
            "openapi-generator-cli is missing: run `make setup` (the dev extra pins it)"
        )
    return found


def run_generator(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """`openapi-generator-cli ARGS...` from the repository root, its output captured."""
    return subprocess.run(
        [generator_cli(), *map(str, args)],
        check=False,  # callers read the exit code and the log
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=TIMEOUT_SECONDS,
    )


def generate_batch(
    jobs: dict[str, tuple[str, Path]], out: Path, threads: int = 3
) -> subprocess.CompletedProcess[str]:
    """Generate each job NAME: (generator, spec) into OUT/NAME, all in one JVM.

    One `batch` run costs a third of separate runs (one JVM start, one warm-up), but prints no
    generator's log: read what a language did from the files it wrote.
    """
    configs = []
    for name, (generator, spec) in jobs.items():
        config = out / f"{name}.json"
        config.write_text(
            json.dumps(
                {
                    "generatorName": generator,
                    "inputSpec": str(spec),
                    "outputDir": str(out / name),
                    "globalProperties": NO_DOCS_OR_TESTS,
                }
            )
        )
        configs.append(config)
    return run_generator("batch", "--threads", str(threads), *configs)
