"""The custom generator template stays tied to the pinned generator's own template."""

from __future__ import annotations

import hashlib
from pathlib import Path

import openapi_python_client
import pytest

ROOT = Path(__file__).resolve().parent.parent
# sha256 of openapi-python-client 0.29.1's templates that ours change: model.py.jinja in two places
# (see its header and BENCHMARKS.md), models_init.py.jinja by adding the old names of renamed
# schemas, endpoint_module.py.jinja by raising APIResponseValidationError (see its header).
UPSTREAM_TEMPLATES = {
    "model.py.jinja": "fd1c79680d51c06cfbb89809ad123750ba9add98b688036c04cabbf1f8ba40a0",
    "models_init.py.jinja": "4f64a3d6e1b15a561be5573c1b7702eb928c0e4fa6b67107d20e57a74c44d51a",
    "endpoint_module.py.jinja": "c1b2628053eb4875ba59566baa5ae907666f9cbfafa308d93f970a4404b7cd52",
    # Replaced outright (upstream: a one-line docstring): a group class per tag, and the root.
    "endpoint_init.py.jinja": "c1837a037fdbbd85b5dc1d49f58bd80a672fe4496cfaaf84d3b91927027b56da",
    "api_init.py.jinja": "f3b0290732b219be73b204cc3a44170eab0b64299a485a093306c6cc20d064cc",
}


@pytest.mark.parametrize("name", sorted(UPSTREAM_TEMPLATES))
def test_the_generator_template_we_changed_is_the_one_we_read(name: str) -> None:
    upstream = Path(openapi_python_client.__file__).parent / "templates" / name
    digest = hashlib.sha256(upstream.read_bytes()).hexdigest()
    assert digest == UPSTREAM_TEMPLATES[name], (
        f"openapi-python-client's {name} changed: re-apply the changes of templates/{name} "
        "(its header says which) to the new template, then update this digest"
    )


def test_every_custom_template_replaces_a_template_of_the_generator() -> None:
    builtin = Path(openapi_python_client.__file__).parent / "templates"
    for custom in (ROOT / "templates").rglob("*.jinja"):
        assert (builtin / custom.relative_to(ROOT / "templates")).is_file(), custom.name
