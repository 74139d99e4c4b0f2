"""End to end through independent software: the UN's AKN -> resconv's PDF -> poppler's pdftotext
-> resconv's plain-text importer must give back the structure the UN file encodes.

This exercises the PDF layout (footnote rule, running headers, numbering as the official page
prints them) and the text importer on real extracted text, for the Latin-script languages.
Skipped without ../shared/corpus, the official scorer or pdftotext.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

import resconv
from builders import official_scorer, scores_fully

# Documents fully correct when measured (every other en/fr/es file of unxml, 62 files): 83.9%;
# the floor sits below it to catch regressions, not wobble.
FLOOR = 0.75


def test_pdf_text_gives_back_the_structure(corpus: Path, tmp_path: Path) -> None:
    folder = corpus / "unxml"
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    score = official_scorer()
    sources = [p for p in sorted(folder.glob("*.xml")) if p.stem[-2:] in ("en", "fr", "es")][::2]
    correct = []
    for source in sources:
        model = resconv.read(source)
        pdf = tmp_path / f"{source.stem}.pdf"
        resconv.write(model, pdf)
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        back = resconv.read(text.encode("utf-8"), format="text")
        correct.append(scores_fully(score, model, back))
    share = sum(correct) / len(correct)
    print(f"\nAKN -> PDF -> pdftotext -> model: {share:.1%} of {len(correct)} documents fully correct")
    assert share >= FLOOR
