"""Pieces of a paragraph that PDF text extraction printed out of order, put back: a bare number
read apart from its text, a paragraph's last line printed before it, the words of a loose
justified line printed a word a line after their paragraph."""

from __future__ import annotations

from resconv.language import language
from resconv.recover.leading import is_known_start
from resconv.recover.lines import Line
from resconv.recover.patterns import HAN, LABEL_RE, NUMBER_RE, bare_label, ends_paragraph


def restore_misordered_tails(groups: list[list[Line]], code: str) -> list[list[Line]]:
    """Put back the pieces of a paragraph that PDF text extraction printed out of order, when a
    bare number ("29.") was read apart from its text (see ``_reordered``), two numbers a block
    late (see ``_numbers_late``), a short last line was printed before its paragraph (see
    ``_tail_of_next``) or the words of a loose line after it (see ``_stray_words``)."""
    out: list[list[Line]] = []
    last_number = 0
    index = 0
    absorbing = False
    at = 0  # where the words of a loose line go back in the block before them
    while index < len(groups):
        group = groups[index]
        following = groups[index + 1] if index + 1 < len(groups) else None
        if absorbing:
            absorbing = _stray_words(group, code, absorbing=True)
        elif out and _stray_words(group, code, absorbing=False) and _opens_no_paragraph(group):
            at, absorbing = _after_loose_line(out[-1]), True
        if absorbing:
            out[-1] = [*out[-1][:at], *group, *out[-1][at:]]  # "принятые" / "Генеральным"
            at += len(group)
            index += 1
            continue
        late = _numbers_late(groups, index, last_number, code)
        if late is not None:
            merged: list[list[Line]] | None = late[0]
            index += late[1] - 1
        elif out and _tail_of_next(out[-1], group, groups[index + 1 : index + 3], code):
            merged = [[*groups[index + 1], *group]]  # "4 - ... للناس" "كافة؛"
            index += 1
        else:
            merged = _reordered(group, following, last_number, code) if following is not None else None
            index += 1 if merged is not None else 0
        for piece in merged or [group]:
            out.append(piece)
            number = NUMBER_RE.match(piece[0].text.strip())
            last_number = int(number.group(1)) if number else last_number
        index += 1
    return out


def _reordered(
    group: list[Line], following: list[Line], last_number: int, code: str
) -> list[list[Line]] | None:
    """The groups rebuilt from two groups read out of order, or None. Three shapes are known:
    "29." "dollars;" / "Decides ... United States" (the last line came first),
    "Expresses ... the death" / "2." "penalty;" (the number came after the first line), and
    "Decides to remain seized of the matter." / "4." (the number came after a one-line paragraph).
    A fourth is in ``_tail_of_next``; two numbers a block late each are ``_numbers_late``'s."""
    if _number_with_tail(group, code) and _unnumbered_opening(following, code, ended=False):
        return [[group[0], *following, *group[1:]]]
    if _number_with_tail(following, code) and _unnumbered_opening(group, code, ended=False):
        return [[following[0], *group, *following[1:]]]
    own = NUMBER_RE.match(group[0].text.strip())
    if not _next_bare_number(following, int(own.group(1)) if own else last_number):
        return None
    if _unnumbered_opening(group, code, ended=True):
        return [[following[0], *group]]
    if _one_line_paragraph_closes(group, code):  # read as the last line of the paragraph before
        return [group[:-1], [following[0], group[-1]]]
    return None


def _one_line_paragraph_closes(group: list[Line], code: str) -> bool:
    """Whether the group's last line is a paragraph of its own, one line long, after one that ended."""
    if len(group) < 2 or not ends_paragraph(group[-2].text.strip()):
        return False
    return _unnumbered_opening(group[-1:], code, ended=True)


def _numbers_late(
    groups: list[list[Line]], index: int, last_number: int, code: str
) -> tuple[list[list[Line]], int] | None:
    """The groups from ``index`` on rebuilt where two numbers each came a block late, and how many
    groups they take, or None. pdftotext may read the numbers and the lines set at the margin as one
    column and the paragraphs' first lines as another (Chinese, most often), in two shapes:
    "表示深为关切……；" / "2." "欢迎……建" / "3." "议；9" (each number after its paragraph's first
    line; the one-line paragraph may close the group before it), and
    "7." / "8." "报告；" / "鼓励……；" "请……的" (both numbers first, then both first lines)."""
    if index + 2 >= len(groups):
        return None
    group, following = groups[index], groups[index + 1]
    if not (_short(group) or (len(following) == 2 and _short(following))):
        return None  # the cheap test first: this runs for every block of a text
    beyond = groups[index + 2 : index + 4]
    if len(group) == 1 and _next_bare_number(group, last_number):  # "7." / "8." "报告；" / ...
        if not (_number_with_tail(following, code) and _number_is(following, last_number + 2)):
            return None
        firsts = beyond[0] if len(beyond[0]) == 2 else [line for part in beyond for line in part]
        taken = 3 if len(beyond[0]) == 2 else 4
        if len(firsts) != 2 or not _unnumbered_opening(firsts[:1], code, ended=True):
            return None
        if not _unnumbered_opening(firsts[1:], code, ended=False):
            return None
        return [[group[0], firsts[0]], [following[0], firsts[1], *following[1:]]], taken
    own = NUMBER_RE.match(group[0].text.strip())
    number = int(own.group(1)) if own else last_number
    if len(following) != 2 or not _next_bare_number(following[:1], number):
        return None
    if not _unnumbered_opening(following[1:], code, ended=False):
        return None
    if not (_number_with_tail(beyond[0], code) and _number_is(beyond[0], number + 2)):
        return None
    if _unnumbered_opening(group, code, ended=True):
        before, last = [], group
    elif _one_line_paragraph_closes(group, code):
        before, last = [group[:-1]], group[-1:]
    else:
        return None
    return [*before, [following[0], *last], [beyond[0][0], following[1], *beyond[0][1:]]], 3


BARE_NUMBER = 8  # characters of a line that holds a paragraph's number alone ("123 .", "- 12")


def _short(group: list[Line]) -> bool:
    """Whether a group opens with a line short enough to be a bare number."""
    return len(group[0].text) <= BARE_NUMBER


def _number_is(group: list[Line], number: int) -> bool:
    found = NUMBER_RE.match(group[0].text.strip())
    return found is not None and int(found.group(1)) == number


def _stray_words(group: list[Line], code: str, absorbing: bool) -> bool:
    """Lines of one word each, unpunctuated but for a comma, that pdftotext printed after the
    paragraph they belong to when it pulled a very loose justified line apart; after the first, a
    word may be a letter long (Russian "и", "в")."""
    shortest = 1 if absorbing else 2
    texts = [line.text.strip() for line in group]
    return all(
        line.wrapped
        and " " not in text
        and len(text) >= shortest
        and (not ends_paragraph(text) or text.endswith(","))
        and not NUMBER_RE.match(text)
        and not LABEL_RE.match(text)
        and not HAN.search(text)
        for line, text in zip(group, texts, strict=True)
    ) and not is_known_start(texts[0], code)


def _after_loose_line(group: list[Line]) -> int:
    """Where the words pdftotext pulled off a loose justified line go back: after the first line of
    the paragraph, or of the page where it goes on. That is the line first fit leaves loosest, the
    one after a paragraph's number or a page's top ("8. призывает все коммерческие предприятия,
    которые" + "собирают,"). Where that line's first words were printed a word a line too, the
    rest of it goes after them."""
    start = max((index for index, line in enumerate(group) if line.page_top), default=0)
    if bare_label(group[start].text.strip()) and start + 1 < len(group):
        start += 1  # "8." printed on a line of its own
    end = start + 1
    if " " not in group[start].text.strip():  # that line was pulled apart too, a word a line:
        while end < len(group) and " " not in group[end].text.strip():
            end += 1  # "полностью" / "и" / "немедленно" + "выполнить" "постановление"
    return end


def _opens_no_paragraph(group: list[Line]) -> bool:
    """A word no paragraph opens with: one in lower case, or a figure with a comma ("2018," of
    "6 December 2018, entitled"; a bare figure may be a table's cell or a note's marker)."""
    first = group[0].text.strip()
    return first[:1].islower() or (first[:1].isdigit() and first.endswith(","))


# A last line printed out of order is a short one: at most this many words and characters.
TAIL_WORDS, TAIL_CHARS = 3, 20


def _tail_of_next(before: list[Line], group: list[Line], after: list[list[Line]], code: str) -> bool:
    """The last line of a one-line numbered paragraph, printed before it, after the paragraph
    before ("... الدول؛" / "كافة؛" / "4 - تؤكد ... للناس" / "5 - ..."): after a paragraph that
    ended, a short line apart that ends a paragraph too, then a numbered line that does not end,
    and after it a new block or nothing. (A converter that puts a blank line after every line sets
    apart the last line of any paragraph, and the first line of the next: then what follows the
    numbered line is the rest of its paragraph.)"""
    if len(group) != 1 or not after or len(after[0]) != 1:
        return False
    tail = group[0].text.strip()  # the cheap tests first: this runs for every block of a text
    if len(tail) > TAIL_CHARS or len(tail.split()) > TAIL_WORDS or not ends_paragraph(tail):
        return False
    opening = after[0][0].text.strip()
    if not NUMBER_RE.match(opening) or ends_paragraph(opening) or not ends_paragraph(before[-1].text.strip()):
        return False
    beyond = after[1][0].text.strip() if len(after) > 1 else ""
    return not opens_block(tail, code) and (not beyond or opens_block(beyond, code))


def opens_block(text: str, code: str) -> bool:
    """A number, a label or a known phrase: the line opens a paragraph of its own."""
    return bool(NUMBER_RE.match(text) or LABEL_RE.match(text) or is_known_start(text, code))


def _next_bare_number(group: list[Line], last_number: int) -> bool:
    text = group[0].text.strip()
    number = NUMBER_RE.match(text)
    if len(group) != 1 or number is None or not bare_label(text):
        return False
    return int(number.group(1)) == last_number + 1


def _number_with_tail(group: list[Line], code: str) -> bool:
    """A bare number followed by the rest of a sentence begun elsewhere: a line in lower case or
    opening with a figure, or, where paragraphs do not open with a capital, a line with no capital
    and no known phrase to open it (Chinese "74/82号决议为其规定的工作；", where case cannot tell)."""
    number = group[0].text.strip()
    if len(group) != 2 or not bare_label(number) or not NUMBER_RE.match(number):
        return False
    tail = group[1].text.strip()
    if tail[:1].islower() or tail[:1].isdigit():
        return True  # "penalty;", "2020 ;": no paragraph opens so
    return not language(code).opens_with_capital and not tail[:1].isupper() and not is_known_start(tail, code)


def _unnumbered_opening(group: list[Line], code: str, ended: bool) -> bool:
    """A block without number that opens with a known phrase; ``ended``: whether it ends a paragraph."""
    opening = group[0].text.strip()
    if NUMBER_RE.match(opening) or LABEL_RE.match(opening) or len(group) > 2:
        return False
    return ends_paragraph(group[-1].text.strip()) == ended and bool(is_known_start(opening, code))
