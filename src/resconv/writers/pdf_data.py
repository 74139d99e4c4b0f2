"""The data the PDF template lays out: the model plus the language's fixed strings, as JSON.

The template receives everything through ``sys.inputs`` as data, so no text from a document ever
becomes Typst markup. Fixed strings come from ``resconv.language``; inline content stays a list of
small nodes ({"t": "text" | "em" | "ref" | "fn", ...}) that the template renders.
"""

from __future__ import annotations

import json
from typing import Any

from resconv.language import LanguageData, language
from resconv.model import (
    Annex,
    DocumentRef,
    Emphasis,
    FootnoteRef,
    Heading,
    Inline,
    Link,
    Meta,
    OperativeParagraph,
    Resolution,
    Subparagraph,
    Text,
    repeated_headings,
)
from resconv.writers.page_codes import barcode_modules, qr_svg

Json = dict[str, Any]


class _Footnotes:
    """Footnote texts by marker: the first reference carries the note, later ones only the mark,
    printed the language's way ("(1)" in Arabic)."""

    def __init__(self, resolution: Resolution, lang: LanguageData) -> None:
        self.texts = {note.marker: note.text for note in resolution.footnotes}
        self.used: set[str] = set()
        self.lang = lang

    def node(self, ref: FootnoteRef) -> Json:
        first = ref.marker not in self.used and ref.marker in self.texts
        self.used.add(ref.marker)
        body = inlines(self.texts[ref.marker], self, in_note=True) if first else []
        return {"t": "fn", "marker": self.lang.note_mark(ref.marker), "first": first, "body": body}


def _inline(node: Inline, notes: _Footnotes, in_note: bool) -> Json | None:
    if isinstance(node, Text):
        return {"t": "text", "s": node.text}
    if isinstance(node, Emphasis):
        return {"t": "em", "style": node.style, "s": node.text}
    if isinstance(node, DocumentRef):
        return {"t": "ref", "s": node.text, "url": notes.lang.document_url(node.symbol)}
    if isinstance(node, Link):
        return {"t": "ref", "s": node.text, "url": node.url}
    if isinstance(node, FootnoteRef):
        return {"t": "text", "s": ""} if in_note else notes.node(node)
    return None


def inlines(nodes: list[Inline], notes: _Footnotes, *, in_note: bool = False) -> list[Json]:
    """Inline nodes as template data (footnote references inside footnotes print nothing)."""
    return [d for d in (_inline(n, notes, in_note) for n in nodes) if d is not None]


def _text(s: str) -> Json:
    return {"t": "text", "s": s}


def _subparagraphs(subs: list[Subparagraph], notes: _Footnotes) -> list[Json]:
    return [
        {"label": s.label, "text": inlines(s.text, notes), "subs": _subparagraphs(s.subparagraphs, notes)}
        for s in subs
    ]


def _block(block: OperativeParagraph | Heading, lang: LanguageData, notes: _Footnotes) -> Json:
    if isinstance(block, Heading):
        return {"kind": "heading", "num": block.num, "text": inlines(block.text, notes)}
    return {
        "kind": "paragraph",
        "label": lang.number_label(block.number) if block.number else "",
        "text": inlines(block.text, notes),
        "subs": _subparagraphs(block.subparagraphs, notes),
        "wrap_up": inlines(block.wrap_up, notes),
    }


# --------------------------------------------------------------------------- masthead strings
def _agenda(meta: Meta, lang: LanguageData) -> Json:
    titles = [item.title for item in meta.agenda_items if item.title]
    return {"line": lang.agenda_line([item.number for item in meta.agenda_items]), "titles": titles}


def _report_parts(meta: Meta, lang: LanguageData) -> list[Json]:
    """The report list as inlines: each symbol a link, paragraph references as text."""
    parts: list[Json] = []
    for i, report in enumerate(meta.reports):
        if i:
            parts.append(_text(f" {lang['and']} "))
        link = {
            "t": "ref",
            "s": report.symbol,
            "url": lang.document_url(report.symbol),
        }
        if report.paragraph:
            before, _, after = lang["report_paragraph"].partition("{symbol}")
            parts += [_text(before), link, _text(after.format(paragraph=report.paragraph))]
        else:
            parts.append(link)
    return [p for p in parts if p.get("s")]


def report_line(meta: Meta, lang: LanguageData) -> list[Json]:
    """ "[on the report of the First Committee (A/75/399, para. 96)]" as inline nodes, or []."""
    if meta.committee and meta.committee != "noMainCommittee":
        pattern = lang["report_line"].replace("{committee}", lang.committee_name(meta.committee))
        slot = "{report}"
    elif meta.reports:
        pattern, slot = lang["without_committee"], "{document}"
    else:
        return []
    before, _, after = pattern.partition(slot)
    return [p for p in [_text(before), *_report_parts(meta, lang), _text(after)] if p.get("s")]


def adoption_lines(meta: Meta, lang: LanguageData) -> list[str]:
    """The adoption heading on two lines, broken before the date (and a short preposition before it)."""
    if meta.adopted_on is None:
        return []
    date = lang.format_date(meta.adopted_on)
    before, _, after = lang["adoption_heading"].partition("{date}")
    head, _, last = before.rstrip().rpartition(" ")
    if head and len(last) <= 3:
        return [head, f"{last} {date}{after}".strip()]
    if before.strip():
        return [before.strip(), f"{date}{after}".strip()]
    return [f"{date}{after}".strip()]


def _original(meta: Meta, lang: LanguageData) -> str:
    if meta.original_language is None:
        return ""
    names = language(str(lang.strings.get("issue_date_language", lang.code))).strings["language_names"]
    return lang["original"].format(language=names[meta.original_language])


def _sponsors_line(meta: Meta, lang: LanguageData) -> str:
    """ "Indonesia:* draft resolution": the asterisk of the sponsors note follows the colon."""
    if not meta.sponsors:
        return ""
    before, _, after = lang["draft_resolution"].partition("{sponsors}")
    if meta.sponsors_note and after and after[0] in ":：":
        after = after[:1] + "*" + after[1:]
    elif meta.sponsors_note:
        after = "*" + after
    return before + lang.join_and(meta.sponsors) + after


def formula(resolution: Resolution, lang: LanguageData) -> list[Json]:
    """The enacting formula, its organ phrase emphasised the language's way."""
    text = resolution.enacting_formula
    phrase = lang["formula_phrase"]
    if text.startswith(phrase):
        rest = text[len(phrase) :]
        return [{"t": "em", "style": lang.emphasis, "s": phrase}, *([_text(rest)] if rest else [])]
    return [_text(text)] if text else []


def masthead(meta: Meta, lang: LanguageData) -> Json:
    """Every fixed line of page 1, already in the document's language."""
    draft = meta.stage == "draft"
    distribution = (
        "distribution_limited" if draft or meta.distribution == "limited" else "distribution_general"
    )
    number = meta.resolution_number
    return {
        "organization": lang["organization"],
        "organ": lang["organ"],
        "distribution": lang[distribution],
        "issued": lang.format_issue_date(meta.issued_on) if meta.issued_on else "",
        "original": _original(meta, lang) if draft else "",
        "session": lang.session_line(meta.session, meta.session_kind),
        "agenda": _agenda(meta, lang),
        "committee": lang.committee_line(meta.committee) if draft and meta.committee else "",
        "sponsors": _sponsors_line(meta, lang) if draft else "",
        "sponsors_note": meta.sponsors_note if draft else "",
        "adoption": [] if draft else adoption_lines(meta, lang),
        "report": [] if draft else report_line(meta, lang),
        "number": f"{number}." if number else "",  # "75/47." in every language
        "meeting": lang.meeting_line(meta.meeting, meta.meeting_resumed)
        if meta.meeting and not draft
        else "",
        "date": lang.format_date(meta.adopted_on) if meta.adopted_on and not draft else "",
    }


def document_data(resolution: Resolution, *, paper: str = "letter") -> Json:
    """The whole document as template data."""
    meta = resolution.meta
    lang = language(meta.language)
    notes = _Footnotes(resolution, lang)
    job = meta.job_number
    return {
        "lang": meta.language,
        "rtl": lang.rtl,
        "script": str(lang.strings.get("script", "latin")),
        "masthead_italic": lang.masthead_italic,
        "paper": "a4" if paper.lower() == "a4" else "us-letter",
        "draft": meta.stage == "draft",
        "symbol": meta.symbol,
        "title": meta.title,
        "part_label": lang.part_label(meta.part) if meta.part and meta.resolution_number else "",
        "part_title": meta.part_title,
        "short_title": lang.short_title(meta.title),
        "job": job,
        "job_short": job.split(" (")[0] if job else "",
        "codes": {"barcode": barcode_modules(meta), "qr": qr_svg(meta), "recycle": lang["please_recycle"]},
        "masthead": masthead(meta, lang),
        "formula": formula(resolution, lang),
        "preamble": [
            {"text": inlines(p.text, notes), "subs": _subparagraphs(p.subparagraphs, notes)}
            for p in resolution.preamble
        ],
        "operative": [_block(b, lang, notes) for b in resolution.operative],
        "annexes": [_annex(a, lang, notes) for a in resolution.annexes],
    }


def _annex(annex: Annex, lang: LanguageData, notes: _Footnotes) -> Json:
    """Heading lines as inline content (from the heading blocks that give them, so that their
    notes, links and emphasis print), then the other blocks."""
    repeated = repeated_headings(annex)
    headings = [
        inlines([Text(text=f"{block.num} ")] if block.num else [], notes) + inlines(block.text, notes)
        for block in annex.blocks[:repeated]
        if isinstance(block, Heading)
    ]
    headings += [[_text(line)] for line in annex.headings[repeated:]]
    return {"headings": headings, "blocks": [_block(b, lang, notes) for b in annex.blocks[repeated:]]}


def document_json(resolution: Resolution, *, paper: str = "letter", fonts: dict[str, str]) -> str:
    """The template input: document data plus the font families to use."""
    data = document_data(resolution, paper=paper)
    data["fonts"] = fonts
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
