"""Best-effort metadata from the printed first page of a Word resolution (DOCX reader helper).

Used when a file lacks resconv's ``resconv.meta`` property: symbol, stage, session, agenda item,
adoption date, report symbols, title and number, meeting, from the masthead and closing lines.
"""

from __future__ import annotations

import re

from resconv.errors import Diagnostics
from resconv.language import LanguageData, fold
from resconv.model import AgendaItem, Committee, DocumentRef, Meta, Report
from resconv.readers.docx_runs import Paragraph
from resconv.recover.masthead import lettered_line
from resconv.recover.symbols import lettered_symbol, settle_session
from resconv.sessions import parse_session, symbol_number

MAIN_COMMITTEES: tuple[Committee, ...] = (
    "firstCommittee",
    "secondCommittee",
    "thirdCommittee",
    "fourthCommittee",
    "fifthCommittee",
    "sixthCommittee",
)
# A/RES/75/47, A/C.1/80/L.14/Rev.1, and a special session's A/RES/ES-11/1 (Word's no-break hyphen too)
_SYMBOL = re.compile(
    r"\bA/(?:(?:E?S[-\u2011]\d+|[A-Z0-9.]+)/)*(?:E?S[-\u2011]\d+|[A-Z0-9.]+)(?![a-z])(?:/[A-Za-z0-9.]+)*"
)
_PARA = re.compile(r"(\d+)\s*\)?\]?\s*$")


def masthead_meta(
    first_page: list[Paragraph],
    title: Paragraph | None,
    closing: list[str],
    lang: LanguageData,
    diagnostics: Diagnostics,
    part_lines: list[str] | None = None,
) -> Meta:
    """A Meta filled from what the page prints; unknown facts keep their defaults."""
    by_style: dict[str, list[Paragraph]] = {}
    for para in first_page:
        by_style.setdefault(para.style, []).append(para)
    meta = Meta.model_validate({"language": lang.code})
    symbol_text = " ".join(p.text for p in by_style.get("UNSymbol", []))
    match = _SYMBOL.search(symbol_text) or _SYMBOL.search(symbol_text.replace(" ", ""))
    if match:
        meta.symbol = match.group(0).replace("\u2011", "-")
    meta.stage = "draft" if meta.symbol and "/RES/" not in meta.symbol else "adopted"
    _session(meta, by_style, lang)
    _dates(meta, by_style, closing, lang)
    _reports(meta, by_style, lang)
    if title is not None:
        meta.title = title.text.strip()
        if title.label:  # "75/47." or, of a lettered part, "75/101 B."
            number, _, part = title.label.strip().rstrip(".").partition(" ")
            meta.resolution_number = symbol_number(number)
            meta.part = part if len(part) == 1 and part.isupper() else ""
    _part(meta, part_lines or [], lang)
    settle_session(meta)  # "80/99": the eightieth session's; "ES-11/1" the emergency one's
    if not meta.symbol:
        diagnostics.warn("no document symbol found on the first page")
    return meta


def _session(meta: Meta, by_style: dict[str, list[Paragraph]], lang: LanguageData) -> None:
    sessions = by_style.get("UNSession", [])
    if sessions:
        found = parse_session(sessions[0].text, lang.code)
        if found:
            meta.session, meta.session_kind = found
    items = by_style.get("UNAgendaItem", [])
    titles = by_style.get("UNAgendaTitle", [])
    if items:
        numbers = lang.agenda_numbers(items[0].text)
        texts = [title.text for title in titles]
        meta.agenda_items = [
            AgendaItem(number=n, title=texts[i] if i < len(texts) else "") for i, n in enumerate(numbers)
        ]


def _dates(meta: Meta, by_style: dict[str, list[Paragraph]], closing: list[str], lang: LanguageData) -> None:
    for para in by_style.get("UNDistribution", []):
        date = lang.parse_date(para.text)
        if date:
            meta.issued_on = date
        if fold(para.text) == fold(lang["distribution_limited"]):
            meta.distribution = "limited"
    for para in by_style.get("UNAdoptionHeading", []):
        meta.adopted_on = lang.parse_date(para.text)
    for line in closing:
        number = re.search(r"\d+", line)
        if number and lang.parse_date(line) is None:
            meta.meeting = int(number.group(0))


def _reports(meta: Meta, by_style: dict[str, list[Paragraph]], lang: LanguageData) -> None:
    for para in by_style.get("UNReportLine", []):
        folded = fold(para.text)
        for key in (
            "firstCommittee",
            "secondCommittee",
            "thirdCommittee",
            "fourthCommittee",
            "fifthCommittee",
            "sixthCommittee",
        ):
            if fold(lang.committee_name(key)) in folded:
                meta.committee = key
        for node in para.inlines:
            if isinstance(node, DocumentRef):
                meta.reports.append(Report(symbol=node.symbol))
        if meta.reports:
            tail = para.text.split(meta.reports[-1].symbol)[-1]
            found = _PARA.search(tail)
            meta.reports[-1].paragraph = found.group(1) if found else None
        if meta.committee is None and meta.reports:
            meta.committee = "noMainCommittee"


def _part(meta: Meta, lines: list[str], lang: LanguageData) -> None:
    """A lettered part's letter ("B", Arabic "باء") and own title, printed under the title."""
    letter, title = lettered_line(lines[0], lang) if lines else ("", "")
    if letter:
        meta.part, meta.symbol = letter, lettered_symbol(meta.symbol, letter)
        lines = [title, *lines[1:]] if title else lines[1:]
    if lines:
        meta.part_title = " ".join(lines)
