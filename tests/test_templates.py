"""The custom generator template stays tied to the pinned generator's own template."""

from __future__ import annotations

import hashlib
from pathlib import Path

import openapi_python_client

ROOT = Path(__file__).resolve().parent.parent
# sha256 of openapi-python-client 0.29.1's templates/model.py.jinja, which templates/model.py.jinja
# changes in two places (see its header and BENCHMARKS.md).
UPSTREAM_MODEL_TEMPLATE = "fd1c79680d51c06cfbb89809ad123750ba9add98b688036c04cabbf1f8ba40a0"


def test_the_generator_template_we_changed_is_the_one_we_read() -> None:
    upstream = Path(openapi_python_client.__file__).parent / "templates" / "model.py.jinja"
    digest = hashlib.sha256(upstream.read_bytes()).hexdigest()
    assert digest == UPSTREAM_MODEL_TEMPLATE, (
        "openapi-python-client's model.py.jinja changed: re-apply the two changes of "
        "templates/model.py.jinja to the new template, then update this digest"
    )


def test_every_custom_template_replaces_a_template_of_the_generator() -> None:
    builtin = Path(openapi_python_client.__file__).parent / "templates"
    for custom in (ROOT / "templates").rglob("*.jinja"):
        assert (builtin / custom.relative_to(ROOT / "templates")).is_file(), custom.name
