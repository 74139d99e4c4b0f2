"""Read plain text, typically ``pdftotext`` output of an official PDF.

The text is cleaned page by page: page furniture (running headers, job numbers, page numbers
"2/4", barcodes, dates of the print run) is dropped, lines under the footnote rule are marked as
footnote area, and masthead columns printed side by side are split. Hard-wrapped lines are
rejoined later, when blocks are assembled (without spaces next to Chinese characters).
"""

from __future__ import annotations

import re

from resconv.errors import Diagnostics
from resconv.formats import ReadOptions
from resconv.model import Resolution, Text
from resconv.recover import Line, build
from resconv.recover.masthead import SYMBOL_RE
from resconv.textio import decode

_FURNITURE = [
    re.compile(r"^\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6})?(?:\s+\d{1,3}/\d{1,3})?$"),  # job number [+ page]
    re.compile(r"^\d{1,3}/\d{1,3}(?:\s+\d{2}-\d{5})?$"),  # page number [+ job number]
    re.compile(r"^\*\d{6,8}\*$"),  # barcode
    re.compile(r"^\d{6}$"),  # print date DDMMYY
    re.compile(r"^(?:Please recycle|Merci de recycler|Sírvase reciclar|Просьба отправить на вторичную переработку)\b.*$", re.I),
]
_RULE = re.compile(r"^\s*_{5,}\s*$")
_MARKER_ONLY = re.compile(r"^\s*(?:\(\d{1,3}\)|\d{1,3}|\*{1,3})\s*$")
_COLUMNS = re.compile(r"\s{3,}")


def read(data: bytes, *, options: ReadOptions, diagnostics: Diagnostics) -> Resolution:
    text = decode(data, options.encoding, diagnostics.file)
    return build(to_lines(text), diagnostics, options.language)


def to_lines(text: str) -> list[Line]:
    """Clean text as Lines, page furniture removed, footnote areas marked."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    symbol = SYMBOL_RE.search(text[:4000])
    out: list[Line] = []
    line_number = 0
    page_start = False
    for page_index, page in enumerate(text.split("\f")):
        raw_lines = page.split("\n")
        in_notes = False
        blank_before = True
        for position, raw in enumerate(raw_lines):
            line_number += 1
            stripped = raw.strip()
            if not stripped:
                blank_before = True
                continue
            if _RULE.match(stripped):
                in_notes, blank_before = True, True
                continue
            if _is_furniture(stripped, page_index, position, symbol.group(0) if symbol else None):
                continue
            if page_start and not in_notes:
                blank_before = False  # a page break is not a paragraph break: the text decides
                page_start = False
            for piece in _columns(stripped, page_index == 0 and not in_notes):
                out.append(Line(line_number, [Text(text=piece)], starts_block=blank_before, footnote_area=in_notes,
                                wrapped=True))
                blank_before = False
        blank_before = page_start = True
    return _pair_split_markers(out)


def _is_furniture(line: str, page: int, position: int, symbol: str | None) -> bool:
    if any(p.match(line) for p in _FURNITURE):
        return True
    if symbol and page > 0 and symbol in line and (line.startswith(symbol) or line.endswith(symbol)):
        return True  # running header: symbol and short title
    return False


def _columns(line: str, first_page: bool) -> list[str]:
    """Masthead lines of ``pdftotext -layout`` hold two columns: split them."""
    if not first_page:
        return [_COLUMNS.sub(" ", line)] if "\t" not in line else [line.replace("\t", " ")]
    return [part for part in _COLUMNS.split(line.replace("\t", "   ")) if part] if _COLUMNS.search(line) \
        and not re.match(r"^\d{1,3}\.\s{3,}", line) else [line]


def _pair_split_markers(lines: list[Line]) -> list[Line]:
    """pdftotext may print a page's footnote markers in a column of their own, before the
    texts: give each following text line its marker back."""
    out: list[Line] = []
    queue: list[str] = []
    for line in lines:
        if not line.footnote_area:
            queue.clear()
            out.append(line)
            continue
        if _MARKER_ONLY.match(line.text):
            queue.append(line.text.strip())
            continue
        previous_open = bool(out) and out[-1].footnote_area and not out[-1].text.rstrip().endswith((".", "。", ")"))
        if queue and not (previous_open and not line.starts_block and len(queue) == 0):
            line.inlines = [Text(text=f"{queue.pop(0)} {line.text}")]
        out.append(line)
    return out
