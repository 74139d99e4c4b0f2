"""AKN4UN metadata -> ``Meta``: FRBR dates, masthead (coverPage), preface, workflow, voting, closing.

Printed values win over derived ones; the workflow steps fill in what the masthead cannot say
(sponsors, draft symbol). Russian files sometimes write meeting ordinals with a Latin "e".
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any, cast

from lxml import etree

from resconv.errors import Diagnostics
from resconv.language import LanguageData, fold
from resconv.model import AgendaItem, Classification, Committee, Keyword, Meta, Report, Vote
from resconv.readers.akn_inline import AKN, all_text, local
from resconv.sessions import session_of_symbol

LANGS = {"ara": "ar", "zho": "zh", "eng": "en", "fra": "fr", "rus": "ru", "spa": "es"}
COMMITTEES = (
    "firstCommittee",
    "secondCommittee",
    "thirdCommittee",
    "fourthCommittee",
    "fifthCommittee",
    "sixthCommittee",
    "noMainCommittee",
)


def text_of(el: etree._Element | None) -> str:
    """All text of ``el``, whitespace runs collapsed."""
    if el is None:
        return ""
    return re.sub(r"\s+", " ", all_text(el)).strip()


def first(root: etree._Element, path: str) -> etree._Element | None:
    found = root.find(path.replace("a:", AKN))
    return found


def language_code(statement: etree._Element, fallback: str | None) -> str:
    """The two-letter language from ``FRBRlanguage`` (zho -> zh), else the caller's, else en."""
    el = first(statement, "a:meta/a:identification/a:FRBRExpression/a:FRBRlanguage")
    code = LANGS.get((el.get("language") or "") if el is not None else "", "")
    return code or fallback or "en"


def _date(value: str | None) -> dt.date | None:
    if not value or value.startswith("0001"):
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def read_meta(statement: etree._Element, lang: LanguageData, diagnostics: Diagnostics) -> Meta:
    """Everything the masthead, preface, metadata and closing say about the resolution."""
    meta: dict[str, Any] = {"language": lang.code}
    ident = first(statement, "a:meta/a:identification")
    cover = first(statement, "a:coverPage")
    _frbr(ident, meta)
    if cover is not None:
        _cover(cover, lang, meta)
    _preface(statement, meta)
    _closing(statement, lang, meta)
    _workflow(statement, meta)
    _voting(statement, meta)
    _classifications(statement, meta)
    docket = statement.find(f".//{AKN}docketNumber")
    if docket is not None and text_of(docket):
        meta["job_number"] = text_of(docket)
    symbol = meta.get("symbol", "")
    session = session_of_symbol(symbol)
    if session is not None and session[1] != "regular":
        meta["session_kind"] = session[1]
    if "/L." in symbol or statement.get("name") == "resolutionDraft":
        meta["stage"] = "draft"
    if not meta.get("resolution_number") and symbol.startswith("A/RES/"):
        meta["resolution_number"] = symbol.removeprefix("A/RES/")
    return Meta(**meta)


def _frbr(ident: etree._Element | None, meta: dict[str, Any]) -> None:
    if ident is None:
        return
    published = None
    for el in ident.iter(f"{AKN}FRBRdate"):
        date = _date(el.get("date"))
        if el.get("name") == "adoption" and date:
            meta["adopted_on"] = date
        elif el.get("name") == "publication" and date:
            published = published or date
    # The schema wants a date where the issue date is unknown; writers then repeat the adoption's
    # (every UN file prints its issue date on the cover, read there)
    if published and published != meta.get("adopted_on"):
        meta.setdefault("issued_on", published)


def _cover(cover: etree._Element, lang: LanguageData, meta: dict[str, Any]) -> None:
    for el in cover.iter():
        name, refers = local(el), el.get("refersTo") or ""
        if name == "docNumber" and text_of(el):
            meta["symbol"] = text_of(el)
        elif name == "docStatus":
            meta["distribution"] = "limited" if "limit" in fold(text_of(el)) else "general"
        elif name == "docDate" and "Issuance" in refers and _date(el.get("date")):
            meta["issued_on"] = _date(el.get("date"))
        elif name == "session" and (el.get("value") or "").strip().isdigit():
            meta["session"] = int((el.get("value") or "").strip())
        elif name == "docProponent":
            _proponent(el, lang, meta)
    _draft_lines(cover, lang, meta)
    items = [text_of(el) for el in cover.iter(f"{AKN}inline") if el.get("name") == "agenda item"]
    titles = [text_of(el) for el in cover.iter(f"{AKN}inline") if el.get("name") == "agenda item name"]
    numbers = [number for item in items if item for number in lang.agenda_numbers(item)]
    if numbers:
        meta["agenda_items"] = [
            AgendaItem(number=n, title=titles[i] if i < len(titles) else "") for i, n in enumerate(numbers)
        ]


def _draft_lines(cover: etree._Element, lang: LanguageData, meta: dict[str, Any]) -> None:
    """A draft's sponsors (``inline name="sponsor"``), asterisk note and "Original: …" line."""
    sponsors = [text_of(el) for el in cover.iter(f"{AKN}inline") if el.get("name") == "sponsor"]
    if sponsors and "sponsors" not in meta:  # a draft's masthead lists them one by one
        meta["sponsors"] = sponsors
    note = next((n for n in cover.iter(f"{AKN}authorialNote") if n.get("marker") == "*"), None)
    if note is not None and text_of(note):
        meta["sponsors_note"] = text_of(note)
    original = " ".join(
        text_of(el) for el in cover.iter(f"{AKN}inline") if el.get("name") == "originalLanguage"
    )
    match = _template_regex(lang["original"]).match(loose(original))
    names: dict[str, str] = lang.strings.get("language_names", {})
    code = next((c for c, name in names.items() if match and fold(name) == fold(match["language"])), None)
    if code:
        meta["original_language"] = code


def loose(text: str) -> str:
    """NFKC, no tatweel, one space per whitespace run: case and length otherwise kept."""
    text = unicodedata.normalize("NFKC", text).replace("\u0640", "")
    return re.sub(r"\s+", " ", text).strip()


def _template_regex(template: str, **groups: str) -> re.Pattern[str]:
    """A template ("Agenda item {item}") as a case-blind regex with named groups."""
    parts = re.split(r"\{(\w+)\}", loose(template))
    pattern = ""
    for i, part in enumerate(parts):
        if i % 2:
            pattern += f"(?P<{part}>{groups.get(part, '.+?')})"
        else:
            pattern += r"\s*".join(re.escape(w) for w in part.split(" "))
    return re.compile(f"^{pattern}$", re.IGNORECASE)


def _proponent(el: etree._Element, lang: LanguageData, meta: dict[str, Any]) -> None:
    refers = (el.get("refersTo") or "").lstrip("#")
    if refers in COMMITTEES:
        meta["committee"] = cast(Committee, refers)
    origin = next((i for i in el.iter(f"{AKN}inline") if i.get("name") == "originating document"), None)
    if origin is None:
        return
    text = loose(text_of(origin))
    # a symbol may carry a part: "A/76/462/Add.2 (Part II), para. 215"
    match = _template_regex(lang["report_paragraph"], symbol=r"\S+?(?: \(Part [IVX]+\))?").match(text)
    if match:
        meta["reports"] = [Report(symbol=match["symbol"], paragraph=match["paragraph"].strip())]
    else:
        meta["reports"] = [Report(symbol=s) for s in _split_symbols(text, lang)]


def _split_symbols(text: str, lang: LanguageData) -> list[str]:
    """ "A/75/L.41 and A/75/L.41/Add.1" -> both symbols; anything else stays whole."""
    parts = [
        p
        for p in re.split(rf"\s*(?:,|\s{re.escape(lang['and'])}\s|{re.escape(lang['and'])}(?=A/))\s*", text)
        if p
    ]
    return parts if len(parts) > 1 and all("/" in p for p in parts) else [text]


def _preface(statement: etree._Element, meta: dict[str, Any]) -> None:
    preface = first(statement, "a:preface")
    if preface is None:
        return
    number = preface.find(f".//{AKN}docNumber")
    title = preface.find(f".//{AKN}docTitle")
    if number is not None:
        match = re.match(r"^(?P<n>[\w/\-.]+?)(?:\s*(?P<part>[A-Z]))?\.?$", text_of(number))
        if match and "/" in match["n"]:
            meta["resolution_number"] = match["n"]
            meta["part"] = match["part"] or ""
    if title is not None:
        meta["title"] = text_of(title)
    part_title = preface.find(f".//{AKN}inline[@name='partTitle']")
    if part_title is not None:
        meta["part_title"] = text_of(part_title)


def _closing(statement: etree._Element, lang: LanguageData, meta: dict[str, Any]) -> None:
    closing = first(statement, "a:conclusions")
    if closing is None:
        return
    for el in closing.iter():
        if local(el) in ("inline", "location") and el.get("name", "adoptionMeeting") == "adoptionMeeting":
            _meeting(text_of(el), lang, meta)
        elif local(el) == "docDate" and "adopted_on" not in meta and _date(el.get("date")):
            meta["adopted_on"] = _date(el.get("date"))


def _meeting(text: str, lang: LanguageData, meta: dict[str, Any]) -> None:
    """Meeting number and "resumed": the words the resumed pattern adds must all be present."""
    text = re.sub(r"(?<=\d[-‑])e\b", "е", text)  # Latin e in Russian ordinals
    match = re.search(r"\d+", text)
    if not match:
        return
    number = int(match.group())
    meta["meeting"] = number
    extra = set(fold(lang.meeting_line(number, True)).split()) - set(fold(lang.meeting_line(number)).split())
    folded = fold(text)
    meta["meeting_resumed"] = bool(extra) and all(word in folded for word in extra)


def _workflow(statement: etree._Element, meta: dict[str, Any]) -> None:
    sponsors: list[str] = []
    for step in statement.iter(f"{AKN}step"):
        outcome, by = step.get("outcome") or "", (step.get("by") or "").strip()
        if outcome == "draftResolution":
            if by:
                sponsors.insert(0, by)
            if step.get("as"):
                meta["draft_symbol"] = step.get("as")
            if _date(step.get("date")):
                meta["draft_submitted_on"] = _date(step.get("date"))
        elif outcome == "draftResolutionAdditionalSponsors" and by:
            sponsors.append(by)
        elif outcome == "recommendedForAdoption" and step.get("as") and not meta.get("reports"):
            meta["reports"] = [Report(symbol=step.get("as") or "", paragraph=step.get("refersTo") or None)]
    if sponsors and "sponsors" not in meta:  # a draft's masthead lists them one by one
        meta["sponsors"] = sponsors


def _voting(statement: etree._Element, meta: dict[str, Any]) -> None:
    voting = statement.find(f".//{AKN}voting")
    if voting is None or not voting.get("outcome"):
        return
    counts: dict[str, int] = {}
    members: dict[str, list[str]] = {}
    for count in voting.iter(f"{AKN}count"):
        value, side = (count.get("value") or "").strip(), count.get("refersTo") or ""
        if value.isdigit():
            counts[side] = int(value)
        # akn4un:voters lists the Member States of a recorded vote, one organization each
        members[side] = [
            all_text(org).strip() for org in count.iter(f"{AKN}organization") if all_text(org).strip()
        ]
    meta["vote"] = Vote(
        outcome=voting.get("outcome") or "",
        in_favour=counts.get("inFavour"),
        against=counts.get("against"),
        abstaining=counts.get("abstaining"),
        members_in_favour=members.get("inFavour", []),
        members_against=members.get("against", []),
        members_abstaining=members.get("abstaining", []),
    )


def _unless(value: str, default: str) -> str:
    """``value``, or "" where it is only what the AKN writer puts for a value the model lacks."""
    return "" if value == default else value


def _classifications(statement: etree._Element, meta: dict[str, Any]) -> None:
    """The subject keywords of the ``classification`` blocks, group by group."""
    found = [
        Classification(
            source=_unless(group.get("source") or "", "#un"),  # the writer's default for none
            keywords=[
                Keyword(
                    value=keyword.get("value") or "",
                    href=keyword.get("href") or "",
                    show_as=_unless(keyword.get("showAs") or "", keyword.get("value") or ""),
                    dictionary=keyword.get("dictionary") or "",
                )
                for keyword in group.iter(f"{AKN}keyword")
                if keyword.get("value")
            ],
        )
        for group in statement.iter(f"{AKN}classification")
    ]
    if found:
        meta["classifications"] = found
