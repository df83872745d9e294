"""openapi.json is the byte-stable JSON twin of openapi.yaml, and the drift check notices when it is stale."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest
import yaml
from spec_tools import ROOT


def load_script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


spec_to_json = load_script("spec_to_json")
check_generated = load_script("check_generated")


def test_the_committed_twin_is_fresh() -> None:
    fresh = spec_to_json.spec_as_json((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    assert (ROOT / "openapi.json").read_text(encoding="utf-8") == fresh, "run `make generate`"


def test_the_twin_holds_the_same_document() -> None:
    twin = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
    assert twin == yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))


def test_key_order_indent_unicode_and_trailing_newline_are_kept() -> None:
    text = spec_to_json.spec_as_json("zeta: 1\nalpha:\n  name: café\n")
    assert text == '{\n  "zeta": 1,\n  "alpha": {\n    "name": "café"\n  }\n}\n'


def test_a_value_json_cannot_hold_is_named() -> None:
    with pytest.raises(TypeError, match=r"datetime.date\(2020, 1, 2\) is a YAML date.*quote it"):
        spec_to_json.spec_as_json("released: 2020-01-02\n")


def test_the_drift_check_names_a_stale_or_missing_twin(tmp_path: Path) -> None:
    fresh, committed = tmp_path / "fresh.json", tmp_path / "openapi.json"
    fresh.write_text('{\n  "openapi": "3.1.0"\n}\n')
    assert check_generated.json_twin_differences(fresh, committed) == ["missing: openapi.json"]
    committed.write_text('{\n  "openapi": "3.1.1"\n}\n')
    assert check_generated.json_twin_differences(fresh, committed) == ["changed: openapi.json"]
    committed.write_text(fresh.read_text())
    assert check_generated.json_twin_differences(fresh, committed) == []
