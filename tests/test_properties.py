"""Properties: the text importers fail only with resconv's own errors, and canonical Markdown
round-trips every model it can express."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import resconv
from resconv.errors import ResconvError
from resconv.language import language
from resconv.model import (
    LANGUAGES,
    AgendaItem,
    DocumentRef,
    Emphasis,
    Footnote,
    FootnoteRef,
    Heading,
    Inline,
    Meta,
    OperativeParagraph,
    PreambularParagraph,
    Report,
    Resolution,
    Subparagraph,
    Text,
)

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces of the inputs importers meet, so arbitrary text reaches the deep paths, not only the first check.
_FRAGMENTS = st.sampled_from(
    [
        "\n",
        "\n\n",
        "\f",
        "## ",
        "# ",
        "1. ",
        "12 - ",
        "(a) ",
        "(i) ",
        "a) ",
        "(أ) ",
        "    ",
        "*",
        "**",
        "***",
        "_",
        "<sup>1</sup>",
        "<sup>(2)</sup>",
        "[73/41](#)",
        "[A/75/399](https://undocs.org/A/75/399)",
        "---\n",
        "__________\n",
        "1 ",
        "20-16859 (E)",
        "2/4",
        "*2016859*",
        "A/RES/75/47",
        "75/47. ",
        "Agenda item 103 (u)",
        "The General Assembly,",
        "大会，",
        "Recalling",
        "**回顾**",
        "Resolution adopted by the General Assembly on ",
        "7 December 2020",
        "2020 年 12 月 7 日",
        "37th plenary meeting",
        "第 37 次全体会议",
        "Annex",
        "[on the report of the",
        "First Committee (A/75/399, para. 96)]",
        "---\nsession: 75\n---\n",
        "---\nlanguage: xx\n---\n",
        "\ufeff",
        "\r\n",
    ]
)
ARBITRARY = st.one_of(
    st.text(max_size=400), st.lists(st.one_of(_FRAGMENTS, st.text(max_size=12)), max_size=60).map("".join)
)


@pytest.mark.parametrize("fmt", ["markdown", "text"])
@SETTINGS
@given(text=ARBITRARY)
def test_text_readers_raise_only_resconv_errors(fmt: str, text: str) -> None:
    assert_reads_or_refuses(text.encode("utf-8"), fmt)


@pytest.mark.parametrize("fmt", ["markdown", "text"])
@SETTINGS
@given(data=st.binary(max_size=300))
def test_text_readers_raise_only_resconv_errors_on_bytes(fmt: str, data: bytes) -> None:
    assert_reads_or_refuses(data, fmt)


def assert_reads_or_refuses(data: bytes, fmt: str) -> None:
    """Either a Resolution in one of the six languages, or a ResconvError with a message: any
    other exception propagates and fails the property."""
    try:
        result = resconv.read(data, format=fmt)
    except ResconvError as exc:
        assert str(exc).strip(), "a ResconvError without a message"
        return
    assert isinstance(result, Resolution)
    assert result.meta.language in LANGUAGES


# --------------------------------------------------------------------------- generated models
# Words of each language; Chinese runs without spaces (the canonical form drops spaces next to ideographs).
_VOCABULARY = {
    "en": "the States Member report of to water floods lakes data regional centres 2023 all and in measures",
    "fr": "les États Membres rapport de eau crues lacs données régionaux centres 2023 tous et dans mesures",
    "es": "los Estados Miembros informe de agua lagos datos regionales centros 2023 todos y en medidas",
    "ru": "государства члены доклад воды озер данные региональные центры 2023 все и в меры",
    "ar": "الدول الأعضاء تقرير المياه البحيرات البيانات المراكز الإقليمية 2023 جميع في التدابير",
    "zh": "会员国 报告 水 洪水 冰川湖 数据 区域 中心 2023 年 所有 和 措施",
}
_SEPARATOR = {"zh": ""}


def _sentence(code: str) -> st.SearchStrategy[str]:
    words = st.sampled_from(_VOCABULARY[code].split())
    return st.lists(words, min_size=1, max_size=8).map(_SEPARATOR.get(code, " ").join)


_SYMBOLS = st.sampled_from([("73/41", "A/RES/73/41"), ("A/75/399", "A/75/399"), ("77/164", "A/RES/77/164")])
LETTERS = "abcdefgh"


@st.composite
def _body(draw: st.DrawFn, code: str, notes: list[str]) -> list[Inline]:
    """Running text after a phrase: words, document references and footnote references."""
    space = _SEPARATOR.get(code, " ")
    nodes: list[Inline] = [Text(text=space + draw(_sentence(code)))]
    for _ in range(draw(st.integers(0, 2))):
        text, symbol = draw(_SYMBOLS)
        nodes += [
            Text(text=space),
            DocumentRef(text=text, symbol=symbol),
            Text(text=space + draw(_sentence(code))),
        ]
    if draw(st.booleans()):
        notes.append(str(len(notes) + 1))
        nodes.append(FootnoteRef(marker=notes[-1]))
    return _merge(nodes)


def _merge(nodes: list[Inline]) -> list[Inline]:
    merged: list[Inline] = []
    for node in nodes:
        if isinstance(node, Text) and merged and isinstance(merged[-1], Text):
            merged[-1] = Text(text=merged[-1].text + node.text)
        else:
            merged.append(node)
    return merged


@st.composite
def resolutions(draw: st.DrawFn) -> Resolution:
    code = draw(st.sampled_from(["en", "fr", "es", "ru", "zh", "ar"]))
    data = language(code)
    style = data.emphasis
    notes: list[str] = []
    session = draw(st.integers(1, 99))
    number = f"{session}/{draw(st.integers(1, 350))}"
    meta = Meta(
        symbol=f"A/RES/{number}",
        language=code,
        session=session,
        resolution_number=number,
        title=draw(_sentence(code)).capitalize(),
        adopted_on=draw(st.dates(dt.date(1950, 1, 1), dt.date(2030, 12, 31))),
        meeting=draw(st.integers(1, 120)),
        agenda_items=[
            AgendaItem(number=str(draw(st.integers(1, 180))), title=draw(_sentence(code)).capitalize())
        ],
        committee=draw(
            st.sampled_from(["firstCommittee", "secondCommittee", "thirdCommittee", "sixthCommittee"])
        ),
        reports=[
            Report(
                symbol=f"A/{session}/{draw(st.integers(100, 700))}", paragraph=str(draw(st.integers(1, 99)))
            )
        ],
    )
    preamble = []
    for _ in range(draw(st.integers(1, 4))):
        phrase = draw(st.sampled_from(data.preambular_phrases[:30]))
        preamble.append(
            PreambularParagraph(
                phrase=phrase, text=[Emphasis(style=style, text=phrase), *draw(_body(code, notes))]
            )
        )
    operative: list[OperativeParagraph | Heading] = []
    for count in range(1, draw(st.integers(1, 5)) + 1):
        if draw(st.integers(0, 5)) == 0:
            operative.append(
                Heading(
                    num=("I", "II", "III", "IV", "V")[sum(isinstance(b, Heading) for b in operative)],
                    text=[Text(text=draw(_sentence(code)).capitalize())],
                )
            )
        phrase = draw(st.sampled_from(data.operative_phrases[:30]))
        subs = [
            Subparagraph(label=f"({LETTERS[i]})", text=[Text(text=draw(_sentence(code)).capitalize() + ";")])
            for i in range(draw(st.integers(0, 3)))
        ]
        operative.append(
            OperativeParagraph(
                number=str(count),
                phrase=phrase,
                subparagraphs=subs,
                text=[Emphasis(style=style, text=phrase), *draw(_body(code, notes))],
            )
        )
    footnotes = [
        Footnote(marker=m, text=[Text(text=draw(_sentence(code)).capitalize() + ".")]) for m in notes
    ]
    return Resolution(
        meta=meta,
        enacting_formula=data["enacting_formula"],
        preamble=preamble,
        operative=operative,
        footnotes=footnotes,
    )


@SETTINGS
@given(model=resolutions())
def test_markdown_round_trip_is_identity(model: Resolution) -> None:
    markdown = resconv.render(model, "markdown")
    again = resconv.read(markdown, format="markdown")
    assert again.model_dump_json(indent=1) == model.model_dump_json(indent=1)
    assert resconv.render(again, "markdown") == markdown
