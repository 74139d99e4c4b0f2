"""The harvest of phrase lists from the UN's AKN files (tools/harvest_phrases.py)."""

from __future__ import annotations

import sys
from pathlib import Path

TOOLS = Path(__file__).resolve().parents[2] / "tools"
if str(TOOLS) not in sys.path:
    sys.path.insert(0, str(TOOLS))

from harvest_phrases import split_counts  # noqa: E402


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
