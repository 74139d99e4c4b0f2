"""AKN4UN export: strictly valid, shaped like the UN's files, deterministic, and read back intact.

Every document these tests write goes through the strict OASIS schema (never the lenient one).
Models are built here from the language data, so the suite runs without ../shared.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from builders import phrased
from resconv.akn_schema import validate
from resconv.errors import Diagnostics
from resconv.formats import ReadOptions, WriteOptions
from resconv.language import language
from resconv.model import (
    LANGUAGES,
    AgendaItem,
    Annex,
    Classification,
    DocumentRef,
    Emphasis,
    Footnote,
    FootnoteRef,
    Heading,
    Keyword,
    Meta,
    OperativeParagraph,
    PreambularParagraph,
    Report,
    Resolution,
    Subparagraph,
    Text,
    Vote,
)
from resconv.readers.akn import read
from resconv.readers.akn_structure import differences
from resconv.writers.akn import write

NS = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
SEED = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "a-res-75-47.zh.md"


def export(resolution: Resolution, **options: str) -> bytes:
    """Write, and fail the test at once if the result is not strictly valid."""
    data = write(resolution, options=WriteOptions(**options))  # type: ignore[arg-type]
    errors = validate(data)
    assert errors == [], errors[:5]
    return data


def el(root: etree._Element, path: str) -> etree._Element:
    """The element at ``path``; the test fails if there is none."""
    found = root.find(path, NS)
    assert found is not None, path
    return found


def tag(name: str) -> str:
    return f"{{{NS['a']}}}{name}"


def reimport(data: bytes) -> Resolution:
    return read(data, options=ReadOptions(), diagnostics=Diagnostics())


def sample(lang: str = "en") -> Resolution:
    """A resolution using every construct the writer knows, strings from the language data."""
    data = language(lang)
    pre = data.preambular_phrases
    ops = data.operative_phrases
    meta = Meta(
        symbol="A/RES/75/47",
        language=lang,
        session=75,
        resolution_number="75/47",
        title="Title of the resolution",
        adopted_on=dt.date(2020, 12, 7),
        issued_on=dt.date(2020, 12, 17),
        meeting=37,
        meeting_resumed=True,
        agenda_items=[AgendaItem(number="103 (u)", title="General and complete disarmament")],
        committee="firstCommittee",
        reports=[Report(symbol="A/75/399", paragraph="96")],
        sponsors=["Indonesia"],
        draft_symbol="A/C.1/75/L.19",
        job_number="20-16859 (E)",
        vote=Vote(outcome="adoptedRecordedVote", in_favour=130, against=4, abstaining=51),
    )
    preamble = [
        PreambularParagraph(
            phrase=pre[0],
            text=phrased(
                lang,
                pre[0],
                [
                    Text(text=" text with a link to "),
                    DocumentRef(text="56/24", symbol="A/RES/56/24"),
                    Text(text=" and a note"),
                    FootnoteRef(marker="1"),
                    Text(text=" after it,"),
                ],
            ),
        ),
        PreambularParagraph(phrase=pre[1], text=phrased(lang, pre[1], [Text(text=" more text,")])),
    ]
    operative = [
        Heading(num="I", text=[Text(text="Calendar of conferences")]),
        OperativeParagraph(number="1", phrase=ops[0], text=phrased(lang, ops[0], [Text(text=" one;")])),
        OperativeParagraph(
            number="2",
            phrase=ops[1],
            text=phrased(lang, ops[1], [Text(text=" the following:")]),
            subparagraphs=[
                Subparagraph(
                    label="(a)",
                    text=[Text(text="first item, with:")],
                    subparagraphs=[
                        Subparagraph(label="(i)", text=[Text(text="a deeper item;")]),
                        Subparagraph(label="(ii)", text=[Text(text="another one;"), FootnoteRef(marker="2")]),
                    ],
                ),
                Subparagraph(label="(b)", text=[Text(text="second item;")]),
            ],
            wrap_up=[Text(text="and closing words;")],
        ),
        Heading(text=[Text(text="A heading without numeral")]),
        OperativeParagraph(number="3", phrase=ops[2], text=phrased(lang, ops[2], [Text(text=" last.")])),
    ]
    footnotes = [
        Footnote(
            marker="1",
            text=[Text(text="Resolution "), DocumentRef(text="55/2", symbol="A/RES/55/2"), Text(text=".")],
        ),
        Footnote(marker="2", text=[Text(text="See A/74/548, annex.")]),
    ]
    annex = Annex(
        headings=["Annex", "Oath of office"],
        blocks=[
            Heading(text=[Text(text="Annex")]),
            Heading(text=[Text(text="Oath of office")]),
            OperativeParagraph(text=[Text(text="I, [name], solemnly swear.")]),
        ],
    )
    return Resolution(
        meta=meta,
        enacting_formula=data["enacting_formula"],
        preamble=preamble,
        operative=operative,
        footnotes=footnotes,
        annexes=[annex],
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_is_strictly_valid_and_reads_back_identical(lang: str) -> None:
    resolution = sample(lang)
    data = export(resolution)
    assert reimport(data).model_dump() == resolution.model_dump()


def test_a_lettered_part_s_own_title_is_valid_and_reads_back() -> None:
    resolution = sample("en")
    resolution.meta.part, resolution.meta.part_title = "B", "Transparency in armaments"
    resolution.meta.symbol = "A/RES/75/47 B"
    data = export(resolution)
    root = etree.fromstring(data)
    assert el(root, ".//a:preface/a:p/a:docNumber").text.endswith(" B.")  # type: ignore[union-attr]
    assert el(root, ".//a:preface/a:p/a:inline[@name='partTitle']").text == "Transparency in armaments"
    assert reimport(data).model_dump() == resolution.model_dump()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_shape_follows_the_un_files(lang: str) -> None:
    data = language(lang)
    root = etree.fromstring(export(sample(lang)))
    statement = el(root, "a:statement")
    assert statement is not None and statement.get("name") == "resolution"
    work = "/akn/un/statement/deliberation/unga/2020-12-07/75-47/"
    code = data.iso639_2
    assert el(root, ".//a:FRBRWork/a:FRBRthis").get("value") == f"{work}!main/"
    assert el(root, ".//a:FRBRExpression/a:FRBRthis").get("value") == f"{work}{code}@!main/"
    assert el(root, ".//a:FRBRManifestation/a:FRBRuri").get("value") == f"{work}{code}@.xml"
    assert [c.tag.split("}")[1] for c in statement][:4] == ["meta", "coverPage", "preface", "preamble"]
    cover = el(statement, "a:coverPage")
    assert el(cover, ".//a:docAuthority").text == data["organization"]
    assert el(cover, ".//a:docNumber").text == "A/RES/75/47"
    assert el(cover, ".//a:session").get("value") == "75"
    proponent = el(cover, ".//a:docProponent")
    assert proponent.get("refersTo") == "#firstCommittee"
    assert el(proponent, "a:inline").text == data["report_paragraph"].format(
        symbol="A/75/399", paragraph="96"
    )
    names = [c.get("name") for c in statement.iter(tag("container"))]
    assert names == list(data.preambular_phrases[:2])
    spans = statement.findall(".//a:container/a:p/a:span", NS)
    assert {s.get("class") for s in spans} == {data.emphasis}
    nums = [n.text for n in statement.findall("a:mainBody/a:paragraph/a:num", NS)]
    assert nums == [data.number_label(n) for n in ("1", "2", "3")]


def test_lists_headings_footnotes_and_links_sit_where_the_un_puts_them() -> None:
    root = etree.fromstring(export(sample("zh")))
    body = el(root, ".//a:mainBody")
    first, second = body.findall("a:paragraph", NS)[:2]
    assert first.get("class") == "H23" and el(first, "a:subheading").text == "I"
    assert el(second, "a:subheading").text == "Calendar of conferences"
    lst = el(body, ".//a:list")
    kids = [c.tag.split("}")[1] for c in lst]
    assert kids == ["intro", "point", "sublist", "point", "wrapUp"]  # sublist follows its point
    assert [el(p, "a:num").text for p in el(lst, "a:sublist")] == ["(i)", "(ii)"]
    note = el(root, ".//a:container/a:p/a:authorialNote")
    assert note.get("marker") == "1" and note.get("placement") == "bottom"
    assert note.tail == " after it,"  # at the point of reference, inside the sentence
    hrefs = {a.get("href") for a in root.iter(tag("a"))}
    assert "https://undocs.org/ch/A/RES/56/24" in hrefs  # Chinese links use "ch"
    eids = [el.get("eId") for el in root.iter() if el.get("eId")]
    assert len(eids) == len(set(eids))


def test_arabic_footnotes_have_visible_brackets() -> None:
    root = etree.fromstring(export(sample("ar")))
    note = el(root, ".//a:authorialNote")
    before, after = note.getprevious(), note.getnext()
    assert before is not None and after is not None
    assert (before.tag, before.text, after.tag, after.text) == (tag("sup"), "(", tag("sup"), ")")


def test_output_is_deterministic_and_has_no_current_time() -> None:
    resolution = sample()
    first, second = export(resolution), export(resolution)
    assert first == second
    assert dt.date.today().isoformat().encode() not in first
    stamped = etree.fromstring(export(resolution, timestamp="2030-01-02T03:04:05Z"))
    assert el(stamped, ".//a:FRBRManifestation/a:FRBRdate").get("date") == "2030-01-02"


def test_closing_and_metadata_blocks() -> None:
    root = etree.fromstring(export(sample("en")))
    meeting = el(root, ".//a:conclusions/a:p/a:inline")
    assert meeting.text == language("en").meeting_line(37, True)
    assert el(root, ".//a:conclusions//a:docDate").get("date") == "2020-12-07"
    steps = {s.get("outcome"): s for s in root.iter(tag("step"))}
    assert steps["draftResolution"].get("as") == "A/C.1/75/L.19"
    assert steps["recommendedForAdoption"].get("refersTo") == "96"
    counts = {c.get("refersTo"): c.get("value") for c in root.iter(tag("count"))}
    assert counts == {"inFavour": "130", "against": "4", "abstaining": "51"}
    annex = el(root, ".//a:attachments/a:attachment/a:doc")
    assert annex.get("name") == "annex"
    assert str(el(annex, ".//a:FRBRWork/a:FRBRthis").get("value")).endswith("/!main/annex")


def test_recorded_vote_by_member_state_subjects_and_draft_date_survive() -> None:
    """What legal-data users query: who voted how, the SDG and thesaurus subjects, the draft's date."""
    resolution = sample("en")
    assert resolution.meta.vote is not None
    resolution.meta.vote.members_against = ["STATE ONE", "STATE TWO", "STATE THREE", "STATE FOUR"]
    resolution.meta.classifications = [
        Classification(
            source="http://metadata.un.org/sdg",
            keywords=[
                Keyword(
                    value="16", href="http://metadata.un.org/sdg/16", show_as="sdg_16", dictionary="SDGO"
                ),
                Keyword(
                    value="justice",
                    href="http://metadata.un.org/thesaurus/1003500",
                    show_as="Justice",
                    dictionary="UNBIS Thesaurus",
                ),
            ],
        )
    ]
    resolution.meta.draft_submitted_on = dt.date(2020, 10, 6)
    data = export(resolution)  # strictly valid
    root = etree.fromstring(data)
    against = next(c for c in root.iter(tag("count")) if c.get("refersTo") == "against")
    assert [o.text for o in against.iter(tag("organization"))] == resolution.meta.vote.members_against
    steps = {s.get("outcome"): s.get("date") for s in root.iter(tag("step"))}
    assert steps["draftResolution"] == "2020-10-06"
    assert [k.get("value") for k in root.iter(tag("keyword"))] == ["16", "justice"]
    assert reimport(data).meta.model_dump() == resolution.meta.model_dump()


def test_metadata_the_writer_must_fill_in_reads_back_as_the_model_had_it() -> None:
    """AKN requires a source and showAs; a vote's side needs a count: none of it is invented."""
    resolution = sample("en")
    resolution.meta.classifications = [Classification(keywords=[Keyword(value="poverty")])]
    resolution.meta.vote = Vote(outcome="adoptedRecordedVote", members_in_favour=["FIJI", "PERU"])
    again = reimport(export(resolution)).meta
    assert again.classifications == resolution.meta.classifications
    assert again.vote is not None
    assert (again.vote.members_in_favour, again.vote.in_favour) == (["FIJI", "PERU"], 2)


def test_minimal_model_is_still_valid() -> None:
    bare = Resolution(meta=Meta(language="fr"))
    assert reimport(export(bare)).meta.language == "fr"


def test_without_an_issue_date_none_is_invented_on_reading_back() -> None:
    """The schema wants a publication date: the writer repeats the adoption's, the reader knows."""
    adopted = Resolution(meta=Meta(language="en", symbol="A/RES/80/1", adopted_on=dt.date(2025, 12, 17)))
    again = reimport(export(adopted))
    assert again.meta.adopted_on == dt.date(2025, 12, 17) and again.meta.issued_on is None
    issued = adopted.model_copy(
        update={"meta": adopted.meta.model_copy(update={"issued_on": dt.date(2026, 1, 5)})}
    )
    assert reimport(export(issued)).meta.issued_on == dt.date(2026, 1, 5)


def test_a_bold_heading_is_one_bold_span() -> None:
    title = [Emphasis(style="bold", text="Méthodes de travail")]
    root = etree.fromstring(export(Resolution(meta=Meta(language="fr"), operative=[Heading(text=title)])))
    spans = root.findall(".//a:mainBody//a:span", NS)
    assert [(span.get("class"), span.text, len(span)) for span in spans] == [
        ("bold", "Méthodes de travail", 0)
    ]


_words = (
    st.text(alphabet=st.sampled_from("abcdefghij xyz"), min_size=1, max_size=30)
    .map(lambda s: " ".join(s.split()))
    .filter(bool)
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(_words, min_size=1, max_size=6))
def test_any_plain_paragraph_text_round_trips(texts: list[str]) -> None:
    blocks = [OperativeParagraph(number=str(i + 1), text=[Text(text=f"{t}.")]) for i, t in enumerate(texts)]
    resolution = Resolution(
        meta=Meta(language="en", symbol="A/RES/1/1", resolution_number="1/1"), operative=blocks
    )
    assert reimport(export(resolution)).operative == resolution.operative


@pytest.mark.skipif(
    importlib.util.find_spec("resconv.readers.markdown") is None, reason="Markdown importer not there yet"
)
@pytest.mark.skipif(
    not SEED.is_file() or not (CORPUS / "devset" / "75_47_zh").is_dir(), reason="../shared absent"
)
def test_seed_markdown_to_akn_matches_the_un_file() -> None:
    """The seed, via Markdown, compared with the UN's own AKN: containers and their names,
    paragraphs and numbers, labels, footnotes (marker, text, paragraph), body text, masthead
    values, closing line. Excepted: what the Markdown cannot know (SDG keywords, votes, and the
    issue date, which the seed's masthead does not carry)."""
    from resconv.readers.markdown import read as read_markdown

    model = read_markdown(SEED.read_bytes(), options=ReadOptions(), diagnostics=Diagnostics(str(SEED)))
    source = (CORPUS / "devset" / "75_47_zh" / "source.xml").read_bytes()
    diffs = differences(source, export(model))
    assert [d for d in diffs if d != "masthead.docDate"] == []


def new_draft(tmp_path: Path, lang: str, *extra: str) -> Resolution:
    """A draft as ``resconv new`` writes it, read back through ``resconv.read``."""
    from click.testing import CliRunner

    from resconv.api import read as read_any
    from resconv.cli import cli

    out = tmp_path / f"draft_{lang}.md"
    args = ["new", "--lang", lang, "--symbol", "A/C.1/81/L.5", "--session", "81", "--committee", "First"]
    args += ["--agenda-item", "99 (s)", "--title", "Promotion of multilateralism", "-o", str(out), *extra]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    return read_any(out)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_draft_from_resconv_new_has_the_draft_shape_and_reads_back(lang: str, tmp_path: Path) -> None:
    sponsors = ["Indonesia", "Bosnia and Herzegovina", "Mexico"]
    note = "On behalf of the States Members of the United Nations that are members of the Movement."
    draft = new_draft(tmp_path, lang, "--sponsors", ", ".join(sponsors), "--sponsors-note", note)
    assert draft.meta.stage == "draft" and draft.meta.sponsors == sponsors
    data = export(draft)
    root = etree.fromstring(data)
    strings = language(lang)
    assert el(root, "a:statement").get("name") == "resolutionDraft"
    assert el(root, ".//a:coverPage//a:docStatus").text == strings["distribution_limited"]
    title = el(root, ".//a:coverPage//a:docTitle")
    assert [i.text for i in title.iter(tag("inline")) if i.get("name") == "sponsor"] == sponsors
    asterisk = el(title, "a:authorialNote")
    assert asterisk.get("marker") == "*" and "".join(map(str, asterisk.itertext())) == note
    assert strings["draft_resolution"].split("{sponsors}")[1].strip(" :：") in "".join(
        map(str, title.itertext())
    )
    committee = el(root, ".//a:coverPage//a:docProponent")
    assert committee.text == strings.committee_line("firstCommittee") and not len(committee)
    assert root.find(".//a:conclusions", NS) is None
    assert root.find(".//a:preface//a:docNumber", NS) is None
    assert [s.get("outcome") for s in root.iter(tag("step"))] == [
        "draftResolution",
        "draftResolutionAdditionalSponsors",
    ]
    assert reimport(data).model_dump() == draft.model_dump()


def test_plenary_draft_without_note_or_committee_reads_back() -> None:
    draft = sample("fr")
    meta = draft.meta.model_copy(
        update={
            "symbol": "A/81/L.12",
            "stage": "draft",
            "distribution": "limited",
            "resolution_number": "",
            "adopted_on": None,
            "meeting": None,
            "meeting_resumed": False,
            "committee": None,
            "reports": [],
            "vote": None,
            "draft_symbol": "",
            "sponsors": ["France", "Maroc"],
            "original_language": "en",
        }
    )
    draft = draft.model_copy(update={"meta": meta})
    data = export(draft)
    root = etree.fromstring(data)
    assert root.find(".//a:coverPage//a:docProponent", NS) is None
    assert root.find(".//a:coverPage//a:authorialNote", NS) is None
    original = [i for i in root.iter(tag("inline")) if i.get("name") == "originalLanguage"]
    assert [i.text for i in original] == [language("fr")["original"].format(language="anglais")]
    assert reimport(data).model_dump() == draft.model_dump()


def test_draft_sponsors_line_is_joined_as_the_language_joins_a_list(tmp_path: Path) -> None:
    """The cover's sponsors line uses the language's list words, Spanish "e" before /i/ too."""
    draft = new_draft(tmp_path, "es", "--sponsors", "México, Chile, Israel")
    title = el(etree.fromstring(export(draft)), ".//a:coverPage//a:docTitle")
    assert "México, Chile e Israel" in "".join(map(str, title.itertext()))
