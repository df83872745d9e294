"""The custom generator template stays tied to the pinned generator's own template."""

from __future__ import annotations

import hashlib
from pathlib import Path

import openapi_python_client

ROOT = Path(__file__).resolve().parent.parent
# sha256 of openapi-python-client 0.29.1's templates/model.py.jinja, which templates/model.py.jinja
# changes in two places (see its header and BENCHMARKS.md).
UPSTREAM_MODEL_TEMPLATE = "fd1c79680d51c06cfbb89809ad123750ba9add98b688036c04cabbf1f8ba40a0"
# The two one-line templates that templates/endpoint_init.py.jinja (a group class per tag) and
# templates/api_init.py.jinja (GroupedClient, PATH_TEMPLATES) replace.
UPSTREAM_REPLACED_TEMPLATES = {
    "endpoint_init.py.jinja": "c1837a037fdbbd85b5dc1d49f58bd80a672fe4496cfaaf84d3b91927027b56da",
    "api_init.py.jinja": "f3b0290732b219be73b204cc3a44170eab0b64299a485a093306c6cc20d064cc",
}


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


def test_the_generator_templates_we_replaced_are_the_ones_we_read() -> None:
    builtin = Path(openapi_python_client.__file__).parent / "templates"
    for name, pinned in UPSTREAM_REPLACED_TEMPLATES.items():
        digest = hashlib.sha256((builtin / name).read_bytes()).hexdigest()
        assert digest == pinned, (
            f"openapi-python-client's {name} changed: check that templates/{name} still renders "
            "what the new one would, then update this digest"
        )
