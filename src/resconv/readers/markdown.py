"""Read Markdown: converted-from-PDF Markdown as found in the wild, and authored Markdown with a
YAML front matter block (what ``resconv new`` writes and the Markdown writer produces).

markdown-it-py does the CommonMark parsing (lists and indented code are switched off: in
converted text "1." and indentation carry the UN's numbering, not Markdown structure); this
module only turns its tokens into :class:`~resconv.recover.Line` objects.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

from resconv.errors import Diagnostics, InputError
from resconv.formats import ReadOptions
from resconv.model import DocumentRef, Emphasis, FootnoteRef, Inline, Link, Meta, Resolution, Text
from resconv.readers.markdown_pages import clean_pages
from resconv.readers.markdown_wraps import mark_page_wrap, mark_soft_wrap
from resconv.recover import Line, build_parts
from resconv.recover.endnotes import rewrite_end_notes
from resconv.recover.inline import collapse_spaces, is_web_address, resolution_symbol, take_session_prefixes
from resconv.textio import decode, plain_characters, un_tanwin_order, writable, writable_values

_PARSER = MarkdownIt("commonmark").disable(
    ["code", "list", "blockquote", "fence", "reference", "image", "autolink"]
)
# markdown-it's text rule stops at every character any plugin might want (":", "-", "%", "=" ...),
# and each stop runs the whole rule chain; UN prose is full of them. Only these start a rule
# enabled here: newline, escape, backticks, emphasis, link, html_inline, entity.
_RULE_STARTS = re.compile(r"[\n\\`*_\[\]<&]")


def _text_run(state: StateInline, silent: bool) -> bool:
    """Take the text up to the next character an enabled inline rule reacts to."""
    stop = _RULE_STARTS.search(state.src, state.pos, state.posMax)
    end = stop.start() if stop else state.posMax
    if end == state.pos:
        return False
    if not silent:
        state.pending += state.src[state.pos : end]
    state.pos = end
    return True


_PARSER.inline.ruler.at("text", _text_run)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.DOTALL)
_UNDOCS = re.compile(r"^https?://(?:undocs\.org|docs\.un\.org)/(?:[a-z]{2}/)?(.+)$")
_TAG = re.compile(r"<[^>]+>")
# "**感到震惊的是，**构成": CommonMark does not close emphasis after punctuation when a letter
# follows, so converters' habit of emphasising the phrase with its comma is undone first.
# (An emphasised phrase is short: the bound keeps each "*" from scanning to the end of its line.)
_PUNCT_IN_EMPHASIS = re.compile(r"\*(?<!\*\*)(\*{0,2})([^*\n]{1,100}?)([，,：:；;、])\*\1(?=[^\s*])")
# "*Recalling *its": emphasis that took the space after it along (as Word-to-Markdown converters
# write it) closes on no word in CommonMark; the space goes back outside. Searched only when the
# parse left delimiters in the text: the search costs a twentieth of a whole import.
_SPACE_IN_EMPHASIS = re.compile(
    r"(?<![*_\w])(\*{1,3}|_{1,3})([^\s*_][^*_\n]{0,100}?)([ \t\u00a0]+)\1(?=[^\s*_])"
)
# "__请__秘书长": CommonMark closes no underscore emphasis inside a word, and Chinese runs on
# without spaces; asterisks close there. (The pattern opens with an underscore and only then looks
# at the character before it, so that the engine skips from one underscore to the next.)
_UNDERSCORES_BEFORE_CJK = re.compile(
    r"(_(?<![_\w]_)_{0,2})([^_\s][^_\n]{0,100}?)\1(?=[\u3400-\u9fff\u3000-\u303f\uff00-\uffef])"
)
# Footnotes as other converters write them, rewritten to the <sup>n</sup> form read below:
# pandoc/GFM "[^1]" references and "[^1]: text" definitions, pandoc "^1^", Unicode superscripts.
# (Written "\[^1\]" or "\^1\^", they are the characters, as the Markdown writer escapes them.)
_NOTE_DEFINITION = re.compile(r"^\[\^([^\]\s\\]{1,8})\]:[ \t]*", re.MULTILINE)
_NOTE_REFERENCE = re.compile(r"(?<!\\)\[\^([^\]\s\\]{1,8})\]|(?<![\\^])\^\(?(\d{1,3})\)?\^")
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
# ... but not the square and cube of a unit: "10 000 km²", "50 m³"
_SUPERSCRIPT_RUN = re.compile(f"(?<!\\bm)(?<!km)(?<!cm)(?<!mm)⁽?[{_SUPERSCRIPTS}]+⁾?")
# pandoc wraps a long note definition onto indented lines ("[^12]: ..., annex\n    II."): they
# are folded back first, or "II." would read as a section numeral of the body.
_NOTE_WITH_CONTINUATION = re.compile(r"^(\[\^[^\]\s]{1,8}\]:.*)((?:\n[ \t]+\S.*)+)", re.MULTILINE)
_CJK_END = re.compile(r"[\u3000-\u9fff\uff00-\uffef]$")
# Word's notes as mammoth writes them, and markitdown, which reads DOCX through mammoth: the
# reference a link "[[1]](#footnote-1)", the note a numbered line after the text, "1. Resolution
# 55/2. [↑](#footnote-ref-1)"; mammoth's own Markdown escapes them ("[\\[1\\]](\\#footnote\\-1)")
# and adds anchors (<a id="footnote-ref-1"></a>). Endnotes are written the same way.
_WORD_NOTE_ANCHOR = re.compile(r'<a id="(?:foot|end)note-(?:ref-)?\d{1,3}"></a>[ \t]*')
# The printed number pairs a note with its references: the anchors carry Word's note ids, which
# need not be the same (a file LibreOffice saved numbers them from 2).
_WORD_NOTE = re.compile(
    r"^[ \t]*(\d{1,3})\\?\.[ \t]+(.*?)[ \t]*\[↑\]\(\\?#(?:foot|end)note\\?-ref\\?-\d+\)[ \t]*$", re.MULTILINE
)
_WORD_NOTE_REFERENCE = re.compile(r"\[\\?\[(\d{1,3})\\?\]\]\(\\?#(?:foot|end)note\\?-\d+\)")
_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789", "⁽⁾")  # "⁽¹⁾": Arabic marks


# "- 1. *Calls upon* ...", "    - (a) ...", "> (b) ...": list and quote markers some converters
# (docling, marker) put before the UN's own numbers and labels, which carry the structure here.
_MARKER_BEFORE_NUMBER = re.compile(
    r"^([ \t]*)(?:[-*+][ \t]+|>[ \t]?)+"
    r"(?=(?:\*\*)?(?:\d{1,3}(?:/\d{1,4})?\.[ \t]|\([^)\s]{1,8}\)[ \t]|[^\W\d_]\)[ \t]))",
    re.MULTILINE,
)
_MARKER_HINT = re.compile(r"\n[ \t]*(?:[-*+][ \t]|>)")  # a cheap look first: "\n" is searched fast
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def normalise(text: str) -> str:
    """Converter habits undone before parsing: masthead tables, page furniture, emphasis that
    swallowed its comma, and footnote syntaxes other than <sup>n</sup>."""
    text = clean_pages(text)  # page furniture goes here too
    if "|" in text:
        text = "\n".join(_untable(line) for line in text.split("\n"))
    text = _PUNCT_IN_EMPHASIS.sub(r"*\1\2*\1\3", text)
    if _MARKER_HINT.search(text) or text.lstrip()[:1] in ("-", "*", "+", ">"):
        text = _MARKER_BEFORE_NUMBER.sub(r"\1", text)
    if "_" in text:
        text = _UNDERSCORES_BEFORE_CJK.sub(_as_asterisks, text)
    if "note-" in text:
        text = _word_notes(text)
    # pandoc's CommonMark: "[1]" references, "[1] Resolution 55/2." after the text
    text = rewrite_end_notes(text, reference=_sup, note_start=lambda n: f"{_sup(n)} ")
    if "[^" in text:
        text = _NOTE_WITH_CONTINUATION.sub(_fold_note, text)
        text = _NOTE_DEFINITION.sub(lambda m: f"<sup>{m.group(1)}</sup> ", text)
    if "[^" in text or "^" in text:
        text = _NOTE_REFERENCE.sub(lambda m: f"<sup>{m.group(1) or m.group(2)}</sup>", text)
    if not any(digit in text for digit in _SUPERSCRIPTS):
        return text
    return _SUPERSCRIPT_RUN.sub(lambda m: f"<sup>{m.group(0).translate(_SUPERSCRIPT_DIGITS)}</sup>", text)


def _sup(marker: str) -> str:
    return f"<sup>{marker}</sup>"


def _word_notes(text: str) -> str:
    text = _WORD_NOTE_ANCHOR.sub("", text)
    text = _WORD_NOTE.sub(lambda m: f"<sup>{m.group(1)}</sup> {m.group(2)}", text)
    return _WORD_NOTE_REFERENCE.sub(lambda m: f"<sup>{m.group(1)}</sup>", text)


def _as_asterisks(match: re.Match[str]) -> str:
    stars = "*" * len(match.group(1))
    return f"{stars}{match.group(2)}{stars}"


def _fold_note(match: re.Match[str]) -> str:
    folded = match.group(1).rstrip()
    for part in match.group(2).split("\n")[1:]:
        part = part.strip()
        folded += part if _CJK_END.search(folded) and _CJK_END.match(part[:1]) else " " + part
    return folded


def read(data: bytes, *, options: ReadOptions, diagnostics: Diagnostics) -> Resolution:
    return read_parts(data, options=options, diagnostics=diagnostics, every_part=False)[0]


def read_parts(
    data: bytes, *, options: ReadOptions, diagnostics: Diagnostics, every_part: bool = True
) -> list[Resolution]:
    """Each resolution of the text: one, or each lettered part of a publication (75/101 A-B)."""
    text = writable(un_tanwin_order(plain_characters(decode(data, options.encoding, diagnostics.file))))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    front, body, offset = _split_front_matter(text, diagnostics.file)
    normalised = normalise(body)
    lines = to_lines(normalised, offset, authored=front is not None)
    if any("*" in line.text or "_" in line.text for line in lines):  # delimiters left unmatched
        repaired = _SPACE_IN_EMPHASIS.sub(r"\1\2\1\3", normalised)
        lines = to_lines(repaired, offset, authored=front is not None) if repaired != normalised else lines
    lines = mark_page_wrap(mark_soft_wrap(lines))
    language = options.language or (str(front["language"]) if front and "language" in front else None)
    return build_parts(lines, diagnostics, language, front, source=body, every_part=every_part)


def _untable(line: str) -> str:
    """A table row of a converted masthead ("| United Nations | A/RES/78/20 |") as one paragraph
    per cell; the rule row under a table header disappears."""
    if _TABLE_RULE.match(line):
        return ""
    if line.lstrip().startswith("|") and line.rstrip().endswith("|"):
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        return "\n\n".join(cell for cell in cells if cell) + "\n"
    return line


_YAML_DATE = re.compile(r"^[ \t]*(\w+):[ \t]*['\"]?(\d{4})-(\d{1,2})-(\d{1,2})\b", re.MULTILINE)


def _bad_date(block: str) -> tuple[str, int]:
    """The field and file line (the opening ``---`` is line 1) of the first date in ``block``
    the calendar does not have."""
    for match in _YAML_DATE.finditer(block):
        year, month, day = (int(part) for part in match.group(2, 3, 4))
        try:
            dt.date(year, month, day)
        except ValueError:
            return f"{match.group(1)}: ", block.count("\n", 0, match.start()) + 2
    return "", 1


def _split_front_matter(text: str, file: str) -> tuple[dict[str, Any] | None, str, int]:
    text = text.lstrip("\ufeff")
    match = _FRONT_MATTER.match(text)
    if not match:
        return None, text, 0
    try:
        values = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError(
            f"front matter is not valid YAML: {getattr(exc, 'problem', exc)}",
            file=file,
            line=(mark.line + 2) if mark else 1,
        ) from exc
    except ValueError as exc:  # a date YAML reads as one but the calendar has not: 2025-13-45
        field, line = _bad_date(match.group(1))
        raise InputError(f"front matter: {field}{exc}", file=file, line=line) from exc
    if not isinstance(values, dict):
        raise InputError("front matter must be a mapping of Meta fields", file=file, line=1)
    values = writable_values(values)  # YAML's escapes ("\\a", "\\ud800") may name any character
    unknown = set(values) - set(Meta.model_fields)
    if unknown:
        raise InputError(f"unknown front matter field(s): {', '.join(sorted(unknown))}", file=file, line=1)
    return values, text[match.end() :], match.group(0).count("\n")


def to_lines(text: str, offset: int = 0, *, authored: bool = False) -> list[Line]:
    """Markdown text as Lines: one per source line of each paragraph or heading; ``authored``
    Markdown (with front matter) has its headings as written."""
    lines: list[Line] = []
    tokens = _PARSER.parse(text)
    heading = False
    for token in tokens:
        first = (token.map[0] if token.map else 0) + 1 + offset
        if token.type == "heading_open":
            heading = True
        elif token.type == "heading_close":
            heading = False
        elif token.type == "inline":
            as_heading = heading and not _paragraph_as_heading(token, authored)
            lines.extend(_inline_lines(token, first, as_heading))
        elif token.type == "html_block":
            for index, raw in enumerate(token.content.splitlines()):
                lines.append(Line(first + index, [Text(text=_TAG.sub("", raw))], starts_block=index == 0))
        elif token.type == "hr":
            lines.append(Line(first, [], starts_block=True))
    for line in lines if authored else ():
        line.authored = True
    return lines


_PARAGRAPH_NUMBER = re.compile(r"\s*\d{1,3}\s*\.\s*$")
# A heading never ends as a clause does, with a comma or a semicolon (a note's mark after), nor in
# converted Markdown with a colon, as an operative paragraph's opening does ("Calls upon all States:")
_CLAUSE_END = re.compile(r"[,;，；、،؛]\s*[*_]*\s*(?:<sup>[^<]{1,8}</sup>)?[\s*_]*$")
_COLON_END = re.compile(r"[:：]\s*[*_]*\s*(?:<sup>[^<]{1,8}</sup>)?[\s*_]*$")


def _paragraph_as_heading(token: Token, authored: bool) -> bool:
    """A heading that a converter made of a paragraph's short line: an operative paragraph,
    number and emphasised phrase ("## 3. _Déclare_ que :"), the end of a paragraph a page break
    cut ("## seguridad internacional[2] ,", in lower case as no heading opens; "#### 系起来，……在各"),
    or, in converted Markdown, any line that ends as a clause does ("#### 缅甸政府：")."""
    children = token.children or []
    first = children[0].content if children and children[0].type == "text" else ""
    if first[:1].islower() or _CLAUSE_END.search(token.content):
        return True
    if not authored and _COLON_END.search(token.content):
        return True
    return (
        len(children) > 1
        and _PARAGRAPH_NUMBER.match(first) is not None
        and children[1].type in ("em_open", "strong_open")
    )


def _inline_lines(token: Token, first: int, heading: bool) -> list[Line]:
    """Split an inline token at line breaks, turning emphasis, links and <sup> into nodes."""
    out = [Line(first, [], starts_block=True, heading=heading)]
    bold = italic = in_sup = False
    sup_start = 0
    link: str | None = None
    for child in token.children or []:
        kind = child.type
        if kind in ("softbreak", "hardbreak"):
            out.append(Line(out[-1].number + 1, [], starts_block=False, heading=heading))
        elif kind in ("strong_open", "strong_close"):
            bold = kind == "strong_open"
        elif kind in ("em_open", "em_close"):
            italic = kind == "em_open"
        elif kind == "link_open":
            link = str(child.attrs.get("href", ""))
        elif kind == "link_close":
            link = None
        elif kind == "html_inline":
            tag = child.content.strip().lower()
            if tag.startswith("<br"):  # a break the page clean-up put between run-on notes
                out.append(Line(out[-1].number, [], starts_block=False, heading=heading))
            elif tag.startswith("<sup"):
                in_sup, sup_start = True, len(out[-1].inlines)
            elif tag.startswith("</sup") and in_sup:
                in_sup = False
                if len(out[-1].inlines) == sup_start:  # "<sup></sup>": a note printed without its mark
                    out[-1].inlines.append(FootnoteRef(marker=""))
        elif kind in ("text", "code_inline") and child.content:
            out[-1].inlines.extend(_nodes(collapse_spaces(child.content), bold, italic, in_sup, link))
    for line in out:
        if any(isinstance(node, DocumentRef) for node in line.inlines):
            line.inlines = take_session_prefixes(line.inlines)
    return [ln for ln in out if ln.inlines or ln.starts_block]


def _nodes(text: str, bold: bool, italic: bool, in_sup: bool, link: str | None) -> list[Inline]:
    if in_sup:
        return [FootnoteRef(marker=text.strip().strip("()"))]
    if link is not None:
        # as the AKN reader: a UN address, else another web address, else a symbol in the text
        target = _UNDOCS.match(link)
        if target:
            return _linked(text, target.group(1))
        if is_web_address(link):
            return [Link(text=text, url=link)]
        symbol = resolution_symbol(text)
        if symbol:
            return _linked(text, symbol)
    if bold or italic:
        style = "bold italic" if bold and italic else "bold" if bold else "italic"
        return [Emphasis(style=style, text=text)]
    return [Text(text=text)]


LINK_TEXT = 40  # characters: a link longer than this that does not print its symbol is a line


def _linked(text: str, symbol: str) -> list[Inline]:
    """The reference within a link's text. Converters working from a PDF's link areas (pymupdf4llm)
    make a whole printed line the link text ("[第43/1号、4 2020年7月17日...](.../A/HRC/RES/43/1)"):
    only the symbol as printed is the reference, and the rest stays text, where footnote marks
    are looked for."""
    if len(text) <= LINK_TEXT and (symbol in text or resolution_symbol(text)):
        return [DocumentRef(text=text, symbol=symbol)]  # "[A/75/973](#)", "[73/41](...)"
    parts = symbol.split("/")
    printed_forms = [symbol, *("/".join(parts[start:]) for start in range(1, len(parts) - 1))]
    for printed in printed_forms:
        at = text.find(printed)
        if at >= 0:
            before, after = text[:at], text[at + len(printed) :]
            nodes: list[Inline] = [Text(text=before)] if before else []
            nodes.append(DocumentRef(text=printed, symbol=symbol))
            return nodes + ([Text(text=after)] if after else [])
    return [DocumentRef(text=text, symbol=symbol) if len(text) <= LINK_TEXT else Text(text=text)]
