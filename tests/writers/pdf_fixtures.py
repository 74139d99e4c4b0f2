"""Models for the PDF tests and benchmark: a hand-built resolution, and devset gold files as models.

The gold files (``../shared/corpus/devset/*/gold.json``) hold paragraph text as plain strings; they
are turned into model inline nodes here (leading phrase emphasised, document numbers as links,
footnote references spread over the preamble) so the PDF writer sees realistic content without
waiting for the importers. Nothing from the corpus is copied into the repository.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from resconv.language import language
from resconv.model import (
    AgendaItem,
    Annex,
    Block,
    DocumentRef,
    Emphasis,
    Footnote,
    FootnoteRef,
    Heading,
    Inline,
    Meta,
    OperativeParagraph,
    PreambularParagraph,
    Report,
    Resolution,
    Subparagraph,
    Text,
)

_SYMBOL = re.compile(
    r"(?<![A-Za-z0-9/])"
    r"(?:A/(?:RES/)?[0-9]{1,2}/[0-9A-Z./]*[0-9A-Z]|[1-9][0-9]/[0-9]{1,3}(?: [A-Z](?![A-Za-z]))?)"
    r"(?![0-9/])"
)


def _lead(lang: str, phrase: str, text: str) -> list[Inline]:
    """``text`` as inline nodes: the leading phrase emphasised, UN symbols as document links."""
    nodes: list[Inline] = []
    rest = text
    if phrase and text.startswith(phrase):
        nodes.append(Emphasis(style=language(lang).emphasis, text=phrase))
        rest = text[len(phrase) :]
    pos = 0
    for match in _SYMBOL.finditer(rest):
        if match.start() > pos:
            nodes.append(Text(text=rest[pos : match.start()]))
        found = match.group(0)
        symbol = found if found.startswith("A/") else "A/RES/" + found.split(" ")[0]
        nodes.append(DocumentRef(text=found, symbol=symbol))
        pos = match.end()
    if pos < len(rest):
        nodes.append(Text(text=rest[pos:]))
    return nodes


def _subs(lang: str, items: list[dict[str, Any]]) -> list[Subparagraph]:
    return [
        Subparagraph(
            label=i["label"], text=_lead(lang, "", i["text"]), subparagraphs=_subs(lang, i["subparagraphs"])
        )
        for i in items
    ]


def _block(lang: str, b: dict[str, Any]) -> Block:
    if b["kind"] == "heading":
        return Heading(num=b.get("num") or "", text=[Text(text=b["text"])])
    wrap = b.get("wrap_up") or ""
    return OperativeParagraph(
        number=str(b["number"]) if b.get("number") is not None else None,
        phrase=b.get("phrase", ""),
        text=_lead(lang, b.get("phrase", ""), b["text"]),
        subparagraphs=_subs(lang, b.get("subparagraphs", [])),
        wrap_up=_lead(lang, "", wrap) if wrap else [],
    )


def _meta(g: dict[str, Any]) -> Meta:
    m = g["meta"]
    origin = m.get("originating_document") or ""
    found = re.match(r"\s*(A/[\w./]+?)(?=[,،，\s]|$)(.*)", origin)
    symbol = found.group(1) if found else ""
    para_match = re.search(r"(\d+)\D*$", found.group(2)) if found else None
    para = para_match.group(1) if para_match else None
    items = re.findall(r"\d+(?:\s*\([^)]*\)|\s*[a-z]\))?", m.get("agenda_item", ""))
    return Meta(
        symbol=m["symbol"],
        language=m["language"],
        session=m.get("session"),
        resolution_number=m.get("resolution_number", ""),
        part=m.get("part", ""),
        title=m.get("title", ""),
        adopted_on=dt.date.fromisoformat(m["adopted_on"]) if m.get("adopted_on") else None,
        meeting=m.get("meeting"),
        meeting_resumed="resumed" in m.get("meeting_text", "") or "续会" in m.get("meeting_text", ""),
        agenda_items=[AgendaItem(number=items[0].strip(), title=m.get("agenda_title", ""))] if items else [],
        committee=m.get("committee"),
        reports=[Report(symbol=symbol, paragraph=para)] if symbol else [],
        issued_on=dt.date.fromisoformat(m["issued_on"]) if m.get("issued_on") else None,
        job_number=m.get("job_number", ""),
    )


def from_gold(path: Path) -> Resolution:
    """A model built from one devset ``gold.json`` (footnote references placed in the preamble)."""
    g = json.loads(path.read_text(encoding="utf-8"))
    meta = _meta(g)
    lang = meta.language
    preamble = [
        PreambularParagraph(
            phrase=p.get("phrase", ""),
            text=_lead(lang, p.get("phrase", ""), p["text"]),
            subparagraphs=_subs(lang, p.get("subparagraphs", [])),
        )
        for p in g["preamble"]
    ]
    notes = [
        Footnote(marker=str(f["marker"]), text=_lead(lang, "", f["text"])) for f in g.get("footnotes", [])
    ]
    for i, note in enumerate(notes):  # gold keeps no reference position: spread them out
        if preamble:
            preamble[min(len(preamble) - 1, 2 * i + 1)].text.append(FootnoteRef(marker=note.marker))
    annexes = []
    for a in g.get("annexes") or []:
        headings = list(a.get("headings", []))
        blocks = [b for b in a.get("blocks", []) if not (b["kind"] == "heading" and b["text"] in headings)]
        annexes.append(Annex(headings=headings, blocks=[_block(lang, b) for b in blocks]))
    return Resolution(
        meta=meta,
        enacting_formula=g.get("enacting_formula", ""),
        preamble=preamble,
        operative=[_block(lang, b) for b in g["operative"]],
        footnotes=notes,
        annexes=annexes,
    )


def sample_resolution(lang: str = "en", *, draft: bool = False) -> Resolution:
    """A small English resolution using every kind of block and inline node."""
    em = language(lang).emphasis
    meta = Meta(
        symbol="A/C.1/80/L.14" if draft else "A/RES/80/40",
        language=lang,
        session=80,
        resolution_number="" if draft else "80/40",
        title="Promotion of multilateralism in the area of disarmament and non-proliferation",
        adopted_on=None if draft else dt.date(2025, 12, 1),
        meeting=None if draft else 52,
        agenda_items=[
            AgendaItem(
                number="99 (s)",
                title="General and complete disarmament: promotion "
                "of multilateralism in the area of disarmament and non-proliferation",
            )
        ],
        committee="firstCommittee",
        reports=[] if draft else [Report(symbol="A/80/534", paragraph="7")],
        stage="draft" if draft else "adopted",
        issued_on=dt.date(2025, 10, 17) if draft else dt.date(2025, 12, 3),
        distribution="limited" if draft else "general",
        original_language="en" if draft else None,
        sponsors=["Indonesia"] if draft else [],
        sponsors_note="On behalf of the States Members of the United Nations that are members of the "
        "Movement of Non-Aligned Countries."
        if draft
        else "",
        job_number="25-16445 (E)" if draft else "25-19833 (E)",
    )
    long = (
        " in the area of disarmament and non-proliferation and global efforts against terrorism and"
        " other relevant resolutions, as well as its resolutions"
    )
    preamble = [
        PreambularParagraph(
            phrase="Determined",
            text=[
                Emphasis(style=em, text="Determined"),
                Text(
                    text=" to foster strict respect for the purposes and principles enshrined in the Charter,"
                ),
            ],
        ),
        PreambularParagraph(
            phrase="Recalling",
            text=[
                Emphasis(style=em, text="Recalling"),
                Text(text=" its resolution "),
                DocumentRef(text="56/24", symbol="A/RES/56/24"),
                Text(text=" T of 29 November 2001" + long + " "),
                DocumentRef(text="A/RES/57/63", symbol="A/RES/57/63"),
                Text(text=" of 22 November 2002,"),
                FootnoteRef(marker="1"),
            ],
        ),
        PreambularParagraph(
            phrase="Convinced",
            text=[
                Emphasis(style=em, text="Convinced"),
                Text(text=" that" + " the following matter" * 12 + " most,"),
                FootnoteRef(marker="2"),
            ],
        ),
    ]
    operative: list[Block] = [
        OperativeParagraph(
            number="1",
            phrase="Reaffirms",
            text=[Emphasis(style=em, text="Reaffirms"), Text(text=" multilateralism as the core principle;")],
        ),
        Heading(num="I", text=[Text(text="Follow-up")]),
        OperativeParagraph(
            number="2",
            phrase="Requests",
            text=[Emphasis(style=em, text="Requests"), Text(text=" the Secretary-General to report on:")],
            subparagraphs=[
                Subparagraph(
                    label="(a)",
                    text=[Text(text="The state of negotiations;")],
                    subparagraphs=[Subparagraph(label="(i)", text=[Text(text="Bilateral ones;")])],
                ),
                Subparagraph(
                    label="(b)", text=[Text(text="Measures taken"), FootnoteRef(marker="1"), Text(text=";")]
                ),
            ],
            wrap_up=[Text(text="and to submit the report in good time;")],
        ),
        OperativeParagraph(
            number="3",
            phrase="Decides",
            text=[Emphasis(style=em, text="Decides"), Text(text=" to remain seized of the matter.")],
        ),
    ]
    return Resolution(
        meta=meta,
        enacting_formula=language(lang)["enacting_formula"],
        preamble=preamble,
        operative=operative,
        footnotes=[
            Footnote(
                marker="1",
                text=[
                    Text(text="Resolution "),
                    DocumentRef(text="55/2", symbol="A/RES/55/2"),
                    Text(text="."),
                ],
            ),
            Footnote(
                marker="2",
                text=[
                    Text(text="See "),
                    DocumentRef(text="A/74/548", symbol="A/74/548"),
                    Text(text=", annex."),
                ],
            ),
        ],
        annexes=[
            Annex(
                headings=["Annex", "Oath of office"],
                blocks=[
                    OperativeParagraph(
                        text=[Text(text="I solemnly swear to exercise my functions in loyalty.")]
                    )
                ],
            )
        ],
    )


_SCRIPT_TEXT = {
    "zh": ("回顾", "其以往关于这一问题的各项决议，", "决定", "继续审议这一问题。", "第55/2号决议。"),
    "ar": (
        "إذ تشير إلى",
        " قراراتها السابقة بشأن هذه المسألة،",
        "تقرر",
        " أن تبقي المسألة قيد نظرها.",
        "القرار 55/2.",
    ),
}


def script_sample(lang: str) -> Resolution:
    """A short Chinese or Arabic resolution (own wording) with a footnote and a document link."""
    phrase, rest, verb, decision, note = _SCRIPT_TEXT[lang]
    model = sample_resolution(lang)
    em = language(lang).emphasis
    model.meta.title = rest.strip(" ،，。")
    model.preamble = [
        PreambularParagraph(
            phrase=phrase, text=[Emphasis(style=em, text=phrase), Text(text=rest), FootnoteRef(marker="1")]
        )
    ]
    model.operative = [
        OperativeParagraph(number="1", phrase=verb, text=[Emphasis(style=em, text=verb), Text(text=decision)])
    ]
    model.footnotes = [Footnote(marker="1", text=[Text(text=note)])]
    model.annexes = []
    return model


def devset_gold(corpus: Path, lang: str | None = None) -> list[Path]:
    """The devset gold files, optionally of one language."""
    pattern = f"*_{lang}/gold.json" if lang else "*/gold.json"
    return sorted((corpus / "devset").glob(pattern))
