"""Plain text whose notes come after the text, as pandoc's ``-t plain`` writes a Word file's notes."""

from __future__ import annotations

import resconv
from builders import operative_paragraphs
from resconv.model import FootnoteRef, OperativeParagraph, PreambularParagraph, Resolution, plain_text
from resconv.readers.plaintext_endnotes import notes_after_text

PANDOC_PLAIN = """\
Seventy-fifth session

Agenda item 103 (u)

Resolution adopted by the General Assembly on 7 December 2020

[on the report of the First Committee (A/75/399, para. 96)]

75/47. Promotion of multilateralism in the area of disarmament and
non-proliferation

The General Assembly,

Recalling further the United Nations Millennium Declaration,[1] in which
it is stated that the responsibility must be shared,

Noting the Final Document of the Summit,[2]

1.  Reaffirms multilateralism as the core principle in negotiations;

2.  Takes note of the report of the Secretary-General;[3]

3.  Decides to include the sub-item in its provisional agenda.

37th plenary meeting
7 December 2020

[1] Resolution 55/2.

[2] See A/74/548, annex.

[3] A/75/116.
"""


def _references(model: Resolution) -> list[list[str]]:
    blocks: list[PreambularParagraph | OperativeParagraph] = [*model.preamble, *operative_paragraphs(model)]
    return [[n.marker for n in block.text if isinstance(n, FootnoteRef)] for block in blocks]


def test_end_notes_are_read_as_notes_of_the_paragraphs_that_cite_them() -> None:
    model = resconv.read(PANDOC_PLAIN.encode(), format="text")
    assert [p.number for p in operative_paragraphs(model)] == ["1", "2", "3"]
    assert [(n.marker, plain_text(n.text)) for n in model.footnotes] == [
        ("1", "Resolution 55/2."),
        ("2", "See A/74/548, annex."),
        ("3", "A/75/116."),
    ]
    assert _references(model) == [["1"], ["2"], [], ["3"], []]
    assert model.meta.meeting == 37


def test_a_bracketed_list_the_text_does_not_cite_is_left_as_it_is() -> None:
    text = "1.  Decides as follows:\n\n[1] the first option;\n\n[2] the second option.\n"
    assert notes_after_text(text) == text
    cited_once = "Recalling the Declaration,[1] and\n\n[1] Resolution 55/2.\n\n[2] Resolution 55/3.\n"
    assert notes_after_text(cited_once) == cited_once  # note 2 is cited nowhere: not end notes


def test_only_the_last_run_numbered_from_one_is_taken() -> None:
    text = "Noting [2] and [1] the report,[1] here\n\n[2] stray\n\n[1] Resolution 55/2.\n"
    assert notes_after_text(text).endswith("__________\n1 Resolution 55/2.\n")


def test_chinese_wrapped_only_at_a_space_stays_one_paragraph() -> None:
    """pandoc breaks Chinese lines only at spaces, so a line may stop far short inside a paragraph
    ("第56/24" / "T号决议..."); the blank lines between paragraphs tell where they end."""
    dates = "、".join(f"{2002 + n}年12月{3 + n}日第{57 + n}/{3 + n}号" for n in range(10))
    paragraphs = [
        "75/47. 促进裁军和不扩散领域的多边主义",
        "大会，",
        "决心促进严格遵循《联合国宪章》所载宗旨和原则，",
        "回顾其关于裁军和不扩散领域的多边合作和打击恐怖主义全球努力的2001年11月29日第56/24\n"
        f"T号决议和其他有关决议，以及关于促进裁军和不扩散领域多边主义的{dates}决议，",
        "又回顾《宪章》规定，联合国的宗旨为维护国际和平及安全，并为此目的，采取有效集体办法，以防止且消除对于和平之威胁，",
        "深信在此全球化时代和信息革命之际，世界各国比以往任何时候都更关切军备管制、不扩散和裁军问题，",
    ]
    principle = "重申多边主义是军备管制、不扩散和裁军领域谈判的核心原则，并决心推动多边主义"
    operative = [f"{n}.  {principle}{n}；" for n in range(1, 6)]
    text = "\n\n".join(["第七十五届会议", *paragraphs, *operative, "2020年12月7日\n第37次全体会议"])
    model = resconv.read(text.encode(), format="text")
    assert [p.phrase for p in model.preamble] == ["决心", "回顾", "又回顾", "深信"]
    assert "56/24 T号决议" in plain_text(model.preamble[1].text)
