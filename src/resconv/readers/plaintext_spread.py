"""Printed lines that ``pdftotext`` broke up word by word.

A justified line of long words (Russian, most often) is set with wide gaps, and ``pdftotext``
without ``-layout`` may take each gap for the edge of a column and print every word on a line
of its own::

    25. рекомендует
    государствам-членам
    создавать
    или
    укреплять
    национальные программы и участвовать в ...

Read as lines, the short pieces look like paragraphs that ended, and a piece that is a leading
phrase ("руководствуясь" after "образом,") like a new recital. Together they are one full line,
and a justified line is never a paragraph's last: the pieces go back together before the
paragraphs are read.
"""

from __future__ import annotations

import re

from resconv.recover.line_widths import full_width
from resconv.recover.lines import Line, joined_pieces
from resconv.recover.patterns import HAN, ends_paragraph  # Chinese has no spaces: every line is one word

# One word: letters and the punctuation around them, perhaps a raised note mark at its end
# ("года12"); no figures otherwise, so a paragraph number, a job number or a symbol is no piece.
_WORD = re.compile(r"^[^\w\s]*[^\W\d_][^\s\d]*\d{0,3}$")
# A paragraph's number or label and the first word after it ("25. рекомендует", "p) провести"):
# the printed line's start, which pdftotext keeps together.
_OPENING = re.compile(r"^(?:\d{1,3}\s*\.|\(?[^\W\d_]{1,4}\)|[IVXLC]+\.)\s+\S+$")
MIN_PIECES = 3  # one-word lines in a row before they are taken for one printed line
MIN_SHARE = 0.6  # of a full line the pieces must fill: a justified line reaches the margin
MAX_SHARE = 1.02  # ... and no more: past it the pieces hold more than one printed line


def rejoin_spread_lines(lines: list[Line]) -> list[Line]:
    """Put back together each printed line that ``pdftotext`` printed a word a line."""
    if not _has_run_of_words(lines):
        return lines  # most text: no lines to measure
    full = full_width(lines)
    if not full:
        return lines
    out: list[Line] = []
    index = 0
    while index < len(lines):
        end = _spread_end(lines, index, full)
        rest = _spread_end(lines, index + 1, full) if end and ends_paragraph(lines[index].text.strip()) else 0
        if rest:
            # "Уставом," / "приветствуя" / "стремление" ...: a paragraph's last word on its line and
            # the next one's first line spread, or a word with a comma and the rest of its line
            # ("отслеживания," / "профилирования," ...); only the phrases can tell
            out.extend(lines[index:rest])
            index = rest
        elif end:
            out.append(joined_pieces(lines[index:end]))
            index = end
        else:
            out.append(lines[index])
            index += 1
    return out


def _has_run_of_words(lines: list[Line]) -> bool:
    """Whether ``MIN_PIECES`` lines in a row hold no space: the cheap look before measuring."""
    run = 0
    for line in lines:
        text = line.text.strip()
        run = run + 1 if " " not in text and not HAN.search(text) else 0
        if run == MIN_PIECES:
            return True
    return False


def _spread_end(lines: list[Line], start: int, full: int) -> int:
    """The end of the printed line spread over ``lines[start:]``, or 0 where none starts there."""
    first = lines[start]
    text = first.text.strip()
    if first.footnote_area or HAN.search(text) or not (_WORD.match(text) or _OPENING.match(text)):
        return 0
    width, end = len(text), start + 1
    while end < len(lines) and _continues(lines[end]):
        piece = len(lines[end].text.strip())
        if width + 1 + piece > MAX_SHARE * full:
            break
        width += 1 + piece
        end += 1
    if end - start < MIN_PIECES or width < MIN_SHARE * full:
        return 0
    return end


def _continues(line: Line) -> bool:
    """Whether a line can be a later piece of a spread line: one word, in the body, no break
    (a blank line, a page's end) before it."""
    text = line.text.strip()
    return (
        not (line.footnote_area or line.starts_block or line.page_top)
        and _WORD.match(text) is not None
        and not HAN.search(text)
    )
