"""Runs of a WordprocessingML paragraph to model inlines, for the DOCX reader.

Reads the marks resconv's writer leaves (Leading Phrase, Paragraph Number and Subparagraph Label
character styles, undocs.org links, real and repeated footnote references) and falls back to
plain bold/italic formatting for other Word files.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import unquote

from lxml import etree

from resconv.model import DocumentRef, Emphasis, EmphasisStyle, FootnoteRef, Inline, Link, Text, plain_text
from resconv.recover.inline import is_web_address, join_split_references

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
LABEL_STYLES = {"ParagraphNumber", "SubparagraphLabel"}
# the UN writes Chinese "ch" in its addresses (https://undocs.org/ch/A/RES/75/47)
_UNDOCS = re.compile(
    r"^https?://(?:www\.)?(?:undocs\.org|docs\.un\.org)/(?:(?:ar|ch|zh|en|fr|ru|es)/)?(?P<symbol>.+)$", re.I
)
_OFF = {"0", "false", "off"}


@dataclass
class Notes:
    """Footnote references met so far: id -> marker, in reference order."""

    markers: dict[str, str] = field(default_factory=dict)
    auto_count: int = 0

    def reference(self, note_id: str, custom: str | None) -> str:
        if note_id not in self.markers:
            if custom is None:
                self.auto_count += 1
            self.markers[note_id] = custom if custom is not None else str(self.auto_count)
        return self.markers[note_id]


@dataclass
class Paragraph:
    """What a paragraph holds: its style id, label (number or letter) and inline content."""

    style: str
    label: str | None
    inlines: list[Inline]
    phrase: str
    note_ids: list[str] = field(default_factory=list)
    breaks: set[int] = field(default_factory=set)  # node positions not to merge with the one before
    phrase_state: int = 0  # 0 before the Leading Phrase run, 1 inside it, 2 after
    list_level: int | None = None  # Word list numbering (w:numPr), for files resconv did not write
    list_id: str | None = None  # the numId of that list

    @property
    def text(self) -> str:
        return plain_text(self.inlines)


def _on(element: etree._Element | None) -> bool:
    return element is not None and element.get(f"{W}val", "1").lower() not in _OFF


def _run_style(run: etree._Element) -> tuple[str, bool, bool, bool]:
    """Character style, bold, italic, and whether bold or italic is explicitly switched off."""
    props = run.find(f"{W}rPr")
    if props is None:
        return "", False, False, False
    style = props.find(f"{W}rStyle")
    flags = [props.find(f"{W}{tag}") for tag in ("b", "bCs", "i", "iCs")]
    off = any(f is not None and not _on(f) for f in flags)
    return (
        style.get(f"{W}val", "") if style is not None else "",
        _on(flags[0]) or _on(flags[1]),
        _on(flags[2]) or _on(flags[3]),
        off,
    )


def _run_text(run: etree._Element) -> str:
    out = []
    for child in run:
        tag = child.tag
        if tag == f"{W}t":
            out.append(child.text or "")
        elif tag == f"{W}tab":
            out.append("\t")
        elif tag in (f"{W}br", f"{W}cr"):
            out.append("\n")
        elif tag == f"{W}noBreakHyphen":
            out.append("\u2011")
    return "".join(out)


def _emphasis(bold: bool, italic: bool) -> EmphasisStyle | None:
    if bold and italic:
        return "bold italic"
    return "bold" if bold else "italic" if italic else None


def _runs(container: etree._Element) -> Iterator[tuple[etree._Element, etree._Element | None]]:
    """Runs in order with the hyperlink they sit in; descends into fields and insertions."""
    for child in container:
        tag = child.tag
        if tag == f"{W}r":
            yield child, None
        elif tag == f"{W}hyperlink":
            for run in child.iter(f"{W}r"):
                yield run, child
        elif tag in (
            f"{W}fldSimple",
            f"{W}ins",
            f"{W}smartTag",
            f"{W}sdt",
            f"{W}sdtContent",
            f"{W}customXml",
        ):
            yield from _runs(child)


def resolve_links(root: etree._Element, rels: dict[str, str]) -> None:
    """Store each hyperlink's target URL on the element, so runs can be read without the rels."""
    for link in root.iter(f"{W}hyperlink"):
        rel_id = link.get(R_ID)
        if rel_id and rel_id in rels:
            link.set("target", rels[rel_id])


def read_paragraph(p: etree._Element, notes: Notes, leading_style: EmphasisStyle) -> Paragraph:
    """The paragraph's style, label and inlines; the Leading Phrase run becomes ``phrase``."""
    ppr = p.find(f"{W}pPr")
    pstyle = ppr.find(f"{W}pStyle") if ppr is not None else None
    out = Paragraph(pstyle.get(f"{W}val", "") if pstyle is not None else "", None, [], "")
    level = ppr.find(f"{W}numPr/{W}ilvl") if ppr is not None else None
    if ppr is not None and ppr.find(f"{W}numPr") is not None:
        out.list_level = int(level.get(f"{W}val", "0")) if level is not None else 0
        num_id = ppr.find(f"{W}numPr/{W}numId")
        out.list_id = num_id.get(f"{W}val") if num_id is not None else None
    skip_tab = False
    last_link: etree._Element | None = None
    for run, link in _runs(p):
        rstyle, bold, italic, explicit_off = _run_style(run)
        ref = run.find(f"{W}footnoteReference")
        if ref is not None:
            custom = _run_text(run) if ref.get(f"{W}customMarkFollows") in ("1", "true", "on") else None
            out.note_ids.append(ref.get(f"{W}id", ""))
            out.inlines.append(FootnoteRef(marker=notes.reference(out.note_ids[-1], custom)))
            continue
        if run.find(f"{W}footnoteRef") is not None:
            continue
        if len(run) == 0:  # an empty run: resconv's mark between two model nodes
            out.breaks.add(len(out.inlines))
            continue
        text = _run_text(run)
        if rstyle in LABEL_STYLES and not out.inlines:
            out.label, skip_tab = (out.label or "") + text, True
            continue
        if skip_tab and text.startswith("\t"):
            text = text[1:]
        skip_tab = False
        if text:
            _add_text(
                out, text, rstyle, _emphasis(bold, italic), explicit_off, leading_style, link, last_link
            )
            last_link = link
    out.inlines = merge(out.inlines, out.breaks)
    return out


def _add_text(
    out: Paragraph,
    text: str,
    rstyle: str,
    emphasis: EmphasisStyle | None,
    explicit_off: bool,
    leading_style: EmphasisStyle,
    link: etree._Element | None,
    last_link: etree._Element | None,
) -> None:
    nodes = out.inlines
    if rstyle == "FootnoteReference":
        nodes.append(FootnoteRef(marker=text))
        return
    target = link.get("target") if link is not None else None
    match = _UNDOCS.match(target) if target else None
    if match:
        last = nodes[-1] if nodes else None
        if link is last_link and isinstance(last, DocumentRef):  # Word split one link into runs
            nodes[-1] = DocumentRef(text=last.text + text, symbol=last.symbol)
        else:  # or into links of their own to the same document
            reference = DocumentRef(text=text, symbol=unquote(match.group("symbol")))
            nodes[-2:] = join_split_references([*nodes[-2:], reference])
        return
    if target and is_web_address(target):
        last = nodes[-1] if nodes else None
        if link is last_link and isinstance(last, Link):  # one link split into runs
            nodes[-1] = Link(text=last.text + text, url=last.url)
        else:
            nodes.append(Link(text=text, url=target))
        return
    if rstyle == "LeadingPhrase":
        if not explicit_off:
            emphasis = emphasis or leading_style
        if out.phrase_state < 2:
            out.phrase, out.phrase_state = out.phrase + text, 1
    elif out.phrase_state == 1:
        out.phrase_state = 2
    nodes.append(Emphasis(style=emphasis, text=text) if emphasis else Text(text=text))


def merge(nodes: list[Inline], breaks: set[int] | None = None) -> list[Inline]:
    """Join neighbouring runs of the same kind (Word splits text into runs at will)."""
    out: list[Inline] = []
    for i, node in enumerate(nodes):
        last = out[-1] if out and i not in (breaks or ()) else None
        if isinstance(node, Text) and isinstance(last, Text):
            out[-1] = Text(text=last.text + node.text)
        elif isinstance(node, Emphasis) and isinstance(last, Emphasis) and last.style == node.style:
            out[-1] = Emphasis(style=node.style, text=last.text + node.text)
        else:
            out.append(node)
    return out
