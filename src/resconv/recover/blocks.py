"""Assembling body lines into blocks and telling what each block is.

A block is one paragraph, subparagraph or heading. A new block starts where the source broke
(blank line, new Markdown paragraph), where a line opens with an operative number or a
subparagraph label, or where a line opens with a known leading phrase right after a line that
ended a sentence (PDF text often has no blank lines at all). Pieces PDF text extraction printed
out of order are put back first (``recover/reorder.py``).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from resconv.language import LanguageData, language
from resconv.model import Inline, Text, plain_text
from resconv.recover.inline import join_lines, split_at, strip_start
from resconv.recover.leading import is_common_preambular_start, is_known_start
from resconv.recover.line_widths import full_width, paragraph_end
from resconv.recover.lines import Line
from resconv.recover.patterns import (
    COMMAS,
    HAN,
    LABEL_RE,
    NUMBER_RE,
    bare_label,
    caseless,
    ends_paragraph,
    section_numeral,
    without_marker,
)
from resconv.recover.phrases import match_phrase
from resconv.recover.reorder import opens_block, restore_misordered_tails
from resconv.recover.run_on import split_run_on

Kind = Literal["paragraph", "numbered", "label", "numeral", "heading"]


@dataclass
class Block:
    kind: Kind
    line: int
    inlines: list[Inline]
    number: str = ""
    label: str = ""
    lines: list[Line] = field(default_factory=list)

    @property
    def text(self) -> str:
        return plain_text(self.inlines)

    def as_printed(self, data: LanguageData) -> list[Inline]:
        """The inlines with the number or label the block was printed with ("5. Requests ...")."""
        printed = data.number_label(self.number) if self.kind == "numbered" and self.number else self.number
        mark = self.label if self.kind == "label" else printed if self.kind in ("numbered", "numeral") else ""
        return [Text(text=f"{mark} "), *self.inlines] if mark else self.inlines


def assemble(lines: list[Line], code: str) -> list[Block]:
    """Group lines into blocks, then classify and strip numbers and labels."""
    groups: list[list[Line]] = []
    last_number = 0
    full = full_width(lines)
    short = paragraph_end(lines, full, code)
    spaced = _blank_separated(lines)
    for source in lines:
        for line in split_run_on(source, code, last_number):
            text = line.text.strip()
            if not text:
                continue
            if not groups or _starts_new(line, groups[-1], code, last_number, (full, short), spaced):
                groups.append([line])
            else:
                groups[-1].append(line)
            number = NUMBER_RE.match(text)
            if number and len(groups[-1]) == 1:
                last_number = int(number.group(1))
    cjk = code == "zh"
    return [_classify(group, code, cjk) for group in restore_misordered_tails(groups, code)]


_STRONG_END = (";", "；", ":", "：", ".", "。")


SPACED_MIN = 3  # numbered paragraphs after a blank line for a text to be read as spaced at all
SPACED_ODDS = 3  # ... and this many times more of them than numbered ones with no blank line


def _blank_separated(lines: list[Line]) -> bool:
    """Whether hard-wrapped text sets its paragraphs apart with blank lines (pdftotext does where
    the PDF spaces paragraphs): where it does, a line that opens with a known phrase after a
    sentence's end but has no blank line before it only wrapped ("...2019،" / "وإذ تشير أيضا
    إلى ..."). The numbered paragraphs tell, cheaply: their starts are sure."""
    spaced = unspaced = 0
    body = [line for line in lines if line.wrapped and not line.footnote_area and line.text.strip()]
    for previous, line in itertools.pairwise(body):
        if line.page_top or not NUMBER_RE.match(line.text.lstrip()):
            continue
        if not ends_paragraph(previous.text.strip()):
            continue
        if line.starts_block:
            spaced += 1
        else:
            unspaced += 1
    return spaced >= SPACED_MIN and spaced >= SPACED_ODDS * unspaced


def _starts_new(
    line: Line, group: list[Line], code: str, last_number: int, widths: tuple[int, float], spaced: bool
) -> bool:
    """Whether ``line`` opens a new block after ``group``; ``widths`` are the text's full line and
    the width under which a punctuated line ended its paragraph (both 0 for unwrapped text)."""
    full, short = widths
    text = line.text.strip()
    previous = group[-1].text.strip()
    if line.heading or group[-1].heading:
        return True
    if line.continuation and not without_marker(previous).endswith(_STRONG_END):
        return False  # soft-wrapped Markdown: "b)" or "II." after a comma is a wrapped reference
    if section_numeral(previous, code, letters=False) or section_numeral(text, code, letters=False):
        return True
    if bare_label(previous):
        # "1." or "(a)" alone on its line: its text follows, unless a number or label comes next
        # ("27." then "28. Requests": the one-line paragraph of 27 was printed before its number)
        return bare_label(text) or bool(
            NUMBER_RE.match(previous) and (LABEL_RE.match(text) or _next(previous, text))
        )
    if line.starts_block:
        return True
    number = NUMBER_RE.match(text)
    if number and (int(number.group(1)) == last_number + 1 or ends_paragraph(previous)):
        return True
    if number and number.group(1) == "1" and full and group[-1].width < 0.7 * full:
        return True  # numbering starts again under a section's title ("其他" / "1.")
    if LABEL_RE.match(text) and (ends_paragraph(previous) or len(group) == 1):
        return True
    if line.continuation:
        return False
    if not ends_paragraph(previous):
        # in text that sets paragraphs apart with blank lines, a line stopping short mid-sentence
        # only wrapped where a converter could break (pandoc's plain Chinese: "第56/24" / "T号决议")
        wrapped_only = spaced and code == "zh" and not line.page_top
        return not wrapped_only and _after_short_heading_line(line, group, full, code)
    if _goes_on(previous, code):
        return False  # "..., и," / "..., and,": the sentence continues on this line
    if last_number and text[:1].isupper() and _quotes_next(previous, code):
        return True  # "... shall read as follows:" then the rule it quotes, a block of its own
    if line.indented and group[-1].indented is False:
        return True  # pdftotext -layout: set in after a line at the margin, as the UN sets first lines
    if last_number and without_marker(previous).endswith(COMMAS) and not _recital(group, code):
        return False  # operative paragraphs and subparagraphs do not end with a comma
    if last_number and _quoted(group, code) and without_marker(previous).endswith(_SENTENCE_END):
        return _capitalised(text)  # a quoted rule or article: each of its sentences is a paragraph
    if (
        full
        and group[-1].width < short
        and not _forced_wrap(group[-1], line, full)
        and not _stretched(line, group)
        and not (language(code).opens_with_capital and text[:1].islower())
    ):
        return True  # the line before stopped short: its paragraph ended
    if full and _heading_line(line, full) and not (_stretched(line, group) and _abbreviation(previous)):
        return True  # a short unpunctuated line after a paragraph's end: "Section 29F", "Part XIII"
    if spaced and not line.page_top:
        return False  # the text sets paragraphs apart with blank lines: a phrase with none only wrapped
    if line.indented is False and group[-1].indented is not None:
        return False  # pdftotext -layout: at the margin, a phrase only wrapped (first lines are set in)
    capital = language(code).opens_with_capital
    if last_number and capital and text[:1].isupper() and _recital(group, code):
        return is_known_start(text, code)  # "Recalling ...," then "Approves, with effect ..."
    if last_number and not capital and code != "zh" and _recital(group, code):
        return match_phrase(text, code, "operative") > 0  # "ссылаясь ...," then "утверждает ..."
    if last_number or not is_known_start(text, code):
        return False  # operative paragraphs are numbered: a phrase alone does not start one
    if capital:
        return text[:1].isupper()
    if not full or group[-1].width < float(language(code).strings["phrase_break_width"]) * full:
        return True
    return is_common_preambular_start(text, code)  # a frequent preambular phrase after a comma


_SENTENCE_END = (".", "。")


def _quotes_next(previous: str, code: str) -> bool:
    """Whether a line ends the way the language announces quoted text ("as follows:", "como
    sigue:"); not any colon ("in the two working languages:" goes on with "English and French")."""
    return without_marker(previous).casefold().endswith(_quote_cues(code))


@cache
def _quote_cues(code: str) -> tuple[str, ...]:
    return tuple(str(cue).casefold() for cue in language(code).strings.get("quote_cues", []))


def _next(previous: str, text: str) -> bool:
    """Whether ``text`` opens with the number after the one ``previous`` opens with."""
    before, after = NUMBER_RE.match(previous), NUMBER_RE.match(text)
    return bool(before and after and int(after.group(1)) == int(before.group(1)) + 1)


def _quoted(group: list[Line], code: str) -> bool:
    """An unnumbered block among the operative paragraphs that opens with no leading phrase: text
    the Assembly quotes or adopts (a rule as amended), not one of its own paragraphs."""
    return not opens_block(group[0].text.strip(), code)


def _recital(group: list[Line], code: str) -> bool:
    """A preambular-style paragraph among the operative ones ("Recalling ..., " opening a
    section), which does end with a comma."""
    first = group[0].text.strip()
    return not NUMBER_RE.match(first) and match_phrase(first, code, "preambular") > 0


def _goes_on(previous: str, code: str) -> bool:
    words = language(code).strings.get("sentence_goes_on", [])
    if not words or not previous.endswith(","):
        return False
    before = " " + previous[:-1].rstrip().casefold()
    return any(before.endswith(" " + word) for word in words)


FIT_MARGIN = 0.95  # characters only approximate glyph widths: a word this near the edge may not fit


def _forced_wrap(previous: Line, line: Line, full: int) -> bool:
    """Whether the first word of ``line`` could not have fitted at the end of ``previous``: a
    short line then only wrapped before a long word ("возрождения," / "использования, ..."), it
    did not end a paragraph."""
    text = line.text.lstrip()
    if HAN.match(text):
        return previous.width + 2 > FIT_MARGIN * full
    word = text.split(" ", 1)[0]
    return previous.width + 1 + len(word) > FIT_MARGIN * full


def _stretched(line: Line, group: list[Line]) -> bool:
    """pdftotext prints the words of a very loose justified line one a line: a run of one-word
    lines is one line of text, not headings."""

    def lone(candidate: Line) -> bool:
        text = candidate.text.strip()
        return " " not in text and not bare_label(text) and not HAN.search(text)

    return lone(group[-1]) and (lone(line) or (len(group) > 1 and lone(group[-2])))


_ABBREVIATION = re.compile(r"[^\W\d_]{1,3}\.")


def _abbreviation(text: str) -> bool:
    """A short word with a full stop alone on its line ("им.", "Mr."): a loose line printed a word a
    line goes on after it, where a sentence ending with a longer word ("purposes.") may be
    followed by a one-word heading ("Annex")."""
    return _ABBREVIATION.fullmatch(text) is not None


def _heading_line(line: Line, full: int) -> bool:
    text = line.text.strip()
    return line.width < 0.5 * full and not ends_paragraph(text) and _capitalised(text)


def _capitalised(text: str) -> bool:
    """Upper case, or a letter of a script without case (Arabic)."""
    first = text[:1]
    return first.isupper() or caseless(first)


def _after_short_heading_line(line: Line, group: list[Line], full: int, code: str) -> bool:
    """Hard-wrapped text never stops a line far short inside a sentence: after a short unpunctuated
    line ("Part I", "Section 1") a capitalised line starts anew (each heading line is its own), and
    so does one opening with a known phrase where phrases open in lower case ("пересмотр размера
    выплаты" / "выражает ..."), unless the short line is one word (the first of a loose line, its
    rest printed apart: "вновь" / "подтверждая ...")."""
    text, previous = line.text.strip(), group[-1]
    cut = previous.text.rstrip().endswith(("-", ",")) or _stretched(line, group)
    stopped = previous.width < 0.7 * full or (previous.width < 0.9 * full and _heading_line(line, full))
    if not full or not stopped or cut:
        return False
    if _capitalised(text):
        return True
    lower_phrase = not language(code).opens_with_capital and is_known_start(text, code)
    return lower_phrase and " " in previous.text.strip()


def _heads_section(group: list[Line], text: str, code: str) -> bool:
    """Whether a block opening with a section numeral is the section's heading: set as one (a
    Markdown heading, all emphasised), on one line, or the numeral alone on its first line and an
    unpunctuated title after it ("VI" / "Relatora Especial ... de intolerancia": pandoc's hard
    line break)."""
    first = group[0]
    if first.heading or first.all_emphasised or len(group) == 1:
        return True
    alone = section_numeral(first.text, code, letters=False)
    return alone is not None and not alone[1] and not ends_paragraph(text.strip())


def _classify(group: list[Line], code: str, cjk: bool) -> Block:
    first = group[0]
    inlines = join_lines([line.inlines for line in group], cjk)
    text = plain_text(inlines)
    numeral = section_numeral(text, code) if len(text) < 200 else None
    if numeral and _heads_section(group, text, code):
        _, rest = split_at(inlines, len(text) - len(numeral[1]) if numeral[1] else len(text))
        return Block("numeral", first.number, strip_start(rest), number=numeral[0], lines=group)
    if first.heading:
        return Block("heading", first.number, inlines, lines=group)
    number = NUMBER_RE.match(text)
    if number:
        _, rest = split_at(inlines, number.end())
        return Block("numbered", first.number, strip_start(rest), number=number.group(1), lines=group)
    label = LABEL_RE.match(text)
    if label:
        _, rest = split_at(inlines, label.end())
        return Block("label", first.number, strip_start(rest), label=label.group(1), lines=group)
    if first.all_emphasised and len(group) == 1 and not ends_paragraph(text):
        return Block("heading", first.number, inlines, lines=group)
    return Block("paragraph", first.number, inlines, lines=group)
