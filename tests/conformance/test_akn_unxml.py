"""Conformance over ../shared/corpus: the UN's own AKN files through resconv and back.

For every file in ``unxml/`` and every devset ``source.xml``: import -> export is strictly valid,
import(export(import(x))) == import(x), and the structural signature (masthead values, container
names, paragraph numbers, labels, footnotes and their places, text, closing) matches the source
for at least 99 % of files. The reader is also scored against the devset gold with the official
scorer's compare(). Skipped when ../shared/corpus is absent.
"""

from __future__ import annotations

import json
from collections import defaultdict
from functools import cache
from pathlib import Path

import pytest

from builders import official_scorer
from resconv.akn_schema import validate
from resconv.errors import Diagnostics
from resconv.formats import ReadOptions, WriteOptions
from resconv.model import Resolution
from resconv.readers.akn import read
from resconv.readers.akn_structure import differences
from resconv.writers.akn import write

SHARED = Path(__file__).resolve().parents[3] / "shared"
CORPUS = SHARED / "corpus"
FILES = sorted((CORPUS / "unxml").glob("*.xml")) + sorted((CORPUS / "devset").glob("*/source.xml"))
STRUCTURE_PASS = 0.99

pytestmark = [
    pytest.mark.conformance,
    pytest.mark.skipif(not FILES, reason="../shared/corpus (unxml, devset) not present"),
]


def _name(path: Path) -> str:
    return path.name if path.parent.name == "unxml" else path.parent.name


@cache
def _run(path: Path) -> tuple[Resolution, bytes]:
    model = read(path.read_bytes(), options=ReadOptions(), diagnostics=Diagnostics(str(path)))
    return model, write(model, options=WriteOptions())


@pytest.mark.parametrize("path", FILES, ids=_name)
def test_export_is_strictly_valid_and_import_is_idempotent(path: Path) -> None:
    model, exported = _run(path)
    assert validate(exported) == []
    again = read(exported, options=ReadOptions(), diagnostics=Diagnostics())
    assert again.model_dump() == model.model_dump()


def test_structure_matches_the_source_for_99_percent() -> None:
    failures = {}
    for path in FILES:
        diffs = differences(path.read_bytes(), _run(path)[1])
        if diffs:
            failures[_name(path)] = diffs
    share = 1 - len(failures) / len(FILES)
    print(f"structure: {len(FILES) - len(failures)}/{len(FILES)} files match; differing: {failures}")
    assert share >= STRUCTURE_PASS, failures


def test_reader_agrees_with_the_devset_gold() -> None:
    """The gold says how the UN XML is meant to be read; every scored field >= 95 % of files."""
    scorer = official_scorer()
    folders = sorted(
        p.parent for p in (CORPUS / "devset").glob("*/gold.json") if (p.parent / "source.xml").is_file()
    )
    if not folders:
        pytest.skip("score.py or devset gold not present")
    agree: dict[str, list[bool]] = defaultdict(list)
    for folder in folders:
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        model, _ = _run(folder / "source.xml")
        for field, score in scorer.compare(gold, json.loads(model.model_dump_json())).items():
            agree[field].append(scorer.correct(field, score))
    rates = {field: sum(v) / len(v) for field, v in agree.items()}
    print("reader vs gold: " + ", ".join(f"{f} {100 * r:.1f}%" for f, r in rates.items()))
    assert min(rates.values()) >= 0.95, rates
