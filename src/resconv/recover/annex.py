"""Annexes: their heading lines, then blocks read like the operative part."""

from __future__ import annotations

from collections.abc import Callable

from resconv.language import LanguageData
from resconv.model import Annex, Emphasis, Heading, Inline, OperativeParagraph, Subparagraph, plain_text
from resconv.model import Block as ModelBlock
from resconv.recover.blocks import assemble
from resconv.recover.lines import Line
from resconv.recover.patterns import ends_paragraph, is_annex_heading
from resconv.recover.phrases import PHRASE_TRAIL

Finish = Callable[[list[Inline], bool], list[Inline]]


def read(lines: list[Line], data: LanguageData, finish: Finish) -> list[Annex]:
    """The annexes: a new one starts at each annex heading ("Annex II", "附件二") after the first
    annex has text of its own."""
    if not lines:
        return []
    cjk = data.code == "zh"
    out = [Annex()]
    for block in assemble(lines, data.code):
        inlines = finish(block.inlines, cjk)
        text = block.text.strip()
        heading_like = block.kind in ("heading", "numeral") or (
            block.kind == "paragraph" and len(text) < 150 and not ends_paragraph(text)
        )
        annex = out[-1]
        if heading_like and is_annex_heading(text, data) and _has_text(annex):
            annex = Annex()
            out.append(annex)
        if heading_like and not any(isinstance(b, OperativeParagraph) for b in annex.blocks):
            annex.headings.append(plain_text(inlines).strip())
        if heading_like:
            annex.blocks.append(
                Heading(
                    num=block.number if block.kind == "numeral" else "", text=inlines, source_line=block.line
                )
            )
            continue
        if block.kind == "label" and annex.blocks and isinstance(annex.blocks[-1], OperativeParagraph):
            annex.blocks[-1].subparagraphs.append(
                Subparagraph(label=block.label, text=inlines, source_line=block.line)
            )
            continue
        number = block.number if block.kind == "numbered" else None
        paragraph: ModelBlock = OperativeParagraph(
            number=number, phrase=_emphasised_opening(inlines), text=inlines, source_line=block.line
        )
        annex.blocks.append(paragraph)
    return out


def _has_text(annex: Annex) -> bool:
    return any(not isinstance(block, Heading) for block in annex.blocks)


def _emphasised_opening(inlines: list[Inline]) -> str:
    """The phrase an annex paragraph's source emphasised at its start ("*Acknowledging* that ..."),
    as the AKN reader takes it; annex text is not the Assembly's own, so none is guessed."""
    if inlines and isinstance(inlines[0], Emphasis):
        return inlines[0].text.strip().rstrip(PHRASE_TRAIL)
    return ""
