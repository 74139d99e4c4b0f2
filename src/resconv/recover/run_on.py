"""Lines a converter ran together, split where the UN's layout starts a block: the next recital
by its emphasised phrase after a comma (capitalised, where phrases are); a list's first label
after a colon and each next label after a semicolon; the next operative paragraph's number before
its emphasised phrase after a paragraph's end (pymupdf4llm 2: "...; 5. *Calls upon* ...")."""

from __future__ import annotations

import re

from resconv.language import language
from resconv.model import Emphasis, FootnoteRef, Inline, Text, plain_text
from resconv.recover.inline import strip_end
from resconv.recover.lines import Line
from resconv.recover.patterns import NUMBER_RE
from resconv.recover.phrases import match_phrase

_PARAGRAPH_PAUSE = (",", ";", "，", "；", "،", "؛")
# "... the following changes: (a) To widen ...": a list's first label run on after its colon
# (capitalised: the UN's own text may enumerate inline, "... que exige: a) la aplicación ...")
_RUN_ON_LABEL = re.compile(r"(?<=[:：])[ \t]+(?=(?:\((?:a|i|а|1)\)|(?:a|i|а)\))[ \t]+[A-ZÀ-ÖØ-ÞА-ЯЁ])")
_NEXT_LABEL = r"(?:\((?:[b-z]|[ivx]{1,4}|[б-я]|\d{1,2})\)|(?:[b-z]|[ivx]{1,4}|[б-я])\))"
_RUN_ON_NEXT_LABEL = re.compile(rf"(?<=[;；])[ \t]+(?={_NEXT_LABEL}[ \t]+[A-ZÀ-ÖØ-ÞА-ЯЁ])")


def split_run_on(
    line: Line, code: str, last_number: int, labels: re.Pattern[str] | None = None
) -> list[Line]:
    """A line that runs two recitals together, as a converter joining a page's lines may
    ("... sobre el desarme, *Reconociendo también* que ..."): a known phrase emphasised after a
    comma starts the next recital (capitalised, where phrases are: ``_opens_recital``). So does
    a first label after a colon, and then each next label after a semicolon, and the next
    operative paragraph's number before its emphasised phrase after a paragraph's end
    (``last_number`` is the number of the paragraph the line belongs to, where the line itself
    opens with none)."""
    for index, node in enumerate(line.inlines):
        if (
            isinstance(node, Text)
            and ("(" in node.text or ")" in node.text)  # a cheap look first: no label, no search
            and (label := (labels or _RUN_ON_LABEL).search(node.text))
        ):
            head, tail = node.text[: label.start()], node.text[label.end() :]
            rest = Line(line.number, [Text(text=tail), *line.inlines[index + 1 :]], wrapped=line.wrapped)
            rest.starts_block = True  # a label opens a block of its own, as on the printed page
            line.inlines = [*line.inlines[:index], Text(text=head)]
            return [line, *split_run_on(rest, code, last_number, _RUN_ON_NEXT_LABEL)]
        if index and isinstance(node, Emphasis) and _opens_recital(line, index, code):
            rest = Line(line.number, line.inlines[index:], starts_block=True, wrapped=line.wrapped)
            line.inlines = strip_end(line.inlines[:index])
            return [line, *split_run_on(rest, code, last_number)]
        previous = line.inlines[index - 1] if index else None
        if isinstance(node, Emphasis) and isinstance(previous, Text):
            number = _next_number_before(line, index, code, last_number)
            if number:
                rest = Line(line.number, [Text(text=f"{number.group(1)}. "), *line.inlines[index:]])
                rest.wrapped, rest.starts_block = line.wrapped, True
                ended = Text(text=previous.text[: number.start()])
                line.inlines = strip_end([*line.inlines[: index - 1], ended])
                return [line, *split_run_on(rest, code, int(number.group(1)))]
    return [line]


# "...; 5. *Calls upon* ...": the next operative paragraph's number run on after a paragraph's end
_RUN_ON_NUMBER = re.compile(r"(?:(?<=[;.])[ \t]+|(?<=[；。])[ \t]*|^[ \t]*)(\d{1,3})\.[ \t]*$")
_OPERATIVE_END = (";", "；", ".", "。")


def _next_number_before(line: Line, index: int, code: str, last_number: int) -> re.Match[str] | None:
    """The number run on at the end of the text before the emphasised phrase at ``index``, when
    it is the one after the number of the line's paragraph and the phrase an operative one, as
    pymupdf4llm 2 joins paragraphs ("…2019; 5. *Calls upon*", "…2019;<sup>3</sup> 5. *Calls upon*",
    "…会议；5. **呼吁**")."""
    previous, phrase = line.inlines[index - 1], line.inlines[index]
    if not isinstance(previous, Text) or not previous.text.endswith((". ", ".")):
        return None
    number = _RUN_ON_NUMBER.search(previous.text)
    if number is None or (number.start() == 0 and not _ends_after_note(line.inlines[: index - 1])):
        return None
    own = NUMBER_RE.match(line.text.lstrip())
    current = int(own.group(1)) if own else last_number
    if not current or int(number.group(1)) != current + 1:
        return None
    return number if match_phrase(plain_text([phrase]).strip(), code, "operative") else None


def _ends_after_note(before: list[Inline]) -> bool:
    """Whether ``before`` ends with a note's mark after a paragraph's end ("2019;³")."""
    if not before or not isinstance(before[-1], FootnoteRef):
        return False
    words = [node for node in before if isinstance(node, Text) and node.text.strip()]
    return bool(words) and words[-1].text.rstrip().endswith(_OPERATIVE_END)


def _opens_recital(line: Line, index: int, code: str) -> bool:
    """Whether the emphasis at ``index`` of a recital's line is the next recital's phrase: a
    known phrase after a comma, capitalised where phrases are; where they are not (Russian, "...,
    *будучи озабочена* ..."), in a language whose recitals emphasise their leading phrase alone.
    Authored Markdown runs nothing on: its paragraphs hold what the model holds."""
    phrase = plain_text([line.inlines[index]]).strip()
    data = language(code)
    return (
        not line.authored
        and isinstance(line.inlines[0], Emphasis)  # the line is a recital: its phrase comes first
        and (phrase[:1].isupper() if data.opens_with_capital else data.one_phrase_a_recital)
        and _after_pause(line.inlines[:index])
        and match_phrase(phrase, code, "preambular") == len(phrase)
    )


def _after_pause(inlines: list[Inline]) -> bool:
    """Whether the text before ends with a comma or semicolon, its note marks aside."""
    for node in reversed(inlines):
        if isinstance(node, Text) and node.text.strip():
            return node.text.rstrip().endswith(_PARAGRAPH_PAUSE)
        if not isinstance(node, (Text, FootnoteRef)):
            return False
    return False
