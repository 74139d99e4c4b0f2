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
from resconv.recover.patterns import LABEL_RE, NUMBER_RE

_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
LAYOUT_SHARE = 0.5  # of a page's lines printed with leading spaces, for it to keep its layout
FULL_LINE = 40  # columns of a line that runs from margin to margin, at least
MARGIN_LINES = 3  # full lines that must share the margin (a masthead line may be wide too)
JITTER = 1  # columns a justified line may start off the margin
MAX_INDENT = 12  # columns past which a line is centred or set right, not indented

PageLeads = list[tuple[Line, int]]  # a page's body lines and the spaces before each


def mark_indents(pages: list[PageLeads]) -> None:
    """Set ``Line.indented`` on the body lines of pages printed with their layout: True for a line
    set in by about the paragraphs' indent, False for a line at the margin, None for any other
    (centred, set right, shifted). Text whose unnumbered lines are never set in, and a page with
    no line set in at all, are left unmarked: they show no first-line indent to go by."""
    pages_indents = [[(line, lead - margin) for line, lead, margin in _with_margin(page)] for page in pages]
    unnumbered = (indent for page in pages_indents for line, indent in page if not _numbered(line.text))
    steps = Counter(indent for indent in unnumbered if _set_in(indent))
    if not steps:
        return
    step = max(steps, key=lambda indent: (steps[indent], -indent))  # the paragraphs' indent
    for page in pages_indents:
        if not any(_set_in(indent) for _, indent in page):
            continue
        for line, indent in page:
            line.indented = _reading(indent, step)


def _set_in(indent: int) -> bool:
    """Set in from the margin, but not so far as a centred or right-aligned line."""
    return JITTER < indent <= MAX_INDENT


def _reading(indent: int, step: int) -> bool | None:
    """True for a line set in by about the paragraphs' indent (Chinese lines come out a column or
    two off), False for one at the margin, None for any other."""
    if _set_in(indent) and step - JITTER <= indent <= step + 2 * JITTER:
        return True
    return False if abs(indent) <= JITTER else None


def _numbered(text: str) -> bool:
    """A numbered paragraph or a labelled subparagraph: set in by their own rule, not the text's."""
    return bool(NUMBER_RE.match(text) or LABEL_RE.match(text))


def _with_margin(page: PageLeads) -> list[tuple[Line, int, int]]:
    """The page's left-aligned lines with the body margin: the smallest lead that several full
    lines share (justified lines may start a column late; first lines start further in)."""
    if sum(lead > 0 for _, lead in page) < LAYOUT_SHARE * len(page):
        return []  # plain pdftotext: no leads at all, nothing more to look at
    body = [(line, lead) for line, lead in page if not _RIGHT_TO_LEFT.search(line.text)]
    if len(body) < 5 or sum(lead > 0 for _, lead in body) < LAYOUT_SHARE * len(body):
        return []
    full = Counter(lead for line, lead in body if line.width >= FULL_LINE)
    shared = [lead for lead, count in full.items() if count >= MARGIN_LINES]
    if not shared:
        return []
    margin = min(shared)
    return [(line, lead, margin) for line, lead in body]
