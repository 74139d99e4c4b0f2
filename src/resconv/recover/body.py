"""The body: blocks become preambular paragraphs, operative paragraphs with their
subparagraphs and wrap-up text, and section headings; leading phrases are found and emphasised
the language's way."""

from __future__ import annotations

import re
from functools import cache

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
from resconv.recover.leading import guessed_phrase, is_known_start, leading_phrase
from resconv.recover.patterns import caseless, ends_paragraph, label_kind, without_marker
from resconv.recover.phrases import PHRASE_TRAIL, match_phrase, phrase_first_words


def finish(inlines: list[Inline], cjk: bool) -> list[Inline]:
    inlines = merge(strip(inlines))
    if cjk:  # the spaces after footnote marks go once the marks are found (assemble)
        inlines = squeeze_cjk_spaces(inlines, keep_marks=True)
    return link_symbols(inlines)


FRAGMENT_WORDS = 3


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
        elif _continues_preamble(resolution, block, data):
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


def _continues_preamble(resolution: Resolution, block: Block, data: LanguageData) -> bool:
    """A page break inside a preambular paragraph: this part has no leading phrase, and the part
    before did not end like one and this one opens in lower case (where the script has case) or
    the part before stopped at a lower-case word ("in line with the" / "Sendai Framework ...") or
    a letter of a script without case ("2011年6月" / "17日关于...");
    or, where paragraphs open with a capital, this one opens in lower case whatever came before
    ("..., qu'il a adoptée," / "et le paragraphe 22 ...", or words a converter set apart);
    in any language, one that opens with a figure and words ("30/4 of 1 October 2015,") or
    follows a part that stopped at a figure ("27/17 of 25" / "September 2014,"), pieces of a
    printed line an extractor cut at a raised mark."""
    before = plain_text(resolution.preamble[-1].text).rstrip() if resolution.preamble else ""
    text = block.text.strip()
    if not before or not text:
        return False
    if match_phrase(text, data.code, "preambular") or match_phrase(text, data.code, "operative"):
        return False
    if _fragment(text, data):
        return True
    if ends_paragraph(before):  # no recital opens with a figure ("30/4 of 1 October 2015,")
        opens_low = data.opens_with_capital and text[0].islower()
        return opens_low or _words_after_figure(text) or not _may_open_recital(text, data)
    # ... and one stopped at a figure goes on too ("27/17 of 25" / "September 2014,")
    stopped = before[-1].islower() or before[-1].isdigit() or caseless(before[-1])
    return stopped or not (text[0].isupper() or text[0].isdigit())


def _words_after_figure(text: str) -> bool:
    """Text that opens with a figure and has words after it: a sentence's rest, not a bare figure
    set apart (a table's cell, a note's mark)."""
    return text[0].isdigit() and _LETTER.search(text) is not None


_LETTER = re.compile(r"[^\W\d_]")


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
    target = _innermost(paragraph)
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
        and (plain_text(_innermost(last).text).rstrip().endswith((":", "：")))
    )


def _continue_operative(resolution: Resolution, block: Block, data: LanguageData) -> None:
    """An unnumbered block among operative paragraphs: a new one if it opens with a phrase,
    else the continuation of the text a page break cut."""
    cjk = data.code == "zh"
    last = resolution.operative[-1] if resolution.operative else None
    if isinstance(last, OperativeParagraph) and last.subparagraphs and _wraps_up(block.text, data):
        last.wrap_up = finish(join_lines([last.wrap_up, block.inlines], cjk), cjk)
        return
    if not isinstance(last, OperativeParagraph) or (_ends_block(last) and not _goes_on(last, block, data)):
        resolution.operative.append(_operative(block, data, number=None))
        return
    target = _innermost(last)
    if target is last and plain_text(last.text).strip() == last.phrase:
        # "61. Also" / "takes note of ...": a converter cut the phrase itself; find it again
        joined = join_lines([[Text(text=last.phrase)], block.inlines], cjk)
        last.phrase, inlines = _split_phrase(joined, data, "operative")
        last.text = finish(inlines, cjk)
        return
    target.text = finish(join_lines([target.text, block.inlines], cjk), cjk)


def _wraps_up(text: str, data: LanguageData) -> bool:
    """Text after a paragraph's subparagraphs that finishes its sentence ("and its request ...")."""
    if match_phrase(text, data.code, "operative"):
        return False
    first = text.strip()[:1]
    return not first.isupper() if first.isalpha() and data.code in ("en", "fr", "es", "ru") else True


def _innermost(paragraph: OperativeParagraph) -> OperativeParagraph | Subparagraph:
    last: OperativeParagraph | Subparagraph = paragraph
    while last.subparagraphs:
        last = last.subparagraphs[-1]
    return last


def _ends_block(paragraph: OperativeParagraph) -> bool:
    return ends_paragraph(plain_text(_innermost(paragraph).text))


def _goes_on(paragraph: OperativeParagraph, block: Block, data: LanguageData) -> bool:
    """Whether an unnumbered block after an ended paragraph is still that paragraph's text."""
    return _lower_case_piece(paragraph, block, data) or _cut_at_comma(paragraph, block, data)


def _cut_at_comma(paragraph: OperativeParagraph, block: Block, data: LanguageData) -> bool:
    """A numbered paragraph that stopped at a comma goes on in a block that opens with no known
    phrase ("2. 请……的原则，" / "并期待裁谈会……；", which only the prefix "并" makes look like one);
    a block that does open with one is a paragraph whose number a converter lost ("Decides ...")."""
    if not paragraph.number or paragraph.subparagraphs:
        return False
    if not without_marker(plain_text(paragraph.text).rstrip()).endswith(_COMMAS):
        return False
    text = block.text.strip()
    return not (match_phrase(text, data.code, "operative") or match_phrase(text, data.code, "preambular"))


_COMMAS = (",", "，", "،")


def _lower_case_piece(paragraph: OperativeParagraph, block: Block, data: LanguageData) -> bool:
    """A part opening in lower case (or in a script without case, with no phrase) belongs to the
    paragraph before: after a comma (no operative paragraph ends with one) it is the rest of the
    sentence carried over a page break or set apart by a converter ("，" / "对联合国..."); where
    paragraphs open with a capital, it is words that a converter set apart ("the attention of")."""
    text = block.text.strip()
    after_comma = without_marker(plain_text(_innermost(paragraph).text)).endswith(_COMMAS)
    if caseless(text[:1]):  # Chinese, Arabic: after a comma, unless a phrase opens a new one
        return after_comma and not is_known_start(text, data.code)
    if not text[:1].islower():
        return False
    if after_comma and _recital(paragraph, data) and match_phrase(text, data.code, "operative"):
        return False  # "ссылаясь ...," then "утверждает ...": a section's recital, then its decision
    return _fragment(text, data) or data.opens_with_capital or after_comma


def _recital(paragraph: OperativeParagraph, data: LanguageData) -> bool:
    """An unnumbered paragraph among the operative ones that opens with a preambular phrase."""
    return paragraph.number is None and match_phrase(paragraph.phrase, data.code, "preambular") > 0


def _may_open_recital(text: str, data: LanguageData) -> bool:
    """Whether the first word could open a recital where the language's data says how recitals
    open (Russian: a gerund, "напоминая", "признав", or a word a known phrase opens with, "будучи",
    "с"): "свободного от ядерного оружия, ..." after a page break cannot, it goes on the
    paragraph before."""
    opening = _recital_opening(data.code)
    if opening is None:
        return True
    word = text.split(maxsplit=1)[0].casefold().rstrip(",;:")
    return bool(opening.fullmatch(word)) or word in phrase_first_words(data.code)


@cache
def _recital_opening(code: str) -> re.Pattern[str] | None:
    pattern = language(code).strings.get("recital_opening_word")
    return re.compile(pattern) if pattern else None


def _fragment(text: str, data: LanguageData) -> bool:
    """A few lower-case words with no punctuation to end them and no phrase to open them
    ("регулирования", "свое ежегодно"): words of a loose justified line that pdfminer set apart,
    never a paragraph of their own, even where paragraphs open in lower case."""
    return (
        text[:1].islower()
        and len(text.split()) <= FRAGMENT_WORDS
        and not ends_paragraph(text)
        and not is_known_start(text, data.code)
    )


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
