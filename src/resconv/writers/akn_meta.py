"""The AKN4UN ``meta`` block, masthead (``coverPage``), ``preface`` and closing (``conclusions``).

IRIs, TLC references and masthead order follow the UN's published files (akn4un.md §2-§4, §7).
No current time: the markup date is the caller's timestamp, else the issue or adoption date.
"""

from __future__ import annotations

import datetime as dt

from lxml import etree

from resconv.formats import WriteOptions
from resconv.language import LanguageData
from resconv.model import Meta
from resconv.writers.akn_inline import A4U, sub

UNKNOWN_DATE = "0001-01-01"
TLC = [
    ("TLCOrganization", "source", "/akn/ontology/organization/un/DGACM", "DGACM"),
    ("TLCConcept", "dateOfIssuance", "/akn/ontology/concept/un/dateOfIssuance", "Date of issuance"),
    ("TLCConcept", "dateOfAdoption", "/akn/ontology/concept/un/dateOfAdoption", "Date of adoption"),
    ("TLCConcept", "symbol", "/akn/ontology/reference/un/symbol", "Symbol"),
    ("TLCRole", "publisher", "/akn/ontology/role/un/publisher", "Publisher"),
    ("TLCRole", "issuingBody", "/akn/role/concept/un/issuingBody", "Issuing body"),
    ("TLCRole", "author", "/akn/ontology/role/un/author", "Author"),
    ("TLCRole", "editor", "/akn/ontology/role/un/editor", "Editor"),
    ("TLCRole", "distribution", "/akn/ontology/concept/un/generalDistribution", "General distribution"),
    ("TLCOrganization", "ga", "/akn/ontology/organization/un/generalAssembly", "General Assembly"),
    ("TLCTerm", "resolutionTitle", "/akn/ontology/reference/un/resolutionTitle", "Resolution title"),
]
VOTE_TLC = [
    ("memberState", "/akn/ontology/organization/un/memberState", "Member State"),
    ("inFavour", "/akn/ontology/concept/un/voting/inFavour", "In favour"),
    ("against", "/akn/ontology/concept/un/voting/against", "Against"),
    ("abstaining", "/akn/ontology/concept/un/voting/abstaining", "Abstaining"),
]


def _iso(date: dt.date | None) -> str:
    return date.isoformat() if date else UNKNOWN_DATE


def work_iri(meta: Meta) -> str:
    """``/akn/un/statement/deliberation/unga/<adopted>/<session>-<n>/`` (A/B parts: 75-101A)."""
    number = meta.resolution_number or meta.symbol.removeprefix("A/") or "draft"
    date = meta.adopted_on or meta.issued_on
    return f"/akn/un/statement/deliberation/unga/{_iso(date)}/{number.replace('/', '-')}{meta.part}/"


def markup_date(meta: Meta, options: WriteOptions) -> str:
    if options.timestamp:
        return options.timestamp[:10]
    return _iso(meta.issued_on or meta.adopted_on)


def identification(
    parent: etree._Element, meta: Meta, lang: LanguageData, options: WriteOptions, suffix: str = ""
) -> None:
    """FRBR Work/Expression/Manifestation in the UN's form (``zho@``, no date after ``@``)."""
    work, code = work_iri(meta), lang.iso639_2
    ident = sub(parent, "identification", source="#DGACM")
    frbr = sub(ident, "FRBRWork")
    sub(frbr, "FRBRthis", value=f"{work}!main/{suffix}")
    sub(frbr, "FRBRuri", value=work)
    if meta.stage == "draft":  # not adopted: the Work dates from its issue
        sub(frbr, "FRBRdate", date=_iso(meta.issued_on), name="publication")
    else:
        sub(frbr, "FRBRdate", date=_iso(meta.adopted_on or meta.issued_on), name="adoption")
    sub(frbr, "FRBRauthor", href="ga", as_="author")
    sub(frbr, "FRBRcountry", value="un")
    expr = sub(ident, "FRBRExpression")
    sub(expr, "FRBRthis", value=f"{work}{code}@!main/{suffix}")
    sub(expr, "FRBRuri", value=f"{work}{code}@/")
    sub(expr, "FRBRdate", date=_iso(meta.issued_on or meta.adopted_on), name="publication")
    sub(expr, "FRBRauthor", href="ga", as_="issuer")
    sub(expr, "FRBRlanguage", language=code)
    manif = sub(ident, "FRBRManifestation")
    sub(manif, "FRBRthis", value=f"{work}{code}@/!main{'/' + suffix if suffix else ''}.xml")
    sub(manif, "FRBRuri", value=f"{work}{code}@.xml")
    sub(manif, "FRBRdate", date=markup_date(meta, options), name="markup")
    sub(manif, "FRBRauthor", href="DGACM", as_="editor")


def write_meta(statement: etree._Element, meta: Meta, lang: LanguageData, options: WriteOptions) -> None:
    """The ``meta`` block: identification, workflow, voting, references, first-page footer."""
    block = sub(statement, "meta")
    identification(block, meta, lang, options)
    _classifications(block, meta)
    _workflow(block, meta)
    if meta.vote is not None:
        _voting(block, meta)
    refs = sub(block, "references", source="#DGACM")
    for kind, eid, href, show in TLC:
        sub(refs, kind, eId=eid, href=href, showAs=show)
    if meta.committee:
        sub(
            refs,
            "TLCTerm",
            eId=meta.committee,
            href=f"#{meta.committee}",
            showAs=lang.committee_name(meta.committee),
        )
    if meta.vote is not None:
        for eid, href, show in VOTE_TLC:
            sub(refs, "TLCTerm", eId=eid, href=href, showAs=show)
    if meta.job_number:
        _footer(block, meta)


def _workflow(block: etree._Element, meta: Meta) -> None:
    """The four steps of the UN files (a draft: the first two); unknown dates 0001-01-01, unknown
    sponsors ""."""
    flow = sub(block, "workflow", source="#un")
    draft = {"as_": meta.draft_symbol} if meta.draft_symbol else {}
    sponsors = meta.sponsors[0] if meta.sponsors else ""
    sub(flow, "step", date=_iso(meta.draft_submitted_on), outcome="draftResolution", **draft, by=sponsors)
    sub(
        flow,
        "step",
        date=UNKNOWN_DATE,
        outcome="draftResolutionAdditionalSponsors",
        by=", ".join(meta.sponsors[1:]),
    )
    if meta.stage == "draft":
        return  # not yet recommended or adopted
    report = meta.reports[0] if meta.reports and meta.committee not in (None, "noMainCommittee") else None
    rec = {"as_": report.symbol} if report else {}
    para = {"refersTo": report.paragraph} if report and report.paragraph else {}
    sub(flow, "step", date=UNKNOWN_DATE, outcome="recommendedForAdoption", **rec, by="", **para)
    record = {"as_": f"A/{meta.session}/PV.{meta.meeting}"} if meta.session and meta.meeting else {}
    sub(flow, "step", date=_iso(meta.adopted_on), outcome="adopted", **record, by="")


def _classifications(block: etree._Element, meta: Meta) -> None:
    """The subject keywords the UN files carry, group by group."""
    for group in meta.classifications:
        element = sub(block, "classification", source=group.source or "#un")
        for keyword in group.keywords:
            attributes = {"href": keyword.href, "showAs": keyword.show_as or keyword.value}
            sub(element, "keyword", value=keyword.value, **attributes, dictionary=keyword.dictionary)


def _voting(block: etree._Element, meta: Meta) -> None:
    assert meta.vote is not None
    voting = sub(
        sub(sub(block, "analysis", source="#un"), "parliamentary"), "voting", outcome=meta.vote.outcome
    )
    counts = [
        ("inFavour", meta.vote.in_favour),
        ("against", meta.vote.against),
        ("abstaining", meta.vote.abstaining),
    ]
    members = {
        "inFavour": meta.vote.members_in_favour,
        "against": meta.vote.members_against,
        "abstaining": meta.vote.members_abstaining,
    }
    # a side whose Member States are known but not counted: their number is the count
    written = [
        (name, value if value is not None else len(members[name]))
        for name, value in counts
        if value is not None or members[name]
    ]
    for name, value in written:
        count = sub(voting, "count", value=str(value), refersTo=name)
        if members[name]:  # a recorded vote: the Member States on this side, as the UN lists them
            voters = etree.SubElement(count, f"{{{A4U}}}voters")
            for member in members[name]:
                sub(voters, "organization", member, refersTo="memberState")
    if not written:
        sub(voting, "quorum", value="")


def _footer(block: etree._Element, meta: Meta) -> None:
    pres = sub(block, "presentation", source="#un")
    footer = etree.SubElement(pres, f"{{{A4U}}}footerFirstPage")
    left = etree.SubElement(
        etree.SubElement(footer, f"{{{A4U}}}footerFirstPageLeft"), f"{{{A4U}}}internalCode"
    )
    sub(left, "docketNumber", meta.job_number, refersTo="#publicationJobNumber")
