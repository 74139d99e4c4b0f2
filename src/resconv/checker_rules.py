"""The style checker's rules: small named functions from records to issues.

Each rule knows one drafting convention of the General Assembly and reads the language's
punctuation and phrase lists from ``resconv.language``, so the same rule serves all six languages.
Rules stay silent when the input does not carry what they need (no symbol, no footnotes).
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Literal

from resconv.checker_labels import expected_labels, label_core, latin_lookalikes
from resconv.checker_records import (
    ANNEX,
    FOOTNOTE,
    FOOTNOTE_REF,
    HEADING,
    OPERATIVE,
    PREAMBULAR,
    SUBPARAGRAPH,
    Record,
)
from resconv.language import LanguageData, _date_pattern, fold, language, parse_date
from resconv.model import Meta, SessionKind
from resconv.recover.symbols import unlettered_symbol
from resconv.sessions import session_of_symbol

Severity = Literal["error", "warning"]
NO_BREAK_SPACES = "\u00a0\u202f"
COLONS = (":", "：")
PHRASE_TRAILER = " ,，、:：;；،" + NO_BREAK_SPACES
RESOLUTION_RE = re.compile(r"(?<![\w/.\-])(\d{1,2})/(\d{1,3})(?![\w/])")
SYMBOL_RE = re.compile(
    r"""^A/(?:
        RES/(?:ES-|S-)?\d{1,3}/\d{1,3}(?:\s?[A-Z](?:-[A-Z])?)?   # A/RES/75/47 B, A/RES/ES-11/1
        # committee and plenary drafts: A/C.1/81/L.5, A/81/L.12/Rev.1; emergency special: A/ES-11/L.7
      | (?:C\.(?P<committee>[1-6])/)?\d{1,3}/L\.\d{1,3}(?:/Rev\.\d{1,2})?(?:/Add\.\d{1,2})?
      | (?:ES-|S-)\d{1,2}/L\.\d{1,3}(?:/Rev\.\d{1,2})?(?:/Add\.\d{1,2})?
    )$""",
    re.VERBOSE,
)
FIRST_SESSION_YEAR = 1945  # session n opens in September of 1945 + n


@dataclass(frozen=True)
class Context:
    """What every rule may look at: the language, the masthead facts and the records."""

    data: LanguageData
    meta: Meta
    records: list[Record]

    def of_kind(self, kind: str) -> list[Record]:
        return [record for record in self.records if record.kind == kind]


@dataclass(frozen=True)
class Issue:
    """A rule's finding before the file and rule name are attached."""

    line: int | None
    severity: Severity
    message: str


Rule = Callable[[Context], Iterable[Issue]]


# --------------------------------------------------------------------------- endings
def _ending(text: str) -> str:
    return text.rstrip(" \t\n" + NO_BREAK_SPACES)


def _ends_with(text: str, mark: str) -> bool:
    return _ending(text).endswith(mark.strip(" " + NO_BREAK_SPACES))


def _ending_message(what: str, mark: str, text: str) -> str:
    tail = _ending(text)[-1:] or "nothing"
    return f"{what} should end with “{mark.strip()}”, not “{tail}”"


def preambular_end(ctx: Context) -> Iterator[Issue]:
    """Every preambular paragraph ends with the language's comma."""
    mark = ctx.data["preambular_end"]
    for record in ctx.of_kind(PREAMBULAR):
        if record.text and not _ends_with(record.text, mark):
            message = _ending_message("preambular paragraph", mark, record.text)
            yield Issue(record.end_line or record.line, "error", message)


def operative_end(ctx: Context) -> Iterator[Issue]:
    """Operative paragraphs end with the semicolon, the last one with the full stop.

    A paragraph may end with a colon when quoted, unnumbered text follows it; such inserted
    unnumbered paragraphs are not checked (their punctuation is the quoted text's own).
    """
    paragraphs = ctx.of_kind(OPERATIVE)
    for index, record in enumerate(paragraphs):
        last = index == len(paragraphs) - 1
        following = paragraphs[index + 1] if not last else None
        if not record.text or (record.number is None and not last and len(paragraphs) > 1):
            continue
        if following is not None and following.number is None and _ending(record.text).endswith(COLONS):
            continue
        mark = ctx.data["final_end" if last else "operative_end"]
        if not _ends_with(record.text, mark):
            what = "the last operative paragraph" if last else "operative paragraph"
            yield Issue(record.end_line or record.line, "error", _ending_message(what, mark, record.text))


def french_spacing(ctx: Context) -> Iterator[Issue]:
    """Where the language spaces its semicolon (French), check a space precedes it.

    The UN's own French texts use an ordinary space as often as a no-break one, so either passes.
    """
    mark = ctx.data["operative_end"]
    if not mark.startswith(tuple(NO_BREAK_SPACES + " ")):
        return
    for record in ctx.of_kind(OPERATIVE):
        text = _ending(record.text)
        if text.endswith(mark.strip()) and not text[:-1][-1:].isspace():
            yield Issue(record.line, "warning", f"French puts a (no-break) space before “{mark.strip()}”")


# --------------------------------------------------------------------------- phrases
def leading_phrases(ctx: Context) -> Iterator[Issue]:
    """Leading phrases come from the language's list of known phrases; suggest the closest one.

    A known phrase with a modifier the list itself uses elsewhere ("also", "再次", "вновь") is
    known too: "Welcomes again" when the list has "Requests again" and "Welcomes".
    """
    preambular, operative = ctx.data.preambular_phrases, ctx.data.operative_phrases
    for kind, known in ((PREAMBULAR, preambular), (OPERATIVE, operative), ("section preamble", preambular)):
        folded = {fold(phrase): phrase for phrase in known}
        modifiers = _modifiers(tuple(folded))
        for record in _phrased(ctx, kind, {fold(p) for p in preambular}):
            phrase = fold(record.phrase.rstrip(PHRASE_TRAILER))
            if not phrase or phrase in folded or _modified(phrase, folded, modifiers):
                continue
            close = difflib.get_close_matches(phrase, list(folded), n=1, cutoff=0.6)
            hint = f"; did you mean “{folded[close[0]]}”?" if close else ""
            yield Issue(record.line, "warning", f"unknown {kind} phrase “{record.phrase}”{hint}")


def _phrased(ctx: Context, kind: str, preambular: set[str]) -> list[Record]:
    """Records whose phrase is checked against ``kind``'s list.

    An unnumbered paragraph in the operative part that opens with a preambular phrase is a section's
    preamble ("Recalling …," under heading B of 75/245) and is checked against that list instead.
    """
    if kind == PREAMBULAR:
        return ctx.of_kind(PREAMBULAR)

    def section_preamble(record: Record) -> bool:
        return record.number is None and fold(record.phrase.rstrip(PHRASE_TRAILER)) in preambular

    return [r for r in ctx.of_kind(OPERATIVE) if section_preamble(r) == (kind != OPERATIVE)]


@cache
def _modifiers(known: tuple[str, ...]) -> frozenset[str]:
    """What known phrases add to other known phrases at either end: "also", "further", "再次"."""
    found = set()
    for short in known:
        for long in known:
            spaced = " " in long  # in scripts with spaces, modifiers are whole words
            if long != short and long.startswith(short + (" " if spaced else "")):
                found.add(long[len(short) :].strip())
            elif long != short and long.endswith((" " if spaced else "") + short):
                found.add(long[: -len(short)].strip())
    return frozenset(item for item in found if item and len(item) <= 12)


def _modified(phrase: str, known: dict[str, str], modifiers: frozenset[str]) -> bool:
    """Whether ``phrase`` is a known phrase with a known modifier before or after it."""
    gap = " " if " " in phrase else ""
    for modifier in modifiers:
        if phrase.startswith(modifier + gap) and phrase[len(modifier) :].strip() in known:
            return True
        if phrase.endswith(gap + modifier) and phrase[: -len(modifier)].strip() in known:
            return True
    return False


# --------------------------------------------------------------------------- numbering
def _numbering(records: list[Record], where: str, restart_anywhere: bool = False) -> Iterator[Issue]:
    """Numbers run 1, 2, 3 …; a 1 right after a heading (anywhere, in annexes) begins a new run."""
    seen: set[int] = set()
    expected, after_heading = 1, False
    for record in records:
        if record.kind == HEADING:
            after_heading = True
            continue
        if record.number is None or not record.number.strip().isdigit():
            continue
        number = int(record.number)
        if number == 1 and (after_heading or restart_anywhere):
            seen, expected = set(), 1
        after_heading = False
        if number in seen:
            yield Issue(record.line, "error", f"{where} number {number} is used twice")
        elif number != expected:
            problem = "gap" if number > expected else "out of order"
            message = f"{where} numbering {problem}: {number} where {expected} was due"
            yield Issue(record.line, "error", message)
        seen.add(number)
        expected = max(expected, number + 1)


def operative_numbering(ctx: Context) -> Iterator[Issue]:
    """Operative paragraphs are numbered 1, 2, 3 … without gaps or duplicates.

    Across the operative part's section headings the numbering either runs on (77/205) or starts
    again at 1 (75/245, sections A–D); annexes (guidelines, rules) may start again at any 1.
    """
    main = [r for r in ctx.records if r.kind == OPERATIVE or (r.kind == HEADING and not r.label)]
    yield from _numbering(main, "operative")
    annexes: dict[str, list[Record]] = {}
    for record in ctx.records:
        if record.kind == ANNEX or (record.kind == HEADING and record.label):
            annexes.setdefault(record.label, []).append(record)
    for name, records in annexes.items():
        yield from _numbering(records, name, restart_anywhere=True)


def single_operative(ctx: Context) -> Iterator[Issue]:
    """A lone operative paragraph is not numbered."""
    paragraphs = ctx.of_kind(OPERATIVE)
    if len(paragraphs) == 1 and paragraphs[0].number is not None:
        yield Issue(paragraphs[0].line, "warning", "a single operative paragraph is not numbered")


def subparagraph_labels(ctx: Context) -> Iterator[Issue]:
    """Sibling subparagraphs run (a), (b), (c) … or (i), (ii) … in the language's own series."""
    groups: dict[str, list[Record]] = {}
    for record in ctx.of_kind(SUBPARAGRAPH):
        groups.setdefault(record.number or "", []).append(record)
    for records in groups.values():
        labels = latin_lookalikes([label_core(record.label) for record in records])
        expected = expected_labels(labels[0], len(labels))
        if expected is None:
            yield Issue(records[0].line, "error", f"subparagraph list starts with “{records[0].label}”")
            continue
        for record, label, due in zip(records, labels, expected, strict=True):
            if label != due:
                yield Issue(record.line, "error", f"subparagraph “{record.label}” where “{due}” was due")
                break


# --------------------------------------------------------------------------- footnotes
def footnotes(ctx: Context) -> Iterator[Issue]:
    """Every footnote reference has a text and every footnote text is referenced, once."""
    texts: dict[str, Record] = {}
    for record in ctx.of_kind(FOOTNOTE):
        if record.label in texts:
            yield Issue(record.line, "error", f"two footnotes with the marker {record.label}")
        texts[record.label] = record
    referenced = set()
    for record in ctx.of_kind(FOOTNOTE_REF):
        referenced.add(record.label)
        if record.label not in texts:
            yield Issue(record.line, "error", f"footnote {record.label} is referenced but has no text")
    for marker, record in texts.items():
        if marker not in referenced:
            yield Issue(record.line, "warning", f"footnote {marker} is never referenced")


# --------------------------------------------------------------------------- symbols and dates
def symbol(ctx: Context) -> Iterator[Issue]:
    """The document symbol is well formed and agrees with the session, committee and number."""
    meta = ctx.meta
    if not meta.symbol:
        return
    match = SYMBOL_RE.match(meta.symbol.strip())
    if match is None:
        yield Issue(None, "error", f"malformed symbol “{meta.symbol}”")
        return
    of_symbol = session_of_symbol(meta.symbol.strip())  # None only for a malformed one, as above
    if of_symbol and meta.session is not None and of_symbol != (meta.session, meta.session_kind):
        of, named = _session_words(*of_symbol), _session_words(meta.session, meta.session_kind)
        yield Issue(None, "error", f"symbol {meta.symbol} is of the {of}, not the {named}")
    committee = match.group("committee")
    ordinals = ("first", "second", "third", "fourth", "fifth", "sixth")
    if committee and meta.committee and meta.committee != f"{ordinals[int(committee) - 1]}Committee":
        yield Issue(None, "warning", f"symbol {meta.symbol} is not of the {meta.committee}")
    number = meta.resolution_number.replace(" ", "")
    if number and not unlettered_symbol(meta.symbol).replace(" ", "").endswith(number):  # "... 75/101 B"
        yield Issue(None, "error", f"resolution number {meta.resolution_number} does not match {meta.symbol}")


def _session_words(number: int, kind: SessionKind) -> str:
    """ "75th session", "11th emergency special session": a session in the checker's English."""
    return f"{language('en').ordinal(number)} {'' if kind == 'regular' else kind + ' '}session"


def _session_years(session: int) -> tuple[int, int]:
    return FIRST_SESSION_YEAR + session, FIRST_SESSION_YEAR + session + 1


def session_dates(ctx: Context) -> Iterator[Issue]:
    """The adoption date falls within the session's year."""
    meta = ctx.meta
    if meta.session is None or meta.adopted_on is None or meta.session_kind != "regular":
        return
    first, last = _session_years(meta.session)
    if not first <= meta.adopted_on.year <= last:
        message = f"adopted on {meta.adopted_on}, outside session {meta.session} ({first}–{last})"
        yield Issue(None, "error", message)


def _dates(text: str, code: str) -> Iterator[tuple[int, int, dt.date | None]]:
    """(start, end, date or None when impossible) for each date written in ``text``."""
    for match in _date_pattern(code).finditer(text):
        yield match.start(), match.end(), parse_date(match.group(0), code)


def dates(ctx: Context) -> Iterator[Issue]:
    """Dates exist in the calendar, and a resolution cited with its date is of that date's session."""
    code = ctx.data.code
    for record in ctx.records:
        if record.kind in (FOOTNOTE_REF, SUBPARAGRAPH):  # a paragraph's text includes its subparagraphs
            continue
        text = fold(record.text)
        found = list(_dates(text, code))
        for start, end, date in found:
            if date is None:
                yield Issue(record.line, "error", f"no such date: “{text[start:end]}”")
        yield from _resolution_dates(record, text, found, code == "zh")


def _resolution_dates(
    record: Record, text: str, found: list[tuple[int, int, dt.date | None]], date_first: bool
) -> Iterator[Issue]:
    """A resolution number n/m followed (Chinese: preceded) closely by a date before its session."""
    citations = list(RESOLUTION_RE.finditer(text))
    for index, cite in enumerate(citations):
        if date_first:
            low = citations[index - 1].end() if index else 0
            near = [d for d in found if d[1] <= cite.start() and d[0] >= max(low, cite.start() - 30)]
            date = near[-1][2] if near else None
        else:
            high = citations[index + 1].start() if index + 1 < len(citations) else len(text)
            near = [d for d in found if d[0] >= cite.end() and d[0] <= min(high, cite.end() + 30)]
            date = near[0][2] if near else None
        if date is None:
            continue
        first, _ = _session_years(int(cite.group(1)))
        if date.year < first:  # later years may be another organ's numbering (Council 43/1 of 2020)
            yield Issue(
                record.line,
                "warning",
                f"resolution {cite.group(0)} is of session {cite.group(1)}, which opened in {first}, "
                f"not of {date.isoformat()}",
            )


RULES: tuple[tuple[str, Rule], ...] = (
    ("preambular-end", preambular_end),
    ("operative-end", operative_end),
    ("french-spacing", french_spacing),
    ("leading-phrase", leading_phrases),
    ("numbering", operative_numbering),
    ("single-operative", single_operative),
    ("subparagraph-labels", subparagraph_labels),
    ("footnotes", footnotes),
    ("symbol", symbol),
    ("session-date", session_dates),
    ("dates", dates),
)
