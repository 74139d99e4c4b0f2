"""The unit every reader produces: one source line of inline content, with where it came from."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import cache

from resconv.model import Emphasis, FootnoteRef, Inline, Text, plain_text

_MAYBE_WIDE = re.compile("[\u1100-\uffff]")  # no East Asian wide or ambiguous character below
_HAN = re.compile("[\u4e00-\u9fff]")


@cache
def _wide_class(chinese: bool) -> re.Pattern[str]:
    """The characters that take two columns: East Asian wide and full-width ones, and in a line with
    Chinese also the ambiguous ones (“ ” …), which Chinese fonts set full width."""
    kinds = ("W", "F", "A") if chinese else ("W", "F")
    ranges: list[str] = []
    start = previous = -2
    for code in range(0xA0, 0x10000):
        if unicodedata.east_asian_width(chr(code)) in kinds and not 0xD800 <= code <= 0xDFFF:
            if code != previous + 1:
                if start >= 0:
                    ranges.append(f"{re.escape(chr(start))}-{re.escape(chr(previous))}")
                start = code
            previous = code
    ranges.append(f"{re.escape(chr(start))}-{re.escape(chr(previous))}")
    return re.compile(f"[{''.join(ranges)}]")


@dataclass
class Line:
    """One line of the input after format-specific clean-up.

    ``starts_block`` is true when the source put a break before it (a blank line in text, a new
    paragraph in Markdown); ``heading`` marks Markdown headings; ``footnote_area`` marks lines a
    PDF printed below the footnote rule.
    """

    number: int
    inlines: list[Inline] = field(default_factory=list)
    starts_block: bool = True
    heading: bool = False
    footnote_area: bool = False
    wrapped: bool = False  # the source hard-wraps lines (PDF text): line widths carry meaning
    continuation: bool = False  # soft-wrapped Markdown: only a number or label starts a paragraph here
    page_top: bool = False  # the first body line of a page after the first: no blank line tells here
    authored: bool = False  # Markdown with front matter: its paragraphs are the author's, none run on
    # pdftotext -layout: set in from the body margin as a paragraph's first line (True), at the
    # margin (False); None where the text keeps no layout or the line is centred, set right or odd
    indented: bool | None = None

    _text_cache: tuple[list[Inline], int, str] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    @property
    def text(self) -> str:
        """The line's characters; kept until the inline list is replaced or grows (readers append
        while building a line), as every recovery step asks for it again."""
        inlines, cached = self.inlines, self._text_cache
        if cached is not None and cached[0] is inlines and cached[1] == len(inlines):
            return cached[2]
        text = plain_text(inlines)
        self._text_cache = (inlines, len(inlines), text)
        return text

    @property
    def width(self) -> int:
        """Display width: East Asian wide characters count twice, and in a line with Chinese,
        so do the ambiguous ones (“ ” …), which Chinese fonts set full width."""
        text = self.text.rstrip()
        if not _MAYBE_WIDE.search(text):
            return len(text)  # Latin, Cyrillic, Arabic: one column a character
        chinese = _HAN.search(text) is not None
        return len(text) + len(_wide_class(chinese).findall(text))

    @property
    def all_emphasised(self) -> bool:
        """True when every visible character is emphasised (a bold heading line, say)."""
        visible = [n for n in self.inlines if getattr(n, "text", "").strip()]
        return bool(visible) and all(isinstance(n, Emphasis) for n in visible)

    @property
    def in_notes(self) -> bool:
        """A line of the page's notes: below the rule, or opening with a note's mark."""
        return self.footnote_area or self.starts_with_footnote

    @property
    def starts_with_footnote(self) -> bool:
        first = next((n for n in self.inlines if not (isinstance(n, Text) and not n.text.strip())), None)
        return isinstance(first, FootnoteRef)


def joined_pieces(pieces: list[Line]) -> Line:
    """Pieces of one printed line that an extractor printed as lines of their own, as one line
    where the first stood, a space between each two."""
    inlines: list[Inline] = list(pieces[0].inlines)
    for piece in pieces[1:]:
        inlines.append(Text(text=" "))
        inlines.extend(piece.inlines)
    return replace(pieces[0], inlines=inlines)
