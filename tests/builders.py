"""Small model builders and readers the test modules share (importable: conftest puts tests/ on
``sys.path``). Strings come from the callers; only the emphasis style comes from the language data."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import resconv
from resconv.language import language
from resconv.model import Emphasis, Inline, Meta, OperativeParagraph, Resolution, Text

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def phrased(lang: str, phrase: str, rest: str | list[Inline]) -> list[Inline]:
    """A paragraph's inlines: the leading phrase in the language's emphasis, then ``rest``."""
    tail: list[Inline] = [Text(text=rest)] if isinstance(rest, str) else list(rest)
    return [Emphasis(style=language(lang).emphasis, text=phrase), *tail]


def read_fixture(name: str) -> Resolution:
    """A file of tests/fixtures read through ``resconv``, which must raise no diagnostics."""
    model, diagnostics = resconv.read_with_diagnostics(FIXTURES / name)
    assert not diagnostics, [str(d) for d in diagnostics]
    return model


def operative_paragraphs(model: Resolution) -> list[OperativeParagraph]:
    """The operative paragraphs, headings left out."""
    return [b for b in model.operative if isinstance(b, OperativeParagraph)]


def assert_en_78_321_masthead(meta: Meta) -> None:
    """The masthead of the English A/RES/78/321 fixtures (Markdown and pdftotext forms)."""
    assert (meta.symbol, meta.language, meta.session, meta.resolution_number) == (
        "A/RES/78/321",
        "en",
        78,
        "78/321",
    )
    assert meta.title == "Early warning for glacial lake outburst floods"
    assert [(a.number, a.title) for a in meta.agenda_items] == [
        ("18 (c)", "Sustainable development: disaster risk reduction")
    ]
    assert meta.committee == "secondCommittee"
    assert [(r.symbol, r.paragraph) for r in meta.reports] == [("A/78/455/Add.3", "12")]


SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def official_scorer() -> ModuleType:
    """The project's scorer (../shared/tools/score.py) as a module; skips the test without it."""
    path = SHARED / "tools" / "score.py"
    if not path.is_file():
        pytest.skip(f"official scorer not found at {path}")
    spec = importlib.util.spec_from_file_location("resconv_official_score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def scores_fully(score: ModuleType, expected: Resolution, got: Resolution) -> bool:
    """Whether the official scorer finds every field of ``got`` right, ``expected`` standing in for
    a gold.json (numbers as integers, a missing adoption date as "", as gold.json has them)."""
    gold: dict[str, Any] = json.loads(expected.model_dump_json())
    for block in gold["operative"]:
        if str(block.get("number") or "").isdigit():
            block["number"] = int(block["number"])
    gold["meta"]["adopted_on"] = gold["meta"]["adopted_on"] or ""
    result = score.compare(gold, json.loads(got.model_dump_json()))
    return all(score.correct(field, value) for field, value in result.items())


def first_page_codes(pdf: Path, scratch: Path) -> dict[str, str]:
    """The barcodes printed on page 1, as zxing-cpp reads them from poppler's 300 dpi image of the
    page: symbology name ("QRCode", "Code39") -> text. Skips without pdftoppm."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("poppler-utils (pdftoppm) not installed")
    zxingcpp = pytest.importorskip("zxingcpp")
    image_module = pytest.importorskip("PIL.Image")
    stem = scratch / f"{pdf.stem}-page"
    subprocess.run(["pdftoppm", "-r", "300", "-f", "1", "-l", "1", "-png", str(pdf), str(stem)], check=True)
    (page,) = scratch.glob(f"{stem.name}*.png")
    with image_module.open(page) as image:
        return {code.format.name: code.text for code in zxingcpp.read_barcodes(image)}
