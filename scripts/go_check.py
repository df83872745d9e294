"""`make go-check`: generate the Go client, build go/example with Debian's Go, run it on a sandbox.

The client comes from openapi.yaml through go/openapi-generator.yaml into go/generated/
(git-ignored). The build fetches nothing: the example's go.mod replaces the client's module with
that folder, and GOPROXY=off turns any other module into an error.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from openapi_generator import ROOT, run_generator  # beside this script, as pytest sees it too

GO_DIR = ROOT / "go"
GO = shutil.which("go") or "/usr/bin/go"
# Only the standard library and the local client: no module proxy, go.mod left as it is (a module
# the client started to need fails the build), no toolchain download, no C compiler.
OFFLINE_GO = {
    "GOFLAGS": "-mod=readonly",
    "GOPROXY": "off",
    "GOTOOLCHAIN": "local",
    "GOWORK": "off",
    "CGO_ENABLED": "0",
}


def generate_client(spec: Path, out: Path) -> None:
    """The Go client of SPEC in OUT, from the options of go/openapi-generator.yaml."""
    shutil.rmtree(out, ignore_errors=True)  # the generator keeps stray files otherwise
    result = run_generator("generate", "-c", GO_DIR / "openapi-generator.yaml", "-i", spec, "-o", out)
    if result.returncode != 0:
        raise SystemExit(f"OpenAPI Generator failed for Go:\n{result.stdout}\n{result.stderr}")


def build_example(example: Path, binary: Path) -> subprocess.CompletedProcess[str]:
    """`go build` of EXAMPLE (whose go.mod points at ../generated) into BINARY."""
    if not Path(GO).exists():
        raise SystemExit(f"{GO} is missing: `make go-check` installs Debian's golang-go")
    return subprocess.run(
        [GO, "build", "-o", str(binary), "."],
        check=False,  # callers read the compiler's messages
        capture_output=True,
        text=True,
        cwd=example,
        env={**os.environ, **OFFLINE_GO},
        timeout=300,
    )


def run_on_sandbox(binary: Path) -> int:
    """Run BINARY against a fresh in-memory sandbox on a free loopback port."""
    from pipedream_sandbox import run_in_thread

    with run_in_thread() as sandbox:
        print(f"sandbox serving {sandbox.base_url}", flush=True)
        env = {k: v for k, v in os.environ.items() if not k.startswith("PIPEDREAM_")}
        env |= {"PIPEDREAM_BASE_URL": sandbox.base_url, "PIPEDREAM_API_KEY": sandbox.api_key}
        return subprocess.run([str(binary)], env=env, check=False, timeout=120).returncode


def main() -> int:
    generate_client(ROOT / "openapi.yaml", GO_DIR / "generated")
    binary = ROOT / "build" / "go-example"
    built = build_example(GO_DIR / "example", binary)
    if built.returncode != 0:
        print(built.stdout + built.stderr, file=sys.stderr)
        return built.returncode
    return run_on_sandbox(binary)


if __name__ == "__main__":
    sys.exit(main())
