"""Patterns for what starts a block: operative numbers, subparagraph labels, section numerals."""

from __future__ import annotations

import re
from functools import cache

from resconv.language import LanguageData, fold, language
from resconv.model import LANGUAGES

NUMBER_RE = re.compile(r"^\s*(\d{1,3})\s*(?:\.|-|–|．|、)(?=\s|$|\t|[\u0600-\u06ff\u4e00-\u9fff])\s*")
ARABIC_LETTERS = "أبجدهوزحطيكلمنسعفصقرشتثخذض"
_LATIN = r"[a-z]{1,2}|[ivxl]{1,5}"
_ABJAD = rf"[{ARABIC_LETTERS}](?:ـ)?(?: ?[{ARABIC_LETTERS}])?"
LABEL_RE = re.compile(
    rf"^\s*([(（](?:{_LATIN}|[а-я]|{_ABJAD}|\d{{1,2}})[)）]"  # (a) (iv) (а) (أ) (1), Chinese （a）
    rf"|(?:{_LATIN}|[а-я])\)"  # a) iv): French, Spanish, Russian
    r"|[’'‘]\d{1,2}[‘’']"  # Arabic second level: ’1‘
    r"|[\u3220-\u3229])\s*"  # Chinese second level: ㈠
)
ROMAN_RE = re.compile(r"^\s*([IVXL]{1,6})\s*\.?\s*$|^\s*([IVXL]{1,6})(?:\s*\.\s+|\s+(?=[^\W\d_]))(\S.*)$")
# A subsection's letter, on a line of its own over its title: "A", "B." (never "A new ...")
LETTER_RE = re.compile(r"^([A-Z])\.?$")
ZH_NUMERAL_RE = re.compile(r"^\s*([一二三四五六七八九十]{1,3})(?:\s*$|\s*[、.．]\s*(\S.*)$|\s+(\S.*)$)")
PARAGRAPH_END = ",;.:，；。：،؛!?"
ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50}


def section_numeral(text: str, code: str, letters: bool = True) -> tuple[str, str] | None:
    """(numeral, rest) when ``text`` starts a section heading: "I", "II. Title", "一", "أولا", or is
    a subsection's letter alone: "A", "ألف" (``letters``; a capital alone on a line may also be a
    word of a sentence, "resolution 74/263" / "A" / "of 27 December", so it splits no lines)."""
    stripped = text.strip().strip("*").strip()
    match = ROMAN_RE.match(stripped)
    if match and not (match.group(3) and (ends_paragraph(stripped) or not match.group(3)[:1].isupper())):
        return (match.group(1) or match.group(2), (match.group(3) or "").strip())
    if code == "zh":
        zh = ZH_NUMERAL_RE.match(stripped)
        rest = zh.group(2) or zh.group(3) if zh else None
        if zh and (rest is None or len(stripped) < 80):
            return zh.group(1), (rest or "").strip()
    letter = LETTER_RE.match(stripped) if letters else None
    if letter:
        return letter.group(1), ""
    strings = language(code).strings
    ordinals, spelt_letters = strings.get("section_ordinals", []), strings.get("section_letters", [])
    if not (ordinals or spelt_letters):
        return None  # this runs for every line: fold only where the language spells numerals out
    plain = fold(stripped)
    for word in ordinals:
        if plain == word or plain.startswith(word + " "):
            return word, stripped[len(word) :].strip(" -–:")
    return (plain, "") if letters and plain in spelt_letters else None


def label_kind(label: str) -> str:
    """'roman', 'letter', 'digit' or 'other' for a subparagraph label."""
    core = label.strip("()（）’‘' ")
    if core and all(c in "ivxl" for c in core):
        return "roman"
    if core.isdigit():
        return "digit"
    if "\u3220" <= core[:1] <= "\u3229":
        return "roman"
    return "letter"


_TRAILING_MARKER = re.compile(r"(?<=[,;.:，；。：،؛)”»\]])\s?\(?\d{1,3}\)?$")


def without_marker(text: str) -> str:
    """Text with a footnote marker printed after its final punctuation removed (",1" -> ",")."""
    return _TRAILING_MARKER.sub("", text.rstrip())


def caseless(char: str) -> bool:
    """A letter of a script without case (Arabic, Chinese)."""
    return char.isalpha() and not char.islower() and not char.isupper()


_ABBREVIATION = re.compile(
    r"(?:^|[\s(])(?:[Nn]os?|[Nn]úm|[Nn]o|vol|paras?|párrs?|art|chap|cap|sect|secc|pp?|n°|№)\.$"
)


def ends_with_abbreviation(text: str) -> bool:
    """Whether ``text`` ends with an abbreviation's point: a note's text goes on after it
    ("Supplement No." / "5 (A/75/5).", "vol. 999, No." / "14668.")."""
    return _ABBREVIATION.search(text.rstrip()) is not None


def ends_finished_note(text: str) -> bool:
    """A note's last line: it ends like a note, and not on an abbreviation's point ("vol. 999,
    No." / "14668.")."""
    return ends_note(text) and not ends_with_abbreviation(text)


def ends_note(text: str) -> bool:
    """Whether a footnote's text ends like a finished note ("A/78/220, annex.", "(A/76/10)")."""
    return text.rstrip().endswith((".", "。", ")", "）", "”", "»"))


COMMAS = (",", "，", "،")  # Latin, Chinese and Arabic: what ends a recital, never an operative paragraph


def ends_paragraph(text: str) -> bool:
    """Whether text ends like a paragraph (a footnote marker after the punctuation allowed)."""
    text = without_marker(text)
    return text.endswith(tuple(PARAGRAPH_END)) or text.endswith(("»", "”"))


def formula_match(text: str, data: LanguageData, *, alone: bool = False) -> bool:
    """Whether a line is the enacting formula ("The General Assembly,"); with ``alone``, also the
    words with no punctuation, as declarations have them ("The General Assembly" / "Adopts the
    following outcome document:"), which in Chinese and Russian are the masthead's organ too."""
    folded = fold(text).strip("*_# ")
    phrase = fold(data["formula_phrase"])
    if not folded.startswith(phrase) or len(folded) > len(phrase) + 3:
        return False
    after = folded[len(phrase) :].strip()[:1]
    return after in {",", "，", "،", ":", "："} or (alone and not after)


def is_enacting_formula(line: str) -> bool:
    """The enacting formula in any of the six languages (a title line may end with a comma too):
    for page clean-up that runs before the language is known."""
    return line.endswith((",", "،", "，")) and any(formula_match(line, language(code)) for code in LANGUAGES)


HAN = re.compile("[\u3400-\u9fff]")  # Chinese lines have no spaces to count words by


def bare_label(text: str) -> bool:
    """A number or label with nothing after it ("29.", "(a)")."""
    match = NUMBER_RE.match(text) or LABEL_RE.match(text)
    return match is not None and match.end() >= len(text.rstrip())


def is_annex_heading(text: str, data: LanguageData) -> bool:
    """ "Annex", "Annex II", "附件一", "المرفق الثاني": the annex word alone or with its number."""
    folded = fold(text.strip()).strip("*_# ")
    word, numbers = _annex_words(data.code)
    if not folded.startswith(word):
        return False
    number = folded[len(word) :].strip()
    return not number or number in numbers or bool(re.fullmatch(r"[ivxl]+|\d+", number))


@cache
def _annex_words(code: str) -> tuple[str, frozenset[str]]:
    """The annex word and the words that number annexes, folded, once per language."""
    data = language(code)
    return fold(data["annex"]), frozenset(fold(str(n)) for n in data.strings.get("annex_numbers", []))
