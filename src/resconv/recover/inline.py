"""Operations on inline sequences: slicing by characters, trimming, merging, symbol links."""

from __future__ import annotations

import re
from functools import cache

from resconv.language import language
from resconv.model import LANGUAGES, DocumentRef, Emphasis, FootnoteRef, Inline, Text, plain_text
from resconv.sessions import session_prefix_pattern, session_prefixes, symbol_number

CJK = "\u3400-\u4dbf\u4e00-\u9fff\u3000-\u303f\uff00-\uffef"
SYMBOL_RE = re.compile(
    r"(?<![A-Za-z0-9/])(?:A|S|E|ST|A/C\.\d|A/HRC|E/CN\.\d+)/(?:[A-Z]+\.?\d*/)?[A-Za-z0-9.\-\u2011]*\d[A-Za-z0-9.\-\u2011/]*(?:/(?:Add|Corr|Rev)\.\d+)*"
)
# "73/41", and a special or emergency special session's "ES-10/15" (Arabic "دإط-10/15")
RESOLUTION_RE = re.compile(
    rf"(?<![A-Za-z0-9/.])((?:{session_prefix_pattern()})?\d{{1,2}})/(\d{{1,3}})(?![A-Za-z0-9/])"
)
_TRAILING = ".,;:，；。،؛"


def with_text(node: Inline, text: str) -> Inline:
    """A copy of a text-bearing node with other text. pydantic's compiled validation builds it
    about twice as fast as ``model_construct`` or ``model_copy`` do, and checks it too."""
    return type(node)(**{**node.__dict__, "text": text})


_WEB_ADDRESS = re.compile(r"https?://[^\s<>\"]+\.[^\s<>\"]+")


def is_web_address(url: str) -> bool:
    """An http(s) address a reader keeps as a :class:`~resconv.model.Link` (not "#", not mailto)."""
    return bool(_WEB_ADDRESS.fullmatch(url.strip()))


def split_at(inlines: list[Inline], offset: int) -> tuple[list[Inline], list[Inline]]:
    """Split a sequence ``offset`` visible characters in; footnote refs go with the right side."""
    left: list[Inline] = []
    right: list[Inline] = []
    remaining = offset
    for node in inlines:
        text = getattr(node, "text", None)
        if remaining <= 0 or text is None:
            (right if remaining <= 0 else left).append(node)
            continue
        if len(text) <= remaining:
            left.append(node)
            remaining -= len(text)
            continue
        left.append(with_text(node, text[:remaining]))
        right.append(with_text(node, text[remaining:]))
        remaining = 0
    return left, right


def strip_start(inlines: list[Inline]) -> list[Inline]:
    """Drop leading whitespace (and empty text nodes)."""
    out = list(inlines)
    while out:
        text = getattr(out[0], "text", None)
        if text is None:
            break
        stripped = text.lstrip()
        if stripped:
            if stripped != text:
                out[0] = with_text(out[0], stripped)
            break
        out.pop(0)
    return out


def strip_end(inlines: list[Inline]) -> list[Inline]:
    out = list(inlines)
    while out:
        text = getattr(out[-1], "text", None)
        if text is None:
            break
        stripped = text.rstrip()
        if stripped:
            if stripped != text:
                out[-1] = with_text(out[-1], stripped)
            break
        out.pop()
    return out


def strip(inlines: list[Inline]) -> list[Inline]:
    return strip_end(strip_start(inlines))


def merge(inlines: list[Inline]) -> list[Inline]:
    """Join neighbouring nodes of the same kind and style; drop empty text. Each run is joined
    once, not grown node by node: wrapped lines give long runs of text and spaces."""
    out: list[Inline] = []
    run: list[str] = []  # texts of the run that out[-1] opens
    for node in inlines:
        if isinstance(node, (Text, Emphasis)):
            if not node.text:
                continue
            if run and _same_kind(node, out[-1]):
                run.append(node.text)
                continue
        _close_run(out, run)
        out.append(node)
        run = [node.text] if isinstance(node, (Text, Emphasis)) else []
    _close_run(out, run)
    return out


def join_split_references(inlines: list[Inline]) -> list[Inline]:
    """One reference for a link Word split into runs, each a link of its own to the same document
    ("42" + "/220", "14" + " " + "(I)"), as the UN's files have them. Kept apart, a right-to-left
    page prints the pieces in reverse order ("220/42")."""
    out: list[Inline] = []
    for node in inlines:
        gap = out[-1].text if len(out) > 1 and isinstance(out[-1], Text) and not out[-1].text.strip() else ""
        before = out[-2] if gap else out[-1] if out else None
        if isinstance(node, DocumentRef) and isinstance(before, DocumentRef) and before.symbol == node.symbol:
            del out[-2 if gap else -1 :]
            node = DocumentRef(text=before.text + gap + node.text, symbol=node.symbol)
        out.append(node)
    return out


def _close_run(out: list[Inline], run: list[str]) -> None:
    if len(run) > 1:
        out[-1] = with_text(out[-1], "".join(run))


def _same_kind(node: Inline, last: Inline | None) -> bool:
    """Plain text after plain text, or emphasis after emphasis of the same style."""
    if isinstance(node, Text):
        return isinstance(last, Text)
    return isinstance(node, Emphasis) and isinstance(last, Emphasis) and last.style == node.style


def join_lines(parts: list[list[Inline]], cjk: bool) -> list[Inline]:
    """Join wrapped lines with a space, none next to CJK or after a hyphen that ends a line."""
    out: list[Inline] = []
    for part in parts:
        part = strip(part)
        if not part:
            continue
        if out:
            before, after = _last_char(out), _first_char(part)
            glue = not (cjk and (_CJK_CHAR.match(before) or _CJK_CHAR.match(after)))
            glue = glue and before not in "-\u2011/" and before != ""
            if glue:
                out.append(Text(text=" "))
        out.extend(part)
    return merge(out)


_CJK_CHAR = re.compile(f"[{CJK}]")


def _last_char(inlines: list[Inline]) -> str:
    for node in reversed(inlines):
        text = getattr(node, "text", "")
        if text:
            return str(text[-1])
    return ""


def _first_char(inlines: list[Inline]) -> str:
    for node in inlines:
        text = getattr(node, "text", "")
        if text:
            return str(text[0])
    return ""


def squeeze_cjk_spaces(inlines: list[Inline], keep_marks: bool = False) -> list[Inline]:
    """Remove spaces that converters put between Chinese characters and digits or Latin text.
    ``keep_marks``: not the space after a footnote mark that pdftotext printed glued to the text
    before it ("报告1 和"), until the marks are found (a number has no space on one side only)."""
    flat = plain_text(inlines)
    out: list[Inline] = []
    position = 0
    for node in inlines:
        text = getattr(node, "text", None)
        if text is None:
            out.append(node)
            continue
        start, end = position, position + len(text)
        window = flat[max(0, start - 1) : end + 1]
        lead = 1 if start > 0 else 0
        squeezed = _squeeze_slice(window, lead, len(text), keep_marks) if " " in text else text
        out.append(node if squeezed == text else with_text(node, squeezed))
        position = end
    return merge(out)


def _squeeze_slice(window: str, lead: int, length: int, keep_marks: bool) -> str:
    """The middle ``length`` characters of ``window`` with CJK-adjacent spaces removed."""
    keep = []
    for index in range(lead, lead + length):
        char = window[index]
        if char == " ":
            prev = window[index - 1] if index > 0 else ""
            nxt = window[index + 1] if index + 1 < len(window) else ""
            mark = keep_marks and _GLUED_MARK.search(window, max(0, index - 3), index) is not None
            if (_CJK_CHAR.match(prev) or _CJK_CHAR.match(nxt)) and not mark:
                continue
        keep.append(char)
    return "".join(keep)


_GLUED_MARK = re.compile(f"[{CJK}][0-9]{{1,2}}$")


def resolution_symbol(text: str) -> str | None:
    """The full symbol of a printed reference: "73/41" -> "A/RES/73/41", "A/75/399" as is."""
    text = text.strip()
    if SYMBOL_RE.fullmatch(text):
        return text.replace("\u2011", "-")  # "A/ES‑10/794": the no-break hyphen is the symbol's "-"
    match = RESOLUTION_RE.fullmatch(text)
    if match:
        return f"A/RES/{symbol_number(match.group(1))}/{match.group(2)}"
    roman = re.fullmatch(r"(\d{1,4}) ?\(([IVXLC]+|S-\d+|ES-\d+)\)", text)
    if roman:
        return f"A/RES/{roman.group(1)}({roman.group(2)})"
    return None


def link_symbols(inlines: list[Inline]) -> list[Inline]:
    """Turn document symbols and resolution numbers in plain text into DocumentRef nodes."""
    out: list[Inline] = []
    for node in inlines:
        if not isinstance(node, Text) or "/" not in node.text:
            out.append(node)  # every symbol and resolution number has a slash
            continue
        out.extend(_link_text(node.text))
    return out


_SPACE_RUN = re.compile(r"[ \t]{2,}|\t")


def collapse_spaces(text: str) -> str:
    """One space for each run of spaces or tabs: justified PDF lines come through converters
    (pdfminer, markitdown) with their stretched spaces doubled, and Markdown renders one anyway."""
    return _SPACE_RUN.sub(" ", text) if "  " in text or "\t" in text else text


def take_session_prefixes(nodes: list[Inline]) -> list[Inline]:
    """A reference whose link holds only the number after a special session's prefix, as the UN's
    Arabic files link "دإط-[10/15]": the prefix belongs to the reference, A/RES/ES-10/15."""
    out: list[Inline] = []
    for node in nodes:
        before = out[-1] if out and isinstance(out[-1], Text) else None
        if before is not None and isinstance(node, DocumentRef) and node.symbol == f"A/RES/{node.text}":
            prefix = next((p for p in session_prefixes() if before.text.endswith(p)), "")
            if prefix:
                printed = prefix + node.text
                out[-1] = with_text(before, before.text[: -len(prefix)])
                node = DocumentRef(text=printed, symbol=resolution_symbol(printed) or node.symbol)
        out.append(node)
    return [n for n in out if not (isinstance(n, Text) and not n.text)]


_LINKABLE = re.compile(f"{SYMBOL_RE.pattern}|{RESOLUTION_RE.pattern}")


def _link_text(text: str) -> list[Inline]:
    pieces: list[Inline] = []
    position = 0
    for match in _LINKABLE.finditer(text):
        printed = match.group(0).rstrip(".")
        symbol = resolution_symbol(printed)
        if symbol is None or (RESOLUTION_RE.fullmatch(printed) and _names_a_decision(text, match)):
            continue
        if match.start() > position:
            pieces.append(Text(text=text[position : match.start()]))
        pieces.append(DocumentRef(text=printed, symbol=symbol))
        position = match.start() + len(printed)
    if position < len(text):
        pieces.append(Text(text=text[position:]))
    return pieces


_DECISION_KEYS = ("decision_words_before", "decision_words_after")


def _names_a_decision(text: str, match: re.Match[str]) -> bool:
    """Whether a bare "74/565" is a decision ("decision 74/565", "第74/565号决定"), not a resolution."""
    before, after, longest = _decision_words()
    end = match.start()
    while end and text[end - 1].isspace():
        end -= 1
    # the word ends where the spaces before the number begin: only that stretch is searched, not
    # the whole paragraph before it (the pattern opens with a look-behind, tried at every character)
    return bool(before.search(text, max(0, end - longest), end) or after.match(text, match.end()))


@cache
def _decision_words() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    """The six languages' decision words (they do not clash), as a pattern for the end of the text
    before a number, one for the start of the text after it, and the longest word's length."""
    words = {key: {w for code in LANGUAGES for w in language(code).strings[key]} for key in _DECISION_KEYS}

    def alternatives(key: str) -> str:
        return "|".join(map(re.escape, sorted(words[key], key=len, reverse=True))) or "(?!)"  # longest first

    return (
        re.compile(rf"(?<!\w)(?:{alternatives('decision_words_before')})$", re.IGNORECASE),
        re.compile(rf"\s*(?:{alternatives('decision_words_after')})"),
        max(map(len, words["decision_words_before"]), default=0),
    )


def footnote_refs(inlines: list[Inline]) -> list[str]:
    return [n.marker for n in inlines if isinstance(n, FootnoteRef)]


def trim_trailing_punctuation(text: str) -> str:
    return text.strip().rstrip(_TRAILING).strip()
