"""The published JSON Schema equals the model's, and resconv's JSON output conforms to it."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

import resconv

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT / "schema" / "resolution.schema.json"


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("write_schema", ROOT / "tools" / "write_schema.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_schema_is_the_generated_one() -> None:
    assert SCHEMA.read_text(encoding="utf-8") == _tool().schema_text(), "run: python tools/write_schema.py"


def test_schema_names_the_public_fields() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert set(schema["properties"]) >= {
        "schema_version",
        "meta",
        "preamble",
        "operative",
        "footnotes",
        "annexes",
    }
    meta = schema["$defs"]["Meta"]["properties"]
    assert {"symbol", "language", "session", "resolution_number", "title", "adopted_on", "meeting"} <= set(
        meta
    )
    assert schema["$defs"]["Meta"]["additionalProperties"] is False


@pytest.mark.parametrize(
    "source", [ROOT / "examples" / "a-res-75-47.zh.md", ROOT / "examples" / "draft-en.md"]
)
def test_json_output_validates_against_the_schema(source: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    document = json.loads(resconv.render(resconv.read(source), "json"))
    jsonschema.Draft202012Validator(schema).validate(document)
    document["meta"]["colour"] = "blue"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(schema).validate(document)
