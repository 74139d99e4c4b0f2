"""Notes after the text, as pandoc writes a Word file's notes in plain text and CommonMark."""

from __future__ import annotations

import pytest

import resconv
from builders import operative_paragraphs
from resconv.model import FootnoteRef, OperativeParagraph, PreambularParagraph, Resolution, plain_text
from resconv.recover.endnotes import rewrite_end_notes

PANDOC_PLAIN = """\
Seventy-fifth session

Agenda item 103 (u)

Resolution adopted by the General Assembly on 7 December 2020

[on the report of the First Committee (A/75/399, para. 96)]

75/47. Promotion of multilateralism in the area of disarmament and
non-proliferation

The General Assembly,

Recalling further the United Nations Millennium Declaration,[1] in which
it is stated that the responsibility must be shared,

Noting the Final Document of the Summit,[2]

1.  Reaffirms multilateralism as the core principle in negotiations;

2.  Takes note of the report of the Secretary-General;[3]

3.  Decides to include the sub-item in its provisional agenda.

37th plenary meeting
7 December 2020

[1] Resolution 55/2.

[2] See A/74/548, annex.

[3] A/75/116.
"""


def notes_after_text(text: str) -> str:
    return rewrite_end_notes(text, reference=str, note_start=lambda n: f"{n} ", rule="__________\n")


def _references(model: Resolution) -> list[list[str]]:
    blocks: list[PreambularParagraph | OperativeParagraph] = [*model.preamble, *operative_paragraphs(model)]
    return [[n.marker for n in block.text if isinstance(n, FootnoteRef)] for block in blocks]


@pytest.mark.parametrize("form", ["text", "markdown"])  # pandoc -t plain, -t commonmark
def test_end_notes_are_read_as_notes_of_the_paragraphs_that_cite_them(form: str) -> None:
    model = resconv.read(PANDOC_PLAIN.encode(), format=form)
    assert [p.number for p in operative_paragraphs(model)] == ["1", "2", "3"]
    assert [(n.marker, plain_text(n.text)) for n in model.footnotes] == [
        ("1", "Resolution 55/2."),
        ("2", "See A/74/548, annex."),
        ("3", "A/75/116."),
    ]
    assert _references(model) == [["1"], ["2"], [], ["3"], []]
    assert model.meta.meeting == 37


def test_a_bracketed_list_the_text_does_not_cite_is_left_as_it_is() -> None:
    text = "1.  Decides as follows:\n\n[1] the first option;\n\n[2] the second option.\n"
    assert notes_after_text(text) == text
    cited_once = "Recalling the Declaration,[1] and\n\n[1] Resolution 55/2.\n\n[2] Resolution 55/3.\n"
    assert notes_after_text(cited_once) == cited_once  # note 2 is cited nowhere: not end notes


def test_a_list_the_text_goes_on_after_is_not_notes() -> None:
    """ "[1] ..." lines followed by more paragraphs are a list in the text, however cited."""
    text = "Recalling options [1] and [2],\n\n[1] the first option;\n\n[2] the second option.\n\n"
    text += "3.  Decides to remain seized of the matter.\n"
    assert notes_after_text(text) == text


def test_only_the_last_run_numbered_from_one_is_taken() -> None:
    text = "Noting [2] and [1] the report,[1] here\n\n[2] stray\n\n[1] Resolution 55/2.\n"
    assert notes_after_text(text).endswith("__________\n1 Resolution 55/2.\n")


def test_a_reference_after_a_symbol_does_not_become_part_of_it() -> None:
    """In plain text "A/75/116[3]" keeps its symbol: the reference is a footnote reference, not
    the digit 3 glued to "116", which would read as document A/75/1163."""
    text = PANDOC_PLAIN.replace("the Secretary-General;[3]", "the Secretary-General, A/75/116[3];")
    model, diagnostics = resconv.read_with_diagnostics(text.encode(), format="text")
    assert not [d for d in diagnostics if "footnote" in d.message], diagnostics
    second = operative_paragraphs(model)[1]
    assert "A/75/116;" in plain_text(second.text) and [
        n.marker for n in second.text if isinstance(n, FootnoteRef)
    ] == ["3"]
