"""DOCX reader: resconv's own DOCX back to the same model; best effort on other Word files.

(Named test_docx_reader.py, not test_docx.py: tests/writers/test_docx.py exists and the test
folders are not packages, so pytest would refuse two modules with the same name.)
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest

import resconv
from resconv.errors import InputError
from resconv.model import Emphasis, FootnoteRef, Heading, Resolution, SessionKind, Text, plain_text

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "writers"))
from docx_fixtures import adopted, corpus_sources, draft


def round_trip(model: Resolution) -> Resolution:
    return resconv.read(resconv.render(model, "docx"), format="docx")


def _rezip(data: bytes, edit: dict[str, str | None]) -> bytes:
    """The package with some parts replaced (text) or removed (None)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name in source.namelist():
            if name in edit:
                if edit[name] is not None:
                    target.writestr(name, str(edit[name]))
            else:
                target.writestr(name, source.read(name))
    return out.getvalue()


@pytest.mark.parametrize("model", [adopted("en"), adopted("zh"), adopted("ar"), draft("en")], ids=str)
def test_round_trip_equals_the_model(model: Resolution) -> None:
    assert round_trip(model).model_dump() == model.model_dump()


def test_round_trip_keeps_adjacent_nodes_and_odd_phrases() -> None:
    model = adopted("en")
    model.preamble[0].text = [
        Text(text="Further "),
        Emphasis(text="recalling", style="italic"),
        Emphasis(text="o", style="italic"),
        Text(text=" its decision"),
        Text(text=" of 2019,"),
        FootnoteRef(marker="1"),
    ]
    model.preamble[0].phrase = "recalling"
    assert round_trip(model).model_dump() == model.model_dump()


def test_footnotes_in_model_order_even_when_referenced_otherwise() -> None:
    model = adopted("en")
    model.footnotes.reverse()
    assert round_trip(model).model_dump() == model.model_dump()


@pytest.mark.skipif(not corpus_sources(), reason="../shared/corpus absent")
def test_round_trip_of_every_devset_resolution() -> None:
    for path in corpus_sources():
        model = resconv.read(path)
        assert round_trip(model).model_dump() == model.model_dump(), path.parent.name


def test_masthead_read_from_the_page_when_the_property_is_gone() -> None:
    model = adopted("en")
    data = _rezip(resconv.render(model, "docx"), {"docProps/custom.xml": None})
    read = resconv.read(data, format="docx")
    meta = read.meta
    assert (meta.symbol, meta.title, meta.resolution_number) == ("A/RES/75/47", model.meta.title, "75/47")
    assert (meta.adopted_on, meta.issued_on, meta.meeting, meta.session) == (
        model.meta.adopted_on,
        model.meta.issued_on,
        37,
        75,
    )
    assert meta.committee == "firstCommittee" and meta.reports == model.meta.reports
    assert meta.agenda_items == model.meta.agenda_items
    assert read.preamble == model.preamble and read.operative == model.operative
    assert read.footnotes == model.footnotes


def test_a_lettered_part_and_its_own_title_read_from_the_page() -> None:
    model = adopted("en")
    model.meta.symbol, model.meta.part = "A/RES/75/47 B", "B"
    model.meta.part_title = "Transparency in armaments"
    read = resconv.read(_rezip(resconv.render(model, "docx"), {"docProps/custom.xml": None}), format="docx")
    assert (read.meta.resolution_number, read.meta.part) == ("75/47", "B")
    assert (read.meta.title, read.meta.part_title) == (model.meta.title, "Transparency in armaments")
    assert read.preamble == model.preamble


@pytest.mark.parametrize(
    ("session", "kind", "number"), [(11, "emergency special", "ES-11/1"), (30, "special", "S-30/1")]
)
def test_a_special_session_masthead_read_from_the_page(session: int, kind: SessionKind, number: str) -> None:
    model = adopted("en")
    model.meta.session, model.meta.session_kind = session, kind
    model.meta.symbol, model.meta.resolution_number = f"A/RES/{number}", number
    meta = resconv.read(
        _rezip(resconv.render(model, "docx"), {"docProps/custom.xml": None}), format="docx"
    ).meta
    assert (meta.symbol, meta.resolution_number) == (f"A/RES/{number}", number)
    assert (meta.session, meta.session_kind) == (session, kind)


def test_a_symbol_with_word_s_no_break_hyphen_or_a_revision_read_from_the_page() -> None:
    model = adopted("en")
    model.meta.session, model.meta.session_kind = 11, "emergency special"
    model.meta.symbol, model.meta.resolution_number = "A/RES/ES-11/1", "ES-11/1"
    data = _rezip(resconv.render(model, "docx"), {"docProps/custom.xml": None})
    package = zipfile.ZipFile(io.BytesIO(data))
    header, body = package.read("word/header3.xml").decode(), package.read("word/document.xml").decode()
    no_break = "ES</w:t><w:noBreakHyphen/><w:t>11/1"  # as Word writes a no-break hyphen, in the run
    edits: dict[str, str | None] = {
        "word/header3.xml": header.replace("ES-11/1", no_break),
        "word/document.xml": body.replace("ES-11/1", no_break),
    }
    assert all(
        edits[name] != text for name, text in (("word/header3.xml", header), ("word/document.xml", body))
    )
    meta = resconv.read(_rezip(data, edits), format="docx").meta
    assert (meta.symbol, meta.resolution_number, meta.session) == ("A/RES/ES-11/1", "ES-11/1", 11)
    revised = header.replace("/RES/ES-11/1", "/C.1/80/L.14/Rev.1")
    assert revised != header
    meta = resconv.read(_rezip(data, {"word/header3.xml": revised}), format="docx").meta
    assert meta.symbol == "A/C.1/80/L.14/Rev.1"


def test_runs_split_by_word_are_joined() -> None:
    data = resconv.render(adopted("en"), "docx")
    document = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    split = document.replace(
        '<w:t xml:space="preserve"> to foster strict',
        '<w:t xml:space="preserve"> to foster</w:t></w:r><w:r><w:t xml:space="preserve"> strict',
        1,
    )
    assert split != document
    read = resconv.read(_rezip(data, {"word/document.xml": split}), format="docx")
    assert read.preamble[0] == adopted("en").preamble[0]


def test_other_word_file_of_the_same_layout(tmp_path: Path) -> None:
    """A Word file typed by hand: no resconv styles, numbers and labels typed in the text."""
    document = docx.Document()
    document.add_paragraph("The General Assembly,")
    p = document.add_paragraph()
    p.add_run("Recalling").italic = True
    p.add_run(" its resolution 74/55 of 12 December 2019,")
    p = document.add_paragraph("1.\t")
    p.add_run("Decides").italic = True
    p.add_run(" to continue;")
    document.add_paragraph("(a)\tthe first point;")
    p = document.add_paragraph("2.\t")
    p.add_run("Requests").italic = True
    p.add_run(" a report.")
    path = tmp_path / "typed.docx"
    document.save(str(path))
    model = resconv.read(path)
    assert model.enacting_formula == "The General Assembly,"
    assert [p.phrase for p in model.preamble] == ["Recalling"]
    numbers = [b.number for b in model.operative if b.kind == "paragraph"]
    assert numbers == ["1", "2"]
    first = model.operative[0]
    assert first.kind == "paragraph" and first.phrase == "Decides"
    assert [s.label for s in first.subparagraphs] == ["(a)"]
    assert re.sub(r"\s+", " ", plain_text(first.subparagraphs[0].text)).strip() == "the first point;"


def test_not_a_docx_is_an_input_error() -> None:
    with pytest.raises(InputError):
        resconv.read(b"PK\x03\x04 not really a zip", format="docx")
    with pytest.raises(InputError):
        resconv.read(
            _rezip(resconv.render(adopted("en"), "docx"), {"word/document.xml": None}), format="docx"
        )


def _through_pandoc(markdown: str, folder: Path) -> Resolution:
    """The model read from the DOCX pandoc makes of ``markdown`` (Word's own list numbering)."""
    (folder / "in.md").write_text(markdown, encoding="utf-8")
    subprocess.run(["pandoc", str(folder / "in.md"), "-o", str(folder / "out.docx")], check=True)
    return resconv.read(folder / "out.docx")


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc not installed")
def test_word_list_numbering_from_pandoc(tmp_path: Path) -> None:
    """Another tool's DOCX: Word list numbering for operative paragraphs and subparagraphs."""
    markdown = (
        "75/47. A title\n\nThe General Assembly,\n\n*Recalling* its resolutions,\n\n"
        "1. *Decides* to act;\n2. *Requests* a report on:\n\n"
        "    a. the first point;\n    b. the second point;\n\n"
        "3. *Decides* to remain seized of the matter.\n\n37th plenary meeting\n"
    )
    model = _through_pandoc(markdown, tmp_path)
    assert (model.meta.resolution_number, model.meta.title, model.meta.meeting) == ("75/47", "A title", 37)
    assert [p.phrase for p in model.preamble] == ["Recalling"]
    paragraphs = [b for b in model.operative if b.kind == "paragraph"]
    assert [(b.number, b.phrase) for b in paragraphs] == [
        ("1", "Decides"),
        ("2", "Requests"),
        ("3", "Decides"),
    ]
    assert [(s.label, plain_text(s.text)) for s in paragraphs[1].subparagraphs] == [
        ("(a)", "the first point;"),
        ("(b)", "the second point;"),
    ]


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc not installed")
def test_labels_of_separate_word_lists_are_read_as_word_prints_them(tmp_path: Path) -> None:
    """pandoc makes "(a)" lines at the left margin a list of their own, and "2." after them a
    list starting at 2: the labels come from the list definitions, not from a count of items."""
    markdown = (
        "United Nations A/RES/80/99\n\n80/99. Testing lists\n\n"
        "The General Assembly,\n\n*Recalling* its resolutions,\n\n1. *Decides* to act on:\n\n"
        "(a) the first point;\n\n(b) the second point;\n\n2. *Requests* a report.\n"
    )
    model = _through_pandoc(markdown, tmp_path)
    assert (model.meta.symbol, model.meta.session, model.meta.title) == ("A/RES/80/99", 80, "Testing lists")
    paragraphs = [b for b in model.operative if b.kind == "paragraph"]
    assert [(b.number, b.phrase) for b in paragraphs] == [("1", "Decides"), ("2", "Requests")]
    assert [(s.label, plain_text(s.text)) for s in paragraphs[0].subparagraphs] == [
        ("(a)", "the first point;"),
        ("(b)", "the second point;"),
    ]


def test_edits_made_with_python_docx_are_read_back() -> None:
    """A file resaved by another program keeps its styles; a typed addition reaches the model."""
    model = adopted("en")
    document = docx.Document(io.BytesIO(resconv.render(model, "docx")))
    first = next(
        p for p in document.paragraphs if p.style is not None and p.style.name == "Preambular Paragraph"
    )
    first.add_run(" and its follow-up,")
    saved = io.BytesIO()
    document.save(saved)
    read = resconv.read(saved.getvalue(), format="docx")
    assert read.preamble[0].text == [*model.preamble[0].text, Text(text=" and its follow-up,")]
    assert read.preamble[1:] == model.preamble[1:] and read.operative == model.operative
    assert read.meta == model.meta and read.footnotes == model.footnotes


def test_a_link_split_into_links_to_one_document_is_one_reference() -> None:
    """Word may make each run of a link a link of its own; the UN's files have them so."""
    data = resconv.render(adopted("en"), "docx")
    document = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    text = '<w:t xml:space="preserve">{}</w:t>'
    found = re.search(
        r'(<w:hyperlink r:id="\w+" w:history="1"><w:r><w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)'
        + text.format("56/24"),
        document,
    )
    assert found is not None
    link = found.group(1)
    two_links = link + text.format("56") + "</w:r></w:hyperlink>" + link + text.format("/24")
    read = resconv.read(
        _rezip(data, {"word/document.xml": document.replace(found.group(0), two_links, 1)}), format="docx"
    )
    assert read.preamble == adopted("en").preamble


def _package(compression: int, document: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()


@pytest.mark.parametrize("compression", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])
def test_a_damaged_archive_is_an_input_error_naming_the_file(tmp_path: Path, compression: int) -> None:
    body = b"<w:document xmlns:w='urn:x'>" + b"<w:p>text of the body</w:p>" * 200 + b"</w:document>"
    data = bytearray(_package(compression, body))
    start = data.index(b"word/document.xml") + len("word/document.xml") + 40
    data[start : start + 8] = b"\xff" * 8
    source = tmp_path / "damaged.docx"
    source.write_bytes(bytes(data))
    with pytest.raises(InputError, match="damaged DOCX") as caught:
        resconv.read(source)
    assert caught.value.file == str(source)


def test_a_broken_part_is_an_input_error_naming_the_file(tmp_path: Path) -> None:
    source = tmp_path / "broken.docx"
    source.write_bytes(_package(zipfile.ZIP_DEFLATED, b"<w:document"))
    with pytest.raises(InputError, match=r"word/document\.xml: broken XML") as caught:
        resconv.read(source)
    assert caught.value.file == str(source)
    assert str(caught.value).startswith(f"{source}: ")


def test_an_edited_annex_with_fewer_heading_lines_is_not_read_twice() -> None:
    """resconv's DOCX says how many annex heading lines were heading blocks; a user who deleted
    one must not get the annex's paragraphs twice."""
    model = adopted("en")
    annex = model.annexes[0]
    annex.blocks[:0] = [Heading(text=[Text(text=line)]) for line in annex.headings]
    data = resconv.render(model, "docx")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    document = files["word/document.xml"].decode("utf-8")
    second = re.search(
        r'<w:p>(?:(?!<w:p>).)*?"AnnexHeading"(?:(?!<w:p>).)*?List of instruments.*?</w:p>', document
    )
    assert second, "the second annex heading line"
    files["word/document.xml"] = document.replace(second.group(0), "").encode("utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    again = resconv.read(buffer.getvalue(), format="docx").annexes[0]
    paragraphs = [b for b in again.blocks if not isinstance(b, Heading)]
    assert len(paragraphs) == len([b for b in annex.blocks if not isinstance(b, Heading)])


def test_a_word_file_holding_two_resolutions_is_read_as_one_with_a_warning(tmp_path: Path) -> None:
    """Word files have no reader of parts: the formula again is said, never merged unsaid."""
    first = adopted("en")
    document = docx.Document()
    for text in ("The General Assembly,", "Recalling its resolution 74/1,", "1. Decides to remain seized."):
        document.add_paragraph(text)
    document.add_paragraph("B")
    for text in ("The General Assembly,", "Noting the report,", "1. Requests a report."):
        document.add_paragraph(text)
    path = tmp_path / "two.docx"
    document.save(str(path))
    _, diagnostics = resconv.read_with_diagnostics(path)
    assert any("the enacting formula again" in d.message for d in diagnostics)
    assert first.enacting_formula  # the builder's own file has one formula, and no such warning
    _, clean = resconv.read_with_diagnostics(resconv.render(first, "docx"), format="docx")
    assert not any("formula again" in d.message for d in clean)


def test_a_draft_s_part_title_is_printed_and_read_back_from_the_page() -> None:
    model = draft("en")
    model.meta.part_title = "Transparency in armaments"
    read = resconv.read(_rezip(resconv.render(model, "docx"), {"docProps/custom.xml": None}), format="docx")
    assert read.meta.part_title == "Transparency in armaments"
