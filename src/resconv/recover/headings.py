"""Which blocks are section headings, and what belongs to them: a short unpunctuated line between
paragraphs, a title cut in two at its colon, its second line, and a section's letter or numeral
over its title."""

from __future__ import annotations

from resconv.language import LanguageData
from resconv.model import Heading
from resconv.recover.blocks import Block
from resconv.recover.inline import join_lines
from resconv.recover.leading import is_known_start
from resconv.recover.patterns import LETTER_RE, ends_paragraph
from resconv.recover.phrases import match_phrase


def one_letter_title(pending: Heading, block: Block) -> bool:
    """Whether a lone capital follows a numeral still waiting for its title: then it is the title."""
    return not pending.text and bool(LETTER_RE.match(block.number or ""))


def heading_goes_on(block: Block, data: LanguageData) -> bool:
    """A block in lower case after a heading is the heading's next line, unless it opens with a
    known phrase: Russian recitals open in lower case ("ссылаясь на ..." under a section's title)."""
    text = block.text.strip()
    if not text[:1].islower():
        return False
    return data.opens_with_capital or not is_known_start(text, data.code)


def join_colon_headings(blocks: list[Block], data: LanguageData) -> list[Block]:
    """Rejoin a heading printed over two lines with a colon between title and subtitle
    ("Section 11" / "... Agenda 2063:" / "The Africa We Want"): the colon cut it in two."""
    out: list[Block] = []
    for block in blocks:
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.text.rstrip().endswith((":", "："))
            and len(out) > 1
            and _short_unpunctuated(out[-2])
            and _short_unpunctuated(previous, colon=True)
            and _short_unpunctuated(block)
            and not match_phrase(previous.text.strip(), data.code, "operative")
        ):
            previous.inlines = join_lines([previous.inlines, block.inlines], data.code == "zh")
            previous.lines = previous.lines + block.lines
            continue
        out.append(block)
    return out


def _short_unpunctuated(block: Block, colon: bool = False) -> bool:
    text = block.text.strip().removesuffix(":").removesuffix("：") if colon else block.text.strip()
    return (
        block.kind in ("paragraph", "numeral", "heading")
        and len(block.lines) <= 2
        and (0 < len(text) <= 160 and not ends_paragraph(text))
    )


def looks_like_heading(block: Block, following: Block | None, operative: bool, data: LanguageData) -> bool:
    """A short unpunctuated line between paragraphs, not opening with a leading phrase nor in lower
    case (that is a sentence a converter cut, "the core principle")."""
    text = block.text.strip()
    if not text or ends_paragraph(text) or text[0].islower():
        return False
    bold = all(line.all_emphasised for line in block.lines)  # a converter's bold title, wrapped narrow
    numbered_next = following is not None and following.kind == "numbered"
    if len(block.lines) > (4 if bold else 3 if numbered_next else 2) or len(text) > (250 if bold else 160):
        return False
    if match_phrase(text, data.code, "operative") or match_phrase(text, data.code, "preambular"):
        return False
    return operative or (following is not None and following.kind in ("numbered", "numeral", "heading"))
