"""Assembling body lines into blocks and telling what each block is.

A block is one paragraph, subparagraph or heading. A new block starts where the source broke
(blank line, new Markdown paragraph), where a line opens with an operative number or a
subparagraph label, or where a line opens with a known leading phrase right after a line that
ended a sentence (PDF text often has no blank lines at all).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from resconv.language import language
from resconv.model import Inline
from resconv.recover.inline import join_lines, split_at, strip_start, text_of
from resconv.recover.leading import is_common_preambular_start, is_known_start
from resconv.recover.line_widths import full_width, paragraph_end
from resconv.recover.lines import Line
from resconv.recover.patterns import (
    LABEL_RE,
    NUMBER_RE,
    caseless,
    ends_paragraph,
    section_numeral,
    without_marker,
)
from resconv.recover.phrases import match_phrase

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
        return text_of(self.inlines)


def assemble(lines: list[Line], code: str) -> list[Block]:
    """Group lines into blocks, then classify and strip numbers and labels."""
    groups: list[list[Line]] = []
    last_number = 0
    full = full_width(lines)
    short = paragraph_end(lines, full, code)
    spaced = _blank_separated(lines)
    for line in lines:
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
    return [_classify(group, code, cjk) for group in _restore_misordered_tails(groups, code)]


def _restore_misordered_tails(groups: list[list[Line]], code: str) -> list[list[Line]]:
    """Put back the pieces of a paragraph that PDF text extraction printed out of order, when a
    bare number ("29.") was read apart from its text (see ``_reordered``) or a short last line
    was printed before its paragraph (see ``_tail_of_next``)."""
    out: list[list[Line]] = []
    last_number = 0
    index = 0
    absorbing = False
    while index < len(groups):
        group = groups[index]
        following = groups[index + 1] if index + 1 < len(groups) else None
        if out and last_number and _stray_words(group, code) and (absorbing or _opens_lower(group)):
            out[-1] = [*out[-1], *group]  # "принятые" / "Генеральным": words of a loose line
            absorbing = True
            index += 1
            continue
        absorbing = False
        if out and _tail_of_next(out[-1], group, groups[index + 1 : index + 3], code):
            merged: list[list[Line]] | None = [[*groups[index + 1], *group]]  # "4 - ... للناس" "كافة؛"
        else:
            merged = _reordered(group, following, last_number, code) if following is not None else None
        if merged is not None:
            index += 1
        for piece in merged or [group]:
            out.append(piece)
            number = NUMBER_RE.match(piece[0].text.strip())
            last_number = int(number.group(1)) if number else last_number
        index += 1
    return out


def _reordered(
    group: list[Line], following: list[Line], last_number: int, code: str
) -> list[list[Line]] | None:
    """The groups rebuilt from two groups read out of order, or None. Three shapes are known:
    "29." "dollars;" / "Decides ... United States" (the last line came first),
    "Expresses ... the death" / "2." "penalty;" (the number came after the first line), and
    "Decides to remain seized of the matter." / "4." (the number came after a one-line paragraph).
    A fourth is in ``_tail_of_next``."""
    if _number_with_tail(group, code) and _unnumbered_opening(following, code, ended=False):
        return [[group[0], *following, *group[1:]]]
    if _number_with_tail(following, code) and _unnumbered_opening(group, code, ended=False):
        return [[following[0], *group, *following[1:]]]
    own = NUMBER_RE.match(group[0].text.strip())
    if not _next_bare_number(following, int(own.group(1)) if own else last_number):
        return None
    if _unnumbered_opening(group, code, ended=True):
        return [[following[0], *group]]
    last = group[-1:]  # the one-line paragraph was read as the last line of the one before
    if len(group) > 1 and ends_paragraph(group[-2].text.strip()) and _unnumbered_opening(last, code, True):
        return [group[:-1], [following[0], *last]]
    return None


def _stray_words(group: list[Line], code: str) -> bool:
    """Lines of one word each, unpunctuated, that pdftotext printed after the paragraph they
    belong to when it pulled a very loose justified line apart."""
    texts = [line.text.strip() for line in group]
    return all(
        line.wrapped
        and " " not in text
        and len(text) >= 4
        and not ends_paragraph(text)
        and not NUMBER_RE.match(text)
        and not LABEL_RE.match(text)
        and not _HAN.search(text)
        for line, text in zip(group, texts, strict=True)
    ) and not is_known_start(texts[0], code)


def _opens_lower(group: list[Line]) -> bool:
    return group[0].text.strip()[:1].islower()


# A last line printed out of order is a short one: at most this many words and characters.
TAIL_WORDS, TAIL_CHARS = 3, 20


def _tail_of_next(before: list[Line], group: list[Line], after: list[list[Line]], code: str) -> bool:
    """The last line of a one-line numbered paragraph, printed before it, after the paragraph
    before ("... الدول؛" / "كافة؛" / "4 - تؤكد ... للناس" / "5 - ..."): after a paragraph that
    ended, a short line apart that ends a paragraph too, then a numbered line that does not end,
    and after it a new block or nothing. (A converter that puts a blank line after every line sets
    apart the last line of any paragraph, and the first line of the next: then what follows the
    numbered line is the rest of its paragraph.)"""
    if len(group) != 1 or not after or len(after[0]) != 1:
        return False
    tail = group[0].text.strip()  # the cheap tests first: this runs for every block of a text
    if len(tail) > TAIL_CHARS or len(tail.split()) > TAIL_WORDS or not ends_paragraph(tail):
        return False
    opening = after[0][0].text.strip()
    if not NUMBER_RE.match(opening) or ends_paragraph(opening) or not ends_paragraph(before[-1].text.strip()):
        return False
    beyond = after[1][0].text.strip() if len(after) > 1 else ""
    return not _opens_block(tail, code) and (not beyond or _opens_block(beyond, code))


def _opens_block(text: str, code: str) -> bool:
    """A number, a label or a known phrase: the line opens a paragraph of its own."""
    return bool(NUMBER_RE.match(text) or LABEL_RE.match(text) or is_known_start(text, code))


def _next_bare_number(group: list[Line], last_number: int) -> bool:
    text = group[0].text.strip()
    number = NUMBER_RE.match(text)
    if len(group) != 1 or number is None or not _bare_label(text):
        return False
    return int(number.group(1)) == last_number + 1


def _number_with_tail(group: list[Line], code: str) -> bool:
    """A bare number followed by the rest of a sentence begun elsewhere: a line in lower case or
    opening with a figure, or, where paragraphs do not open with a capital, a line with no capital
    and no known phrase to open it (Chinese "74/82号决议为其规定的工作；", where case cannot tell)."""
    number = group[0].text.strip()
    if len(group) != 2 or not _bare_label(number) or not NUMBER_RE.match(number):
        return False
    tail = group[1].text.strip()
    if tail[:1].islower() or tail[:1].isdigit():
        return True  # "penalty;", "2020 ;": no paragraph opens so
    return not language(code).opens_with_capital and not tail[:1].isupper() and not is_known_start(tail, code)


def _unnumbered_opening(group: list[Line], code: str, ended: bool) -> bool:
    """A block without number that opens with a known phrase; ``ended``: whether it ends a paragraph."""
    opening = group[0].text.strip()
    if NUMBER_RE.match(opening) or LABEL_RE.match(opening) or len(group) > 2:
        return False
    return ends_paragraph(group[-1].text.strip()) == ended and bool(is_known_start(opening, code))


_HAN = re.compile("[\u3400-\u9fff]")  # Chinese lines have no spaces to count words by
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
    if section_numeral(previous, code) or section_numeral(text, code):
        return True
    if _bare_label(previous):
        # "1." or "(a)" alone on its line: its text follows, unless a number or label comes next
        # ("27." then "28. Requests": the one-line paragraph of 27 was printed before its number)
        return _bare_label(text) or bool(
            NUMBER_RE.match(previous) and (LABEL_RE.match(text) or _next(previous, text))
        )
    if line.starts_block:
        return True
    number = NUMBER_RE.match(text)
    if number and (int(number.group(1)) == last_number + 1 or ends_paragraph(previous)):
        return True
    if LABEL_RE.match(text) and (ends_paragraph(previous) or len(group) == 1):
        return True
    if line.continuation:
        return False
    if not ends_paragraph(previous):
        return _after_short_heading_line(line, group, full)
    if _goes_on(previous, code):
        return False  # "..., и," / "..., and,": the sentence continues on this line
    if last_number and text[:1].isupper() and _quotes_next(previous, code):
        return True  # "... shall read as follows:" then the rule it quotes, a block of its own
    if line.indented and group[-1].indented is False:
        return True  # pdftotext -layout: set in after a line at the margin, as the UN sets first lines
    if last_number and without_marker(previous).endswith((",", "，", "،")) and not _recital(group, code):
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
    first = group[0].text.strip()
    return not (NUMBER_RE.match(first) or LABEL_RE.match(first) or is_known_start(first, code))


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
    if _HAN.match(text):
        return previous.width + 2 > FIT_MARGIN * full
    word = text.split(" ", 1)[0]
    return previous.width + 1 + len(word) > FIT_MARGIN * full


def _stretched(line: Line, group: list[Line]) -> bool:
    """pdftotext prints the words of a very loose justified line one a line: a run of one-word
    lines is one line of text, not headings."""

    def lone(candidate: Line) -> bool:
        text = candidate.text.strip()
        return " " not in text and not _bare_label(text) and not _HAN.search(text)

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


def _after_short_heading_line(line: Line, group: list[Line], full: int) -> bool:
    """Hard-wrapped text never stops a line far short inside a sentence: after a short unpunctuated
    line ("Part I", "Section 1") a capitalised line starts anew (each heading line is its own)."""
    text, previous = line.text.strip(), group[-1]
    cut = previous.text.rstrip().endswith(("-", ",")) or _stretched(line, group)
    stopped = previous.width < 0.7 * full or (previous.width < 0.9 * full and _heading_line(line, full))
    return bool(full) and stopped and _capitalised(text) and not cut


def _bare_label(text: str) -> bool:
    match = NUMBER_RE.match(text) or LABEL_RE.match(text)
    return match is not None and match.end() >= len(text.rstrip())


def _classify(group: list[Line], code: str, cjk: bool) -> Block:
    first = group[0]
    inlines = join_lines([line.inlines for line in group], cjk)
    text = text_of(inlines)
    numeral = section_numeral(text, code) if len(text) < 200 else None
    if numeral and (first.heading or first.all_emphasised or len(group) == 1):
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
