"""DOCX import: resconv's own DOCX back to the same model, and best effort on similar Word files.

The body is read from the paragraphs, by the style ids resconv writes (Preambular Paragraph,
Operative Paragraph, Subparagraph 1-3, Section Heading, Annex Heading ...) and, for other files,
from the text (numbers, "(a)" labels, the enacting formula). Facts a page does not print exactly
(committee key, vote, report symbols) come from the ``resconv.meta`` custom property when present,
else from the masthead text.
"""

from __future__ import annotations

import re

from lxml import etree

from resconv.errors import Diagnostics, InputError
from resconv.formats import ReadOptions
from resconv.language import LanguageData, language
from resconv.model import (
    LANGUAGES,
    Annex,
    Emphasis,
    Footnote,
    FootnoteRef,
    Heading,
    Inline,
    Meta,
    OperativeParagraph,
    PreambularParagraph,
    Resolution,
    Subparagraph,
    Text,
    heading_line,
)
from resconv.readers.docx_numbering import ListNumbering, first_footnote_number, read_numbering
from resconv.readers.docx_parts import open_parts, part_rels, part_xml
from resconv.readers.docx_properties import (
    apply_to_annexes,
    custom_properties,
    in_recorded_order,
    recorded_meta,
)
from resconv.readers.docx_runs import R_ID, Notes, Paragraph, W, read_paragraph, resolve_links
from resconv.sessions import parse_session

_SUB_LABEL = re.compile(r"^\s*(\(?[a-z]{1,2}\)|\(?[ivxl]+\)|\([\u0621-\u064a]{1,3}\)|[\u3220-\u3229])\s+")
_MASTHEAD_SYMBOL = re.compile(r"A/(?:RES/)?[A-Z0-9./-]+")
_SYMBOL_AT_END = re.compile(r"\sA/(?:RES/)?[A-Z0-9./-]*\d[A-Z0-9./-]*$")
_FIRST_PAGE_STYLES = {
    "UNOrganization",
    "UNSymbol",
    "UNOrgan",
    "UNDistribution",
    "UNSession",
    "UNCommitteeLine",
    "UNAgendaItem",
    "UNAgendaTitle",
    "UNAdoptionHeading",
    "UNReportLine",
    "UNSponsors",
}


def read(data: bytes, *, options: ReadOptions, diagnostics: Diagnostics) -> Resolution:
    """A resolution from a .docx file."""
    parts = open_parts(data, options.max_bytes, diagnostics.file)
    document = part_xml(parts, "word/document.xml")
    if document is None:
        raise InputError("not a Word document: word/document.xml is missing", file=diagnostics.file)
    rels = part_rels(parts, "word/_rels/document.xml.rels")
    resolve_links(document, rels)
    custom = custom_properties(part_xml(parts, "docProps/custom.xml"))
    meta = recorded_meta(custom)
    code = meta.language if meta else _language(parts, document, options)
    lang = language(code)
    notes = Notes(auto_count=first_footnote_number(document, part_xml(parts, "word/settings.xml")) - 1)
    builder = _Builder(lang, notes, read_numbering(part_xml(parts, "word/numbering.xml")))
    body = document.find(f"{W}body")
    for p in [*_first_page_header(parts, document, rels), *(body.iter(f"{W}p") if body is not None else ())]:
        builder.add(read_paragraph(p, builder.notes, lang.emphasis))  # type: ignore[arg-type]
    footnotes = in_recorded_order(_footnotes(parts, builder, lang), custom)
    if meta is None:
        meta = _masthead_meta(builder, lang, diagnostics)
    if builder.formulas_again:
        diagnostics.warn(
            "the enacting formula again: if this Word file holds several resolutions of a publication "
            "(A/RES/75/101 A-B), they are read as one; resconv reads the parts from its text or Markdown"
        )
    apply_to_annexes(builder.annexes, custom)
    return Resolution(
        meta=meta,
        enacting_formula=builder.formula,
        preamble=builder.preamble,
        operative=builder.operative,
        footnotes=footnotes,
        annexes=builder.annexes,
    )


# ------------------------------------------------------------------------- package
def _first_page_header(
    parts: dict[str, bytes], document: etree._Element, rels: dict[str, str]
) -> list[etree._Element]:
    """Paragraphs of the first-page header, where the masthead lives."""
    for ref in document.iter(f"{W}headerReference"):
        if ref.get(f"{W}type") == "first":
            target = rels.get(ref.get(R_ID, ""), "")
            root = part_xml(parts, "word/" + target.lstrip("/").removeprefix("word/"))
            return list(root.iter(f"{W}p")) if root is not None else []
    return []


def _language(parts: dict[str, bytes], document: etree._Element, options: ReadOptions) -> str:
    """The option, else the script of the text (ar, zh, ru), else the language tags, else English."""
    if options.language in LANGUAGES:
        return options.language
    text = "".join(t.text or "" for t in document.iter(f"{W}t"))
    for code, pattern in (("ar", "[\u0600-\u06ff]"), ("zh", "[\u4e00-\u9fff]"), ("ru", "[\u0400-\u04ff]")):
        if len(re.findall(pattern, text)) > len(text) // 10:
            return code
    tags = re.findall(
        rb'<dc:language>(\w\w)|w:val="(\w\w)-',
        parts.get("docProps/core.xml", b"") + parts.get("word/styles.xml", b""),
    )
    for pair in tags:
        code = bytes(pair[0] or pair[1]).decode().lower()
        if code in LANGUAGES:
            return code
    return "en"


# ------------------------------------------------------------------------- body
class _Builder:
    """Collects paragraphs into the model's structure as they come."""

    def __init__(self, lang: LanguageData, notes: Notes, numbering: ListNumbering) -> None:
        self.lang, self.notes, self.numbering = lang, notes, numbering
        self.formula = ""
        self.formulas_again = 0
        self.preamble: list[PreambularParagraph] = []
        self.operative: list[OperativeParagraph | Heading] = []
        self.annexes: list[Annex] = []
        self.first_page: list[Paragraph] = []
        self.closing: list[str] = []
        self.sponsor_notes: list[str] = []
        self.title: Paragraph | None = None
        self.part_lines: list[str] = []
        self._container: PreambularParagraph | OperativeParagraph | None = None
        self._subs: list[Subparagraph] = []
        self._last_style = ""
        self._list_count = 0
        meeting = (
            re.escape(lang["meeting"])
            .replace(re.escape("{ordinal}"), r"\d+\S*")
            .replace(re.escape("{n}"), r"\d+")
        )
        self._meeting = re.compile(meeting)
        prefix, _, suffix = lang["number_format"].partition("{number}")
        self._number = re.compile(
            rf"^\s*{re.escape(prefix.strip())}\s*(\d+)\s*{re.escape(suffix.strip())}\s+"
        )

    def _blocks(self) -> list[OperativeParagraph | Heading]:
        return self.annexes[-1].blocks if self.annexes else self.operative

    def add(self, para: Paragraph) -> None:
        """File one paragraph; paragraphs in styles resconv does not write are guessed from the text."""
        known = para.style in _FIRST_PAGE_STYLES or hasattr(self, f"_on_{para.style}")
        style = para.style = para.style if known else self._guess(para)
        handler = getattr(self, f"_on_{style}", None)
        if style in _FIRST_PAGE_STYLES:
            self.first_page.append(para)
            if style == "UNSponsors":
                self.sponsor_notes += para.note_ids
        elif handler is not None:
            handler(para)
        elif para.inlines:
            self._guessed(para)
        self._last_style = style

    def _guess(self, para: Paragraph) -> str:
        """A style id for a paragraph of another Word file, from its text and position."""
        text = para.text.strip()
        if not text:
            return ""
        if text == self.lang["enacting_formula"]:
            return "EnactingFormula"
        if self.formula:
            return "guess"
        return self._guess_first_page(para, text)

    def _guess_first_page(self, para: Paragraph, text: str) -> str:
        """Masthead lines of another Word file: title, adoption heading, report and agenda lines."""
        lang = self.lang
        title = re.match(r"^(\d+/\d+(?: [A-Z])?)\.\s+(.+)$", text)
        if title and self.title is None:
            para.label = title.group(1) + "."
            para.inlines = [Text(text=title.group(2))]
            return "ResolutionTitle"
        heading = lang["adoption_heading"].split("{", 1)[0].strip()
        if heading and text.startswith(heading) and lang.parse_date(text):
            return "UNAdoptionHeading"
        if text.startswith("[") and text.endswith("]"):
            return "UNReportLine"
        if text.startswith(lang["agenda_item"].split("{", 1)[0].strip() or "\0"):
            return "UNAgendaItem"
        if _MASTHEAD_SYMBOL.fullmatch(text.replace(" ", "")) or _SYMBOL_AT_END.search(text):
            return "UNSymbol"  # "A/RES/80/99", or "United Nations A/RES/80/99" on one line
        return "UNSession" if parse_session(text, lang.code) else ""

    def _guessed(self, para: Paragraph) -> None:
        if not self.formula:
            return
        if para.list_level is not None:
            self._list_item(para)
            return
        first = para.inlines[0] if para.inlines else None
        lead = first.text if isinstance(first, Text) else ""
        match = self._number.match(lead) or _SUB_LABEL.match(lead)
        if match:
            rest = (
                [Text(text=lead[match.end() :]), *para.inlines[1:]]
                if lead[match.end() :]
                else para.inlines[1:]
            )
            self._labelled(match.group(0).strip(), rest)
        elif self.operative and (self.lang.parse_date(para.text) or self._meeting.search(para.text)):
            self.closing.append(para.text)  # closing meeting and date lines
        elif not self.operative:
            phrase = first.text if isinstance(first, Emphasis) else ""
            self._on_PreambularParagraph(Paragraph("", None, para.inlines, phrase))

    def _labelled(self, label: str, inlines: list[Inline]) -> None:
        """A paragraph whose label was printed or numbered by Word: "2." operative, "(a)" a
        subparagraph, "(i)" one of the second level under a lettered one."""
        number = self._number.match(label + " ")
        phrase = inlines[0].text if inlines and isinstance(inlines[0], Emphasis) else ""
        if number:
            self._on_OperativeParagraph(Paragraph("", number.group(1), list(inlines), phrase))
            return
        para = Paragraph("", label, list(inlines), "")
        self._subparagraph(para, self._sub_level(label))

    def _sub_level(self, label: str) -> int:
        """2 for a roman label under a lettered subparagraph ("(i)" after "(c)", not after "(h)")."""
        core = label.strip("()").strip()
        under = self._subs[0].label.strip("()").strip() if self._subs else ""
        roman = bool(core) and set(core) <= set("ivxl")
        letter_after = len(core) == 1 and len(under) == 1 and ord(core) == ord(under) + 1
        return 2 if roman and under and not set(under) <= set("ivxl") and not letter_after else 1

    def _list_item(self, para: Paragraph) -> None:
        """A paragraph numbered by Word's list numbering: its label as Word prints it, from the
        list definitions; failing that, operative (level 0) or subparagraph by level."""
        label = self.numbering.label(para.list_id, para.list_level or 0) if para.list_id else None
        if label and (self._number.match(label + " ") or _SUB_LABEL.match(label + " ")):
            self._labelled(label, para.inlines)
            return
        first = para.inlines[0] if para.inlines else None
        phrase = first.text if isinstance(first, Emphasis) else ""
        if para.list_level == 0:
            self._list_count += 1
            self._on_OperativeParagraph(Paragraph("", str(self._list_count), para.inlines, phrase))
            return
        letters = self.lang.strings.get("letters") or [chr(ord("a") + i) for i in range(26)]
        level = min(para.list_level or 1, 3)
        siblings = (
            self._subs[level - 2].subparagraphs
            if level > 1 and len(self._subs) >= level - 1
            else self._container.subparagraphs
            if self._container
            else []
        )
        letter = letters[len(siblings) % len(letters)]
        label = self.lang["subparagraph_label"].format(letter=letter)
        self._subparagraph(Paragraph("", label, para.inlines, ""), level)

    def _on_ResolutionTitle(self, para: Paragraph) -> None:
        if self.title is None:
            self.title = para
        elif not para.label:
            self.part_lines.append(para.text.strip())  # a lettered part's letter and own title

    def _on_EnactingFormula(self, para: Paragraph) -> None:
        if self.formula:  # again: another resolution of a publication (A/RES/75/101 A-B) may begin
            self.formulas_again += 1
            return
        self.formula = para.text

    def _on_PreambularParagraph(self, para: Paragraph) -> None:
        self._container = PreambularParagraph(phrase=para.phrase, text=para.inlines)
        self._subs = []
        self.preamble.append(self._container)

    def _on_OperativeParagraph(self, para: Paragraph) -> None:
        number = None
        if para.label is not None:
            match = self._number.match(para.label + " ")
            number = match.group(1) if match else para.label.strip()
        self._container = OperativeParagraph(number=number, phrase=para.phrase, text=para.inlines)
        self._subs = []
        self._blocks().append(self._container)

    def _on_OperativeContinuation(self, para: Paragraph) -> None:
        if isinstance(self._container, OperativeParagraph):
            self._container.wrap_up = para.inlines

    def _subparagraph(self, para: Paragraph, level: int) -> None:
        sub = Subparagraph(label=(para.label or "").strip(), text=para.inlines)
        if self._container is None:
            self._on_PreambularParagraph(Paragraph("", None, [], ""))
        assert self._container is not None
        del self._subs[level - 1 :]
        parent = self._subs[-1].subparagraphs if self._subs else self._container.subparagraphs
        parent.append(sub)
        self._subs.append(sub)

    def _on_Subparagraph1(self, para: Paragraph) -> None:
        self._subparagraph(para, 1)

    def _on_Subparagraph2(self, para: Paragraph) -> None:
        self._subparagraph(para, 2)

    def _on_Subparagraph3(self, para: Paragraph) -> None:
        self._subparagraph(para, len(self._subs) + 1 if len(self._subs) >= 3 else 3)

    def _on_SectionHeading(self, para: Paragraph) -> None:
        self._blocks().append(_heading(para))
        self._container = None

    def _on_ClosingLine(self, para: Paragraph) -> None:
        self.closing.append(para.text)

    def _on_AnnexHeading(self, para: Paragraph) -> None:
        if self._last_style != "AnnexHeading":
            self.annexes.append(Annex())
            self._container = None
        if para.text:  # a heading line, and a heading block, as the other readers give both
            heading = _heading(para)
            self.annexes[-1].headings.append(heading_line(heading))
            self.annexes[-1].blocks.append(heading)


def _heading(para: Paragraph) -> Heading:
    """A heading paragraph: a numeral, a line break, the title ("I" / "Budget"), or a title."""
    num, text = "", para.inlines
    first = text[0] if text else None
    if isinstance(first, Text) and "\n" in first.text:
        num, _, rest = first.text.partition("\n")
        text = [Text(text=rest), *text[1:]] if rest else text[1:]
    return Heading(num=num, text=text)


def _footnotes(parts: dict[str, bytes], builder: _Builder, lang: LanguageData) -> list[Footnote]:
    """Referenced footnotes in the order of the footnotes part, sponsors note left out."""
    root = part_xml(parts, "word/footnotes.xml")
    if root is None:
        return []
    resolve_links(root, part_rels(parts, "word/_rels/footnotes.xml.rels"))
    out = []
    for note in root.iter(f"{W}footnote"):
        note_id = note.get(f"{W}id", "")
        if note_id not in builder.notes.markers or note_id in builder.sponsor_notes:
            continue
        paragraphs = [read_paragraph(p, Notes(), lang.emphasis) for p in note.iter(f"{W}p")]  # type: ignore[arg-type]
        inlines: list[Inline] = []
        for i, para in enumerate(paragraphs):
            if i:
                inlines.append(Text(text="\n"))
            inlines.extend(para.inlines)
        if inlines and isinstance(inlines[0], FootnoteRef):  # a custom mark printed in the note
            inlines = inlines[1:]
        if inlines and isinstance(inlines[0], Text) and inlines[0].text.startswith("\t"):
            inlines[0] = Text(text=inlines[0].text[1:])
            inlines = [n for n in inlines if not (isinstance(n, Text) and not n.text)]
        out.append(Footnote(marker=builder.notes.markers[note_id], text=inlines))
    return out


def _masthead_meta(builder: _Builder, lang: LanguageData, diagnostics: Diagnostics) -> Meta:
    """Best-effort metadata from the printed first page, for files without resconv's property."""
    from resconv.readers.docx_masthead import masthead_meta

    return masthead_meta(
        builder.first_page, builder.title, builder.closing, lang, diagnostics, builder.part_lines
    )
