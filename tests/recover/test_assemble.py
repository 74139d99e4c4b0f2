"""Recovering a publication of several lettered resolutions (79/150 A-B) from text and Markdown."""

from __future__ import annotations

from pathlib import Path

import resconv
from resconv.model import FootnoteRef, OperativeParagraph, plain_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TWO_PARTS = FIXTURES / "en-parts-pdftext.txt"


def _markers(model: resconv.Resolution) -> list[str]:
    texts = [p.text for p in model.preamble] + [b.text for b in model.operative]
    return [node.marker for text in texts for node in text if isinstance(node, FootnoteRef)]


def test_each_part_is_a_resolution_of_its_own() -> None:
    first, second = resconv.read_parts(TWO_PARTS)
    assert (first.meta.symbol, first.meta.part, first.meta.title) == (
        "A/RES/79/150 A",
        "A",
        "Questions relating to open data",
    )
    assert first.meta.part_title == "Open data in the service of the public"
    assert (second.meta.symbol, second.meta.part) == ("A/RES/79/150 B", "B")
    assert second.meta.part_title == "United Nations open data policies"
    assert second.meta.title == first.meta.title and second.meta.agenda_items == first.meta.agenda_items
    assert second.enacting_formula == "The General Assembly,"
    assert [p.phrase for p in first.preamble] == ["Recalling", "Noting"]
    assert [p.phrase for p in second.preamble] == ["Emphasizing", "Recalling"]
    numbers = [[b.number for b in m.operative if isinstance(b, OperativeParagraph)] for m in (first, second)]
    assert numbers == [["1", "2"], ["1", "2"]]
    assert (first.meta.meeting, second.meta.meeting) == (45, 45)


def test_the_running_header_of_the_publication_s_symbol_is_page_furniture() -> None:
    """Odd pages print "Title ... A/RES/79/150 A-B": no part's text takes it in."""
    for model in resconv.read_parts(TWO_PARTS):
        for block in [*model.preamble, *model.operative]:
            assert "A/RES/79/150" not in plain_text(block.text), plain_text(block.text)


def test_a_note_printed_among_the_next_parts_lines_stays_with_its_reference() -> None:
    """Note 3 belongs to part A's last paragraph, but its page's notes come after part B began."""
    first, second = resconv.read_parts(TWO_PARTS)
    assert [n.marker for n in first.footnotes] == ["1", "2", "3"] == _markers(first)
    assert [n.marker for n in second.footnotes] == ["4"] == _markers(second)


def test_reading_one_resolution_gives_the_first_part_whole_and_says_what_else_there_is() -> None:
    model, diagnostics = resconv.read_with_diagnostics(TWO_PARTS)
    assert model.model_dump() == resconv.read_parts(TWO_PARTS)[0].model_dump()
    [finding] = list(diagnostics)
    assert finding.line == 46 and "lettered A, B; only the first is read" in finding.message


MARKDOWN = """United Nations A/RES/79/150 A-B

General Assembly

79/150. Questions relating to open data

## A

## Open data in the service of the public

*The General Assembly*,

*Recalling* its resolution 78/99,<sup>1</sup>

1. *Encourages* Member States to publish data;

*45th plenary meeting*
*16 December 2024*

## B

## United Nations open data policies

*The General Assembly*,

*Emphasizing* the role of the Committee on Open Data,

1. *Reaffirms* the mandate of the Department;<sup>2</sup>

*45th plenary meeting*
*16 December 2024*

---

<sup>1</sup> Resolution 78/99 A.

<sup>2</sup> See A/79/21.
"""


def test_markdown_parts_and_their_notes_dumped_at_the_end() -> None:
    first, second = resconv.read_parts(MARKDOWN, format="markdown")
    assert (first.meta.part, first.meta.part_title) == ("A", "Open data in the service of the public")
    assert (second.meta.part, second.meta.part_title) == ("B", "United Nations open data policies")
    assert [p.phrase for p in second.preamble] == ["Emphasizing"]
    assert [n.marker for n in first.footnotes] == ["1"] and [n.marker for n in second.footnotes] == ["2"]


def test_a_part_written_and_read_back_keeps_its_letter_and_title() -> None:
    second = resconv.read_parts(TWO_PARTS)[1]
    for fmt in ("markdown", "json", "akn", "docx"):
        back = resconv.read(resconv.render(second, fmt), format=fmt)
        assert (back.meta.part, back.meta.part_title, back.meta.symbol) == (
            "B",
            "United Nations open data policies",
            "A/RES/79/150 B",
        ), fmt


def _two_parts() -> str:
    return TWO_PARTS.read_text(encoding="utf-8")


def test_each_part_has_its_own_closing_date_and_its_symbol_its_letter() -> None:
    text = (
        _two_parts()
        .replace("A/RES/79/150 A-B\n", "A/RES/79/150\n", 1)
        .replace(
            "session.\n\n45th plenary meeting\n16 December 2024",
            "session.\n\n46th plenary meeting\n18 December 2024",
        )
    )
    first, second = resconv.read_parts(text, format="text")
    assert (first.meta.symbol, second.meta.symbol) == ("A/RES/79/150 A", "A/RES/79/150 B")
    assert (first.meta.meeting, first.meta.adopted_on.isoformat()) == (45, "2024-12-16")  # type: ignore[union-attr]
    assert (second.meta.meeting, second.meta.adopted_on.isoformat()) == (46, "2024-12-18")  # type: ignore[union-attr]


def test_a_note_nothing_refers_to_stays_where_it_was_printed_and_is_reported() -> None:
    text = _two_parts().replace("open formats.3", "open formats.")
    first, second = resconv.read_parts(text, format="text")
    assert [n.marker for n in first.footnotes] == ["1", "2"] and [n.marker for n in second.footnotes] == [
        "3",
        "4",
    ]
    model, diagnostics = resconv.read_with_diagnostics(text, format="text")
    assert [n.marker for n in model.footnotes] == ["1", "2"]
    assert not any("footnote 3" in d.message for d in diagnostics)  # printed among part B's lines


def test_the_title_printed_before_the_number_as_pdftotext_may_read_it() -> None:
    text = _two_parts().replace(
        "79/150. Questions relating to open data\n\nA\n", "Questions relating to open data\n79/150.\nA\n"
    )
    first, _ = resconv.read_parts(text, format="text")
    assert (first.meta.title, first.meta.part, first.meta.part_title) == (
        "Questions relating to open data",
        "A",
        "Open data in the service of the public",
    )


def test_front_matter_describes_the_first_resolution_only() -> None:
    authored = "---\nsymbol: A/RES/79/150 A\npart: A\npart_title: Open data\nlanguage: en\n---\n\n"
    first, second = resconv.read_parts(authored + MARKDOWN.split("\n\n", 1)[1], format="markdown")
    assert (first.meta.symbol, first.meta.part_title) == ("A/RES/79/150 A", "Open data")
    assert (second.meta.part, second.meta.part_title) == ("B", "United Nations open data policies")


def test_a_later_part_shares_what_front_matter_says_of_the_publication() -> None:
    authored = "---\nsymbol: A/RES/79/150 A\nsession: 79\ncommittee: fourthCommittee\nlanguage: en\n---\n\n"
    body = MARKDOWN.split("\n\n", 1)[1].replace("*45th plenary meeting*\n*16 December 2024*", "", 1)
    first, second = resconv.read_parts(authored + body, format="markdown")
    assert (second.meta.symbol, second.meta.session, second.meta.committee) == (
        "A/RES/79/150 B",
        79,
        "fourthCommittee",
    )
    assert (first.meta.meeting, second.meta.meeting) == (None, 45)


def test_a_part_s_letter_and_title_are_printed_as_the_un_prints_them_and_read_back_from_the_page() -> None:
    """No front matter, no Word property: what the page prints is read back."""
    second = resconv.read_parts(TWO_PARTS)[1]
    markdown = resconv.render(second, "markdown").decode().split("---\n", 2)[2]
    assert (
        "# 79/150. Questions relating to open data\n\n## B\n\n## United Nations open data policies"
        in markdown
    )
    back = resconv.read(markdown, format="markdown").meta
    assert (back.part, back.part_title, back.title) == ("B", second.meta.part_title, second.meta.title)
    arabic = second.model_copy(update={"meta": second.meta.model_copy(update={"language": "ar"})})
    assert "\n## باء\n" in resconv.render(arabic, "markdown").decode()
