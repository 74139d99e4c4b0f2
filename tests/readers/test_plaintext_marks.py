"""Arabic marks that pdftotext printed on a line of their own go back into their word."""

from __future__ import annotations

import resconv
from resconv.model import FootnoteRef, Text, plain_text
from resconv.readers.plaintext_marks import mend_early_marks, restore_stray_marks
from resconv.recover.lines import Line

_FULL = "على أساس تقرير اللجنة الاستشارية لشؤون الإدارة والميزانية بشأن المسألة"  # 72 columns


def _lines(*texts: str) -> list[Line]:
    return [
        Line(number, [Text(text=text)], starts_block=False, wrapped=True)
        for number, text in enumerate(texts, start=1)
    ]


def _texts(lines: list[Line]) -> list[str]:
    return [line.text for line in lines]


def test_a_line_cut_at_the_word_under_the_marks_goes_back_together_in_reading_order() -> None:
    lines = _lines(
        *[_FULL] * 10,
        "\u064d\u062d",  # kasratan and the letter it sits on, alone
        "بروٍح من الشراكة والتضامن على الصعيد العالمي،",  # the word with its marks early, then the rest
        "لتحقيق التنمية المستدامة،",  # the printed line's start
        _FULL,
    )
    restored = restore_stray_marks(lines)
    assert _texts(restored)[10:] == [
        "لتحقيق التنمية المستدامة، بروحٍ من الشراكة والتضامن على الصعيد العالمي،",
        _FULL,
    ]
    assert restored[10].number == 13  # the line the printed line starts on


def test_a_whole_line_under_the_marks_only_gets_its_marks_back() -> None:
    """The marks' word opens a full line: the next line is the next printed line."""
    after = "المعَّززة، والترويج لنهج مشترك بين القطاعات عن طريق ربط تعلم القراءة"
    lines = _lines(*[_FULL] * 10, "\u064e\u0651\u0632", after, _FULL)
    assert _texts(restore_stray_marks(lines))[10:] == [after.replace("عَّز", "عزَّ"), _FULL]


def test_the_marks_word_on_the_second_line_is_mended_there() -> None:
    lines = _lines(*[_FULL] * 10, "\u064f\u0651\u0631", "عن الأشخاص المفقودين", "التعُّرف على هوياتهم")
    assert _texts(restore_stray_marks(lines))[10:] == ["عن الأشخاص المفقودين", "التعرُّف على هوياتهم"]


def test_text_without_lone_marks_is_left_as_it_is() -> None:
    lines = _lines(*[_FULL] * 10, "وإذ تسلّم", "\u064b")  # a bare mark names no letter
    assert restore_stray_marks(lines) is lines


def test_a_note_reference_in_the_mended_line_stays() -> None:
    cut = Line(12, [Text(text="بروٍح من الشراكة"), FootnoteRef(marker="3"), Text(text=" والتضامن،")])
    lines = [*_lines(*[_FULL] * 10, "\u064d\u062d"), cut, *_lines("لتحقيق التنمية المستدامة،")]
    restored = restore_stray_marks(lines)[-1]
    assert [type(node) for node in restored.inlines].count(FootnoteRef) == 1
    assert plain_text(restored.inlines).startswith("لتحقيق التنمية المستدامة، بروحٍ من الشراكة")


_AR_WRAP = "على أساس تقرير اللجنة الاستشارية لشؤون الإدارة والميزانية بشأن"


def test_a_cut_line_starts_no_recital() -> None:
    """The printed line's start, short and ending with a comma after the cut, is no recital's
    end: the recital runs on and the next one keeps its phrase."""
    text = (
        "A/RES/75/22\n\nالجمعية العامة\n\n75/22 - تسوية قضية فلسطين بالوسائل السلمية\n\n"
        "إن الجمعية العامة،\n\n"
        + f"إذ تشير إلى قراراتها ذات الصلة {_AR_WRAP}\nالمسألة،\n" * 6
        + f"وإذ تلاحظ قراراتها {_AR_WRAP}\n"
        + "\u064d\u062d\nبروٍح من الشراكة والتضامن على الصعيد العالمي،\nلتحقيق التنمية المستدامة،\n"
        + f"وإذ تؤكد من جديد قراراتها {_AR_WRAP}\nالمسألة،\n"
        + f"1 - تقرر مواصلة النظر {_AR_WRAP}\nالمسألة.\n"
    )
    model = resconv.read(text.encode("utf-8"), format="text")
    recitals = [(p.phrase, plain_text(p.text)) for p in model.preamble][6:]
    assert [phrase for phrase, _ in recitals] == ["وإذ تلاحظ", "وإذ تؤكد من جديد"]
    assert recitals[0][1].endswith("لتحقيق التنمية المستدامة، بروحٍ من الشراكة والتضامن على الصعيد العالمي،")


def test_a_shadda_printed_one_letter_early_in_a_phrase_word_goes_back() -> None:
    """ "تسّلم" is no spelling the UN uses; with the shadda one letter on it is "تسلّم", a word of its
    leading phrases. A word the phrases do not hold, or the prefixed "وتسّلم", is left as printed."""
    assert mend_early_marks("وإذ تسّلم بأن الدول") == "وإذ تسلّم بأن الدول"
    assert mend_early_marks("3 - تشّدد على") == "3 - تشدّد على"
    assert mend_early_marks("المعَّززة وتسّلم") == "المعَّززة وتسّلم"
    assert mend_early_marks("وإذ تسلّم") == "وإذ تسلّم"


def test_a_recital_whose_phrase_pdftotext_printed_with_an_early_shadda_keeps_the_phrase() -> None:
    text = (
        "A/RES/75/22\n\nالجمعية العامة\n\n75/22 - تسوية قضية فلسطين بالوسائل السلمية\n\n"
        "إن الجمعية العامة،\n\n"
        + f"إذ تشير إلى قراراتها ذات الصلة {_AR_WRAP}\nالمسألة،\n" * 6
        + f"وإذ تسّلم بأهمية قراراتها {_AR_WRAP}\nالمسألة،\n"
        + f"1 - تقرر مواصلة النظر {_AR_WRAP}\nالمسألة.\n"
    )
    model = resconv.read(text.encode("utf-8"), format="text")
    assert model.preamble[-1].phrase == "وإذ تسلّم"
    assert plain_text(model.preamble[-1].text).startswith("وإذ تسلّم بأهمية")


def test_a_second_line_of_lone_marks_is_no_piece_of_the_line_above() -> None:
    """Two stacked marks on one printed line may each come out alone: each mends its own word."""
    lines = _lines(*[_FULL] * 10, "ُّر", "للتعُّرف على الهوية وبضرورة جمع بيانات", "ُّر", "التعُّرف على هوياتهم")
    assert _texts(restore_stray_marks(lines))[10:] == [
        "للتعرُّف على الهوية وبضرورة جمع بيانات",
        "التعرُّف على هوياتهم",
    ]


def test_a_short_last_line_under_lone_marks_keeps_the_next_paragraph_apart() -> None:
    """A paragraph's short last line and a short line after it fill no line together: no cut."""
    lines = _lines(*[_FULL] * 10, "\u064e\u0651\u0632", "المعَّززة.", "الجلسة العامة 46")
    assert _texts(restore_stray_marks(lines))[10:] == ["المعزَّزة.", "الجلسة العامة 46"]


def test_the_line_in_place_of_lone_marks_keeps_the_break_before_them() -> None:
    lines = _lines(*[_FULL] * 10, "\u064d\u062d", "بروٍح من الشراكة،", _FULL)
    lines[10].starts_block = lines[10].page_top = True
    restored = restore_stray_marks(lines)[10]
    assert (restored.text, restored.starts_block, restored.page_top) == ("بروحٍ من الشراكة،", True, True)
