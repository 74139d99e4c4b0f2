"""PDF writer: checked with poppler (pdfinfo, pdffonts, pdftotext), not by reading our own output back."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from html import unescape
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pdf_fixtures import devset_gold, from_gold, sample_resolution, script_sample

import resconv
from builders import first_page_codes
from resconv.errors import ResconvError
from resconv.formats import WriteOptions
from resconv.language import language
from resconv.model import (
    DocumentRef,
    Emphasis,
    Footnote,
    FootnoteRef,
    Heading,
    Meta,
    OperativeParagraph,
    PreambularParagraph,
    Resolution,
    Subparagraph,
    Text,
    plain_text,
)
from resconv.writers.pdf import parse_timestamp, write
from resconv.writers.pdf_data import document_data, masthead

POPPLER = shutil.which("pdftotext") and shutil.which("pdfinfo") and shutil.which("pdffonts")
needs_poppler = pytest.mark.skipif(
    not POPPLER, reason="poppler-utils (pdftotext/pdfinfo/pdffonts) not installed"
)
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
BIDI_MARKS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f]")


def _pdf(tmp_path: Path, model: Resolution, name: str = "out.pdf", **options: str) -> Path:
    path = tmp_path / name
    path.write_bytes(write(model, options=WriteOptions(**options)))  # type: ignore[arg-type]
    return path


def _run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def _info(path: Path) -> dict[str, str]:
    lines = _run("pdfinfo", str(path)).splitlines()
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in lines)}


def _text(path: Path, first: int | None = None, last: int | None = None) -> str:
    """pdftotext output without bidi marks (poppler's own reading order)."""
    pages = [*(["-f", str(first)] if first else []), *(["-l", str(last)] if last else [])]
    return BIDI_MARKS.sub("", _run("pdftotext", *pages, str(path), "-"))


_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')


def _reading_text(path: Path, rtl: bool) -> str:
    """The words pdftotext finds, read by position: rows top to bottom, words by x (right to left
    for Arabic, whose words poppler reports in visual order). poppler's raw flow may put the last
    line of a short indented paragraph before its first, so paragraph order is checked this way."""
    out: list[str] = []
    for page in _run("pdftotext", "-bbox", str(path), "-").split("<page ")[1:]:
        words = [(float(y0) + float(y1)) / 2 for _, y0, _, y1, _ in _WORD.findall(page)]
        items = sorted(zip(words, _WORD.findall(page), strict=True))
        row: list[tuple[float, str]] = []
        top = None
        for y, (x0, _, x1, _, word) in [*items, (1e9, ("0", "0", "0", "0", ""))]:
            if top is None or y - top > 4:
                out += [w for _, w in sorted(row)]
                row, top = [], y
            text = word[::-1] if rtl and re.search("[\u0600-\u06ff]", word) else word
            row.append((-float(x1) if rtl else float(x0), text))
        out.append("\n")
    return unescape(" ".join(out))


def _tokens(text: str, lang: str) -> list[str]:
    """Comparison units: letters for Arabic (pdftotext splits words at non-joining letters and moves
    embedded numbers) and characters for Chinese; words elsewhere. Punctuation and spacing ignored."""
    text = unicodedata.normalize("NFKC", BIDI_MARKS.sub("", text)).replace("\u2011", "-")
    if lang == "ar":
        return re.findall(r"[\u0621-\u064a\u0671-\u06d3]", text)
    if lang == "zh":
        return [c for c in text if c.isalnum()]
    return re.findall(r"[^\W\d_]+|\d+", text)  # "taken1" (a footnote mark) -> "taken", "1"


def _chunked(doc: str, want: str, first: int, gap: int) -> bool:
    """``want`` occurs in ``doc`` from ``first`` as contiguous chunks of 6+ characters, each starting
    at most ``gap`` characters after the previous one ends (page furniture, footnotes, numbers)."""
    i, pos = 0, first
    while i < len(want):
        size = min(6, len(want) - i)
        idx = doc.find(want[i : i + size], pos, pos + gap + size)
        if idx < 0 or (i == 0 and idx != first):
            return False
        j = i + size
        while j < len(want) and idx + (j - i) < len(doc) and doc[idx + j - i] == want[j]:
            j += 1
        pos, i = idx + (j - i), j
    return True


def _paragraphs(model: Resolution) -> list[str]:
    """Every paragraph of the model as plain text, in reading order."""

    def subs(items: list[Subparagraph]) -> list[str]:
        return [t for s in items for t in (plain_text(s.text), *subs(s.subparagraphs))]

    out = [model.enacting_formula]
    for p in model.preamble:
        out += [plain_text(p.text), *subs(p.subparagraphs)]
    blocks: list[Heading | OperativeParagraph | str] = [*model.operative]
    for annex in model.annexes:
        blocks += [*annex.headings, *annex.blocks]
    for b in blocks:
        if isinstance(b, str):
            out.append(b)
        elif isinstance(b, Heading):
            out += [b.num, plain_text(b.text)]
        else:
            out += [plain_text(b.text), *subs(b.subparagraphs), plain_text(b.wrap_up)]
    return [t for t in out if t.strip()]


def _match(doc: list[str], want: list[str], first: int, limit: int) -> bool:
    """``want`` is a subsequence of ``doc`` starting at ``first`` and spanning at most ``limit``."""
    pos = first
    for token in want[1:]:
        try:
            pos = doc.index(token, pos + 1, first + limit)
        except ValueError:
            return False
    return True


def assert_paragraphs_in_order(pdf: Path, model: Resolution, slack: int = 200) -> None:
    """Each paragraph appears after the previous paragraph's start, its words (characters for Arabic
    and Chinese) in order, interrupted only by page furniture and footnotes."""
    lang = model.meta.language
    doc = _tokens(_reading_text(pdf, rtl=lang == "ar"), lang)
    chars = lang in ("ar", "zh")
    joined = "".join(doc)
    start = 0
    for para in _paragraphs(model):
        want = _tokens(para, lang)
        if not want:
            continue
        if chars:
            key = "".join(want)
            starts = [m.start() for m in re.finditer(re.escape(key[:6]), joined[start:])]
            found = next((start + i for i in starts if _chunked(joined, key, start + i, 6 * slack)), None)
        else:
            candidates = [i for i in range(start, len(doc)) if doc[i] == want[0]]
            found = next((i for i in candidates if _match(doc, want, i, len(want) + slack)), None)
        assert found is not None, f"paragraph missing or out of order after {start}: {para[:70]!r}"
        start = found + 1


@needs_poppler
def test_letter_tagged_with_metadata(tmp_path: Path) -> None:
    info = _info(_pdf(tmp_path, sample_resolution()))
    assert info["Tagged"] == "yes"
    assert info["Page size"].startswith("612 x 792")
    assert info["Title"].startswith("Promotion of multilateralism")
    assert "A/RES/80/40" in info["Subject"] and "A/RES/80/40" in info["Keywords"]
    assert info["Creator"]


@needs_poppler
def test_a4_option(tmp_path: Path) -> None:
    info = _info(_pdf(tmp_path, sample_resolution(), paper="a4"))
    assert info["Page size"].startswith("595.276 x 841.89") or info["Page size"].startswith("595 x 842")


@needs_poppler
@pytest.mark.parametrize("lang", ["en", "fr", "ru", "zh", "ar"])
def test_fonts_embedded_and_text_in_order(tmp_path: Path, lang: str) -> None:
    model = script_sample(lang) if lang in ("zh", "ar") else sample_resolution(lang)
    pdf = _pdf(tmp_path, model)
    rows = _run("pdffonts", str(pdf)).splitlines()[2:]
    assert rows, "no fonts listed"
    assert all(row.split()[-5] == "yes" for row in rows), rows  # the "emb" column
    assert_paragraphs_in_order(pdf, model)
    assert _tokens(plain_text(model.footnotes[0].text), lang)[0] in _tokens(_text(pdf), lang)


@needs_poppler
def test_pdf_language_and_links(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path, script_sample("ar"))
    assert re.search(rb"/Lang\s*\(ar", pdf.read_bytes())
    urls = _run("pdfinfo", "-url", str(_pdf(tmp_path, sample_resolution(), "en.pdf")))
    assert "https://undocs.org/en/A/RES/56/24" in urls  # in the document's language, as the UN links
    assert "https://undocs.org/en/A/80/534" in urls


@needs_poppler
def test_a_lettered_part_prints_its_letter_and_its_own_title_under_the_title(tmp_path: Path) -> None:
    """As the UN prints it: "80/40. Title", "B" on a line of its own, then the part's title."""
    model = sample_resolution()
    model.meta.part, model.meta.part_title = "B", "Transparency in armaments"
    text = " ".join(_text(_pdf(tmp_path, model), 1, 1).split())
    lines = f"{model.meta.resolution_number}. {model.meta.title} B Transparency in armaments"
    assert text.index(lines) < text.index(model.enacting_formula or "The General Assembly")


@needs_poppler
def test_arabic_reference_prints_in_reading_order(tmp_path: Path) -> None:
    """Guard: a resolution number, set in a box of its own, is a left-to-right run inside
    right-to-left text ("42/220"). The reader joins the pieces the UN's files split it into; the
    box of each piece printed them as "220/42" (tests/readers/test_akn.py)."""
    model = script_sample("ar")
    model.operative[0].text.append(DocumentRef(text="42/220", symbol="A/RES/42/220"))
    assert "42/220" in _text(_pdf(tmp_path, model))


@needs_poppler
def test_arabic_words_extract_whole(tmp_path: Path) -> None:
    """Kerning tucked ya under ra so far that pdftotext read "البشر ية" and "أبر يل"."""
    model = script_sample("ar")
    model.operative[0].text.append(Text(text=" إدارة الموارد البشرية في 18 نيسان/أبريل 2023"))
    text = _text(_pdf(tmp_path, model))
    assert "البشرية" in text and "أبريل" in text


@needs_poppler
def test_masthead_headers_and_closing(tmp_path: Path) -> None:
    model = sample_resolution()
    pdf = _pdf(tmp_path, model)
    pages = int(_info(pdf)["Pages"])
    first = _text(pdf, 1, 1)
    for line in (
        "United Nations",
        "General Assembly",
        "Distr.: General",
        "3 December 2025",
        "Eightieth session",
        "Agenda item 99 (s)",
        "Resolution adopted by the General Assembly",
        "on the report of the First Committee",
        "80/40.",
        "25-19833 (E)",
    ):
        assert line in first, line
    assert pages >= 2
    second = _text(pdf, 2, 2)
    assert f"2/{pages}" in second and "A/RES/80/40" in second and "25-19833" in second
    last = _text(pdf, pages, pages)
    assert "Oath of office" in last and "52nd plenary meeting" not in last  # annex on its own page
    body = _text(pdf)
    closing = body.index("52nd plenary meeting")
    assert body.index("remain seized") < closing < body.index("1 December 2025", closing) < body.index("Oath")


@needs_poppler
@pytest.mark.parametrize("lang", ["en", "ar", "zh"])
def test_first_page_barcode_and_qr_code_scan(tmp_path: Path, lang: str) -> None:
    """An independent reader (zxing-cpp, on poppler's image of page 1) scans what the UN's pages
    carry: the job number's digits in Code 39 and the document's address in the QR code."""
    model = sample_resolution(lang)
    codes = first_page_codes(_pdf(tmp_path, model), tmp_path)
    # docs.un.org takes the ISO code, "zh" too (undocs.org links in earlier files say "ch")
    assert codes == {"Code39": "2519833", "QRCode": f"https://docs.un.org/{lang}/A/RES/80/40"}


@needs_poppler
def test_first_page_without_job_number_or_symbol_prints_no_code(tmp_path: Path) -> None:
    model = sample_resolution()
    model.meta.job_number = ""  # an adopted resolution whose text lost its job number: still issued
    codes = first_page_codes(_pdf(tmp_path, model, "no-job.pdf"), tmp_path)
    assert codes == {"QRCode": "https://docs.un.org/en/A/RES/80/40"}
    draft = sample_resolution(draft=True)
    draft.meta.job_number = ""  # a draft not issued yet: no code that would lead to another document
    pdf = _pdf(tmp_path, draft, "draft.pdf")
    assert first_page_codes(pdf, tmp_path) == {}
    assert "Please recycle" in _text(pdf, 1, 1)
    model.meta.job_number, model.meta.symbol = "25-19833 (E)", ""
    assert first_page_codes(_pdf(tmp_path, model, "no-symbol.pdf"), tmp_path) == {"Code39": "2519833"}


@needs_poppler
def test_long_running_title_stays_on_the_page(tmp_path: Path) -> None:
    model = sample_resolution()
    model.meta.title = (
        "Follow-up to and implementation of the SIDS Accelerated Modalities of Action (SAMOA) Pathway "
        "and the Mauritius Strategy for the Further Implementation of the Programme of Action for the "
        "Sustainable Development of Small Island Developing States"
    )
    pdf = _pdf(tmp_path, model)
    page = _run("pdftotext", "-bbox", "-f", "2", "-l", "2", str(pdf), "-")
    tops = {word: float(y0) for _, y0, _, _, word in _WORD.findall(page)}
    assert "Mauritius" in tops and "(SAMOA)" in tops
    assert min(tops.values()) > 18  # the whole header below the paper's top edge (in points)
    assert tops["Mauritius"] < tops["A/RES/80/40"]  # wrapped over a few lines above the rule


@needs_poppler
def test_two_digit_note_marks_keep_a_gap_before_their_text(tmp_path: Path) -> None:
    model = sample_resolution()
    markers = [str(n) for n in range(3, 13)]
    model.preamble[0].text += [FootnoteRef(marker=m) for m in markers]
    model.footnotes += [Footnote(marker=m, text=[Text(text="Ibid.")]) for m in markers]
    pdf = _pdf(tmp_path, model)
    words = _WORD.findall(_run("pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"))
    marks = [(float(y0), float(x1)) for _, y0, x1, _, word in words if word in ("10", "11", "12")]
    notes = [(float(y0), float(x0)) for x0, y0, _, _, word in words if word == "Ibid."]
    gaps = [x0 - x1 for mark_y, x1 in marks for note_y, x0 in notes if abs(note_y - mark_y) < 3]
    assert len(gaps) == 3 and min(gaps) >= 1.0, gaps


@needs_poppler
def test_footnote_on_the_page_of_its_reference(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path, sample_resolution())
    first = _text(pdf, 1, 1)
    assert "Resolution 55/2." in first and "See A/74/548, annex." in first


@needs_poppler
def test_draft_layout(tmp_path: Path) -> None:
    text = _text(_pdf(tmp_path, sample_resolution(draft=True)))
    assert "Distr.: Limited" in text and "Original: English" in text
    assert "Indonesia:* draft resolution" in text
    assert "On behalf of the States Members" in text
    assert "Resolution adopted" not in text and "plenary meeting" not in text


def test_deterministic_with_timestamp() -> None:
    model = sample_resolution()
    options = WriteOptions(timestamp="2025-12-03T00:00:00")
    assert write(model, options=options) == write(model, options=options)
    assert parse_timestamp("1764720000") == parse_timestamp("2025-12-03T00:00:00+00:00")


def test_render_many_in_threads_matches_one_at_a_time_and_keeps_order() -> None:
    models = [sample_resolution("en"), script_sample("ar"), script_sample("zh"), sample_resolution("fr")]
    one_by_one = [write(m, options=WriteOptions(timestamp="0")) for m in models]
    threaded = list(resconv.render_many(models, "pdf", threads=2, timestamp="0"))
    assert threaded == one_by_one


def test_render_many_yields_a_failure_in_its_place(tmp_path: Path) -> None:
    (tmp_path / "pdf").mkdir()
    (tmp_path / "pdf" / "resolution.typ").write_text(
        '#let data = json(bytes(sys.inputs.at("model")))\n'
        '#if data.title == "broken" { panic("cannot lay this out") }\n'
        "#data.title\n",
        encoding="utf-8",
    )
    good, bad = sample_resolution(), sample_resolution()
    bad.meta.title = "broken"
    results = list(resconv.render_many([good, bad, good], "pdf", threads=2, templates_dir=str(tmp_path)))
    assert [type(r) for r in results] == [bytes, ResconvError, bytes]
    assert "cannot lay this out" in str(results[1])


@needs_poppler
def test_markup_in_text_is_printed_not_run(tmp_path: Path) -> None:
    model = sample_resolution()
    nasty = '#panic("boom") *x* _y_ $z$ ] [ \\ #set page(width: 1pt) // @label <l> `raw`'
    model.preamble[0].text.append(Text(text=nasty))
    model.meta.title = nasty
    text = _text(_pdf(tmp_path, model))
    squeeze = re.sub(r"\s+", "", text)
    assert re.sub(r"\s+", "", nasty) in squeeze


def test_templates_dir_override(tmp_path: Path) -> None:
    custom = tmp_path / "tpl" / "pdf"
    custom.mkdir(parents=True)
    (custom / "resolution.typ").write_text(
        '#let d = json(bytes(sys.inputs.at("model")))\n#set document(title: d.symbol)\n#d.symbol\n', "utf-8"
    )
    pdf = write(sample_resolution(), options=WriteOptions(templates_dir=tmp_path / "tpl"))
    default = write(sample_resolution(), options=WriteOptions())
    assert pdf.startswith(b"%PDF") and len(pdf) < len(default)


def test_footnote_reference_repeated_gets_one_note() -> None:
    data = document_data(sample_resolution())
    marks = [n for p in data["preamble"] for n in p["text"] if n["t"] == "fn"]
    marks += [
        n
        for b in data["operative"]
        if b["kind"] == "paragraph"
        for s in b["subs"]
        for n in s["text"]
        if n["t"] == "fn"
    ]
    assert [(n["marker"], n["first"]) for n in marks] == [("1", True), ("2", True), ("1", False)]


def test_annex_heading_lines_print_once_when_blocks_repeat_them(tmp_path: Path) -> None:
    model = sample_resolution()
    annex = model.annexes[0]
    annex.blocks[:0] = [Heading(text=[Text(text=line)]) for line in annex.headings]  # as readers give them
    annex.blocks[1].text.append(FootnoteRef(marker="3"))  # a note on the annex's title
    model.footnotes.append(Footnote(marker="3", text=[Text(text="Adopted in 1946.")]))
    data = document_data(model)["annexes"][0]
    assert ["".join(n.get("s", "") for n in line) for line in data["headings"]] == ["Annex", "Oath of office"]
    assert [n["t"] for n in data["headings"][1]] == ["text", "fn"]  # the note prints with its heading
    assert [b["kind"] for b in data["blocks"]] == ["paragraph"]
    if shutil.which("pdftotext"):
        pdf = tmp_path / "annex.pdf"
        pdf.write_bytes(write(model, options=WriteOptions()))
        assert _text(pdf).count("Oath of office") == 1
        assert "Adopted in 1946." in _text(pdf)


def test_arabic_note_marks_in_brackets_and_chinese_masthead_upright() -> None:
    arabic = document_data(script_sample("ar"))
    marks = [n["marker"] for p in arabic["preamble"] for n in p["text"] if n["t"] == "fn"]
    assert marks == ["(1)"]  # as the UN's Arabic files print them
    assert document_data(sample_resolution())["masthead_italic"]
    assert not document_data(script_sample("zh"))["masthead_italic"]


# ----------------------------------------------------------------------------- property
_words = st.text(alphabet=st.characters(codec="utf-8", blacklist_characters="\x00"), min_size=0, max_size=40)
_inline = st.one_of(
    st.builds(Text, text=_words),
    st.builds(Emphasis, text=_words, style=st.sampled_from(["italic", "bold", "bold italic"])),
    st.builds(DocumentRef, text=_words, symbol=st.from_regex(r"A/RES/[0-9]{2}/[0-9]{1,3}", fullmatch=True)),
    st.builds(FootnoteRef, marker=st.sampled_from(["1", "2", "*", "a"])),
)
_inlines = st.lists(_inline, max_size=5)
_sub = st.builds(Subparagraph, label=_words, text=_inlines)
_block = st.one_of(
    st.builds(
        OperativeParagraph,
        number=st.one_of(st.none(), _words),
        text=_inlines,
        subparagraphs=st.lists(_sub, max_size=2),
        wrap_up=_inlines,
    ),
    st.builds(Heading, num=_words, text=_inlines),
)


@st.composite
def resolutions(draw: st.DrawFn) -> Resolution:
    lang = draw(st.sampled_from(["ar", "zh", "en", "fr", "ru", "es"]))
    meta = Meta(
        language=lang,
        symbol=draw(_words),
        title=draw(_words),
        stage=draw(st.sampled_from(["draft", "adopted"])),
        session=draw(st.one_of(st.none(), st.integers(1, 99))),
        job_number=draw(_words),
        sponsors=draw(st.lists(_words, max_size=2)),
        sponsors_note=draw(_words),
    )
    return Resolution(
        meta=meta,
        enacting_formula=draw(_words),
        preamble=draw(st.lists(st.builds(PreambularParagraph, text=_inlines), max_size=3)),
        operative=draw(st.lists(_block, max_size=4)),
        footnotes=draw(
            st.lists(st.builds(Footnote, marker=st.sampled_from(["1", "2", "*"]), text=_inlines), max_size=3)
        ),
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(resolutions(), st.sampled_from(["letter", "a4"]))
def test_any_model_renders(model: Resolution, paper: str) -> None:
    assert write(model, options=WriteOptions(paper=paper)).startswith(b"%PDF")


# ----------------------------------------------------------------------------- devset
@needs_poppler
@pytest.mark.conformance
@pytest.mark.skipif(not (CORPUS / "devset").is_dir(), reason="../shared/corpus not present")
@pytest.mark.parametrize("lang", ["ar", "zh", "en", "fr", "ru", "es"])
def test_devset_resolution_text_in_order(tmp_path: Path, lang: str) -> None:
    gold = devset_gold(CORPUS, lang)[0]
    model = from_gold(gold)
    pdf = _pdf(tmp_path, model)
    assert _info(pdf)["Tagged"] == "yes"
    assert_paragraphs_in_order(pdf, model)


@needs_poppler
@pytest.mark.parametrize("lang", ["en", "ar", "zh"])
def test_order_check_notices_swapped_paragraphs(tmp_path: Path, lang: str) -> None:
    """The reading-order check above is not vacuous: a PDF of swapped paragraphs fails it."""
    model = script_sample(lang) if lang in ("zh", "ar") else sample_resolution(lang)
    swapped = model.model_copy(deep=True)
    swapped.operative = [swapped.operative[-1], *swapped.operative[:-1]]
    swapped.preamble = [*swapped.preamble[1:], swapped.preamble[0]] if len(model.preamble) > 1 else []
    pdf = _pdf(tmp_path, swapped)
    with pytest.raises(AssertionError):
        assert_paragraphs_in_order(pdf, model)


@needs_poppler
def test_times_metric_face_preferred_when_installed(tmp_path: Path) -> None:
    """Latin text uses the machine's Times-metric face when there is one, else PT Serif from pip."""
    from resconv.writers.pdf_fonts import system_times

    found = system_times()
    fonts = _run("pdffonts", str(_pdf(tmp_path, sample_resolution())))
    expected = found[0].replace(" ", "") if found else "PTSerif"
    assert expected in fonts.replace(" ", "").replace("-", ""), fonts


def test_a_russian_drafts_committee_line_is_in_the_nominative() -> None:
    """ "Первый комитет" on its own line; the report line's "Первого комитета" is the genitive."""
    meta = Meta(symbol="A/C.1/81/L.5", language="ru", session=81, stage="draft", committee="firstCommittee")
    assert masthead(meta, language("ru"))["committee"] == "Первый комитет"


def test_a_drafts_sponsors_line_lists_them_the_languages_way() -> None:
    meta = Meta(symbol="A/C.1/81/L.5", language="zh", session=81, stage="draft")
    meta.sponsors = ["印度尼西亚", "墨西哥", "智利"]
    assert masthead(meta, language("zh"))["sponsors"] == "印度尼西亚、墨西哥和智利：决议草案"
    meta.language, meta.sponsors = "en", ["Indonesia", "Bosnia and Herzegovina", "Mexico"]
    assert (
        masthead(meta, language("en"))["sponsors"]
        == "Indonesia, Bosnia and Herzegovina and Mexico: draft resolution"
    )
