"""Which schemas of a spec an OpenAPI Generator language renamed, read from the files it wrote.

A language renames a model whose name it reserves (TypeScript's `Error` became `ModelError`); the
model's file then carries a name that is no schema's. Inline models are named after the schema
that holds them (`CreateSourceRequest_not`), so a name that extends a schema's name is no rename.
"""

from __future__ import annotations

import re
from pathlib import Path

# Where each language writes one file per model, and what to strip from the file's name.
MODEL_FILES = {
    "go": ("model_*.go", "model_"),
    "java": ("src/main/java/**/model/*.java", ""),
    "kotlin": ("src/main/kotlin/**/models/*.kt", ""),
    "csharp": ("src/*/Model/*.cs", ""),
    "typescript-fetch": ("models/*.ts", ""),
    "rust": ("src/models/*.rs", ""),
}
# Support files beside the models, not models.
NOT_MODELS = {"abstractopenapischema", "index", "mod"}


def normal(name: str) -> str:
    """One spelling for every language's case convention: `error_body`, `ErrorBody` -> `errorbody`."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


def model_names(language: str, out: Path) -> set[str]:
    """The normalised names of the models LANGUAGE wrote into OUT."""
    pattern, prefix = MODEL_FILES[language]
    return {normal(path.stem.removeprefix(prefix)) for path in out.glob(pattern)} - NOT_MODELS


def renamed_models(language: str, out: Path, schemas: list[str]) -> list[str]:
    """Models LANGUAGE named after no schema of SCHEMAS: the schema was renamed."""
    known = [normal(s) for s in schemas]
    return sorted(m for m in model_names(language, out) if not any(m.startswith(k) for k in known))
