"""How a converter wrapped its Markdown's lines, told from the lines themselves."""

from __future__ import annotations

from resconv.readers.markdown import to_lines
from resconv.readers.markdown_wraps import mark_page_wrap, mark_soft_wrap

_WRAPPED = "Recalling its resolutions on the subject and the reports of the\nSecretary-General thereon,\n\n"


def test_markdown_wrapped_at_a_column_has_its_line_breaks_read_as_wraps() -> None:
    lines = mark_soft_wrap(to_lines(_WRAPPED * 12))
    assert [line.continuation for line in lines[:4]] == [False, True, False, True]


def test_one_paragraph_a_line_is_left_as_it_is() -> None:
    lines = mark_soft_wrap(to_lines("Recalling its resolutions on the subject,\n\n" * 12))
    assert not any(line.continuation for line in lines)


def test_a_pdfs_lines_with_paragraphs_cut_mid_sentence_are_read_as_hard_wrapped() -> None:
    """pymupdf4llm's Markdown: the printed lines kept, blank lines also inside paragraphs, the
    phrases emphasised; a plain line after a blank line is then no paragraph's start."""
    recital = "_Recalling_ its resolutions on the\nsubject of the\n\nreports thereon,\n\n"
    text = "The General Assembly,\n\n" + recital * 12
    lines = mark_page_wrap(to_lines(text))
    cut = [line for line in lines if line.text.startswith("reports")]
    assert cut and all(line.wrapped and not line.starts_block for line in cut)
    recitals = [line for line in lines if line.text.startswith("Recalling")]
    assert recitals and all(line.starts_block for line in recitals)
