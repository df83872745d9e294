"""Write openapi.json, the JSON twin of openapi.yaml, for tools that only read JSON.

Usage: python scripts/spec_to_json.py [SPEC_YAML] [OUT_JSON]   (defaults: openapi.yaml, openapi.json)

Byte-stable: the YAML's key order is kept, 2-space indent, UTF-8 as is, one trailing newline.
A YAML value that JSON has no type for (an unquoted date, say) is an error naming it, rather than
a silent conversion that JSON readers and YAML readers would see differently.
"""

from __future__ import annotations

import datetime
import json
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent


def _not_json(value: Any) -> Any:
    hint = " (quote it in the YAML)" if isinstance(value, datetime.date) else ""
    raise TypeError(f"{value!r} is a YAML {type(value).__name__}, which JSON has no type for{hint}")


def spec_as_json(yaml_text: str) -> str:
    """The JSON text of an OpenAPI document written in YAML."""
    document = yaml.safe_load(yaml_text)
    return json.dumps(document, indent=2, ensure_ascii=False, default=_not_json) + "\n"


def main() -> int:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "openapi.yaml"
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "openapi.json"
    try:
        text = spec_as_json(source.read_text(encoding="utf-8"))
    except TypeError as error:
        print(f"{source}: cannot write it as JSON: {error}", file=sys.stderr)
        return 1
    target.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
