"""Session names: hand-verified forms, round trips, tolerant parsing and the UN corpus."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from resconv.model import LANGUAGES
from resconv.sessions import (
    KINDS,
    MAX_SESSION,
    parse_session,
    session_name,
    session_names,
    session_prefixes,
    symbol_number,
)

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

# Forms checked by hand against UN documents (corpus mastheads and running text, un-layout.md §7).
VERIFIED = [
    ("en", 75, "regular", "Seventy-fifth session"),
    ("en", 80, "regular", "Eightieth session"),
    ("en", 10, "emergency special", "Tenth emergency special session"),
    ("en", 11, "emergency special", "Eleventh emergency special session"),
    ("en", 32, "special", "Thirty-second special session"),
    ("fr", 75, "regular", "Soixante-quinzième session"),
    ("fr", 71, "regular", "Soixante et onzième session"),
    ("fr", 77, "regular", "Soixante-dix-septième session"),
    ("fr", 80, "regular", "Quatre-vingtième session"),
    ("fr", 51, "regular", "Cinquante et unième session"),
    ("fr", 10, "emergency special", "Dixième session extraordinaire d’urgence"),
    ("es", 75, "regular", "Septuagésimo quinto período de sesiones"),
    ("es", 80, "regular", "Octogésimo período de sesiones"),
    ("es", 71, "regular", "Septuagésimo primer período de sesiones"),
    ("es", 43, "regular", "Cuadragésimo tercer período de sesiones"),
    ("es", 1, "special", "Primer período extraordinario de sesiones"),
    ("es", 10, "emergency special", "Décimo período extraordinario de sesiones de emergencia"),
    ("ru", 75, "regular", "Семьдесят пятая сессия"),
    ("ru", 80, "regular", "Восьмидесятая сессия"),
    ("ru", 74, "regular", "Семьдесят четвертая сессия"),
    ("ru", 10, "emergency special", "Десятая чрезвычайная специальная сессия"),
    ("ar", 75, "regular", "الدورة الخامسة والسبعون"),
    ("ar", 80, "regular", "الدورة الثمانون"),
    ("ar", 71, "regular", "الدورة الحادية والسبعون"),
    ("ar", 12, "regular", "الدورة الثانية عشرة"),
    ("ar", 10, "emergency special", "الدورة الاستثنائية الطارئة العاشرة"),
    ("ar", 1, "special", "الدورة الاستثنائية الأولى"),
    ("zh", 75, "regular", "第七十五届会议"),
    ("zh", 80, "regular", "第八十届会议"),
    ("zh", 10, "emergency special", "第十届紧急特别会议"),
    ("zh", 98, "regular", "第九十八届会议"),
]


@pytest.mark.parametrize(("lang", "number", "kind", "expected"), VERIFIED)
def test_verified_forms(lang: str, number: int, kind: str, expected: str) -> None:
    assert session_name(lang, number, kind) == expected
    assert parse_session(expected, lang) == (number, kind)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_name_round_trips_and_is_distinct(lang: str) -> None:
    names = [session_name(lang, n, kind) for kind in KINDS for n in range(1, MAX_SESSION + 1)]
    assert len(set(names)) == len(names)
    for kind in KINDS:
        for number in range(1, MAX_SESSION + 1):
            assert parse_session(session_name(lang, number, kind), lang) == (number, kind)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "  seventy\u2011FIFTH\u00a0session ", (75, "regular")),
        ("en", "Twenty\u2010first special session", (21, "special")),
        ("fr", "quatre\u2011vingt\u2011unième  session", (81, "regular")),
        ("fr", "Dixième session extraordinaire d'urgence", (10, "emergency special")),
        ("ar", "الدورة السابعــة والستــون", (67, "regular")),
        ("ar", "الدورة الاولى", (1, "regular")),
        ("ru", "Четвёртая сессия", (4, "regular")),
        ("zh", "第 七十五 届会议", (75, "regular")),
    ],
)
def test_parse_tolerates_typography(lang: str, text: str, expected: tuple[int, str]) -> None:
    assert parse_session(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Seventy-fifth"),
        ("en", "Hundredth session"),
        ("en", "Seventy-fifth session, resumed"),
        ("fr", "Soixante-onzième session"),
        ("zh", "第一百届会议"),
        ("ar", "في دورتها السادسة والسبعين"),
    ],
)
def test_parse_rejects_other_text(lang: str, text: str) -> None:
    assert parse_session(text, lang) is None


@pytest.mark.parametrize(
    ("lang", "number", "kind"),
    [("de", 75, "regular"), ("en", 0, "regular"), ("en", 100, "regular"), ("en", 75, "resumed")],
)
def test_session_name_rejects_bad_arguments(lang: str, number: int, kind: str) -> None:
    with pytest.raises(ValueError):
        session_name(lang, number, kind)


def _chinese_numeral(n: int) -> str:
    """An independent spelling of 1..99 in Chinese numerals, to check the zh table."""
    digits = "一二三四五六七八九"
    tens, units = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else digits[tens - 1] + "十")
    return head + (digits[units - 1] if units else "")


def test_chinese_table_matches_numerals() -> None:
    assert session_names("zh").ordinals == tuple(_chinese_numeral(n) for n in range(1, 100))


def _corpus_files(lang: str) -> Iterator[Path]:
    yield from sorted((CORPUS / "unxml").glob(f"*_{lang}.xml"))
    yield from sorted((CORPUS / "devset").glob(f"*_{lang}/source.xml"))


def _require_corpus() -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"corpus not found at {CORPUS}")


@pytest.mark.conformance
@pytest.mark.parametrize("lang", LANGUAGES)
def test_corpus_mastheads_match(lang: str) -> None:
    _require_corpus()
    etree = pytest.importorskip("lxml.etree")
    seen = 0
    for path in _corpus_files(lang):
        for element in etree.parse(str(path)).iter("{*}session"):
            number = int(element.get("value"))
            text = "".join(element.itertext()).strip()
            assert session_name(lang, number) == text, path
            assert parse_session(text, lang) == (number, "regular"), path
            seen += 1
    assert seen > 0


# Ordinals that precede "session" in running text; case-free in these languages, so every hit
# must be an entry of the table (the number itself is not known from the text).
RUNNING_TEXT = {
    "en": r"\b([a-z]+(?:-[a-z]+)?) (?:emergency special |special )?session\b",
    "fr": r"\b((?:[a-zé]+(?:-| et ))*[a-zé]+ième|première) session\b",
    "es": r"\b((?:[a-záéíóú]+gésimo )?[a-záéíóú]+) período (?:extraordinario )?de sesiones\b",
    "zh": r"第([一二三四五六七八九十]+)届",
}
NOT_ORDINALS = {"the", "its", "of", "and", "each", "next", "past", "previous", "future", "su", "el", "del"}


@pytest.mark.conformance
@pytest.mark.parametrize("lang", sorted(RUNNING_TEXT))
def test_corpus_running_text_ordinals_are_in_table(lang: str) -> None:
    _require_corpus()
    etree = pytest.importorskip("lxml.etree")
    table = set(session_names(lang).ordinals)
    pattern = re.compile(RUNNING_TEXT[lang])
    found: set[str] = set()
    for path in _corpus_files(lang):
        text = " ".join(etree.parse(str(path)).getroot().itertext()).lower()
        found.update(pattern.findall(text))
    ordinal_like = {word for word in found if word in table or _looks_ordinal(lang, word)}
    assert ordinal_like, "no session ordinals found in running text"
    assert ordinal_like <= table, sorted(ordinal_like - table)


def _looks_ordinal(lang: str, word: str) -> bool:
    """True for words shaped like an ordinal, so that misspelt table entries are caught."""
    if word in NOT_ORDINALS:
        return False
    endings = {
        "en": ("th", "first", "second", "third"),
        "fr": ("ième", "première"),
        "es": (
            "gésimo",
            "écimo",
            "primer",
            "primero",
            "segundo",
            "tercer",
            "tercero",
            "cuarto",
            "quinto",
            "sexto",
            "séptimo",
            "octavo",
            "noveno",
        ),
        "zh": ("",),
    }
    return word.endswith(endings[lang])


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("ES-11/1", "ES-11/1"),
        ("S-30/1", "S-30/1"),
        ("دإط-11/1", "ES-11/1"),
        ("دإ-30/1", "S-30/1"),
        ("75/47", "75/47"),
    ],
)
def test_a_resolution_number_as_the_symbol_writes_it(printed: str, expected: str) -> None:
    assert symbol_number(printed) == expected


def test_every_printed_session_prefix_stands_for_a_symbol_prefix() -> None:
    # longest first, so that no prefix is read as a shorter one that begins it
    prefixes = list(session_prefixes())
    assert prefixes == sorted(prefixes, key=len, reverse=True)
    assert set(session_prefixes().values()) == {"ES-", "S-"}
