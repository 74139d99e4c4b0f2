"""The public API's answers to wrong calls: each names the file and says what to do."""

from __future__ import annotations

from pathlib import Path

import pytest

import resconv
from resconv.api import read_at_most
from resconv.errors import FormatError, InputError, OutputError

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.mark.parametrize("name", ["nope.md", "my draft.md"])
def test_a_missing_file_is_an_error_not_a_document_of_one_line(tmp_path: Path, name: str) -> None:
    """Even with a space in its name: a name that ends like a readable file names a file."""
    missing = str(tmp_path / name)
    with pytest.raises(InputError, match="cannot open") as caught:
        resconv.read(missing)
    assert caught.value.file == missing


def test_a_one_line_document_is_still_read_as_text() -> None:
    with pytest.raises(InputError, match="no resolution found") as caught:
        resconv.read("The General Assembly decides.")
    assert caught.value.file == "<text>"


def test_a_line_too_long_for_a_file_name_is_read_as_text() -> None:
    with pytest.raises(InputError, match="no resolution found"):
        resconv.read("x" * 300)


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(FormatError, match="unknown language 'xx'; known: ar, zh, en, fr, ru, es"):
        resconv.read(FIXTURES / "en-converted.md", language="xx")


def test_reading_a_pdf_says_to_extract_its_text_and_names_the_file() -> None:
    with pytest.raises(InputError, match="pdftotext") as caught:
        resconv.read(FIXTURES / "en-converted.md", format="pdf")
    assert caught.value.file == str(FIXTURES / "en-converted.md")


def test_writing_to_a_name_of_no_format_asks_for_the_format(tmp_path: Path) -> None:
    model = resconv.read(FIXTURES / "en-converted.md")
    with pytest.raises(FormatError, match="name the format"):
        resconv.write(model, tmp_path / "out.unknownext")
    assert resconv.write(model, tmp_path / "out.unknownext", format="json").is_file()


def test_render_many_yields_a_writer_bug_in_the_documents_place() -> None:
    good = resconv.read(FIXTURES / "en-converted.md")
    bad = good.model_copy(update={"meta": good.meta.model_copy(update={"title": "made by hand \x1b"})})
    results = list(resconv.render_many([bad, good], "akn", threads=1))
    assert isinstance(results[0], OutputError)
    assert "A/RES/78/321: internal error in the akn writer (ValueError" in str(results[0])
    assert "please report" in str(results[0])
    assert isinstance(results[1], bytes) and results[1].startswith(b"<?xml")


def test_render_turns_a_writer_bug_into_an_output_error() -> None:
    model = resconv.read(FIXTURES / "en-converted.md")
    bad = model.model_copy(update={"meta": model.meta.model_copy(update={"title": "\x07"})})
    with pytest.raises(OutputError, match="internal error in the akn writer"):
        resconv.render(bad, "akn")


def test_elements_nested_too_deeply_are_an_input_error() -> None:
    with pytest.raises(InputError, match="nested too deeply") as caught:
        resconv.read(b"[" * 200_000, format="json", name="deep.json")
    assert caught.value.file == "deep.json"


def test_an_endless_file_is_refused_after_one_byte_past_the_limit() -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    assert len(read_at_most(Path("/dev/zero"), 1000)) == 1000
    with pytest.raises(InputError, match="input is larger than the 50000000-byte limit") as caught:
        resconv.read(Path("/dev/zero"), format="text")
    assert caught.value.file == "/dev/zero"


def test_writing_into_a_missing_folder_is_an_output_error(tmp_path: Path) -> None:
    model = resconv.read(FIXTURES / "en-converted.md")
    with pytest.raises(OutputError, match=r"cannot write .*nodir/x\.json: No such file or directory"):
        resconv.write(model, tmp_path / "nodir" / "x.json")


@pytest.mark.parametrize(
    ("content", "problem"), [(b"%PDF-1.7\n%\xe2\xe3", "a PDF file"), (b"PK\x03\x04\x14\x00", "zip archive")]
)
def test_a_pdf_or_zip_under_a_text_name_is_named_not_decoded(
    tmp_path: Path, content: bytes, problem: str
) -> None:
    """Not "cannot decode the input ... name the encoding": the file is not text at all."""
    for kind in ("markdown", "text"):
        with pytest.raises(InputError, match=problem):
            resconv.read(content + bytes(range(256)), format=kind)


@pytest.mark.parametrize("shape", ["comment", "doctype", "utf-16"])
def test_akn_on_standard_input_is_recognised_behind_a_comment_or_in_utf16(shape: str) -> None:
    model = resconv.read(FIXTURES / "en-converted.md")
    xml = resconv.render(model, "akn").decode("utf-8").split("?>", 1)[1].lstrip()
    if shape == "comment":
        data = ("<!-- exported -->\n" + xml).encode("utf-8")
    elif shape == "doctype":
        data = ("<!DOCTYPE akomaNtoso>\n" + xml).encode("utf-8")
    else:
        data = xml.encode("utf-16")
    assert resconv.read(data).meta.symbol == model.meta.symbol


def test_read_parts_of_a_single_resolution_is_that_resolution_alone() -> None:
    source = Path(__file__).resolve().parent / "fixtures" / "en-pdftext.txt"
    [model] = resconv.read_parts(source)
    assert model.model_dump() == resconv.read(source).model_dump()
    [from_json] = resconv.read_parts(model.model_dump_json(), format="json")  # a format of one a file
    assert from_json.meta.symbol == "A/RES/78/321"


def test_read_parts_refuses_what_read_refuses() -> None:
    with pytest.raises(resconv.InputError, match="pdftotext"):
        resconv.read_parts(b"%PDF-1.7", format="pdf")
