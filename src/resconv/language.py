"""Language knowledge, loaded from the data files in ``resconv/data``.

Everything language-specific that an importer, exporter or checker needs (fixed masthead strings,
emphasis of leading phrases, dates, meeting ordinals, committee names, leading phrases) comes
from here, never from literals in a format module.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from importlib import resources
from typing import Any
from urllib.parse import quote

from resconv.model import LANGUAGES

LANGUAGE_CODES = {"ar": "ara", "zh": "zho", "en": "eng", "fr": "fra", "ru": "rus", "es": "spa"}
JOB_LETTERS = {"ar": "A", "zh": "C", "en": "E", "fr": "F", "ru": "R", "es": "S"}


def _data_text(*parts: str) -> str:
    return resources.files("resconv").joinpath("data", *parts).read_text(encoding="utf-8")


_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u2060\ufeff]")


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """A comparison key: NFKC, no tatweel or soft marks, single spaces, case-folded, one apostrophe
    ("L’Assemblée" and the "L'Assemblée" of tools that straighten quotes)."""
    text = unicodedata.normalize("NFKC", text).replace("\u0640", "").replace("\u2019", "'")
    return " ".join(_INVISIBLE.sub("", text).split()).casefold()


def _split_outside_brackets(text: str, separator: str) -> list[str]:
    """``text`` split at each match of ``separator`` that no bracket encloses."""
    parts, start, depth, position = [], 0, 0, 0
    for match in re.finditer(separator, text):
        for char in text[position : match.start()]:
            depth += (char in "(（[") - (char in ")）]")
        position = match.start()
        if depth <= 0:
            parts.append(text[start : match.start()])
            start = match.end()
    return [*parts, text[start:]]


@dataclass(frozen=True)
class LanguageData:
    """The fixed strings and conventions of one official language."""

    code: str
    strings: dict[str, Any]
    preambular_phrases: tuple[str, ...] = field(repr=False)
    operative_phrases: tuple[str, ...] = field(repr=False)
    # kind ("preambular", "operative") -> phrase -> times the UN files emphasise it as that kind
    phrase_counts: dict[str, dict[str, int]] = field(default_factory=dict, repr=False)
    # words that extend one known phrase into another ("also") -> times the UN files print them
    # right after a phrase without emphasising them ("Encourages further efforts")
    left_out_after_phrase: dict[str, int] = field(default_factory=dict, repr=False)
    # known phrase that extends a shorter one -> times the UN files emphasise only the shorter one
    # where the text reads the longer ("*请*秘书长")
    emphasised_shorter: dict[str, int] = field(default_factory=dict, repr=False)

    def __getitem__(self, key: str) -> str:
        return str(self.strings[key])

    @property
    def emphasis(self) -> str:
        """Span class of leading phrases: italic (en fr es ru), bold (zh), bold italic (ar)."""
        return str(self.strings["emphasis"])

    @property
    def rtl(self) -> bool:
        return self.strings.get("direction") == "rtl"

    @cached_property
    def opens_with_capital(self) -> bool:
        """Whether paragraphs open with a capital ("Recalling", "Decides": English, French,
        Spanish), so that text opening in lower case goes on from the paragraph before; Russian
        phrases open in lower case, Arabic and Chinese have no case. Read off the phrase lists."""
        cased = [p for p in self.preambular_phrases if p[:1].isalpha() and p[:1].lower() != p[:1].upper()]
        return bool(cased) and sum(p[0].isupper() for p in cased) > len(cased) / 2

    @property
    def one_phrase_a_recital(self) -> bool:
        """Whether a recital emphasises its leading phrase alone, so that a known phrase emphasised
        after a comma begins the next one; Chinese may emphasise a second ("……的反应，**表示关切**")."""
        return bool(self.strings.get("one_phrase_a_recital", True))

    @property
    def link_code(self) -> str:
        """The language's code in the UN's document addresses (undocs.org, docs.un.org): the ISO
        code, but "ch" for Chinese, as the UN's own files link (``link_code`` in zh.toml)."""
        return str(self.strings.get("link_code", self.code))

    def short_title(self, title: str) -> str:
        """The title for running headers and file metadata: without the separator the language
        prints between number and title when the title carries it ("- خطة المؤتمرات", as the
        UN's Arabic files have the title)."""
        separator = self.strings.get("number_format", "").replace("{number}", "").strip()
        if separator and separator not in ".":
            return title.removeprefix(separator).strip()
        return title

    @property
    def masthead_italic(self) -> bool:
        """Whether the report line and the closing meeting and date are italic (not in Chinese)."""
        return bool(self.strings.get("masthead_italic", True))

    def document_url(self, symbol: str) -> str:
        """The UN's address of a document in this language: https://undocs.org/en/A/RES/75/47."""
        return f"https://undocs.org/{self.link_code}/{quote(symbol, safe='/()')}"

    @property
    def note_brackets(self) -> tuple[str, str]:
        """What a footnote mark is printed between: "(" and ")" in Arabic ("(1)"), nothing else."""
        pair = self.strings.get("note_brackets", ["", ""])
        return str(pair[0]), str(pair[1])

    def note_mark(self, marker: str) -> str:
        """A footnote marker as printed: "1", "(1)" in Arabic."""
        opening, closing = self.note_brackets
        return f"{opening}{marker}{closing}"

    @property
    def iso639_2(self) -> str:
        return LANGUAGE_CODES[self.code]

    @property
    def months(self) -> list[str]:
        return list(self.strings["months"])

    def committee_name(self, committee: str) -> str:
        return str(self.strings["committees"].get(committee, committee))

    def committee_line(self, committee: str) -> str:
        """The Main Committee as a draft's masthead names it on a line of its own (Russian:
        "Первый комитет"; the report line has "Первого комитета")."""
        lines = self.strings.get("committee_lines", {})
        return str(lines.get(committee) or self.committee_name(committee))

    def committee_spellings(self) -> list[tuple[str, str]]:
        """(committee, name) for every form the language prints a Main Committee's name in."""
        forms = [self.strings["committees"], self.strings.get("committee_lines", {})]
        return [(str(key), str(name)) for table in forms for key, name in table.items()]

    def format_date(self, date: dt.date) -> str:
        """A date as printed in running text and closing lines of this language."""
        day = str(date.day)
        if date.day == 1 and "first_day" in self.strings:
            day = self.strings["first_day"]
        return self["date"].format(
            day=day, month=self.months[date.month - 1], month_number=date.month, year=date.year
        )

    def format_issue_date(self, date: dt.date) -> str:
        """The masthead issue date: English in en, ar, ru and zh files, localised in fr and es."""
        return language(self.strings.get("issue_date_language", self.code)).format_date(date)

    def ordinal(self, number: int) -> str:
        """A meeting ordinal: 37th, 37e, 37a, 37‑е, 37."""
        suffixes: dict[str, str] = self.strings.get("ordinal_suffix", {})
        text = str(number)
        suffix = (
            suffixes.get(f"={text}")
            or suffixes.get(text[-2:])
            or suffixes.get(text[-1:])
            or suffixes.get("other", "")
        )
        return self["ordinal"].format(n=number, suffix=suffix)

    def meeting_line(self, number: int, resumed: bool = False) -> str:
        pattern = self["meeting_resumed" if resumed else "meeting"]
        return pattern.format(ordinal=self.ordinal(number), n=number)

    def join_and(self, items: list[str]) -> str:
        """ "A and B", "A, B and C" in this language; Chinese joins without spaces."""
        joined = items[:1]
        for index, item in enumerate(items[1:], 2):
            joined += [self.separator_before(item, last=index == len(items)), item]
        return "".join(joined)

    def separator_before(self, item: str, last: bool) -> str:
        """What a list prints before ``item``: the list comma, or before the last item the
        conjunction with its spaces (Spanish "e" before /i/, ``and_before``; Chinese none)."""
        if not last:
            return str(self.strings.get("list_comma", ", "))
        space = "" if self.strings.get("script") == "han" else " "
        before = self.strings.get("and_before", {})
        word = next((w for w, opening in before.items() if re.match(opening, item)), self["and"])
        return f"{space}{word}{space}"

    def split_and(self, text: str) -> list[str]:
        """ "12, 13 and 115" -> ["12", "13", "115"]: the inverse of :meth:`join_and`."""
        comma = str(self.strings.get("list_comma", ", ")).strip()
        space = "" if self.strings.get("script") == "han" else r"\s+"
        separators = rf"\s*{re.escape(comma)}\s*|{space}{re.escape(self['and'])}{space}"
        return [part.strip() for part in re.split(separators, text) if part.strip()]

    def split_names(self, text: str) -> list[str]:
        """Sponsors as a draft line lists them, "A, B and C", whatever list comma a converter
        printed. Nothing in brackets is split ("Guyana (on behalf of the Group of 77 and
        China)"), nor a name holding the conjunction ("Bosnia and Herzegovina",
        ``names_with_and``); Chinese, whose "和" needs no spaces, is split at it only in the
        last item ("甲、乙和丙") and never in "共和国"."""
        han = self.strings.get("script") == "han"
        words = [self["and"], *self.strings.get("and_before", {})]
        conjunction = "|".join(map(re.escape, words))
        pattern = rf"(?<!共)(?:{conjunction})" if han else rf"\s+(?:{conjunction})\s+"
        items = _split_outside_brackets(text, r",\s*|、|،\s*")
        if han:
            items[-1:] = _split_outside_brackets(items[-1], pattern) if items else []
        else:
            items = [part for item in items for part in _split_outside_brackets(item, pattern)]
        whole = {fold(name) for name in self.strings.get("names_with_and", [])}
        names: list[str] = []
        for part in (item.strip(" *") for item in items):
            rejoined = [names[-1] + (w if han else f" {w} ") + part for w in words] if names else []
            match = next((name for name in rejoined if fold(name) in whole), None)
            if match:
                names[-1] = match
            elif part:
                names.append(part)
        return names

    def agenda_line(self, numbers: list[str]) -> str:
        """ "Agenda item 103 (u)", "Agenda items 12 and 115"; "" when there is none."""
        numbers = [number for number in numbers if number]
        if not numbers:
            return ""
        key = "agenda_item" if len(numbers) == 1 else "agenda_items"
        if len(numbers) == 2 and "agenda_items_two" in self.strings:
            key = "agenda_items_two"  # Arabic has a dual: "البندان 69 و 70"
        return self[key].format(item=self.join_and(numbers))

    @property
    def agenda_templates(self) -> list[str]:
        """The agenda line's templates, several items first: for reading the line back."""
        keys = ("agenda_items_two", "agenda_items", "agenda_item")
        return [str(self.strings[key]) for key in keys if key in self.strings]

    def agenda_numbers(self, line: str) -> list[str]:
        """The items an agenda line names, as printed: "Agenda items 12 and 115" -> ["12", "115"];
        the line's own parts where no template fits. Spacing and case need not match."""
        text = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", line).replace("\u0640", "")).strip()
        for pattern in _agenda_patterns(self.code):
            match = pattern.fullmatch(text)
            if match:
                return self.split_and(match["item"].strip())
        return self.split_and(text)

    def session_line(self, number: int | None, kind: str = "regular") -> str:
        """ "Seventy-fifth session", "第十届紧急特别会议"; the number itself outside 1-99."""
        if number is None:
            return ""
        from resconv.sessions import session_name  # sessions builds on this module's fold()

        try:
            return session_name(self.code, number, kind)
        except ValueError:
            return str(number)

    def number_label(self, number: str) -> str:
        """An operative number with the language's punctuation: "1." or Arabic "1 -"."""
        return self["number_format"].format(number=number)

    def part_label(self, letter: str) -> str:
        """A lettered part's letter as the language prints it on a line of its own: "B", Arabic
        "باء" (``section_letters``); :meth:`spelt_letter` reads it back."""
        spelt: list[str] = self.strings.get("section_letters", [])
        place = ord(letter) - ord("A") if len(letter) == 1 else -1
        return spelt[place] if 0 <= place < len(spelt) else letter

    def spelt_letter(self, label: str) -> str:
        """The letter a language's spelt label stands for: Arabic "باء" is "B"; "" for others."""
        spelt: list[str] = self.strings.get("section_letters", [])
        return chr(ord("A") + spelt.index(label)) if label in spelt else ""

    def parse_date(self, text: str) -> dt.date | None:
        """The first date written the way this language writes dates, or None."""
        return parse_date(text, self.code)


@cache
def _agenda_patterns(code: str) -> list[re.Pattern[str]]:
    """The agenda templates as case-blind patterns, any run of spaces between their words."""
    patterns = []
    for template in language(code).agenda_templates:
        prefix, _, suffix = unicodedata.normalize("NFKC", template).partition("{item}")
        words = [r"\s*".join(re.escape(word) for word in part.split(" ")) for part in (prefix, suffix)]
        patterns.append(re.compile(f"{words[0]}(?P<item>.+?){words[1]}", re.IGNORECASE))
    return patterns


@cache
def language(code: str) -> LanguageData:
    """The data of one of the six official languages (ISO 639-1 code)."""
    if code not in LANGUAGES:
        raise KeyError(f"unknown language {code!r}; expected one of {', '.join(LANGUAGES)}")
    strings = tomllib.loads(_data_text("languages", f"{code}.toml"))
    preambular, operative = _phrases(code, "preambular"), _phrases(code, "operative")
    counts = {"preambular": dict(preambular), "operative": dict(operative)}
    return LanguageData(
        code=code,
        strings=strings,
        preambular_phrases=tuple(p for p, _ in preambular),
        operative_phrases=tuple(p for p, _ in operative),
        phrase_counts=counts,
        left_out_after_phrase=dict(_phrases(code, "after")),
        emphasised_shorter=dict(_phrases(code, "split")),
    )


def _phrases(code: str, kind: str) -> list[tuple[str, int]]:
    """Rows "phrase<TAB>count" of a phrase list (count: how often the UN files emphasise it, or
    for the "after" list how often they print the words after a phrase, outside it, and for the
    "split" list how often they emphasise only a shorter phrase at its start)."""
    rows = []
    for line in _data_text("phrases", f"{code}-{kind}.txt").splitlines():
        if line.strip() and not line.startswith("#"):
            phrase, _, count = line.partition("\t")
            rows.append((phrase.strip(), int(count or 0)))
    return rows


# --------------------------------------------------------------------------- dates
def _month_alternatives(code: str) -> list[tuple[int, str]]:
    data = language(code)
    names = [(i + 1, fold(m)) for i, m in enumerate(data.months)]
    if code == "ar":  # either half of the paired name also occurs alone
        names += [(i + 1, fold(half)) for i, m in enumerate(data.months) for half in m.split("/")]
    return sorted(names, key=lambda pair: -len(pair[1]))


@cache
def _date_pattern(code: str) -> re.Pattern[str]:
    if code == "zh":
        return re.compile(r"(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日")
    months = "|".join(re.escape(name) for _, name in _month_alternatives(code))
    day = r"(?P<day>\d{1,2})(?:er|st|nd|rd|th)?"
    if code == "es":
        return re.compile(rf"{day}\s+de\s+(?P<month>{months})\s+de\s+(?P<year>\d{{4}})")
    if code == "ar":  # text extracted from right-to-left PDFs may lose the space after the day
        months = months.replace("/", r"\s*/\s*")
        return re.compile(rf"{day}\s*(?P<month>{months})\s*,?\s*(?P<year>\d{{4}})")
    return re.compile(rf"{day}\s+(?P<month>{months})\s*,?\s+(?P<year>\d{{4}})")


def is_date_line(text: str, code: str) -> bool:
    """Whether ``text`` is a date and little else (a closing line, not a sentence citing one)."""
    folded = fold(text).strip(" .,;:，。")
    for candidate in (code, "en") if code != "en" else ("en",):
        match = _date_pattern(candidate).search(folded)
        if match and len(folded) - (match.end() - match.start()) <= 6:
            return True
    return False


def parse_date(text: str, code: str) -> dt.date | None:
    """The first date in ``text`` written in language ``code`` (or in English), else None."""
    folded = fold(text)
    for candidate in (code, "en") if code != "en" else ("en",):
        match = _date_pattern(candidate).search(folded)
        if match:
            month_text = match.group("month")
            if candidate == "zh":
                month = int(month_text)
            else:
                key = re.sub(r"\s*/\s*", "/", month_text)
                month = next(n for n, name in _month_alternatives(candidate) if name == key)
            try:
                return dt.date(int(match.group("year")), month, int(match.group("day")))
            except ValueError:
                return None
    return None
