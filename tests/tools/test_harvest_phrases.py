"""The harvest of phrase lists from the UN's AKN files (tools/harvest_phrases.py)."""

from __future__ import annotations

import sys
from pathlib import Path

TOOLS = Path(__file__).resolve().parents[2] / "tools"
if str(TOOLS) not in sys.path:
    sys.path.insert(0, str(TOOLS))

from collections import Counter, defaultdict  # noqa: E402

from harvest_phrases import merge_reference, split_counts  # noqa: E402


def test_split_counts_the_shorter_phrase_emphasised_where_the_text_reads_the_longer() -> None:
    known = {"stresses", "stresses the importance", "takes note", "takes note of"}
    seen = [
        ("Stresses", "the importance of dialogue"),
        ("Stresses", "the importance"),
        ("Stresses the importance", "of peace"),
        ("Stresses", "the importanceless"),  # not the longer phrase: a longer word
        ("Takes note", "with appreciation"),
    ]
    counts = split_counts(known, seen, joiner=" ")
    assert counts["stresses the importance"] == 2
    assert counts["takes note of"] == 0


def test_split_counts_without_spaces_for_chinese() -> None:
    counts = split_counts(
        {"请", "请秘书长", "又请"},
        [("请", "秘书长提交报告"), ("请", "会员国"), ("又请", "秘书长")],
        joiner="",
    )
    assert counts == {"请秘书长": 1}


def test_reference_phrase_kept_unless_it_adds_words_printed_outside_the_emphasis(tmp_path: Path) -> None:
    (tmp_path / "en-operative.txt").write_text(
        "# source\nTakes note of\nNotes with satisfaction\nDeplores\n", encoding="utf-8"
    )
    ops: dict[str, Counter[str]] = defaultdict(Counter, {"en": Counter({"Takes note": 9, "Notes": 5})})
    pre: dict[str, Counter[str]] = defaultdict(Counter)
    after: dict[str, Counter[str]] = defaultdict(Counter, {"en": Counter({"of": 40, "with satisfaction": 0})})
    merge_reference(tmp_path, pre, ops, after)
    assert set(ops["en"]) == {"Takes note", "Notes", "Notes with satisfaction", "Deplores"}
    assert ops["en"]["Notes with satisfaction"] == 1
