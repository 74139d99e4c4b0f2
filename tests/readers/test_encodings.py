"""Input encodings met in the wild are detected; --encoding overrides detection."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import resconv
from resconv.cli import cli
from resconv.errors import InputError
from resconv.textio import decode

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

CASES = [
    ("en-converted.md", "utf-8-sig"),
    ("en-converted.md", "utf-16"),  # with BOM
    ("en-converted.md", "utf-16-le"),  # no BOM
    ("ru-converted.md", "cp1251"),
    ("en-pdftext.txt", "utf-16"),
    ("zh-converted.md", "gb18030"),
    ("ar-converted.md", "cp1256"),
    ("zh-pdftext.txt", "gb18030"),
    ("fr-converted.md", "cp1252"),
    ("ru-converted.md", "utf-16-le"),  # no BOM, and few zero bytes: Cyrillic is not ASCII
    ("ar-converted.md", "utf-16-be"),
    ("es-converted.md", "latin-1"),
]
SHORT = [
    ("大会决议", "gb18030"),
    ("إن الجمعية العامة،", "cp1256"),
    ("Генеральная Ассамблея", "cp1251"),
    ("Résolution adoptée par l’Assemblée générale", "cp1252"),
    # "é" and the letter after it also make a valid GB18030 character ("r閟um閟")
    ("the names and résumés of nationals", "cp1252"),
    # ... and an accented letter read as Windows-1251 is a Cyrillic one inside a Latin word
    ("L’Assemblée générale,", "cp1252"),
    ("Considérant", "cp1252"),
]


def _expected(name: str) -> resconv.Resolution:
    return resconv.read(FIXTURES / name)


@pytest.mark.parametrize(("name", "encoding"), CASES)
def test_encoding_is_detected(name: str, encoding: str) -> None:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    data = text.encode(encoding)
    fmt = "text" if name.endswith(".txt") else "markdown"
    assert resconv.read(data, format=fmt).model_dump_json() == _expected(name).model_dump_json()


@pytest.mark.parametrize(("text", "encoding"), SHORT)
def test_short_legacy_text_is_decoded(text: str, encoding: str) -> None:
    assert decode(text.encode(encoding)) == text


@pytest.mark.parametrize(
    ("name", "encoding"), [("ru-converted.md", "cp1251"), ("zh-converted.md", "gb18030")]
)
def test_encoding_option_overrides_detection(name: str, encoding: str, tmp_path: Path) -> None:
    source = tmp_path / name
    source.write_bytes((FIXTURES / name).read_text(encoding="utf-8").encode(encoding))
    expected = _expected(name).model_dump_json()
    assert resconv.read(source, encoding=encoding).model_dump_json() == expected
    result = CliRunner().invoke(
        cli, ["convert", str(source), "--encoding", encoding, "--to", "json", "-o", "-"]
    )
    assert result.exit_code == 0, result.output
    assert resconv.Resolution.model_validate_json(result.stdout_bytes).model_dump_json() == expected


def test_wrong_encoding_option_is_a_clear_error(tmp_path: Path) -> None:
    source = tmp_path / "zh.md"
    source.write_bytes((FIXTURES / "zh-converted.md").read_bytes())
    with pytest.raises(InputError, match="not valid ascii"):
        resconv.read(source, encoding="ascii")
    with pytest.raises(InputError, match="unknown encoding"):
        resconv.read(source, encoding="klingon-8")
