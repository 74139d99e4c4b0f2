"""Cutting the body into zones: footnote texts, closing lines, annexes, and the paragraphs.

Converted text interleaves these (a PDF page ends mid-list and prints its footnotes there), so
each is recognised line by line and lifted out before paragraphs are assembled.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from resconv.language import LanguageData, fold, is_date_line
from resconv.model import FootnoteRef, Inline, Text, plain_text
from resconv.recover.inline import join_lines, split_at, strip_start
from resconv.recover.lines import Line
from resconv.recover.masthead import template_regex
from resconv.recover.patterns import LABEL_RE, NUMBER_RE, ends_note, is_annex_heading

FOOTNOTE_START = re.compile(r"^\s*(?:\((\d{1,3})\)|(\d{1,3})|(\*{1,3}))(?:\s+|$)")


@dataclass
class RawFootnote:
    marker: str
    line: int
    parts: list[list[Inline]] = field(default_factory=list)


@dataclass
class Body:
    """The body lines sorted into what they are."""

    lines: list[Line] = field(default_factory=list)
    footnotes: list[RawFootnote] = field(default_factory=list)
    annex_lines: list[Line] = field(default_factory=list)
    meeting: int | None = None
    meeting_resumed: bool = False
    closing_date_text: str = ""


def segment(lines: list[Line], data: LanguageData) -> Body:
    """Lift footnotes, closing lines and annexes out of the body lines."""
    body = Body()
    meeting_re = template_regex(data["meeting"], ordinal=r"\d{1,3}\s*\S{0,3}", n=r"\d{1,3}")
    resumed_re = template_regex(data["meeting_resumed"], ordinal=r"\d{1,3}\s*\S{0,3}", n=r"\d{1,3}")
    closed = False
    current: RawFootnote | None = None
    folded_lines = [fold(ln.text.strip()).strip("*_ ") if len(ln.text) < 100 else "" for ln in lines]
    meetings = {
        i: m for i, f in enumerate(folded_lines) if f and (m := _meeting(f, meeting_re, resumed_re, data))
    }
    for index, line in enumerate(lines):
        text = line.text.strip()
        if line.in_notes:
            current = _footnote_line(line, current, body)
            continue
        if current is not None and _wraps_note(line, text, current):
            current.parts.append(line.inlines)
            continue
        current = None
        if body.annex_lines or (closed and is_annex_heading(text, data)):
            body.annex_lines.append(line)
            continue
        meeting = meetings.get(index)
        if meeting:
            body.meeting, body.meeting_resumed, date_text = meeting
            body.closing_date_text = date_text or body.closing_date_text
            closed = True
            continue
        if _is_closing_date(text, data) and (
            closed or any(0 < m - index <= 3 for m in meetings) or index >= len(lines) - 40
        ):
            body.closing_date_text = text
            closed = True
            continue
        if closed and not text:
            continue
        body.lines.append(line)
    return body


def _wraps_note(line: Line, text: str, note: RawFootnote) -> bool:
    """A line of the note's own Markdown paragraph in text wrapped at a column (pandoc's habit).
    A number or label there starts a paragraph (unwrapped Markdown runs paragraphs on without
    blank lines), unless the note stopped mid-sentence: "..., para. 191" / "(b)." only wrapped."""
    if not (line.continuation and text):
        return False
    if not (NUMBER_RE.match(text) or LABEL_RE.match(text)):
        return True
    return bool(note.parts) and not ends_note(plain_text(note.parts[-1]).strip())


def _meeting(
    folded: str, plain: re.Pattern[str], resumed: re.Pattern[str], data: LanguageData
) -> tuple[int, bool, str] | None:
    """The meeting number of a closing line, whether resumed, and the adoption date when the line
    prints it too (pymupdf4llm's "37th plenary meeting 7 December 2020")."""
    if len(folded) > 80:
        return None
    for pattern, is_resumed in ((resumed, True), (plain, False)):
        match = pattern.fullmatch(folded) or pattern.match(folded)
        date_text = folded[match.end() :].strip(" ,،，") if match else ""
        if match and (not date_text or _is_closing_date(date_text, data)):
            number = re.search(r"\d+", match.group(0))
            return (int(number.group(0)), is_resumed, date_text) if number else None
    return None


def _is_closing_date(text: str, data: LanguageData) -> bool:
    """The date under the meeting line; not a wrapped line of a paragraph ("of 10 December 1982,")."""
    text = text.strip(" *_")
    if not text or text.endswith((",", ";", "،", "؛", "，", "；")) or text[0].islower():
        return False
    return len(text) < 45 and is_date_line(text, data.code)


def _footnote_line(line: Line, current: RawFootnote | None, body: Body) -> RawFootnote | None:
    """Start a footnote at a marker, or continue the one above."""
    inlines = strip_start(line.inlines)
    if inlines and isinstance(inlines[0], FootnoteRef):
        note = RawFootnote(inlines[0].marker.strip("()"), line.number, [inlines[1:]])
        body.footnotes.append(note)
        return note
    match = FOOTNOTE_START.match(line.text)
    if match and (current is None or _expected_next(match, body)):
        marker = next(g for g in match.groups() if g)
        _, rest = split_at(inlines, len(match.group(0)) - (len(line.text) - len(line.text.lstrip())))
        note = RawFootnote(marker, line.number, [rest])
        body.footnotes.append(note)
        return note
    if current is None and body.footnotes and _unfinished(body.footnotes[-1]):
        current = body.footnotes[-1]  # no marker at the top of a page's notes: the last one goes on
    if current is not None:
        current.parts.append(line.inlines)
        return current
    if line.text.strip():
        note = RawFootnote("", line.number, [line.inlines])
        body.footnotes.append(note)
        return note
    return None


def _unfinished(note: RawFootnote) -> bool:
    """Whether a marked note stops mid-sentence ("See A/C.6/76/SR.16, ... and"): text without a
    marker heading the next page's notes is its rest."""
    last = plain_text(note.parts[-1]).strip() if note.parts else ""
    return bool(note.marker and last) and not ends_note(last)


def _expected_next(match: re.Match[str], body: Body) -> bool:
    marker = next(g for g in match.groups() if g)
    if not marker.isdigit():
        return True
    numbers = [int(n.marker) for n in body.footnotes if n.marker.isdigit()]
    return not numbers or int(marker) == max(numbers) + 1


def footnote_text(note: RawFootnote, cjk: bool) -> list[Inline]:
    parts = [p for p in note.parts if plain_text(p).strip()]
    return join_lines(parts, cjk) if parts else [Text(text="")]
