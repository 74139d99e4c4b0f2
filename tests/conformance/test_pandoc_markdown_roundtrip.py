"""End to end through another tool's Markdown and text: the UN's AKN -> resconv's DOCX -> pandoc's
GitHub-flavoured Markdown (wrapped at 72 columns, [^n] notes, links), its CommonMark ("[n]" notes
after the text) or its plain text -> resconv's importer must give back the structure the UN file
encodes, in all six languages.

Skipped without ../shared/corpus, the official scorer or pandoc.
"""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

import resconv
from builders import official_scorer, scores_fully
from resconv.model import Resolution

# Documents fully correct when measured (all 246 unxml files, six languages): gfm 93.5%,
# commonmark 92.3%, plain 82.9% (80.5% before an Arabic phrase kept the vowel mark on its last
# letter, "أيضاً"); the misses are mostly oddities of the UN files themselves and,
# in plain text, the leading phrases the text no longer marks (and one file whose notes the UN
# numbers from 2: the DOCX numbers them so with w:numStart, which pandoc ignores, counting from 1).
# The floors catch regressions, not wobble.
TARGETS = {  # pandoc's output format -> (resconv's reader, floor)
    "gfm": ("markdown", 0.85),  # [^n] notes
    "commonmark": ("markdown", 0.85),  # "[n]" references and "[n] ..." notes after the text
    "plain": ("text", 0.72),  # the same, in text without emphasis
}


@pytest.fixture(scope="module")
def unxml_docx(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Resolution, Path]]:
    """Each UN AKN file of the corpus read, and written as resconv's DOCX."""
    folder = tmp_path_factory.mktemp("docx")
    out = []
    for source in sorted((corpus / "unxml").glob("*.xml")):
        model = resconv.read(source)
        docx = folder / f"{source.stem}.docx"
        resconv.write(model, docx)
        out.append((model, docx))
    return out


@pytest.mark.parametrize("target", sorted(TARGETS))
def test_pandoc_output_gives_back_the_structure(
    unxml_docx: list[tuple[Resolution, Path]], target: str
) -> None:
    if shutil.which("pandoc") is None:
        pytest.skip("pandoc is not installed")
    reader, floor = TARGETS[target]
    score = official_scorer()
    correct: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for model, docx in unxml_docx:
        converted = subprocess.run(
            ["pandoc", str(docx), "--from", "docx", "--to", target], capture_output=True, check=True
        ).stdout
        back = resconv.read(converted, format=reader)
        language = model.meta.language
        total[language] += 1
        correct[language] += scores_fully(score, model, back)
    share = sum(correct.values()) / sum(total.values())
    by_language = ", ".join(f"{code} {correct[code]}/{total[code]}" for code in sorted(total))
    documents = sum(total.values())
    print(
        f"\nAKN -> DOCX -> pandoc {target} -> model: {share:.1%} of {documents} fully correct ({by_language})"
    )
    assert share >= floor
