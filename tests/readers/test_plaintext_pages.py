"""Page breaks put back in text extracted without form feeds (PyMuPDF, pypdfium2, pdfplumber)."""

from __future__ import annotations

from pathlib import Path

import resconv
from resconv.model import Resolution
from resconv.readers import plaintext
from resconv.readers.plaintext_pages import restore_page_breaks

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PDFTOTEXT = (FIXTURES / "en-pdftext.txt").read_text(encoding="utf-8")

_MASTHEAD = (
    "United Nations\nA/RES/78/321\nGeneral Assembly\nDistr.: General\n8 January 2024\n"
    "Seventy-eighth session\nAgenda item 18 (c)\nSustainable development: disaster risk reduction\n"
    "Resolution adopted by the General Assembly on 19 December 2023\n"
    "[on the report of the Second Committee (A/78/455/Add.3, para. 12)]\n"
    "78/321. Early warning for glacial lake outburst floods\n"
    "and their downstream effects\n"
    "The General Assembly,\n"
)
_PAGE_ONE = (
    "Recalling its resolution 77/164 of 14 December 2022 on disaster risk\n"
    "reduction and the Sendai Framework for Disaster Risk Reduction 2015–2030,1\n"
    "Noting with concern the exposure of downstream communities to sudden floods,\n"
    "_______________\n"
    "1 Resolution 69/283, annex II.\n"
)
_PAGE_TWO = (
    "1. Encourages Member States to strengthen the monitoring of glacial lakes;\n"
    "2. Requests the Secretary-General to report to the General Assembly at its\n"
    "eightieth session on the implementation of the present resolution.\n"
    "50th plenary meeting\n19 December 2023\n"
)


def _read(text: str) -> Resolution:
    return resconv.read(text.encode("utf-8"), format="text")


def _shape(model: Resolution) -> tuple[object, ...]:
    operative = [(b.number, b.phrase) for b in model.operative if b.kind == "paragraph"]
    return (
        [p.phrase for p in model.preamble],
        operative,
        [(n.marker, resconv.model.plain_text(n.text)) for n in model.footnotes],
    )


def test_text_with_form_feeds_is_left_as_it_is() -> None:
    assert restore_page_breaks(PDFTOTEXT, "A/RES/78/321") == PDFTOTEXT


def test_pdftotext_text_without_its_form_feeds_reads_the_same() -> None:
    """The pages of pdftotext's text joined by line breaks alone give the same resolution: the notes
    under the first page's rule do not run on into the next page's paragraphs."""
    joined = PDFTOTEXT.replace("\f", "\n")
    with_feeds, without = _read(PDFTOTEXT), _read(joined)
    assert without.model_dump() == with_feeds.model_dump()
    assert len(without.footnotes) == 3


def test_pymupdf_order_header_after_the_notes() -> None:
    """PyMuPDF prints the next page's running header (symbol, title lines, job and page numbers)
    right after a page's notes; the header goes and the notes end there."""
    header = (  # the second page's header: symbol left, title right
        "A/RES/78/321\nEarly warning for glacial lake outburst floods\n"
        "and their downstream effects\n \n20-16859\n2/2 \n"
    )
    text = "20-16859 (E)\n*2016859*\n" + _MASTHEAD + _PAGE_ONE + header + _PAGE_TWO
    model = _read(text)
    assert _shape(model) == (
        ["Recalling", "Noting with concern"],
        [("1", "Encourages"), ("2", "Requests")],
        [("1", "Resolution 69/283, annex II.")],
    )
    assert model.meta.meeting == 50


def test_pdfplumber_order_page_number_then_title_beside_the_symbol() -> None:
    header = (
        "2/2 20-16859\nEarly warning for glacial lake outburst floods\n"
        "and their downstream effects A/RES/78/321\n"
    )
    model = _read(_MASTHEAD + _PAGE_ONE + header + _PAGE_TWO)
    assert [b.number for b in model.operative if b.kind == "paragraph"] == ["1", "2"]
    assert [n.marker for n in model.footnotes] == ["1"]


def test_a_body_line_repeating_the_title_away_from_any_header_stays() -> None:
    """Only lines around a running header's symbol go: the adoption date before the last page's
    job number, and a paragraph's line that repeats words of the title, stay in place."""
    body = (
        "1. Decides to include in the agenda of its eightieth session the item entitled\n"
        "Early warning for glacial lake outburst floods\n"
        "and to consider it there.\n"
        "50th plenary meeting\n19 December 2023\n20-16859\n"
    )
    text = _MASTHEAD + _PAGE_ONE.replace("_______________\n1 Resolution 69/283, annex II.\n", "") + body
    assert "\f" not in restore_page_breaks(text, "A/RES/78/321")
    model = _read(text)
    assert model.meta.meeting == 50
    paragraph = next(b for b in model.operative if b.kind == "paragraph")
    assert (
        "entitled Early warning for glacial lake outburst floods and to consider"
        in resconv.model.plain_text(paragraph.text)
    )


def test_a_header_line_ending_with_the_titles_comma_on_every_page_goes() -> None:
    """A title broken at its own comma prints a header line ending with that comma; printed the same
    on every page, it is the header's, and neither it nor the line beside the symbol stays."""
    title = "Early warning for glacial lake outburst floods,\nlandslides and their downstream effects"
    masthead = _MASTHEAD.replace(
        "78/321. Early warning for glacial lake outburst floods\nand their downstream effects\n",
        f"78/321. {title}\n",
    )

    def header(page: int) -> str:
        return f"{page}/3 20-16859\n{title} A/RES/78/321\n"

    page_two = (
        "Welcoming the work of national hydrological services in sharing observation data\n"
        "across borders,2\n_______________\n2 See A/78/219.\n"
    )
    model = _read(masthead + _PAGE_ONE + header(2) + page_two + header(3) + _PAGE_TWO)
    assert _shape(model) == (
        ["Recalling", "Noting with concern", "Welcoming"],
        [("1", "Encourages"), ("2", "Requests")],
        [("1", "Resolution 69/283, annex II."), ("2", "See A/78/219.")],
    )
    assert "landslides" not in str(model.preamble[-1].text) + str(model.operative[0])


def test_pypdfium2_no_break_hyphen_is_put_back() -> None:
    """pypdfium2 gives the UN's no-break hyphen as U+FFFE, a noncharacter."""
    recitals = _PAGE_ONE.split("_____")[0]
    text = (_MASTHEAD + recitals + _PAGE_TWO).replace("Secretary-General", "Secretary\ufffeGeneral")
    paragraph = [b for b in _read(text).operative if b.kind == "paragraph"][1]
    assert "the Secretary\u2011General to report" in resconv.model.plain_text(paragraph.text)


def test_pdfplumber_split_symbol_still_names_the_running_header() -> None:
    """With the masthead's "A" printed apart ("A" / "United Nations /RES/78/321"), the running
    header "A/RES/78/321   and their downstream effects", far down a long page, is still known and
    goes."""
    masthead = _MASTHEAD.replace("United Nations\nA/RES/78/321\n", "A\nUnited Nations /RES/78/321\n")
    header = (
        "2/2 20-16859\nEarly warning for glacial lake outburst floods\n"
        "A/RES/78/321      and their downstream effects\n"
    )
    recitals = _PAGE_ONE.replace(
        "floods,\n",
        "floods,\n" + "Noting the risk to downstream communities,\n" * 100,  # past the first 4000
    )
    model = _read(masthead + recitals + header + _PAGE_TWO)
    assert model.meta.symbol == "A/RES/78/321"
    texts = [resconv.model.plain_text(p.text) for p in model.preamble]
    assert not any("downstream effects" in text for text in texts)
    assert [b.number for b in model.operative if b.kind == "paragraph"] == ["1", "2"]


def test_a_paragraphs_last_line_repeating_the_title_before_a_header_stays() -> None:
    """A page may end inside a sentence on words of the title ("and their downstream effects")
    right before the next page's header: printed once and with no page number before it, that
    line is the paragraph's, and it stays."""
    page_one = _PAGE_ONE.replace(
        "Noting with concern the exposure of downstream communities to sudden floods,\n",
        "Noting with concern the exposure of downstream communities to sudden floods\n"
        "and their downstream effects\n",
    ).split("_____")[0]
    header = "A/RES/78/321\nEarly warning for glacial lake outburst floods\n \n20-16859\n2/2 \n"
    model = _read(_MASTHEAD + page_one + header + "in mountain regions,\n" + _PAGE_TWO)
    assert resconv.model.plain_text(model.preamble[-1].text).endswith(
        "to sudden floods and their downstream effects in mountain regions,"
    )


def test_a_symbol_cited_early_does_not_stand_in_for_the_one_pdfplumber_splits() -> None:
    masthead = _MASTHEAD.replace("United Nations\nA/RES/78/321\n", "A\nUnited Nations /RES/78/321\n")
    page_one = _PAGE_ONE.replace("its resolution 77/164", "its resolution A/RES/77/164")
    header = (
        "2/2 20-16859\nEarly warning for glacial lake outburst floods\n"
        "and their downstream effects A/RES/78/321\n"
    )
    model = _read(masthead + page_one + header + _PAGE_TWO)
    assert model.meta.symbol == "A/RES/78/321"
    assert [b.number for b in model.operative if b.kind == "paragraph"] == ["1", "2"]
    assert [n.marker for n in model.footnotes] == ["1"]


def test_a_line_after_a_number_opening_with_a_space_is_not_joined_to_it() -> None:
    """Only the rest of a line after a raised mark (a digit after a letter or punctuation) joins
    its line: a header's symbol ending in digits stays a line of its own."""
    lines = plaintext.to_lines("Recalling the Pathway1\n is a framework\nA/RES/76/203\n متابعة وتنفيذ\n")
    assert [line.text for line in lines] == [
        "Recalling the Pathway1 is a framework",
        "A/RES/76/203",
        "متابعة وتنفيذ",
    ]


def test_punctuation_after_a_mark_joins_its_line_but_an_ellipsis_stays_apart() -> None:
    """pypdfium2 may open the rest of a line with the comma after a raised mark ("homme1" /
    ", le Pacte"): it joins its line; a line of dots after a figure ("G77" / "...") is no such rest."""
    lines = plaintext.to_lines("des droits de l’homme1\n, le Pacte\nthe Group of G77\n...\n")
    assert [line.text for line in lines] == ["des droits de l’homme1, le Pacte", "the Group of G77", "..."]
