"""How wide a full line of hard-wrapped text is, and how short a line must stop to have ended its
paragraph: the measures :mod:`resconv.recover.blocks` reads paragraph starts by."""

from __future__ import annotations

import itertools

from resconv.language import language
from resconv.recover.lines import Line
from resconv.recover.patterns import ends_paragraph


def full_width(lines: list[Line]) -> int:
    """The width of a full line of hard-wrapped text (0 when the source does not wrap)."""
    widths = sorted(line.width for line in lines if line.wrapped and line.text.strip())
    return widths[int(len(widths) * 0.9)] if len(widths) >= 10 else 0


DEFAULT_END_WIDTH = 0.8  # of a full line: words wrap whole, so only a line this short surely ended
FILLED_SHARE = 0.95  # of the lines that surely go on, to show the text fills its lines to the margin


def paragraph_end(lines: list[Line], full: int, code: str) -> float:
    """The width under which a line ending with punctuation ended its paragraph. The language
    may set a wider one (Chinese breaks between any two characters), which holds only where the
    text's lines that surely go on (no punctuation at their end) nearly all reach it: the
    official PDFs fill every line, a layout that balances its lines does not."""
    wide = float(language(code).strings.get("paragraph_end_width", DEFAULT_END_WIDTH))
    if not full or wide <= DEFAULT_END_WIDTH:
        return DEFAULT_END_WIDTH * full
    going_on = [  # a line under half the measure with no punctuation is a heading or a title
        line.width
        for line, after in itertools.pairwise(lines)
        if not after.starts_block and line.width > full / 2 and not ends_paragraph(line.text.strip())
    ]
    filled = sum(width >= wide * full for width in going_on)
    return wide * full if going_on and filled >= FILLED_SHARE * len(going_on) else DEFAULT_END_WIDTH * full
