"""The body: blocks become preambular paragraphs, operative paragraphs with their
subparagraphs and wrap-up text, and section headings; leading phrases are found and emphasised
the language's way."""

from __future__ import annotations

from resconv.errors import Diagnostics
from resconv.language import LanguageData, language
from resconv.model import (
    Emphasis,
    Heading,
    Inline,
    OperativeParagraph,
    PreambularParagraph,
    Resolution,
    Subparagraph,
    Text,
    plain_text,
)
from resconv.recover.blocks import Block
from resconv.recover.continuation import continues_preamble, ends_block, goes_on, innermost, wraps_up
from resconv.recover.headings import (
    heading_goes_on,
    join_colon_headings,
    looks_like_heading,
    one_letter_title,
)
from resconv.recover.inline import (
    join_lines,
    link_symbols,
    merge,
    split_at,
    squeeze_cjk_spaces,
    strip,
)
from resconv.recover.leading import guessed_phrase, leading_phrase
from resconv.recover.patterns import label_kind, without_marker
from resconv.recover.phrases import PHRASE_TRAIL


def finish(inlines: list[Inline], cjk: bool) -> list[Inline]:
    inlines = merge(strip(inlines))
    if cjk:  # the spaces after footnote marks go once the marks are found (assemble)
        inlines = squeeze_cjk_spaces(inlines, keep_marks=True)
    return link_symbols(inlines)


def fill_body(
    resolution: Resolution, blocks: list[Block], data: LanguageData, diagnostics: Diagnostics
) -> None:
    operative_started = False
    pending_numeral: Heading | None = None
    cjk = data.code == "zh"
    blocks = join_colon_headings(blocks, data)
    quoting = 0  # blocks left that a quotation opened in an operative paragraph may still take
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        heading = resolution.operative[-1] if resolution.operative else None
        if isinstance(heading, OperativeParagraph) and (quoting or _opens_quotation(heading, block, data)):
            quoting = _take_quoted(heading, block, data, quoting)
            continue
        if block.kind == "paragraph" and isinstance(heading, Heading) and heading_goes_on(block, data):
            heading.text = finish(join_lines([heading.text, block.inlines], cjk), cjk)  # its 2nd line
            continue
        if block.kind == "paragraph" and looks_like_heading(block, following, operative_started, data):
            block.kind = "heading"
        if (
            block.kind == "numeral"
            and pending_numeral is not None
            and one_letter_title(pending_numeral, block)
        ):
            pending_numeral.text = [Text(text=block.number)]  # "I" over "Y": a title, not a letter
            pending_numeral = None
            continue
        if block.kind == "numeral":
            pending_numeral = Heading(
                num=block.number, text=finish(block.inlines, cjk), source_line=block.line
            )
            resolution.operative.append(pending_numeral)
            operative_started = True
            continue
        if block.kind == "heading" or (
            pending_numeral is not None
            and not pending_numeral.text
            and block.kind == "paragraph"
            and len(block.text) < 250
        ):
            if pending_numeral is not None and not pending_numeral.text:
                pending_numeral.text = finish(block.inlines, cjk)
            else:
                resolution.operative.append(Heading(text=finish(block.inlines, cjk), source_line=block.line))
            operative_started = bool(resolution.preamble) or operative_started
            pending_numeral = None
            continue
        pending_numeral = None
        if block.kind == "numbered":
            operative_started = True
            resolution.operative.append(_operative(block, data))
        elif block.kind == "label":
            _add_subparagraph(resolution, block, data, operative_started, diagnostics)
        elif operative_started:
            _continue_operative(resolution, block, data)
        elif continues_preamble(resolution, block, data):
            last = resolution.preamble[-1]
            last.text = finish(join_lines([last.text, block.inlines], cjk), cjk)
        else:
            resolution.preamble.append(_preambular(block, data))
    if not any(isinstance(b, OperativeParagraph) for b in resolution.operative):
        _single_operative(resolution, data)


def _split_phrase(inlines: list[Inline], data: LanguageData, kind: str) -> tuple[str, list[Inline]]:
    """The leading phrase and the inlines with the phrase emphasised the language's way."""
    inlines = strip(inlines)
    if data.code == "zh":  # "表 示 注 意 到 2020年": a justified line that pdftotext -layout spaced out
        inlines = squeeze_cjk_spaces(inlines, keep_marks=True)
    if not inlines:
        return "", inlines
    first = inlines[0]
    lead = 0
    early = _early_emphasis(inlines)
    if isinstance(first, Emphasis) and first.text.strip():
        length = len(plain_text(inlines)[: _opening_emphasis(inlines)].rstrip(PHRASE_TRAIL))
    elif early is not None:
        lead, length = early
    else:
        lead, length = _find_phrase(plain_text(inlines), data.code, kind)
    if not length:
        return "", inlines
    before, rest = split_at(inlines, lead)
    head, rest = split_at(rest, length)
    emphasis = Emphasis(style=data.emphasis, text=plain_text(head).strip())
    result = merge([*before, emphasis, *rest])
    phrase = next(n.text for n in result if isinstance(n, Emphasis))
    if data.code == "zh":  # as in the text, which drops spaces beside Chinese ("又 决定")
        phrase = "".join(phrase.split())
    return phrase.rstrip(PHRASE_TRAIL), result


def _opening_emphasis(inlines: list[Inline]) -> int:
    """Length of the emphasis that opens a paragraph, across plain spaces between words that a
    converter emphasised one by one ("_Gravement_ _préoccupée_" from a justified PDF line)."""
    style = getattr(inlines[0], "style", None)
    length = pending = 0
    for node in inlines:
        if isinstance(node, Emphasis) and node.style == style:
            length, pending = length + pending + len(node.text), 0
        elif isinstance(node, Text) and not node.text.strip():
            pending += len(node.text)
        else:
            break
    return length


def _early_emphasis(inlines: list[Inline]) -> tuple[int, int] | None:
    """(offset, length) of an emphasised phrase the source put a few characters in
    ("再次**欢迎**", "在这方面**承认**")."""
    if len(inlines) < 2 or not isinstance(inlines[0], Text) or len(inlines[0].text) > 6:
        return None
    second = inlines[1]
    if isinstance(second, Emphasis) and second.text.strip():
        return len(inlines[0].text), len(second.text.rstrip(PHRASE_TRAIL))
    return None


def _find_phrase(text: str, code: str, kind: str) -> tuple[int, int]:
    """(offset, length) of the leading phrase. Chinese may put a short adverbial first
    ("在这方面承认"): the phrase is then looked for a few characters in, before one is guessed
    from the opening words. Only the adverbials the language file names, and openings with no
    letter in them ("\\ 决定"), stand outside the phrase; another opening is the phrase's own
    first word ("重点指出")."""
    for lead in range(0, 5 if code == "zh" else 1):
        length = leading_phrase(text[lead:], code, kind)
        if length and (lead == 0 or length >= 2):
            opening, adverbials = text[:lead], language(code).strings.get("adverbials_outside_phrase", [])
            outside = not any(map(str.isalpha, opening)) or opening in adverbials
            return (lead, length) if outside else (0, lead + length)  # "重点指出": all of it
    return 0, guessed_phrase(text, code, kind)


def _preambular(block: Block, data: LanguageData) -> PreambularParagraph:
    phrase, inlines = _split_phrase(block.inlines, data, "preambular")
    return PreambularParagraph(phrase=phrase, text=finish(inlines, data.code == "zh"), source_line=block.line)


def _operative(block: Block, data: LanguageData, number: str | None = None) -> OperativeParagraph:
    phrase, inlines = _split_phrase(block.inlines, data, "operative")
    return OperativeParagraph(
        number=number or block.number or None,
        phrase=phrase,
        text=finish(inlines, data.code == "zh"),
        source_line=block.line,
    )


def _add_subparagraph(
    resolution: Resolution, block: Block, data: LanguageData, operative: bool, diagnostics: Diagnostics
) -> None:
    parents: list[OperativeParagraph] | list[PreambularParagraph]
    paragraphs = [b for b in resolution.operative if isinstance(b, OperativeParagraph)]
    parents = paragraphs if operative else resolution.preamble
    sub = Subparagraph(
        label=block.label, text=finish(block.inlines, data.code == "zh"), source_line=block.line
    )
    if not parents:
        diagnostics.warn(f"subparagraph {block.label} has no paragraph to belong to", block.line)
        resolution.preamble.append(PreambularParagraph(text=[Text(text=f"{block.label} "), *sub.text]))
        return
    siblings = parents[-1].subparagraphs
    if siblings and _is_second_level(block.label, siblings[-1].label, siblings[-1].subparagraphs):
        siblings[-1].subparagraphs.append(sub)
    else:
        siblings.append(sub)


def _is_second_level(label: str, previous: str, previous_children: list[Subparagraph]) -> bool:
    kind, previous_kind = label_kind(label), label_kind(previous)
    core, previous_core = label.strip("()（）’‘' "), previous.strip("()（）’‘' ")
    if kind == "roman" and len(core) == 1 and len(previous_core) == 1 and ord(core) == ord(previous_core) + 1:
        return False  # (i) after (h) is a letter
    if previous_children:
        return kind == label_kind(previous_children[-1].label) and not (
            kind == "letter" and previous_kind == "letter"
        )
    return kind != previous_kind and kind in ("roman", "digit")


MAX_QUOTED_BLOCKS = 12  # a quotation left open by mistake takes no more than this


def _take_quoted(paragraph: OperativeParagraph, block: Block, data: LanguageData, left: int) -> int:
    """Add a block of a quotation ("... to read as follows:" / “4. Decides ...; 5. Requests ...”)
    to the paragraph that quotes it, numbers and headings included; how many blocks the quotation
    may still take, 0 once it closes."""
    cjk = data.code == "zh"
    target = innermost(paragraph)
    target.text = finish(join_lines([target.text, block.as_printed(data)], cjk), cjk)
    ends = "".join(str(data[key]) for key in ("preambular_end", "operative_end", "final_end"))
    closed = block.text.rstrip().rstrip(ends).endswith(tuple(str(data["quotes_close"])))
    return 0 if closed else (left or MAX_QUOTED_BLOCKS) - 1


def _opens_quotation(last: OperativeParagraph, block: Block, data: LanguageData) -> bool:
    """A block that opens a quotation announced by the paragraph before ("to read as follows:")."""
    opens = block.text.lstrip()[:1]  # one block's text first: the paragraph may hold many quoted ones
    return (
        bool(opens)
        and opens in str(data["quotes_open"])
        and (plain_text(innermost(last).text).rstrip().endswith((":", "：")))
    )


def _continue_operative(resolution: Resolution, block: Block, data: LanguageData) -> None:
    """An unnumbered block among operative paragraphs: a new one if it opens with a phrase,
    else the continuation of the text a page break cut."""
    cjk = data.code == "zh"
    last = resolution.operative[-1] if resolution.operative else None
    if isinstance(last, OperativeParagraph) and last.subparagraphs and wraps_up(block.text, data):
        last.wrap_up = finish(join_lines([last.wrap_up, block.inlines], cjk), cjk)
        return
    if not isinstance(last, OperativeParagraph) or (ends_block(last) and not goes_on(last, block, data)):
        resolution.operative.append(_operative(block, data, number=None))
        return
    target = innermost(last)
    if target is last and plain_text(last.text).strip() == last.phrase:
        # "61. Also" / "takes note of ...": a converter cut the phrase itself; find it again
        joined = join_lines([[Text(text=last.phrase)], block.inlines], cjk)
        last.phrase, inlines = _split_phrase(joined, data, "operative")
        last.text = finish(inlines, cjk)
        return
    target.text = finish(join_lines([target.text, block.inlines], cjk), cjk)


def _single_operative(resolution: Resolution, data: LanguageData) -> None:
    """A resolution with one unnumbered operative paragraph: the trailing paragraphs after the
    last one that ends with the preambular comma; all of them when none does and the last ends
    a sentence ("Adopts the outcome document ..., annexed to the present resolution.": a special
    session's resolution has no preamble)."""
    ends = data["preambular_end"].strip()
    texts = [without_marker(plain_text(p.text)).rstrip() for p in resolution.preamble]
    recitals = [index for index, text in enumerate(texts) if text.endswith((ends, ","))]
    if recitals:
        first = recitals[-1] + 1
    elif texts and texts[-1].endswith(str(data["final_end"])):
        first = 0
    else:
        return
    moved = resolution.preamble[first:]
    del resolution.preamble[first:]
    for paragraph in moved:
        phrase, inlines = _split_phrase(paragraph.text, data, "operative")
        resolution.operative.append(
            OperativeParagraph(
                number=None,
                phrase=phrase or paragraph.phrase,
                text=inlines,
                subparagraphs=paragraph.subparagraphs,
                source_line=paragraph.source_line,
            )
        )
