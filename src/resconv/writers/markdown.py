"""Write canonical authored Markdown: YAML front matter with the metadata, then the text.

The output is what ``resconv new`` produces and what the Markdown reader reads back to the same
model (md -> model -> md -> model is an identity): leading phrases emphasised the language's way,
operative numbers and subparagraph labels as printed, ``<sup>n</sup>`` footnote references with
the notes after a rule, and links to UN documents.
"""

from __future__ import annotations

import re

import yaml

from resconv.formats import WriteOptions
from resconv.language import LanguageData, language
from resconv.model import (
    Annex,
    DocumentRef,
    Emphasis,
    Footnote,
    FootnoteRef,
    Heading,
    Inline,
    Link,
    OperativeParagraph,
    PreambularParagraph,
    Resolution,
    Subparagraph,
    Text,
)

_MARKS = {"italic": "*", "bold": "**", "bold italic": "***"}
_ESCAPE = re.compile(r"([\\`*_\[\]<>^]|&(?=#?[A-Za-z0-9]{1,32};))")  # "&amp;" would read as "&"
_LINE_START = re.compile(r"^(#|>|-{3,}|={3,}|\+ |- )")


def write(resolution: Resolution, *, options: WriteOptions) -> bytes:
    data = language(resolution.meta.language)
    parts = [_front_matter(resolution), *_masthead(resolution, data)]
    for paragraph in resolution.preamble:
        parts += _preambular(paragraph)
    for block in resolution.operative:
        parts += _block(block, data)
    parts += _closing(resolution, data)
    for annex in resolution.annexes:
        parts += _annex(annex, data)
    if resolution.footnotes:
        parts += ["---", *(_footnote(note) for note in resolution.footnotes)]
    return ("\n\n".join(part for part in parts if part) + "\n").encode("utf-8")


def _front_matter(resolution: Resolution) -> str:
    values = resolution.meta.model_dump(mode="json", exclude_defaults=True)
    values["language"] = resolution.meta.language
    text = yaml.safe_dump(values, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{text}---"


def _masthead(resolution: Resolution, data: LanguageData) -> list[str]:
    meta = resolution.meta
    number = f"{meta.resolution_number}. " if meta.resolution_number else ""
    title = f"# {_escape(number + meta.title)}" if meta.title or number else ""
    if meta.part and meta.resolution_number:  # as the UN prints a lettered part: "B", its own title
        title += f"\n\n## {_escape(data.part_label(meta.part))}"
    if meta.part_title:
        title += f"\n\n## {_escape(meta.part_title)}"
    formula = resolution.enacting_formula or data["enacting_formula"]
    phrase = data["formula_phrase"]
    if formula.startswith(phrase):
        mark = _MARKS[data.emphasis]
        formula = f"{mark}{_escape(phrase)}{mark}{_escape(formula[len(phrase) :])}"
    else:
        formula = _escape(formula)
    return [title, formula]


def _preambular(paragraph: PreambularParagraph) -> list[str]:
    return [_paragraph(paragraph.text), *_subparagraphs(paragraph.subparagraphs)]


def _block(block: OperativeParagraph | Heading, data: LanguageData) -> list[str]:
    if isinstance(block, Heading):
        lines = [f"### {_escape(block.num)}"] if block.num else []
        return [*lines, f"### {_inlines(block.text)}"] if block.text else lines
    prefix = f"{data.number_label(block.number)} " if block.number else ""
    out = [prefix + _paragraph(block.text), *_subparagraphs(block.subparagraphs)]
    if block.wrap_up:
        out.append(_paragraph(block.wrap_up))
    return out


def _subparagraphs(items: list[Subparagraph]) -> list[str]:
    out: list[str] = []
    for sub in items:
        out.append(f"{_escape(sub.label)} {_inlines(sub.text)}")
        out += _subparagraphs(sub.subparagraphs)
    return out


def _closing(resolution: Resolution, data: LanguageData) -> list[str]:
    meta = resolution.meta
    lines = []
    if meta.meeting is not None:
        lines.append(data.meeting_line(meta.meeting, meta.meeting_resumed))
    if meta.adopted_on is not None and meta.stage == "adopted":
        lines.append(data.format_date(meta.adopted_on))
    return ["  \n".join(_escape(line) for line in lines)] if lines else []


def _annex(annex: Annex, data: LanguageData) -> list[str]:
    out: list[str] = []
    for index, block in enumerate(annex.blocks):
        if isinstance(block, Heading) and index == 0 and not block.num:
            out.append(f"## {_inlines(block.text)}")
        else:
            out += _block(block, data)
    return out


def _footnote(note: Footnote) -> str:
    return f"<sup>{_escape(note.marker)}</sup> {_inlines(note.text)}"


def _paragraph(inlines: list[Inline]) -> str:
    text = _inlines(inlines)
    return "\\" + text if _LINE_START.match(text) else text


def _inlines(inlines: list[Inline]) -> str:
    return "".join(_inline(node) for node in _coalesced(inlines))


def _coalesced(inlines: list[Inline]) -> list[Inline]:
    """Neighbouring emphasis of one style as one node: "*n*" + "*o*" would print "*n**o*", which
    reads back as a literal "**"."""
    out: list[Inline] = []
    for node in inlines:
        last = out[-1] if out else None
        if isinstance(node, Emphasis) and isinstance(last, Emphasis) and last.style == node.style:
            out[-1] = Emphasis(style=node.style, text=last.text + node.text)
        else:
            out.append(node)
    return out


def _inline(node: Inline) -> str:
    if isinstance(node, Text):
        return _escape(node.text)
    if isinstance(node, Emphasis):
        core = node.text.strip()
        if not core:
            return _escape(node.text)
        lead, trail = (
            node.text[: len(node.text) - len(node.text.lstrip())],
            node.text[len(node.text.rstrip()) :],
        )
        mark = _MARKS[node.style]
        return f"{lead}{mark}{_escape(core)}{mark}{trail}"
    if isinstance(node, DocumentRef):
        return f"[{_escape(node.text)}](https://undocs.org/{node.symbol.replace(' ', '%20')})"
    if isinstance(node, Link):
        return f"[{_escape(node.text)}](<{node.url.replace('>', '%3E')}>)"
    if isinstance(node, FootnoteRef):
        return f"<sup>{_escape(node.marker)}</sup>"
    return ""


def _escape(text: str) -> str:
    return _ESCAPE.sub(r"\\\1", text).replace("\n", " ")
