"""Notes set after the text, as pandoc writes a Word file's notes in plain text and in Markdown
without footnote syntax (``-t plain``, ``commonmark``, ``markdown_strict``), and HTML-to-text tools
in general: each reference "[1]" where the raised mark was, the notes at the end as "[1] Resolution
55/2.". Shared by the plain-text and Markdown readers, each of which rewrites them into the form it
reads notes in (a rule and raised marks; ``<sup>n</sup>``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

_NOTE_START = re.compile(r"^\[(\d{1,3})\][ \t]+(?=\S)", re.MULTILINE)
_REFERENCE = re.compile(r"(?<=\S)\[(\d{1,3})\](?![(\[])")  # not a link's text "[1](...)"


def rewrite_end_notes(
    text: str, *, reference: Callable[[str], str], note_start: Callable[[str], str], rule: str = ""
) -> str:
    """``text`` with its end notes rewritten when its last lines opening with "[n]" count 1, 2, 3 ...
    and the text before cites each of them: ``reference(n)`` for each citation, ``note_start(n)``
    for each note's "[n] ", and ``rule`` before the first note. Otherwise ``text`` unchanged."""
    if "[1]" not in text:
        return text
    starts = list(_NOTE_START.finditer(text))
    first = _first_of_last_run(starts)
    if first is None:
        return text
    body, notes = text[: starts[first].start()], text[starts[first].start() :]
    if not _one_paragraph_each(text, starts[first:]):
        return text  # text goes on after a "[n]" line: a list in the text, not notes at its end
    count = len(starts) - first
    cited = {int(m.group(1)) for m in _REFERENCE.finditer(body)}
    if not set(range(1, count + 1)) <= cited:
        return text
    body = _REFERENCE.sub(lambda m: reference(m.group(1)) if int(m.group(1)) <= count else m.group(0), body)
    return body + rule + _NOTE_START.sub(lambda m: note_start(m.group(1)), notes)


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _one_paragraph_each(text: str, starts: list[re.Match[str]]) -> bool:
    """Whether each note, from its "[n]" to the next note or the end of the text, is one paragraph."""
    ends = [m.start() for m in starts[1:]] + [len(text)]
    return all(
        len([part for part in _PARAGRAPH_BREAK.split(text[m.start() : end]) if part.strip()]) == 1
        for m, end in zip(starts, ends, strict=True)
    )


def _first_of_last_run(starts: list[re.Match[str]]) -> int | None:
    """Index of the "[1]" opening the run of note lines numbered 1, 2, 3 ... up to the last one."""
    numbers = [int(m.group(1)) for m in starts]
    for index in range(len(numbers) - 1, -1, -1):
        if numbers[index] == 1 and numbers[index:] == list(range(1, len(numbers) - index + 1)):
            return index
    return None
