"""Reading the masthead: symbol, session, agenda item, adoption line, report line, number, title.

The masthead is matched against the language's own fixed strings (turned into patterns), on
the masthead text joined into one string so that lines wrapped or reordered by a PDF converter
do not matter.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from typing import cast

from resconv.language import LanguageData, fold, parse_date
from resconv.model import AgendaItem, Committee, Meta, Report, Text, plain_text
from resconv.recover.furniture import job_number
from resconv.recover.hyphens import rehyphenated
from resconv.recover.inline import squeeze_cjk_spaces
from resconv.recover.patterns import formula_match
from resconv.recover.symbols import (
    NUMBER_LINE_RE,
    document_symbol,
    settle_session,
    split_symbol,
    unmirror_number,
)
from resconv.sessions import parse_session, symbol_number

PARA_WORDS = r"(?:paras?\.|pars?\.|párrs?\.|пункты?|الفقرتان|الفقرة|第)"
# "A/75/399", "A/C.3/76/L.5", "A/ES-11/L.1", "A/76/462/Add.2 (Part II)", with "para. 96" and
# what may follow: a closing bracket, a comma, "and" in any language
_REPORT_SYMBOL = r"(?:A|A/C\.\d)/(?:(?:ES|S)-\d+/(?:\d+/)?|\d+/)[\w./]+?(?:\s*\(Part [IVX]+\))?"
_REPORT_PARAGRAPH = rf"\s*[,，،]\s*{PARA_WORDS}\s*([\d\s,–\-和andetyиو]+?\d)\s*段?"
REPORT_RE = re.compile(
    rf"({_REPORT_SYMBOL})(?:{_REPORT_PARAGRAPH})?\s*(?=[)）,，،]|\s(?:and|et|y|и|و|和)\s|和|$)"
)


@dataclass
class Masthead:
    """What the masthead says, before it becomes part of :class:`Meta`."""

    meta: Meta
    title_lines: list[str] = field(default_factory=list)


@cache
def template_regex(template: str, **groups: str) -> re.Pattern[str]:
    """A pattern from a fixed string like "Agenda item {item}", on folded text."""
    pattern = re.escape(fold(template)).replace(r"\ ", r"\s*")
    # converters space out brackets the fixed string sets tight: "第 48 次全体会议 ( 续会 )"
    pattern = pattern.replace(r"\(", r"\s*\(\s*").replace(r"\)", r"\s*\)")
    for name, group in groups.items():
        pattern = pattern.replace(re.escape("{" + name + "}"), rf"\s*(?P<{name}>{group})\s*")
    return re.compile(pattern)


def read_masthead(
    lines: list[str], data: LanguageData, whole_text: str, source: str | None = None
) -> Masthead:
    """Fill a Meta from the masthead lines (everything before the enacting formula)."""
    meta = Meta(language=data.code)
    joined = _join(lines, data.code == "zh")
    folded = fold(joined)
    meta.symbol = split_symbol(lines)  # pdfplumber's "A" apart: before any symbol the text cites
    if not meta.symbol:  # words apart, even in Chinese: "联合国 A/C.1/81/L.5" as pdftotext -layout has it
        meta.symbol = document_symbol(lines, whole_text)
    if "/L." in meta.symbol:
        meta.stage, meta.distribution = "draft", "limited"
    _adoption(meta, folded, data)
    if not meta.symbol and not meta.adopted_on and any(_is_draft_line(ln, data) for ln in lines):
        # "Indonesia: draft resolution" with no symbol: the converter dropped the page header
        meta.stage, meta.distribution = "draft", "limited"
    _issue_date(meta, lines, data)
    _report(meta, joined, folded, data)
    _agenda(meta, lines, data)
    _session(meta, lines, data)
    meta.job_number = job_number(whole_text if source is None else source)
    masthead = Masthead(meta)
    _number_and_title(masthead, lines, data)
    meta.title = rehyphenated(meta.title, whole_text)  # pdftotext's reading order drops a line-end hyphen
    return masthead


def _join(lines: list[str], cjk: bool) -> str:
    """Wrapped masthead lines as one; a word broken at its hyphen ("информационно-" /
    "коммуникационных", "non-" / "proliferation") is joined without a space, as in the body."""
    joined = ""
    for line in (line.strip() for line in lines if line.strip()):
        glued = cjk or not joined or _WORD_HYPHEN_END.search(joined)
        joined += line if glued else " " + line
    return joined


_WORD_HYPHEN_END = re.compile(r"[^\W\d_][-\u2011]$")


def _adoption(meta: Meta, folded: str, data: LanguageData) -> None:
    pattern = template_regex(
        data["adoption_heading"], date=r".{6,40}?\d{4}\s*(?:г(?:ода|\.)|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?"
    )
    match = pattern.search(folded)
    if match:
        meta.adopted_on = parse_date(match.group("date"), data.code)


def _issue_date(meta: Meta, lines: list[str], data: LanguageData) -> None:
    """The first date above the adoption heading (masthead dates are English in ar, ru and zh)."""
    heading = data["adoption_heading"]
    words = fold(heading.split("{")[0])[:8] or fold(heading.split("}")[-1])[:8]  # zh: "{date}大会决议"
    for line in lines:
        if words in fold(line):
            break
        date = parse_date(line, data.code)
        if date:
            meta.issued_on = date
            return


def _report(meta: Meta, joined: str, folded: str, data: LanguageData) -> None:
    bracket = re.search(r"\[([^\]]{5,400})\]", joined)
    if not bracket:
        return
    inside = bracket.group(1)
    folded_inside = fold(inside)
    if fold(data["without_committee"].split("(")[0].strip("[ ")) in folded_inside:
        meta.committee = "noMainCommittee"
    else:
        for key, name in sorted(data.strings["committees"].items(), key=lambda kv: -len(kv[1])):
            if fold(name) in folded_inside or fold(name.split("(")[-1].rstrip(")")) in folded_inside:
                meta.committee = key
                break
    paren = inside[inside.rfind("(A/") + 1 :] if "(A/" in inside else inside
    for match in REPORT_RE.finditer(paren.replace("（", "(").replace("）", ")")):
        paragraph = re.sub(r"\s+", " ", match.group(2)).strip() if match.group(2) else None
        meta.reports.append(Report(symbol=match.group(1).rstrip(".,"), paragraph=paragraph))


def _agenda(meta: Meta, lines: list[str], data: LanguageData) -> None:
    patterns = [template_regex(template, item=r".+") for template in data.agenda_templates]
    stop = template_regex(data["adoption_heading"], date=r".*")
    heading = fold(data["adoption_heading"].split("{date}")[0]).strip()  # "resolution adopted ... on"
    for index, line in enumerate(lines):
        folded = fold(line)
        match = next((m for p in patterns if (m := p.search(folded))), None)
        if not match:
            continue
        start = folded.find(match.group("item"))
        item = (
            line.strip()[start : start + len(match.group("item"))].strip()
            if start >= 0
            else match.group("item")
        )
        item, title_start = _item_and_title(item, data)
        title_parts: list[str] = [title_start] if title_start else []
        for following in lines[index + 1 :]:
            if not following.strip():
                if title_parts:
                    break
                continue
            folded_line = fold(following).strip()
            if (
                stop.search(folded_line)
                or (len(folded_line) > len(heading) / 2 and heading.startswith(folded_line))
                or following.strip().startswith("[")
                or NUMBER_LINE_RE.match(following)
                or _draft_sponsors(following, data) is not None
            ):
                break
            title_parts.append(following.strip())
        # "Agenda items 137 and 138": an item each, the title lines (which cannot be told apart
        # where they wrap) with the first
        title = _join(title_parts, data.code == "zh")
        numbers = data.split_and(_squeeze(item, data.code)) or [item]
        meta.agenda_items = [AgendaItem(number=n, title="" if i else title) for i, n in enumerate(numbers)]
        return


# an agenda item's number: "103 (u)", "70 b)", or "(b)" after "and"
_ITEM_LETTERS = r"\(?[^\W\d_]{1,3}(?: [^\W\d_]{1,2})?\)"  # "(u)", "b)", Arabic "(ه ه)"
_ITEM_NUMBER = re.compile(rf"\d{{1,3}}(?:\s*{_ITEM_LETTERS})?|{_ITEM_LETTERS}")


def _item_and_title(item: str, data: LanguageData) -> tuple[str, str]:
    """An agenda line's item numbers and the start of the title where a converter joined the
    title to the line ("Agenda item 12 Cooperation between ..."): the title starts at the first
    part that is neither a number such as "103 (u)" nor the list's comma or "and"."""
    words = item.split(" ")
    for count in range(len(words), 0, -1):
        head = " ".join(words[:count])
        numbers = data.split_and(head)
        if numbers and all(_ITEM_NUMBER.fullmatch(number) for number in numbers):
            return head, " ".join(words[count:]).strip()
    return item, ""


def _squeeze(text: str, code: str) -> str:
    return re.sub(r"\s+(?=[(\d])|(?<=\d)\s+", "", text) if code == "zh" else re.sub(r"\s+", " ", text)


def _session(meta: Meta, lines: list[str], data: LanguageData) -> None:
    for line in lines:
        parsed = parse_session(line.strip(), data.code)
        parsed = parsed or parse_session(_committee_after(line, data)[0], data.code)
        if parsed:
            meta.session, meta.session_kind = parsed
            return


def _committee_after(line: str, data: LanguageData) -> tuple[str, Committee | None]:
    """A draft's masthead line as a converter may join it, "Eightieth session First Committee": the
    text before the Main Committee's name (folded), and the committee; the line and None without
    one."""
    folded = fold(line.strip())
    for key, name in data.committee_spellings():
        folded_name = fold(name)
        if folded_name and folded.endswith(folded_name) and len(folded) > len(folded_name):
            return folded[: len(folded) - len(folded_name)].strip(), cast(Committee, key)
    return line.strip(), None


def _number_and_title(masthead: Masthead, lines: list[str], data: LanguageData) -> None:
    meta = masthead.meta
    for index, line in enumerate(lines):
        match = NUMBER_LINE_RE.match(unmirror_number(line.strip()))
        if not match or "[" in line:
            continue
        meta.resolution_number = symbol_number(match.group(1))
        meta.part = match.group(2) or ""
        rest = [match.group(3).strip()] if match.group(3).strip() else []
        following = [ln.strip() for ln in lines[index + 1 :]]
        if rest:
            masthead.title_lines = rest + _until_blank(following)
        else:
            masthead.title_lines = _until_blank(_skip_blank(following))
            if not masthead.title_lines or formula_match(masthead.title_lines[0], data):
                # the number printed after its title (pdftotext reads a tab-separated title first)
                masthead.title_lines = _title_before(lines[:index])
            elif lettered_line(masthead.title_lines[0], data)[0]:  # so too: a part's letter after the number
                masthead.title_lines = _title_before(lines[:index]) + masthead.title_lines
        break
    if not meta.resolution_number and meta.stage == "draft":
        masthead.title_lines = _draft_title(lines, data)
        _draft_origin(meta, lines, data)
    if not meta.part:
        _part_and_its_title(masthead, data)
    meta.title = _join(masthead.title_lines, data.code == "zh")
    if data.code == "zh":  # "2013 年核裁军...": the space a PDF's change of font leaves beside a figure
        meta.title = plain_text(squeeze_cjk_spaces([Text(text=meta.title)]))
    symbol_part = re.search(r"\d (\S{1,3})$", meta.symbol)
    if not meta.part and symbol_part and _PART_LETTER.fullmatch(symbol_part.group(1)):
        meta.part = symbol_part.group(1)  # "A/RES/77/263 B"
    if meta.resolution_number and not meta.symbol:
        meta.symbol = f"A/RES/{meta.resolution_number}" + (f" {meta.part}" if meta.part else "")
    settle_session(meta)


_PART_LETTER = re.compile(r"[A-Z]")  # a lettered part of a resolution: "75/101 A", "77/263 B"
_LETTER_AND_TITLE = re.compile(r"([A-Z])(?:\.\s+(\S.*))?")  # "B", or as converters set it, "B. Title"
_LOOK_ALIKES = str.maketrans("АВСЕНКМОРТХ", "ABCEHKMOPTX")  # Cyrillic capitals typed for Latin ones


def _part_and_its_title(masthead: Masthead, data: LanguageData) -> None:
    """ "77/263. Special subjects ..." / "B" (Arabic "باء"), as printed; in a publication of
    several parts, the part's own title follows ("A" / "Information in the service of humanity")."""
    lines = masthead.title_lines
    at = next((i for i, line in enumerate(lines) if i and lettered_line(line, data)[0]), 0)
    if at:
        letter, rest = lettered_line(lines[at], data)
        masthead.meta.part = letter
        masthead.meta.part_title = _join(
            [rest, *lines[at + 1 :]] if rest else lines[at + 1 :], data.code == "zh"
        )
        del lines[at:]


def lettered_line(line: str, data: LanguageData) -> tuple[str, str]:
    """The part a line names, as the symbol writes it, and a title on the same line: ("B", "") for
    "B" (also typed in Cyrillic or full width: "В", "Ｂ"), or Arabic "باء" (the language's
    ``section_letters``); ("B", "Title") for "B. Title"; ("", "") for any other line."""
    line = line.strip()
    if len(line) == 1:
        line = unicodedata.normalize("NFKC", line).translate(_LOOK_ALIKES)
    match = _LETTER_AND_TITLE.fullmatch(line)
    if match:
        return match.group(1), match.group(2) or ""
    return data.spelt_letter(line), ""


def _title_before(lines: list[str]) -> list[str]:
    """The title lines between the bracketed report line and a number printed after them."""
    out: list[str] = []
    for line in reversed([ln.strip() for ln in lines]):
        if "[" in line or "]" in line or (not line and out):
            break
        if line:
            out.append(line)
    return out[::-1] if len(out) <= TITLE_LINES else []


TITLE_LINES = 6  # at most this many lines of title


def _skip_blank(lines: list[str]) -> list[str]:
    index = 0
    while index < len(lines) and not lines[index]:
        index += 1
    return lines[index:]


def _until_blank(lines: list[str]) -> list[str]:
    out = []
    for line in lines:
        if not line:
            break
        out.append(line)
    return out


def _draft_marker(data: LanguageData) -> str:
    """The words of the sponsors' line after the sponsors, folded: "draft resolution"."""
    return fold(data["draft_resolution"].replace("{sponsors}", "")).strip(" :：")


def _draft_sponsors(line: str, data: LanguageData) -> list[str] | None:
    """The sponsors of a "Indonesia:* draft resolution" line (None when it is not that line)."""
    marker = _draft_marker(data)
    folded = fold(line)
    at = folded.find(marker) if marker else -1
    if at < 0:
        return None
    # the asterisk of the sponsors' note, which PyMuPDF prints as a spaced-out dash ("Chile:  - ")
    names = re.sub(r"[*\s:：\-]+$", "", line.strip()[:at].strip())
    return data.split_names(names) if names else []


def _is_draft_line(line: str, data: LanguageData) -> bool:
    """A sponsors' line, "Indonesia and Mexico:* draft resolution": sponsors and a colon, then the
    words ending the line (not a title that mentions a draft resolution)."""
    marker, folded = _draft_marker(data), fold(line)
    before = folded[: -len(marker)] if marker and folded.endswith(marker) else ""
    return before.rstrip(" *-").endswith((":", "：")) and bool(_draft_sponsors(line, data))


def _draft_origin(meta: Meta, lines: list[str], data: LanguageData) -> None:
    """Sponsors from the draft line; the Main Committee from its own masthead line."""
    for line in lines:
        sponsors = _draft_sponsors(line, data)
        if sponsors is not None:
            meta.sponsors = meta.sponsors or sponsors
            break
    names = {fold(name): cast(Committee, key) for key, name in data.committee_spellings()}
    for line in lines:
        key = names.get(fold(line.strip())) or _committee_after(line, data)[1]
        if key and not meta.committee:
            meta.committee = key
            break
    _original_language(meta, lines, data)


def _original_language(meta: Meta, lines: list[str], data: LanguageData) -> None:
    """The "Original: English" line of a draft's masthead."""
    pattern = template_regex(data["original"], language=r"[^\W\d_]+")
    codes = {fold(name): code for code, name in data.strings.get("language_names", {}).items()}
    for line in lines:
        match = pattern.search(fold(line))
        if match and match["language"] in codes:
            meta.original_language = codes[match["language"]]
            return


def _draft_title(lines: list[str], data: LanguageData) -> list[str]:
    marker = _draft_marker(data)
    for index, line in enumerate(lines):
        if marker and marker in fold(line):
            return _until_blank(_skip_blank([ln.strip() for ln in lines[index + 1 :]]))
    return []
