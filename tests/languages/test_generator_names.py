"""OpenAPI Generator renames no schema of openapi.yaml, and generates every language without error.

Go, Java, Kotlin, C#, TypeScript and Rust teams generate their clients from the spec; a schema
whose name a language reserves comes out renamed (`ModelError`), which reads badly and breaks
every example written against the spec. Rust renames JSON fields such as `type` (`r#type`): that
is unavoidable and allowed, its models keep their names. One `batch` run generates all languages
in one JVM (about 10 s on an idle two-core machine).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from generator_names import MODEL_FILES, model_names, renamed_models
from openapi_generator import generate_batch
from spec_tools import ROOT, load_spec

LANGUAGES = list(MODEL_FILES)
RESERVED = "reserved-typescript-fetch"


def spec_with_a_reserved_name() -> dict[str, object]:
    """The spec with ErrorBody named back to Error, which TypeScript reserves."""
    text = json.dumps(load_spec()).replace('schemas/ErrorBody"', 'schemas/Error"')
    spec = json.loads(text)
    schemas = spec["components"]["schemas"]
    schemas["Error"] = schemas.pop("ErrorBody")
    return spec


@pytest.fixture(scope="module")
def generated(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, subprocess.CompletedProcess[str]]:
    out = tmp_path_factory.mktemp("openapi-generator")
    reserved = out / "reserved.json"
    reserved.write_text(json.dumps(spec_with_a_reserved_name()))
    jobs = {language: (language, ROOT / "openapi.yaml") for language in LANGUAGES}
    jobs[RESERVED] = ("typescript-fetch", reserved)
    return out, generate_batch(jobs, out)


def test_every_language_generates_without_errors(generated) -> None:
    _, result = generated
    log = result.stdout + result.stderr
    assert result.returncode == 0 and "[SUCCESS]" in log, log[-6000:]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_language_renames_no_schema(generated, language: str) -> None:
    out, _ = generated
    assert model_names(language, out / language), f"{language} wrote no model"
    renamed = renamed_models(language, out / language, list(load_spec()["components"]["schemas"]))
    assert renamed == [], (
        f"{language} renamed schemas to {renamed}: rename them in openapi.yaml to names no "
        "language reserves (README, 'For other languages')"
    )


def test_a_reserved_schema_name_is_caught(generated) -> None:
    out, _ = generated
    schemas = list(spec_with_a_reserved_name()["components"]["schemas"])
    assert renamed_models("typescript-fetch", out / RESERVED, schemas) == ["modelerror"]
