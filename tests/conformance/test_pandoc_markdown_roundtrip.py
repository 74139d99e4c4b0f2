"""End to end through another tool's Markdown: the UN's AKN -> resconv's DOCX -> pandoc's
GitHub-flavoured Markdown (wrapped at 72 columns, [^n] notes, links) -> resconv's Markdown
importer must give back the structure the UN file encodes, in all six languages.

Skipped without ../shared/corpus, the official scorer or pandoc.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import resconv
from builders import official_scorer

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
# Documents fully correct when measured (all 246 unxml files, six languages): 93.9%; the misses are
# mostly oddities of the UN files themselves. The floor catches regressions, not wobble.
FLOOR = 0.85


def _as_gold(model: resconv.Resolution) -> dict[str, Any]:
    gold: dict[str, Any] = json.loads(model.model_dump_json())
    for block in gold["operative"]:
        if str(block.get("number") or "").isdigit():
            block["number"] = int(block["number"])
    gold["meta"]["adopted_on"] = gold["meta"]["adopted_on"] or ""
    return gold


def test_pandoc_markdown_gives_back_the_structure(tmp_path: Path) -> None:
    folder = SHARED / "corpus" / "unxml"
    if not folder.is_dir():
        pytest.skip(f"corpus not found at {folder}")
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
        result = score.compare(_as_gold(model), json.loads(back.model_dump_json()))
        language = model.meta.language
        total[language] += 1
        correct[language] += all(score.correct(field, value) for field, value in result.items())
    share = sum(correct.values()) / sum(total.values())
    by_language = ", ".join(f"{code} {correct[code]}/{total[code]}" for code in sorted(total))
    documents = sum(total.values())
    print(f"\nAKN -> DOCX -> pandoc gfm -> model: {share:.1%} of {documents} fully correct ({by_language})")
    assert share >= FLOOR
