"""The plain-text importer on pdftotext-like output: page furniture, hard wraps, footnotes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import pytest

import resconv
from builders import assert_en_78_321_masthead, operative_paragraphs, read_fixture
from resconv.errors import InputError
from resconv.model import FootnoteRef, Heading, OperativeParagraph, Resolution, plain_text
from resconv.readers.plaintext import logical_text
from resconv.recover.phrases import folded_phrases

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _all_text(model: Resolution) -> str:
    parts = [plain_text(p.text) for p in model.preamble]
    for p in operative_paragraphs(model):
        parts.append(plain_text(p.text))
        parts += [plain_text(s.text) for s in p.subparagraphs]
    return "\n".join(parts)


def _markers(inlines: Sequence[object]) -> list[str]:
    return [n.marker for n in inlines if isinstance(n, FootnoteRef)]


def test_english_structure() -> None:
    model = read_fixture("en-pdftext.txt")
    assert [p.phrase for p in model.preamble] == ["Recalling", "Recognizing", "Noting with concern"]
    assert [(p.number, p.phrase) for p in operative_paragraphs(model)] == [
        ("1", "Encourages"),
        ("2", "Invites"),
        ("3", "Requests"),
    ]
    first = operative_paragraphs(model)[0]
    assert [s.label for s in first.subparagraphs] == ["(a)", "(b)"]
    assert [s.label for s in first.subparagraphs[1].subparagraphs] == ["(i)", "(ii)"]


def test_english_hard_wraps_are_rejoined() -> None:
    model = read_fixture("en-pdftext.txt")
    assert plain_text(model.preamble[1].text) == (
        "Recognizing that glacial lakes in mountain regions are growing in number and size, "
        "and that outburst floods can travel far downstream,"
    )
    assert plain_text(operative_paragraphs(model)[1].text) == (
        "Invites the World Meteorological Organization to support national hydrological services "
        "in issuing timely alerts;"
    )


def test_english_page_furniture_is_removed() -> None:
    text = _all_text(read_fixture("en-pdftext.txt"))
    for furniture in ("20-16859", "*2016859*", "2/4", "3/4", "090124", "A/RES/78/321", "Distr."):
        assert furniture not in text
    # the running title is also the document title: it must not leak into the paragraph text
    assert text.count("Early warning for glacial lake outburst floods") == 0


def test_english_footnotes_attach_to_the_right_paragraph() -> None:
    model = read_fixture("en-pdftext.txt")
    assert [_markers(p.text) for p in model.preamble] == [["1"], [], ["2"]]
    assert [_markers(p.text) for p in operative_paragraphs(model)] == [[], ["3"], []]
    assert [(n.marker, plain_text(n.text)) for n in model.footnotes] == [
        ("1", "Resolution 69/283, annex II."),
        ("2", "See A/78/219."),
        ("3", "A/78/220, annex."),
    ]
    # the trailing marker is not left in the text as a digit
    assert plain_text(model.preamble[0].text).endswith("2015–2030,")


def test_english_metadata() -> None:
    meta = read_fixture("en-pdftext.txt").meta
    assert_en_78_321_masthead(meta)
    assert (meta.adopted_on, meta.meeting, meta.issued_on) == (dt.date(2023, 12, 19), 50, dt.date(2024, 1, 8))


def test_chinese_lines_join_without_spaces() -> None:
    model = read_fixture("zh-pdftext.txt")
    assert [p.phrase for p in model.preamble] == ["回顾", "确认"]
    assert (
        plain_text(model.preamble[0].text)
        == "回顾其2022年12月14日第77/164号决议以及《2015-2030年仙台减少灾害风险框架》，"
    )
    assert plain_text(operative_paragraphs(model)[0].text) == (
        "鼓励会员国加强对冰川湖的监测，并在边境两侧共享观测数据，以便及时向下游社区发出警报；"
    )
    assert [p.number for p in operative_paragraphs(model)] == ["1", "2"]
    assert operative_paragraphs(model)[0].phrase == "鼓励"


def test_chinese_unemphasised_request_phrase() -> None:
    """'请' (65 times in the devset gold), not '请秘书长' (harvested once where the UN's emphasis ran on)."""
    assert [p.phrase for p in operative_paragraphs(read_fixture("zh-pdftext.txt"))] == ["鼓励", "请"]


def test_chinese_metadata_and_notes() -> None:
    model = read_fixture("zh-pdftext.txt")
    meta = model.meta
    assert (meta.language, meta.symbol, meta.session, meta.title) == (
        "zh",
        "A/RES/78/321",
        78,
        "冰川湖溃决洪水预警",
    )
    assert [a.number for a in meta.agenda_items] == ["18(c)"]
    assert [(r.symbol, r.paragraph) for r in meta.reports] == [("A/78/455/Add.3", "12")]
    assert (meta.adopted_on, meta.meeting) == (dt.date(2023, 12, 19), 50)
    assert [_markers(p.text) for p in model.preamble] == [["1"], []]
    assert plain_text(model.footnotes[0].text) == "第69/283号决议，附件二。"


def test_chinese_layout_masthead() -> None:
    text = (FIXTURES / "zh-pdftext.txt").read_text(encoding="utf-8")
    text = text.replace("联合国 A/RES/78/321", "联合国" + " " * 40 + "A/RES/78/321")
    text = text.replace("大会 Distr.: General", "大会" + " " * 40 + "Distr.: General")
    model = resconv.read(text, format="text")
    assert [p.phrase for p in model.preamble] == ["回顾", "确认"]
    assert model.meta.title == "冰川湖溃决洪水预警"


def test_crlf_and_form_feeds_only() -> None:
    text = (FIXTURES / "en-pdftext.txt").read_text(encoding="utf-8").replace("\n", "\r\n")
    model = resconv.read(text.encode("utf-8"), format="text")
    assert [p.number for p in operative_paragraphs(model)] == ["1", "2", "3"]
    assert len(model.footnotes) == 3


def test_unknown_phrase_is_reported() -> None:
    text = (
        (FIXTURES / "en-pdftext.txt")
        .read_text(encoding="utf-8")
        .replace("Recognizing that glacial", "Blorping that glacial")
    )
    _, diagnostics = resconv.read_with_diagnostics(text, format="text", name="res.txt")
    assert any("preambular paragraph 2" in d.message and d.file == "res.txt" and d.line for d in diagnostics)


def test_text_under_the_note_rule_without_a_mark_is_kept_and_reported() -> None:
    rule = "__________________\n"
    text = (FIXTURES / "en-pdftext.txt").read_text(encoding="utf-8")
    text = text.replace(rule + "1 Resolution", rule + "See also the annex.\n1 Resolution", 1)
    model, diagnostics = resconv.read_with_diagnostics(text, format="text", name="res.txt")
    assert [(n.marker, plain_text(n.text)) for n in model.footnotes[:2]] == [
        ("", "See also the annex."),
        ("1", "Resolution 69/283, annex II."),
    ]
    line = text.split("\n").index("See also the annex.") + 1
    assert [(d.line, d.message) for d in diagnostics if "marker" in d.message] == [
        (line, "text in the footnote area has no note marker before it")
    ]


def test_a_note_continued_under_the_rule_of_the_next_page_stays_one_note() -> None:
    """A long note runs over the page break: its rest heads the next page's notes, unmarked."""
    text = (FIXTURES / "en-pdftext.txt").read_text(encoding="utf-8")
    text = text.replace("2 See A/78/219.", "2 See A/78/219 and", 1)
    text = text.replace("3 A/78/220, annex.", "A/78/221.\n3 A/78/220, annex.", 1)
    model, diagnostics = resconv.read_with_diagnostics(text, format="text", name="res.txt")
    assert [(n.marker, plain_text(n.text)) for n in model.footnotes] == [
        ("1", "Resolution 69/283, annex II."),
        ("2", "See A/78/219 and A/78/221."),
        ("3", "A/78/220, annex."),
    ]
    assert not [d for d in diagnostics if "marker" in d.message]


def test_unmarked_text_after_a_finished_note_of_the_page_before_is_kept_and_reported() -> None:
    text = (FIXTURES / "en-pdftext.txt").read_text(encoding="utf-8")
    text = text.replace("3 A/78/220, annex.", "See also the annex.\n3 A/78/220, annex.", 1)
    model, diagnostics = resconv.read_with_diagnostics(text, format="text", name="res.txt")
    assert [(n.marker, plain_text(n.text)) for n in model.footnotes[1:3]] == [
        ("2", "See A/78/219."),
        ("", "See also the annex."),
    ]
    assert [d.message for d in diagnostics if "marker" in d.message] == [
        "text in the footnote area has no note marker before it"
    ]


def test_empty_or_unrelated_text_is_refused_with_a_reason() -> None:
    with pytest.raises(InputError, match="holds no text"):
        resconv.read(b"  \n\n", format="text", name="empty.txt")
    with pytest.raises(InputError, match="no resolution found") as caught:
        resconv.read(b"Minutes of the staff picnic\nWe had sandwiches.\n", format="text", name="notes.txt")
    assert caught.value.file == "notes.txt"


def test_stacked_heading_lines_between_numbered_paragraphs_are_headings() -> None:
    """Budget resolutions print "Part I" / title / "Section 1" / title on lines of their own; in
    hard-wrapped text each is a heading, not an unnumbered paragraph."""
    wrap = "of the report of the Advisory Committee on Administrative and Budgetary"
    text = (
        "78/252. Questions relating to the proposed programme budget for 2024\n\n"
        "The General Assembly,\n\n"
        f"Recalling its resolution 77/262 {wrap}\nQuestions,\n\n"
        f"1. Takes note {wrap}\nQuestions and of the related matters before it;\n"
        f"2. Decides {wrap}\nQuestions to the present resolution;\n"
        "Part I\nOverall policymaking, direction and coordination\nSection 1\n"
        "Overall policymaking, direction and coordination\n"
        f"3. Takes note {wrap}\nQuestions, and approves the establishment of the office;\n"
    )
    model = resconv.read(text.encode("utf-8"), format="text")
    assert [p.number for p in operative_paragraphs(model)] == ["1", "2", "3"]
    headings = [plain_text(block.text) for block in model.operative if isinstance(block, Heading)]
    assert headings == [
        "Part I",
        "Overall policymaking, direction and coordination",
        "Section 1",
        "Overall policymaking, direction and coordination",
    ]


def _budget_text(body: str) -> bytes:
    wrap = "of the report of the Advisory Committee on Administrative and Budgetary"
    opening = (
        "78/252. Questions relating to the proposed programme budget for 2024\n\n"
        "The General Assembly,\n\n"
        f"Recalling its resolution 77/262 {wrap}\nQuestions,\n\n"
        f"1. Takes note {wrap}\nQuestions and of the related matters before it;\n"
        f"2. Decides {wrap}\nQuestions to the present resolution;\n"
    )
    return (opening + body).encode("utf-8")


def test_heading_lines_after_a_paragraph_that_ends_near_full_width() -> None:
    """A short unpunctuated line after "...;" is a heading ("Section 29F"), even when the line before
    reached most of the width, and a short "Section 31" under a title line stands on its own."""
    wrap = "of the report of the Advisory Committee on Administrative and Budgetary"
    body = (
        f"3. Decides {wrap}\nQuestions on the temporary positions of the capital plan;\n"
        "Section 29F\nAdministration, Vienna\n"
        f"4. Takes note {wrap}\nQuestions;\n"
        "Part X\nJointly financed administrative activities and special expenses\nSection 31\n"
        "Jointly financed administrative activities\n"
        f"5. Decides {wrap}\nQuestions;\n"
    )
    model = resconv.read(_budget_text(body), format="text")
    assert [p.number for p in operative_paragraphs(model)] == ["1", "2", "3", "4", "5"]
    headings = [plain_text(block.text) for block in model.operative if isinstance(block, Heading)]
    assert headings == [
        "Section 29F",
        "Administration, Vienna",
        "Part X",
        "Jointly financed administrative activities and special expenses",
        "Section 31",
        "Jointly financed administrative activities",
    ]


def test_heading_with_a_colon_between_title_and_subtitle_is_one_heading() -> None:
    wrap = "of the report of the Advisory Committee on Administrative and Budgetary"
    body = (
        "Section 11\nUnited Nations system support for the African Union's Agenda 2063:\n"
        "The Africa We Want\n"
        f"3. Recalls {wrap}\nQuestions;\n"
    )
    model = resconv.read(_budget_text(body), format="text")
    assert [p.number for p in operative_paragraphs(model)] == ["1", "2", "3"]
    headings = [plain_text(block.text) for block in model.operative if isinstance(block, Heading)]
    assert headings == [
        "Section 11",
        "United Nations system support for the African Union's Agenda 2063: The Africa We Want",
    ]


def test_paragraph_opening_moved_after_its_last_line_is_put_back() -> None:
    """pdftotext sometimes prints "29." and the last line before the paragraph's first line."""
    body = "3.\ndollars;\n\nDecides to further reduce non-post resources by 1,889,900 United States\n\n"
    body += "4. Recalls paragraph 83 of the report of the Advisory Committee;\n"
    model = resconv.read(_budget_text(body), format="text")
    paragraphs = operative_paragraphs(model)
    assert [p.number for p in paragraphs] == ["1", "2", "3", "4"]
    assert paragraphs[2].phrase == "Decides"
    assert plain_text(paragraphs[2].text).endswith("1,889,900 United States dollars;")


def test_numbers_read_apart_from_their_paragraphs_are_put_back() -> None:
    """pdftotext may print a one-line paragraph before its number, or a number between a
    paragraph's first and second lines; the number and its text belong together again."""
    wrap = "of the report of the Advisory Committee on Administrative and Budgetary"
    body = (
        "Also reaffirms its resolution 54/237 C of 23 December 1999;\n\n3.\n\n4.\n"
        f"Requests the Secretary-General to continue {wrap}\nQuestions;\n"
        "Expresses its deep concern about the continued application of the death\n\n5.\npenalty;\n"
        "Calls upon all States:\n\n6.\n\n(a) To respect international standards;\n"
        "(b) To make available relevant information;\n"
        "Decides to remain seized of the matter.\n\n7.\n"
    )
    model = resconv.read(_budget_text(body), format="text")
    paragraphs = operative_paragraphs(model)
    assert [p.number for p in paragraphs] == ["1", "2", "3", "4", "5", "6", "7"]
    assert [p.phrase for p in paragraphs[2:]] == [
        "Also reaffirms",
        "Requests",
        "Expresses its deep concern",
        "Calls upon",
        "Decides",
    ]
    assert plain_text(paragraphs[4].text).endswith("application of the death penalty;")
    assert [s.label for s in paragraphs[5].subparagraphs] == ["(a)", "(b)"]


def test_a_number_printed_after_its_one_line_paragraph_and_before_a_numbered_one() -> None:
    """ "Takes note ...;" / "3." / "4. Requests ...": the one-line paragraph is 3, the next is 4."""
    body = (
        "Takes note of paragraph 27 of the report of the Advisory Committee;\n\n3.\n\n"
        "4. Requests the Secretary-General to intensify his cooperation with all\n"
        "Member States;\n"
    )
    paragraphs = operative_paragraphs(resconv.read(_budget_text(body), format="text"))
    assert [p.number for p in paragraphs] == ["1", "2", "3", "4"]
    assert [p.phrase for p in paragraphs[2:]] == ["Takes note", "Requests"]
    assert plain_text(paragraphs[3].text) == (
        "Requests the Secretary-General to intensify his cooperation with all Member States;"
    )


def test_a_capitalised_line_after_any_other_colon_goes_on_with_its_paragraph() -> None:
    body = (
        "3. Requests the Secretary-General to issue the documents in the two working languages:\n"
        "English and French, and to report thereon at its next session;\n"
    )
    paragraphs = operative_paragraphs(resconv.read(_budget_text(body), format="text"))
    assert [p.number for p in paragraphs] == ["1", "2", "3"]
    assert plain_text(paragraphs[2].text).endswith(
        "languages: English and French, and to report thereon at its next session;"
    )


def test_a_number_printed_between_a_paragraph_and_its_last_line_opening_with_a_figure() -> None:
    """ "Welcomes the report of the Committee for" / "3." / "2020;": a figure opens no paragraph."""
    body = (
        "Welcomes the report of the Committee on Conferences for\n\n3.\n2020;\n\n4.\nApproves the calendar;\n"
    )
    paragraphs = operative_paragraphs(resconv.read(_budget_text(body), format="text"))
    assert [p.number for p in paragraphs] == ["1", "2", "3", "4"]
    assert plain_text(paragraphs[2].text) == "Welcomes the report of the Committee on Conferences for 2020;"


def _chinese_operative(paragraphs: str) -> list[OperativeParagraph]:
    text = (
        "A/RES/75/183\n\n大会\n\n75/183. 暂停使用死刑\n\n大会，\n\n"
        + f"回顾{_ZH_FULL}\n支持，\n" * 6
        + paragraphs
    )
    return operative_paragraphs(resconv.read(text.encode("utf-8"), format="text"))


def test_chinese_numbers_each_printed_a_block_after_their_paragraphs_first_line() -> None:
    """pdftotext read the numbers and the lines at the margin as one column: "2." after the
    one-line paragraph 2, "3." between paragraph 3's first line and its last."""
    paragraphs = _chinese_operative(
        f"1.\n重申{_ZH_FULL}\n的主权权利；\n表示深为关切死刑的继续使用；\n\n2.\n\n"
        "欢迎秘书长关于第73/175号决议执行情况的报告及其中所载各项建\n\n3.\n议；\n\n"
        f"4.\n又欢迎{_ZH_FULL}\n死刑的适用；\n"
    )
    assert [(p.number, p.phrase) for p in paragraphs] == [
        ("1", "重申"),
        ("2", "表示深为关切"),
        ("3", "欢迎"),
        ("4", "又欢迎"),
    ]
    assert plain_text(paragraphs[2].text) == "欢迎秘书长关于第73/175号决议执行情况的报告及其中所载各项建议；"


def test_chinese_two_numbers_printed_before_both_their_paragraphs() -> None:
    """ "3." "4." "报告；" and then the first lines of paragraphs 3 and 4: the one-line paragraph
    is 3, and "报告；" ends 4."""
    paragraphs = _chinese_operative(
        f"1. 重申{_ZH_FULL}\n的主权权利；\n2. 欢迎{_ZH_FULL}\n建立直接接触；\n3.\n4.\n报告；\n\n"
        "鼓励两个组织继续探讨在维和领域进一步加强互动的可能方式；\n"
        "请联合国秘书长向大会第七十七届会议提交关于本决议执行情况的\n\n"
        f"5.\n决定{_ZH_FULL}\n这一项目。\n"
    )
    assert [(p.number, p.phrase) for p in paragraphs] == [
        ("1", "重申"),
        ("2", "欢迎"),
        ("3", "鼓励"),
        ("4", "请"),
        ("5", "决定"),
    ]
    assert plain_text(paragraphs[3].text).endswith("执行情况的报告；")


def test_english_numbers_each_printed_a_block_after_their_paragraphs_first_line() -> None:
    paragraphs = operative_paragraphs(
        resconv.read(
            _budget_text(
                "Expresses its deep concern about the continued application of the death penalty;\n\n"
                "3.\n\nWelcomes the report of the Secretary-General on the implementation of\n\n"
                "4.\nresolution 73/175;\n\n5.\nDecides to continue its consideration of the matter.\n"
            ),
            format="text",
        )
    )
    assert [(p.number, p.phrase) for p in paragraphs[2:]] == [
        ("3", "Expresses its deep concern"),
        ("4", "Welcomes"),
        ("5", "Decides"),
    ]
    assert plain_text(paragraphs[3].text).endswith("implementation of resolution 73/175;")


def test_a_quoted_rule_after_a_colon_is_a_block_of_its_own() -> None:
    """ "... so that it reads as follows:" / "The General Assembly shall meet ...": the rule the
    paragraph quotes is not the paragraph's own text, even on a full line after the colon."""
    body = (
        "3. Decides to amend rule 1 of its rules of procedure, with effect from its seventy-eighth\n"
        "session, so that it reads in full, from the date of the present resolution, as follows:\n"
        "The General Assembly shall meet every year in regular session commencing on the\n"
        "Tuesday of the second week in September.\n"
        "4. Decides to remain seized of the matter.\n"
    )
    model = resconv.read(_budget_text(body), format="text")
    blocks = [b for b in model.operative if isinstance(b, OperativeParagraph)]
    assert [b.number for b in blocks] == ["1", "2", "3", None, "4"]
    assert plain_text(blocks[2].text).endswith("as follows:")
    assert plain_text(blocks[3].text).startswith("The General Assembly shall meet")


def test_stretched_line_printed_a_word_a_line_stays_in_its_paragraph() -> None:
    wrap = "of the report of the Advisory Committee on Administrative and Budgetary"
    stretched = "3. Recalls\nthat\nthe\nUnited\nNations,\nas\nan\n"
    body = f"{stretched}intergovernmental organization {wrap}\nQuestions;\n"
    model = resconv.read(_budget_text(body), format="text")
    paragraphs = operative_paragraphs(model)
    assert [p.number for p in paragraphs] == ["1", "2", "3"]
    assert plain_text(paragraphs[2].text).startswith("Recalls that the United Nations, as an")


def test_arabic_numbers_pdftotext_printed_in_visual_order() -> None:
    """pdftotext wraps right-to-left lines in embedding marks and prints a leading "1 - " as
    " - 1" glued to the first word; the number and its phrase are recovered all the same."""
    text = (
        "\u202bالأمم المتحدة\u202c\nA/RES/75/47\n\u202bالجمعية العامة\u202c\n\n"
        "قرار اتخذته الجمعية العامة\nفي 7 كانون الأول/ديسمبر 2020\n\n"
        "\u202b\u202a - .75/47\u202cتعزيز تعددية الأطراف في مجال نزع السلاح\u202c\n\n"
        "إن الجمعية العامة،\n\nوإذ تشير إلى قرارها 56/24 المتعلق بالتعاون المتعدد الأطراف،\n\n"
        "\u202b\u202a - 1\u202cتقرر أن تدرج في جدول الأعمال المؤقت لدورتها السادسة والسبعين البند؛\u202c\n"
        "\u202b\u202a - 2\u202cتطلب إلى الأمين العام أن يقدم تقريرا عن ذلك.\u202c\n"
    )
    model = resconv.read(text.encode("utf-8"), format="text")
    assert model.meta.resolution_number == "75/47"
    assert model.meta.title.endswith("تعزيز تعددية الأطراف في مجال نزع السلاح")
    assert [(p.number, p.phrase) for p in operative_paragraphs(model)] == [("1", "تقرر"), ("2", "تطلب")]


@pytest.mark.parametrize("indent", ["", " " * 40], ids=["plain", "layout"])
def test_arabic_bracketed_note_marks_as_pdftotext_splits_them(indent: str) -> None:
    """The UN prints Arabic note marks "(1)"; pdftotext splits them around an embedding, in the
    text after a comma and under the rule before an Arabic or a left-to-right note, which
    ``-layout`` sets in from the margin."""
    text = (
        "\u202bالأمم المتحدة\u202c\nA/RES/75/47\n\n"
        "إن الجمعية العامة،\n\n"
        "\u202bوإذ تشير إلى قرارها بشأن الحضارة(\u202a،)1\u202c\u202c\n\n"
        "\u202bوإذ تشير أيضا إلى الوثيقة الختامية(\u202a،)2\u202c\u202c\n\n"
        "\u202bوإذ تشير كذلك إلى تقرير الأمين العام(\u202a،)3\u202c\u202c\n\n"
        "\u202a - 1\u202cتقرر أن تبقي المسألة قيد نظرها.\n\n"
        "________________\n\n"
        f"{indent}\u202b(\u202a )1\u202cانظر القرار دإ\u202a.10/2-\u202c\u202c\n"
        f"{indent}\u202b(\u202a.United Nations, Treaty Series, vol. 729, No. 10485 )2\u202c\u202c\n"
        f"{indent}\u202b\u202a.A/59/2005 3\u202c\u202c\n"  # a mark printed unbracketed
    )
    model = resconv.read(text.encode("utf-8"), format="text")
    marks = [[n.marker for n in p.text if isinstance(n, FootnoteRef)] for p in model.preamble]
    assert marks == [["1"], ["2"], ["3"]]
    assert [(n.marker, plain_text(n.text)[:5]) for n in model.footnotes] == [
        ("1", "انظر "),
        ("2", "Unite"),
        ("3", "A/59/"),
    ]


def test_arabic_short_last_line_printed_before_its_one_line_paragraph() -> None:
    """Beside a number hanging in the right margin, pdftotext may print the short last line of a
    one-line paragraph ("كافة؛") on its own, before the paragraph's first line."""
    text = (
        "A/RES/75/177\n\nالجمعية العامة\n\n75/177. الحق في السلام\n\nإن الجمعية العامة،\n\n"
        + "وإذ تشير إلى قراراتها السابقة المتعلقة بتعزيز حق الشعوب في السلام وإعماله\nالتام،\n" * 4
        + "1 - تؤكد من جديد كذلك أن الحفاظ على حق الشعوب في السلام وتعزيز إعماله\n"
        "يشكلان التزاما أساسيا يقع على عاتق جميع الدول؛\n"
        "كافة؛\n\n"
        "2 - تؤكد أن السلام شرط أساسي لتعزيز وحماية جميع حقوق الإنسان للناس\n\n"
        "3 - تقرر أن تواصل النظر في هذه المسألة.\n"
    )
    paragraphs = operative_paragraphs(resconv.read(text.encode("utf-8"), format="text"))
    assert [p.number for p in paragraphs] == ["1", "2", "3"]
    assert plain_text(paragraphs[1].text).endswith("حقوق الإنسان للناس كافة؛")
    assert plain_text(paragraphs[0].text).endswith("جميع الدول؛")


def test_every_line_apart_keeps_each_last_line_with_its_paragraph() -> None:
    """Text with a blank line after every line: the short last line of a paragraph stands apart
    before the next numbered line, but that line's paragraph goes on, so nothing moves."""
    lines = [
        "A/RES/75/999",
        "75/999. Promoting multilateralism",
        "The General Assembly,",
        "Recalling its previous resolutions,",
        "1. Requests the Secretary-General to submit a report on the matter, including",
        "recommendations, to the General Assembly at its seventy-sixth session,",
        "as appropriate;",
        "2. Decides to include in the provisional agenda of its seventy-sixth session the",
        "item entitled “Promoting multilateralism”.",
    ]
    paragraphs = operative_paragraphs(resconv.read("\n\n".join(lines).encode("utf-8"), format="text"))
    assert [p.number for p in paragraphs] == ["1", "2"]
    assert plain_text(paragraphs[0].text).endswith("seventy-sixth session, as appropriate;")
    assert plain_text(paragraphs[1].text).endswith("session the item entitled “Promoting multilateralism”.")


def test_chinese_number_printed_after_its_title() -> None:
    """pdftotext may read the tab-separated title before the resolution number."""
    text = (
        "A/RES/75/2\n\n联合国\n\n大会\n\n第七十五届会议\n议程项目145\n联合国经费分摊比额表\n\n"
        "2020年10月13日大会决议\n[根据第五委员会的报告 (A/75/382)]\n\n"
        "联合国经费分摊比额表：根据《宪章》第十九条提出的请求\n\n75/2.\n\n大会，\n"
        "重申根据《联合国宪章》第十七条，会员国有义务承担大会分摊的联合国经费，\n"
        "1. 决定准许科摩罗在大会投票，到第七十五届会议结束为止。\n"
    )
    model = resconv.read(text.encode("utf-8"), format="text")
    assert model.meta.resolution_number == "75/2"
    assert model.meta.title == "联合国经费分摊比额表：根据《宪章》第十九条提出的请求"


def test_chinese_number_read_after_a_paragraphs_first_line_is_put_back() -> None:
    """ "注意到 ... 大会第" / "4." / "74/82号决议 ...": the number came between the first line and
    the rest, which opens with no known phrase (Chinese has no lower case to tell it by)."""
    text = (
        "A/RES/75/92\n\n联合国\n\n大会\n\n第七十五届会议\n议程项目54\n\n"
        "2020年12月10日大会决议\n\n75/92. 和平利用外层空间委员会及其附属机构工作的连续性\n\n大会，\n"
        "回顾其关于和平利用外层空间委员会工作的各项决议，\n"
        "1. 同意委员会的建议，即法律小组委员会和科学和技术小组委员会两个小组委员会\n"
        + "各自按照委员会的建议审议实质性项目，包括必要时举行闭会期间协商和会议，\n"
        * 9
        + "并设立工作组；\n"
        "注意到科学和技术小组委员会2020年第五十七届会议继续开展大会第\n\n2.\n"
        "74/82号决议为其规定的工作；\n"
        "3. 决定继续审议这一项目。\n"
    )
    paragraphs = operative_paragraphs(resconv.read(text.encode("utf-8"), format="text"))
    assert [(p.number, p.phrase) for p in paragraphs] == [("1", "同意"), ("2", "注意到"), ("3", "决定")]
    assert plain_text(paragraphs[1].text).endswith("继续开展大会第74/82号决议为其规定的工作；")


@pytest.mark.parametrize(
    ("loose", "kept"),
    [
        # a run of one-word lines after "единства," (case cannot tell: Russian paragraphs open in
        # lower case)
        (
            "1. подчеркивает также необходимость уважения {wrap}\nвопросам и сохранения\n"
            "территориального\nединства,\nнепрерывности\nи\nцелостности\nвсей\n"
            "оккупированной палестинской территории {wrap}\nвопросам;\n",
            "единства, непрерывности и целостности всей оккупированной",
        ),
        # after an abbreviation's full stop, capitalised names: short capitalised lines, no headings
        (
            "1. ссылается на пункт 80 своей резолюции и {wrap}\nхранящихся в Библиотеке\n"
            "им.\nДага\nХаммаршельда\nв\nЦентральных\nучреждениях\n"
            "Организации Объединенных Наций, включив в него {wrap}\nвопросам;\n",
            "им. Дага Хаммаршельда в Центральных учреждениях",
        ),
    ],
    ids=["after-a-comma", "after-an-abbreviation"],
)
def test_russian_loose_line_printed_a_word_a_line_stays_in_its_paragraph(loose: str, kept: str) -> None:
    """A loose justified line as pdftotext or PyMuPDF prints it, a word a line, does not end its
    paragraph."""
    paragraphs = _russian_operative(loose.format(wrap=_RU_WRAP))
    assert [p.number for p in paragraphs] == ["1", "2"]
    assert kept in plain_text(paragraphs[0].text)


def test_arabic_left_to_right_runs_in_logical_order() -> None:
    """poppler marks each left-to-right run of an Arabic line and prints the neutrals that open
    it (a space, brackets, a comma) before it; they go back after it, so numbers keep their spaces
    and the report line its paragraph number."""
    text = (
        "\u202b\u202aA/RES/75/47\u202c\u202c\n\n\u202bالجمعية العامة\u202c\n\n"
        "\u202bقرار اتخذته الجمعية العامة\u202c\n"
        "\u202bفي \u202a 7\u202cكانون الأول\u202a/\u202cديسمبر \u202a2020\u202c\u202c\n"
        "\u202b[بناء على تقرير اللجنة الأولى (\u202a ،A/75/399\u202cالفقرة \u202a])96\u202c\u202c\n"
        "\u202b\u202a - .75/47\u202cتعزيز تعددية الأطراف في مجال نزع السلاح\u202c\n\n"
        "\u202bإن الجمعية العامة\u202a،\u202c\u202c\n"
        "\u202bوإذ تشير إلى قراراتها \u202a 57/63\u202cالمؤرخ \u202a 22\u202cتشرين الثاني\u202a/\u202cنوفمبر"
        " \u202a 2002\u202cو \u202a 58/44\u202cالمؤرخ\u202a ،\u202cوفقا للميثاق\u202a،2\u202c\u202c\n"
        "\u202b\u202a - 1\u202cتقرر أن تدرج في جدول الأعمال المؤقت لدورتها السادسة"
        " والسبعين البند\u202a.\u202c\u202c\n"
        "\u202b)\u202a20-16859 (A\u202c\u202c\n"
    )
    model = resconv.read(text.encode("utf-8"), format="text")
    assert model.meta.adopted_on == dt.date(2020, 12, 7)
    assert [(r.symbol, r.paragraph) for r in model.meta.reports] == [("A/75/399", "96")]
    preamble = plain_text(model.preamble[0].text)
    assert "قراراتها 57/63 المؤرخ 22 تشرين الثاني/نوفمبر 2002 و 58/44 المؤرخ، وفقا للميثاق،" in preamble
    assert [(p.number, p.phrase) for p in operative_paragraphs(model)] == [("1", "تقرر")]
    assert "20-16859" not in _all_text(model)


def test_line_ending_with_a_conjunction_and_comma_goes_on() -> None:
    """ "..., and," ends a line mid-sentence: a capitalised phrase on the next line ("Bearing in
    mind") does not start a preambular paragraph there."""
    wrap = "of the report of the Advisory Committee on Administrative and Budgetary Questions"
    text = (
        "75/22. Peaceful settlement of the question of Palestine\n\nThe General Assembly,\n\n"
        + f"Recalling its relevant resolutions {wrap} on the question of Palestine,\n" * 6
        + f"Noting the measures taken {wrap} with regard to the question, and,\n"
        f"Bearing in mind the rights and duties {wrap} of all States concerned,\n"
        f"1. Decides to remain seized {wrap} of the matter.\n"
    )
    model = resconv.read(text.encode("utf-8"), format="text")
    assert [p.phrase for p in model.preamble] == ["Recalling"] * 6 + ["Noting"]
    assert "question, and, Bearing in mind the rights" in plain_text(model.preamble[-1].text)


def test_operative_paragraph_does_not_end_at_a_comma() -> None:
    """In Russian a participle after a comma ("уделяя особое внимание") is also a preambular
    phrase; inside an operative paragraph it continues the paragraph, however short the line."""
    paragraphs = _russian_operative(
        f"1. призывает правительства на всех уровнях расширять {_RU_WRAP}\n"
        "в том числе пожилых людей,\n"
        f"уделяя особое внимание уязвимым группам {_RU_WRAP}\nвопросам;\n"
    )
    assert [p.number for p in paragraphs] == ["1", "2"]
    assert "пожилых людей, уделяя особое внимание" in plain_text(paragraphs[0].text)


def test_arabic_page_notes_keep_their_markers() -> None:
    """Under an Arabic page's rule, a note that opens with a symbol comes out of poppler with its
    marker after the symbol, and a two-digit marker may touch the note's first word."""
    text = (
        "\u202b\u202aA/RES/75/56\u202c\u202c\n\n\u202bالجمعية العامة\u202c\n\n"
        "\u202b\u202a - .75/56\u202cتقديم المساعدة إلى الدول\u202c\n\n"
        "\u202bإن الجمعية العامة\u202a،\u202c\u202c\n"
        "\u202bوإذ تشير إلى المؤتمر\u202a،10\u202cوإلى التقرير\u202a،11\u202c"
        "وإلى القرار\u202a،12\u202c\u202c\n"
        "\u202b\u202a - 1\u202cتقرر أن تبقي المسألة قيد نظرها\u202a.\u202c\u202c\n"
        "\u202b________________\u202c\n\n"
        "\u202b\u202a ،A/CONF.192/PC/23 10\u202cالمرفق\u202a.\u202c\u202c\n"
        "\u202b\u202a.A/59/2005 11\u202c\u202c\n"
        "\u202b\u202a12\u202cانظر القرار \u202a.60/1\u202c\u202c\n"
    )
    model = resconv.read(text.encode("utf-8"), format="text")
    notes = {note.marker: plain_text(note.text) for note in model.footnotes}
    assert notes == {"10": "A/CONF.192/PC/23، المرفق.", "11": "A/59/2005.", "12": "انظر القرار 60/1."}


_RU_WRAP = "на основе доклада Консультативного комитета по административным и бюджетным"


def _russian_operative(body: str) -> list[OperativeParagraph]:
    """The operative paragraphs of a hard-wrapped Russian resolution with ``body`` after six
    preambular paragraphs (enough lines for a full line's width to be known)."""
    text = (
        "A/RES/75/22\n\nГенеральная Ассамблея\n\n75/22. Мирное урегулирование вопроса о Палестине\n\n"
        "Генеральная Ассамблея,\n\n"
        + f"ссылаясь на свои соответствующие резолюции {_RU_WRAP}\nвопросам,\n" * 6
        + body
        + f"2. постановляет продолжить рассмотрение {_RU_WRAP}\nвопросам.\n"
    )
    return operative_paragraphs(resconv.read(text.encode("utf-8"), format="text"))


def test_justified_lines_with_doubled_spaces_read_as_single_spaces() -> None:
    """pdfminer (and so markitdown) keeps the stretched spaces of justified lines."""
    model = resconv.read((FIXTURES / "en-markitdown.md").read_text(encoding="utf-8"), format="text")
    assert [p.phrase for p in model.preamble[:2]] == ["Recalling further", "Noting"]
    assert [(p.number, p.phrase) for p in operative_paragraphs(model)][1] == ("2", "Also encourages")
    assert "  " not in _all_text(model)


def test_section_heading_whose_second_line_opens_in_lower_case() -> None:
    text = (
        "75/998. Plan de conferencias\n"
        "La Asamblea General,\n"
        "Recordando sus resoluciones anteriores,\n"
        "1. Acoge con beneplácito el informe del Comité de Conferencias;\n"
        "III\n"
        "Mejora de la gestión global integrada y medición de la\n"
        "calidad de los servicios de conferencias\n"
        "2. Recuerda el párrafo 24 del informe del Secretario General;\n"
    )
    model = resconv.read(text, format="text")
    headings = [block for block in model.operative if isinstance(block, Heading)]
    assert [(h.num, plain_text(h.text)) for h in headings] == [
        (
            "III",
            "Mejora de la gestión global integrada y medición de la calidad de los servicios de conferencias",
        )
    ]
    assert [p.number for p in operative_paragraphs(model)] == ["1", "2"]


_SECTIONED = """\
United Nations
General Assembly

A/RES/79/994

Distr.: General
10 January 2025

Seventy-ninth session
Agenda item 140
United Nations common system: salaries,
allowances and benefits

Resolution adopted by the General Assembly
on 24 December 2024
[on the report of the Fifth Committee (A/79/650, para. 6)]

79/994. United Nations common system: salaries,
allowances and benefits
The General Assembly,
Recalling its resolutions 44/198 of 21 December 1989 and 78/250 of
22 December 2023,
1. Takes note of the report of the International Civil Service Commission;
2. Requests the Commission to continue its review of the
\f
A/RES/79/994
United Nations common system: salaries,
allowances and benefits
base salary scale, as contained in the report;
A
Base/floor salary scale
Recalling its resolution 44/198, by which it established a floor net salary level,
Approves, with effect from 1 January 2025, the revised unified base/floor salary scale
of 10 December 1982, as contained in annex IV to the report;
79th plenary meeting
24 December 2024
"""


def test_running_title_lines_ending_with_the_titles_comma_are_furniture() -> None:
    model = resconv.read(_SECTIONED, format="text")
    text = _all_text(model)
    assert "salaries, allowances" not in text and "allowances and benefits" not in text
    second = operative_paragraphs(model)[1]
    assert plain_text(second.text) == (
        "Requests the Commission to continue its review of the base salary scale, as contained in the report;"
    )


_LONG_TITLE = """\
A/RES/79/995
United Nations
General Assembly
Distr.: General
10 January 2025
Seventy-ninth session
Agenda item 66
Resolution adopted by the General Assembly
on 24 December 2024
[on the report of the Third Committee (A/79/461, para. 31)]
79/995. A global call for concrete action for the elimination of
racism, racial discrimination, xenophobia and related
intolerance and the comprehensive implementation of and
follow-up to the Durban Declaration and Programme of
Action
The General Assembly,
Recalling its previous resolutions,
1. Requests the Secretary-General to submit a report on the
\f
A global call for concrete action for the elimination of racism, racial discrimination,
{second}

A/RES/79/995

implementation of the present resolution;
2. Decides to remain seized of the matter.
79th plenary meeting
24 December 2024
"""


def test_a_running_title_wrapped_over_two_long_lines_is_furniture() -> None:
    """A header in small type holds a longer line than the body, and pdftotext may drop the
    hyphen of "follow-up" in it."""
    second = (
        "xenophobia and related intolerance and the comprehensive implementation of and followup "
        "to the Durban Declaration and Programme of Action"
    )
    assert len(second) > 120
    model = resconv.read(_LONG_TITLE.format(second=second), format="text")
    first = operative_paragraphs(model)[0]
    assert plain_text(first.text) == (
        "Requests the Secretary-General to submit a report on the implementation of the present resolution;"
    )
    assert "xenophobia" not in _all_text(model)


def test_recital_in_an_operative_section_then_an_unnumbered_paragraph() -> None:
    model = resconv.read(_SECTIONED, format="text")
    unnumbered = [(p.number, p.phrase) for p in operative_paragraphs(model)][2:]
    assert unnumbered == [(None, "Recalling"), (None, "Approves")]
    approves = plain_text(operative_paragraphs(model)[-1].text)
    assert approves.endswith("salary scale of 10 December 1982, as contained in annex IV to the report;")
    assert model.meta.meeting == 79 and model.meta.adopted_on == dt.date(2024, 12, 24)


def test_words_of_a_loose_line_printed_after_their_paragraph_go_back_into_it() -> None:
    """pdftotext may print the words of a very loose justified line after the paragraph's end,
    each on a line of its own: they are no paragraph of their own, and go back after the
    paragraph's first line, the one first fit left loose."""
    paragraphs = _russian_operative(
        "1.\nс признательностью отмечает меры,\nсекретарем во исполнение ее резолюции 74/12;\n\n"
        "принятые\n\nГенеральным\n\n"
    )
    assert [(p.number, p.phrase) for p in paragraphs] == [
        ("1", "с признательностью отмечает"),
        ("2", "постановляет"),
    ]
    assert plain_text(paragraphs[0].text) == (
        "с признательностью отмечает меры, принятые Генеральным секретарем во исполнение ее резолюции 74/12;"
    )


def test_words_of_a_loose_first_line_of_a_page_go_back_after_it() -> None:
    """The loose line may be the first of a page, where a paragraph goes on; its words go back
    there, short ones ("об", and after the first a letter long, "и") and one with a comma
    ("государств,") among them."""
    paragraphs = _russian_operative(
        "1.\nпризывает государства представить информацию, которая может способствовать\n"
        "проведению предметных и транспарентных национальных и\n\f20-17326\n\n3/4\n\n"
        "международных дискуссий, в том числе\nсвязанных с применением смертной казни;\n\n"
        "об\n\nобязательствах\n\nи\n\nгосударств,\n\n"
    )
    assert [(p.number, p.phrase) for p in paragraphs] == [("1", "призывает"), ("2", "постановляет")]
    assert plain_text(paragraphs[0].text).endswith(
        "национальных и международных дискуссий, в том числе об обязательствах и государств, "
        "связанных с применением смертной казни;"
    )


def _english_preamble(recitals: str) -> list[tuple[str, str]]:
    text = (
        "A/RES/75/22\n\nGeneral Assembly\n\n75/22. Peaceful settlement\n\nThe General Assembly,\n\n"
        f"{recitals}\n\n1. Decides to remain seized of the matter.\n"
    )
    model = resconv.read(text.encode("utf-8"), format="text")
    return [(p.phrase, plain_text(p.text)) for p in model.preamble]


def test_words_of_a_loose_line_of_a_recital_go_back_into_it() -> None:
    """The words pulled off a loose line come back in the preamble too, a year among them."""
    recitals = _english_preamble(
        "Recalling its relevant resolutions, including those adopted at its tenth\n"
        "emergency special session,\nRecalling also its resolution 73/89 of 6 December\n"
        "“Comprehensive, just and lasting peace in the Middle East”,\n\n2018,\n\nentitled\n\n"
        "Recalling further relevant Security Council resolutions,"
    )
    assert recitals[1] == (
        "Recalling also",
        "Recalling also its resolution 73/89 of 6 December 2018, entitled "
        "“Comprehensive, just and lasting peace in the Middle East”,",
    )
    assert [phrase for phrase, _ in recitals] == ["Recalling", "Recalling also", "Recalling further"]


def test_words_of_a_loose_line_go_after_the_words_printed_a_word_a_line_before_them() -> None:
    """When the first words of the loose line were printed a word a line too, the rest of the
    line goes after them, and the leading phrase stays what it was ("Urging", not "Urging to")."""
    recitals = _english_preamble(
        "Noting its relevant resolutions,\nUrging\nall\nStates\nthe provisions of the Convention,\n\n"
        "to\n\nimplement\n\nNoting further the resolutions of the Council,"
    )
    assert recitals[1] == ("Urging", "Urging all States to implement the provisions of the Convention,")
    assert [phrase for phrase, _ in recitals] == ["Noting", "Urging", "Noting further"]


def test_a_bare_figure_printed_apart_is_no_word_of_a_loose_line() -> None:
    """A bare figure after a paragraph may be a table's cell or a note's marker, not a word of a
    loose line; only a figure with a comma ("2018,") goes back."""
    recitals = _english_preamble(
        "Noting the report of the Secretary-General,\n\n12\n\n"
        "Recalling the peaceful settlement of the question of Palestine,"
    )
    assert recitals[0] == ("Noting", "Noting the report of the Secretary-General,")


_ZH_FULL = "大会重申其以往关于振兴大会工作的各项决议并请秘书处继续提供"  # 30 characters: a full line


def test_quoted_sentences_ending_at_a_full_line_are_paragraphs_of_their_own() -> None:
    """A rule the Assembly amends is quoted after a colon, a sentence a paragraph; in Chinese a
    sentence can end exactly at the margin, so the full line does not show the paragraph's end."""
    text = (
        "A/RES/75/325\n\n大会\n\n75/325. 振兴大会工作\n\n大会，\n\n"
        + f"回顾{_ZH_FULL}\n支持，\n" * 6
        + f"1. 决定修订议事规则第一条如下{_ZH_FULL}\n生效：\n"
        + f"大会常会每年在九月{_ZH_FULL[:19]}开始举行。\n"  # ends at the margin
        + f"大会一般性辩论在九月{_ZH_FULL}\n不间断举行。\n"
        + f"2. 决定继续审议{_ZH_FULL}\n问题。\n"
    )
    paragraphs = operative_paragraphs(resconv.read(text.encode("utf-8"), format="text"))
    numbered = [(p.number, p.phrase) for p in paragraphs]
    assert numbered == [("1", "决定"), (None, ""), (None, ""), ("2", "决定")]
    quoted = plain_text(paragraphs[1].text)
    assert quoted.startswith("大会常会") and quoted.endswith("举行。")


_ES_WRAP = "de los derechos humanos por parte de las fuerzas del orden contra manifestantes pacíficos"


def test_a_note_mark_glued_to_a_year_is_found() -> None:
    """pdftotext glues a superscript mark to the year before it: "de 19 de junio de 20204," is
    the year 2020 and note 4."""
    text = (
        "A/RES/77/205\n\nAsamblea General\n\n77/205. Llamamiento mundial\n\nLa Asamblea General,\n\n"
        + f"Recordando sus resoluciones anteriores {_ES_WRAP}\nsobre la cuestión,\n" * 6
        + "Deplorando los incidentes y recordando la resolución 43/1, de 19 de junio de 20204, y la\n"
        "resolución 44/20, de 17 de julio de 20205,\n"
        f"1. Decide seguir ocupándose {_ES_WRAP}\nde la cuestión.\n"
        "__________________\n4 A/75/53, cap. IV.\n5 Ibid., cap. V.\n"
    )
    model = resconv.read(text.encode("utf-8"), format="text")
    assert _markers(model.preamble[-1].text) == ["4", "5"]
    assert plain_text(model.preamble[-1].text).endswith("de 17 de julio de 2020,")


def test_a_page_opening_with_a_phrase_word_the_first_page_also_prints() -> None:
    """The running header takes the title lines at the top of a page, which the first page's
    masthead prints too; a phrase alone on the next line ("Welcoming", a loose line pulled apart)
    is printed on the first page only in the preamble, below the title, so it stays."""
    wrap = "of the Commonwealth of Independent States and the United Nations system organizations"
    text = (
        "A/RES/75/9\n\nGeneral Assembly\n\nDistr.: General\n30 November 2020\n\n"
        "Seventy-fifth session\nAgenda item 130 (w)\n\n75/9. Cooperation between the United Nations\n"
        "and the Commonwealth of Independent States\n\nThe General Assembly,\n\n"
        + f"Welcoming the efforts {wrap}\nin this field,\n"
        * 3
        + "\f20-15845\nA/RES/75/9\nCooperation between the United Nations\n"
        "and the Commonwealth of Independent States\n\n"
        "Welcoming\nthe\naspiration\nof the Commonwealth to strengthen its cooperation with the\n"
        "United Nations system,\n"
        f"1. Decides to include in the provisional agenda {wrap}\nat its next session.\n"
    )
    model = resconv.read(text.encode("utf-8"), format="text")
    assert [p.phrase for p in model.preamble] == ["Welcoming"] * 4
    assert plain_text(model.preamble[-1].text).startswith("Welcoming the aspiration of the Commonwealth")


def test_chinese_note_mark_printed_with_a_space_after_it_is_found() -> None:
    """pdftotext prints a superscript mark glued to the word before it and a space after it
    ("报告1 和"); the space, which Chinese text otherwise drops, is what shows it is a mark."""
    text = (
        "A/RES/75/244\n\n大会\n\n75/244. 会议规划\n\n大会，\n\n"
        + f"回顾{_ZH_FULL}\n支持，\n" * 6
        + "审议了会议委员会2020年报告1 和秘书长的相关报告，\n"
        + f"1. 决定继续审议{_ZH_FULL}\n第3段所述问题。\n"
        + "__________________\n1 A/75/32。\n"
    )
    model = resconv.read(text.encode("utf-8"), format="text")
    assert _markers(model.preamble[-1].text) == ["1"]
    assert plain_text(model.preamble[-1].text) == "审议了会议委员会2020年报告和秘书长的相关报告，"
    assert "第3段所述问题。" in plain_text(operative_paragraphs(model)[0].text)


def test_chinese_line_stopping_a_few_characters_short_ends_its_recital() -> None:
    """Chinese breaks a line between any two characters: a recital's last line three characters
    short of full ends it, even when the next opens with a phrase no list holds ("虑及")."""
    short = _ZH_FULL[:27] + "，"  # 28 of 30 characters' width
    text = (
        "A/RES/75/325\n\n大会\n\n75/325. 振兴大会工作\n\n大会，\n\n"
        + f"回顾{_ZH_FULL}\n支持，\n" * 6
        + f"认识到{_ZH_FULL}\n{short}\n"
        + "虑及继续指导其工作的大会议事规则的重要性，\n"
        + f"1. 决定继续审议{_ZH_FULL}\n第3段所述问题。\n"
    )
    model = resconv.read(text.encode("utf-8"), format="text")
    assert [p.phrase for p in model.preamble][-2:] == ["认识到", "虑及"]
    assert plain_text(model.preamble[-2].text).endswith(short)


def test_chinese_line_a_few_characters_short_goes_on_where_the_layout_balances_lines() -> None:
    """A layout that balances its lines (Typst's optimised breaking) stops lines short mid-sentence
    too: there a line a few characters short is no sign that its recital ended."""
    short = _ZH_FULL[:27] + "，"
    text = (
        "A/RES/75/325\n\n大会\n\n75/325. 振兴大会工作\n\n大会，\n\n"
        + f"回顾{_ZH_FULL}\n支持，\n" * 3
        + f"回顾{_ZH_FULL[:24]}\n各项决议所述的支持，\n" * 3  # 26 of 32 characters, mid-sentence
        + f"认识到{_ZH_FULL}\n{short}\n"
        + "虑及继续指导其工作的大会议事规则的重要性，\n"
        + f"1. 决定继续审议{_ZH_FULL}\n第3段所述问题。\n"
    )
    model = resconv.read(text.encode("utf-8"), format="text")
    assert [p.phrase for p in model.preamble][-1] == "认识到"
    assert plain_text(model.preamble[-1].text).endswith(short + "虑及继续指导其工作的大会议事规则的重要性，")


_AR_WRAP = "على أساس تقرير اللجنة الاستشارية لشؤون الإدارة والميزانية بشأن"


def _russian_recitals(opening: str) -> str:
    return (
        "A/RES/75/22\n\nГенеральная Ассамблея\n\n75/22. Мирное урегулирование вопроса о Палестине\n\n"
        "Генеральная Ассамблея,\n\n"
        + f"ссылаясь на свои соответствующие резолюции {_RU_WRAP}\nвопросам,\n" * 6
        + f"напоминая о своих резолюциях {_RU_WRAP}\n"
        + f"и решениях, которые были приняты ею в прошлом по {_RU_WRAP},\n"  # a full line
        + f"{opening} {_RU_WRAP}\nвопросам,\n"
        + f"1. постановляет продолжить рассмотрение {_RU_WRAP}\nвопросам.\n"
    )


def _two_pages(first_page_body: str, page_top: str) -> bytes:
    """A Russian resolution whose second page opens, under its symbol and running title, with
    ``page_top``."""
    return (
        "A/RES/75/108\n\nГенеральная Ассамблея\n\n75/108. Вопрос об Ангилье\n\n"
        "Генеральная Ассамблея,\n\n"
        + first_page_body
        + "\f2/3\n\nA/RES/75/108\n\nВопрос об Ангилье\n\n"
        + page_top
        + f"1. постановляет продолжить рассмотрение {_RU_WRAP}\nвопросам.\n"
    ).encode("utf-8")


def test_a_word_broken_off_the_first_line_of_a_page_is_no_running_title() -> None:
    """ "с" holds letters of the title "Вопрос об Ангилье", but alone at the page's top it is the
    first word of a line pdftotext printed a word a line, not a title line."""
    spread = "с\nбеспокойством\nнапоминая\nо\nкатастрофических\nразрушениях\nи\nпоследствиях,"
    text = _two_pages(
        f"ссылаясь на свои соответствующие резолюции {_RU_WRAP}\nвопросам,\n" * 6,
        f"{spread}\nкоторые были вызваны ураганами «Ирма» и «Мария»,\n",
    )
    model = resconv.read(text, format="text")
    assert [p.phrase for p in model.preamble] == ["ссылаясь"] * 6 + ["с беспокойством напоминая"]
    assert plain_text(model.preamble[-1].text).startswith("с беспокойством напоминая о катастрофических")


def test_a_short_line_above_the_rest_of_a_running_title_is_the_titles() -> None:
    """A short piece of the title above a longer one ("об" over "Вопрос"; in Arabic, a mark
    poppler printed apart with its letter, "َّح" over "الموَّحد") goes with the running title."""
    text = _two_pages(
        f"ссылаясь на свои соответствующие резолюции {_RU_WRAP}\nвопросам,\n" * 6,
        "об\nВопрос\n\nотмечая выборы, состоявшиеся в июне 2020 года,\n",
    )
    model = resconv.read(text, format="text")
    assert [p.phrase for p in model.preamble][-1] == "отмечая"
    assert "Вопрос" not in plain_text(model.preamble[-1].text) + plain_text(model.preamble[-2].text)


def test_a_short_last_line_of_a_running_title_is_the_titles() -> None:
    """ "Oceans and the law of the" / "sea": a short line that ends the title lines above it is
    the running title's too."""
    wrap = "the report of the Advisory Committee on Administrative and Budgetary Questions on"
    text = (
        "A/RES/75/239\n\nGeneral Assembly\n\n75/239. Oceans and the law of the sea\n\n"
        "The General Assembly,\n\n"
        + f"Recalling {wrap}\nits previous resolutions on the subject,\n" * 6
        + "\f2/3\n\nA/RES/75/239\n\nOceans and the law of the\nsea\n\n"
        + f"Noting {wrap}\nthe Commission,\n1. Decides to continue {wrap}\nthe matter.\n"
    )
    model = resconv.read(text.encode("utf-8"), format="text")
    assert [p.phrase for p in model.preamble] == ["Recalling"] * 6 + ["Noting"]
    assert plain_text(model.preamble[5].text).endswith("its previous resolutions on the subject,")


def _arabic_recitals(opening: str) -> str:
    return (
        "A/RES/75/22\n\nالجمعية العامة\n\n75/22 - تسوية قضية فلسطين بالوسائل السلمية\n\n"
        "إن الجمعية العامة،\n\n"
        + f"إذ تشير إلى قراراتها ذات الصلة {_AR_WRAP}\nالمسألة،\n" * 6
        + f"وإذ تلاحظ قراراتها {_AR_WRAP}\n"
        + f"والمقررات التي اتخذتها في الماضي بشأن {_AR_WRAP}،\n"  # a full line
        + f"{opening} {_AR_WRAP}\nالمسألة،\n"
        + f"1 - تقرر مواصلة النظر {_AR_WRAP}\nالمسألة.\n"
    )


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        (_russian_recitals("напоминая далее о том, что"), ["напоминая", "напоминая далее"]),
        (_russian_recitals("будучи разочарована тем, что"), ["напоминая", "будучи разочарована"]),
        (_arabic_recitals("وإذ تؤيد الجهود المبذولة"), ["وإذ تلاحظ", "وإذ تؤيد"]),
    ],
    ids=["ru-extended", "ru-rare", "ar-rare"],
)
def test_a_known_phrase_starts_a_recital_after_a_full_line(text: str, phrases: list[str]) -> None:
    """Russian and Arabic lines break at spaces, so after a full line ending with a comma a line
    opening with a known preambular phrase starts a recital: one rarer in the UN files than the
    phrase it extends ("напоминая далее"), and ones they emphasise once ("будучи разочарована",
    "وإذ تؤيد"), since a session's rare phrases are the ones hidden documents bring."""
    assert dict(folded_phrases("ru", "preambular")).get("будучи разочарована") == 1
    assert dict(folded_phrases("ar", "preambular")).get("وإذ تؤيد") == 1
    model = resconv.read(text.encode("utf-8"), format="text")
    assert [p.phrase for p in model.preamble][-2:] == phrases


def test_a_russian_section_recital_its_decision_and_a_heading_over_two_lines() -> None:
    """Russian opens recitals and decisions in lower case, so case cannot tell them from a line
    that goes on: in a lettered section, "утверждает" after a recital ending with a comma is the
    section's decision, and "выражает" after a heading's short second line opens a paragraph."""
    paragraphs = _russian_operative(
        f"1. просит Генерального секретаря {_RU_WRAP}\nвопросам;\n\n"
        "Условия службы сотрудников категории специалистов\n\nA\n\nШкала окладов\n\n"
        f"ссылаясь на свою резолюцию 44/198, в которой она установила {_RU_WRAP}\n"
        f"вопросам и оклады для сотрудников категории специалистов и {_RU_WRAP},\n"
        f"утверждает введение с 1 января 2021 года {_RU_WRAP}\nвопросам;\n\n"
        "B\n\nВыплата за работу в опасных условиях:\nпересмотр размера выплаты\n"
        f"выражает признательность персоналу Организации {_RU_WRAP}\nвопросам;\n\n"
    )
    assert [(p.number, p.phrase) for p in paragraphs] == [
        ("1", "просит"),
        (None, "ссылаясь"),
        (None, "утверждает"),
        (None, "выражает признательность"),
        ("2", "постановляет"),
    ]


def test_a_lettered_subsection_restarts_its_numbering_under_its_title() -> None:
    """ "D" over its title "其他", then "1." again: the letter numbers the heading, and the short
    title line ends before the number that starts the numbering again."""
    text = (
        "A/RES/75/245\n\n大会\n\n75/245. 联合国共同制度\n\n大会，\n\n"
        + f"回顾{_ZH_FULL}\n支持，\n" * 6
        + f"1. 请秘书长{_ZH_FULL}\n报告；\n2. 注意到{_ZH_FULL}\n报告；\nD\n其他\n1.\n"
        + f"回顾行政和预算问题咨询委员会报告第8段，表示注意到委员会在其\n{_ZH_FULL}\n报告；\n"
        + f"2.\n欢迎委员会决定设立一个工作组，{_ZH_FULL}\n报告。\n"
    )
    blocks = resconv.read(text.encode("utf-8"), format="text").operative
    assert [(b.num, plain_text(b.text)) for b in blocks if isinstance(b, Heading)] == [("D", "其他")]
    assert [(p.number, p.phrase) for p in blocks if isinstance(p, OperativeParagraph)] == [
        ("1", "请"),
        ("2", "注意到"),
        ("1", "回顾"),
        ("2", "欢迎"),
    ]


def test_a_capital_alone_on_a_line_of_a_sentence_is_no_section_letter() -> None:
    """In hard-wrapped text a capital may stand alone on a line as a word of the sentence
    ("resolution 74/263" / "A" / "of 27 December 2019"): only a line of its own makes it a letter."""
    recitals = [f"Recalling {_EN_WRAP}\nits previous resolutions on the subject,"] * 6 + [
        "Recalling its resolutions 74/255 A and B of 27 December 2019, and its resolution 74/263\n"
        "A\nof 27 December 2019,",
        f"Noting {_EN_WRAP}\nthe Commission,",
    ]
    assert _english_recitals(recitals, "\n") == ["Recalling"] * 7 + ["Noting"]


def test_a_rare_chinese_phrase_after_a_full_line_only_wrapped() -> None:
    """Chinese lines break between any two characters, so a short phrase the UN files seldom open
    a recital with ("支持") begins a line mid-sentence by chance: after a full line ending with a
    comma it goes on the recital."""
    assert dict(folded_phrases("zh", "preambular")).get("支持", 0) < 3
    text = (
        "A/RES/75/325\n\n大会\n\n75/325. 振兴大会工作\n\n大会，\n\n"
        + f"回顾{_ZH_FULL}\n支持，\n" * 6
        + f"又重申{_ZH_FULL}\n该议程是《2030年可持续发展议程》的组成部分，会员国继续提供，\n"
        + "支持和补充《2030年议程》，\n"
        + f"1. 决定继续审议{_ZH_FULL}\n第3段所述问题。\n"
    )
    model = resconv.read(text.encode("utf-8"), format="text")
    assert [p.phrase for p in model.preamble][-1] == "又重申"
    assert plain_text(model.preamble[-1].text).endswith("，支持和补充《2030年议程》，")


def test_a_line_cut_short_before_a_word_too_long_for_it_does_not_end_the_paragraph() -> None:
    """A recital's line that stops short at a comma ends it, unless the next line's first word
    could not have fitted there: then the line only wrapped before a long word."""
    short = "признавая также важность для коренных народов возрождения, сохранения, развития и передачи им,"
    long_word = "интернационализации,"
    text = (
        "A/RES/75/22\n\nГенеральная Ассамблея\n\n75/22. Мирное урегулирование вопроса о Палестине\n\n"
        "Генеральная Ассамблея,\n\n"
        + f"ссылаясь на свои соответствующие резолюции {_RU_WRAP}\nвопросам,\n" * 6
        + f"{short}\n{long_word} {_RU_WRAP} вопросам,\n"
        + f"{short}\nотмечая {_RU_WRAP} вопросам,\n"
        + f"1. постановляет продолжить рассмотрение {_RU_WRAP}\nвопросам.\n"
    )
    full = len(f"ссылаясь на свои соответствующие резолюции {_RU_WRAP}")
    assert len(short) < 0.8 * full < 0.95 * full < len(short) + 1 + len(long_word)
    model = resconv.read(text.encode("utf-8"), format="text")
    assert [p.phrase for p in model.preamble] == ["ссылаясь"] * 6 + ["признавая также"] * 2 + ["отмечая"]
    assert f"передачи им, {long_word} на основе" in plain_text(model.preamble[6].text)


_EN_WRAP = "the report of the Advisory Committee on Administrative and Budgetary Questions on"


_EN_OPERATIVE = [
    f"1. Requests the Secretary-General to report on {_EN_WRAP}\nthe implementation of this resolution;",
    f"2. Invites Member States to contribute to {_EN_WRAP}\nthe trust fund;",
    "3. Decides to remain seized of the matter.",
]


def _english_recitals(body: list[str], gap: str) -> list[str]:
    """The preambular phrases read from recitals and operative paragraphs joined by ``gap``
    ("\\n\\n" spaces them)."""
    text = (
        "A/RES/76/5\n\nGeneral Assembly\n\n76/5. Follow-up to the Conference\n\n"
        "The General Assembly,\n\n" + gap.join(body + _EN_OPERATIVE) + "\n"
    )
    return [p.phrase for p in resconv.read(text.encode("utf-8"), format="text").preamble]


def test_pieces_of_a_printed_line_an_extractor_cut_at_figures_stay_in_their_recital() -> None:
    """pypdfium2 cuts a printed line where a raised mark or a date breaks it: "30/4 of 1 October
    2015," after "25 September 2014," (no recital opens with a figure) and "September 2014," after
    "27/17 of 25" (a recital stopped at a figure goes on)."""
    recitals = [f"Recalling {_EN_WRAP}\nits previous resolutions on the subject,"] * 6 + [
        f"Recalling Human Rights Council resolutions 20/15 of 5 July 2012, {_EN_WRAP}\n"
        "25 September 2014,\n30/4 of 1 October 2015,\n27/17 of 25\nSeptember 2014,\n"
        "35/4 of 22 June 2017 and 41/4 of 11 July 2019, entitled “Promotion of the right to peace”,",
        f"Noting {_EN_WRAP}\nthe Commission,",
    ]
    assert _english_recitals(recitals, "\n") == ["Recalling"] * 7 + ["Noting"]


def test_in_text_that_spaces_its_paragraphs_a_phrase_without_a_blank_line_only_wrapped() -> None:
    """pdftotext sets paragraphs apart with blank lines where the PDF spaces them: there a line
    that opens with a known phrase after a full line ending with a comma, with no blank line
    before it, continues its paragraph ("...2019," / "Recalling also its initiatives ...")."""
    recitals = [f"Recalling {_EN_WRAP}\nits previous resolutions on the subject,"] * 6
    recitals.append(
        f"Noting {_EN_WRAP} the Summit held in 2019 in New York on climate,\n"
        f"Recalling also {_EN_WRAP}\nthe multi-stakeholder initiatives,"
    )
    assert _english_recitals(recitals, "\n\n") == ["Recalling"] * 6 + ["Noting"]
    # the same lines with no blank lines anywhere: the phrase is all there is to go by
    assert _english_recitals(recitals, "\n") == ["Recalling"] * 6 + ["Noting", "Recalling also"]


def test_in_spaced_text_a_phrase_at_the_top_of_a_page_still_starts_a_paragraph() -> None:
    """A page break is no blank line: at the top of a page the text decides, as before."""
    recitals = [f"Recalling {_EN_WRAP}\nits previous resolutions on the subject,"] * 6
    recitals.append(
        f"Noting {_EN_WRAP} the Summit held in 2019 in New York on climate,\n\f"
        f"2/3 21-19251\n\nRecalling also {_EN_WRAP}\nthe multi-stakeholder initiatives,"
    )
    assert _english_recitals(recitals, "\n\n") == ["Recalling"] * 6 + ["Noting", "Recalling also"]


_MARGIN, _INDENT = " " * 16, " " * 21


def _layout_page(recitals: list[list[str]]) -> str:
    """Recitals as ``pdftotext -layout`` prints them: the first line set in, the rest at the margin."""
    return "\n".join(
        _INDENT + lines[0] + "".join(f"\n{_MARGIN}{line}" for line in lines[1:]) for lines in recitals
    )


_RU_LAYOUT_HEAD = (
    "A/RES/75/22\n\nГенеральная Ассамблея\n\n75/22. Мирное урегулирование вопроса о Палестине, включая\n"
    "Иерусалим\n\n"
    f"{_INDENT}Генеральная Ассамблея,\n"
)
_RU_RECITAL = [f"ссылаясь на свои соответствующие резолюции {_RU_WRAP}", f"{_RU_WRAP} вопросам,"]


def test_layout_text_a_phrase_at_the_margin_goes_on_and_a_set_in_line_starts_anew() -> None:
    """In ``pdftotext -layout`` text the UN's first-line indent is kept: "подчеркивая" at the
    margin after a full line ending with a comma only wrapped; set in, a phrase the lists lack
    ("полагая") opens a recital even where the line before it is full."""
    full_line = f"и решениями, которые были приняты ею в прошлом по {_RU_WRAP},"
    recitals = [_RU_RECITAL] * 6 + [
        [f"напоминая о своих резолюциях {_RU_WRAP}", full_line, "подчеркивая важность этих решений,"],
        [f"полагая, что доклад {_RU_WRAP}", full_line],  # a phrase the lists lack
        ["отмечая доклад,"],
    ]
    text = _RU_LAYOUT_HEAD + _layout_page(recitals) + f"\n{_INDENT}1. постановляет продолжить рассмотрение.\n"
    model = resconv.read(text.encode("utf-8"), format="text")
    assert [p.phrase for p in model.preamble] == ["ссылаясь"] * 6 + ["напоминая", "полагая", "отмечая"]
    assert plain_text(model.preamble[6].text).endswith("подчеркивая важность этих решений,")


def test_layout_text_a_loose_first_line_keeps_its_first_word() -> None:
    """pdftotext -layout keeps a loose justified line's wide gaps ("вновь    подтверждая ...
    международному"); its first word, one word before the gap, still opens the recital."""
    loose = "вновь    подтверждая свою   приверженность              международному"
    recitals = [_RU_RECITAL] * 6 + [[loose, f"сотрудничеству {_RU_WRAP} вопросам,"], ["отмечая доклад,"]]
    text = _RU_LAYOUT_HEAD + _layout_page(recitals) + f"\n{_INDENT}1. постановляет продолжить рассмотрение.\n"
    model = resconv.read(text.encode("utf-8"), format="text")
    assert [p.phrase for p in model.preamble] == ["ссылаясь"] * 6 + [
        "вновь подтверждая свою приверженность",
        "отмечая",
    ]
    assert plain_text(model.preamble[6].text).startswith(
        "вновь подтверждая свою приверженность международному"
    )


def test_layout_text_running_header_printed_in_columns_is_furniture() -> None:
    """``pdftotext -layout`` prints a later page's header as one line of columns: symbol and title."""
    page_two = (  # the title's lines stacked right of the symbol, as on the official pages
        "\f2/3"
        + " " * 60
        + "20-17350\n"
        + " " * 50
        + "Мирное урегулирование вопроса о Палестине,\n"
        + "A/RES/75/22"
        + " " * 40
        + "включая Иерусалим\n\n"
    )
    recitals = [_RU_RECITAL] * 6
    text = (
        _RU_LAYOUT_HEAD
        + _layout_page(recitals)
        + f"\n{_INDENT}напоминая о своих резолюциях {_RU_WRAP}\n"
        + page_two
        + f"{_MARGIN}и решениях, которые были приняты ею в прошлом,\n"
        + f"{_INDENT}1. постановляет продолжить рассмотрение.\n"
    )
    model = resconv.read(text.encode("utf-8"), format="text")
    last = plain_text(model.preamble[-1].text)
    assert last.endswith(f"{_RU_WRAP} и решениях, которые были приняты ею в прошлом,")
    assert "Палестине" not in last and "Иерусалим" not in last


def test_text_set_in_evenly_reads_as_if_it_were_not() -> None:
    """Text shifted as a whole, with only its numbered paragraphs set in further, shows no
    first-line indent: it reads as the same text at the margin does."""
    recitals = [f"Recalling {_EN_WRAP}\n{_EN_WRAP} its previous resolutions."] * 4  # full lines
    body = "\n".join([*recitals, *_EN_OPERATIVE])
    head = "A/RES/76/5\n\nGeneral Assembly\n\n76/5. Follow-up to the Conference\n\nThe General Assembly,\n"
    plain = head + body
    shifted = "\n".join(
        ("       " if line[:2] in ("1.", "2.", "3.") else "    ") + line for line in plain.split("\n")
    )
    read = [resconv.read(text.encode("utf-8"), format="text") for text in (plain, shifted)]
    assert [p.phrase for p in read[1].preamble] == [p.phrase for p in read[0].preamble] == ["Recalling"] * 4
    assert len(operative_paragraphs(read[1])) == 3


def test_layout_text_a_heading_at_the_margin_after_a_sentence_still_starts_a_block() -> None:
    """A line at the margin goes on with its paragraph only where a phrase alone would have
    started one: the short-line and heading rules come first ("Annex" after a full stop)."""
    recitals = [_RU_RECITAL] * 6
    text = (
        _RU_LAYOUT_HEAD
        + _layout_page(recitals)
        + f"\n{_INDENT}1. постановляет продолжить рассмотрение {_RU_WRAP}\n{_MARGIN}вопроса.\n"
        + f"{_INDENT}2. постановляет {_RU_WRAP}\n{_MARGIN}этого вопроса.\n"
        + f"{_MARGIN}Приложение\n"
        + f"{_INDENT}Текст приложения {_RU_WRAP}\n{_MARGIN}вопросам.\n"
    )
    model = resconv.read(text.encode("utf-8"), format="text")
    second = next(p for p in operative_paragraphs(model) if p.number == "2")
    assert plain_text(second.text).endswith("этого вопроса.")


def test_a_raised_note_mark_printed_on_a_line_of_its_own_goes_back_to_its_line() -> None:
    """pdftotext may print a raised mark between the line it ends and the next: the mark goes back
    to the end of its line, and the next line neither starts a paragraph nor loses its place."""
    text = (
        "A/RES/75/22\n\n大会\n\n75/22. 巴勒斯坦问题\n\n大会，\n\n"
        + "回顾其以往各项决议，包括关于全球卫生与外交政策的各项决议以及大会第七十四届会议\n通过的决议，\n" * 6
        + "着重指出迫切需要建立强大并具有适应力的卫生系统，以惠及那些弱势者或处于弱势\n"
        "境况者，并能够在发生卫生突发事件和紧急情况时有效执行《国际卫生条例(2005)》，\n"  # a full line
        "13\n"
        "同时确保防备、预防、发现和应对任何大流行病的暴发，\n"
        "1. 决定继续审议这一问题。\n"
        "__________________\n"
        "13 世界卫生组织，《世界卫生大会第五十八届会议》。\n"
    )
    model = resconv.read(text.encode("utf-8"), format="text")
    assert [p.phrase for p in model.preamble] == ["回顾"] * 6 + ["着重指出"]
    assert _markers(model.preamble[-1].text) == ["13"]
    assert plain_text(model.preamble[-1].text).endswith("同时确保防备、预防、发现和应对任何大流行病的暴发，")


def test_symbol_whose_large_letter_pdfplumber_prints_on_a_line_of_its_own() -> None:
    """pdfplumber prints the masthead's large "A" above the rest of the symbol, which it sets
    beside "United Nations": the symbol is read whole, and a committee draft is a draft."""
    text = (
        "A\nUnited Nations /C.1/80/L.14\nGeneral Assembly\nDistr.: Limited\n10 October 2025\n"
        "Original: English\nEightieth session\nFirst Committee\nAgenda item 99 (s)\n"
        "General and complete disarmament\nIndonesia: draft resolution\n"
        "Promotion of multilateralism in the area of disarmament\n"
        "The General Assembly,\n"
        "Determined to foster strict respect for the purposes and principles enshrined in\n"
        "the Charter of the United Nations,\n"
        "1. Reaffirms multilateralism as the core principle in negotiations.\n"
    )
    model = resconv.read(text.encode("utf-8"), format="text")
    assert (model.meta.symbol, model.meta.stage) == ("A/C.1/80/L.14", "draft")
    assert model.meta.title == "Promotion of multilateralism in the area of disarmament"


def test_two_digit_note_marks_glued_to_their_text_are_found() -> None:
    """pdfplumber sets a two-digit mark against the note's first word ("10Decision 74/548.")."""
    text = (
        "A/RES/76/203\n\nGeneral Assembly\n\n76/203. Follow-up to the Conference\n\n"
        "The General Assembly,\n\n"
        + "".join(
            f"Recalling its resolution 69/{n} on {_EN_WRAP}\nthe Conference,{n}\n" for n in range(9, 12)
        )
        + "1. Decides to remain seized of the matter.\n"
        + "__________________\n9 Resolution 71/312, annex.\n10Decision 74/548 of 13 April 2020.\n"
        + "11A/76/211 and A/76/211/Corr.1.\n"
    )
    model = resconv.read(text.encode("utf-8"), format="text")
    assert [(n.marker, plain_text(n.text)) for n in model.footnotes] == [
        ("9", "Resolution 71/312, annex."),
        ("10", "Decision 74/548 of 13 April 2020."),
        ("11", "A/76/211 and A/76/211/Corr.1."),
    ]


def test_pypdfium2_line_broken_after_a_note_mark_is_one_line() -> None:
    """pypdfium2 breaks the line after a raised mark and opens the rest of the printed line with a
    space ("Pathway1" / " is a stand-alone ..."): it is one line, the mark a note reference."""
    text = (
        "A/RES/76/203\nGeneral Assembly\n76/203. Follow-up to the Conference\n"
        "The General Assembly,\n"
        + f"Recalling its resolution 69/15 on {_EN_WRAP}\nthe Conference,\n"
        * 6
        + "Reaffirming that the Accelerated Modalities of Action for small island States (SAMOA)\n"
        "Pathway1\n"
        " is a stand-alone, overarching framework setting out the sustainable\n"
        "development priorities of small island developing States,\n"
        "1. Decides to remain seized of the matter.\n"
        "__________________\n1 Resolution 69/15, annex.\n"
    )
    model = resconv.read(text.encode("utf-8"), format="text")
    assert [p.phrase for p in model.preamble][-2:] == ["Recalling", "Reaffirming"]
    assert _markers(model.preamble[-1].text) == ["1"]
    assert "States (SAMOA) Pathway is a stand-alone" in plain_text(model.preamble[-1].text)


def test_pypdfium2_punctuation_after_a_note_mark_goes_back_on_its_line() -> None:
    """pypdfium2 may open the rest of the printed line with the punctuation after the mark
    ("l’homme1" / ", le Pacte", "relever »2" / ","): no line opens with a comma; a comma on a
    line of its own after a mark made a recital of its own."""
    text = (
        "A/RES/75/130\nAssemblée générale\n75/130. Santé mondiale et politique étrangère\n"
        "L’Assemblée générale,\n"
        + f"Rappelant sa résolution 74/20 sur {_EN_WRAP}\nla santé,\n"
        * 6
        + "Rappelant la Déclaration universelle des droits de l’homme1\n"
        ", le Pacte international relatif aux droits économiques, sociaux et culturels et\n"
        "le communiqué intitulé « Poursuivre l’action concertée » et se préparer à relever »2\n"
        ",\n"
        "Consciente que c’est aux États qu’il incombe au premier chef de créer des conditions,\n"
        "1. Décide de rester saisie de la question.\n"
        "__________________\n1 Résolution 217 A (III).\n2 A/74/1.\n"
    )
    model = resconv.read(text.encode("utf-8"), format="text")
    assert [p.phrase for p in model.preamble][-3:] == ["Rappelant", "Rappelant", "Consciente"]
    assert "l’homme, le Pacte international" in plain_text(model.preamble[-2].text)
    assert _markers(model.preamble[-2].text) == ["1", "2"]


def test_chinese_opening_before_a_known_phrase_is_part_of_it_unless_the_language_sets_it_apart() -> None:
    """ "重点强调" is one phrase, though only "强调" is known; "在这方面" is an adverbial the UN
    prints before the phrase, outside its emphasis ("在这方面**承认**"); an opening that is no
    word stays outside too (a stray "\\ " in one UN file)."""
    text = (
        "A/RES/75/325\n\n大会\n\n75/325. 振兴大会工作\n\n大会，\n\n"
        + f"回顾{_ZH_FULL}\n支持，\n" * 6
        + f"1. 重点强调{_ZH_FULL}\n第3段所述问题；\n"
        + f"2. 在这方面承认{_ZH_FULL}\n第3段所述问题；\n"
        + f"3. \\ 决定{_ZH_FULL}\n第3段所述问题；\n"
        + "4. 又 决定继续处理此案。\n"
    )
    paragraphs = operative_paragraphs(resconv.read(text.encode("utf-8"), format="text"))
    assert [p.phrase for p in paragraphs] == ["重点强调", "承认", "决定", "又决定"]
    assert plain_text(paragraphs[1].text).startswith("在这方面承认")
    assert plain_text(paragraphs[2].text).startswith("\\决定")  # no space beside Chinese


def test_chinese_note_wrapped_before_a_date_is_no_new_note() -> None:
    """A Chinese note may wrap before a date ("2005年1月" / "2日至14日"): a number glued to 日 is
    the date's, not a note mark, where a number glued to another character is one ("3同上。")."""
    text = (
        "A/RES/76/203\n\n大会\n\n76/203. 小岛屿发展中国家\n\n大会，\n\n"
        + "".join(f"回顾{_ZH_FULL}\n支持，{n}\n" for n in (1, 2, 3))
        + f"1. 决定继续审议{_ZH_FULL}\n第3段所述问题。\n"
        + "__________________\n1 《审查小岛屿发展中国家可持续发展行动纲领国际会议的报告，2005年1月\n"
        + "2日至14日，毛里求斯路易港》。\n2 A/75/1。\n3同上。\n"
    )
    model = resconv.read(text.encode("utf-8"), format="text")
    assert [n.marker for n in model.footnotes] == ["1", "2", "3"]
    assert plain_text(model.footnotes[0].text).endswith("2005年1月2日至14日，毛里求斯路易港》。")


def test_a_one_word_heading_after_a_sentence_ending_on_one_word_stays_a_heading() -> None:
    """A one-word line ending a sentence ("purposes.") and a one-word heading after it ("Annex") are
    no loose line printed a word a line: that takes an abbreviation ("им.")."""
    text = (
        "A/RES/76/203\n\nGeneral Assembly\n\n76/203. Follow-up to the Conference\n\n"
        "The General Assembly,\n\n"
        + f"Recalling its resolution 69/15 on {_EN_WRAP}\nthe Conference,\n"
        * 6
        + f"1. Decides to adopt the guidelines annexed to {_EN_WRAP} the resolution for all relevant\n"
        "purposes.\nAnnex\nGuidelines for the follow-up\n"
        f"1. The guidelines apply to {_EN_WRAP} the processes of the United Nations\nsystem.\n"
    )
    model = resconv.read(text.encode("utf-8"), format="text")
    assert plain_text(operative_paragraphs(model)[0].text).endswith("for all relevant purposes.")


@pytest.mark.parametrize(("name", "office"), [("en-pdftext.txt", "E"), ("zh-pdftext.txt", "C")])
def test_the_job_number_in_the_first_page_footer_is_kept(name: str, office: str) -> None:
    """pdftotext prints the job number on a line of its own, which goes with the page furniture."""
    text = (FIXTURES / name).read_text(encoding="utf-8")
    text = text.replace(f"20-16859 ({office})    090124", f"20-16859 ({office})")
    assert resconv.read(text.encode(), format="text").meta.job_number == f"20-16859 ({office})"


def test_a_job_number_in_pdftotexts_right_to_left_order_is_read() -> None:
    body = "إن الجمعية العامة،\nإذ تشير إلى قراراتها السابقة،\n1 - تقرر أن تبقي المسألة قيد نظرها.\n"
    text = body + "\u202b)\u202a20-16943 (A\u202c\n"
    assert resconv.read(text.encode(), format="text", language="ar").meta.job_number == "20-16943 (A)"


def test_the_chinese_issue_date_above_the_adoption_heading_is_read() -> None:
    """The Chinese heading opens with its date ("2023 年 12 月 19 日大会决议"), not with words."""
    model = resconv.read(FIXTURES / "zh-pdftext.txt")
    assert model.meta.issued_on == dt.date(2024, 1, 8)
    assert model.meta.adopted_on == dt.date(2023, 12, 19)


def test_a_drafts_original_language_and_sponsors_note_are_read() -> None:
    """The "*" after the sponsors and its note at the foot of the page are the sponsors note."""
    text = (
        "A/C.1/80/L.14\n\nUnited Nations\n\nGeneral Assembly\n\nDistr.: Limited\n10 October 2025\n"
        "Original: English\n\nEightieth session\n\nFirst Committee\nAgenda item 99 (s)\n"
        "Indonesia:* draft resolution\n\nPromotion of multilateralism\nThe General Assembly,\n"
        "Recalling its resolution 79/46,\n1. Decides to remain seized of the matter.\n"
        "__________________\n* On behalf of the Movement of Non-Aligned Countries.\n"
    )
    draft = resconv.read(text.encode(), format="text")
    assert (draft.meta.original_language, draft.meta.sponsors) == ("en", ["Indonesia"])
    assert draft.meta.sponsors_note == "On behalf of the Movement of Non-Aligned Countries."
    assert draft.footnotes == []


def test_a_wrapped_line_opening_with_a_closing_parenthesis_number_goes_on() -> None:
    """ "(A/76/10, para." / "12) for its ...": a figure and ")" open no paragraph."""
    text = (
        "The General Assembly,\n\nRecalling its resolution 75/1,\n\n1. Welcomes the report;\n\n"
        "2. Expresses its appreciation to the Commission (A/76/10, para.\n"
        "12) for its continuing work;\n\n3. Decides to remain seized of the matter.\n"
    )
    model = resconv.read(text.encode(), format="text")
    paragraphs = [b for b in model.operative if isinstance(b, OperativeParagraph)]
    assert [p.number for p in paragraphs] == ["1", "2", "3"]
    assert plain_text(paragraphs[1].text).endswith("(A/76/10, para. 12) for its continuing work;")


def test_chinese_wrapped_only_at_a_space_stays_one_paragraph() -> None:
    """pandoc breaks Chinese lines only at spaces, so a line may stop far short inside a paragraph
    ("第56/24" / "T号决议..."); the blank lines between paragraphs tell where they end."""
    dates = "、".join(f"{2002 + n}年12月{3 + n}日第{57 + n}/{3 + n}号" for n in range(10))
    paragraphs = [
        "75/47. 促进裁军和不扩散领域的多边主义",
        "大会，",
        "决心促进严格遵循《联合国宪章》所载宗旨和原则，",
        "回顾其关于裁军和不扩散领域的多边合作和打击恐怖主义全球努力的2001年11月29日第56/24\n"
        f"T号决议和其他有关决议，以及关于促进裁军和不扩散领域多边主义的{dates}决议，",
        "又回顾《宪章》规定，联合国的宗旨为维护国际和平及安全，并为此目的，采取有效集体办法，以防止且消除对于和平之威胁，",
        "深信在此全球化时代和信息革命之际，世界各国比以往任何时候都更关切军备管制、不扩散和裁军问题，",
    ]
    principle = "重申多边主义是军备管制、不扩散和裁军领域谈判的核心原则，并决心推动多边主义"
    operative = [f"{n}.  {principle}{n}；" for n in range(1, 6)]
    text = "\n\n".join(["第七十五届会议", *paragraphs, *operative, "2020年12月7日\n第37次全体会议"])
    model = resconv.read(text.encode(), format="text")
    assert [p.phrase for p in model.preamble] == ["决心", "回顾", "又回顾", "深信"]
    assert "56/24 T号决议" in plain_text(model.preamble[1].text)


def test_chinese_recital_spaced_out_by_pdftotext_layout_keeps_its_phrase() -> None:
    """pdftotext -layout spaces out a justified Chinese line whose characters the PDF set apart
    ("表 示 注 意 到 2020年 9月"); Chinese has no spaces there, so the phrase is still found."""
    text = (
        "A/RES/75/228\n\n大会\n\n75/228. 第二次联合国内陆发展中国家问题会议的后续行动\n\n大会，\n\n"
        + f"    回顾{_ZH_FULL}\n支持，\n\n"
        + "    表 示 注 意 到 2020年 9月 23日 以 虚 拟 形 式 举 行 的 部 长 级 年 度 会 议\n的宣言，\n\n"
        + f"    1. 决定继续审议{_ZH_FULL}\n第3段所述问题。\n"
    )
    model = resconv.read(text.encode("utf-8"), format="text")
    assert [p.phrase for p in model.preamble] == ["回顾", "表示注意到"]
    recital = "表示注意到2020年9月23日以虚拟形式举行的部长级年度会议的宣言，"
    assert plain_text(model.preamble[1].text) == recital


def test_a_title_that_pdftotext_joined_at_its_hyphen_gets_the_hyphen_back() -> None:
    """pdftotext's default reading order joins a word broken at a line's end and drops the hyphen
    ("информационно-" / "коммуникационных"); the body prints the word with its hyphen."""
    word = "информационно-коммуникационных"
    text = (
        "A/RES/75/282\n\nГенеральная Ассамблея\n\n"
        f"75/282. Противодействие использованию {word.replace('-', '')} технологий в преступных целях\n\n"
        "Генеральная Ассамблея,\n\n"
        f"ссылаясь на свои резолюции об использовании {word} технологий,\n\n"
        f"1. постановляет продолжить рассмотрение вопроса об использовании {word} технологий.\n"
    )
    model = resconv.read(text.encode("utf-8"), format="text")
    assert model.meta.title == f"Противодействие использованию {word} технологий в преступных целях"


def test_labels_printed_in_a_column_before_their_texts_open_no_quotation() -> None:
    """pdftotext may print a paragraph's labels in a column before their texts ("a)" / "b)" /
    "un résumé ;"): an empty label after "suivants :" opens no quotation, and the numbered
    paragraphs after it stay paragraphs of their own."""
    text = (
        "A/RES/75/244\n\nAssemblée générale\n\n75/244. Plan des conférences\n\n"
        "L’Assemblée générale,\n\n"
        "Rappelant ses résolutions sur la question,\n\n"
        "1. Prie le Secrétaire général de faire figurer dans ses rapports les éléments suivants :\n"
        "a)\nb)\nun résumé ;\nun rappel des faits utiles à connaître ;\n"
        "2. Note avec préoccupation que les délais n’ont pas été respectés ;\n"
        "3. Décide de poursuivre l’examen de la question à sa soixante-seizième session.\n"
    )
    model = resconv.read(text.encode("utf-8"), format="text")
    assert [p.number for p in operative_paragraphs(model)] == ["1", "2", "3"]


def test_arabic_tanwin_printed_before_its_alef_goes_after_it() -> None:
    """pdftotext may give the tanwin of "علماً" before the alef that carries it ("علمًا"); the
    UN writes it after, so the phrase reads as the UN's own text has it."""
    text = (
        "A/RES/75/93\n\nالجمعية العامة\n\n75/93 - التعاون الدولي\n\nإن الجمعية العامة،\n\n"
        "وإذ تحيط علمًا بتقرير الأمين العام،\n\n"
        "1 - تطلب أيضًا إلى الأمين العام أن يقدم تقريرا.\n"
    )
    model = resconv.read(text.encode("utf-8"), format="text")
    assert model.preamble[0].phrase == "وإذ تحيط علماً"
    assert operative_paragraphs(model)[0].phrase == "تطلب أيضاً"


@pytest.mark.parametrize(
    ("printed", "logical"),
    [
        # pdftotext on a right-to-left page: the hyphen after an Arabic word ends the number's run
        ("وإلى قراريها دإط\u202a 10/15-\u202cالمؤرخ", "وإلى قراريها دإط-10/15 المؤرخ"),
        ("و دإط\u202a10/17-\u202c\u202c", "و دإط-10/17"),
        ("\u202b1514 (د\u202a )15-\u202cالمؤرخ", "1514 (د-15) المؤرخ"),  # resolution 1514 (XV)
        ("من الرتب ف\u202a1-\u202c إلى", "من الرتب ف-1 إلى"),  # the P-1 grade
        ("في عام \u202a2020\u202c و", "في عام 2020 و"),  # a number alone is as it was
    ],
)
def test_a_number_after_an_arabic_word_and_a_hyphen_in_logical_order(printed: str, logical: str) -> None:
    assert logical_text(printed) == logical
    model = resconv.read(f"إن الجمعية العامة،\n\nإذ تشير إلى {printed}،\n".encode(), format="text")
    assert logical in plain_text(model.preamble[0].text)
