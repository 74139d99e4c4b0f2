"""Characters no output can hold (controls, U+FFFE, lone surrogates) do not reach the model
through any reader, so every writer takes what a reader gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import resconv
from resconv.errors import InputError
from resconv.model import Resolution

ROOT = Path(__file__).resolve().parents[2]
DRAFT = ROOT / "examples" / "draft-en.md"
PDFTEXT = ROOT / "tests" / "fixtures" / "en-pdftext.txt"
UNWRITABLE = ("\x00", "\x07", "\x1b", "\x0b", "\ufffe", "\uffff", "\ud800")


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    return [text for item in value for text in _strings(item)] if isinstance(value, list) else []


def _assert_every_writer_takes(model: Resolution) -> None:
    everything = "".join(_strings(model.model_dump()))
    assert not [char for char in UNWRITABLE if char in everything]
    for fmt in ("json", "markdown", "akn", "docx"):
        assert resconv.render(model, fmt)


def test_markdown_controls_in_body_and_front_matter_escapes() -> None:
    text = DRAFT.read_text(encoding="utf-8")
    title = "title: Resilience of submarine communications cables"
    text = text.replace(title, 'title: "\\a\\e\\ud800Resilience of submarine communications cables"', 1)
    text = text.replace("Recalling", "Re\x1bcal\x07ling\x0b\ufffe", 1)
    model = resconv.read(text.encode("utf-8"), format="markdown")
    assert model.meta.title.startswith("\ufffdResilience")
    assert "Recalling" in model.model_dump_json()
    _assert_every_writer_takes(model)


def test_plain_text_controls_are_dropped_and_page_breaks_still_count() -> None:
    text = PDFTEXT.read_text(encoding="utf-8")
    assert "\f" in text
    dirty = text.replace("General Assembly", "General\x1b Assembly\x07", 3)
    model = resconv.read(dirty.encode("utf-8"), format="text")
    clean = resconv.read(text.encode("utf-8"), format="text")
    assert len(model.operative) == len(clean.operative)
    _assert_every_writer_takes(model)


def test_json_escapes_of_controls_are_dropped() -> None:
    data = resconv.read(DRAFT).model_dump(mode="json")
    data["meta"]["title"] = "Title\u0007 \u001bwith controls\ufffe"
    model = resconv.read(json.dumps(data).encode("utf-8"), format="json")
    assert model.meta.title == "Title with controls"
    _assert_every_writer_takes(model)


def test_json_with_a_lone_surrogate_is_refused_naming_the_field(tmp_path: Path) -> None:
    data = resconv.read(DRAFT).model_dump(mode="json")
    data["meta"]["title"] = "Title \ud800"
    source = tmp_path / "surrogate.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(
        InputError, match=r"meta\.title: half of a surrogate pair alone \(\\ud800\)"
    ) as caught:
        resconv.read(source)
    assert caught.value.file == str(source)
