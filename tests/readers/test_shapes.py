"""Resolutions of shapes the devset lacks, in both text readers: a formula with no comma, no
preamble, numbered annexes in Chinese and Arabic, a number glued to its title, converters' list
markers before the UN's numbers, full-width Chinese labels, Arabic note marks in brackets."""

from __future__ import annotations

import pytest

import resconv
from builders import operative_paragraphs
from resconv.model import FootnoteRef, Resolution, plain_text

MASTHEAD = "United Nations A/RES/79/310\n\nGeneral Assembly Distr.: General\n\n"


def _read(text: str, kind: str) -> Resolution:
    return resconv.read(text.encode("utf-8"), format=kind)


@pytest.mark.parametrize("kind", ["markdown", "text"])
def test_formula_without_comma_before_a_single_adopting_paragraph(kind: str) -> None:
    """Declarations and special sessions: "The General Assembly" alone, then "Adopts ...".
    With no preamble, the one paragraph ending a sentence is the operative part."""
    text = (
        MASTHEAD + "Resolution adopted by the General Assembly on 5 October 2025\n\n"
        "[without reference to a Main Committee (A/79/L.2)]\n\n"
        "79/310. Political declaration on coastal resilience\n\n"
        "The General Assembly\n\n"
        "Adopts the political declaration on coastal resilience annexed to the present resolution.\n\n"
        "14th plenary meeting\n5 October 2025\n"
    )
    model = _read(text, kind)
    assert model.meta.resolution_number == "79/310"
    assert model.meta.title == "Political declaration on coastal resilience"
    assert model.preamble == []
    [only] = operative_paragraphs(model)
    assert (only.number, only.phrase) == (None, "Adopts")
    assert model.meta.meeting == 14


@pytest.mark.parametrize(
    ("language", "first", "second"),
    [("zh", "附件一", "附件二"), ("ar", "المرفق الأول", "المرفق الثاني")],
)
def test_annexes_numbered_in_words_are_annexes(language: str, first: str, second: str) -> None:
    decides = {"zh": "1. 决定继续审议这一问题。", "ar": "1 - تقرر أن تبقي المسألة قيد نظرها."}[language]
    formula = {"zh": "大会，", "ar": "إن الجمعية العامة،"}[language]
    meeting = {"zh": "第14次全体会议", "ar": "الجلسة العامة 14"}[language]
    text = f"A/RES/79/310\n\n{formula}\n\n{decides}\n\n{meeting}\n\n{first}\n\n1. 2.\n\n{second}\n\n1. 3.\n"
    model = _read(text, "text")
    assert len(operative_paragraphs(model)) == 1
    assert [a.headings[0] for a in model.annexes] == [first, second]


@pytest.mark.parametrize("kind", ["markdown", "text"])
def test_resolution_number_glued_to_its_title(kind: str) -> None:
    text = MASTHEAD + "79/6.Report of the Council\n\nThe General Assembly,\n\n1. Decides to act.\n"
    model = _read(text, kind)
    assert (model.meta.resolution_number, model.meta.title) == ("79/6", "Report of the Council")


def test_list_markers_before_numbers_and_labels_are_dropped() -> None:
    """docling and marker write "- 1." and nested "- (a)" items."""
    text = (
        MASTHEAD + "The General Assembly,\n\n*Recalling* its earlier resolutions,\n\n"
        "- 1. *Decides* that:\n\n    - (a) The first point holds;\n\n    - (b) The second too;\n\n"
        "- 2. *Requests* a report.\n"
    )
    paragraphs = operative_paragraphs(_read(text, "markdown"))
    assert [(p.number, p.phrase) for p in paragraphs] == [("1", "Decides"), ("2", "Requests")]
    assert [s.label for s in paragraphs[0].subparagraphs] == ["(a)", "(b)"]
    assert plain_text(paragraphs[0].subparagraphs[0].text) == "The first point holds;"


@pytest.mark.parametrize("kind", ["markdown", "text"])
def test_chinese_full_width_labels(kind: str) -> None:
    text = (
        "A/RES/79/310\n\n大会，\n\n**回顾**其以往各项决议，\n\n1. **决定**：\n\n"
        "（a） 第一点；\n\n（b） 第二点；\n\n2. **请**秘书长提出报告。\n"
    )
    paragraphs = operative_paragraphs(_read(text, kind))
    assert [p.number for p in paragraphs] == ["1", "2"]
    assert [s.label for s in paragraphs[0].subparagraphs] == ["（a）", "（b）"]


@pytest.mark.parametrize("mark", ["^(1)^", "⁽¹⁾", "^1^", "¹"])
def test_arabic_note_marks_in_brackets_as_converters_write_them(mark: str) -> None:
    text = (
        "A/RES/79/310\n\nإن الجمعية العامة،\n\n"
        f"إذ تشير إلى قراراتها السابقة،{mark}\n\n1 - تقرر أن تبقي المسألة قيد نظرها.\n\n"
        "---\n\n<sup>1</sup> القرار 55/2.\n"
    )
    model = _read(text, "markdown")
    assert [n.marker for n in model.preamble[0].text if isinstance(n, FootnoteRef)] == ["1"]
    assert plain_text(model.footnotes[0].text) == "القرار 55/2."


@pytest.mark.parametrize("kind", ["markdown", "text"])
def test_two_annexes_are_two(kind: str) -> None:
    text = (
        MASTHEAD + "79/310. Working groups\n\nThe General Assembly,\n\n"
        "1. Decides to establish the working groups set out in annexes I and II.\n\n"
        "14th plenary meeting\n5 October 2025\n\n"
        "Annex I\n\nTerms of reference of the first group\n\n1. The group shall meet twice.\n\n"
        "Annex II\n\nTerms of reference of the second group\n\n1. The group shall meet once.\n\n"
        "2. It shall report.\n"
    )
    annexes = _read(text, kind).annexes
    assert [a.headings for a in annexes] == [
        ["Annex I", "Terms of reference of the first group"],
        ["Annex II", "Terms of reference of the second group"],
    ]
    assert [len(operative_paragraphs(Resolution(operative=a.blocks))) for a in annexes] == [1, 2]


def test_arabic_two_agenda_items_in_the_dual_are_two_items_written_in_the_dual() -> None:
    text = (
        "الأمم المتحدة A/RES/79/310\n\nالدورة التاسعة والسبعون\nالبندان 69 و 70 من جدول الأعمال\n"
        "تقرير مجلس حقوق الإنسان\n\nإن الجمعية العامة،\n\n1 - تقرر أن تبقي المسألة قيد نظرها.\n"
    )
    model = _read(text, "text")
    assert [(a.number, a.title) for a in model.meta.agenda_items] == [
        ("69", "تقرير مجلس حقوق الإنسان"),
        ("70", ""),
    ]
    assert "البندان 69 و 70 من جدول الأعمال" in resconv.render(model, "akn").decode("utf-8")


@pytest.mark.parametrize("kind", ["markdown", "text"])
@pytest.mark.parametrize("letter_line", [True, False])
def test_a_lettered_part_from_its_own_line_or_the_symbol(kind: str, letter_line: bool) -> None:
    letter = "B\n\n" if letter_line else ""
    text = (
        "United Nations A/RES/79/263 B\n\nGeneral Assembly Distr.: General\n\n"
        f"79/263. Special subjects relating to the programme budget\n\n{letter}"
        "The General Assembly,\n\n*Having considered* the report,\n\n1. *Approves* the estimates.\n"
    )
    meta = _read(text, kind).meta
    assert (meta.part, meta.title) == ("B", "Special subjects relating to the programme budget")


@pytest.mark.parametrize(
    ("origin", "report"),
    [
        (
            "on the report of the Third Committee (A/79/462/Add.2 (Part II), para. 215)",
            ("A/79/462/Add.2 (Part II)", "215"),
        ),
        ("without reference to a Main Committee (A/ES-11/L.1)", ("A/ES-11/L.1", None)),
    ],
)
def test_report_symbols_with_a_part_or_an_emergency_session(
    origin: str, report: tuple[str, str | None]
) -> None:
    text = (
        MASTHEAD + f"Resolution adopted by the General Assembly on 2 March 2025\n\n[{origin}]\n\n"
        "79/310. A title\n\nThe General Assembly,\n\n1. Decides to act.\n"
    )
    model = _read(text, "text")
    assert [(r.symbol, r.paragraph) for r in model.meta.reports] == [report]
    again = resconv.read(resconv.render(model, "akn"), format="akn")
    assert again.meta.reports == model.meta.reports


def test_a_web_link_is_kept_through_every_format() -> None:
    """Addresses outside the UN's documents ("www.un.org/fr/ga/sixth/") are links, not lost."""
    text = (
        MASTHEAD + "The General Assembly,\n\n*Recalling* its resolutions,\n\n"
        "1. *Invites* States to consult [www.example.org/ga/sixth/](http://www.example.org/ga/sixth/) "
        "and [73/41](#).\n"
    )
    model = _read(text, "markdown")
    [paragraph] = operative_paragraphs(model)
    assert [(n.type, n.text) for n in paragraph.text if n.type in ("link", "docref")] == [
        ("link", "www.example.org/ga/sixth/"),
        ("docref", "73/41"),
    ]
    for fmt in ("akn", "docx", "markdown", "json"):
        again = resconv.read(resconv.render(model, fmt), format=fmt)
        assert again.model_dump()["operative"] == model.model_dump()["operative"], fmt
    assert b"http://www.example.org/ga/sixth/" in resconv.render(model, "pdf")


@pytest.mark.parametrize("kind", ["markdown", "text"])
def test_quoted_paragraphs_and_rules_stay_in_the_amending_paragraph(kind: str) -> None:
    opening, closing = "“", "”"  # the language file's quotation marks (French: « »)
    text = (
        MASTHEAD + "The General Assembly,\n\nRecalling its resolution 58/126,\n\n"
        "1. Decides to amend paragraph 4 of resolution 58/126 to read as follows:\n\n"
        f"{opening}4. Decides that the General Committee shall make recommendations;\n\n"
        f"5. Requests the President to report thereon;{closing}\n\n"
        "2. Also decides to amend rule 103 to read as follows:\n\n"
        f"{opening}Rule 103\n\nEach Main Committee shall elect a Chair.{closing}\n\n"
        "3. Requests a revised edition of the rules of procedure.\n"
    )
    paragraphs = operative_paragraphs(_read(text, kind))
    assert [p.phrase for p in paragraphs] == ["Decides", "Also decides", "Requests"]
    assert [p.number for p in paragraphs] == ["1", "2", "3"]
    assert plain_text(paragraphs[0].text).endswith(f"5. Requests the President to report thereon;{closing}")
    assert "Rule 103 Each Main Committee" in plain_text(paragraphs[1].text)


def test_arabic_part_spelt_out_under_the_title() -> None:
    text = (
        "الأمم المتحدة A/RES/79/263\n\n79/263.  - مواضيع خاصة تتعلق بالميزانية\nباء\n\n"
        "إن الجمعية العامة،\n\nإذ تشير إلى قرارها السابق،\n\n1 - تقرر أن تبقي المسألة قيد نظرها.\n"
    )
    meta = _read(text, "text").meta
    assert meta.part == "B"
    assert "باء" not in meta.title


def test_a_link_to_an_address_stays_a_link_even_when_its_text_reads_like_a_symbol() -> None:
    text = (
        MASTHEAD + "The General Assembly,\n\n*Recalling* resolution "
        "[2625 (XXV)](http://www.example.org/view_doc.asp?symbol=A/RES/2625(XXV)),\n\n1. *Decides* to act.\n"
    )
    [link] = [n for n in _read(text, "markdown").preamble[0].text if n.type in ("link", "docref")]
    assert (link.type, link.text) == ("link", "2625 (XXV)")
