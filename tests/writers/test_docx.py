"""DOCX writer: structure of the package, the UN layout marks, and checks with real software.

python-docx must open every file; LibreOffice must convert it to PDF, and the PDF text must hold
every paragraph of the model in order (tests skip when soffice/pdftotext are absent).
"""

from __future__ import annotations

import importlib
import io
import os
import re
import shutil
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE
from docx_fixtures import adopted, corpus_sources, draft

import resconv
from builders import first_page_codes
from resconv.formats import WriteOptions
from resconv.language import language
from resconv.model import Footnote, Heading, Inline, Resolution, Subparagraph, Text, plain_text
from resconv.writers.docx import write
from resconv.writers.docx_styles import load_template

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
HAVE_OFFICE = shutil.which("soffice") is not None and shutil.which("pdftotext") is not None


def parts(model: Resolution, **options: object) -> dict[str, str]:
    data = write(model, options=WriteOptions(**options))  # type: ignore[arg-type]
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = [n for n in archive.namelist() if not n.startswith("word/media/")]  # XML, not images
        return {name: archive.read(name).decode("utf-8") for name in names}


# ------------------------------------------------------------------------- structure
@pytest.mark.parametrize("model", [adopted("en"), adopted("zh"), adopted("ar"), draft("en")], ids=str)
def test_python_docx_opens_and_sees_the_styles(model: Resolution) -> None:
    document = docx.Document(io.BytesIO(resconv.render(model, "docx")))
    names = {p.style.name for p in document.paragraphs if p.style is not None}
    assert {"Preambular Paragraph", "Operative Paragraph", "Subparagraph 1", "Subparagraph 2"} <= names
    texts = [p.text for p in document.paragraphs]
    assert model.meta.title in "\n".join(texts)
    assert len(document.sections) == 1


def test_even_odd_headers_first_page_and_page_fields() -> None:
    files = parts(adopted("en"))
    assert "<w:evenAndOddHeaders/>" in files["word/settings.xml"]
    sect = re.search(r"<w:sectPr>.*</w:sectPr>", files["word/document.xml"])
    assert sect and "<w:titlePg/>" in sect.group(0)
    assert 'w:type="even"' in sect.group(0) and 'w:type="default"' in sect.group(0)
    footers = [v for k, v in files.items() if k.startswith("word/footer")]
    assert sum('w:instr=" PAGE "' in f and 'w:instr=" NUMPAGES "' in f for f in footers) == 2
    headers = [v for k, v in files.items() if k.startswith("word/header")]
    assert all("/RES/75/47" in h for h in headers) and len(headers) == 3
    first = re.search(r'headerReference w:type="first" r:id="(\w+)"', sect.group(0))
    assert first
    target = re.search(
        rf'Id="{first.group(1)}" [^>]*Target="(header\d.xml)"', files["word/_rels/document.xml.rels"]
    )
    assert target
    masthead = files["word/" + target.group(1)]
    assert "General Assembly" in masthead and "Distr.: General" in masthead  # page 1's header


def test_real_footnotes_with_separator_numbered_as_the_model() -> None:
    files = parts(adopted("en"))
    notes = files["word/footnotes.xml"]
    assert "<w:separator/>" in notes and "<w:continuationSeparator/>" in notes
    assert notes.count("<w:footnoteRef/>") == 2  # markers 1, 2 in order: Word numbers them
    assert files["word/document.xml"].count("<w:footnoteReference ") == 2


def test_footnote_markers_out_of_sequence_are_printed_as_written() -> None:
    model = adopted("en")
    for note in model.footnotes:
        note.marker = {"1": "a", "2": "b"}[note.marker]
    for node in [*model.preamble[0].text, *model.preamble[1].text]:
        if node.type == "footnote_ref":
            node.marker = {"1": "a", "2": "b"}[node.marker]
    document = parts(model)["word/document.xml"]
    assert document.count('w:customMarkFollows="1"') == 2
    assert re.search(r'customMarkFollows="1" w:id="\d+"/><w:t xml:space="preserve">a</w:t>', document)


def test_footnotes_counting_up_from_another_number_keep_automatic_numbers() -> None:
    """The UN's numbering may start at 3: Word's own numbers, started there, not custom marks
    (which LibreOffice prints twice, beside its own label)."""
    model = adopted("en")
    for node in [*model.footnotes, *model.preamble[0].text, *model.preamble[1].text]:
        if isinstance(node, Footnote) or node.type == "footnote_ref":
            node.marker = {"1": "3", "2": "4"}[node.marker]
    files = parts(model)
    assert "customMarkFollows" not in files["word/document.xml"]
    assert files["word/footnotes.xml"].count("<w:footnoteRef/>") == 2
    section = re.search(r"<w:sectPr>.*</w:sectPr>", files["word/document.xml"])
    assert section and '<w:footnotePr><w:numStart w:val="3"/></w:footnotePr><w:pgSz' in section.group(0)
    assert "numStart" not in parts(adopted("en"))["word/document.xml"]
    back = resconv.read(resconv.render(model, "docx"), format="docx")  # Word's numbers, from 3
    assert [note.marker for note in back.footnotes] == ["3", "4"]
    refs = [n.marker for p in back.preamble for n in p.text if n.type == "footnote_ref"]
    assert refs == ["3", "4"]


def test_draft_layout_has_sponsors_note_and_no_adoption_lines() -> None:
    model = draft("en")
    files = parts(model)
    pages = "".join(v for k, v in files.items() if k.startswith(("word/header", "word/document")))
    text = re.sub(r"<[^>]+>", "", pages)
    lang = language("en")
    assert lang["distribution_limited"] in text and "Original: English" in text
    assert "Indonesia:* draft resolution" in text
    assert "Resolution adopted" not in text and "plenary meeting" not in text
    assert model.meta.sponsors_note in files["word/footnotes.xml"]
    assert "First Committee" in text  # the committee line under the session


def test_arabic_runs_right_to_left() -> None:
    files = parts(adopted("ar"))
    document, styles = files["word/document.xml"], files["word/styles.xml"]
    paragraphs = re.findall(r"<w:p>.*?</w:p>", document)
    arabic = [p for p in paragraphs if re.search("[\u0600-\u06ff]", p)]
    assert arabic and all("<w:bidi/>" in p for p in arabic)
    headers = "".join(v for k, v in files.items() if k.startswith("word/header"))
    assert "<w:rtl/>" in document and "<w:bidiVisual/>" in headers  # mirrored masthead
    assert re.search(r"<w:sectPr>.*<w:bidi/>.*</w:sectPr>", document)
    assert 'w:cs="Simplified Arabic"' in styles and "<w:szCs " in styles
    assert "1 -" in re.sub(r"<[^>]+>", "", document)  # Arabic operative numbers


def test_chinese_east_asian_fonts_and_no_theme_fonts() -> None:
    files = parts(adopted("zh"))
    assert 'w:eastAsia="SimSun"' in files["word/styles.xml"]
    assert '<w:rFonts w:hint="eastAsia"/>' in files["word/document.xml"]
    assert "Theme" not in files["word/styles.xml"]  # theme fonts would override the explicit ones


def test_paper_a4_and_letter() -> None:
    assert '<w:pgSz w:w="12240" w:h="15840"/>' in parts(adopted("en"))["word/document.xml"]
    a4 = parts(adopted("en"), paper="a4")
    assert '<w:pgSz w:w="11906" w:h="16838"/>' in a4["word/document.xml"]
    widths = [
        int(w) for h in a4 if h.startswith("word/header") for w in re.findall(r'tblW w:w="(\d+)"', a4[h])
    ]
    assert widths and all(w <= 11906 - 2 * 1200 for w in widths)  # tables within the A4 type area


def test_annex_headings_once_and_the_end_rule_after_the_annex() -> None:
    model = adopted("en")
    annex = model.annexes[0]
    annex.blocks[:0] = [Heading(text=[Text(text=line)]) for line in annex.headings]  # as readers give them
    document = docx.Document(io.BytesIO(resconv.render(model, "docx")))
    styles = [p.style.name for p in document.paragraphs if p.style is not None]
    texts = [p.text for p in document.paragraphs]
    assert all(texts.count(line) == 1 for line in annex.headings)
    assert styles[-1] == "End Rule" and styles.index("Annex Heading") < styles.index("End Rule")
    assert resconv.read(resconv.render(model, "docx"), format="docx").annexes == model.annexes


def test_chinese_closing_lines_upright_other_languages_italic() -> None:
    chinese = parts(adopted("zh"))["word/document.xml"]
    closing = re.findall(r'<w:pStyle w:val="ClosingLine"/>.*?</w:p>', chinese)
    assert closing and all('<w:i w:val="0"/>' in p for p in closing)
    english = parts(adopted("en"))["word/document.xml"]
    assert all('<w:i w:val="0"/>' not in p for p in re.findall(r'"ClosingLine"/>.*?</w:p>', english))


def test_tab_stops_fall_after_the_labels_they_follow() -> None:
    """Word measures tab stops from the margin: a stop must lie past the indent the label
    starts at (the style's own or its base's), or the text jumps to a default stop."""
    styles = parts(adopted("en"))["word/styles.xml"]

    def ppr(style_id: str) -> str:
        found = re.search(rf'w:styleId="{style_id}".*?</w:pPr>', styles)
        assert found, style_id
        return found.group(0)

    left = int(re.findall(r'w:left="(\d+)"', ppr("EnactingFormula"))[0])
    for style_id in ("OperativeParagraph", "Subparagraph1", "Subparagraph2", "Subparagraph3"):
        own = ppr(style_id)
        first_line = int((re.findall(r'w:firstLine="(\d+)"', own) or ["480"])[0])
        stop = int(re.findall(r'<w:tab w:val="left" w:pos="(\d+)"', own)[0])
        assert left + first_line < stop <= left + first_line + 480, style_id  # one step on


def test_style_table_can_be_replaced(tmp_path: Path) -> None:
    source = Path(resconv.__file__).parent / "templates" / "docx" / "styles.toml"
    (tmp_path / "docx").mkdir()
    text = source.read_text(encoding="utf-8").replace('latin = "Times New Roman"', 'latin = "Garamond"')
    (tmp_path / "docx" / "styles.toml").write_text(text, encoding="utf-8")
    assert 'w:ascii="Garamond"' in parts(adopted("en"), templates_dir=tmp_path)["word/styles.xml"]


def test_same_model_same_bytes() -> None:
    assert resconv.render(adopted("en"), "docx") == resconv.render(adopted("en"), "docx")


# ------------------------------------------------------------------------- real software
def _paragraph_texts(model: Resolution) -> list[str]:
    """The text of every body paragraph in reading order, footnote marks included."""

    def text(nodes: list[Inline]) -> str:
        return "".join(n.marker if n.type == "footnote_ref" else n.text for n in nodes)

    def subs(items: list[Subparagraph]) -> list[str]:
        return [s for sub in items for s in (f"{sub.label} {text(sub.text)}", *subs(sub.subparagraphs))]

    out = [model.meta.title, model.enacting_formula]
    for pre in model.preamble:
        out += [text(pre.text), *subs(pre.subparagraphs)]
    for block in [*model.operative, *(b for a in model.annexes for b in a.blocks)]:
        if isinstance(block, Heading):
            out.append(f"{block.num} {text(block.text)}")
        else:
            out += [text(block.text), *subs(block.subparagraphs), text(block.wrap_up)]
    return [t for t in out if t.strip()]


def _norm(text: str) -> str:
    """Without spaces, bidi marks and hyphens (pdftotext joins words hyphenated at a line end)."""
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"[\s\u200b-\u200f\u202a-\u202e\u2060\u00ad\u2010\u2011-]", "", text)


CJK_PUNCTUATION = "、，；：。"


def assert_in_order(pdf_text: str, paragraphs: list[str]) -> None:
    """Each paragraph occurs after the previous one, broken at most three times (page end, footnotes).

    One known loss is tolerated, and counted as a break: LibreOffice 7.4 leaves out of its PDF a
    Chinese comma that ends a line of a justified paragraph (the DOCX holds it; see the report).
    """
    haystack, pos = _norm(pdf_text), 0
    for paragraph in paragraphs:
        wanted = _norm(paragraph)
        start = haystack.find(wanted[:12], pos)
        assert start >= 0, f"not found after position {pos}: {paragraph[:60]!r}"
        i, j, gaps = 0, start, 0
        while i < len(wanted):
            if j < len(haystack) and haystack[j] == wanted[i]:
                i, j = i + 1, j + 1
                continue
            skip = 1 if wanted[i] in CJK_PUNCTUATION else 0
            resume = haystack.find(wanted[i + skip : i + skip + 8], j)
            assert resume >= 0 and resume - j < 3000, f"lost in {paragraph[:60]!r} at {wanted[i : i + 20]!r}"
            i, j, gaps = i + skip, resume, gaps + 1
        assert gaps <= 3, f"{paragraph[:60]!r} broken {gaps} times"
        pos = j


def _pdf_texts(models: dict[str, Resolution], tmp_path: Path) -> dict[str, str]:
    for name, model in models.items():
        (tmp_path / f"{name}.docx").write_bytes(resconv.render(model, "docx"))
    profile = (tmp_path / "profile").as_uri()
    # the same fonts as scripts/render_pages.py: Word font names mapped onto the pip fonts
    render_pages = importlib.import_module("render_pages")
    env = dict(os.environ, FONTCONFIG_FILE=str(render_pages.fontconfig_file(tmp_path)))
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            *(str(tmp_path / f"{n}.docx") for n in models),
        ],
        check=True,
        env=env,
        capture_output=True,
        timeout=300,
    )
    out = {}
    for name in models:
        result = subprocess.run(
            ["pdftotext", "-raw", str(tmp_path / f"{name}.pdf"), "-"], capture_output=True, check=True
        )
        out[name] = result.stdout.decode("utf-8")
    return out


@pytest.mark.skipif(not HAVE_OFFICE, reason="LibreOffice (soffice) or pdftotext not installed")
def test_libreoffice_converts_and_pdf_holds_every_paragraph(tmp_path: Path) -> None:
    models = {"en": adopted("en"), "zh": adopted("zh"), "draft": draft("en"), "ar": adopted("ar")}
    texts = _pdf_texts(models, tmp_path)
    for name in ("en", "zh", "draft"):
        assert_in_order(texts[name], _paragraph_texts(models[name]))
        assert_in_order(texts[name], [plain_text(n.text) for n in models[name].footnotes])
    # Arabic: poppler returns lam-alef ligatures and kashidas in visual form, so check the
    # left-to-right tokens (symbols, numbers) of each paragraph, in order.
    assert _latin_tokens(models["ar"])
    assert_in_order(texts["ar"], _latin_tokens(models["ar"]))
    for name in ("en", "zh", "draft"):  # LibreOffice draws the footnote rule: no underscores in the text
        back = resconv.read(texts[name].encode("utf-8"), format="text")
        assert [plain_text(n.text) for n in back.footnotes] == [
            plain_text(n.text) for n in models[name].footnotes
        ], name
        assert [p.phrase for p in back.preamble] == [p.phrase for p in models[name].preamble], name
        assert back.meta.sponsors_note == models[name].meta.sponsors_note, name  # "*", a draft's only
    for name in ("en", "ar"):  # LibreOffice prints the first page's codes where scanners read them
        codes = first_page_codes(tmp_path / f"{name}.pdf", tmp_path)
        assert codes == {"Code39": "2016859", "QRCode": f"https://docs.un.org/{name}/A/RES/75/47"}, name
        # the job number at the start side: the left of an English page, the right of an Arabic one
        job_left = _word_left(tmp_path / f"{name}.pdf", "20-16859")
        assert (job_left > 306) == (name == "ar"), (name, job_left)


def _word_left(pdf: Path, word: str) -> float:
    """Where on page 1 (points from the left) pdftotext finds ``word``."""
    boxes = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", "-bbox", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    match = re.search(rf'<word xMin="([\d.]+)"[^>]*>{re.escape(word)}</word>', boxes)
    assert match, word
    return float(match.group(1))


def test_first_page_footer_holds_barcode_recycling_logo_and_qr_code() -> None:
    document = docx.Document(io.BytesIO(resconv.render(adopted("en"), "docx")))
    footer = document.sections[0].first_page_footer
    images = {
        rel_id: rel.target_part.partname.split("/")[-1]
        for rel_id, rel in footer.part.rels.items()
        if rel.reltype == RELATIONSHIP_TYPE.IMAGE
    }
    assert sorted(re.sub(r"\d+\.png$", "", name) for name in images.values()) == ["barcode", "qr", "recycle"]
    embedded = footer._element.xpath(".//a:blip/@r:embed")
    assert sorted(embedded) == sorted(images)  # each picture points at its own image part
    text = " ".join(p.text for table in footer.tables for cell in table._cells for p in cell.paragraphs)
    assert "20-16859 (E)" in text and "Please recycle" in text
    assert not document.sections[0].footer.part.rels  # later pages: page number and job number only


def test_first_page_footer_without_job_number() -> None:
    resolution = adopted("zh")  # adopted: issued, though its text lost the job number
    resolution.meta.job_number = ""
    files = parts(resolution)
    images = files["word/_rels/footer3.xml.rels"]
    assert "barcode" not in images and "media/qr" in images and "media/recycle" in images
    assert "请回收" in files["word/footer3.xml"]
    proposal = draft("en")  # a draft not issued yet: no code that would lead to another document
    proposal.meta.job_number = ""
    images = parts(proposal)["word/_rels/footer3.xml.rels"]
    assert "barcode" not in images and "media/qr" not in images


def test_template_images_are_png_files_beside_the_style_table(tmp_path: Path) -> None:
    folder = tmp_path / "docx"
    folder.mkdir()
    (folder / "styles.toml").write_text((TEMPLATES / "docx" / "styles.toml").read_text(encoding="utf-8"))
    (folder / "logo.png").write_bytes((TEMPLATES / "docx" / "recycle.png").read_bytes())
    (folder / "notes.txt").write_text("not an image")
    template = load_template(tmp_path)
    assert template.asset("logo.png") is not None
    assert template.asset("notes.txt") is None  # not a PNG
    assert template.asset("../docx/logo.png") is None and template.asset("missing.png") is None
    assert template.asset("") is None


def _latin_tokens(model: Resolution) -> list[str]:
    """Symbols and numbers of an Arabic text, in order: what pdftotext returns reliably."""
    return [t for p in _paragraph_texts(model) for t in re.findall(r"[A-Za-z0-9/.]{3,}", p)]


@pytest.mark.skipif(not HAVE_OFFICE, reason="LibreOffice (soffice) or pdftotext not installed")
@pytest.mark.skipif(not corpus_sources(), reason="../shared/corpus absent")
def test_devset_resolutions_convert_with_libreoffice(tmp_path: Path) -> None:
    picks = corpus_sources()[::5]  # 12 of the 60, all six languages
    models = {p.parent.name: resconv.read(p) for p in picks}
    assert {m.meta.language for m in models.values()} == {"ar", "zh", "en", "fr", "ru", "es"}
    texts = _pdf_texts(models, tmp_path)
    for name, model in models.items():
        if model.meta.language == "ar":
            assert_in_order(texts[name], _latin_tokens(model))
        else:
            assert_in_order(texts[name], _paragraph_texts(model))


@pytest.mark.skipif(not corpus_sources(), reason="../shared/corpus absent")
def test_every_devset_resolution_opens_in_python_docx() -> None:
    for path in corpus_sources():
        model = resconv.read(path)
        document = docx.Document(io.BytesIO(resconv.render(model, "docx")))
        body = [p.text for p in document.paragraphs]
        assert sum(1 for t in body if t.strip()) >= len(model.preamble) + len(model.operative), path
