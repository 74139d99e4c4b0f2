"""The Resolution model: the one contract between every importer and every exporter.

Pandoc's shape: a small tree of metadata, blocks and inline nodes, no rendering methods.
Numbers and labels are kept exactly as printed; nothing is regenerated. ``source_line`` fields
point diagnostics at the input and are excluded from the JSON form (it is a public contract
versioned by ``schema_version``).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.2"  # 1.1: recorded votes by Member State, subject keywords, draft date, links;
# 1.2: the title of a lettered part (meta.part_title)

Language = Literal["ar", "zh", "en", "fr", "ru", "es"]
LANGUAGES: tuple[Language, ...] = ("ar", "zh", "en", "fr", "ru", "es")
EmphasisStyle = Literal["italic", "bold", "bold italic"]
SessionKind = Literal["regular", "special", "emergency special"]
# How a symbol marks the session's kind before its number: A/RES/75/47, A/RES/S-30/1, A/ES-11/L.7
SESSION_KIND_PREFIXES: dict[str, SessionKind] = {"": "regular", "S-": "special", "ES-": "emergency special"}
Committee = Literal[
    "firstCommittee",
    "secondCommittee",
    "thirdCommittee",
    "fourthCommittee",
    "fifthCommittee",
    "sixthCommittee",
    "noMainCommittee",
]


class Node(BaseModel):
    """Base of every model class: strict fields, no stray keys."""

    model_config = ConfigDict(extra="forbid", validate_assignment=False)


def _line() -> int | None:
    return Field(default=None, exclude=True, repr=False, description="1-based source line")


# --------------------------------------------------------------------------- inline content
class Text(Node):
    """Plain running text."""

    type: Literal["text"] = "text"
    text: str


class Emphasis(Node):
    """Emphasised text: the language's leading-phrase style, or emphasis inside a paragraph."""

    type: Literal["emphasis"] = "emphasis"
    style: EmphasisStyle = "italic"
    text: str


class DocumentRef(Node):
    """A reference to a UN document, printed as ``text`` (e.g. "73/41"), resolving to ``symbol``."""

    type: Literal["docref"] = "docref"
    text: str
    symbol: str = Field(description="full UN symbol, e.g. A/RES/73/41 or A/75/399")


class Link(Node):
    """A link to an address outside the UN's documents ("www.un.org/fr/ga/sixth/"), printed as
    ``text``."""

    type: Literal["link"] = "link"
    text: str
    url: str = Field(description="http or https address")


class FootnoteRef(Node):
    """The point where a footnote is referenced; its text lives in ``Resolution.footnotes``."""

    type: Literal["footnote_ref"] = "footnote_ref"
    marker: str


Inline = Annotated[Text | Emphasis | DocumentRef | Link | FootnoteRef, Field(discriminator="type")]


# --------------------------------------------------------------------------- blocks
class Subparagraph(Node):
    """A lettered or numbered item inside a paragraph, label as printed: (a), a), (i), (أ), ㈠."""

    label: str
    text: list[Inline] = Field(default_factory=list)
    subparagraphs: list[Subparagraph] = Field(default_factory=list)
    source_line: int | None = _line()


class PreambularParagraph(Node):
    """A preambular paragraph. ``text`` includes the leading phrase, emphasised."""

    phrase: str = Field(default="", description="leading phrase as printed, '' when none")
    text: list[Inline] = Field(default_factory=list)
    subparagraphs: list[Subparagraph] = Field(default_factory=list)
    source_line: int | None = _line()


class OperativeParagraph(Node):
    """A numbered operative paragraph (or the single unnumbered one)."""

    kind: Literal["paragraph"] = "paragraph"
    number: str | None = Field(default=None, description="printed number without its punctuation")
    phrase: str = ""
    text: list[Inline] = Field(default_factory=list)
    subparagraphs: list[Subparagraph] = Field(default_factory=list)
    wrap_up: list[Inline] = Field(default_factory=list, description="text after the subparagraphs")
    source_line: int | None = _line()


class Heading(Node):
    """A section heading inside the operative part or an annex ("I", "Budget")."""

    kind: Literal["heading"] = "heading"
    num: str = ""
    text: list[Inline] = Field(default_factory=list)
    source_line: int | None = _line()


Block = Annotated[OperativeParagraph | Heading, Field(discriminator="kind")]


class Footnote(Node):
    """A footnote, identified by the marker printed in the text."""

    marker: str
    text: list[Inline] = Field(default_factory=list)
    source_line: int | None = _line()


class Annex(Node):
    """An annex: its heading lines and its blocks."""

    name: str = "annex"
    headings: list[str] = Field(default_factory=list, description="e.g. ['Annex', 'Oath of office']")
    blocks: list[Block] = Field(default_factory=list)


# --------------------------------------------------------------------------- metadata
class AgendaItem(Node):
    """An agenda item as printed ("103 (u)") with its title."""

    number: str
    title: str = ""


class Report(Node):
    """The committee report (or draft) the resolution was adopted on."""

    symbol: str
    paragraph: str | None = None


class Vote(Node):
    """Voting outcome, when known (the UN XML carries it; printed text does not)."""

    outcome: Literal["adoptedWithoutVote", "adoptedRecordedVote"] | str
    in_favour: int | None = None
    against: int | None = None
    abstaining: int | None = None
    members_in_favour: list[str] = Field(
        default_factory=list, description='Member States as the UN files name them ("AFGHANISTAN")'
    )
    members_against: list[str] = Field(default_factory=list)
    members_abstaining: list[str] = Field(default_factory=list)


class Keyword(Node):
    """A subject term the UN files classify a resolution by: an SDG target, a EuroVoc or UNBIS
    Thesaurus concept."""

    value: str
    href: str = ""
    show_as: str = ""
    dictionary: str = Field(default="", description='"SDGO", "EuroVoc", "UNBIS Thesaurus" ...')


class Classification(Node):
    """A group of subject terms, as the UN files group them (one per SDG)."""

    source: str = ""
    keywords: list[Keyword] = Field(default_factory=list)


class Meta(Node):
    """Masthead and adoption facts. Strings in the document's language unless noted."""

    symbol: str = ""
    language: Language = "en"
    session: int | None = None
    session_kind: SessionKind = "regular"
    resolution_number: str = Field(default="", description='"75/47", or "" for drafts')
    part: str = Field(default="", description='"A" or "B" for lettered resolutions')
    part_title: str = Field(
        default="", description='a lettered part\'s own title: "Information in the service of humanity"'
    )
    title: str = ""
    adopted_on: dt.date | None = None
    meeting: int | None = Field(default=None, description="plenary meeting number")
    meeting_resumed: bool = False
    agenda_items: list[AgendaItem] = Field(default_factory=list)
    committee: Committee | None = None
    reports: list[Report] = Field(default_factory=list)
    stage: Literal["draft", "adopted"] = "adopted"
    issued_on: dt.date | None = None
    distribution: Literal["general", "limited"] = "general"
    original_language: Language | None = None
    sponsors: list[str] = Field(default_factory=list)
    sponsors_note: str = Field(default="", description="the asterisk note of a draft")
    job_number: str = Field(default="", description='e.g. "20-16859 (C)"')
    vote: Vote | None = None
    draft_symbol: str = Field(default="", description='the draft adopted, e.g. "A/C.1/75/L.19"')
    draft_submitted_on: dt.date | None = Field(default=None, description="the draft's date, when known")
    classifications: list[Classification] = Field(default_factory=list)


class Resolution(Node):
    """A General Assembly resolution or draft resolution."""

    schema_version: str = SCHEMA_VERSION
    meta: Meta = Field(default_factory=Meta)
    enacting_formula: str = ""
    preamble: list[PreambularParagraph] = Field(default_factory=list)
    operative: list[Block] = Field(default_factory=list)
    footnotes: list[Footnote] = Field(default_factory=list)
    annexes: list[Annex] = Field(default_factory=list)


def plain_text(inlines: list[Inline]) -> str:
    """The text of inline content, footnote references dropped. (By type, not ``getattr``:
    pydantic answers for a missing attribute slowly, and readers ask this of every line.)"""
    return "".join(node.text for node in inlines if not isinstance(node, FootnoteRef))


def heading_line(heading: Heading) -> str:
    """A heading as one line of text: its numeral and its title ("II Budget")."""
    return " ".join(part for part in (heading.num, plain_text(heading.text)) if part)


def repeated_headings(annex: Annex) -> int:
    """How many of the annex's first blocks are heading blocks repeating its ``headings``.

    Readers give an annex's heading lines twice: as ``headings`` (plain text, for a summary) and
    as its first heading blocks (the structure). A writer that prints the lines as a title prints
    only the blocks after these, or the headings come out twice."""
    count = 0
    for line, block in zip(annex.headings, annex.blocks, strict=False):
        if not isinstance(block, Heading) or heading_line(block) != line:
            break
        count += 1
    return count
