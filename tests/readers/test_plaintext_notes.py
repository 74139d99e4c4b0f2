"""Footnotes of PDFs that draw their rule as a line: the text shows the notes with no underscores."""

from __future__ import annotations

import pytest

import resconv
from builders import operative_paragraphs
from resconv.model import FootnoteRef, plain_text
from resconv.readers.plaintext_notes import marker_after, notes_start, numbers_its_pages, own_page_number

BODY = [
    "Recalling the United Nations Convention against Transnational Organized Crime1 and",
    "the Convention on the Elimination of All Forms of Discrimination against Women 2 and",
    "the Convention for the Suppression of the Traffic in Persons and of the Exploitation of",
]


def test_notes_begin_at_the_next_marker_alone_on_its_line() -> None:
    """pdftotext -layout of a LibreOffice PDF: each marker on a line of its own above its text."""
    page = [*BODY, "1", "United Nations, Treaty Series, vol. 2225, No. 39574.", "2", "Ibid., vol. 1249."]
    assert notes_start(page, 1) == 3


@pytest.mark.parametrize(
    "reference",
    [
        "还回顾《联合国千年宣言》， 1其中特别指出，",  # Chinese runs on after the marker
        "los Convenios de Ginebra de 12 de agosto de 1949 1 y sus Protocolos",  # after a year
        "en el informe correspondiente a 20201,",  # glued to a year
        "con referencia a las resoluciones 71/2051 y 72/190,",  # glued to a resolution's number
        "Budapest Memorandum of 5 December 1994, 1in which",  # glued to the next word
    ],
)
def test_references_as_pdftotext_prints_them(reference: str) -> None:
    assert notes_start([reference, "1", "Resolution 55/2."], 1) == 1


def test_notes_whose_markers_open_their_lines_begin_at_the_next_marker() -> None:
    """PyMuPDF, pdfplumber, pypdfium2 and pypdf print each marker before its note's text, with no
    rule and no blank line: the notes begin at the line opening with the next marker that the
    text above refers to, after which the page holds only the next notes and its foot."""
    page = [
        *BODY,
        "1 United Nations, Treaty Series, vol. 2225, No.",
        "39574.",
        "2 Ibid., vol. 1249.",
        "20-16403 (E)",
        "Please recycle",
    ]
    assert notes_start(page, 1) == 3


@pytest.mark.parametrize(
    "after",
    [
        ["3 Ibid., vol. 1249."],  # out of order
        ["2 Ibid., vol. 1249.", "Recalling also its resolution 74/1,"],  # body text after the notes
        ["2 Ibid., vol. 1249.", "20-16403 (E)", "the Convention on the Rights of the Child,"],
    ],
    ids=["out-of-order", "text-after", "text-after-the-foot"],
)
def test_lines_opening_with_numbers_among_the_text_are_no_notes(after: list[str]) -> None:
    """A line opening with the next marker is no note where the lines after it are not the next
    notes, the notes' wrapped lines and the page's foot: a body line may open with a number."""
    page = [*BODY, "1 December 2020, and welcoming the report,", *after]
    assert notes_start(page, 1) is None


def test_the_next_marker_is_the_one_after_the_notes_so_far() -> None:
    page = [
        "Recalling the Protocol thereto,3 and",
        "the Optional Protocol,4",
        "3",
        "Ibid.",
        "4",
        "Ibid.",
    ]
    assert notes_start(page, 5) is None  # notes 3 and 4 were printed already: these are no notes
    assert notes_start(page, 3) == 2
    assert notes_start(page, 1) == 2  # the document's first notes: its numbering may start at 3


def test_a_note_the_text_lost_does_not_hide_the_next_pages_notes() -> None:
    page = ["as the 2030 Agenda17 sets out,", "17", "Resolution 70/1."]
    assert notes_start(page, 16) == 1  # note 16 never came through
    assert notes_start(page, 15) is None  # two missing: not this page's notes


def test_markers_printed_after_their_texts_give_back_as_many_texts_above() -> None:
    """pdftotext without -layout may print the first notes' markers last: "8" and "9" here."""
    page = [
        "Agenda for Sustainable Development,10 inter alia, addresses the elimination of all forms of",
        "violence against all women and girls, as recalled in resolutions 8 and 9,",
        "and to combat human trafficking,",
        "Ibid., vol. 96, No. 1342.",
        "Resolution 72/1.",
        "10",
        "Report of the Fourth World Conference on Women, Beijing, 4–15 September 1995 (United Nations",
        "publication, Sales No. E.96.IV.13), chap. I, resolution 1, annexes I and II.",
        "8",
        "9",
        "",
        "2/12",
    ]
    assert notes_start(page, 8) == 3


def test_a_drafts_sponsors_note_opens_the_first_pages_notes() -> None:
    """LibreOffice prints the "*" custom mark twice, its label and the mark in the note."""
    page = ["Indonesia, Mexico:* draft resolution", "Recalling its resolution 56/24 T,1", "*   *"]
    page += ["On behalf of the Group of 77 and China.", "1", "Resolution 56/24 T.", "", "Please recycle"]
    assert notes_start(page, 1) == 2
    unmarked = ["Indonesia, Mexico: draft resolution", *page[1:]]
    assert notes_start(unmarked, 1) == 4  # no "*" above: not a note's mark, the numbered notes only
    assert notes_start(page, 2) is None  # a later page: no sponsors' note there


def test_a_raised_mark_alone_between_body_lines_does_not_open_the_notes() -> None:
    """The mark itself is the reference: nothing above it prints the number."""
    page = ["各国应执行《国际卫生条例(2005)》，", "13", "同时确保所有人获得卫生服务，"]
    assert notes_start(page, 13) is None


def test_numbers_out_of_order_are_not_notes() -> None:
    page = [*BODY, "1", "Resolution 55/2.", "7", "Some other text", "that goes on", "to its end."]
    assert notes_start(page, 1) is None


def test_a_number_opening_a_line_of_a_note_is_not_its_marker() -> None:
    notes = ["1", "Official Records of the General Assembly, Supplement No.", "23 (A/75/23).", "2", "A/75/1."]
    assert marker_after(notes, 1) == 3
    wrapped = ["1", "Official Records, Seventy-fifth Session, Supplement No.", "2 (A/75/2).", "2", "A/75/1."]
    assert marker_after(wrapped, 1) == 3  # "2 (A/75/2)." goes on note 1: note 2 is the next


def test_notes_under_a_rule_count_with_their_marker_on_their_line() -> None:
    assert marker_after(["1 Resolution 55/2.", "2 See A/74/548, annex."], 1) == 3


def test_a_pages_own_number_alone_is_no_marker() -> None:
    """Word prints a page's number alone ("2"), as a marker would be."""
    page = ["in accordance with article 2 of the Charter,", "Recalling its resolutions,", "", "2"]
    assert notes_start(page, 1, page_number=2) is None
    assert notes_start(page, 1) is None  # nor a marker with no text after it
    notes = ["4", "5", "", "3", "", "Ibid.", "See resolution 65/119."]  # pdftotext's order
    assert notes_start(["thereto,4 and the Protocol,5", *notes], 4, page_number=3) == 1
    assert marker_after(notes, 4, page_number=3) == 6


def test_a_page_that_numbers_itself_the_uns_way_prints_no_bare_page_number() -> None:
    """pdftotext -layout sets the page number beside the job number: "2/12    20-17350"."""
    page = ["Recalling resolution 2,", "2", "Resolution 55/2.", "2/12                      20-17350"]
    assert numbers_its_pages(page)  # so the bare "2" is no page number
    assert not numbers_its_pages(page[:-1]) and own_page_number("2", 2, [], 3)  # no "2/12": it is


def test_a_late_notes_text_wrapped_after_an_abbreviation_is_one_note() -> None:
    page = [
        "the Convention on the Rights of the Child,2 and noting with deep concern its impact on",
        "health and the",
        "United Nations, Treaty Series, vol. 999, No.",
        "14668.",
        "2",
        "Ibid., vol. 1577, No. 27531.",
        "1",
    ]
    assert notes_start(page, 1) == 2


DOCUMENT = """United Nations                                                    A/RES/78/321
General Assembly                                                  Distr.: General
                                                                  8 January 2024

Seventy-eighth session
Agenda item 18 (c)
Sustainable development: disaster risk reduction

Resolution adopted by the General Assembly on 19 December 2023
[on the report of the Second Committee (A/78/455/Add.3, para. 12)]

78/321. Early warning for glacial lake outburst floods

The General Assembly,

Recalling its resolution 77/164 of 14 December 2022 on disaster risk
reduction and the Sendai Framework for Disaster Risk Reduction 2015–2030,1

Noting with concern the exposure of downstream communities to sudden floods,2

1
Resolution 69/283, annex II.
2
See A/78/219.

20-16859 (E)    090124
\f
A/RES/78/321                  Early warning for glacial lake outburst floods

1. Encourages Member States to strengthen the monitoring of glacial lakes;3

2. Requests the Secretary-General to report to the General Assembly at its
eightieth session.

50th plenary meeting
19 December 2023
3
A/78/220, annex.

2/4                                                                20-16859
"""


def test_notes_without_a_rule_are_read_on_every_page() -> None:
    model = resconv.read(DOCUMENT.encode(), format="text")
    assert [plain_text(note.text) for note in model.footnotes] == [
        "Resolution 69/283, annex II.",
        "See A/78/219.",
        "A/78/220, annex.",
    ]
    assert [p.phrase for p in model.preamble] == ["Recalling", "Noting with concern"]
    assert [p.number for p in operative_paragraphs(model)] == ["1", "2"]
    texts = [p.text for p in model.preamble] + [p.text for p in operative_paragraphs(model)]
    markers = [node.marker for text in texts for node in text if isinstance(node, FootnoteRef)]
    assert markers == ["1", "2", "3"]
    last = plain_text(operative_paragraphs(model)[-1].text)
    assert last.endswith("eightieth session.")  # the note is not run on into the paragraph


WORD_PAGES = """United Nations                                                    A/RES/78/321
General Assembly                                                  Distr.: General

Seventy-eighth session
Agenda item 18 (c)

Resolution adopted by the General Assembly on 19 December 2023
[on the report of the Second Committee (A/78/455/Add.3, para. 12)]

78/321. Early warning for glacial lake outburst floods

The General Assembly,

Recalling the Convention on Wetlands,1 and the Protocol thereto,2
1
United Nations, Treaty Series, vol. 996, No.
14583.
2
Ibid., vol. 1437, No. 14583.
1
\f
Noting with concern the exposure of downstream communities to sudden floods,3

1. Encourages Member States to strengthen the monitoring of glacial lakes;
3

2

See A/78/219.
\f
2. Requests the Secretary-General to report at its eightieth session.

50th plenary meeting
19 December 2023
"""


def test_word_page_numbers_and_notes_wrapped_after_an_abbreviation() -> None:
    """Page numbers printed alone ("1", "2"), a note wrapped after "No.", no rule anywhere."""
    model = resconv.read(WORD_PAGES.encode(), format="text")
    assert [(note.marker, plain_text(note.text)) for note in model.footnotes] == [
        ("1", "United Nations, Treaty Series, vol. 996, No. 14583."),
        ("2", "Ibid., vol. 1437, No. 14583."),
        ("3", "See A/78/219."),
    ]
    assert [p.phrase for p in model.preamble] == ["Recalling", "Noting with concern"]
    assert [p.number for p in operative_paragraphs(model)] == ["1", "2"]
