"""The unit every reader produces: one source line of inline content, with where it came from."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from resconv.model import Emphasis, FootnoteRef, Inline, Text


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

    @property
    def text(self) -> str:
        return "".join(getattr(node, "text", "") for node in self.inlines)

    @property
    def width(self) -> int:
        """Display width: East Asian wide characters count twice, and in a line with Chinese,
        so do the ambiguous ones (“ ” …), which Chinese fonts set full width."""
        text = self.text.rstrip()
        wide = "WFA" if any("\u4e00" <= c <= "\u9fff" for c in text) else "WF"
        return sum(2 if unicodedata.east_asian_width(c) in wide else 1 for c in text)

    @property
    def all_emphasised(self) -> bool:
        """True when every visible character is emphasised (a bold heading line, say)."""
        visible = [n for n in self.inlines if getattr(n, "text", "").strip()]
        return bool(visible) and all(isinstance(n, Emphasis) for n in visible)

    @property
    def starts_with_footnote(self) -> bool:
        first = next((n for n in self.inlines if not (isinstance(n, Text) and not n.text.strip())), None)
        return isinstance(first, FootnoteRef)
