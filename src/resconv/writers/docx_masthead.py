"""First-page masthead and the running headers and footers of the DOCX writer.

The masthead is a borderless table (mirrored by w:bidiVisual in Arabic) so it survives editing;
headers alternate sides on even and odd pages and page numbers are PAGE/NUMPAGES fields.
Every string comes from the language data, never from this module.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from resconv.writers.docx_inline import SPONSORS_NOTE_ID, SPONSORS_NOTE_MARK, Context
from resconv.writers.docx_xml import (
    ARABIC,
    NAMESPACES,
    RunStyle,
    field,
    footnote_reference,
    paragraph,
    picture,
    run,
    tab_run,
    table,
    table_cell,
    table_row,
)
from resconv.writers.page_codes import barcode_png, document_url, job_digits, qr_png

XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
FIRST_FOOTER = "footer3.xml"  # the part the first page's pictures are related from


def session_line(ctx: Context) -> str:
    """The session line ("Seventy-fifth session")."""
    return ctx.lang.session_line(ctx.model.meta.session, ctx.model.meta.session_kind)


def _symbol_runs(ctx: Context) -> str:
    symbol = ctx.model.meta.symbol
    if not symbol:
        return ""
    return ctx.text(symbol[0], "SymbolInitial") + ctx.text(symbol[1:])


def _right_column(ctx: Context) -> str:
    meta, lang = ctx.model.meta, ctx.lang
    limited = meta.distribution == "limited" or meta.stage == "draft"
    lines = [lang["distribution_limited" if limited else "distribution_general"]]
    if meta.issued_on:
        lines.append(lang.format_issue_date(meta.issued_on))
    first = int(ctx.tpl.paragraph("UNDistribution").get("first_before", 0))
    out = "".join(
        ctx.para(
            "UNDistribution",
            ctx.text(line),
            tail=f'<w:spacing w:before="{first}"/>' if i == 0 else "",
            latin_ltr=True,
        )
        for i, line in enumerate(lines)
    )
    if meta.original_language:
        names = lang.strings.get("language_names", {})
        original = lang["original"].format(language=names.get(meta.original_language, meta.original_language))
        out += ctx.para("UNDistribution", "") + ctx.para("UNDistribution", ctx.text(original), latin_ltr=True)
    return out


def masthead(ctx: Context) -> str:
    """The top of page 1: organisation, symbol, organ and distribution between two rules."""
    widths = [int(w) for w in ctx.tpl.page["masthead_columns"]]
    widths[1] += ctx.tpl.text_width(ctx.paper) - sum(widths)  # A4 is narrower than Letter
    lang = ctx.lang
    top = table_row(
        [
            table_cell(widths[0], "", bottom_rule=4, valign="bottom"),
            table_cell(
                widths[1],
                ctx.para("UNOrganization", ctx.text(lang["organization"])),
                bottom_rule=4,
                valign="bottom",
            ),
            table_cell(
                widths[2],
                ctx.para("UNSymbol", _symbol_runs(ctx), latin_ltr=True),
                bottom_rule=4,
                valign="bottom",
            ),
        ]
    )
    band = table_row(
        [
            table_cell(widths[0], "", bottom_rule=12),  # the emblem slot, empty: its use is restricted
            table_cell(widths[1], ctx.para("UNOrgan", ctx.text(lang["organ"])), bottom_rule=12),
            table_cell(widths[2], _right_column(ctx), bottom_rule=12),
        ],
        height=ctx.tpl.geometry("masthead_height"),
    )
    return table(widths, [top, band], rtl=ctx.rtl)


def agenda_block(ctx: Context) -> str:
    """Session, committee line (drafts), agenda item numbers and titles at the left margin."""
    meta, lang = ctx.model.meta, ctx.lang
    out = []
    session = session_line(ctx)
    if session:
        out.append(ctx.para("UNSession", ctx.text(session)))
    if meta.stage == "draft" and meta.committee and meta.committee != "noMainCommittee":
        out.append(ctx.para("UNCommitteeLine", ctx.text(lang.committee_line(meta.committee))))
    items = meta.agenda_items
    if items:
        line = lang.agenda_line([item.number for item in items])
        out.append(ctx.para("UNAgendaItem", ctx.text(line)))
        out.extend(ctx.para("UNAgendaTitle", ctx.text(item.title)) for item in items if item.title)
    return "".join(out)


def sponsors_line(ctx: Context) -> str:
    """ "<Sponsors>:* draft resolution", the asterisk pointing at the sponsors note."""
    meta = ctx.model.meta
    sponsors = ctx.lang.join_and(meta.sponsors)
    line = ctx.lang["draft_resolution"].format(sponsors="\x00")
    before, after = line.split("\x00", 1)
    punct = re.match(r"[^\s\w]*", after)
    cut = punct.end() if punct else 0
    runs = ctx.text(before + sponsors + after[:cut])
    if meta.sponsors_note:
        note_id = SPONSORS_NOTE_ID  # first in the footnotes part: LibreOffice pairs notes by order
        runs += footnote_reference(note_id, SPONSORS_NOTE_MARK, RunStyle(), superscript=False)
        ctx.footnote(note_id, SPONSORS_NOTE_MARK, ctx.text(meta.sponsors_note))
    return ctx.para("UNSponsors", runs + ctx.text(after[cut:]))


def adoption_block(ctx: Context) -> str:
    """Adoption heading and "[on the report of ...]" line of an adopted resolution."""
    meta, lang = ctx.model.meta, ctx.lang
    out = []
    if meta.adopted_on:
        heading = lang["adoption_heading"].format(date=lang.format_date(meta.adopted_on))
        out.append(ctx.para("UNAdoptionHeading", ctx.text(heading)))
    if meta.reports:
        out.append(ctx.para("UNReportLine", _report_runs(ctx)))
    return "".join(out)


def _report_runs(ctx: Context) -> str:
    meta, lang = ctx.model.meta, ctx.lang
    italic = ctx.rs(italic=lang.masthead_italic)
    pieces: list[str] = []
    for i, report in enumerate(meta.reports):
        if i:
            pieces.append(run(f" {lang['and']} ", italic))
        text = lang["report_paragraph"].format(symbol="\x00", paragraph=report.paragraph)
        if report.paragraph is None:
            text = "\x00"
        before, after = text.split("\x00", 1)
        pieces.append(
            run(before, italic) + ctx.link(report.symbol, report.symbol, italic) + run(after, italic)
        )
    committee = meta.committee
    if committee and committee != "noMainCommittee":
        template = lang["report_line"].format(committee=lang.committee_name(committee), report="\x00")
    else:
        template = lang["without_committee"].format(document="\x00")
    before, after = template.split("\x00", 1)
    return _bracketed(ctx, before, italic) + "".join(pieces) + _bracketed(ctx, after, italic)


def _bracketed(ctx: Context, text: str, italic: RunStyle) -> str:
    """Brackets roman, words italic, as printed."""
    out = []
    for piece in re.split(r"([\[\]])", text):
        if piece:
            out.append(ctx.text(piece) if piece in "[]" else run(piece, italic))
    return "".join(out)


# ------------------------------------------------------------------------- headers and footers
def _part(root: str, body: str) -> str:
    return f"{XML_HEAD}<w:{root} {NAMESPACES}>{body}</w:{root}>"


def _visual(ctx: Context, style: str, content: str, side: str) -> str:
    """A paragraph placed on a visual ``side`` whatever its direction (Arabic or Latin text)."""
    rtl_text = ctx.rtl and ARABIC.search(content) is not None
    if ctx.rtl:  # mirror the page: what is left in English is right in Arabic
        side = {"left": "right", "right": "left"}.get(side, side)
    jc = {"left": "right", "right": "left"}.get(side, side) if rtl_text else side
    direction = "<w:bidi/>" if rtl_text else '<w:bidi w:val="0"/>' if ctx.rtl else ""
    return paragraph(style, content, tail=f'{direction}<w:jc w:val="{jc}"/>')


def running_header(ctx: Context, even: bool) -> str:
    """Symbol and short title on alternating sides (mirrored in Arabic); drafts: the symbol only."""
    meta = ctx.model.meta
    width = ctx.tpl.text_width(ctx.paper)
    title_text = "" if meta.stage == "draft" else ctx.lang.short_title(meta.title)
    symbol_side, title_side = ("left", "right") if even else ("right", "left")
    title_width = width * 9 // 20  # a long title takes two lines, as printed
    cells = [
        (width - title_width, _visual(ctx, "Header", ctx.text(meta.symbol), symbol_side)),
        (title_width, _visual(ctx, "Header", ctx.text(title_text), title_side)),
    ]
    if (symbol_side == "right") != ctx.rtl:  # the symbol's cell sits on its side of the page
        cells.reverse()
    if ctx.rtl:  # a right-to-left table lists its cells from the right (w:bidiVisual)
        cells.reverse()
    row = table_row([table_cell(w, c, bottom_rule=2, valign="bottom") for w, c in cells])
    return _part("hdr", table([w for w, _ in cells], [row], rtl=ctx.rtl) + paragraph("Header", ""))


def _job_short(job: str) -> str:
    return re.sub(r"\s*\([A-Z]\)\s*$", "", job)


def running_footer(ctx: Context, even: bool) -> str:
    """ "n/N" bold on the outer side, the job number (no language letter) on the inner side."""
    width = ctx.tpl.text_width(ctx.paper)
    bold = RunStyle(bold=True)
    number = field("PAGE", "2", bold) + run("/", bold) + field("NUMPAGES", "2", bold)
    job = run(_job_short(ctx.model.meta.job_number), RunStyle("JobNumberSmall"))
    number_left = even != ctx.rtl  # Arabic pages are mirrored
    content = number + tab_run() + job if number_left else job + tab_run() + number
    tabs = f'<w:tabs><w:tab w:val="right" w:pos="{width}"/></w:tabs>'
    direction = '<w:bidi w:val="0"/>' if ctx.rtl else ""
    return _part("ftr", paragraph("Footer", content, head=tabs, tail=f'{direction}<w:jc w:val="left"/>'))


def first_footer(ctx: Context) -> str:
    """Page 1, as on A/RES/80/40: the job number with its language letter over its barcode at the
    start; "Please recycle", the recycling logo and the QR code that opens the document at the end.
    A two-cell table, both cells bottom-aligned, so the QR code rises beside the job number."""
    width = ctx.tpl.text_width(ctx.paper)
    barcode_width = ctx.tpl.page_marks.get("barcode_pt", [101, 12])[0]
    start = round(barcode_width * 20) + 400  # twips: the barcode and a margin; the rest for the end cell
    # a right-to-left table (w:bidiVisual) puts its first cell on the right: the start side
    cells = [(start, _job_and_barcode(ctx)), (width - start, _recycle_and_qr(ctx))]
    row = table_row([table_cell(w, c, valign="bottom") for w, c in cells])
    return _part("ftr", table([w for w, _ in cells], [row], rtl=ctx.rtl) + paragraph("Footer", ""))


def _job_and_barcode(ctx: Context) -> str:
    meta = ctx.model.meta
    out = ctx.para("Footer", ctx.text(meta.job_number, size=10) if meta.job_number else "", latin_ltr=True)
    bars = barcode_png(meta)
    if bars is not None:
        width, height = ctx.tpl.page_marks.get("barcode_pt", [101, 12])
        bar_code = _picture(ctx, "barcode", bars, (width, height), f"Barcode {job_digits(meta)}")
        out += ctx.para("Footer", bar_code, latin_ltr=True)
    return out


def _recycle_and_qr(ctx: Context) -> str:
    marks = ctx.tpl.page_marks
    content = ctx.text(ctx.lang["please_recycle"], bold=True, size=marks.get("recycle_text_pt", 8)) + run(" ")
    logo = ctx.tpl.asset(str(marks.get("recycle_logo", "")))
    if logo is not None:
        content += _picture(ctx, "recycle", logo, marks.get("recycle_logo_pt", [17, 17]), "Recycling logo")
    qr, url = qr_png(ctx.model.meta), document_url(ctx.model.meta)
    if qr is not None:
        size = marks.get("qr_pt", 55)
        content += run(" ") + _picture(ctx, "qr", qr, (size, size), f"QR code: {url}")
    return _visual(ctx, "Footer", content, "right")


def _picture(ctx: Context, stem: str, png: bytes, size: Sequence[float], description: str) -> str:
    """A PNG shown in the first-page footer at ``size`` (width, height in points)."""
    rel_id, drawing_id = ctx.pkg.image(FIRST_FOOTER, stem, png)
    return picture(rel_id, size[0], size[1], drawing_id, description)


def first_header(ctx: Context) -> str:
    """Page 1: the masthead, in the header as in the UN's Word files; it pushes the body down."""
    return _part("hdr", masthead(ctx) + ctx.para("Header", ""))


def add_page_furniture(ctx: Context) -> str:
    """Register header and footer parts; return their w:headerReference/w:footerReference list."""
    refs = []
    for kind, name, xml in (
        ("even", "header1.xml", running_header(ctx, even=True)),
        ("default", "header2.xml", running_header(ctx, even=False)),
        ("first", "header3.xml", first_header(ctx)),
    ):
        ctx.pkg.headers[name] = xml
        refs.append(f'<w:headerReference w:type="{kind}" r:id="{ctx.pkg.add_rel("header", name)}"/>')
    for kind, name, xml in (
        ("even", "footer1.xml", running_footer(ctx, even=True)),
        ("default", "footer2.xml", running_footer(ctx, even=False)),
        ("first", FIRST_FOOTER, first_footer(ctx)),
    ):
        ctx.pkg.footers[name] = xml
        refs.append(f'<w:footerReference w:type="{kind}" r:id="{ctx.pkg.add_rel("footer", name)}"/>')
    return "".join(refs)
