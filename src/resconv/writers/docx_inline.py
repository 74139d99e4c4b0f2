"""Inline content and footnotes of the DOCX writer, and the context shared by its modules.

Leading phrases carry the "Leading Phrase" character style, operative numbers and subparagraph
labels their own styles, document links point at undocs.org: the DOCX reader relies on these
marks to read the file back into the same model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from resconv.language import LanguageData
from resconv.model import DocumentRef, Emphasis, FootnoteRef, Inline, Link, Resolution, Text
from resconv.writers.docx_package import Package
from resconv.writers.docx_styles import Template
from resconv.writers.docx_xml import ARABIC, RunStyle, footnote_reference, hyperlink, paragraph, run, tab_run

SPONSORS_NOTE_MARK = "*"
SPONSORS_NOTE_ID = 1


def _phrase_index(nodes: list[Inline], phrase: str) -> int:
    """The node the leading phrase starts: the first emphasis beginning with it, else any text node."""
    if not phrase:
        return -1
    candidates = [
        i for i, n in enumerate(nodes) if isinstance(n, Text | Emphasis) and n.text.startswith(phrase)
    ]
    emphasised = [i for i in candidates if isinstance(nodes[i], Emphasis)]
    return (emphasised or candidates or [-1])[0]


def _mergeable(left: Inline, right: Inline) -> bool:
    """Whether a reader would take two neighbouring nodes for one run of text."""
    if isinstance(left, Text) and isinstance(right, Text):
        return True
    return isinstance(left, Emphasis) and isinstance(right, Emphasis) and left.style == right.style


@dataclass
class Context:
    """What every part of the writer needs: the model, its language, the style table, the parts."""

    model: Resolution
    lang: LanguageData
    tpl: Template
    pkg: Package
    paper: str
    note_ids: dict[str, int] = field(default_factory=dict)
    auto_numbered: bool = True
    first_number: int = 1  # of Word's automatic footnote numbers
    used_notes: set[str] = field(default_factory=set)
    in_footnotes: bool = False

    rtl: bool = False
    code: str = "en"

    def __post_init__(self) -> None:
        self.rtl, self.code = self.lang.rtl, self.lang.code

    def rs(
        self, style: str = "", *, bold: bool = False, italic: bool = False, size: float | None = None
    ) -> RunStyle:
        """A run style with this document's script flags."""
        return RunStyle(style, bold, italic, size, rtl_script=self.rtl, east_asian=self.code == "zh")

    def text(
        self,
        text: str,
        style: str = "",
        *,
        bold: bool = False,
        italic: bool = False,
        size: float | None = None,
    ) -> str:
        return run(text, self.rs(style, bold=bold, italic=italic, size=size))

    def para(
        self, style: str, content: str, *, head: str = "", tail: str = "", latin_ltr: bool = False
    ) -> str:
        """A paragraph; ``latin_ltr``: in an Arabic document, left to right when it has no Arabic."""
        if self.rtl and latin_ltr and not ARABIC.search(content):
            match = re.search(r'<w:jc w:val="(\w+)"/>', tail)
            align = match.group(1) if match else str(self.tpl.paragraph(style).get("align", "left"))
            mirrored = {"left": "right", "right": "left"}.get(align, align)  # keep the visual side
            tail = re.sub(r'<w:jc w:val="\w+"/>', "", tail) + f'<w:jc w:val="{mirrored}"/>'
            return paragraph(style, content, head=head, tail='<w:bidi w:val="0"/>' + tail)
        return paragraph(style, content, head=head, tail=tail, rtl=self.rtl)

    def link(self, text: str, symbol: str, style: RunStyle | None = None) -> str:
        """A run linked to a UN document."""
        return self.web_link(text, self.lang.document_url(symbol), style)

    def web_link(self, text: str, url: str, style: RunStyle | None = None) -> str:
        """A run linked to an address."""
        rel = self.pkg.hyperlink(url, in_footnotes=self.in_footnotes)
        base = style or self.rs()
        return hyperlink(
            rel,
            run(
                text,
                RunStyle("Hyperlink", base.bold, base.italic, base.size, base.rtl_script, base.east_asian),
            ),
        )

    # ---------------------------------------------------------------- inline content
    def inlines(self, nodes: list[Inline], *, phrase: str = "", base: RunStyle | None = None) -> str:
        """Runs for inline nodes; the leading ``phrase`` (a prefix of the first node) gets its style."""
        base = base or self.rs()
        out = []
        lead = _phrase_index(nodes, phrase)
        for i, node in enumerate(nodes):
            if i and _mergeable(nodes[i - 1], node):
                out.append("<w:r/>")  # keeps two model nodes apart for the reader
            if i == lead and isinstance(node, Text | Emphasis):
                out.append(self._leading(node, phrase, base))
                rest = node.text[len(phrase) :]
                node = node.model_copy(update={"text": rest})
                if not rest:
                    continue
            if isinstance(node, Text):
                out.append(run(node.text, base))
            elif isinstance(node, Emphasis):
                out.append(run(node.text, self._with(base, node.style)))
            elif isinstance(node, DocumentRef):
                out.append(self.link(node.text, node.symbol, base))
            elif isinstance(node, Link):
                out.append(self.web_link(node.text, node.url, base))
            elif isinstance(node, FootnoteRef):
                out.append(self.note_reference(node.marker))
        return "".join(out)

    def _with(self, base: RunStyle, emphasis: str, style: str = "") -> RunStyle:
        return RunStyle(
            style, "bold" in emphasis, "italic" in emphasis, base.size, self.rtl, self.code == "zh"
        )

    def _leading(self, node: Text | Emphasis, phrase: str, base: RunStyle) -> str:
        """The leading phrase: its character style, direct formatting only where it differs."""
        if isinstance(node, Text):  # a phrase printed without emphasis: switch the style's off
            return run(
                phrase,
                RunStyle(
                    "LeadingPhrase",
                    size=base.size,
                    rtl_script=self.rtl,
                    east_asian=self.code == "zh",
                    plain=True,
                ),
            )
        if node.style == self.lang.emphasis:
            return run(phrase, self._with(base, "", "LeadingPhrase"))
        return run(phrase, self._with(base, node.style, "LeadingPhrase"))

    def note_reference(self, marker: str) -> str:
        """A real footnote the first time a marker is referenced; a styled mark on repeats."""
        note_id = self.note_ids.get(marker)
        if note_id is None or marker in self.used_notes or self.in_footnotes:
            return run(marker, self.rs("FootnoteReference"))
        self.used_notes.add(marker)
        custom = None if self.auto_numbered and marker != SPONSORS_NOTE_MARK else marker
        return footnote_reference(note_id, custom, self.rs())

    # ---------------------------------------------------------------- footnotes
    def plan_footnotes(self, reference_order: list[str]) -> None:
        """Number footnotes in reference order (LibreOffice pairs notes with references by order,
        Word by id); keep Word's automatic numbers when the markers count up one by one in that
        order, from 1 or from where the UN's numbering starts (3, 4, 5: ``first_number``)."""
        markers = {note.marker for note in self.model.footnotes}
        seen = list(dict.fromkeys(m for m in reference_order if m in markers))
        start = int(seen[0]) if seen and seen[0].isdecimal() and seen[0].isascii() else 1
        self.auto_numbered = seen == [str(n) for n in range(start, start + len(seen))]
        self.first_number = start if self.auto_numbered else 1
        seen += [note.marker for note in self.model.footnotes if note.marker not in seen]
        first = SPONSORS_NOTE_ID + 1 if self.model.meta.sponsors_note else 1
        self.note_ids = {marker: first + i for i, marker in enumerate(seen)}

    def build_footnotes(self) -> None:
        """Write every footnote into the footnotes part, in id order."""
        self.in_footnotes = True
        for note in self.model.footnotes:
            self.footnote(self.note_ids[note.marker], note.marker, self.inlines(note.text))
        self.in_footnotes = False
        self.pkg.footnotes.sort()

    def footnote(self, note_id: int, marker: str, content: str) -> None:
        custom = not self.auto_numbered or marker == SPONSORS_NOTE_MARK
        mark = (
            run(marker, self.rs("FootnoteReference"))
            if custom
            else ('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>')
        )
        self.pkg.footnotes.append((note_id, self.para("FootnoteText", mark + tab_run() + content)))
