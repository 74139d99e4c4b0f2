"""The page clean-up of converted Markdown: furniture, notes where converters print them, and
paragraphs a page break cut."""

from __future__ import annotations

import pytest

from resconv.readers.markdown_pages import clean_pages

_PDFMINER_PAGE = """\
A/RES/75/181

Distr.: General
28 December 2020

Seventy-fifth session
Agenda item 72 (b)

Resolution adopted by the General Assembly
on 16 December 2020

75/181. Human rights and unilateral coercive measures

The General Assembly,

Recalling its resolutions 24/14 of 27 September 2013,1 27/21 of 26 September 2014,2 and
30/2 of 1 October 2015,3 as well as previous resolutions of the Council,

________________

1 See Official Records of the General Assembly, Sixty-eighth Session, Supplement No. 53A.
2 Ibid., Sixty-ninth Session,

and
A/69/53/Add.1/Corr.1), chap. IV, sect. A.

Supplement  No.

53A

corrigenda

3 Ibid., Seventieth Session, Supplement No. 53A (A/70/53/Add.1), chap. III.

20-17322 (E)

(A/69/53/Add.1,

Please recycle

\fA/RES/75/181

Human rights and unilateral coercive
**<u>measures</u>**

Recalling also the reports of the Secretary-General,

1. Decides to remain seized of the matter.
"""


def _filled(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


def test_words_a_converter_set_apart_between_two_notes_stay_in_the_notes() -> None:
    """pdfminer (markitdown) boxes the words of a loose note line apart, after the note's end:
    they go into the note until the page's next note, and "53A" is no note 53."""
    notes = [line for line in _filled(clean_pages(_PDFMINER_PAGE)) if line.startswith("<sup>")]
    assert [line.split("</sup>")[0] for line in notes] == ["<sup>1", "<sup>2", "<sup>3"]
    assert notes[1].endswith("sect. A. Supplement  No. 53A corrigenda")


def test_a_note_s_words_among_the_footer_lines_stay_in_the_notes() -> None:
    """ "(A/69/53/Add.1," between the job number and "Please recycle" is no paragraph; a line
    after the next page's running symbol is the next page's text."""
    cleaned = _filled(clean_pages(_PDFMINER_PAGE))
    assert "(A/69/53/Add.1," not in cleaned
    assert cleaned[-2:] == [
        "Recalling also the reports of the Secretary-General,",
        "1. Decides to remain seized of the matter.",
    ]


def test_a_running_title_with_an_underlined_word_is_page_furniture() -> None:
    """pymupdf4llm writes an underline as "<u>...</u>": the running title is still the title."""
    cleaned = _filled(clean_pages(_PDFMINER_PAGE))
    assert not any(
        "measures</u>" in line or line == "Human rights and unilateral coercive" for line in cleaned
    )


def test_the_meeting_line_after_the_last_page_s_header_is_no_note() -> None:
    """The last page may hold only the meeting line, after the page before ended with notes and
    its footer: set after the running symbol, it is that page's text, not a note's words."""
    text = _PDFMINER_PAGE.replace(
        "1. Decides to remain seized of the matter.\n",
        "1. Decides to remain seized of the matter.4\n\n________________\n\n4 A/75/255.\n\n"
        "2/3\n\n20-17322\n\nA/RES/75/181\n\n46th plenary meeting\n\n3/3\n\n20-17322\n",
    )
    assert "46th plenary meeting" in _filled(clean_pages(text))


@pytest.mark.parametrize(
    ("meeting", "date"),
    [("48th plenary meeting", "21 December 2020"), ("48e séance plénière", "21 décembre 2020")],
)
def test_the_closing_date_before_the_footer_is_no_note(meeting: str, date: str) -> None:
    """ "21 December 2020" under the meeting line, the last page's footer after it, opens with a
    number that may look like a note's reference elsewhere ("decision 1/CP.21,"); a date is no
    note."""
    text = (
        "A/RES/75/234\n\nDistr.: General\n\n75/234. South-South cooperation\n\nThe General Assembly,\n\n"
        "Recalling decision 1/CP.21, annex,\n\n1. Decides to continue its consideration.\n\n"
        f"{meeting}\n{date}\n\n20-17651\n\n3/3\n"
    )
    cleaned = _filled(clean_pages(text))
    assert not any(line.startswith("<sup>21</sup>") for line in cleaned)
    assert date in cleaned


@pytest.mark.parametrize(
    ("text", "notes"),
    [
        (
            "A/RES/75/226\n\nDistr.: General\n\n75/226. Migration\n\n_The General Assembly_ ,\n\n"
            "_Recalling_ its resolutions,<sup>1</sup>\n\n_Reaffirming_ its resolution 70/1,<sup>2</sup>\n\n"
            "- 1 _Report of the Conference_ , chap. I.\n\n- 2 See _Official Records_ (E/2006/25).\n\n"
            "20-17629 (E)\n\n**Please recycle**\n",
            [
                "<sup>1</sup> _Report of the Conference_ , chap. I.",
                "<sup>2</sup> See _Official Records_ (E/2006/25).",
            ],
        ),
        (
            "A/RES/75/205\n\n大会\n\n75/205. 外债可持续性与发展\n\n大会，\n\n"
            "**回顾**《2030年议程》7和长期结构转型，\n\n**又回顾**其决议，\n\n**还回顾**《报告》，8\n\n"
            "7 第70/1号决议。\n\n- 8《社会发展问题世界首脑会议的报告》。\n\n**4/8**\n\n20-17624\n",
            ["<sup>7</sup> 第70/1号决议。", "<sup>8</sup> 《社会发展问题世界首脑会议的报告》。"],
        ),
    ],
    ids=["list-items", "zh-glued"],
)
def test_notes_printed_as_list_items_are_notes(text: str, notes: list[str]) -> None:
    """pymupdf4llm 2 prints a page's notes with no rule, each a list item ("- 2 See ...", "- 8《社会…》"
    with its mark glued on), and Chinese text refers to a note between a closing mark and the next
    character ("《议程》7和")."""
    assert [line for line in _filled(clean_pages(text)) if line.startswith("<sup>")] == notes


_FRENCH_PAGES = (
    "A/RES/75/270\n\nDistr. générale\n\n75/270. Corps commun d’inspection\n\n_L’Assemblée générale_ ,\n\n"
    "_Rappelant_ ses résolutions,<sup>1</sup>\n\n_Réaffirmant_ son rôle pour 2018-20192,\n\n"
    "1. _Prend note_ du rapport du Corps commun pour 20194 ;\n\n"
    "2. _Se félicite_ du cadre stratégique pour 2020-20295 ;\n\n"
    "> 1 Résolution 70/1.\n\n> 2 _Documents officiels de l’Assemblée générale, soixante-quatorzième "
    "session, Supplément n° 34_\n\n> (A/74/34), annexe I.\n\n> 3 Voir A/74/1.\n\n> 4 _Documents "
    "officiels de l’Assemblée générale, Supplément n° 34_\n\n**1/2**\n\n20-17631\n\n"
    "**Corps commun d’inspection**\n\n**A/RES/75/270**\n\n3. _Prie_ le Corps commun d’agir ;\n\n"
    "> (A/75/34), annexe I.\n\n> 5 Résolution 72/1.\n\n**2/2**\n\n20-17631\n"
)


def test_a_quoted_note_goes_on_on_quoted_lines_with_no_mark() -> None:
    """pymupdf4llm 2 quotes each line of a page's notes apart: "> (A/74/34), annexe I." is the end
    of the note above it, on its page or the next, and no paragraph."""
    assert [line for line in _filled(clean_pages(_FRENCH_PAGES)) if line.startswith(("<sup>", ">"))] == [
        "<sup>1</sup> Résolution 70/1.",
        "<sup>2</sup> _Documents officiels de l’Assemblée générale, soixante-quatorzième session, "
        "Supplément n° 34_ (A/74/34), annexe I.",
        "<sup>3</sup> Voir A/74/1.",
        "<sup>4</sup> _Documents officiels de l’Assemblée générale, Supplément n° 34_ (A/75/34), annexe I.",
        "<sup>5</sup> Résolution 72/1.",
    ]


def test_a_running_title_printed_away_from_the_symbol_on_several_pages_is_furniture() -> None:
    """pdfminer (markitdown) may print a page's first body line between the symbol and the running
    title; the title's lines, a paragraph of their own printed the same on two pages, go."""
    title = (
        "Situation of human rights in the Autonomous\nRepublic of Crimea and the city of Sevastopol,\nUkraine"
    )
    page = "20-17350\n\n{n}/3\n\nA/RES/75/192\n\n{first}\n\n" + title + "\n\n"
    text = (
        "A/RES/75/192\n\nDistr.: General\n\n"
        "75/192. Situation of human rights in the Autonomous Republic of\n\n"
        "Crimea and the city of Sevastopol, Ukraine\n\nThe General Assembly,\n\n"
        "Recalling its resolutions and the United Nations Standard Minimum Rules (the Nelson\n\n"
        + page.format(n=1, first="Mandela Rules),")
        + "Noting the reports of the Secretary-General,\n\n1. Urges the Russian Federation to comply\n\n"
        + page.format(n=2, first="with its obligations;")
        + "2. Decides to continue its consideration of the question.\n"
    )
    cleaned = _filled(clean_pages(text))
    assert "Ukraine" not in cleaned
    assert "Mandela Rules)," in cleaned and "with its obligations;" in cleaned


def test_a_quotation_after_an_unfinished_note_of_the_page_before_stays_in_the_text() -> None:
    """A quoted line with no mark goes on a note only where it reads as a sentence's rest: a
    quotation ("> « Le Corps commun …") at a page's end is the text's, though the note before
    stopped without its full stop."""
    text = _FRENCH_PAGES.replace(
        "3. _Prie_ le Corps commun d’agir ;\n\n> (A/75/34), annexe I.\n\n> 5 Résolution 72/1.\n\n",
        "3. _Décide_ que l’article premier se lira comme suit :\n\n"
        "> « Le Corps commun est un organe subsidiaire de l’Assemblée générale »\n\n",
    )
    cleaned = _filled(clean_pages(text))
    assert "> « Le Corps commun est un organe subsidiaire de l’Assemblée générale »" in cleaned
    assert not any("Corps commun est" in line for line in cleaned if line.startswith("<sup>"))


def test_a_heading_repeated_on_one_page_is_no_running_title() -> None:
    """Only title lines printed the same among the furniture of two pages are a running title."""
    text = (
        "A/RES/75/192\n\nDistr.: General\n\n"
        "75/192. Situation of human rights in the Autonomous Republic of\n\n"
        "Crimea and the city of Sevastopol, Ukraine\n\nThe General Assembly,\n\n"
        "Recalling its resolutions on the subject,\n\n1. Urges the Russian Federation to comply;\n\n"
        "### Autonomous Republic of Crimea\n\n2. Calls upon the Russian Federation to release them;\n\n"
        "### Autonomous Republic of Crimea\n\n3. Requests the Secretary-General to report.\n"
    )
    assert _filled(clean_pages(text)).count("### Autonomous Republic of Crimea") == 2


def _two_pages(end_of_page: str, next_page: str) -> str:
    """A converted two-page resolution that keeps its phrases' emphasis (pymupdf4llm)."""
    recitals = "".join(f"_Recalling_ its resolution 7{n}/1,\n\n" for n in range(3))
    return (
        "A/RES/75/181\n\nDistr.: General\n\n75/181. Human rights\n\n_The General Assembly_ ,\n\n"
        f"{recitals}{end_of_page}\n\n- 1 See A/75/1.\n\n**1/2**\n\n20-17322\n\n"
        f"**Human rights**\n\n**A/RES/75/181**\n\n{next_page}\n\n1. _Decides_ to remain seized.\n"
    )


@pytest.mark.parametrize(
    ("end_of_page", "next_page", "joined"),
    [
        ("深为关切单方面措施带来种", "种消极影响，", "深为关切单方面措施带来种种消极影响，"),
        (
            "_Noting_ the report of the",
            "Secretary-General,<sup>1</sup>",
            "_Noting_ the report of the Secretary-General,",
        ),
    ],
    ids=["zh", "en"],
)
def test_a_paragraph_a_page_break_cut_goes_back_together(
    end_of_page: str, next_page: str, joined: str
) -> None:
    """The part of a paragraph on the next page is no paragraph of its own where the page's
    last line stopped mid-sentence."""
    assert any(line.startswith(joined) for line in _filled(clean_pages(_two_pages(end_of_page, next_page))))


@pytest.mark.parametrize(
    "end_of_page",
    ["_Noting_ the report of the Secretary-General,1", "_Noting_ the report,<sup>1</sup>", "**Annex**"],
)
def test_a_page_that_ends_a_paragraph_or_a_heading_keeps_the_next_paragraph_apart(end_of_page: str) -> None:
    """A line ending with its punctuation (a note's mark after it) or a bold heading ended."""
    cleaned = _filled(clean_pages(_two_pages(end_of_page, "Secretary-General,")))
    assert "Secretary-General," in cleaned


def test_text_without_emphasis_is_not_joined_across_pages() -> None:
    """pdfminer's boxes put a loose line's words out of order: a page's last line is no sure end."""
    text = _two_pages("_Noting_ the report of the", "Secretary-General,").replace("_", "")
    assert "Secretary-General," in _filled(clean_pages(text))


def test_a_hard_wrapped_part_on_the_next_page_moves_whole() -> None:
    """pymupdf4llm may keep a PDF's lines: every line of the next page's part goes back."""
    cleaned = _filled(
        clean_pages(
            _two_pages("_Noting_ the report of the", "Secretary-General on the work\nof the Organization,")
        )
    )
    assert "_Noting_ the report of the Secretary-General on the work of the Organization," in cleaned


@pytest.mark.parametrize(
    ("end_of_page", "next_page"),
    [
        ("_5 December 2024_", "Annex"),  # the date line, all italics, and a heading after it
        ("_Noting_ the report of the Secretary-General", "Annex"),  # a short unpunctuated line
        ("_Noting_ the report [A/75/1.](https://undocs.org/A/75/1)", "Recalling also its resolutions,"),
    ],
    ids=["date-line", "heading", "link"],
)
def test_what_ends_a_page_or_opens_the_next_as_a_heading_stays_apart(
    end_of_page: str, next_page: str
) -> None:
    assert next_page in _filled(clean_pages(_two_pages(end_of_page, next_page)))


def test_the_meeting_line_after_a_running_title_and_symbol_is_no_note() -> None:
    """The next page's running title may sit between its symbol and the text."""
    text = _PDFMINER_PAGE.replace(
        "1. Decides to remain seized of the matter.\n",
        "1. Decides to remain seized of the matter.4\n\n________________\n\n4 A/75/255.\n\n"
        "2/3\n\n20-17322\n\nA/RES/75/181\n\nHuman rights and unilateral coercive\n**<u>measures</u>**\n\n"
        "46th plenary meeting\n\n3/3\n\n20-17322\n",
    )
    assert "46th plenary meeting" in _filled(clean_pages(text))


def test_an_arabic_paragraph_number_as_a_list_item_is_no_note() -> None:
    """ "- 1 - *تقرر*" is operative paragraph 1 as a list item, though the text refers to note 1."""
    text = (
        "A/RES/75/22\n\nالجمعية العامة\n\n75/22 - تسوية قضية فلسطين\n\nإن الجمعية العامة،\n\n"
        "*إذ تشير* إلى القرار 55/2،<sup>1</sup>\n\n- 1 - *تقرر* مواصلة النظر في المسألة.\n"
    )
    assert "- 1 - *تقرر* مواصلة النظر في المسألة." in _filled(clean_pages(text))
