"""End to end through another PDF maker: the UN's AKN -> resconv's DOCX -> LibreOffice's PDF ->
poppler's pdftotext (with and without -layout) -> resconv's plain-text importer must give back the
structure the UN file encodes.

A PDF made from a DOCX by LibreOffice (or Word) draws its footnote rule as a line, so the text
has no row of underscores above the notes, and its lines break where LibreOffice breaks them,
not where the UN's or resconv's Typst PDF does. Arabic is left out: poppler gives LibreOffice's
justified Arabic with its kashida glyphs as "*" and ":" inside the words, and its lam-alef
ligatures reversed ("األمية"), text no importer can mend. Skipped without ../shared/corpus, the
official scorer, soffice or pdftotext.
"""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

import resconv
from builders import official_scorer, scores_fully
from resconv.model import Resolution

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

LANGUAGES = ("zh", "en", "fr", "ru", "es")
# Documents fully correct when measured (205 unxml files, 41 a language): without -layout
# zh 54%, en 80%, fr 80%, ru 56%, es 71%, all 68.3%; with -layout zh 83%, en 88%, fr 80%,
# ru 66%, es 80%, all 79.5%. Before notes without a rule were read: 2.0% either way. What is
# left: paragraph breaks in LibreOffice's justified lines (a paragraph's last line as long as a
# full one), the UN's own phrase inconsistencies. The floors catch regressions, not wobble.
FLOORS = {"": 0.55, "-layout": 0.65}


@pytest.fixture(scope="module")
def libreoffice_pdfs(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Resolution, Path]]:
    """Each UN AKN file of the corpus in the languages above, as resconv's DOCX printed by LibreOffice."""
    if shutil.which("soffice") is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice (soffice) or pdftotext (poppler-utils) is not installed")
    folder = tmp_path_factory.mktemp("libreoffice")
    models = []
    for code in LANGUAGES:
        for source in sorted((corpus / "unxml").glob(f"*_{code}.xml")):
            model = resconv.read(source)
            resconv.write(model, folder / f"{source.stem}.docx")
            models.append((model, folder / f"{source.stem}.pdf"))
    # the fonts scripts/render_pages.py maps the template's Word fonts onto
    render_pages = importlib.import_module("render_pages")
    env = dict(os.environ, FONTCONFIG_FILE=str(render_pages.fontconfig_file(folder)))
    profile = f"-env:UserInstallation={(folder / 'profile').as_uri()}"
    documents = map(str, sorted(folder.glob("*.docx")))
    subprocess.run(
        ["soffice", profile, "--headless", "--convert-to", "pdf", "--outdir", str(folder), *documents],
        check=True,
        env=env,
        capture_output=True,
        timeout=1200,
    )
    return models


@pytest.mark.parametrize("option", sorted(FLOORS), ids=["default", "layout"])
def test_libreoffice_pdf_text_gives_back_the_structure(
    libreoffice_pdfs: list[tuple[Resolution, Path]], option: str
) -> None:
    score = official_scorer()
    correct: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for model, pdf in libreoffice_pdfs:
        text = subprocess.run(
            ["pdftotext", *([option] if option else []), str(pdf), "-"], capture_output=True, check=True
        ).stdout
        back = resconv.read(text, format="text")
        total[model.meta.language] += 1
        correct[model.meta.language] += scores_fully(score, model, back)
    shares = {code: correct[code] / total[code] for code in LANGUAGES}
    overall = sum(correct.values()) / sum(total.values())
    print(f"\nAKN -> DOCX -> LibreOffice PDF -> pdftotext {option} -> model, documents fully correct:")
    print("  " + ", ".join(f"{code} {share:.0%}" for code, share in shares.items()) + f"; all {overall:.1%}")
    assert overall >= FLOORS[option]
