"""A page's notes in converted Markdown: where the text refers to a note, and which lines are notes
where the PDF drew its footnote rule as a line (no underscores in the text)."""

from __future__ import annotations

import pytest

from resconv.readers.markdown_notes import referred
from resconv.readers.markdown_pages import clean_pages


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("the Declaration<sup>1</sup> and", "1", True),
        ("the Declaration<sup>12</sup> and", "2", False),
        ("as set out in [3] below", "3", True),
        ("see [3](#) below", "3", False),  # a link's text, not a reference
        ("Agenda7 and", "7", True),
        ("Crime,7 and", "7", True),
        ("Women»4.", "4", True),
        ("la démocratie »6 ;", "6", True),  # French sets a space inside its guillemets
        ("in 2017 and", "17", False),  # the end of a year
        ("see A/75/17 and", "17", False),  # the end of a symbol
        ("Agenda 7 and", "7", False),  # a figure set apart is a number of the text
        ("Agenda7", "7", False),  # a reference is followed by a space or a mark
        ("for disaster risk reduction (2015-2030)6, reaffirming", "6", True),
        ("education for democracy”;6 and", "6", True),
        ("submitted on 23 September 2011,5\n", "5", True),  # against a year and its comma
        ("à l’horizon 20307 et à l’objectif", "7", True),  # against a year
        ("resolutions 1, 2 and 3", "2", False),
        ("in 12011,5 cases", "5", False),  # no year
        ("the 1,5 million", "5", False),
        ("20-19012 (E) Please recycle", "2", False),
        (
            "Disaster Risk Reduction 2015–2030,6 reiterating",
            "6",
            True,
        ),  # a job number, not a year and its mark
    ],
)
def test_a_note_is_referred_to_by_a_sup_a_bracket_or_a_figure_against_a_word(
    text: str, number: str, expected: bool
) -> None:
    assert referred(text, number, len(text)) is expected


def test_a_reference_counts_only_before_the_given_position() -> None:
    text = "the Crime7 and the Women8 too"
    assert not referred(text, "8", text.index("Women"))
    assert referred(text, "7", text.index("Women"))


def test_a_chinese_enumeration_of_paragraphs_refers_to_no_note() -> None:
    assert not referred("见第47、48和50段", "48", 9)


def _filled(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


# A page as pymupdf4llm 2 prints it from a PDF that draws its footnote rule as a line (Word,
# LibreOffice): no rule in the text, each note quoted, the page's first note printed last.
_FIRST_NOTE_LAST = (
    "A/RES/75/192\n\nDistr.: General\n\n75/192. Torture\n\n_The General Assembly_ ,\n\n"
    "_Recalling_ its report,<sup>7</sup>\n\n_Noting_ the study<sup>8</sup> and the reports,<sup>9</sup>\n\n"
    "> 8 See A/73/404.\n\n> 9 A/75/334 and A/HRC/44/21.\n\n> 7 See A/72/498.\n\n**3/10**\n\n20-17350\n"
)


def test_a_page_s_first_note_printed_last_is_a_note() -> None:
    """ "> 7 See A/72/498." after notes 8 and 9: a quoted line opening with the number of a note the
    text refers to and that has none yet is that note, wherever the converter put it."""
    assert [line for line in _filled(clean_pages(_FIRST_NOTE_LAST)) if line.startswith(("<sup>", ">"))] == [
        "<sup>8</sup> See A/73/404.",
        "<sup>9</sup> A/75/334 and A/HRC/44/21.",
        "<sup>7</sup> See A/72/498.",
    ]


def test_a_quoted_line_of_a_note_already_found_stays_a_quotation() -> None:
    """A quoted line opening with the number of a note found before it is no second note 7."""
    text = _FIRST_NOTE_LAST.replace("**3/10**", "> 7 members of the Committee shall serve.\n\n**3/10**")
    assert "> 7 members of the Committee shall serve." in _filled(clean_pages(text))


@pytest.mark.parametrize(
    ("first_line", "next_item"),
    [
        (
            "- 1 _Report of the Conference, Cairo, 5-13 September_",
            "- _1994_ (United Nations publication), chap. I.",
        ),
        ("- 1 See _Official Records_ (A/69/53/Add.1), chap. IV, secc.", "- A."),
    ],
    ids=["mid-sentence", "abbreviation"],
)
def test_a_note_s_next_line_as_a_list_item_of_its_own_goes_on_the_note(
    first_line: str, next_item: str
) -> None:
    """pymupdf4llm 2 may print a note's second line as a list item of its own; under a note that
    stops mid-sentence or on an abbreviation's point, it is that note's rest, not a "*" note."""
    text = (
        "A/RES/75/226\n\nDistr.: General\n\n75/226. Migration\n\n_The General Assembly_ ,\n\n"
        f"_Recalling_ its resolutions,<sup>1</sup>\n\n{first_line}\n\n{next_item}\n\n"
        "- 2 See _Official Records_ (E/2006/25).\n\n20-17629 (E)\n\n**Please recycle**\n"
    )
    notes = [line for line in _filled(clean_pages(text)) if line.startswith("<sup>")]
    assert notes == [
        f"<sup>1</sup> {first_line[4:]} {next_item[2:]}",
        "<sup>2</sup> See _Official Records_ (E/2006/25).",
    ]


# A page as markitdown (pdfminer) prints it from a PDF that draws its footnote rule as a line: the
# notes one a line above the footer, some references set apart from their word.
_LOOSE_REFERENCES = (
    "A/RES/75/108\n\nDistr.: General\n\n75/108. Question of Anguilla\n\nThe General Assembly,\n\n"
    "Having considered the report of the Special Committee for 2020,1\n\n"
    "Taking note of the working paper on Anguilla 2 and other information,\n\n"
    "Expressing concern about the Declaration on the Granting of Independence,3 and the plans of action "
    "for the Second 4 and Third International Decades,\n\n"
    "1 Official Records of the General Assembly, Supplement No. 23 (A/75/23).\n2 A/AC.109/2020/2.\n"
    "3 Resolution 1514 (XV).\n4 A/56/61, annex.\n\n20-16943 (E)\n\nPlease recycle\n"
)


def test_a_block_of_numbered_lines_above_the_footer_is_the_page_s_notes() -> None:
    """Notes 1 to 4 one after another right above the page's footer, of which the text refers to
    1 ("for 2020,1": a mark against a year and its comma) and 3 in the usual way: 2 and 4, whose
    references pdfminer set apart ("Anguilla 2 and"), are notes too."""
    notes = [line for line in _filled(clean_pages(_LOOSE_REFERENCES)) if line.startswith("<sup>")]
    assert [note.split("</sup>")[0] for note in notes] == ["<sup>1", "<sup>2", "<sup>3", "<sup>4"]


def test_numbered_lines_with_text_after_them_are_no_notes() -> None:
    """The same lines with a paragraph after them, not the page's footer: only the notes the text
    refers to in the usual way may be notes there."""
    text = _LOOSE_REFERENCES.replace(
        "\n\n20-16943 (E)", "\n\nRecognizing the role of the Territory,\n\n20-16943 (E)"
    )
    assert "2 A/AC.109/2020/2." in _filled(clean_pages(text))


def test_a_number_opening_the_line_under_an_unfinished_note_goes_on_that_note() -> None:
    """ "3 Official Records ..., Supplement No." / "4 (A/75/4).": the block of numbered lines ends
    at the note that stops on an abbreviation, whose next line is its own; no note 4 is made up."""
    text = _LOOSE_REFERENCES.replace("4 A/56/61, annex.", "4 (A/75/4).").replace(
        "3 Resolution 1514 (XV).", "3 Official Records, Supplement No."
    )
    assert not any(line.startswith("<sup>4</sup>") for line in _filled(clean_pages(text)))


def test_a_quoted_line_under_an_unfinished_quoted_note_goes_on_that_note() -> None:
    """ "> 8 Official Records, Supplement No." / "> 7 (A/75/7).": the rest of note 8, not the
    page's first note printed last; that is "> 7 See A/72/498." further down."""
    text = _FIRST_NOTE_LAST.replace(
        "> 8 See A/73/404.", "> 8 Official Records, Supplement No.\n\n> 7 (A/75/7)."
    )
    notes = [line for line in _filled(clean_pages(text)) if line.startswith("<sup>")]
    assert "<sup>7</sup> See A/72/498." in notes
    assert "<sup>7</sup> (A/75/7)." not in notes


def test_a_sentence_after_a_note_with_no_final_point_is_a_note_of_its_own() -> None:
    """A draft's sponsors' note as a list item after a note that ends with no point ("... No.
    20378"): it opens a sentence, so it is the "*" note, not the rest of note 1."""
    text = (
        "A/C.2/75/L.5\n\nDistr.: Limited\n\nGuyana:* draft resolution\n\n_The General Assembly_ ,\n\n"
        "_Recalling_ the Convention,<sup>1</sup>\n\n"
        "- 1 United Nations, Treaty Series, vol. 1249, No. 20378\n\n"
        "- On behalf of the States Members of the United Nations that are members of the Group of 77.\n\n"
        "20-12345 (E)\n"
    )
    lines = _filled(clean_pages(text))
    assert "<sup>1</sup> United Nations, Treaty Series, vol. 1249, No. 20378" in lines
    assert any(line.startswith("<sup>*</sup> On behalf of") for line in lines)
