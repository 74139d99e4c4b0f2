"""First-line indents in text that keeps the page's layout (``pdftotext -layout``).

The UN sets the first line of every paragraph in from the body margin. Plain ``pdftotext`` output
loses that, so paragraph starts must be guessed from phrases and line widths; with ``-layout``
each line keeps its position and the indent says where a paragraph starts, in every language
whose lines are aligned left (right-to-left lines are aligned right and left alone).
"""

from __future__ import annotations

import re
from collections import Counter

from resconv.recover.lines import Line

_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
LAYOUT_SHARE = 0.5  # of a page's lines printed with leading spaces, for it to keep its layout
FULL_LINE = 40  # columns of a line that runs from margin to margin, at least
MARGIN_LINES = 3  # full lines that must share the margin (a masthead line may be wide too)
JITTER = 1  # columns a justified line may start off the margin
MAX_INDENT = 12  # columns past which a line is centred or set right, not indented

PageLeads = list[tuple[Line, int]]  # a page's body lines and the spaces before each


def mark_indents(pages: list[PageLeads]) -> None:
    """Set ``Line.indented`` on the body lines of pages printed with their layout: True for a
    paragraph's indented first line, False for a line at the margin, None where it cannot tell."""
    indents = [(line, lead - margin) for page in pages for line, lead, margin in _with_margin(page)]
    steps = Counter(indent for _, indent in indents if JITTER < indent <= MAX_INDENT)
    if not steps:
        return
    step = max(steps, key=lambda indent: (steps[indent], -indent))  # the paragraphs' indent
    for line, indent in indents:
        if abs(indent) <= JITTER:
            line.indented = False
        elif step - JITTER <= indent <= MAX_INDENT:
            line.indented = True


def _with_margin(page: PageLeads) -> list[tuple[Line, int, int]]:
    """The page's left-aligned lines with the body margin: the smallest lead that several full
    lines share (justified lines may start a column late; first lines start further in)."""
    body = [(line, lead) for line, lead in page if not _RIGHT_TO_LEFT.search(line.text)]
    if len(body) < 5 or sum(lead > 0 for _, lead in body) < LAYOUT_SHARE * len(body):
        return []
    full = Counter(lead for line, lead in body if line.width >= FULL_LINE)
    shared = [lead for lead, count in full.items() if count >= MARGIN_LINES]
    if not shared:
        return []
    margin = min(shared)
    return [(line, lead, margin) for line, lead in body]
