"""Whether an unnumbered block goes on the paragraph before it: a preambular paragraph a page
break or an extractor cut, an operative paragraph's sentence carried over, the words that wrap
up a paragraph after its subparagraphs. Where the text shows none of it, the block is a
paragraph of its own."""

from __future__ import annotations

import re
from functools import cache

from resconv.language import LanguageData, language
from resconv.model import OperativeParagraph, Resolution, Subparagraph, plain_text
from resconv.recover.blocks import Block
from resconv.recover.leading import is_known_start
from resconv.recover.patterns import COMMAS, caseless, ends_paragraph, without_marker
from resconv.recover.phrases import match_phrase, phrase_first_words

FRAGMENT_WORDS = 3


def continues_preamble(resolution: Resolution, block: Block, data: LanguageData) -> bool:
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


def wraps_up(text: str, data: LanguageData) -> bool:
    """Text after a paragraph's subparagraphs that finishes its sentence ("and its request ...")."""
    if match_phrase(text, data.code, "operative"):
        return False
    first = text.strip()[:1]
    return not first.isupper() if first.isalpha() and data.code in ("en", "fr", "es", "ru") else True


def innermost(paragraph: OperativeParagraph) -> OperativeParagraph | Subparagraph:
    """The paragraph's last subparagraph, at the deepest level, or the paragraph itself."""
    last: OperativeParagraph | Subparagraph = paragraph
    while last.subparagraphs:
        last = last.subparagraphs[-1]
    return last


def ends_block(paragraph: OperativeParagraph) -> bool:
    """Whether the paragraph's text, or its last subparagraph's, ended as a paragraph does."""
    return ends_paragraph(plain_text(innermost(paragraph).text))


def goes_on(paragraph: OperativeParagraph, block: Block, data: LanguageData) -> bool:
    """Whether an unnumbered block after an ended paragraph is still that paragraph's text."""
    return _lower_case_piece(paragraph, block, data) or _cut_at_comma(paragraph, block, data)


def _cut_at_comma(paragraph: OperativeParagraph, block: Block, data: LanguageData) -> bool:
    """A numbered paragraph that stopped at a comma goes on in a block that opens with no known
    phrase ("2. 请……的原则，" / "并期待裁谈会……；", which only the prefix "并" makes look like one);
    a block that does open with one is a paragraph whose number a converter lost ("Decides ...")."""
    if not paragraph.number or paragraph.subparagraphs:
        return False
    if not without_marker(plain_text(paragraph.text).rstrip()).endswith(COMMAS):
        return False
    text = block.text.strip()
    return not (match_phrase(text, data.code, "operative") or match_phrase(text, data.code, "preambular"))


def _lower_case_piece(paragraph: OperativeParagraph, block: Block, data: LanguageData) -> bool:
    """A part opening in lower case (or in a script without case, with no phrase) belongs to the
    paragraph before: after a comma (no operative paragraph ends with one) it is the rest of the
    sentence carried over a page break or set apart by a converter ("，" / "对联合国..."); where
    paragraphs open with a capital, it is words that a converter set apart ("the attention of")."""
    text = block.text.strip()
    after_comma = without_marker(plain_text(innermost(paragraph).text)).endswith(COMMAS)
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
