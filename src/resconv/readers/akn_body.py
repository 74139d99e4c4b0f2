"""AKN4UN body -> model blocks: formula, preambular containers, operative paragraphs, annexes.

Handles what the UN files do differently from one another: paragraph numbers inside the text
(Arabic "1 -"), headings as two H23 paragraphs (numeral, then title), lists with ``sublist``
siblings after their parent point, ``section``s with ``subheading``s, several preamble/mainBody
pairs in one statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from lxml import etree

from resconv.errors import Diagnostics
from resconv.language import LanguageData, fold
from resconv.model import (
    Annex,
    Block,
    Emphasis,
    Footnote,
    Heading,
    Inline,
    OperativeParagraph,
    PreambularParagraph,
    Resolution,
    Subparagraph,
    Text,
    heading_line,
    plain_text,
)
from resconv.readers.akn_inline import AKN, Notes, inlines, local, tidy
from resconv.readers.akn_meta import text_of
from resconv.recover.patterns import section_numeral

_NUMBER_IN_TEXT = re.compile(r"^\s*(\d+)\s*[-.–](?:\s+|$)")
_NUMBER = re.compile(r"^\s*\d+\s*[-.–]?\s*$")
# "(a)", or one letter and a bracket: "a)", and in Russian files also a Cyrillic "а)" or "е)" typed
# for the Latin letter (kept as printed; the checker folds the look-alikes)
_LABEL_IN_TEXT = re.compile(r"^\s*(\([^\s()]{1,6}\)|[^\W\d_]\))\s+")
_ROMAN = re.compile(r"^[ivxl]+$")
_END_PUNCTUATION = re.compile(r"[.;:,!?。；：，،؛…]$")


@dataclass(frozen=True)
class _Label:
    """A paragraph that is really a subparagraph ("(a)" in ``num`` or at the start of its text)."""

    label: str
    text: list[Inline]


_HEADING_CLASS = re.compile(r"^H(\d+|Ch)$")


class _Reader:
    """Reads blocks of one statement, collecting its footnotes in document order."""

    def __init__(self, lang: LanguageData, diagnostics: Diagnostics) -> None:
        self.lang, self.diagnostics, self.notes = lang, diagnostics, Notes()
        self.cjk = lang.code == "zh"

    def inl(self, el: etree._Element) -> list[Inline]:
        return inlines(el, self.notes, cjk=self.cjk)

    def paras(self, el: etree._Element) -> list[Inline]:
        """Inline content of every ``p`` directly under ``el`` (or ``el`` itself), joined by spaces."""
        out: list[Inline] = []
        ps = [c for c in el if local(c) == "p"] or [el]
        for p in ps:
            part = self.inl(p)
            out += ([Text(text=" ")] if out and part else []) + part
        return tidy(out, cjk=self.cjk)

    # ----------------------------------------------------------------- preamble
    def container(self, el: etree._Element) -> PreambularParagraph:
        text = self.paras(el)
        subs = [self.point(i) for i in el.iter(f"{AKN}item")]
        phrase = _phrase(text)
        name = (el.get("name") or "").strip()
        if not phrase and len(name) > 1 and plain_text(text).startswith(name):
            phrase = name  # the UN named the container but did not emphasise the phrase
        return PreambularParagraph(phrase=phrase, text=text, subparagraphs=subs)

    # ----------------------------------------------------------------- operative
    def blocks(self, parent: etree._Element) -> list[Block]:
        out: list[Block | _Label] = []
        for child in parent:
            name = local(child)
            if name == "paragraph":
                out.append(self.paragraph(child))
            elif name in ("section", "part", "chapter", "title", "hcontainer"):
                out += self.blocks_of_section(child)
            elif name in ("subheading", "heading", "crossHeading") and not _is_preamble_ref(child):
                out.append(Heading(text=self.inl(child)))
            elif name == "crossHeading":
                out.append(_op(self.inl(child), None))
        return _merge_headings(_attach(out), self.lang.code)

    def blocks_of_section(self, el: etree._Element) -> list[Block]:
        num = el.find(f"{AKN}num")
        head: list[Block] = []
        if num is not None and text_of(num):
            head.append(Heading(text=[Text(text=text_of(num))]))
        return head + self.blocks(el)

    def paragraph(self, el: etree._Element) -> Block | _Label:
        kids = [c for c in el if isinstance(c.tag, str)]
        names = [local(c) for c in kids]
        if names and all(n in ("subheading", "heading", "num") for n in names):
            return Heading(text=self.paras_list(kids))
        num_el = el.find(f"{AKN}num")
        printed = text_of(num_el) if num_el is not None else ""
        if printed and not _NUMBER.match(printed):
            content = el.find(f"{AKN}content")
            return _Label(printed, self.paras(content if content is not None else el))
        number = _number(printed) if printed else None
        lst = el.find(f"{AKN}list")
        if lst is not None:
            text, subs, wrap = self.list_parts(lst)
        else:
            content = el.find(f"{AKN}content")
            text, subs, wrap = self.paras(content if content is not None else el), [], []
        if number is None and not subs and self.is_heading(el, text):
            return Heading(text=[Text(text=plain_text(text))])
        if number is None:
            number, text = _number_from_text(text)
        if number is None and not subs and text and isinstance(text[0], Text):
            match = _LABEL_IN_TEXT.match(text[0].text)
            if match:
                rest = text[0].text[match.end() :]
                return _Label(match.group(1), ([Text(text=rest)] if rest else []) + text[1:])
        return _op(text, number, subs, wrap)

    def paras_list(self, els: list[etree._Element]) -> list[Inline]:
        out: list[Inline] = []
        for el in els:
            part = self.inl(el)
            out += ([Text(text=" ")] if out and part else []) + part
        return tidy(out, cjk=self.cjk)

    def is_heading(self, el: etree._Element, text: list[Inline]) -> bool:
        """A heading style, or (where leading phrases are not bold) a wholly bold line."""
        if not text or not all(isinstance(n, Emphasis) for n in text):
            return False
        bold = all(isinstance(n, Emphasis) and "bold" in n.style for n in text)
        unlike_phrase = any(isinstance(n, Emphasis) and n.style != self.lang.emphasis for n in text)
        return bold and (bool(_HEADING_CLASS.match(el.get("class") or "")) or unlike_phrase)

    def list_parts(self, lst: etree._Element) -> tuple[list[Inline], list[Subparagraph], list[Inline]]:
        intro = lst.find(f"{AKN}intro")
        wrap = lst.find(f"{AKN}wrapUp")
        text = self.paras(intro) if intro is not None else []
        return text, self.points(lst), self.paras(wrap) if wrap is not None else []

    def points(self, lst: etree._Element) -> list[Subparagraph]:
        """Points in order; a ``sublist`` after a point holds that point's own points."""
        subs: list[Subparagraph] = []
        for child in lst:
            if local(child) == "point":
                subs.append(self.point(child))
            elif local(child) == "sublist":
                nested = self.points(child)
                if subs:
                    subs[-1] = subs[-1].model_copy(update={"subparagraphs": subs[-1].subparagraphs + nested})
                else:
                    subs += nested
        return subs

    def point(self, el: etree._Element) -> Subparagraph:
        num = el.find(f"{AKN}num")
        inner = el.find(f"{AKN}list")
        if inner is not None:
            text, nested, _ = self.list_parts(inner)
        else:
            content = el.find(f"{AKN}content")
            text, nested = self.paras(content if content is not None else el), []
        return Subparagraph(label=text_of(num) if num is not None else "", text=text, subparagraphs=nested)

    # ----------------------------------------------------------------- annexes
    def annex(self, doc: etree._Element) -> Annex:
        body = doc.find(f"{AKN}mainBody")
        blocks = self.blocks(body) if body is not None else []
        headings: list[str] = []
        for block in blocks:
            if not isinstance(block, Heading):
                break
            headings.append(heading_line(block))
        return Annex(name=doc.get("name") or "annex", headings=headings, blocks=blocks)


def _is_preamble_ref(el: etree._Element) -> bool:
    return "preamble" in (el.get("refersTo") or "")


def _phrase(text: list[Inline]) -> str:
    """The emphasised leading phrase, also when a short adverb precedes it ("再次<b>欢迎</b>")."""
    if text and isinstance(text[0], Emphasis):
        return _bare(text[0].text)
    if len(text) > 1 and isinstance(text[0], Text) and isinstance(text[1], Emphasis):
        lead = text[0].text.strip()
        if len(lead) <= 12 and not _END_PUNCTUATION.search(lead):
            return _bare(text[1].text)
    return ""


def _bare(phrase: str) -> str:
    """The phrase without the comma or colon the emphasis sometimes takes along."""
    return phrase.strip().rstrip(" ,，、،:;：；").strip()


def _op(
    text: list[Inline],
    number: str | None,
    subs: list[Subparagraph] | None = None,
    wrap: list[Inline] | None = None,
) -> OperativeParagraph:
    return OperativeParagraph(
        number=number, phrase=_phrase(text), text=text, subparagraphs=subs or [], wrap_up=wrap or []
    )


def _number(printed: str) -> str | None:
    """ "1." / "1 -" / "\t12." -> "1", "12"; the number as printed, its punctuation dropped."""
    value = re.sub(r"^[\s(]+|[\s.\-–)]+$", "", printed)
    return value or None


def _number_from_text(text: list[Inline]) -> tuple[str | None, list[Inline]]:
    """Arabic files often print "1 -" inside the paragraph text instead of in ``num``."""
    if not text or not isinstance(text[0], Text | Emphasis):
        return None, text
    match = _NUMBER_IN_TEXT.match(text[0].text)
    if not match:
        return None, text
    rest = text[0].text[match.end() :]
    first: list[Inline] = [text[0].model_copy(update={"text": rest})] if rest else []
    return match.group(1), first + text[1:]


def _attach(raw: list[Block | _Label]) -> list[Block]:
    """Fold label paragraphs into the paragraph before them, the line after them into its wrap-up,
    and make an unpunctuated, phrase-less, unnumbered line a heading."""
    out: list[Block] = []
    for item in raw:
        prev = out[-1] if out else None
        if isinstance(item, _Label):
            if isinstance(prev, OperativeParagraph) and not prev.wrap_up:
                out[-1] = prev.model_copy(update={"subparagraphs": _add_sub(prev.subparagraphs, item)})
            else:
                out.append(_op(_prefix(f"{item.label} ", item.text), None))
        elif isinstance(item, OperativeParagraph) and item.number is None and not item.phrase:
            if not item.text and not item.subparagraphs:
                continue  # an empty placeholder (the schema wants a mainBody child)
            if isinstance(prev, OperativeParagraph) and prev.subparagraphs and not prev.wrap_up:
                out[-1] = prev.model_copy(update={"wrap_up": item.text})
            elif _looks_like_heading(item):
                out.append(Heading(text=item.text))
            else:
                out.append(item)
        else:
            out.append(item)
    return out


def _prefix(text: str, nodes: list[Inline]) -> list[Inline]:
    if nodes and isinstance(nodes[0], Text):
        return [Text(text=text + nodes[0].text), *nodes[1:]]
    return [Text(text=text), *nodes]


def _add_sub(subs: list[Subparagraph], item: _Label) -> list[Subparagraph]:
    """A roman "(i)" after "(a)" nests under it, unless it merely continues the letters ("h", "i")."""
    new = Subparagraph(label=item.label, text=item.text)
    core = item.label.strip("() ")
    if subs and _ROMAN.match(core):
        last = subs[-1]
        last_core = last.label.strip("() ")
        follows = len(core) == 1 and len(last_core) == 1 and ord(core) == ord(last_core) + 1
        if (not follows and not _ROMAN.match(last_core)) or last.subparagraphs:
            return [*subs[:-1], last.model_copy(update={"subparagraphs": [*last.subparagraphs, new]})]
    return [*subs, new]


def _looks_like_heading(block: OperativeParagraph) -> bool:
    text = plain_text(block.text).strip()
    return bool(text) and len(text) <= 150 and not _END_PUNCTUATION.search(text) and not block.subparagraphs


def _merge_headings(blocks: list[Block], code: str) -> list[Block]:
    """A heading that is a section numeral alone ("I", "一", "أولا", "A") and then another heading
    are one heading, that numeral and title: the UN files print them as two lines, a
    ``subheading`` or a bold paragraph each. A title that is not a numeral ("Annex") pairs with
    nothing."""
    out: list[Block] = []
    for block in blocks:
        prev = out[-1] if out else None
        if (
            isinstance(block, Heading)
            and isinstance(prev, Heading)
            and not prev.num
            and _is_numeral(plain_text(prev.text), code)
            and not _is_numeral(plain_text(block.text), code)
        ):
            out[-1] = Heading(num=plain_text(prev.text).strip(), text=block.text)
        else:
            out.append(block)
    return out


def _is_numeral(text: str, code: str) -> bool:
    found = section_numeral(text, code)
    return found is not None and not found[1]


def _closing_line(block: Block, lang: LanguageData) -> tuple[int, bool] | None:
    """(meeting, resumed) when the last body paragraph is the closing meeting line, which some UN
    files (75/238 Arabic) put in ``mainBody`` instead of ``conclusions``."""
    if not isinstance(block, OperativeParagraph) or block.number is not None or block.subparagraphs:
        return None
    text = " ".join(plain_text(block.text).split())
    match = re.fullmatch(r"\D*?(\d+)\D*", text)
    if not match:
        return None
    number = int(match.group(1))
    for resumed in (False, True):
        if fold(" ".join(lang.meeting_line(number, resumed).split())) == fold(text):
            return number, resumed
    return None


def _in_model_order(
    notes: Notes, preamble: list[PreambularParagraph], operative: list[Block], annexes: list[Annex]
) -> list[Footnote]:
    """Footnotes in the order the model (and so the writer) meets their references."""
    seen: list[str] = []
    model = Resolution(preamble=preamble, operative=operative, annexes=annexes)
    for node in _refs(model.model_dump()):
        if node not in seen:
            seen.append(node)
    rank = {marker: i for i, marker in enumerate(seen)}
    return sorted(notes.items, key=lambda note: rank.get(note.marker, len(rank)))


def _refs(data: object) -> list[str]:
    if isinstance(data, dict):
        if data.get("type") == "footnote_ref":
            return [str(data["marker"])]
        return [m for value in data.values() for m in _refs(value)]
    if isinstance(data, list):
        return [m for value in data for m in _refs(value)]
    return []


def read_body(statement: etree._Element, lang: LanguageData, diagnostics: Diagnostics) -> dict[str, Any]:
    """enacting_formula, preamble, operative, footnotes and annexes of one statement."""
    reader = _Reader(lang, diagnostics)
    formula = ""
    preamble: list[PreambularParagraph] = []
    operative: list[Block] = []
    annexes: list[Annex] = []
    for part in statement:
        name = local(part)
        if name == "preamble":
            for child in part:
                if local(child) == "formula" and not formula:
                    formula = plain_text(reader.paras(child))
                elif local(child) in ("container", "p", "blockContainer"):
                    preamble.append(reader.container(child))
        elif name == "mainBody":
            operative += reader.blocks(part)
        elif name == "attachments":
            annexes += [reader.annex(doc) for doc in part.iter(f"{AKN}doc")]
    operative = _merge_headings(operative, lang.code)
    closing = _closing_line(operative[-1], lang) if operative else None
    if closing is not None:
        operative = operative[:-1]
    return {
        "closing": closing,
        "footnotes": _in_model_order(reader.notes, preamble, operative, annexes),
        "enacting_formula": formula,
        "preamble": preamble,
        "operative": operative,
        "annexes": annexes,
    }
