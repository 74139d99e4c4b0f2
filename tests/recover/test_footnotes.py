"""Footnote markers found where PDF text glued them: after a word, a year, a resolution number."""

from __future__ import annotations

from resconv.errors import Diagnostics
from resconv.model import (
    DocumentRef,
    Footnote,
    FootnoteRef,
    Meta,
    OperativeParagraph,
    PreambularParagraph,
    Resolution,
    Text,
)
from resconv.recover.footnotes import attach_markers, in_reference_order


def _with_note(reference: DocumentRef) -> Resolution:
    paragraph = OperativeParagraph(number="1", text=[Text(text="la resolución "), reference, Text(text=";")])
    note = Footnote(marker="3", text=[Text(text="A/74/553.")])
    return Resolution(meta=Meta(language="es"), operative=[paragraph], footnotes=[note])


def test_a_marker_glued_to_a_resolution_number_no_session_reaches_is_split_off() -> None:
    """pdftotext prints "resolución 74/55" and note 3 as "74/553": no session adopts 553."""
    resolution = _with_note(DocumentRef(text="74/553", symbol="A/RES/74/553"))
    diagnostics = Diagnostics()
    attach_markers(resolution, diagnostics)
    paragraph = resolution.operative[0]
    assert isinstance(paragraph, OperativeParagraph)
    assert paragraph.text == [
        Text(text="la resolución "),
        DocumentRef(text="74/55", symbol="A/RES/74/55"),
        FootnoteRef(marker="3"),
        Text(text=";"),
    ]
    assert list(diagnostics) == []


def test_a_resolution_number_a_session_may_reach_keeps_its_last_figure() -> None:
    reference = DocumentRef(text="74/53", symbol="A/RES/74/53")
    resolution = _with_note(reference)
    diagnostics = Diagnostics()
    attach_markers(resolution, diagnostics)
    paragraph = resolution.operative[0]
    assert isinstance(paragraph, OperativeParagraph) and reference in paragraph.text
    assert [d.message for d in diagnostics] == ["footnote 3: no reference to it found in the text"]


def test_notes_printed_out_of_order_come_in_the_order_the_text_refers_to_them() -> None:
    """A page's notes as a converter printed them (8, 9, 7, and "*" that nothing refers to after
    9) go in the order of their references, as the UN numbers them; the unreferenced one stays
    after the note printed before it."""
    paragraphs = [
        PreambularParagraph(text=[Text(text="Recalling its report,"), FootnoteRef(marker=marker)])
        for marker in ("7", "8", "9", "8")
    ]
    notes = [Footnote(marker=marker, text=[Text(text=f"Note {marker}.")]) for marker in ("8", "9", "*", "7")]
    resolution = Resolution(meta=Meta(language="en"), preamble=paragraphs, footnotes=notes)
    in_reference_order(resolution)
    assert [note.marker for note in resolution.footnotes] == ["7", "8", "9", "*"]


def test_notes_whose_numbers_go_up_as_printed_stay_as_they_are() -> None:
    """A figure read as a reference before the first ("91 km<sup>2</sup>") reorders nothing:
    only notes printed out of numeric order are put in the order of their references."""
    paragraphs = [
        PreambularParagraph(text=[Text(text="An area of 91 km"), FootnoteRef(marker="2")]),
        PreambularParagraph(text=[Text(text="Recalling its report,"), FootnoteRef(marker="1")]),
        PreambularParagraph(text=[Text(text="Noting the study,"), FootnoteRef(marker="2")]),
    ]
    notes = [Footnote(marker=marker, text=[Text(text=f"Note {marker}.")]) for marker in ("1", "2")]
    resolution = Resolution(meta=Meta(language="en"), preamble=paragraphs, footnotes=notes)
    in_reference_order(resolution)
    assert [note.marker for note in resolution.footnotes] == ["1", "2"]
