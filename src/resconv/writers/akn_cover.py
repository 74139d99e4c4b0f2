"""Masthead (``coverPage``), ``preface`` and closing (``conclusions``) of an AKN4UN resolution.

Every visible string comes from the language data (``resconv.language``) and the session names
from ``resconv.sessions``; the order of the ten masthead lines is the UN's (akn4un.md §4).
A draft (``meta.stage == "draft"``) gets the draft masthead instead (un-layout.md §4): "Distr.:
Limited", "Original: …", the committee line, the sponsors line with each sponsor an
``inline name="sponsor"`` and the asterisk note an ``authorialNote marker="*"``; no adoption line,
report line or closing.
"""

from __future__ import annotations

import re

from lxml import etree

from resconv.language import LanguageData
from resconv.model import Meta
from resconv.writers.akn_inline import add_text, sub


def agenda_line(meta: Meta, lang: LanguageData) -> str:
    return lang.agenda_line([item.number for item in meta.agenda_items])


def origin_document(meta: Meta, lang: LanguageData) -> str:
    """ "A/75/399, para. 96" or the symbols of a plenary draft joined with "and"."""
    if len(meta.reports) == 1 and meta.reports[0].paragraph:
        report = meta.reports[0]
        return lang["report_paragraph"].format(symbol=report.symbol, paragraph=report.paragraph)
    return lang.join_and([r.symbol for r in meta.reports])


def date_line(meta: Meta, lang: LanguageData) -> str:
    if meta.stage == "draft":
        return lang["draft_resolution"].format(sponsors=lang.join_and(meta.sponsors)) if meta.sponsors else ""
    return lang["adoption_heading"].format(date=lang.format_date(meta.adopted_on)) if meta.adopted_on else ""


def write_cover(statement: etree._Element, meta: Meta, lang: LanguageData) -> None:
    """The ten masthead lines, each a ``p``."""
    cover = sub(statement, "coverPage", eId="coverPage_1")
    span = sub(sub(cover, "p"), "span", refersTo="#publisher", class_="upperLeft")
    sub(span, "docAuthority", lang["organization"], refersTo="#publisher")
    sub(sub(cover, "p", class_="upperRight"), "docNumber", meta.symbol, refersTo="#symbol")
    organ = sub(cover, "p", class_="upperLeft")
    sub(organ, "img", src="logo-un.jpg")
    sub(organ, "docAuthority", lang["organ"], refersTo="#issuingBody", class_="rightBig")
    status = lang[f"distribution_{meta.distribution}"]
    refers = f"#{meta.distribution}Distribution"
    sub(sub(cover, "p"), "docStatus", status, refersTo=refers, class_="rightSmall")
    if meta.issued_on:
        issued = lang.format_issue_date(meta.issued_on)
        sub(
            sub(cover, "p"),
            "docDate",
            issued,
            date=meta.issued_on.isoformat(),
            class_="rightSmall",
            refersTo="#dateOfIssuance",
        )
    draft = meta.stage == "draft"
    if draft and meta.original_language:
        sub(sub(cover, "p"), "inline", original_line(meta, lang), name="originalLanguage")
    if meta.session is not None:
        session = sub(
            sub(cover, "p"),
            "session",
            lang.session_line(meta.session, meta.session_kind),
            refersTo="#generalAssembly",
            value=str(meta.session),
        )
        session.set("eId", "coverPage_1__session_1")
    if draft and meta.committee and meta.committee != "noMainCommittee":
        committee = lang.committee_line(meta.committee)
        sub(sub(cover, "p"), "docProponent", committee, refersTo=f"#{meta.committee}")
    sub(sub(cover, "p"), "inline", agenda_line(meta, lang), name="agenda item")
    title = next((item.title for item in meta.agenda_items if item.title), "")
    sub(sub(cover, "p"), "inline", title, name="agenda item name")
    if draft:
        sponsors_line(sub(sub(cover, "p"), "docTitle"), meta, lang)
        return
    sub(sub(cover, "p"), "docTitle", date_line(meta, lang))
    if meta.reports or meta.committee:
        _proponent(sub(cover, "p"), meta, lang)


def original_line(meta: Meta, lang: LanguageData) -> str:
    """ "Original: English", the language named in the document's own language."""
    code = meta.original_language or ""
    names: dict[str, str] = lang.strings.get("language_names", {})
    return lang["original"].format(language=names.get(code, code))


def sponsors_line(title: etree._Element, meta: Meta, lang: LanguageData) -> None:
    """ "Indonesia and Mexico:* draft resolution": one ``inline name="sponsor"`` per sponsor (names
    may contain "and" or commas), the asterisk note after the punctuation that follows them."""
    before, _, after = lang["draft_resolution"].partition("{sponsors}")
    add_text(title, before)
    for i, sponsor in enumerate(meta.sponsors):
        if i:
            add_text(title, lang.separator_before(sponsor, last=i == len(meta.sponsors) - 1))
        sub(title, "inline", sponsor, name="sponsor")
    punct = re.match(r"[^\s\w]*", after)
    cut = punct.end() if punct else 0
    add_text(title, after[:cut])
    if meta.sponsors_note:
        note = sub(title, "authorialNote", marker="*", placement="bottom", eId="authorialNote_sponsors")
        sub(note, "p", meta.sponsors_note)
    add_text(title, after[cut:])


def _proponent(p: etree._Element, meta: Meta, lang: LanguageData) -> None:
    """ "[on the report of the First Committee (<inline>A/75/399, para. 96</inline>)]"."""
    committee = meta.committee or "noMainCommittee"
    el = sub(p, "docProponent", refersTo=f"#{committee}")
    if committee == "noMainCommittee":
        template, slot = lang["without_committee"], "{document}"
    else:
        template = lang["report_line"].replace("{committee}", lang.committee_name(committee))
        slot = "{report}"
    before, _, after = template.partition(slot)
    el.text = before
    origin = sub(el, "inline", origin_document(meta, lang), name="originating document")
    origin.tail = after


def write_preface(statement: etree._Element, meta: Meta) -> None:
    """``docNumber`` "75/47." (A/B parts: "75/101 A.") and the title; a part's own title after."""
    preface = sub(statement, "preface")
    p = sub(preface, "p")
    number = meta.resolution_number or ("" if meta.stage == "draft" else meta.symbol)
    if number:  # a draft's title has no number above it
        sub(p, "docNumber", f"{number} {meta.part}." if meta.part else f"{number}.")
    sub(p, "docTitle", meta.title, refersTo="#resolutionTitle")
    if meta.part_title:  # a lettered part's own title: "Information in the service of humanity"
        sub(sub(preface, "p"), "inline", meta.part_title, name="partTitle")


def write_conclusions(statement: etree._Element, meta: Meta, lang: LanguageData) -> None:
    """Meeting then date, the sessions 75-77 form (``inline name="adoptionMeeting"``); none for drafts."""
    if meta.stage == "draft" or (meta.meeting is None and meta.adopted_on is None):
        return
    p = sub(sub(statement, "conclusions", eId="conclusions"), "p")
    if meta.meeting is not None:
        title = re.sub(r"\s+", " ", lang.ordinal(meta.meeting))
        sub(
            p,
            "inline",
            lang.meeting_line(meta.meeting, meta.meeting_resumed),
            name="adoptionMeeting",
            title=title,
        )
    if meta.meeting is not None and meta.adopted_on is not None:
        sub(p, "eol")
    if meta.adopted_on is not None:
        sub(
            p,
            "docDate",
            lang.format_date(meta.adopted_on),
            date=meta.adopted_on.isoformat(),
            refersTo="#adoptionDate",
        )
    add_text(p, "")
