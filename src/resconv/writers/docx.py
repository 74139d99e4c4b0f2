"""DOCX export in the layout of the UN's own Word files, in the six official languages.

The document is written directly as WordprocessingML (see ``docx_xml``) with styles from the
style table in ``templates/docx/styles.toml``. Page 1 carries the masthead; later pages running
headers alternating on even and odd pages and "n/N" page-number fields; footnotes are real Word
footnotes. Arabic documents run right to left throughout.
"""

from __future__ import annotations

import json
from dataclasses import replace

from resconv.formats import WriteOptions
from resconv.language import language
from resconv.model import (
    Annex,
    Block,
    Heading,
    Inline,
    OperativeParagraph,
    Resolution,
    Subparagraph,
    repeated_headings,
)
from resconv.writers.docx_inline import Context
from resconv.writers.docx_masthead import (
    add_page_furniture,
    adoption_block,
    agenda_block,
    sponsors_line,
)
from resconv.writers.docx_package import Package, core_xml, custom_xml, settings_xml, to_bytes
from resconv.writers.docx_styles import load_template, styles_xml
from resconv.writers.docx_xml import NAMESPACES, bottom_border, run, tab_run

XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
META_PROPERTY = "resconv.meta"
ANNEX_PROPERTY = "resconv.annexes"
# how many of each annex's heading lines are heading blocks too (the rest are lines alone)
ANNEX_HEADINGS_PROPERTY = "resconv.annex_heading_blocks"
FOOTNOTE_PROPERTY = "resconv.footnotes"  # the model's order of footnotes, if not reference order


def write(resolution: Resolution, *, options: WriteOptions) -> bytes:
    """The resolution as a .docx file."""
    tpl = load_template(options.templates_dir)
    paper = options.paper.lower() if options.paper.lower() in ("letter", "a4") else "letter"
    ctx = Context(resolution, language(resolution.meta.language), tpl, Package(), paper)
    for rel_type, target in (
        ("styles", "styles.xml"),
        ("settings", "settings.xml"),
        ("footnotes", "footnotes.xml"),
    ):
        ctx.pkg.add_rel(rel_type, target)
    ctx.plan_footnotes(reference_order(resolution))
    annexes = "".join(annex(ctx, a) for a in resolution.annexes)
    body = first_page(ctx) + main_text(ctx) + annexes + end_rule(ctx)
    ctx.build_footnotes()
    document = f"{XML_HEAD}<w:document {NAMESPACES}><w:body>{body}{section(ctx)}</w:body></w:document>"
    properties = {
        META_PROPERTY: resolution.meta.model_dump_json(),
        ANNEX_PROPERTY: json.dumps([a.name for a in resolution.annexes]),
        ANNEX_HEADINGS_PROPERTY: json.dumps([repeated_headings(a) for a in resolution.annexes]),
        FOOTNOTE_PROPERTY: json.dumps([n.marker for n in resolution.footnotes], ensure_ascii=False),
    }
    parts = {
        "word/document.xml": document,
        "word/styles.xml": styles_xml(tpl, ctx.code, ctx.rtl, ctx.lang.emphasis),
        "word/settings.xml": settings_xml(str(tpl.language(ctx.code).get("lang", "en-GB"))),
        "docProps/core.xml": core_xml(
            ctx.lang.short_title(resolution.meta.title), ctx.code, options.timestamp
        ),
        "docProps/custom.xml": custom_xml(properties),
    }
    return to_bytes(ctx.pkg, parts)


def reference_order(resolution: Resolution) -> list[str]:
    """Footnote markers in the order the text references them."""
    markers: list[str] = []

    def scan(nodes: list[Inline]) -> None:
        markers.extend(n.marker for n in nodes if n.type == "footnote_ref")

    def scan_subs(subs: list[Subparagraph]) -> None:
        for sub in subs:
            scan(sub.text)
            scan_subs(sub.subparagraphs)

    for pre in resolution.preamble:
        scan(pre.text)
        scan_subs(pre.subparagraphs)
    for block in [*resolution.operative, *(b for a in resolution.annexes for b in a.blocks)]:
        scan(block.text)
        if isinstance(block, OperativeParagraph):
            scan_subs(block.subparagraphs)
            scan(block.wrap_up)
    return markers


def first_page(ctx: Context) -> str:
    """Masthead, agenda block, adoption lines or sponsors line, and the numbered title."""
    meta = ctx.model.meta
    out = [agenda_block(ctx)]  # the masthead is page 1's header
    if meta.stage == "draft":
        out.append(sponsors_line(ctx))
    else:
        out.append(adoption_block(ctx))
    if meta.title or meta.resolution_number:
        out.append(title_paragraph(ctx))
    return "".join(out)


def title_paragraph(ctx: Context) -> str:
    """ "75/47." in the margin and the title at the column edge, runover lines hanging; a lettered
    part's letter ("B", "باء") and own title under it, as the UN prints them."""
    meta = ctx.model.meta
    title = ctx.text(meta.title)
    at_edge = f'<w:ind w:left="{ctx.tpl.geometry("column_left")}" w:hanging="0"/>'
    if meta.stage == "draft" or not meta.resolution_number:
        out = [ctx.para("ResolutionTitle", title, tail=at_edge)]
    else:
        number = ctx.text(f"{meta.resolution_number}.", "ParagraphNumber")
        out = [ctx.para("ResolutionTitle", number + tab_run() + title)]
    lines = [ctx.lang.part_label(meta.part) if meta.part else "", meta.part_title]
    out += [ctx.para("ResolutionTitle", ctx.text(line), tail=at_edge) for line in lines if line]
    return "".join(out)


def main_text(ctx: Context) -> str:
    """Enacting formula, preamble, operative part and closing lines."""
    model, out = ctx.model, []
    if model.enacting_formula:
        out.append(ctx.para("EnactingFormula", formula_runs(ctx, model.enacting_formula)))
    for pre in model.preamble:
        out.append(ctx.para("PreambularParagraph", ctx.inlines(pre.text, phrase=pre.phrase)))
        out.extend(subparagraphs(ctx, pre.subparagraphs, 1))
    out.extend(block(ctx, b) for b in model.operative)
    out.append(closing(ctx))
    return "".join(out)


def formula_runs(ctx: Context, formula: str) -> str:
    """The enacting formula with its words in the language's emphasis, punctuation roman."""
    phrase = ctx.lang["formula_phrase"]
    if not formula.startswith(phrase):
        return ctx.text(formula)
    return run(phrase, ctx.rs("LeadingPhrase")) + ctx.text(formula[len(phrase) :])


def block(ctx: Context, item: Block) -> str:
    """An operative paragraph (number, tab, text; subparagraphs; wrap-up) or a section heading."""
    if isinstance(item, Heading):
        return ctx.para("SectionHeading", heading_runs(ctx, item))
    label = ""
    if item.number is not None:
        label = ctx.text(ctx.lang.number_label(item.number), "ParagraphNumber") + tab_run()
    out = [ctx.para("OperativeParagraph", label + ctx.inlines(item.text, phrase=item.phrase))]
    out.extend(subparagraphs(ctx, item.subparagraphs, 1))
    if item.wrap_up:
        out.append(ctx.para("OperativeContinuation", ctx.inlines(item.wrap_up)))
    return "".join(out)


def heading_runs(ctx: Context, item: Heading) -> str:
    """A heading's numeral, a line break, its title ("I" / "Budget")."""
    num = ctx.text(item.num) + "<w:r><w:br/></w:r>" if item.num else ""
    return num + ctx.inlines(item.text)


def subparagraphs(ctx: Context, subs: list[Subparagraph], level: int) -> list[str]:
    """Subparagraphs with their labels, one style per level (deeper levels share level 3)."""
    out = []
    for sub in subs:
        label = ctx.text(sub.label, "SubparagraphLabel") + tab_run()
        out.append(ctx.para(f"Subparagraph{min(level, 3)}", label + ctx.inlines(sub.text)))
        out.extend(subparagraphs(ctx, sub.subparagraphs, level + 1))
    return out


def closing(ctx: Context) -> str:
    """Meeting and date (adopted texts)."""
    meta, out = ctx.model.meta, []
    # the style is italic; Chinese sets these lines upright
    style = replace(ctx.rs(), plain=not ctx.lang.masthead_italic)
    if meta.stage != "draft" and meta.meeting is not None:
        line = ctx.lang.meeting_line(meta.meeting, meta.meeting_resumed)
        out.append(ctx.para("ClosingLine", run(line, style)))
    if meta.stage != "draft" and meta.adopted_on:
        out.append(ctx.para("ClosingLine", run(ctx.lang.format_date(meta.adopted_on), style)))
    return "".join(out)


def end_rule(ctx: Context) -> str:
    """The centred short rule that ends the document, after any annex."""
    spec = ctx.tpl.paragraph("EndRule")
    column = (
        ctx.tpl.text_width(ctx.paper) - ctx.tpl.geometry("column_left") - ctx.tpl.geometry("column_right")
    )
    side = (column - int(float(spec.get("rule", 72)) * 20)) // 2
    left, right = ctx.tpl.geometry("column_left") + side, ctx.tpl.geometry("column_right") + side
    return ctx.para("EndRule", "", head=bottom_border(4), tail=f'<w:ind w:left="{left}" w:right="{right}"/>')


def annex(ctx: Context, item: Annex) -> str:
    """An annex on a new page: its heading lines (from the heading blocks that give them, so
    that their numbers and links survive), then its other blocks."""
    repeated = repeated_headings(item)
    lines = [heading_runs(ctx, b) for b in item.blocks[:repeated] if isinstance(b, Heading)]
    lines += [ctx.text(text) for text in item.headings[repeated:]] or ([] if lines else [""])
    out = [
        ctx.para("AnnexHeading", content, head="<w:pageBreakBefore/>" if i == 0 else "")
        for i, content in enumerate(lines)
    ]
    out.extend(block(ctx, b) for b in item.blocks[repeated:])
    return "".join(out)


def section(ctx: Context) -> str:
    """Page size and margins, first-page and even/odd header references, RTL page for Arabic,
    and the first footnote number where the UN's numbering does not start at 1."""
    refs = add_page_furniture(ctx)
    page, tpl = tpl_page(ctx), ctx.tpl
    side, top, bottom = tpl.geometry("margin_side"), tpl.geometry("margin_top"), tpl.geometry("margin_bottom")
    margins = (
        f'<w:pgMar w:top="{top}" w:right="{side}" w:bottom="{bottom}" w:left="{side}"'
        f' w:header="{tpl.geometry("header")}" w:footer="{tpl.geometry("footer")}" w:gutter="0"/>'
    )
    bidi = "<w:bidi/>" if ctx.rtl else ""
    notes = (
        f'<w:footnotePr><w:numStart w:val="{ctx.first_number}"/></w:footnotePr>'
        if ctx.first_number > 1
        else ""
    )
    return f"<w:sectPr>{refs}{notes}{page}{margins}<w:titlePg/>{bidi}</w:sectPr>"


def tpl_page(ctx: Context) -> str:
    size = ctx.tpl.page[ctx.paper]
    return f'<w:pgSz w:w="{int(size["width"])}" w:h="{int(size["height"])}"/>'
