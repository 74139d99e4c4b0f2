"""WordprocessingML primitives written as text, in schema order.

python-docx has no API for w:bidi, East Asian font hints, footnotes or fields, and building the
XML as strings is several times faster than an object tree; these helpers keep the element order
the schema (ECMA-376 CT_PPr, CT_RPr) requires so Word opens the file without repair.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NAMESPACES = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}"'

_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")


def esc(text: str) -> str:
    """Text safe for an XML attribute or element (characters XML 1.0 forbids removed)."""
    if _INVALID.search(text):
        text = _INVALID.sub("", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


@dataclass(frozen=True)
class RunStyle:
    """Run formatting: a character style plus direct bold/italic/size and script flags."""

    style: str = ""
    bold: bool = False
    italic: bool = False
    size: float | None = None
    rtl_script: bool = False  # Arabic document: mark Arabic runs w:rtl
    east_asian: bool = False  # Chinese document: w:hint="eastAsia"
    plain: bool = False  # bold and italic explicitly off (overrides the character style)


def run_props(rs: RunStyle, text: str = "") -> str:
    """A w:rPr in schema order (rStyle, rFonts, b, bCs, i, iCs, sz, szCs, rtl)."""
    out = []
    if rs.style:
        out.append(f'<w:rStyle w:val="{rs.style}"/>')
    if rs.east_asian:
        out.append('<w:rFonts w:hint="eastAsia"/>')
    if rs.plain:
        out.append('<w:b w:val="0"/><w:bCs w:val="0"/><w:i w:val="0"/><w:iCs w:val="0"/>')
    if rs.bold:
        out.append("<w:b/><w:bCs/>")
    if rs.italic:
        out.append("<w:i/><w:iCs/>")
    if rs.size is not None:
        half = round(rs.size * 2)
        out.append(f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>')
    if rs.rtl_script and ARABIC.search(text):
        out.append("<w:rtl/>")
    return f"<w:rPr>{''.join(out)}</w:rPr>" if out else ""


def text_elements(text: str) -> str:
    """w:t elements for ``text``, tabs as w:tab and line feeds as w:br."""
    if "\n" not in text and "\t" not in text:
        return f'<w:t xml:space="preserve">{esc(text)}</w:t>' if text else ""
    out = []
    for i, line in enumerate(text.split("\n")):
        if i:
            out.append("<w:br/>")
        for j, piece in enumerate(line.split("\t")):
            if j:
                out.append("<w:tab/>")
            if piece:
                out.append(f'<w:t xml:space="preserve">{esc(piece)}</w:t>')
    return "".join(out)


def run(text: str, rs: RunStyle = RunStyle()) -> str:
    """One run of text."""
    return f"<w:r>{run_props(rs, text)}{text_elements(text)}</w:r>"


def tab_run() -> str:
    return "<w:r><w:tab/></w:r>"


def field(instruction: str, shown: str, rs: RunStyle = RunStyle()) -> str:
    """A simple field (PAGE, NUMPAGES) with its cached result, so Word keeps numbers right."""
    return f'<w:fldSimple w:instr=" {instruction} ">{run(shown, rs)}</w:fldSimple>'


def hyperlink(rel_id: str, inner_runs: str) -> str:
    return f'<w:hyperlink r:id="{rel_id}" w:history="1">{inner_runs}</w:hyperlink>'


def footnote_reference(
    note_id: int, custom_mark: str | None, rs: RunStyle, *, superscript: bool = True
) -> str:
    """A footnote reference run; ``custom_mark`` prints that mark instead of the automatic number."""
    props = run_props(RunStyle(style="FootnoteReference" if superscript else "", rtl_script=False))
    if custom_mark is None:
        return f'<w:r>{props}<w:footnoteReference w:id="{note_id}"/></w:r>'
    return (
        f'<w:r>{props}<w:footnoteReference w:customMarkFollows="1" w:id="{note_id}"/>'
        f"{text_elements(custom_mark)}</w:r>"
    )


EMU_PER_POINT = 12700
_DRAWING = "http://schemas.openxmlformats.org/drawingml/2006"


def picture(rel_id: str, width_pt: float, height_pt: float, picture_id: int, description: str) -> str:
    """A run holding an inline picture (DrawingML), the image part being ``rel_id`` of its part."""
    cx, cy = round(width_pt * EMU_PER_POINT), round(height_pt * EMU_PER_POINT)
    name = esc(description)
    return (
        "<w:r><w:drawing>"
        f'<wp:inline xmlns:wp="{_DRAWING}/wordprocessingDrawing" distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="{picture_id}" name="{name}" descr="{name}"/>'
        f'<a:graphic xmlns:a="{_DRAWING}/main"><a:graphicData uri="{_DRAWING}/picture">'
        f'<pic:pic xmlns:pic="{_DRAWING}/picture"><pic:nvPicPr><pic:cNvPr id="{picture_id}" name="{name}"/>'
        f'<pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="{rel_id}"/><a:stretch><a:fillRect/>'
        f'</a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/>'
        '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )


def paragraph(style: str, content: str, *, head: str = "", tail: str = "", rtl: bool = False) -> str:
    """A styled paragraph; ``head`` pPr children precede w:bidi (pBdr, tabs), ``tail`` follow it (ind, jc)."""
    bidi = "<w:bidi/>" if rtl else ""
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{head}{bidi}{tail}</w:pPr>{content}</w:p>'


def bottom_border(size_eighths: int) -> str:
    """A pBdr drawing a rule under the paragraph (goes in ``head``)."""
    return f'<w:pBdr><w:bottom w:val="single" w:sz="{size_eighths}" w:space="1" w:color="auto"/></w:pBdr>'


def table(columns: list[int], rows: list[str], *, rtl: bool) -> str:
    """A borderless fixed-layout table; ``rtl`` mirrors the column order (w:bidiVisual)."""
    bidi = "<w:bidiVisual/>" if rtl else ""
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in columns)
    return (
        f'<w:tbl><w:tblPr>{bidi}<w:tblW w:w="{sum(columns)}" w:type="dxa"/>'
        '<w:tblInd w:w="0" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
        '<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>'
        '<w:tblLook w:val="0000"/></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
    )


def table_row(cells: list[str], *, height: int | None = None, exact: bool = False) -> str:
    rule = "exact" if exact else "atLeast"
    tr_pr = f'<w:trPr><w:trHeight w:val="{height}" w:hRule="{rule}"/></w:trPr>' if height else ""
    return f"<w:tr>{tr_pr}{''.join(cells)}</w:tr>"


def table_cell(width: int, content: str, *, bottom_rule: int = 0, valign: str = "top") -> str:
    """A cell; ``bottom_rule`` is a bottom border width in eighths of a point (0 for none)."""
    border = (
        f'<w:tcBorders><w:bottom w:val="single" w:sz="{bottom_rule}" w:space="0" w:color="auto"/>'
        "</w:tcBorders>"
        if bottom_rule
        else ""
    )
    body = content or "<w:p/>"
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{border}<w:vAlign w:val="{valign}"/></w:tcPr>'
        f"{body}</w:tc>"
    )
