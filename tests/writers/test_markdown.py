"""Canonical Markdown: md -> model -> md -> model is an identity on every fixture."""

from __future__ import annotations

from pathlib import Path

import pytest

import resconv
from resconv.model import Emphasis, Footnote, Resolution, Text, plain_text

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted((ROOT / "tests" / "fixtures").glob("*")) + sorted((ROOT / "examples").glob("*.md"))


def _markdown(model: Resolution) -> str:
    return resconv.render(model, "markdown").decode("utf-8")


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.name)
def test_model_survives_canonical_markdown(source: Path) -> None:
    model = resconv.read(source)
    again, diagnostics = resconv.read_with_diagnostics(_markdown(model), format="markdown")
    assert again.model_dump_json(indent=1) == model.model_dump_json(indent=1)
    assert not diagnostics, [str(d) for d in diagnostics]


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.name)
def test_canonical_markdown_is_a_fixed_point(source: Path) -> None:
    first = _markdown(resconv.read(source))
    assert _markdown(resconv.read(first, format="markdown")) == first


def test_canonical_markdown_shape() -> None:
    text = _markdown(resconv.read(ROOT / "tests" / "fixtures" / "en-converted.md"))
    assert text.startswith("---\n")
    front, body = text[4:].split("\n---\n", 1)
    assert "symbol: A/RES/78/321" in front and "adopted_on: '2023-12-19'" in front
    assert "*Recalling* its resolution" in body
    assert "\n1. *Encourages* Member States" in body
    assert "<sup>1</sup>" in body


def test_chinese_and_arabic_phrase_marks() -> None:
    zh = _markdown(resconv.read(ROOT / "tests" / "fixtures" / "zh-converted.md"))
    ar = _markdown(resconv.read(ROOT / "tests" / "fixtures" / "ar-converted.md"))
    assert "**回顾**其" in zh
    assert "***إذ تشير*** إلى" in ar
    assert "\n1 - ***تهيب***" in ar


def test_note_syntax_in_text_and_a_note_without_mark_survive() -> None:
    """Characters other converters use for notes ("[^1]", "^2^", "¹") are text when the writer
    escapes them, and a note printed without its mark is written as "<sup></sup>"."""
    model = resconv.read(ROOT / "tests" / "fixtures" / "en-converted.md")
    unmarked = "A note printed without its mark: see [^1]: x, ^2^ and 10 000 km²."
    model.footnotes.append(Footnote(marker="", text=[Text(text=unmarked)]))
    again = resconv.read(_markdown(model), format="markdown")
    assert again.model_dump_json(indent=1) == model.model_dump_json(indent=1)


def test_text_that_reads_like_an_html_entity_stays_text() -> None:
    model = resconv.read(ROOT / "tests" / "fixtures" / "en-converted.md")
    model.preamble[0].text.append(Text(text=" AT&amp;T, &copy; and &#169;, R&D"))
    again = resconv.read(_markdown(model), format="markdown")
    assert plain_text(again.preamble[0].text) == plain_text(model.preamble[0].text)
    assert plain_text(again.preamble[0].text).endswith("AT&amp;T, &copy; and &#169;, R&D")


def test_neighbouring_emphasis_of_one_style_is_written_as_one() -> None:
    model = resconv.read(ROOT / "tests" / "fixtures" / "en-converted.md")
    model.footnotes[0].text = [
        Emphasis(style="italic", text="Supplement N"),
        Emphasis(style="italic", text="o"),
    ]
    text = _markdown(model)
    assert "*Supplement No*" in text
    again = resconv.read(text, format="markdown")
    assert again.footnotes[0].text == [Emphasis(style="italic", text="Supplement No")]
