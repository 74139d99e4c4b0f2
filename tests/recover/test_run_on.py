"""Lines a converter ran together (``resconv.recover.run_on``), read through block grouping as
the importers read them: split where the UN's layout would have started a paragraph, and nowhere
else."""

from __future__ import annotations

from resconv.model import Emphasis, FootnoteRef, Inline, Text, plain_text
from resconv.recover.blocks import assemble
from resconv.recover.lines import Line


def _block_texts(inlines: list[Inline], code: str = "en") -> list[str]:
    return [plain_text(block.inlines).strip() for block in assemble([Line(1, inlines)], code)]


def test_two_recitals_on_one_line_are_two_blocks() -> None:
    line: list[Inline] = [
        Emphasis(style="italic", text="Recalling"),
        Text(text=" its resolution 78/2,"),
        FootnoteRef(marker="1"),
        Text(text=" "),
        Emphasis(style="italic", text="Noting"),
        Text(text=" the report,"),
    ]
    assert _block_texts(line) == ["Recalling its resolution 78/2,", "Noting the report,"]


def test_a_phrase_emphasised_inside_a_paragraph_in_lower_case_or_an_operative_one_stays() -> None:
    """Canonical Markdown keeps what the model holds: "*noting*" inside a recital, "*Recognizing*"
    inside a numbered paragraph, Chinese "表示关切" inside a recital (as the UN's 75/205 has it:
    zh.toml's one_phrase_a_recital)."""
    recital: list[Inline] = [
        Emphasis(style="italic", text="Recalling"),
        Text(text=" its resolutions, "),
        Emphasis(style="italic", text="noting"),
        Text(text=" the report,"),
    ]
    numbered: list[Inline] = [
        Text(text="2. "),
        Emphasis(style="italic", text="Requests"),
        Text(text=" the Secretary-General, "),
        Emphasis(style="italic", text="Recognizing"),
        Text(text=" the work done, to report;"),
    ]
    chinese: list[Inline] = [
        Emphasis(style="bold", text="回顾"),
        Text(text="其各项决议，"),
        Emphasis(style="bold", text="表示关切"),
        Text(text="的是，"),
    ]
    assert len(_block_texts(recital)) == len(_block_texts(numbered)) == len(_block_texts(chinese, "zh")) == 1


def test_emphasis_inside_a_paragraph_that_is_no_phrase_stays() -> None:
    line: list[Inline] = [
        Emphasis(style="italic", text="Noting"),
        Text(text=" the report entitled, in English, "),
        Emphasis(style="italic", text="World Economic Situation and Prospects"),
        Text(text=","),
    ]
    assert len(_block_texts(line)) == 1


def test_a_first_label_run_on_after_a_colon_starts_a_subparagraph() -> None:
    line: list[Inline] = [
        Text(text="1. "),
        Emphasis(style="italic", text="Decides"),
        Text(text=" the following: (a) To widen the system; (b) To review it;"),
    ]
    assert _block_texts(line) == ["Decides the following:", "To widen the system;", "To review it;"]


def test_an_enumeration_the_un_prints_inline_stays_in_its_paragraph() -> None:
    """The UN's own text may enumerate inside a paragraph ("... que exige: a) la aplicación")."""
    line: list[Inline] = [
        Text(text="Reconociendo que la trata exige: a) la aplicación de un enfoque integral,")
    ]
    assert len(_block_texts(line, "es")) == 1


def _numbered(*pieces: Inline) -> list[Inline]:
    return [Text(text="4. "), Emphasis(style="italic", text="Recalls"), *pieces]


def test_the_next_operative_paragraph_run_on_after_a_paragraph_s_end_is_a_block() -> None:
    """pymupdf4llm 2 may join two paragraphs on one line: "...; 5. *Calls upon* ..."."""
    line = _numbered(Text(text=" the meetings of 2019; 5. "), Emphasis(style="italic", text="Calls upon"))
    line.append(Text(text=" all States to act;"))
    blocks = assemble([Line(1, line)], "en")
    assert [(block.number, block.text.strip()) for block in blocks] == [
        ("4", "Recalls the meetings of 2019;"),
        ("5", "Calls upon all States to act;"),
    ]


def test_a_number_run_on_that_is_not_the_next_or_before_no_phrase_stays() -> None:
    """ "para. 7. *Ibid.*" or a number out of sequence is the paragraph's own text."""
    skipped = _numbered(Text(text=" the meetings of 2019; 7. "), Emphasis(style="italic", text="Calls upon"))
    assert len(_block_texts(skipped)) == 1
    no_phrase = _numbered(Text(text=" the report; 5. "), Emphasis(style="italic", text="Official Records"))
    assert len(_block_texts(no_phrase)) == 1


def test_a_run_on_number_after_a_subparagraph_follows_its_paragraph_s_number() -> None:
    """A subparagraph's line opens with its label, not a number: the paragraph's decides."""
    lines = [
        Line(1, _numbered(Text(text=" that States:"))),
        Line(
            2,
            [
                Text(text="(a) Adopt measures; 5. "),
                Emphasis(style="italic", text="Urges"),
                Text(text=" all."),
            ],
        ),
    ]
    last = assemble(lines, "en")[-1]
    assert (last.number, last.text.strip()) == ("5", "Urges all.")


def test_a_run_on_number_after_a_note_mark_or_a_chinese_semicolon_is_a_block() -> None:
    """A paragraph often ends with a note's mark ("2019;³ 5. *Calls upon*"), and Chinese sets no
    space after its semicolon ("会议；5. **呼吁**")."""
    after_note = _numbered(Text(text=" the meetings of 2019;"), FootnoteRef(marker="3"), Text(text=" 5. "))
    after_note += [Emphasis(style="italic", text="Calls upon"), Text(text=" all States to act;")]
    assert [block.number for block in assemble([Line(1, after_note)], "en")] == ["4", "5"]
    chinese: list[Inline] = [Text(text="4. "), Emphasis(style="bold", text="回顾"), Text(text="会议；5. ")]
    chinese += [Emphasis(style="bold", text="呼吁"), Text(text="各国采取行动；")]
    assert [block.number for block in assemble([Line(1, chinese)], "zh")] == ["4", "5"]


def test_two_russian_recitals_on_one_line_are_two_blocks() -> None:
    """Russian phrases open in lower case: a known phrase emphasised after a comma begins the next
    recital all the same, as pymupdf4llm runs a page's recitals together ("...,
    *будучи озабочена* ..."); the UN's Russian recitals emphasise their leading phrase alone."""
    line: list[Inline] = [
        Emphasis(style="italic", text="будучи убеждена"),
        Text(text=" в том, что необходимо руководствоваться пожеланиями народа, "),
        Emphasis(style="italic", text="будучи озабочена"),
        Text(text=" использованием природных ресурсов,"),
    ]
    assert _block_texts(line, "ru") == [
        "будучи убеждена в том, что необходимо руководствоваться пожеланиями народа,",
        "будучи озабочена использованием природных ресурсов,",
    ]
