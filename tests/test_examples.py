"""The bundled examples stay valid: they import without warnings and the API script runs."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

import resconv

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.mark.parametrize("name", ["a-res-75-47.zh.md", "draft-en.md"])
def test_examples_import_without_warnings(name: str) -> None:
    model, diagnostics = resconv.read_with_diagnostics(EXAMPLES / name)
    assert not diagnostics, [str(d) for d in diagnostics]
    assert model.meta.stage == "adopted" and model.operative


def test_authored_example_front_matter_is_the_metadata() -> None:
    meta = resconv.read(EXAMPLES / "draft-en.md").meta
    assert (meta.symbol, meta.session, meta.meeting, str(meta.adopted_on)) == (
        "A/RES/79/318",
        79,
        52,
        "2024-12-17",
    )
    assert [(r.symbol, r.paragraph) for r in meta.reports] == [("A/79/420", "9")]


def test_api_script_converts_the_examples(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = importlib.util.spec_from_file_location("convert_example", EXAMPLES / "convert.py")
    assert spec and spec.loader
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    monkeypatch.setattr(script, "OUT", tmp_path / "build" / "api-example")
    assert script.main([str(EXAMPLES / "draft-en.md")]) == 0
    written = sorted(p.name for p in (tmp_path / "build" / "api-example").iterdir())
    assert written == ["draft-en.json", "draft-en.md", "draft-en.xml"]
    data = json.loads((tmp_path / "build" / "api-example" / "draft-en.json").read_text(encoding="utf-8"))
    assert data["meta"]["resolution_number"] == "79/318"
