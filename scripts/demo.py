"""`make demo`: start the sandbox on a free loopback port and run examples/quickstart.py against it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pipedream_sandbox import run_in_thread

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    with run_in_thread() as sandbox:
        print(f"sandbox serving {sandbox.base_url} (API key {sandbox.api_key})")
        env = {**os.environ, "PIPEDREAM_API_KEY": sandbox.api_key, "PIPEDREAM_BASE_URL": sandbox.base_url}
        return subprocess.run([sys.executable, str(ROOT / "examples" / "quickstart.py")], env=env).returncode


if __name__ == "__main__":
    sys.exit(main())
