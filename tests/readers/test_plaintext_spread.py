"""Printed lines that pdftotext broke up a word a line go back together."""

from __future__ import annotations

import resconv
from resconv.model import Text, plain_text
from resconv.readers.plaintext_spread import rejoin_spread_lines
from resconv.recover.lines import Line

_FULL = "на основе доклада Консультативного комитета по бюджетным вопросам и"  # 67 columns


def _lines(*texts: str, footnote_area: bool = False) -> list[Line]:
    return [
        Line(number, [Text(text=text)], starts_block=False, footnote_area=footnote_area, wrapped=True)
        for number, text in enumerate(texts, start=1)
    ]


def _texts(lines: list[Line]) -> list[str]:
    return [line.text for line in lines]


def _with_full_lines(*texts: str) -> list[Line]:
    """``texts`` after ten full lines, so that the text's full width is known."""
    return _lines(*[_FULL] * 10, *texts)


def test_a_line_printed_a_word_a_line_becomes_one_line_with_its_number() -> None:
    lines = _with_full_lines("25. рекомендует", "государствам-членам", "создавать", "или", "укреплять", _FULL)
    rejoined = rejoin_spread_lines(lines)
    assert _texts(rejoined)[10:] == ["25. рекомендует государствам-членам создавать или укреплять", _FULL]
    assert rejoined[10].number == 11  # where the first piece stood, for diagnostics


def test_short_runs_of_one_word_lines_stay_apart() -> None:
    """A few one-word lines that fill no line are no spread line: "Distr.:" / "General"."""
    lines = _with_full_lines("Distr.:", "General", "Original:", "Russian")
    assert _texts(rejoin_spread_lines(lines)) == _texts(lines)


def test_figures_notes_and_chinese_are_no_pieces() -> None:
    """A paragraph number or a job number after a word, a note's line, a Chinese line: none goes
    into a spread line."""
    numbered = _with_full_lines("человека;", "3.", "призывает", "государства", "содействовать")
    assert _texts(rejoin_spread_lines(numbered)) == _texts(numbered)
    notes = _lines(*[_FULL] * 10) + _lines(*["Resolution"] * 8, footnote_area=True)
    assert _texts(rejoin_spread_lines(notes)) == _texts(notes)
    chinese = _lines(*["大会重申其以往关于振兴大会工作的各项决议"] * 12)
    assert _texts(rejoin_spread_lines(chinese)) == _texts(chinese)


def test_pieces_stop_at_a_full_line() -> None:
    """Pieces that would make more than one printed line are not all one line."""
    words = ["государствам-членам"] * 8  # 8 x 19 columns: more than a full line of 67
    rejoined = rejoin_spread_lines(_with_full_lines(*words))
    assert len(rejoined) > 11
    assert all(line.width <= 1.02 * len(_FULL) for line in rejoined)


_RU_WRAP = "на основе доклада Консультативного комитета по бюджетным"


def _russian_preamble(recitals: str) -> list[tuple[str, str]]:
    text = (
        "A/RES/75/22\n\nГенеральная Ассамблея\n\n75/22. Мирное урегулирование вопроса о Палестине\n\n"
        "Генеральная Ассамблея,\n\n"
        + f"ссылаясь на свои соответствующие резолюции {_RU_WRAP}\nвопросам,\n" * 6
        + recitals
        + f"1. постановляет продолжить рассмотрение {_RU_WRAP}\nвопросам.\n"
    )
    model = resconv.read(text.encode("utf-8"), format="text")
    return [(p.phrase, plain_text(p.text)) for p in model.preamble][6:]


def test_a_leading_phrase_among_the_words_of_a_spread_line_starts_no_recital() -> None:
    """ "образом," ends a piece and "руководствуясь" is a leading phrase; both are words of one
    printed line inside a recital, not a recital's end and the next one's start."""
    recitals = _russian_preamble(
        f"напоминая о решении глав государств {_RU_WRAP}\n"
        "другие\nгосударства\nдействовать\nаналогичным\nобразом,\nруководствуясь\n"
        f"рекомендациями Генеральной Ассамблеи {_RU_WRAP}\nвопросам,\n"
    )
    assert [phrase for phrase, _ in recitals] == ["напоминая"]
    rejoined = "другие государства действовать аналогичным образом, руководствуясь рекомендациями"
    assert rejoined in recitals[0][1]


def test_a_recital_ending_in_one_word_before_a_spread_first_line_keeps_its_end() -> None:
    """ "Уставом," may end a recital and the next recital's first line be spread; the pieces are
    left to the leading phrases, which start the next recital at "приветствуя"."""
    recitals = _russian_preamble(
        f"напоминая о решении глав государств {_RU_WRAP}\nУставом,\n"
        "приветствуя\nстремление\nСодружества\nНезависимых\nГосударств\nактивно\nи\nпоследовательно\n"
        f"активизировать сотрудничество {_RU_WRAP}\nвопросам,\n"
    )
    assert [phrase for phrase, _ in recitals] == ["напоминая", "приветствуя"]
    assert recitals[0][1].endswith("Уставом,")
