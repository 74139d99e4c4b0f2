"""Arabic vowel marks that ``pdftotext`` printed on a line of their own.

A stacked mark (a shadda with its vowel, a tanwin) is drawn above its letter, and ``pdftotext``
may take it, with that letter, for a line of its own. It then prints the marks one letter early in
the word, and may cut the printed line at that word, the word and the rest of the line first::

    ٍح                                      <- the marks and their letter, alone
    بروٍح من الشراكة والتضامن على الصعيد العالمي،
    لتحقيق التنمية المستدامة،              <- the printed line's start, right of the word

The lone line tells which letter carries the marks: they go back after it ("بروحٍ"), and where
the line was cut, its two pieces go back together in reading order. A shadda may come out one
letter early with no line of its own ("وإذ تسّلم"): where the word is then no spelling the phrase
lists use and moving the marks one letter on gives a word of them ("تسلّم"), it is mended
(``mend_early_marks``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from resconv.language import language
from resconv.model import Inline, Text
from resconv.recover.line_widths import full_width
from resconv.recover.lines import Line, joined_pieces

_MARKS = "\u064b-\u0652\u0670"
_STRAY = re.compile(f"^([{_MARKS}]+)([\u0621-\u064a])$")
_MARK_RUN = re.compile(f"[{_MARKS}]+")
MAX_SHARE = 1.1  # of a full line: two pieces that together fill no more were one printed line ...
MIN_SHARE = 0.7  # ... and at least this much: a justified line reaches the margin


def restore_stray_marks(lines: list[Line]) -> list[Line]:
    """Drop each line of marks alone (but a last line), put its marks back in the word below,
    and rejoin that word's printed line where ``pdftotext`` cut it there. The line taking the lone
    line's place keeps what it told: a blank line or a page before it."""
    if not any(_STRAY.match(line.text.strip()) for line in lines):
        return lines
    full = full_width(lines)
    out: list[Line] = []
    index = 0
    while index < len(lines):
        stray = _STRAY.match(lines[index].text.strip())
        if not stray or index + 1 == len(lines):
            out.append(lines[index])
            index += 1
            continue
        misplaced, placed = stray.group(), stray.group(2) + stray.group(1)
        cut, rest = lines[index + 1], lines[index + 2] if index + 2 < len(lines) else None
        if rest is not None and _cut_at_the_word(cut, rest, misplaced, full):
            out.append(_in_place_of(lines[index], joined_pieces([rest, _replaced(cut, misplaced, placed)])))
            index += 3
        elif misplaced in cut.text or rest is None or misplaced not in rest.text:
            out.append(_in_place_of(lines[index], _replaced(cut, misplaced, placed)))
            index += 2
        else:
            out.append(_in_place_of(lines[index], cut))
            out.append(_replaced(rest, misplaced, placed))
            index += 3
    return out


def _in_place_of(stray: Line, line: Line) -> Line:
    """``line`` where the lone marks stood: a blank line or a page break before them is before it."""
    return replace(
        line, starts_block=stray.starts_block or line.starts_block, page_top=stray.page_top or line.page_top
    )


def _cut_at_the_word(cut: Line, rest: Line, misplaced: str, full: int) -> bool:
    """Whether ``cut`` opens with the word that carries the marks and ``rest`` is the start of
    the same printed line: together the pieces fill about one line (two short lines are a
    paragraph's end and the next one), on the same page and in the same area, and ``rest`` is no
    line of lone marks itself."""
    words = cut.text.split(maxsplit=1)
    return (
        bool(full)
        and bool(words)
        and misplaced in words[0]
        and not rest.page_top
        and not rest.starts_block
        and rest.footnote_area == cut.footnote_area
        and MIN_SHARE * full <= cut.width + 1 + rest.width <= MAX_SHARE * full
        and not _STRAY.match(rest.text.strip())
    )


def _replaced(line: Line, misplaced: str, placed: str) -> Line:
    """The line with the marks after their letter, in the first text run that has them early."""
    inlines: list[Inline] = list(line.inlines)
    for position, node in enumerate(inlines):
        if isinstance(node, Text) and misplaced in node.text:
            inlines[position] = Text(text=node.text.replace(misplaced, placed, 1))
            break
    return replace(line, inlines=inlines)


def mend_early_marks(text: str) -> str:
    """The text with each word of the Arabic leading phrases that ``pdftotext`` printed with its
    marks one letter early ("تسّلم", a spelling the phrase lists do not use) spelt as the lists
    spell it ("تسلّم")."""
    if "\u0651" not in text:  # the early marks met so far all hold a shadda
        return text
    early = _early_spellings()
    return _early_pattern().sub(lambda match: early[match.group()], text) if early else text


@cache
def _early_spellings() -> dict[str, str]:
    """Each word of the Arabic phrase lists with a shadda, by its spelling with the shadda and
    its vowel moved before the letter that carries them; none that is itself a spelling the lists
    use. (A tanwin before its alef is put after it for every word: ``textio.un_tanwin_order``.)"""
    data = language("ar")
    phrases = (*data.preambular_phrases, *data.operative_phrases)
    words = {word for phrase in phrases for word in phrase.split()}
    early: dict[str, str] = {}
    for word in words:
        for run in _MARK_RUN.finditer(word):
            start = run.start()
            if start > 1 and "\u0651" in run.group():  # a shadda, with a letter to move onto
                moved = word[: start - 1] + run.group() + word[start - 1] + word[run.end() :]
                if moved not in words:
                    early[moved] = word
    return early


@cache
def _early_pattern() -> re.Pattern[str]:
    """Any of the early spellings as a whole word."""
    alternatives = "|".join(re.escape(word) for word in sorted(_early_spellings(), key=len, reverse=True))
    return re.compile(f"(?<![\\w{_MARKS}])(?:{alternatives})(?![\\w{_MARKS}])")
