"""Page breaks in text extracted without form feeds.

pdftotext ends each page with a form feed, and the text reader cleans the text page by page: the
running header goes from the top of each page, the footnote area ends with its page. PyMuPDF,
pypdfium2 and pdfplumber give each page's text with nothing between pages, so a page's notes ran
on into the next page's paragraphs. Where a page ended shows in what it prints around its text:
each later page's running header (the symbol beside the short title), with the job number, "2/3"
and barcode of the page before next to it. A form feed is put back before each such group, and
the text is then read as pdftotext's would be.
"""

from __future__ import annotations

from collections import Counter

from resconv.recover.furniture import is_furniture, is_header_symbol, is_title_piece, squeezed
from resconv.recover.patterns import is_enacting_formula

MASTHEAD_LINES = 40  # non-empty lines before the enacting formula, at most
HEADER_REACH = 8  # lines of page edge before a running header's symbol, at most (a long title, barcode...)


def restore_page_breaks(text: str, symbol: str | None) -> str:
    """``text`` with a form feed before each running header after the masthead, when it has none;
    ``symbol`` is the document's, as the first page prints it."""
    if "\f" in text or not symbol:
        return text
    lines = text.split("\n")
    plain = [" ".join(line.split()) for line in lines]
    formula = _formula_line(plain)
    if formula is None:
        return text
    body = plain[formula + 1 :]
    repeated = {value for value, count in Counter(body).items() if value and count > 1}
    edge = _PageEdge(symbol, squeezed("".join(plain[:formula])), repeated)
    starts = {
        edge.first_line(plain, index, formula + 1)
        for index in range(formula + 1, len(plain))
        if edge.is_header_symbol(plain[index])
    }
    return "\n".join(("\f" + line) if index in starts else line for index, line in enumerate(lines))


def _formula_line(plain: list[str]) -> int | None:
    filled = [index for index, value in enumerate(plain) if value][:MASTHEAD_LINES]
    return next((index for index in filled if is_enacting_formula(plain[index])), None)


class _PageEdge:
    """What a page prints around its text, given the document's symbol, its masthead
    (:func:`squeezed`) and the lines printed more than once after it: the running header of
    symbol and short title, job number, page number, barcode."""

    def __init__(self, symbol: str, masthead: str, repeated: set[str]) -> None:
        self.symbol = symbol
        self.masthead = masthead
        self.repeated = repeated

    def is_header_symbol(self, value: str) -> bool:
        return is_header_symbol(value, self.symbol, self.masthead)

    def first_line(self, plain: list[str], header: int, floor: int) -> int:
        """The first line of the page-edge lines before the running header at ``header``, blank
        lines between: job number, page number, barcode, and title lines printed on other pages
        too. A title line printed once is the header's only with a job or page number before it
        ("2/3 25-19833" / "Promotion of ..."); else it may be a paragraph's last line."""
        start = index = header
        reach = HEADER_REACH
        while index > floor and reach:
            value = plain[index - 1]
            if value and not self._at_edge(value):
                if not is_title_piece(value, self.masthead):
                    break
                reach -= 1  # printed once: the header's only if the page's edge goes on past it
            elif value:
                start, reach = index - 1, reach - 1
            index -= 1
        while not plain[start]:
            start += 1
        return start

    def _at_edge(self, value: str) -> bool:
        # a title line may end with the title's own comma where the header prints it on
        # other pages too; a body line that happens to repeat the title is printed once
        return (
            is_furniture(value)
            or self.is_header_symbol(value)
            or (value in self.repeated and is_title_piece(value, self.masthead, comma=True))
        )
