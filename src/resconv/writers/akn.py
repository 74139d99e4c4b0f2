"""Write Akoma Ntoso in the shape of the UN's own AKN4UN files (akn4un.md), strictly valid.

``statement name="resolution"`` (a draft: ``"resolutionDraft"``) > meta, coverPage, preface,
preamble (formula + one container per preambular paragraph, named by its leading phrase),
mainBody (paragraphs with num/content, lists with intro/point/sublist, H23 heading pairs),
conclusions (not in drafts), attachments (annexes).
eIds count the way the UN's do (formula_1, container_2 ..., para_N across preamble and body) and
are unique; the output depends on the model only (no current time unless a timestamp is given).
"""

from __future__ import annotations

import re

from lxml import etree

from resconv.formats import WriteOptions
from resconv.language import LanguageData, language
from resconv.model import (
    Annex,
    Block,
    Emphasis,
    EmphasisStyle,
    Heading,
    Inline,
    OperativeParagraph,
    Resolution,
    Subparagraph,
    Text,
    repeated_headings,
)
from resconv.writers.akn_cover import write_conclusions, write_cover, write_preface
from resconv.writers.akn_inline import A4U, NS, Footnotes, indent, sub, write_inlines
from resconv.writers.akn_meta import identification, write_meta

STYLES: dict[str, EmphasisStyle] = {"italic": "italic", "bold": "bold", "bold italic": "bold italic"}
# statement/@name is free text in the schema; AKN4UN's published files use "resolution", and a
# draft is a "resolutionDraft" (issue 6), so a reader tells the two apart without the masthead.
DOC_NAMES = {"adopted": "resolution", "draft": "resolutionDraft"}
PREAMBULAR_NAME = "preambularParagraph"  # container name when a paragraph has no leading phrase


class _Body:
    """Writes blocks, numbering eIds as the UN files do and keeping them unique."""

    def __init__(self, resolution: Resolution, lang: LanguageData) -> None:
        self.lang = lang
        self.count = 0
        self.used: set[str] = set()
        self.notes = Footnotes(lang, {f.marker: f for f in resolution.footnotes})

    def eid(self, base: str) -> str:
        candidate, n = base, 1
        while candidate in self.used:
            n += 1
            candidate = f"{base}_{n}"
        self.used.add(candidate)
        return candidate

    def next(self, prefix: str) -> str:
        self.count += 1
        return self.eid(f"{prefix}_{self.count}")

    def p(self, parent: etree._Element, nodes: list[Inline]) -> etree._Element:
        p = sub(parent, "p")
        write_inlines(p, nodes, self.notes)
        return p

    # ------------------------------------------------------------------ preamble
    def preamble(self, statement: etree._Element, resolution: Resolution) -> None:
        if not resolution.enacting_formula and not resolution.preamble:
            return
        preamble = sub(statement, "preamble")
        if resolution.enacting_formula:
            formula = sub(preamble, "formula", name="enactingFormula", eId=self.next("formula"))
            self.p(formula, _formula(resolution.enacting_formula, self.lang))
        for para in resolution.preamble:
            name = para.phrase.rstrip(" ,，、،:;：；") or PREAMBULAR_NAME
            container = sub(preamble, "container", name=name, eId=self.next("container"))
            self.p(container, para.text or [Text(text="")])
            if para.subparagraphs:
                self.block_list(container, container.get("eId") or "", para.subparagraphs)

    def block_list(self, parent: etree._Element, base: str, subs: list[Subparagraph]) -> None:
        """Preambular subparagraphs: a ``blockList`` of items (the container holds blocks only)."""
        lst = sub(parent, "blockList", eId=self.eid(f"{base}_list"))
        for item in subs:
            el = sub(lst, "item", eId=self.eid(f"{base}_list_item_{_key(item.label)}"))
            sub(el, "num", item.label)
            self.p(el, item.text)
            if item.subparagraphs:
                self.block_list(el, el.get("eId") or "", item.subparagraphs)

    # ------------------------------------------------------------------ body
    def blocks(self, parent: etree._Element, blocks: list[Block]) -> None:
        for block in blocks:
            if isinstance(block, Heading):
                self.heading(parent, block)
            else:
                self.paragraph(parent, block)

    def heading(self, parent: etree._Element, block: Heading) -> None:
        """A numbered heading as the UN writes it in the body: two H23 paragraphs with a
        ``subheading`` each (numeral, title). Without numeral: one H23 line in bold, the UN's
        annex form, so that it cannot be mistaken for a numeral on import."""
        if block.num:
            sub(sub(parent, "paragraph", eId=self.next("para"), class_="H23"), "subheading", block.num)
            head = sub(sub(parent, "paragraph", eId=self.next("para"), class_="H23"), "subheading")
            write_inlines(head, block.text, self.notes)
            return
        para = sub(parent, "paragraph", eId=self.next("para"), class_="H23")
        span = sub(sub(sub(para, "content", eId=f"{para.get('eId')}__content"), "p"), "span", class_="bold")
        write_inlines(span, _inside_bold(block.text), self.notes)

    def paragraph(self, parent: etree._Element, block: OperativeParagraph) -> None:
        eid = self.next("para")
        para = sub(parent, "paragraph", eId=eid, class_="SingleTxt")
        if block.number is not None:
            sub(para, "num", self.lang.number_label(block.number))
        if not block.subparagraphs:
            self.p(sub(para, "content", eId=f"{eid}__content"), block.text + _wrap(block))
            return
        lst = sub(para, "list", eId=self.eid(f"{eid}_list"))
        self.p(sub(lst, "intro", eId=self.eid(f"{eid}_list_intro")), block.text)
        self.points(lst, f"{eid}_list", block.subparagraphs)
        if block.wrap_up:
            self.p(sub(lst, "wrapUp", eId=self.eid(f"{eid}_list_wrapUp")), block.wrap_up)

    def points(self, lst: etree._Element, base: str, subs: list[Subparagraph]) -> None:
        """Points; a point's own points follow it in a ``sublist`` (the UN's layout)."""
        for item in subs:
            eid = self.eid(f"{base}_point_{_key(item.label)}")
            point = sub(lst, "point", eId=eid)
            sub(point, "num", item.label)
            self.p(sub(point, "content", eId=f"{eid}_content"), item.text)
            if item.subparagraphs:
                sublist = sub(lst, "sublist", eId=self.eid(f"{eid}_sublist"))
                self.points(sublist, f"{eid}_sublist", item.subparagraphs)

    # ------------------------------------------------------------------ annexes
    def annexes(self, statement: etree._Element, resolution: Resolution, options: WriteOptions) -> None:
        if not resolution.annexes:
            return
        attachments = sub(statement, "attachments")
        for annex in resolution.annexes:
            doc = sub(sub(attachments, "attachment"), "doc", name=annex.name or "annex")
            identification(
                sub(doc, "meta"), resolution.meta, self.lang, options, suffix=annex.name or "annex"
            )
            body = sub(doc, "mainBody")
            for line in _extra_headings(annex):
                head = sub(body, "paragraph", eId=self.next("para"), class_="H23")
                content = sub(head, "content", eId=f"{head.get('eId')}__content")
                sub(sub(content, "p"), "span", line, class_="bold")
            self.blocks(body, annex.blocks)
            if not len(body):
                self.p(sub(sub(body, "paragraph", eId=self.next("para")), "content"), [])


def _formula(text: str, lang: LanguageData) -> list[Inline]:
    """ "The General Assembly," -> the phrase emphasised, the comma outside, as the UN writes it."""
    phrase = lang["formula_phrase"]
    if not text.startswith(phrase):
        return [Text(text=text)]
    style: EmphasisStyle = STYLES.get(lang.emphasis, "italic")
    out: list[Inline] = [Emphasis(style=style, text=phrase)]
    rest = text[len(phrase) :]
    return [*out, Text(text=rest)] if rest else out


def _wrap(block: OperativeParagraph) -> list[Inline]:
    return [Text(text=" "), *block.wrap_up] if block.wrap_up else []


def _key(label: str) -> str:
    """ "(a)" -> "a", "(ii)" -> "ii"; an eId-safe key for any label."""
    key = re.sub(r"[^\w]", "", label)
    return key or "x"


def _extra_headings(annex: Annex) -> list[str]:
    """Annex heading lines not already written as the annex's first heading blocks."""
    return [] if repeated_headings(annex) == len(annex.headings) else annex.headings


def write(resolution: Resolution, *, options: WriteOptions) -> bytes:
    """The resolution as AKN4UN XML (UTF-8, with declaration)."""
    lang = language(resolution.meta.language)
    nsmap = {None: NS, "akn4un": A4U}
    root = etree.Element(f"{{{NS}}}akomaNtoso", nsmap=nsmap)  # type: ignore[arg-type]  # default ns key
    statement = sub(root, "statement", name=DOC_NAMES[resolution.meta.stage])
    write_meta(statement, resolution.meta, lang, options)
    write_cover(statement, resolution.meta, lang)
    write_preface(statement, resolution.meta)
    body = _Body(resolution, lang)
    body.preamble(statement, resolution)
    main = sub(statement, "mainBody")
    body.blocks(main, resolution.operative)
    if not len(main):
        body.p(sub(sub(main, "paragraph", eId=body.next("para")), "content"), [])
    write_conclusions(statement, resolution.meta, lang)
    body.annexes(statement, resolution, options)
    indent(root)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8")) + b"\n"


def _inside_bold(inlines: list[Inline]) -> list[Inline]:
    """Inline content for a bold span: its own bold goes (no bold span inside a bold span)."""
    out: list[Inline] = []
    for node in inlines:
        if isinstance(node, Emphasis) and node.style == "bold":
            node = Text(text=node.text)
        elif isinstance(node, Emphasis) and node.style == "bold italic":
            node = Emphasis(style="italic", text=node.text)
        out.append(node)
    return out
