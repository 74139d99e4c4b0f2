"""Inline content of AKN4UN ``p`` elements -> model inlines (text, emphasis, links, footnotes).

The UN files are pretty-printed inside mixed content, start paragraphs with tabs, wrap Arabic
footnote references in visible ``<sup>(</sup>…<sup>)</sup>`` brackets and start Arabic footnote
texts with "()". All of that is layout, not content, and is dropped here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import cast

from lxml import etree

from resconv.model import DocumentRef, Emphasis, EmphasisStyle, Footnote, FootnoteRef, Inline, Link, Text
from resconv.recover.inline import is_web_address, join_split_references

AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
STYLES: dict[str, EmphasisStyle] = {"italic": "italic", "bold": "bold", "bold italic": "bold italic"}
_LINK = re.compile(r"^https?://(?:undocs\.org|docs\.un\.org|documents\.un\.org)/(?:[a-z]{2}/)?(?P<sym>.+)$")
_SPACE = re.compile(r"[ \t\r\n]+")
_CJK = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef"
_CJK_GAP = re.compile(rf"(?<=[{_CJK}]) (?=[{_CJK}])")


def local(el: etree._Element) -> str:
    """The element's name without its namespace ('' for comments and processing instructions)."""
    tag = el.tag
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def all_text(el: etree._Element) -> str:
    """Every text node under ``el``, in document order."""
    return "".join(str(t) for t in el.itertext())


@dataclass
class Notes:
    """Footnotes met while reading, in document order."""

    items: list[Footnote] = field(default_factory=list)


def symbol_of(href: str) -> str | None:
    """The UN symbol an undocs/docs.un.org link points to, or None for any other link."""
    match = _LINK.match(href.strip())
    return match.group("sym") if match else None


def inlines(el: etree._Element, notes: Notes, *, cjk: bool = False) -> list[Inline]:
    """The cleaned inline content of ``el`` (a ``p``, ``num``, ``subheading`` ...)."""
    raw: list[Inline] = []
    _walk(el, notes, raw, cjk)
    return tidy(join_split_references(raw), cjk=cjk)


def _walk(el: etree._Element, notes: Notes, out: list[Inline], cjk: bool) -> None:
    if el.text:
        out.append(Text(text=el.text))
    children = [c for c in el if isinstance(c.tag, str)]
    for node in el:
        if isinstance(node.tag, str):  # comments, PIs, unexpanded entities: only their tail counts
            _child(node, children, children.index(node), notes, out, cjk)
        if node.tail:
            out.append(Text(text=node.tail))


def _child(
    child: etree._Element, siblings: list[etree._Element], i: int, notes: Notes, out: list[Inline], cjk: bool
) -> None:
    name = local(child)
    text = all_text(child)
    if name == "authorialNote":
        marker = child.get("marker") or str(len(notes.items) + 1)
        body: list[Inline] = []
        for para in child:
            if isinstance(para.tag, str):
                part = inlines(para, Notes(), cjk=cjk)
                body += ([Text(text=" ")] if body and part else []) + part
        notes.items.append(Footnote(marker=marker, text=_strip_bracket_mark(tidy(body, cjk=cjk))))
        out.append(FootnoteRef(marker=marker))
    elif name == "sup" and _is_note_bracket(siblings, i, text):
        return
    elif name == "span" and (child.get("class") or "").strip() in STYLES and text.strip():
        if any(local(c) == "authorialNote" for c in child):
            _walk(child, notes, out, cjk)
        else:
            out.append(Emphasis(style=STYLES[(child.get("class") or "").strip()], text=text))
    elif name == "a" and symbol_of(child.get("href") or "") and text.strip():
        out.append(DocumentRef(text=text, symbol=cast(str, symbol_of(child.get("href") or ""))))
    elif name == "a" and is_web_address(child.get("href") or "") and text.strip():
        out.append(Link(text=text, url=(child.get("href") or "").strip()))
    elif name == "eol":
        out.append(Text(text=" "))
    else:
        _walk(child, notes, out, cjk)


def _is_note_bracket(siblings: list[etree._Element], i: int, text: str) -> bool:
    """True for the Arabic ``<sup>(</sup>`` / ``<sup>)</sup>`` beside a footnote reference
    (either bracket on either side: right-to-left typing sometimes mirrors them)."""
    if text.strip() not in ("(", ")"):
        return False
    beside = [siblings[j] for j in (i - 1, i + 1) if 0 <= j < len(siblings)]
    return any(local(el) == "authorialNote" for el in beside)


def _strip_bracket_mark(body: list[Inline]) -> list[Inline]:
    """Drop the "()" an Arabic footnote text starts with (the marker's brackets, number removed)."""
    if body and isinstance(body[0], Text) and body[0].text.startswith("()"):
        rest = body[0].text[2:].lstrip()
        return ([Text(text=rest)] if rest else []) + body[1:]
    return body


_PUNCTUATION = " ,.;:،؛，。；：、\u00a0"


def tidy(raw: list[Inline], *, cjk: bool = False) -> list[Inline]:
    """One space for any whitespace run, none at the ends, emphasis without outer spaces."""
    out: list[Inline] = []
    for node in raw:
        if isinstance(node, Emphasis | Text | DocumentRef):
            text = _SPACE.sub(" ", node.text)
            if isinstance(node, Emphasis):
                lead, core, trail = _split_space(text)
                if not core.strip(_PUNCTUATION):  # an italic comma after a phrase reads as text
                    _add_text(out, text)
                    continue
                _add_text(out, lead)
                _add_emphasis(out, node.style, core)
                _add_text(out, trail)
            elif isinstance(node, DocumentRef):
                out.append(DocumentRef(text=text.strip(), symbol=node.symbol))
            else:
                _add_text(out, text)
        else:
            out.append(node)
    return _trim(out, cjk)


def _split_space(text: str) -> tuple[str, str, str]:
    core = text.strip(" ")
    lead = " " if text.startswith(" ") and core else ""
    trail = " " if text.endswith(" ") and core else ""
    return lead, core, trail


def _add_emphasis(out: list[Inline], style: EmphasisStyle, text: str) -> None:
    """Emphasis run on from the node before when the UN file split it ("n" + "<sup>o</sup>")."""
    last = out[-1] if out else None
    if isinstance(last, Emphasis) and last.style == style:
        out[-1] = Emphasis(style=style, text=last.text + text)
    else:
        out.append(Emphasis(style=style, text=text))


def _add_text(out: list[Inline], text: str) -> None:
    if not text:
        return
    if out and isinstance(out[-1], Text):
        out[-1] = Text(text=_SPACE.sub(" ", out[-1].text + text))
    else:
        out.append(Text(text=text))


def _trim(out: list[Inline], cjk: bool) -> list[Inline]:
    """Strip the ends, and in Chinese the spaces the pretty-printing left between characters."""
    while out and isinstance(out[0], Text) and not out[0].text.strip():
        out.pop(0)
    while out and isinstance(out[-1], Text) and not out[-1].text.strip():
        out.pop()
    if out and isinstance(out[0], Text):
        out[0] = Text(text=out[0].text.lstrip())
    if out and isinstance(out[-1], Text):
        out[-1] = Text(text=out[-1].text.rstrip())
    if cjk:
        out = [_cjk_node(node, out, i) for i, node in enumerate(out)]
        out = [node for node in out if not isinstance(node, Text) or node.text]
    return out


def _cjk_node(node: Inline, out: list[Inline], i: int) -> Inline:
    """Drop a space whose characters on both sides (across nodes) are Chinese."""
    if not isinstance(node, Text):
        return node
    text = _CJK_GAP.sub("", node.text)
    before, after = _neighbour_char(out, i, -1), _neighbour_char(out, i, 1)
    if text.startswith(" ") and _is_cjk(before) and _is_cjk(text[1:2] or after):
        text = text[1:]
    if text.endswith(" ") and _is_cjk(after) and _is_cjk(text[-2:-1] or before):
        text = text[:-1]
    return Text(text=text)


def _is_cjk(char: str) -> bool:
    return bool(char) and bool(re.match(f"[{_CJK}]", char))


def _neighbour_char(out: list[Inline], i: int, step: int) -> str:
    """The nearest character before/after node i, skipping footnote references."""
    j = i + step
    while 0 <= j < len(out):
        text = getattr(out[j], "text", "")
        if text:
            return str(text[-1] if step < 0 else text[0])
        j += step
    return ""
