"""Notes set after the text, as pandoc's plain text (and HTML-to-text tools) write Word's notes:
each reference "[1]" where the raised mark was, and the notes at the end as "[1] Resolution 55/2.".

The plain-text reader knows notes as a PDF prints them, under a rule of underscores with the mark
before the note's text and the mark raised after a word ("Declaration,1 in which"). This module
rewrites the end notes into that form, before the lines are read, so the rest of the reader is
the same for both.
"""

from __future__ import annotations

import re

_NOTE_START = re.compile(r"^\[(\d{1,3})\][ \t]+(?=\S)", re.MULTILINE)
_REFERENCE = re.compile(r"(?<=\S)\[(\d{1,3})\]")
RULE = "__________"


def notes_after_text(text: str) -> str:
    """``text`` with its end notes under a rule and their references as raised marks, when its last
    lines opening with "[n]" count 1, 2, 3 ... and the text before cites each of them."""
    if "[1]" not in text:
        return text
    starts = list(_NOTE_START.finditer(text))
    first = _first_of_last_run(starts)
    if first is None:
        return text
    body, notes = text[: starts[first].start()], text[starts[first].start() :]
    count = len(starts) - first
    cited = {int(m.group(1)) for m in _REFERENCE.finditer(body)}
    if not set(range(1, count + 1)) <= cited:
        return text
    body = _REFERENCE.sub(lambda m: m.group(1) if int(m.group(1)) <= count else m.group(0), body)
    return f"{body}{RULE}\n" + _NOTE_START.sub(r"\1 ", notes)


def _first_of_last_run(starts: list[re.Match[str]]) -> int | None:
    """Index of the "[1]" opening the run of note lines numbered 1, 2, 3 ... up to the last one."""
    numbers = [int(m.group(1)) for m in starts]
    for index in range(len(numbers) - 1, -1, -1):
        if numbers[index] == 1 and numbers[index:] == list(range(1, len(numbers) - index + 1)):
            return index
    return None
