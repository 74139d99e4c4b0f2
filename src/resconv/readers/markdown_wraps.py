"""How a converter wrapped its Markdown's lines: at a column, where its other line breaks are
only wraps (pandoc), or as a PDF printed them, where blank lines may fall inside paragraphs too
(pymupdf4llm). The Markdown reader marks its lines so, and they are read as hard-wrapped text's."""

from __future__ import annotations

import itertools
import re

from resconv.model import Emphasis, Text
from resconv.readers.markdown_pages import EMPHASISED_STARTS
from resconv.recover import Line
from resconv.recover.patterns import is_enacting_formula

WRAP_COLUMNS = 80  # pandoc wraps at 72, most converters at 72-80


def mark_soft_wrap(lines: list[Line]) -> list[Line]:
    """Markdown written by a converter that wraps at a column (pandoc's default) separates paragraphs
    with blank lines: its other line breaks are only wraps, and a leading phrase at the start of
    one ("подчеркивая ...") continues the paragraph. Converted-from-PDF Markdown that puts one
    paragraph on each line is left as it is."""
    wrapped = [line for line, after in itertools.pairwise(lines) if not after.starts_block and line.inlines]
    if len(wrapped) < 10:
        return lines
    widths = sorted(line.width for line in wrapped)
    if widths[int(len(widths) * 0.9)] <= WRAP_COLUMNS:
        for line in lines:
            line.continuation = not line.starts_block
    return lines


PAGE_WRAP_BREAKS = 10  # lines of the document broken mid-sentence before it is read as a PDF's lines
PARAGRAPHS_CUT = 2  # Markdown paragraphs cut mid-sentence before blank lines are taken as unreliable
_SENTENCE_PAUSE = (".", ";", ":", ",", "。", "；", "：", "，", "،", "؛")


def mark_page_wrap(lines: list[Line]) -> list[Line]:
    """Markdown a converter made from a PDF line by line (pymupdf4llm) keeps the printed lines and
    starts a new Markdown paragraph wherever the PDF's spacing varied, inside paragraphs too ("...
    масштабов" / blank / "нищеты, ..."). Its leading phrases keep the PDF's emphasis, so there a
    paragraph opening with emphasis, a number, a label or a note starts one; at any other the
    lines are read as hard-wrapped text's, by their widths and phrases, as from ``pdftotext``.
    Markdown wrapped at a column (pandoc's) breaks lines mid-sentence too, but never a paragraph:
    the document must show Markdown paragraphs cut mid-sentence."""
    bodies = [line for line in lines if not line.heading and line.text.strip()]
    breaks = [line for line, after in itertools.pairwise(bodies) if not after.starts_block]
    broken = sum(not line.text.rstrip().endswith(_SENTENCE_PAUSE) for line in breaks)
    if broken < PAGE_WRAP_BREAKS or 2 * broken < len(breaks):
        return lines
    body = next((i for i, line in enumerate(bodies) if is_enacting_formula(line.text.strip())), len(bodies))
    cut = sum(
        after.starts_block and _plain_start(after) and not line.text.rstrip().endswith(_SENTENCE_PAUSE)
        for line, after in itertools.pairwise(bodies[body:])
    )
    if cut < PARAGRAPHS_CUT:
        return lines
    starts = [line for line in bodies if line.starts_block]
    if sum(isinstance(line.inlines[0], Emphasis) for line in starts) < EMPHASISED_STARTS:
        return lines
    for line in bodies:
        line.wrapped = True
        if line.starts_block and not line.continuation and _plain_start(line):
            line.starts_block = False
    return lines


_OPENS_BLOCK = re.compile(r"\s*(?:\d{1,3}\s*\.|\(?[^\W\d_]{1,6}\)|\(?\d{1,3}\)|[IVXLC]+\.)")


def _plain_start(line: Line) -> bool:
    """Whether a line opens with plain text: no emphasis, number, label or note mark."""
    first = line.inlines[0]
    return type(first) is Text and not _OPENS_BLOCK.match(first.text)
