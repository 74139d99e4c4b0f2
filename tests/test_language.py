"""Language knowledge from the data files: dates both ways, meeting lines, number labels."""

from __future__ import annotations

import datetime as dt

import pytest

from resconv.language import fold, language
from resconv.model import LANGUAGES

DEC_7 = dt.date(2020, 12, 7)
PRINTED = {
    "en": "7 December 2020",
    "fr": "7 décembre 2020",
    "es": "7 de diciembre de 2020",
    "ru": "7 декабря 2020 года",
    "ar": "7 كانون الأول/ديسمبر 2020",
    "zh": "2020年12月7日",
}


@pytest.mark.parametrize(("code", "text"), PRINTED.items())
def test_dates_are_printed_the_languages_way(code: str, text: str) -> None:
    assert language(code).format_date(DEC_7) == text


@pytest.mark.parametrize(("code", "text"), PRINTED.items())
def test_printed_dates_parse_back(code: str, text: str) -> None:
    assert language(code).parse_date(text) == DEC_7


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize(
    "date",
    [
        dt.date(2021, 1, 1),
        dt.date(1999, 2, 28),
        dt.date(2024, 2, 29),
        dt.date(2023, 9, 16),
        dt.date(2022, 11, 30),
    ],
)
def test_every_month_round_trips(code: str, date: dt.date) -> None:
    data = language(code)
    for month in range(1, 13):
        day = date.replace(month=month, day=min(date.day, 28))
        assert data.parse_date(f"… adopted on {data.format_date(day)}, …") == day


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        ("zh", "2020 年 12 月 7 日大会决议", DEC_7),  # spaces between CJK and digits in converted text
        ("ar", "المؤرخ 16 أيلول/ سبتمبر 2019", dt.date(2019, 9, 16)),  # space after the slash
        ("ar", "في 16 سبتمبر 2019", dt.date(2019, 9, 16)),  # one half of the paired month name
        ("fr", "le 1er mars 2024", dt.date(2024, 3, 1)),
        ("es", "aprobada el 1 de marzo de 2024", dt.date(2024, 3, 1)),
        ("ru", "от 14 декабря 2022 года", dt.date(2022, 12, 14)),
        ("fr", "issued 8 January 2024", dt.date(2024, 1, 8)),  # masthead issue dates are English
        ("en", "31 February 2020", None),
        ("en", "no date here", None),
    ],
)
def test_dates_found_in_running_text(code: str, text: str, expected: dt.date | None) -> None:
    assert language(code).parse_date(text) == expected


def test_french_first_of_the_month() -> None:
    assert language("fr").format_date(dt.date(2024, 3, 1)) == "1er mars 2024"


@pytest.mark.parametrize(
    ("code", "number", "line"),
    [
        ("en", 37, "37th plenary meeting"),
        ("en", 1, "1st plenary meeting"),
        ("en", 2, "2nd plenary meeting"),
        ("en", 3, "3rd plenary meeting"),
        ("en", 11, "11th plenary meeting"),
        ("en", 12, "12th plenary meeting"),
        ("en", 13, "13th plenary meeting"),
        ("en", 22, "22nd plenary meeting"),
        ("en", 101, "101st plenary meeting"),
        ("en", 111, "111th plenary meeting"),
        ("fr", 37, "37e séance plénière"),
        ("es", 37, "37a sesión plenaria"),
        ("ru", 37, "37\u2011е пленарное заседание"),
        ("ar", 37, "الجلسة العامة 37"),
        ("zh", 37, "第37次全体会议"),
    ],
)
def test_meeting_lines(code: str, number: int, line: str) -> None:
    assert language(code).meeting_line(number) == line


def test_french_first_meeting_is_feminine() -> None:
    assert language("fr").meeting_line(1) == "1re séance plénière"


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("en", "48th (resumed) plenary meeting"),
        ("fr", "48e séance plénière (reprise)"),
        ("ar", "الجلسة العامة 48 (المستأنفة)"),
        ("zh", "第48次全体会议(续会)"),
    ],
)
def test_resumed_meeting_lines(code: str, line: str) -> None:
    assert language(code).meeting_line(48, resumed=True) == line


@pytest.mark.parametrize(
    ("code", "label"), [("en", "1."), ("fr", "1."), ("es", "1."), ("ru", "1."), ("zh", "1."), ("ar", "1 -")]
)
def test_number_labels(code: str, label: str) -> None:
    assert language(code).number_label("1") == label


@pytest.mark.parametrize(
    ("code", "emphasis", "rtl"),
    [
        ("en", "italic", False),
        ("fr", "italic", False),
        ("es", "italic", False),
        ("ru", "italic", False),
        ("zh", "bold", False),
        ("ar", "bold italic", True),
    ],
)
def test_phrase_emphasis_and_direction(code: str, emphasis: str, rtl: bool) -> None:
    data = language(code)
    assert (data.emphasis, data.rtl) == (emphasis, rtl)
    assert data.preambular_phrases and data.operative_phrases


def test_committee_names_and_unknown_language() -> None:
    assert language("zh").committee_name("firstCommittee") == "第一委员会"
    assert language("es").committee_name("thirdCommittee") == "Tercera Comisión"
    with pytest.raises(KeyError):
        language("de")


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_drafts_committee_line_and_the_report_lines_name(code: str) -> None:
    """Russian names the Committee in the nominative on a draft's own line, in the genitive in
    the report line; the other languages print one form."""
    line, name = (
        language(code).committee_line("firstCommittee"),
        language(code).committee_name("firstCommittee"),
    )
    assert (line, name) == ("Первый комитет", "Первого комитета") if code == "ru" else line == name
    assert ("firstCommittee", line) in language(code).committee_spellings()


@pytest.mark.parametrize(
    ("code", "line", "names"),
    [
        (
            "en",
            "Indonesia, Bosnia and Herzegovina and Mexico",
            ["Indonesia", "Bosnia and Herzegovina", "Mexico"],
        ),
        ("en", "Chile and Trinidad and Tobago", ["Chile", "Trinidad and Tobago"]),
        (
            "zh",
            "印度尼西亚、刚果民主共和国和特立尼达和多巴哥",
            ["印度尼西亚", "刚果民主共和国", "特立尼达和多巴哥"],
        ),
        ("ru", "Индонезия, Мексика и Чили", ["Индонезия", "Мексика", "Чили"]),
        ("es", "Chile, Bosnia y Herzegovina y México", ["Chile", "Bosnia y Herzegovina", "México"]),
        ("ar", "إندونيسيا، المكسيك و شيلي", ["إندونيسيا", "المكسيك", "شيلي"]),
        (
            "en",
            "Guyana (on behalf of the Group of 77 and China) and Chile",
            ["Guyana (on behalf of the Group of 77 and China)", "Chile"],
        ),
        (
            "zh",
            "圭亚那(代表属于77国集团和中国的联合国会员国)",
            ["圭亚那(代表属于77国集团和中国的联合国会员国)"],
        ),
        ("zh", "特立尼达和多巴哥、墨西哥", ["特立尼达和多巴哥", "墨西哥"]),
        ("es", "Chile, México e Israel", ["Chile", "México", "Israel"]),
        (
            "es",
            "Reino Unido de Gran Bretaña e Irlanda del Norte y México",
            ["Reino Unido de Gran Bretaña e Irlanda del Norte", "México"],
        ),
    ],
)
def test_sponsors_lists_split_but_not_inside_a_name(code: str, line: str, names: list[str]) -> None:
    assert language(code).split_names(line) == names
    assert language(code).split_names(language(code).join_and(names)) == names


def test_fold_ignores_tatweel_width_and_case() -> None:
    assert fold("  Recalling\u00a0ALSO ") == fold("recalling also")
    assert fold("تـشير") == fold("تشير")
    assert fold("ＡＢＣ") == "abc"


def test_masthead_lines_shared_by_every_writer() -> None:
    en, zh = language("en"), language("zh")
    assert en.agenda_line(["103 (u)"]) == "Agenda item 103 (u)"
    assert en.agenda_line(["12", "115"]) == "Agenda items 12 and 115"
    assert en.agenda_line([]) == ""
    assert zh.join_and(["A/75/L.41", "A/75/L.41/Add.1"]) == "A/75/L.41和A/75/L.41/Add.1"
    assert en.session_line(75) == "Seventy-fifth session"
    assert en.session_line(10, "emergency special") == "Tenth emergency special session"
    assert en.session_line(None) == ""
    assert en.session_line(250) == "250"


def test_phrase_counts_are_kept_per_kind() -> None:
    """A phrase on both lists ("认识到" opens 53 preambular paragraphs, 2 operative ones) keeps each
    count: the importers weigh a phrase by how the UN uses it in that part of the resolution."""
    for code in ("ar", "zh", "en", "fr", "ru", "es"):
        data = language(code)
        preambular, operative = data.phrase_counts["preambular"], data.phrase_counts["operative"]
        assert set(preambular) == set(data.preambular_phrases)
        assert set(operative) == set(data.operative_phrases)
    chinese = language("zh").phrase_counts
    assert chinese["preambular"]["认识到"] > chinese["operative"]["认识到"]


def test_which_languages_open_paragraphs_with_a_capital() -> None:
    found = {code: language(code).opens_with_capital for code in ("ar", "zh", "en", "fr", "ru", "es")}
    assert found == {"ar": False, "zh": False, "en": True, "fr": True, "ru": False, "es": True}


def test_short_title_drops_the_arabic_number_separator_the_title_carries() -> None:
    """The UN's Arabic files write the title "-<tab>خطة المؤتمرات" after "75/244.": running
    headers and file metadata print it without the dash; other languages keep the title whole."""
    assert language("ar").short_title("-\tخطة المؤتمرات") == "خطة المؤتمرات"
    assert language("ar").short_title("خطة المؤتمرات") == "خطة المؤتمرات"
    assert language("en").short_title("- Pattern of conferences") == "- Pattern of conferences"


def test_agenda_line_has_the_arabic_dual_and_each_language_s_list_comma() -> None:
    assert language("ar").agenda_line(["69", "70"]) == "البندان 69 و 70 من جدول الأعمال"
    assert language("ar").agenda_line(["1", "2", "3"]) == "البنود 1، 2 و 3 من جدول الأعمال"
    assert language("en").agenda_line(["12", "115"]) == "Agenda items 12 and 115"
    assert language("zh").join_and(["中国", "法国", "俄罗斯"]) == "中国、法国和俄罗斯"


@pytest.mark.parametrize(
    ("code", "numbers"),
    [("en", ["137", "138"]), ("en", ["12", "13", "115"]), ("zh", ["69", "70"]), ("ar", ["69", "70"])],
)
def test_split_and_undoes_join_and(code: str, numbers: list[str]) -> None:
    data = language(code)
    assert data.split_and(data.join_and(numbers)) == numbers
    assert data.split_and("103 (u)") == ["103 (u)"]


def test_language_data_is_loaded_once_per_language() -> None:
    """Every recovery step asks for it, line by line: reading the TOML each time made an import
    sixty times slower."""
    assert language("ar") is language("ar")
