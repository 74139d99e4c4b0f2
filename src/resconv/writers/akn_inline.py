"""Model inlines -> AKN4UN mixed content: emphasis spans, undocs.org links, footnotes in place.

Footnotes are written as ``authorialNote`` at their reference point, as the UN does; Arabic files
put visible brackets around them (``<sup>(</sup>…<sup>)</sup>``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from resconv.language import LanguageData
from resconv.model import DocumentRef, Emphasis, Footnote, FootnoteRef, Inline, Link, Text

NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
AKN = f"{{{NS}}}"
A4U = "http://un.org/akn4un"
UNDOCS = "https://undocs.org/{lang}/{symbol}"


def sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    """A child element in the AKN namespace, attributes in the given order."""
    el = etree.SubElement(parent, AKN + tag)
    for key, value in attrs.items():
        el.set(key.rstrip("_").replace("__", ":"), value)
    if text is not None:
        el.text = text
    return el


@dataclass
class Footnotes:
    """The resolution's footnotes by marker, and which ones were written (each once)."""

    lang: LanguageData
    by_marker: dict[str, Footnote]
    written: list[str] = field(default_factory=list)

    def eid(self) -> str:
        return f"authorialNote_{len(self.written)}"


def add_text(el: etree._Element, text: str) -> None:
    """Append text to ``el``'s content (after its last child, or as its text)."""
    if not text:
        return
    if len(el):
        last = el[-1]
        last.tail = (last.tail or "") + text
    else:
        el.text = (el.text or "") + text


def write_inlines(el: etree._Element, nodes: list[Inline], notes: Footnotes) -> None:
    """Append ``nodes`` to ``el`` as AKN mixed content."""
    for node in nodes:
        if isinstance(node, Text):
            add_text(el, node.text)
        elif isinstance(node, Emphasis):
            sub(el, "span", node.text, class_=node.style)
        elif isinstance(node, DocumentRef):
            lang = notes.lang.link_code
            sub(el, "a", node.text, href=UNDOCS.format(lang=lang, symbol=node.symbol))
        elif isinstance(node, Link):
            sub(el, "a", node.text, href=node.url)
        elif isinstance(node, FootnoteRef):
            write_note(el, node.marker, notes)


def write_note(el: etree._Element, marker: str, notes: Footnotes) -> None:
    """The footnote ``marker`` at this point; a marker without a footnote gets an empty note."""
    note = notes.by_marker.get(marker)
    if marker in notes.written:
        note = None  # referenced twice: the text goes with the first reference
    notes.written.append(marker)
    opening, closing = notes.lang.note_brackets
    if opening:
        sub(el, "sup", opening)
    node = sub(el, "authorialNote", marker=marker, placement="bottom", eId=notes.eid())
    para = sub(node, "p")
    if note is not None:
        write_inlines(para, note.text, Footnotes(notes.lang, {}))
    if closing:
        sub(el, "sup", closing)


_INLINE_PARENTS = {
    "p",
    "num",
    "subheading",
    "heading",
    "docTitle",
    "docNumber",
    "docProponent",
    "span",
    "inline",
}


def indent(el: etree._Element, level: int = 0) -> None:
    """Pretty-print structure only: never add whitespace inside mixed content."""
    if etree.QName(el).localname in _INLINE_PARENTS or (el.text and el.text.strip()) or not len(el):
        return
    pad = "\n" + "  " * (level + 1)
    el.text = pad
    for child in el:
        indent(child, level + 1)
        child.tail = pad
    el[-1].tail = "\n" + "  " * level
