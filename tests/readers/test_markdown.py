"""The Markdown importer on converted-from-PDF Markdown: structure, phrases, footnotes, metadata."""

from __future__ import annotations

import datetime as dt
import textwrap
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

import resconv
from builders import assert_en_78_321_masthead, operative_paragraphs, read_fixture
from resconv.api import read_with_diagnostics
from resconv.errors import InputError
from resconv.model import DocumentRef, FootnoteRef, Heading, OperativeParagraph, Resolution, plain_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SEED = Path(__file__).resolve().parents[2] / "examples" / "a-res-75-47.zh.md"


def _notes_by_block(model: Resolution) -> dict[str, list[str]]:
    """Footnote markers per paragraph: 'p1' for preambular paragraph 1, 'o3' for operative 3."""
    found: dict[str, list[str]] = {}
    blocks = [(f"p{i}", p.text) for i, p in enumerate(model.preamble, 1)]
    blocks += [(f"o{p.number}", p.text) for p in operative_paragraphs(model)]
    for key, inlines in blocks:
        markers = [n.marker for n in inlines if isinstance(n, FootnoteRef)]
        if markers:
            found[key] = markers
    return found


# --------------------------------------------------------------------------- the user's seed
def test_seed_imports_exactly() -> None:
    model = _read_seed()
    meta = model.meta
    assert len(model.preamble) == 14
    assert [p.number for p in operative_paragraphs(model)] == [str(n) for n in range(1, 10)]
    assert len(model.operative) == 9
    assert (meta.session, meta.language, meta.symbol, meta.resolution_number) == (
        75,
        "zh",
        "A/RES/75/47",
        "75/47",
    )
    assert [item.number for item in meta.agenda_items] == ["103(u)"]
    assert meta.committee == "firstCommittee"
    assert [(r.symbol, r.paragraph) for r in meta.reports] == [("A/75/399", "96")]
    assert (meta.adopted_on, meta.meeting) == (dt.date(2020, 12, 7), 37)
    assert meta.title == "促进裁军和不扩散领域的多边主义"


def test_seed_footnotes_attach_to_the_right_paragraphs() -> None:
    model = _read_seed()
    assert [n.marker for n in model.footnotes] == ["1", "2", "3"]
    assert _notes_by_block(model) == {"p4": ["1"], "p13": ["2"], "o7": ["3"]}
    assert plain_text(model.footnotes[2].text) == "A/75/116。"
    # the notes dumped inside the list leave no trace in paragraph 3 or 4
    third, fourth = operative_paragraphs(model)[2:4]
    assert plain_text(third.text).endswith("多边谈判；")
    assert plain_text(fourth.text).startswith("着重指出")


def test_seed_phrases_bold_or_plain() -> None:
    model = _read_seed()
    assert [p.phrase for p in model.preamble[:4]] == ["决心", "回顾", "又回顾", "还回顾"]
    assert [p.phrase for p in operative_paragraphs(model)] == [
        "重申",
        "又重申",
        "敦促",
        "着重指出",
        "再次促请",
        "请",
        "表示注意到",
        "请",
        "决定",
    ]
    assert model.preamble[0].text[0].type == "emphasis"  # plain in the input, emphasised in the model


def _read_seed() -> Resolution:
    return resconv.read(SEED)


def test_resumed_meeting_line_with_spaced_out_emphasised_brackets() -> None:
    """pymupdf4llm prints "第48次全体会议（续会）" as "第 _48_ 次全体会议 _(_ 续会 _)_"."""
    text = SEED.read_text(encoding="utf-8").replace("第 37 次全体会议", "第 _48_ 次全体会议 _(_ 续会 _)_")
    meta = resconv.read(text, format="markdown").meta
    assert (meta.meeting, meta.meeting_resumed) == (48, True)


# --------------------------------------------------------------------------- English
def test_english_structure() -> None:
    model = read_fixture("en-converted.md")
    assert [p.phrase for p in model.preamble] == [
        "Recalling",
        "Recognizing",
        "Noting with concern",
        "Welcoming",
    ]
    kinds = [(b.kind, b.num if isinstance(b, Heading) else b.number) for b in model.operative]
    assert kinds == [
        ("heading", "I"),
        ("paragraph", "1"),
        ("paragraph", "2"),
        ("heading", "II"),
        ("paragraph", "3"),
    ]
    first = operative_paragraphs(model)[0]
    assert first.phrase == "Encourages"
    assert [s.label for s in first.subparagraphs] == ["(a)", "(b)"]
    assert [s.label for s in first.subparagraphs[1].subparagraphs] == ["(i)", "(ii)"]
    assert plain_text(first.subparagraphs[1].subparagraphs[0].text) == "Remote sensing of lake levels;"


def test_english_leading_phrase_is_the_first_emphasis() -> None:
    model = read_fixture("en-converted.md")
    plain = model.preamble[2]  # "Noting with concern" was not italic in the input
    assert plain.text[0].type == "emphasis" and plain.text[0].text == "Noting with concern"
    assert (
        plain_text(plain.text)
        == "Noting with concern the exposure of downstream communities to sudden floods,"
    )


def test_english_footnotes_dumped_mid_list_and_after_the_rule() -> None:
    model = read_fixture("en-converted.md")
    assert _notes_by_block(model) == {"p2": ["1"], "p4": ["2"], "o3": ["3"]}
    assert [(n.marker, plain_text(n.text)) for n in model.footnotes] == [
        ("1", "See A/78/219."),
        ("2", "A/78/220, annex."),
        ("3", "A/78/221, sect. II."),
    ]
    assert [p.number for p in operative_paragraphs(model)] == ["1", "2", "3"]


def test_english_document_references() -> None:
    model = read_fixture("en-converted.md")
    refs = [n for n in model.preamble[0].text if n.type == "docref"]
    assert [(r.text, r.symbol) for r in refs] == [("77/164", "A/RES/77/164")]


def test_english_metadata() -> None:
    meta = read_fixture("en-converted.md").meta
    assert_en_78_321_masthead(meta)
    assert (meta.adopted_on, meta.meeting, meta.stage) == (dt.date(2023, 12, 19), 50, "adopted")


def test_english_annex() -> None:
    model = read_fixture("en-converted.md")
    assert len(model.annexes) == 1
    annex = model.annexes[0]
    assert annex.headings == ["Annex", "Guidelines for community alerts"]
    assert (
        plain_text(annex.blocks[-1].text)
        == "Alerts should reach every household in a valley within one hour."
    )
    last = operative_paragraphs(model)[-1]
    assert "Alerts" not in plain_text(last.text)


def test_annex_paragraphs_take_the_phrase_their_source_emphasised_and_guess_none() -> None:
    text = (FIXTURES / "en-converted.md").read_text(encoding="utf-8")
    text = text.replace(
        "Alerts should reach",
        "*Acknowledging*, that alerts save lives,\n\n"
        "Recognizing that alerts cost little,\n\nAlerts should reach",
    )
    blocks = resconv.read(text, format="markdown").annexes[0].blocks
    paragraphs = [b for b in blocks if isinstance(b, OperativeParagraph)]
    assert [p.phrase for p in paragraphs] == ["Acknowledging", "", ""]


def test_a_note_referenced_in_an_annex_is_found_there() -> None:
    text = (FIXTURES / "en-converted.md").read_text(encoding="utf-8")
    text = text.replace("within one hour.", "within one hour.<sup>4</sup>\n\n<sup>4</sup> See A/78/222.")
    model, diagnostics = resconv.read_with_diagnostics(text, format="markdown")
    assert not diagnostics, [str(d) for d in diagnostics]
    assert [n.marker for n in model.annexes[0].blocks[-1].text if isinstance(n, FootnoteRef)] == ["4"]
    assert model.footnotes[-1].marker == "4"


# --------------------------------------------------------------------------- other languages
LANGUAGE_CASES = {
    "fr-converted.md": (
        "fr",
        ["Rappelant", "Prenant note"],
        ["Invite", "Prie", "Décide"],
        dt.date(2024, 3, 1),
        72,
    ),
    "ar-converted.md": ("ar", ["إذ تشير", "وإذ تسلم"], ["تهيب", "تطلب", "تقرر"], dt.date(2023, 12, 19), 50),
    "zh-converted.md": ("zh", ["回顾", "确认", "注意到"], ["鼓励", "请", "决定"], dt.date(2023, 12, 19), 50),
    "ru-converted.md": (
        "ru",
        ["ссылаясь", "приветствуя"],
        ["призывает", "просит", "постановляет"],
        dt.date(2023, 12, 19),
        50,
    ),
    "es-converted.md": (
        "es",
        ["Recordando", "Observando con preocupación"],
        ["Exhorta", "Solicita", "Decide"],
        dt.date(2023, 12, 19),
        50,
    ),
}


@pytest.mark.parametrize("name", LANGUAGE_CASES)
def test_language_structure(name: str) -> None:
    code, preambular, operative, adopted, meeting = LANGUAGE_CASES[name]
    model = read_fixture(name)
    assert model.meta.language == code
    assert [p.phrase for p in model.preamble] == preambular
    assert [p.phrase for p in operative_paragraphs(model)] == operative
    assert [p.number for p in operative_paragraphs(model)] == ["1", "2", "3"]
    assert (model.meta.adopted_on, model.meta.meeting) == (adopted, meeting)
    assert [n.marker for n in model.footnotes] == ["1"]
    assert _notes_by_block(model) == {"p2": ["1"]}
    emphasis = {"ar": "bold italic", "zh": "bold"}.get(code, "italic")
    assert {p.text[0].type for p in model.preamble} == {"emphasis"}
    assert {p.text[0].style for p in model.preamble if p.text[0].type == "emphasis"} == {emphasis}


def test_arabic_numbers_and_labels() -> None:
    model = read_fixture("ar-converted.md")
    first = operative_paragraphs(model)[0]
    assert [s.label for s in first.subparagraphs] == ["(أ)", "(ب)"]
    assert plain_text(first.text).startswith("تهيب بالدول الأعضاء")
    assert [(r.symbol, r.paragraph) for r in model.meta.reports] == [("A/78/455", "12")]
    assert [a.number for a in model.meta.agenda_items] == ["18"]


def test_chinese_spacing_and_bold_phrases() -> None:
    model = read_fixture("zh-converted.md")
    assert plain_text(model.preamble[0].text) == "回顾其2022年12月14日第77/164号决议，"
    assert model.meta.title == "冰川湖溃决洪水预警"
    assert [a.number for a in model.meta.agenda_items] == ["18(c)"]
    assert [(r.symbol, r.paragraph) for r in model.meta.reports] == [("A/78/455/Add.3", "12")]
    assert [s.label for s in operative_paragraphs(model)[0].subparagraphs] == ["(a)", "(b)"]
    # the note text dumped between 2 and 3 belongs to the notes, not to paragraph 2
    assert plain_text(operative_paragraphs(model)[1].text) == "请秘书长向大会第八十届会议提交报告；"
    assert plain_text(model.footnotes[0].text) == "见A/78/219。"


def test_russian_lower_case_phrases_and_committee() -> None:
    model = read_fixture("ru-converted.md")
    assert model.preamble[1].phrase == "приветствуя"  # plain in the input
    assert model.meta.committee == "secondCommittee"
    assert model.meta.title == "Раннее предупреждение о прорывах ледниковых озер"


def test_spanish_agenda_item_and_report() -> None:
    meta = read_fixture("es-converted.md").meta
    assert [a.number for a in meta.agenda_items] == ["70 b)"]
    assert meta.committee == "thirdCommittee"
    assert [(r.symbol, r.paragraph) for r in meta.reports] == [("A/78/481/Add.2", "150")]
    assert (meta.symbol, meta.resolution_number) == ("A/RES/78/199", "78/199")


def test_french_subparagraph_labels_and_no_committee() -> None:
    model = read_fixture("fr-converted.md")
    assert [s.label for s in operative_paragraphs(model)[0].subparagraphs] == ["a)", "b)"]
    assert model.meta.committee == "noMainCommittee"
    assert model.meta.resolution_number == "78/290"


def test_french_adopted_without_committee_keeps_its_resolution_symbol() -> None:
    meta = read_fixture("fr-converted.md").meta
    assert (meta.symbol, meta.stage, meta.distribution) == ("A/RES/78/290", "adopted", "general")


# --------------------------------------------------------------------------- diagnostics
def test_unknown_phrase_is_reported_with_its_line() -> None:
    text = (FIXTURES / "en-converted.md").read_text(encoding="utf-8")
    text = text.replace("*Welcoming* the work", "Zorblaxing the work")
    model, diagnostics = resconv.read_with_diagnostics(text, format="markdown", name="draft.md")
    assert model.preamble[3].phrase == "Zorblaxing"  # guessed from the first word, and said so
    messages = [str(d) for d in diagnostics]
    line = (
        text.splitlines().index(
            "Zorblaxing the work of regional centres in monitoring high-altitude lakes,<sup>2</sup>"
        )
        + 1
    )
    assert any(
        m.startswith(f"draft.md:{line}:") and "preambular paragraph 4" in m and "Zorblaxing" in m
        for m in messages
    ), messages


# --------------------------------------------------------------------------- other converters' footnotes
def test_pandoc_and_superscript_footnotes_are_joined_with_their_references() -> None:
    text = (
        "## 75/47. Promotion of things\n\nThe General Assembly,\n\n"
        "*Recalling* the Millennium Declaration,[^1] in which it is stated,\n\n"
        "*Noting* the report,²\n\n"
        "1. *Reaffirms* multilateralism;^3^\n2. *Decides* to include the item.\n\n"
        "[^1]: Resolution 55/2.\n\n² See A/74/548, annex.\n\n[^3]: A/75/116.\n"
    )
    model = resconv.read(text, format="markdown")
    assert [f.marker for f in model.footnotes] == ["1", "2", "3"]
    assert plain_text(model.footnotes[0].text) == "Resolution 55/2."
    refs = [
        [n.marker for n in p.text if isinstance(n, FootnoteRef)] for p in [*model.preamble, *model.operative]
    ]
    assert refs == [["1"], ["2"], ["3"], []]


@pytest.mark.parametrize(
    ("reference", "note"),
    [
        # markitdown (mammoth's HTML through markdownify)
        ("[[{n}]](#footnote-{n})", "{n}. {text} [↑](#footnote-ref-{n})"),
        # mammoth's own Markdown: escaped, with anchors
        (
            '<a id="footnote-ref-{n}"></a>[\\[{n}\\]](\\#footnote\\-{n})',
            '{n}. <a id="footnote-{n}"></a>\t{text} [↑](\\#footnote\\-ref\\-{n})',
        ),
        ("[[{n}]](#endnote-{n})", "{n}. {text} [↑](#endnote-ref-{n})"),  # Word endnotes
        # a file LibreOffice saved: Word's note ids start at 2, the printed numbers at 1
        ("[[{n}]](#footnote-{id})", "{n}. {text} [↑](#footnote-ref-{id})"),
    ],
)
def test_word_notes_as_mammoth_and_markitdown_write_them(reference: str, note: str) -> None:
    """A DOCX read by mammoth: references are links to "#footnote-n", the notes a numbered list
    after the text, each with a link back. They are notes, not operative paragraphs 1-2 again."""
    ref = [reference.format(n=n, id=n + 1) for n in (1, 2)]
    text = (
        "## 75/47. Promotion of things\n\nThe General Assembly,\n\n"
        f"Recalling the Millennium Declaration,{ref[0]} in which it is stated,\n\n"
        f"1. Reaffirms multilateralism;{ref[1]}\n\n2. Decides to include the item.\n\n"
        + note.format(n=1, id=2, text="Resolution 55/2.")
        + "\n\n"
        + note.format(n=2, id=3, text="See A/74/548, annex.")
        + "\n"
    )
    model, diagnostics = resconv.read_with_diagnostics(text.encode(), format="markdown")
    assert not [d for d in diagnostics if "paragraph" in d.message or "note" in d.message], diagnostics
    assert [p.number for p in operative_paragraphs(model)] == ["1", "2"]
    assert [(f.marker, plain_text(f.text)) for f in model.footnotes] == [
        ("1", "Resolution 55/2."),
        ("2", "See A/74/548, annex."),
    ]
    blocks = [*model.preamble, *model.operative]
    assert [[n.marker for n in p.text if isinstance(n, FootnoteRef)] for p in blocks] == [["1"], ["2"], []]


def test_invalid_front_matter_value_names_the_field_and_line() -> None:
    text = "---\nlanguage: en\nadopted_on: tomorrow\n---\n\n*The General Assembly*,\n"
    with pytest.raises(InputError) as caught:
        resconv.read(text, format="markdown", name="draft.md")
    assert caught.value.line == 1
    assert str(caught.value).startswith("draft.md:1: front matter: adopted_on:")


@pytest.mark.parametrize(
    ("symbol", "session", "kind"),
    [
        ("A/C.1/81/L.5", 81, "regular"),
        ("A/ES-11/L.7", 11, "emergency special"),
        ("A/RES/S-32/1", 32, "special"),
    ],
)
def test_front_matter_without_a_session_takes_it_from_the_symbol(
    symbol: str, session: int, kind: str
) -> None:
    text = f"---\nlanguage: en\nsymbol: {symbol}\n---\n\n*The General Assembly*,\n\n1. *Decides* so.\n"
    meta = resconv.read(text, format="markdown").meta
    assert (meta.session, meta.session_kind) == (session, kind)


def test_front_matter_without_a_session_kind_takes_it_from_the_symbol() -> None:
    # what `resconv new --symbol A/ES-11/L.7 --session 11` wrote before it wrote the kind
    front = "---\nlanguage: en\nsymbol: A/ES-11/L.7\nsession: 11\n---\n"
    text = front + "\n*The General Assembly*,\n\n1. *Decides* so.\n"
    meta = resconv.read(text, format="markdown").meta
    assert (meta.session, meta.session_kind) == (11, "emergency special")


def test_a_dummy_link_on_the_number_after_a_session_prefix() -> None:
    text = "إن الجمعية العامة،\n\nإذ تشير إلى قراريها دإط-[10/15](#) و ES-[10/17](#)،\n"
    refs = [n for n in resconv.read(text, format="markdown").preamble[0].text if isinstance(n, DocumentRef)]
    assert [(n.text, n.symbol) for n in refs] == [
        ("دإط-10/15", "A/RES/ES-10/15"),
        ("ES-10/17", "A/RES/ES-10/17"),
    ]


def test_masthead_table_and_page_furniture_from_other_converters() -> None:
    text = (
        "| United Nations | A/RES/78/20 |\n|---|---|\n| General Assembly | Distr.: General |\n\n"
        "**Seventy-eighth session**\n\n## Resolution adopted by the General Assembly on 4 December 2023\n\n"
        "[on the report of the First Committee (A/78/407, para. 15)]\n\n## 78/20. Reducing space threats\n\n"
        "The General Assembly,\n\n*Recalling* its resolution 75/36,\n\n23-24977 (E)\n\n2/4\n\n"
        "1. *Welcomes* the deliberations;\n2. *Decides* to remain seized of the matter.\n"
    )
    model = resconv.read(text, format="markdown")
    assert (model.meta.symbol, model.meta.session, model.meta.committee) == (
        "A/RES/78/20",
        78,
        "firstCommittee",
    )
    assert len(model.preamble) == 1
    assert [p.number for p in operative_paragraphs(model)] == ["1", "2"]


def test_pandoc_wrapped_markdown_breaks_paragraphs_only_at_blank_lines() -> None:
    """pandoc wraps at 72 columns: a wrapped line that opens with a leading phrase, a label or a
    roman numeral continues its paragraph, and a note definition's indented lines stay with it."""
    filler = "в целях содействия устойчивому развитию и укреплению сотрудничества,"
    text = (
        "## 75/1. Сотрудничество\n\nГенеральная Ассамблея,\n\n"
        f"*ссылаясь* на свою резолюцию 74/2,[^1]\n{filler}\n"
        "подчеркивая важность этой работы для всех государств-членов и в этой\n"
        f"связи {filler}\n\n"
        f"*признавая* важность этой работы\n{filler}\n{filler}\n\n"
        f"1.  *призывает* государства\n{filler}\n{filler} в том числе пункт 3,\n"
        "b) резолюции 74/2, и просит Генерального секретаря представить доклад;\n\n"
        f"2.  *постановляет*\n{filler}\n{filler}\n{filler}\n{filler}\n\n"
        "[^1]: Резолюция 69/283, приложение\n    II.\n"
    )
    model = resconv.read(text, format="markdown")
    assert [p.phrase for p in model.preamble] == ["ссылаясь", "признавая"]
    assert [p.number for p in operative_paragraphs(model)] == ["1", "2"]
    assert operative_paragraphs(model)[0].subparagraphs == []
    assert plain_text(model.footnotes[0].text) == "Резолюция 69/283, приложение II."
    assert not any(isinstance(block, Heading) for block in model.operative)


def test_one_paragraph_per_line_markdown_still_breaks_at_leading_phrases() -> None:
    """Converted-from-PDF Markdown with a whole paragraph on each line keeps the phrase rule."""
    text = (
        "## 75/1. Сотрудничество\n\nГенеральная Ассамблея,\n\n"
        "ссылаясь на свою резолюцию 74/2 о сотрудничестве,\n"
        "признавая важность этой работы,\n\n"
        "1. призывает государства продолжать работу;\n2. постановляет продолжить рассмотрение.\n"
    )
    model = resconv.read(text, format="markdown")
    assert [p.phrase for p in model.preamble] == ["ссылаясь", "признавая"]


def test_russian_recital_cut_after_a_comma_by_a_page_break_goes_on() -> None:
    """A converter's page break right after a recital's comma: the lower-case block after it opens
    with no gerund and no word a known phrase opens with, so it is the rest of that recital; a
    block opening with a gerund or an adverb the lists lack ("сожалея", "глубоко") is a recital of
    its own, one opening with a participle ("содержащуюся") is not."""
    text = (
        "## 76/25. Нравственные императивы\n\nГенеральная Ассамблея,\n\n"
        "_напоминая_ о насущной потребности построения и сохранения мира,\n\n"
        "свободного от ядерного оружия, а также всех связанных с этим инициатив,\n\n"
        "сожалея о том, что прогресс по-прежнему ограничен,\n\n"
        "глубоко сожалея о том, что прогресс по-прежнему ограничен,\n\n"
        "_принимая к сведению_ рекомендацию Комиссии международного права,\n\n"
        "содержащуюся в пункте 37 ее доклада,\n\n"
        "1. призывает государства продолжать работу;\n2. постановляет продолжить рассмотрение.\n"
    )
    model = resconv.read(text, format="markdown")
    phrases = [p.phrase for p in model.preamble]
    assert phrases == ["напоминая", "сожалея", "глубоко сожалея", "принимая к сведению"]
    assert "сохранения мира, свободного от ядерного" in plain_text(model.preamble[0].text)
    assert plain_text(model.preamble[3].text).endswith("права, содержащуюся в пункте 37 ее доклада,")


def test_markdown_converted_page_by_page_from_a_pdf() -> None:
    """pymupdf4llm-style Markdown: job number, barcode, running header of symbol and short title,
    "2/2" page numbers, notes under a rule as "[1 text](url)" and "2 [text](url)", references as
    "[1]", and a preambular paragraph cut by the page break."""
    model = resconv.read(FIXTURES / "en-pymupdf.md")
    meta = model.meta
    assert (meta.symbol, meta.committee, meta.meeting) == ("A/RES/79/999", "fourthCommittee", 45)
    assert model.meta.title == "Cooperation between the United Nations and regional organizations"
    assert [p.phrase for p in model.preamble] == ["Recalling", "Noting"]
    operative = [(p.number, p.phrase) for p in operative_paragraphs(model)]
    assert operative == [("1", "Welcomes"), ("2", "Decides")]
    assert [(f.marker, plain_text(f.text)) for f in model.footnotes] == [
        ("1", "Resolution 55/2."),
        ("2", "A/79/100."),
    ]
    assert _notes_by_block(model) == {"p1": ["1"], "p2": ["2"]}
    recalling = plain_text(model.preamble[0].text)
    assert recalling.endswith(
        "must be shared among the nations of the world and should be exercised multilaterally,"
    )
    texts = [p.text for p in model.preamble] + [p.text for p in operative_paragraphs(model)]
    everything = " ".join(plain_text(text) for text in texts)
    for furniture in ("24-99999", "2499999", "A/RES/79/999", "2/2"):
        assert furniture not in everything


def test_masthead_symbol_spaced_as_pymupdf_prints_it() -> None:
    """PyMuPDF sets the masthead's "A" and "/RES/79/999" in two sizes and prints "A /RES/79/999";
    the running headers of the symbol are still found and dropped."""
    text = (FIXTURES / "en-pymupdf.md").read_text(encoding="utf-8")
    spaced = text.replace("# United Nations A/RES/79/999", "# United Nations A /RES/79/999", 1)
    assert spaced != text
    model = resconv.read(spaced.encode("utf-8"), format="markdown")
    assert model.meta.symbol == "A/RES/79/999"
    assert [p.phrase for p in model.preamble] == ["Recalling", "Noting"]
    texts = [p.text for p in model.preamble] + [p.text for p in operative_paragraphs(model)]
    assert "A/RES/79/999" not in " ".join(plain_text(text) for text in texts)


_PYMUPDF_DRAFT = """\
# United Nations A /C.3/79/L.99

Distr.: Limited
# **General Assembly**

1 November 2024

Original: English

**Seventy-ninth session**
**Third Committee**

Agenda item 27
**Social development**

**Chile and Norway:**       - **draft resolution**

**Mountain water**

_The General Assembly_,

_Recalling_ its resolution 78/2,

1. _Decides_ to remain seized of the matter.
"""


def test_draft_symbol_spaced_as_pymupdf_prints_it() -> None:
    """ "A /C.3/79/L.99" in a draft's masthead is the draft's symbol, and it is a draft."""
    meta = resconv.read(_PYMUPDF_DRAFT.encode("utf-8"), format="markdown").meta
    assert (meta.symbol, meta.stage, meta.committee) == ("A/C.3/79/L.99", "draft", "thirdCommittee")
    assert meta.sponsors == ["Chile", "Norway"]


_PYMUPDF_128_DRAFT = """\
A/C.3/79/L.98

United Nations

# **General Assembly**

Distr.: Limited 1 November 2024

Original: English

**Seventy-ninth session Third Committee**

Agenda item 27 **Social development**

**Chile:** * **draft resolution**

## **Mountain water**

_The General Assembly_ ,

_Recalling_ its resolution 78/2,<sup>1</sup>

- On behalf of the States Members of the United Nations that are members of the Group of Friends.

> 1  Resolution 78/2.

24-99998 (E)    011124 **_*2499998*_**

**A/C.3/79/L.98**

_Noting_ the report of the Secretary-General,2 of 2024

1. _Decides_ to remain seized of the matter.

2 A/79/101.

24-99998

**2/2**
"""


def test_pymupdf4llm_notes_with_no_rule_and_session_with_committee() -> None:
    """pymupdf4llm 1.28 prints no footnote rule: a page's notes are lines opening with a number the
    text referred to ("<sup>1</sup>", or a figure set against a word, "Secretary-General,2"), before
    the page's footer; the sponsors' note is a list item before the first; the session and the
    Main Committee share one bold line."""
    model = resconv.read(_PYMUPDF_128_DRAFT.encode("utf-8"), format="markdown")
    meta = model.meta
    assert (meta.session, meta.committee, meta.sponsors) == (79, "thirdCommittee", ["Chile"])
    assert meta.sponsors_note.startswith("On behalf of the States Members")
    assert [p.phrase for p in model.preamble] == ["Recalling", "Noting"]
    assert [(f.marker, plain_text(f.text)) for f in model.footnotes] == [
        ("1", "Resolution 78/2."),
        ("2", "A/79/101."),
    ]
    assert [(p.number, p.phrase) for p in operative_paragraphs(model)] == [("1", "Decides")]


_LINE_BY_LINE = """\
# Организация Объединенных Наций A /RES/79/998 Генеральная Ассамблея Distr.: General

**Семьдесят девятая сессия**
Пункт 20 повестки дня

## **Резолюция, принятая Генеральной Ассамблеей 4 декабря 2024 года**

**79/998.** **Горные воды**

_Генеральная Ассамблея_,


_ссылаясь_ на свою резолюцию 78/2 об охране горных вод, в которой она
предложила государствам-членам делиться опытом, накопленным в области
управления ледниками,


_будучи обеспокоена_ тем, что отступление ледников угрожает водоснабжению и
средствам к существованию людей, живущих ниже по течению, в частности в

наименее развитых странах, а также в горных районах, где нет других
источников воды, помимо талых вод, и в прибрежных районах на островах,

включая малые островные развивающиеся государства, которые зависят от
дождевой воды и не имеют запасов пресной воды на случай засухи, и

учитывая при этом потребности горных общин в чистой воде и энергии для
ведения хозяйства,


_отмечая_ работу, проделанную организациями системы Организации
Объединенных Наций в поддержку наиболее пострадавших стран, и в этой
связи приветствуя усилия региональных организаций по сбору данных о
состоянии ледников и о запасах воды в горных районах, которые служат
основой для принятия решений на национальном и местном уровнях,


1. _рекомендует_ государствам-членам сотрудничать в наблюдении за ледниками
и обмениваться данными об отступлении льда и о состоянии их водных

ресурсов в соответствии со своим национальным законодательством;


2. _постановляет_ включить в предварительную повестку дня своей
восьмидесятой сессии пункт, озаглавленный «Горные воды».


_52-е пленарное заседание_
_4 декабря 2024 года_
"""


def test_markdown_converted_line_by_line_breaks_paragraphs_where_spacing_varied() -> None:
    """pymupdf4llm keeps the PDF's lines and puts a blank line wherever the spacing varied, inside a
    paragraph too; its emphasis of leading phrases tells where paragraphs start, so "включая ..."
    and "учитывая при этом ..." go on the paragraph before them."""
    model = resconv.read(_LINE_BY_LINE.encode("utf-8"), format="markdown")
    assert [p.phrase for p in model.preamble] == ["ссылаясь", "будучи обеспокоена", "отмечая"]
    assert plain_text(model.preamble[1].text).endswith("в чистой воде и энергии для ведения хозяйства,")
    operative = operative_paragraphs(model)
    assert [(p.number, p.phrase) for p in operative] == [("1", "рекомендует"), ("2", "постановляет")]
    assert "о состоянии их водных ресурсов в соответствии" in plain_text(operative[0].text)
    assert (model.meta.meeting, model.meta.symbol) == (52, "A/RES/79/998")


def test_one_paragraph_a_line_keeps_its_blank_line_breaks() -> None:
    """Markdown with a paragraph on each line (the seed's shape) has no printed lines: a paragraph
    whose phrase was left plain still starts where its Markdown paragraph does."""
    one_a_line = "\n\n".join(" ".join(block.split("\n")) for block in _LINE_BY_LINE.split("\n\n"))
    plain = one_a_line.replace("_отмечая_ работу", "отмечая работу")
    model = resconv.read(plain.encode("utf-8"), format="markdown")
    phrases = [p.phrase for p in model.preamble]
    assert phrases == ["ссылаясь", "будучи обеспокоена", "включая", "учитывая", "отмечая"]


def test_markdown_from_pymupdf4llm_layout_mode() -> None:
    """pymupdf4llm 1.x joins each paragraph onto one line and prints the page's notes its own way:
    the first note on the rule's line ("**____** 1 Resolution 55/2."), others quoted ("> 2 ..."),
    above the rule too, several on one line, the rule quoted or as a heading; the running title on
    one long bold line; the agenda title on the agenda item's line; the number and title as a list
    item; a short numbered paragraph, or the end of one a page cut, as a heading; two recitals on
    one line; meeting and date on one closing line; place-holders for the page's pictures."""
    model = resconv.read(FIXTURES / "en-pymupdf-layout.md")
    meta = model.meta
    assert (meta.symbol, meta.committee, meta.meeting, meta.adopted_on) == (
        "A/RES/79/997",
        "fourthCommittee",
        45,
        dt.date(2024, 12, 5),
    )
    title = "Cooperation between the United Nations and regional and subregional organizations in the"
    assert [(item.number, item.title) for item in meta.agenda_items] == [
        ("12", f"{title} protection of mountain water and glaciers")
    ]
    assert [p.phrase for p in model.preamble] == ["Recalling", "Noting", "Welcoming"]
    assert plain_text(model.preamble[0].text).endswith("should be exercised multilaterally,")
    assert plain_text(model.preamble[1].text).endswith("the outcome of the Conference,")
    operative = [(p.number, p.phrase, len(p.subparagraphs)) for p in operative_paragraphs(model)]
    assert operative == [("1", "Welcomes", 0), ("2", "Decides", 2), ("3", "Also decides", 0)]
    assert [(f.marker, plain_text(f.text)) for f in model.footnotes] == [
        ("1", "Resolution 55/2."),
        ("2", "A/79/100."),
        ("3", "See resolution 77/1, annex."),
    ]
    assert _notes_by_block(model) == {"p1": ["1"], "p2": ["2", "3"]}
    assert model.meta.resolution_number == "79/997"


_WRAPPED_RECITALS = [
    "*Recognizing* the need for flexible, practical and innovative approaches towards reviewing the "
    "options for self-determination for the peoples of the Territories, with a view to implementing "
    "the plan of action for the Decade,",
    "*Reiterating* the importance of the dissemination of information as an instrument for "
    "furthering the aims of the Declaration, and mindful of the role of world public opinion in "
    "assisting the peoples of the Territories,",
    "*Recognizing* the role played by the administering Powers in transmitting information to the "
    "Secretary-General, in accordance with the terms of Article 73 e of the Charter of the United "
    "Nations,",
    "Aware of the role of non-governmental organizations in the dissemination of information on "
    "decolonization,",
]
_WRAPPED_OPERATIVE = [
    "6.  *Requests* the Department of Global Communications to webcast the formal meetings of the "
    "Special Committee;",
    "7.  *Requests* all States, including the administering Powers, to accelerate the dissemination "
    "of information referred to in paragraph 2 above;",
    "8.  *Requests* the Special Committee to continue to examine this question and to report to the "
    "General Assembly at its next session on the implementation of the present resolution.",
]


def test_markdown_wrapped_at_a_column_keeps_its_paragraphs() -> None:
    """pandoc wraps at 72 columns, mid-sentence, but puts blank lines only between paragraphs: a
    recital whose phrase is plain there is still one ("Aware of ..."), after a long line too."""
    recitals = [textwrap.fill(recital, 72) for recital in _WRAPPED_RECITALS]
    operative = [textwrap.fill(paragraph, 72, subsequent_indent="    ") for paragraph in _WRAPPED_OPERATIVE]
    text = "The General Assembly,\n\n" + "\n\n".join(recitals + operative) + "\n"
    model = resconv.read(text.encode("utf-8"), format="markdown")
    assert [p.phrase for p in model.preamble] == ["Recognizing", "Reiterating", "Recognizing", "Aware"]
    assert [p.number for p in operative_paragraphs(model)] == ["6", "7", "8"]


def test_a_quoted_line_opening_with_a_number_is_no_note() -> None:
    """ "> 12 members ..." quotes an amended rule; the paragraphs after it stay paragraphs."""
    text = (
        "The General Assembly,\n\n*Recalling* its rules of procedure,\n\n"
        "1. *Decides* to amend rule 1 to read:\n\n> 12 members of the Committee shall form a quorum\n\n"
        "2. *Requests* the Secretary-General to report;\n\n3. *Decides* to remain seized of the matter.\n"
    )
    model = resconv.read(text.encode("utf-8"), format="markdown")
    assert [p.number for p in operative_paragraphs(model)][-2:] == ["2", "3"]
    assert not model.footnotes


def test_the_closing_date_before_the_footer_is_no_note() -> None:
    """A line opening with a number the text referred to, before the page's footer, may be a note
    printed with no rule (pymupdf4llm 1.28); "14 December 2020" after note 23 is the closing date."""
    notes = "\n".join(f"{n} Resolution 70/{n}." for n in range(1, 24))
    references = " ".join(f"resolution 70/{n},[{n}]" for n in range(1, 24))
    text = (
        f"The General Assembly,\n\n*Recalling* {references}\n\n**_____________**\n\n{notes}\n\n"
        "20-99999 (E)\n\n**2/2**\n\n1. *Decides* to remain seized of the matter.\n\n"
        "*50th plenary meeting*\n\n14 December 2020\n\n20-99999\n"
    )
    model = resconv.read(text.encode("utf-8"), format="markdown")
    assert [n.marker for n in model.footnotes] == [str(n) for n in range(1, 24)]
    assert (model.meta.meeting, model.meta.adopted_on) == (50, dt.date(2020, 12, 14))


def test_run_on_notes_do_not_split_after_an_abbreviation() -> None:
    """ "Supplement No. 5 (E/2013/25)" inside note 4 is no note 5."""
    text = (
        "The General Assembly,\n\n*Recalling* its resolutions,[4] and the reports,[5]\n\n"
        "**____________**\n\n4 Ibid., Supplement No. 5 (E/2013/25), chap. I. "
        "5 Ibid., Supplement No. 6 (A/75/6).\n"
    )
    notes = resconv.read(text.encode("utf-8"), format="markdown").footnotes
    assert [(n.marker, plain_text(n.text)) for n in notes] == [
        ("4", "Ibid., Supplement No. 5 (E/2013/25), chap. I."),
        ("5", "Ibid., Supplement No. 6 (A/75/6)."),
    ]


def test_markdown_from_pdfminer_style_converters() -> None:
    """markitdown-style Markdown: no markup, justified lines with doubled spaces, and blank lines
    wherever pdfminer lost the thread, even inside a sentence or after a bare number."""
    model, diagnostics = resconv.read_with_diagnostics(FIXTURES / "en-markitdown.md")
    # the adoption heading split over two plain lines ends the agenda item's title
    titles = [item.title for item in model.meta.agenda_items]
    assert titles == ["Mountain partnerships and glacier preservation"]
    assert [p.phrase for p in model.preamble] == ["Recalling further", "Noting", "Welcoming"]
    assert not diagnostics
    assert plain_text(model.preamble[1].text).startswith("Noting that glaciers in many mountain ranges")
    assert not any(isinstance(block, Heading) for block in model.operative)  # "mountain lakes" is no heading
    operative = operative_paragraphs(model)
    assert [(p.number, p.phrase) for p in operative] == [
        ("1", "Encourages"),
        ("2", "Also encourages"),
        ("3", "Requests"),
    ]
    assert plain_text(operative[0].text) == (
        "Encourages Member States to strengthen monitoring networks for high mountain lakes in "
        "cooperation with regional centres and the World Meteorological Organization;"
    )
    assert _notes_by_block(model) == {"p2": ["1"]}


def test_warnings_name_the_true_line_after_page_furniture_is_dropped() -> None:
    text = (FIXTURES / "en-markitdown.md").read_text(encoding="utf-8").replace("Welcoming", "Zorblaxing")
    line = text.split("\n").index(
        "Zorblaxing  the  work  of  regional  centres  in  monitoring  high-altitude  lakes,"
    )
    _, diagnostics = resconv.read_with_diagnostics(text, format="markdown")
    assert [(d.line, d.message) for d in diagnostics] == [
        (line + 1, "preambular paragraph 3: no known leading phrase (took “Zorblaxing”)")
    ]


def test_draft_masthead_sponsors_and_committee_from_converted_text() -> None:
    text = (
        "United Nations A/C.3/79/L.99\nGeneral Assembly Distr.: Limited\n1 November 2024\n\n"
        "Seventy-ninth session\nThird Committee\nAgenda item 12\nCooperation between the United Nations\n"
        "and regional organizations\n\nChile, Ghana and Norway:* draft resolution\n\n"
        "Cooperation between the United Nations and regional organizations\n\n"
        "The General Assembly,\n\nRecalling its resolution 78/1,\n\n1. Welcomes the cooperation;\n"
    )
    model = resconv.read(text, format="markdown")
    assert model.meta.stage == "draft"
    assert model.meta.sponsors == ["Chile", "Ghana", "Norway"]
    assert model.meta.committee == "thirdCommittee"
    title = "Cooperation between the United Nations and regional organizations"
    assert model.meta.agenda_items[0].title == title
    assert model.meta.title == title


def test_bold_section_heading_wrapped_over_three_lines() -> None:
    """pymupdf4llm keeps the narrow column of a section heading: three bold lines, not a paragraph."""
    text = (
        "**79/997.** **Revitalization of the work of the General Assembly**\n\n"
        "_The General Assembly_,\n\n_Recalling_ its previous resolutions,\n\n"
        "1. _Welcomes_ the report of the Ad Hoc Working Group;\n\n"
        "**Strengthening the accountability, transparency and**\n"
        "**institutional memory of the Office of the President**\n"
        "**of the General Assembly**\n\n"
        "2. _Emphasizes_ the important role of the President of the General Assembly;\n"
    )
    model = resconv.read(text, format="markdown")
    headings = [plain_text(block.text) for block in model.operative if isinstance(block, Heading)]
    assert headings == [
        "Strengthening the accountability, transparency and institutional memory of the Office of "
        "the President of the General Assembly"
    ]
    numbered = [(p.number, p.phrase) for p in operative_paragraphs(model)]
    assert numbered == [("1", "Welcomes"), ("2", "Emphasizes")]


_GLUED_MARKS = {
    # a two-digit superscript mark read with its note as one word: "[12See ...](url)"
    "two digits": (
        {"[1 Resolution 55/2.]": "[11Resolution 55/2.]", "2 [A/79/100.]": "12[A/79/100.]"},
        [("11", "Resolution 55/2."), ("12", "A/79/100.")],
    ),
    # a note that opens with a title in quotation marks: "13《小岛屿...》", "14«Доклад ...»"
    "opening quotation mark": (
        {
            "[1 Resolution 55/2.]": "[13“Resolution 55/2.”]",
            "2 [A/79/100.](https://docs.un.org/en/A/79/100)": "14«A/79/100.»",
        },
        [("13", "“Resolution 55/2.”"), ("14", "«A/79/100.»")],
    ),
}


@pytest.mark.parametrize("case", _GLUED_MARKS, ids=str)
def test_note_marks_glued_to_their_text(case: str) -> None:
    """pymupdf4llm prints a note's mark with no space before its text."""
    replacements, notes = _GLUED_MARKS[case]
    text = (FIXTURES / "en-pymupdf.md").read_text(encoding="utf-8")
    for old, new in replacements.items():
        text = text.replace(old, new)
    (first, _), (second, _) = notes
    text = text.replace("[1]", f"[{first}]").replace("[2]", f"[{second}]")
    model = resconv.read(text, format="markdown")
    assert [(f.marker, plain_text(f.text)) for f in model.footnotes] == notes
    assert _notes_by_block(model) == {"p1": [first], "p2": [second]}


def test_unicode_superscripts_are_note_marks_but_not_a_units_square() -> None:
    text = (
        "A/RES/79/1\n\n79/1. Oceans\n\nThe General Assembly,\n\n"
        "*Noting* that the reserve covers 10 000 km² and holds 50 m³ of water,¹\n\n"
        "1. *Decides* to remain seized of the matter.\n\n¹ A/79/100.\n"
    )
    model = resconv.read(text, format="markdown")
    assert (
        plain_text(model.preamble[0].text)
        == "Noting that the reserve covers 10 000 km² and holds 50 m³ of water,"
    )
    assert _notes_by_block(model) == {"p1": ["1"]}
    assert [n.marker for n in model.footnotes] == ["1"]


def test_phrase_emphasised_word_by_word_and_paragraph_cut_before_a_proper_noun() -> None:
    """A justified PDF line makes pymupdf4llm emphasise each word alone ("_Gravement_
    _préoccupée_"); a page break may cut a paragraph just before a capitalised name."""
    text = (
        "**79/996.** **Promotion du multilatéralisme**\n\n_L’Assemblée générale_,\n\n"
        "_Rappelant_ sa résolution 78/26 et le Cadre de\n\n"
        "Sendai pour la réduction des risques de catastrophe,\n\n"
        "_Gravement_ _préoccupée_ par l’érosion continue du multilatéralisme,\n\n"
        "1. _Réaffirme_ le multilatéralisme ;\n"
    )
    model = resconv.read(text, format="markdown")
    assert [p.phrase for p in model.preamble] == ["Rappelant", "Gravement préoccupée"]
    recalling = plain_text(model.preamble[0].text)
    assert recalling.endswith("le Cadre de Sendai pour la réduction des risques de catastrophe,")


def test_page_breaks_after_a_comma_and_a_note_carried_to_the_next_page() -> None:
    """Page by page Markdown: paragraphs cut after a comma go on in lower case past a bold running
    title that itself ends with a comma, and a long note goes on under the next page's rule."""
    model = resconv.read(FIXTURES / "en-pymupdf-pages.md")
    assert [p.phrase for p in model.preamble] == ["Recalling", "Noting"]
    assert plain_text(model.preamble[0].text).endswith(
        "of 10 December 1982, and the Agreement on marine biological diversity,"
    )
    operative = operative_paragraphs(model)
    assert [(p.number, p.phrase) for p in operative] == [("1", "Welcomes"), ("2", "Decides")]
    assert plain_text(operative[0].text).endswith("States Parties, in particular small island States;")
    assert [(f.marker, plain_text(f.text)) for f in model.footnotes] == [
        (
            "1",
            "United Nations, Treaty Series, vol. 1833, No. 31363, and the records of the "
            "meetings of States Parties held in 2023 and 2024.",
        ),
        ("2", "A/79/200."),
    ]


def test_a_note_that_a_converter_split_with_a_blank_line_stays_whole() -> None:
    """pdfminer ends a block where a note wraps ("Supplement No. 53" / "(A/76/53)."); a note
    that stops without its full stop goes on after the blank line, one that ended does not."""
    text = (
        "76/995. Report of the Council\n\nThe General Assembly,\n\n"
        "Recalling its resolution 60/251,1\n\nHaving considered the report of the Council,2\n\n"
        "Takes note of the report of the Council.\n\n_______________\n\n"
        "1  Official Records of the General Assembly, Seventy-sixth Session, Supplement No. 53\n\n"
        "(A/76/53).\n\n2  A/76/1.\n\n21-19171 (E)\n"
    )
    model = resconv.read(text, format="markdown")
    assert [(f.marker, plain_text(f.text)) for f in model.footnotes] == [
        (
            "1",
            "Official Records of the General Assembly, Seventy-sixth Session, Supplement No. 53 (A/76/53).",
        ),
        ("2", "A/76/1."),
    ]
    assert [p.phrase for p in operative_paragraphs(model)] == ["Takes note"]


def test_a_phrase_cut_after_its_first_word_is_found_again() -> None:
    """pdfminer: "61. Also" / "takes note of ...": the phrase runs on into the next block."""
    text = (
        "77/995. Budget matters\n\nThe General Assembly,\n\nRecalling its resolution 76/245,\n\n"
        "60. Takes note of the report;\n\n61. Also\n\ntakes note of paragraph 15 of\n\n"
        "the report;\n"
    )
    operative = operative_paragraphs(resconv.read(text, format="markdown"))
    assert [(p.number, p.phrase) for p in operative] == [("60", "Takes note"), ("61", "Also takes note")]
    assert plain_text(operative[1].text) == "Also takes note of paragraph 15 of the report;"


def test_words_set_apart_stay_with_their_paragraph_where_paragraphs_open_in_lower_case() -> None:
    """Russian paragraphs open in lower case, so case cannot tell pdfminer's stray words from a
    paragraph; a few unpunctuated words with no phrase are still no paragraph of their own."""
    text = (
        "75/999. Многосторонность\n\nГенеральная Ассамблея,\n\n"
        "ссылаясь на свою резолюцию 74/55 о содействии многосторонности,\n\nрегулирования\n\n"
        "признавая важность многосторонности,\n\n1. подтверждает свою приверженность;\n\n"
        "свое ежегодно\n\n2. просит Генерального секретаря представить доклад.\n"
    )
    model = resconv.read(text, format="markdown")
    assert [p.phrase for p in model.preamble] == ["ссылаясь", "признавая"]
    assert plain_text(model.preamble[0].text).endswith("многосторонности, регулирования")
    operative = [(p.number, p.phrase) for p in operative_paragraphs(model)]
    assert operative == [("1", "подтверждает"), ("2", "просит")]


def test_chinese_rest_of_a_sentence_set_apart_after_a_comma_stays_with_its_paragraph() -> None:
    """Chinese has no case to tell a piece from a paragraph: after an operative paragraph cut at
    a comma, a block with no phrase is its rest; one that opens with a phrase is a new paragraph."""
    text = (
        "75/999. 会议模式\n\n大会，\n\n回顾其以往各项决议，\n\n"
        "3. 授权会议委员会根据大会第七十五届会议采取的行动，\n\n对联合国2021年订正会议日历作出调整；\n\n"
        "请秘书长提交报告，\n\n4. 回顾其第71/323号决议。\n"
    )
    operative = operative_paragraphs(resconv.read(text, format="markdown"))
    assert [(p.number, p.phrase) for p in operative] == [("3", "授权"), (None, "请"), ("4", "回顾")]
    assert plain_text(operative[0].text).endswith("采取的行动，对联合国2021年订正会议日历作出调整；")


def test_chinese_preambular_paragraph_cut_after_a_character_goes_on() -> None:
    """A Chinese block that a converter cut after a character (no comma) goes on in the next one,
    even when that opens with a digit ("2011年6月" / "17日关于...")."""
    text = (
        "76/999. 人权理事会的报告\n\n大会，\n\n回顾其2006年3月15日第60/251号决议和2011年6月\n\n"
        "17日关于审查人权理事会的第65/281号决议，\n\n又回顾其以往各项决议，\n\n"
        "1. 注意到人权理事会的报告。\n"
    )
    model = resconv.read(text, format="markdown")
    assert [p.phrase for p in model.preamble] == ["回顾", "又回顾"]
    assert plain_text(model.preamble[0].text).endswith("2011年6月17日关于审查人权理事会的第65/281号决议，")


def test_lower_case_pieces_set_apart_by_pdfminer_stay_with_their_paragraph() -> None:
    """markitdown prints the words of a loose justified line as blocks of their own, often after
    the paragraph's end; where paragraphs open with a capital, a block in lower case is no
    paragraph of its own."""
    text = (
        "79/993. Pattern of conferences\n\nThe General Assembly,\n\n"
        "Recalling its resolution 74/252 of 27 December 2019,\n\nin particular paragraph 5,\n\n"
        "Noting the report of the Committee on Conferences,\n\n"
        "7.\n\nRequests the Secretary-General to bring to the General Assembly at its\n"
        "eightieth session the calendar of conferences;\n\nthe attention of\n\n"
        "8. Also requests the Secretary-General to report thereon.\n"
    )
    model = resconv.read(text, format="markdown")
    assert [p.phrase for p in model.preamble] == ["Recalling", "Noting"]
    assert plain_text(model.preamble[0].text).endswith("27 December 2019, in particular paragraph 5,")
    operative = [(p.number, p.phrase) for p in operative_paragraphs(model)]
    assert operative == [("7", "Requests"), ("8", "Also requests")]


def test_a_short_last_line_set_apart_stays_with_the_paragraph_it_ends() -> None:
    """markitdown puts a blank line after every line: a short last line ("散和裁军的多边谈判；")
    stands apart before the next one-line numbered paragraph, yet it ends the unfinished
    paragraph before it, not the numbered one after it."""
    text = (
        "75/47. 促进裁军和不扩散领域的多边主义\n\n大会，\n\n**回顾**其以往的所有决议，\n\n"
        "3. 敦促所有有关国家以非歧视性和透明的方式参加关于军备管制、不扩\n\n散和裁军的多边谈判；\n\n"
        "4. 着重指出必须保留关于军备管制和裁军及多边论坛的现有协定，这些\n\n"
        "协定体现了为应对人类面临的各种挑战而进行的国际合作和多边谈判的结果；\n"
    )
    paragraphs = operative_paragraphs(resconv.read(text, format="markdown"))
    assert [p.number for p in paragraphs] == ["3", "4"]
    assert plain_text(paragraphs[0].text).endswith("不扩散和裁军的多边谈判；")


def test_chinese_running_title_wrapped_elsewhere_than_in_the_masthead() -> None:
    text = (
        "# 联合国 A/RES/79/992 大会 Distr.: General\n\n3 January 2025\n\n第七十九届会议\n议程项目66\n\n"
        "## 2024 年 12 月 15 日大会决议\n\n"
        "**79/992.** 关于采取具体行动消除种族主义、种族歧视、仇外和相关不\n容忍言行的全球呼吁\n\n大会，\n\n"
        "**回顾**其以往关于全面跟进世界会议的所有决议，\n\n"
        "24-99992 (C)\n\n**A/RES/79/992**\n\n"
        "关于采取具体行动消除种族主义、\n\n种族歧视、仇外和相关不容忍言行的全球呼吁\n\n"
        "**表示深为关切**在享有思想、良心、宗教或信仰自由权利方面新出现的障碍，\n\n"
        "1. **决定**继续审议这一问题。\n"
    )
    model = resconv.read(text, format="markdown")
    assert [p.phrase for p in model.preamble] == ["回顾", "表示深为关切"]
    assert "呼吁" not in plain_text(model.preamble[1].text)


def test_plain_section_heading_over_three_lines_before_a_numbered_paragraph() -> None:
    """markitdown keeps no bold: a short unpunctuated three-line block right before a numbered
    paragraph is still a section heading."""
    text = (
        "79/991. Revitalization of the work of the General Assembly\n\nThe General Assembly,\n\n"
        "Recalling its previous resolutions,\n\n"
        "69. Requests a breakdown of the executive heads of the United Nations system;\n\n"
        "Strengthening the accountability, transparency and\ninstitutional memory of the Office of "
        "the President\nof the General Assembly\n\n"
        "70. Emphasizes the important role of the President of the General Assembly;\n"
    )
    model = resconv.read(text, format="markdown")
    assert [plain_text(b.text) for b in model.operative if isinstance(b, Heading)] == [
        "Strengthening the accountability, transparency and institutional memory of the Office of "
        "the President of the General Assembly"
    ]
    assert [p.number for p in operative_paragraphs(model)] == ["69", "70"]


def test_a_link_spanning_a_printed_line_keeps_its_footnote_marks_in_the_text() -> None:
    """pymupdf4llm makes a whole printed line the text of a link ("[... resolution 43/1 of the
    Council,3 and ...](.../A/HRC/RES/43/1)"): only the symbol is the reference, and the plain
    mark in the rest is the note's point of reference."""
    text = (FIXTURES / "en-pymupdf.md").read_text(encoding="utf-8")
    text = text.replace(
        "_Noting_ the report of the Secretary-General, [2]",
        "_Noting_ [the report of the Secretary-General and Council resolution 43/1,2 and the "
        "outcome of the Conference](https://undocs.org/A/HRC/RES/43/1)",
    )
    model = resconv.read(text, format="markdown")
    noting = model.preamble[1].text
    assert [n.symbol for n in noting if isinstance(n, DocumentRef)] == ["A/HRC/RES/43/1"]
    assert [n.text for n in noting if isinstance(n, DocumentRef)] == ["43/1"]
    assert _notes_by_block(model) == {"p1": ["1"], "p2": ["2"]}
    assert plain_text(noting).endswith("resolution 43/1, and the outcome of the Conference")


def test_a_note_mark_alone_on_its_line_and_a_running_title_of_five_lines() -> None:
    """pymupdf4llm may print a note's mark on a line of its own, the text on the next; a long
    title runs over five lines of the running header, each a paragraph of its own."""
    text = (FIXTURES / "en-pymupdf.md").read_text(encoding="utf-8")
    text = text.replace("[1 Resolution 55/2.](https://docs.un.org/en/A/RES/55/2)", "1\n[Resolution 55/2.](#)")
    long_title = "Cooperation between the United Nations and regional organizations"
    header = "**Cooperation between the United Nations**\n\n**and regional organizations**"
    assert text.count(header) == 1  # the running header of page 2
    head, tail = text.split(header)
    five_lines = "\n\n".join(
        f"**{part}**"
        for part in ("Cooperation", "between the", "United", "Nations and", "regional organizations")
    )
    model = resconv.read(head + five_lines + tail, format="markdown")
    assert model.meta.title == long_title
    assert [(f.marker, plain_text(f.text)) for f in model.footnotes] == [
        ("1", "Resolution 55/2."),
        ("2", "A/79/100."),
    ]
    assert [p.phrase for p in model.preamble] == ["Recalling", "Noting"]
    assert plain_text(model.preamble[0].text).endswith("should be exercised multilaterally,")
    assert not [b for b in model.operative if isinstance(b, Heading)]


def test_plain_running_title_ending_with_the_titles_comma_on_every_page() -> None:
    """markitdown keeps no bold: a running title line that ends with the comma the title has there
    is still page furniture when the pages print it alike, and a paragraph cut by the page break
    goes on past it."""
    title = "A global call for action against racism, racial discrimination,\nxenophobia and intolerance"
    header = "A/RES/79/993\n\n" + title
    text = (
        "United Nations A/RES/79/993\n\nGeneral Assembly Distr.: General\n\n"
        "Resolution adopted by the General Assembly on 15 December 2024\n\n"
        f"79/993. {title}\n\nThe General Assembly,\n\n"
        "Recalling its previous resolutions,\n\n"
        "1. Requests the Secretary-General to submit a report on the\n\n"
        f"24-99993\n\n2/4\n\n{header}\n\n"
        "implementation of the present resolution;\n\n"
        "2. Invites the Member States to act;\n\n"
        f"24-99993\n\n4/4\n\n{header}\n\n"
        "3. Decides to remain seized of the matter.\n"
    )
    model = resconv.read(text, format="markdown")
    paragraphs = operative_paragraphs(model)
    expected = [("1", "Requests"), ("2", "Invites"), ("3", "Decides")]
    assert [(p.number, p.phrase) for p in paragraphs] == expected
    assert plain_text(paragraphs[0].text).endswith("report on the implementation of the present resolution;")
    assert "racism" not in plain_text(paragraphs[1].text) + plain_text(paragraphs[2].text)


_CHINESE_PAGES = (
    "A/RES/75/231\n\n大会\n\n75/231. 工业发展合作\n\n大会，\n\n回顾其以往各项决议，\n\n"
    "又重申《亚的斯亚贝巴行动议程》，有助于将其执行手段的具体目标与具体政策和行动联\n\n"
    "#### 系起来，并再次作出强有力的政治承诺，\n\n确认伙伴关系的重要性，\n\n"
    "1. 决定紧急审议区域常规军备控制所涉及的各种问题；\n\n"
    "2. 请裁军谈判会议考虑制订可作为区域常规军备控制协议框架的原则，\n\n"
    "并期待裁谈会就此问题提出报告；\n\n3. 决定继续审议这一问题。\n"
)


def test_a_heading_that_ends_as_a_clause_does_is_a_paragraphs_words() -> None:
    """pymupdf4llm made the next page's part of a recital a heading ("#### 系起来，……承诺，"): no
    heading ends with a comma, a semicolon or a colon, and the words go back to their recital."""
    model = resconv.read(_CHINESE_PAGES.encode("utf-8"), format="markdown")
    assert _headings(model) == []
    assert [p.phrase for p in model.preamble] == ["回顾", "又重申", "确认"]
    assert plain_text(model.preamble[1].text).endswith("行动联系起来，并再次作出强有力的政治承诺，")


def test_a_numbered_paragraph_that_stops_at_a_comma_goes_on_in_the_next_block() -> None:
    """ "2. 请……的原则，" / "并期待裁谈会……；": a numbered paragraph never ends with a comma,
    though "并" + "期待" reads like a phrase of its own."""
    paragraphs = operative_paragraphs(resconv.read(_CHINESE_PAGES.encode("utf-8"), format="markdown"))
    assert [(p.number, p.phrase) for p in paragraphs] == [("1", "决定"), ("2", "请"), ("3", "决定")]
    assert plain_text(paragraphs[1].text).endswith("协议框架的原则，并期待裁谈会就此问题提出报告；")


def test_an_authored_heading_may_end_with_a_colon() -> None:
    """Converted Markdown's heading ending with a colon is a paragraph's opening; a heading in
    authored Markdown (front matter) is as written, and so reads back from the Markdown writer."""
    text = (
        "---\nsymbol: A/RES/79/318\nlanguage: en\n---\n\n*The General Assembly*,\n\n"
        "*Recalling* its resolution 78/132,\n\n1. *Encourages* Member States to protect cables;\n\n"
        "### Measures to be taken by Member States:\n\n2. *Decides* to continue.\n"
    )
    expected = [("", "Measures to be taken by Member States:")]
    assert _headings(resconv.read(text, format="markdown")) == expected


def test_a_phrase_after_a_numbered_paragraph_that_stops_at_a_comma_opens_a_paragraph() -> None:
    """ "1. Welcomes …," / "Decides …": a known phrase opens a paragraph whose number was lost; only a
    block with none ("并期待……") is the numbered paragraph's rest."""
    text = (
        "A/RES/75/1\n\nGeneral Assembly\n\n75/1. Cooperation\n\nThe General Assembly,\n\n"
        "Recalling its resolutions,\n\n1. Welcomes the report of the Secretary-General,\n\n"
        "Decides to continue its consideration of the matter.\n"
    )
    blocks = [p for p in resconv.read(text, format="markdown").operative if isinstance(p, OperativeParagraph)]
    assert [(p.number, p.phrase) for p in blocks] == [("1", "Welcomes"), (None, "Decides")]


def _headings(model: Resolution) -> list[tuple[str, str]]:
    return [(block.num, plain_text(block.text)) for block in model.operative if isinstance(block, Heading)]


@pytest.mark.parametrize(
    ("code", "letters"),
    [("en", ("A", "B.")), ("ru", ("A", "B")), ("ar", ("ألف", "باء"))],
)
def test_a_subsection_letter_over_its_title_numbers_the_heading(code: str, letters: tuple[str, str]) -> None:
    """Budget and common-system resolutions letter the subsections of a section ("A" over "Base
    salary scale"; Arabic spells the letter out, "ألف"): the letter is the heading's number, as
    the UN's AKN has it and as the Markdown writer prints it, a heading line of its own."""
    phrase = {"en": "Approves", "ru": "утверждает", "ar": "تقرر"}[code]
    text = (
        f"---\nsymbol: A/RES/75/245\nlanguage: {code}\n---\n\n"
        f"### Conditions of service\n\n### {letters[0]}\n\n### Base salary scale\n\n"
        f"1. {phrase} the scale;\n\n### {letters[1]}\n\n### Danger pay\n\n2. {phrase} the pay.\n"
    )
    model = resconv.read(text, format="markdown")
    assert _headings(model) == [
        ("", "Conditions of service"),
        (letters[0].rstrip("."), "Base salary scale"),
        (letters[1].rstrip("."), "Danger pay"),
    ]
    again = resconv.read(resconv.render(model, "markdown"), format="markdown")
    assert _headings(again) == _headings(model)


def test_a_one_letter_title_under_a_section_numeral_stays_its_title() -> None:
    """ "### I" over "### Y": a numeral waiting for its title takes a lone capital as that title
    (found by the round-trip property test), not as a subsection's letter."""
    text = "---\nsymbol: A/RES/1/1\nlanguage: es\n---\n\n### I\n\n### Y\n\n1. *Acoge* los;\n"
    assert _headings(resconv.read(text, format="markdown")) == [("I", "Y")]


def test_a_front_matter_date_the_calendar_lacks_names_its_field_and_line() -> None:
    text = "---\nsymbol: A/RES/80/1\nlanguage: en\nadopted_on: 2025-13-45\n---\nThe General Assembly,\n"
    with pytest.raises(InputError) as caught:
        resconv.read(text.encode(), format="markdown")
    assert caught.value.line == 4 and "adopted_on: month must be in 1..12" in str(caught.value)


def test_a_gap_in_the_paragraph_numbers_is_reported_at_the_paragraph() -> None:
    text = "The General Assembly,\n\n1. *Decides* to remain seized;\n\n3. *Requests* a report.\n"
    _, diagnostics = read_with_diagnostics(text.encode(), format="markdown")
    assert [(d.line, d.message) for d in diagnostics if "follows" in d.message] == [
        (5, "operative paragraph 3 follows 1")
    ]


FRENCH = (
    "## 75/244. Plan des conférences\n\nL’Assemblée générale,\n\n"
    "*Rappelant* ses résolutions antérieures sur le plan des conférences,\n\n"
    "1. *Accueille avec satisfaction* le rapport du Comité des conférences pour 2020;\n\n"
    "2. *Décide* de rester saisie de la question.\n"
)


@pytest.mark.parametrize(
    ("change", "why"),
    [
        (lambda text: text.replace("’", "'"), "a straight apostrophe"),
        (lambda text: unicodedata.normalize("NFD", text), "decomposed letters (macOS)"),
        (
            lambda text: text.replace("Assemblée", "Assem\u00adblée").replace(
                "satisfaction", "satis\u00adfaction"
            ),
            "soft hyphens",
        ),
    ],
)
def test_characters_other_tools_write_read_as_the_printed_ones(
    change: Callable[[str], str], why: str
) -> None:
    expected = resconv.read(FRENCH.encode(), format="markdown")
    changed = resconv.read(change(FRENCH).encode(), format="markdown")
    assert changed.enacting_formula, why
    assert [p.phrase for p in changed.preamble] == [p.phrase for p in expected.preamble], why
    assert [(b.number, b.phrase) for b in changed.operative if isinstance(b, OperativeParagraph)] == [
        ("1", "Accueille avec satisfaction"),
        ("2", "Décide"),
    ], why


def test_emphasis_that_took_its_space_along_is_read_as_the_phrase() -> None:
    """Word-to-Markdown converters write "*Recalling *its": CommonMark closes no emphasis there."""
    text = "The General Assembly,\n\n*Recalling *its resolution 74/252,\n\n1. *Decides *to remain seized.\n"
    model = resconv.read(text.encode(), format="markdown")
    assert [(p.phrase, plain_text(p.text)) for p in model.preamble] == [
        ("Recalling", "Recalling its resolution 74/252,")
    ]
    paragraph = model.operative[0]
    assert isinstance(paragraph, OperativeParagraph)
    assert (paragraph.phrase, plain_text(paragraph.text)) == ("Decides", "Decides to remain seized.")


def test_a_note_wrapped_over_lines_of_its_paragraph_keeps_its_rest() -> None:
    """Markdown wrapped at a column: the note's second line is its own, not the recital's; a
    numbered paragraph right after the note is still a paragraph."""
    recital = "*Having considered* the report of the Commission on the work of its seventy-second session,"
    paragraphs = [
        "The General Assembly,",
        recital
        + " held at Geneva in the summer of the year before last, and its annexes" * 3
        + "<sup>1</sup>",
        "<sup>1</sup> Official Records of the General Assembly, Seventy-sixth Session, Supplement No. 10"
        " (A/76/10).",
        "1. *Welcomes* the conclusion of the work of the Commission on the topic," * 3,
        "2. *Decides* to include the item in the provisional agenda of its next session." * 2,
    ]
    text = "\n\n".join(textwrap.fill(p, 72, break_long_words=False) for p in paragraphs)
    model = resconv.read(text.encode(), format="markdown")
    assert plain_text(model.footnotes[0].text).endswith("Seventy-sixth Session, Supplement No. 10 (A/76/10).")
    assert plain_text(model.preamble[0].text).endswith("and its annexes")
    assert [b.number for b in model.operative if isinstance(b, OperativeParagraph)] == ["1", "2"]


def test_a_line_right_after_a_note_of_unwrapped_markdown_is_body_text() -> None:
    """Converters run paragraphs on without blank lines: what follows a note is not its rest."""
    text = (
        "The General Assembly,\n\n*Recalling* its resolution 75/1,<sup>1</sup>\n\n"
        "<sup>1</sup> Ibid., paras. 39 and 40.\n2. *Expresses* its appreciation;\n"
        "3. *Decides* to remain seized.\n"
    )
    model = resconv.read(text.encode(), format="markdown")
    assert plain_text(model.footnotes[0].text) == "Ibid., paras. 39 and 40."
    assert [b.number for b in model.operative if isinstance(b, OperativeParagraph)] == ["2", "3"]


def test_underscore_emphasis_before_chinese_text_is_the_phrase() -> None:
    """CommonMark closes no "__" inside a word, and Chinese has no space after the phrase."""
    text = "大会，\n\n__回顾__其各项决议，\n\n1. __请__秘书长提交报告。\n"
    model = resconv.read(text.encode(), format="markdown")
    paragraph = model.operative[0]
    assert [p.phrase for p in model.preamble] == ["回顾"]
    assert isinstance(paragraph, OperativeParagraph) and paragraph.phrase == "请"
    assert plain_text(paragraph.text) == "请秘书长提交报告。"


@pytest.mark.parametrize("dot", ["．", "、"])
def test_chinese_paragraph_numbers_with_a_full_width_stop_or_an_enumeration_comma(dot: str) -> None:
    text = f"大会，\n\n**回顾**其各项决议，\n\n１{dot}**请**秘书长提交报告；\n\n２{dot}**决定**继续处理。\n"
    model = resconv.read(text.encode(), format="markdown")
    paragraphs = [b for b in model.operative if isinstance(b, OperativeParagraph)]
    assert [(int(p.number or 0), p.phrase) for p in paragraphs] == [(1, "请"), (2, "决定")]


def test_the_job_number_of_converted_markdown_is_kept() -> None:
    """Page furniture goes before the masthead is read; the footer's job number is read first."""
    text = "20-16859 (E)\n\n## Seventy-fifth session\n\nThe General Assembly,\n\n1. *Decides* to act.\n"
    assert resconv.read(text.encode(), format="markdown").meta.job_number == "20-16859 (E)"


# --------------------------------------------------------------------------- pandoc's CommonMark of a DOCX
# A resolution as ``pandoc -f docx -t commonmark`` writes it: wrapped at 72 columns, a section heading
# as its numeral, a hard line break and its title, notes as "[n]" after the text.
PANDOC_COMMONMARK = """\
The General Assembly,

*Recalling* its previous resolutions on the comprehensive follow-up to the
World Conference against Racism, Racial Discrimination, Xenophobia and
Related Intolerance,[1]

*Reaffirming* its commitment to the full and effective implementation of
the Durban Declaration and Programme of Action,

I\x20\x20
Convention on the Elimination of All Forms of Racial Discrimination

1\\. *Reaffirms* the fundamental importance of universal adherence to the
International Convention on the Elimination of All Forms of Racial
Discrimination and of its full implementation;

2\\. *Calls upon* all States that have not yet done so to accede to the
Convention as a matter of urgency;[2]

VI\x20\x20
Special Rapporteur of the Human Rights Council on contemporary forms of
racism, racial discrimination, xenophobia and related intolerance

3\\. *Welcomes* the work of the Special Rapporteur and takes note of the
report;

[1] See A/CONF.189/12 and A/CONF.189/12/Corr.1,
chap. I.

[2] A/CONF.189/12, para. 191
(b).
"""


def test_pandoc_commonmark_headings_and_notes_wrapped_before_a_label() -> None:
    model = resconv.read(PANDOC_COMMONMARK.encode(), format="markdown")
    headings = [b for b in model.operative if isinstance(b, Heading)]
    assert [h.num for h in headings] == ["I", "VI"]
    assert plain_text(headings[1].text).startswith("Special Rapporteur of the Human Rights Council")
    assert [(p.number, p.phrase, len(p.subparagraphs)) for p in operative_paragraphs(model)] == [
        ("1", "Reaffirms", 0),
        ("2", "Calls upon", 0),
        ("3", "Welcomes", 0),
    ]
    assert [plain_text(n.text) for n in model.footnotes] == [
        "See A/CONF.189/12 and A/CONF.189/12/Corr.1, chap. I.",
        "A/CONF.189/12, para. 191 (b).",
    ]


def test_arabic_tanwin_before_its_alef_reads_as_in_the_text_reader() -> None:
    """Converted Markdown of an Arabic PDF may give the tanwin before its alef ("علمًا"), as
    pdftotext does: both readers put it after, as the UN writes it."""
    text = (
        "A/RES/75/93\n\nالجمعية العامة\n\n75/93 - التعاون الدولي\n\nإن الجمعية العامة،\n\n"
        "وإذ تحيط علمًا بتقرير الأمين العام،\n\n1 - تطلب أيضًا إلى الأمين العام أن يقدم تقريرا.\n"
    )
    model = resconv.read(text.encode("utf-8"), format="markdown")
    assert model.preamble[0].phrase == "وإذ تحيط علماً"
    assert "علمًا" not in plain_text(model.preamble[0].text)


@pytest.mark.parametrize(
    ("language", "formula", "recital", "paragraph"),
    [
        (
            "ru",
            "*Генеральная Ассамблея*,",
            "*ссылаясь* на свои резолюции, *отмечая* в этой связи доклад,",
            "1. *постановляет* продолжить рассмотрение этого вопроса.",
        ),
        (
            "en",
            "*The General Assembly*,",
            "*Recalling* its resolutions, *Noting* in this regard the report,",
            "1. *Decides* to continue its consideration of the question.",
        ),
    ],
)
def test_authored_markdown_runs_no_recitals_on(
    language: str, formula: str, recital: str, paragraph: str
) -> None:
    """A recital of authored Markdown that emphasises a second phrase after a comma stays one
    recital: its paragraphs hold what the model holds (a converter's run-on lines are split)."""
    body = f"{formula}\n\n{recital}\n\n{paragraph}\n"
    authored = resconv.read(f"---\nlanguage: {language}\n---\n\n{body}".encode(), format="markdown")
    converted = resconv.read(f"A/RES/80/1\n\n{body}".encode(), format="markdown")
    assert len(authored.preamble) == 1
    assert len(converted.preamble) == 2
