"""End to end through another tool's Markdown: the UN's AKN -> resconv's DOCX -> pandoc's
GitHub-flavoured Markdown (wrapped at 72 columns, [^n] notes, links) -> resconv's Markdown
importer must give back the structure the UN file encodes, in all six languages.

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

# Documents fully correct when measured (all 246 unxml files, six languages): 93.5%; the misses are
# mostly oddities of the UN files themselves. The floor catches regressions, not wobble.
FLOOR = 0.85


def test_pandoc_markdown_gives_back_the_structure(corpus: Path, tmp_path: Path) -> None:
    folder = corpus / "unxml"
    if shutil.which("pandoc") is None:
        pytest.skip("pandoc is not installed")
    score = official_scorer()
    correct: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for source in sorted(folder.glob("*.xml")):
        model = resconv.read(source)
        docx = tmp_path / f"{source.stem}.docx"
        resconv.write(model, docx)
        markdown = subprocess.run(
            ["pandoc", str(docx), "--from", "docx", "--to", "gfm"], capture_output=True, check=True
        ).stdout
        back = resconv.read(markdown, format="markdown")
        language = model.meta.language
        total[language] += 1
        correct[language] += scores_fully(score, model, back)
    share = sum(correct.values()) / sum(total.values())
    by_language = ", ".join(f"{code} {correct[code]}/{total[code]}" for code in sorted(total))
    documents = sum(total.values())
    print(f"\nAKN -> DOCX -> pandoc gfm -> model: {share:.1%} of {documents} fully correct ({by_language})")
    assert share >= FLOOR
