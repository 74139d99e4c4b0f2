"""Subparagraph label series of the six languages: (a) (b) …, (i) (ii) …, (أ) (ب) …, ㈠ ㈡ …

A series is recognised from its first label, so "(i)" after "(h)" is the letter i while "(i)"
opening a list starts the roman series.
"""

from __future__ import annotations

from collections.abc import Callable

from resconv.language import fold

LATIN = "abcdefghijklmnopqrstuvwxyz"
CYRILLIC = "абвгдежзиклмнопрстуфхцчшщэюя"
ABJAD = "أبجدهوزحطيكلمنسعفصقرشتثخذضظغ"  # the order of Arabic lettered lists
ZH_NUMERALS = "一二三四五六七八九十"  # ㈠ ㈡ … fold to (一) (二) …
_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


def label_core(label: str) -> str:
    """The label without its brackets, quotes and tatweel: "(a)" -> "a", "’1‘" -> "1", "(هـ)" -> "ه"."""
    return fold(label).strip(" ()（）[]’‘'\"“”.").replace("ا", "أ") if label else ""


_LOOKALIKES = str.maketrans("аеорсхуі", "aeopcxyi")  # Cyrillic letters typed for Latin ones


def latin_lookalikes(cores: list[str]) -> list[str]:
    """Russian files type "а)" or "е)" in Cyrillic inside a Latin a), b), c) list: where a list
    has Latin letters, read its Cyrillic look-alikes as Latin (a Cyrillic а), б), в) list stays)."""
    if not any(core.isascii() and core.isalpha() for core in cores):
        return cores
    return [core.translate(_LOOKALIKES) for core in cores]


def roman(number: int) -> str:
    """Lower-case roman numeral, as in subparagraph labels (i), (iv), (xii), and in Word's
    lowerRoman lists (``readers/docx_numbering``)."""
    out = []
    for value, letters in _ROMAN:
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)


def zh_numeral(number: int) -> str:
    """Chinese numeral 1–99: 一, 十, 十一, 二十三."""
    tens, units = divmod(number, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else ZH_NUMERALS[tens - 1] + "十")
    return head + (ZH_NUMERALS[units - 1] if units else "")


def _letters(alphabet: str) -> Callable[[int], str]:
    def nth(index: int) -> str:
        """UN style after z: aa, bb, cc …"""
        cycle, position = divmod(index, len(alphabet))
        return alphabet[position] * (cycle + 1)

    return nth


SERIES: dict[str, Callable[[int], str]] = {
    "a": _letters(LATIN),
    "i": lambda index: roman(index + 1),
    "1": lambda index: str(index + 1),
    "а": _letters(CYRILLIC),
    "أ": _letters(ABJAD),
    "一": lambda index: zh_numeral(index + 1),
}


def expected_labels(first: str, count: int) -> list[str] | None:
    """The ``count`` label cores a list opening with ``first`` should have, or None if none opens so."""
    nth = SERIES.get(first)
    return None if nth is None else [nth(index) for index in range(count)]
