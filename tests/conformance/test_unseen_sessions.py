"""The importers on sessions whose leading phrases they have never seen.

The hidden documents come from other sessions, so the devset score (phrase lists harvested from
the devset's own files) flatters the importers. scripts/leave_one_session_out.py harvests the
lists again without one session and scores that session's devset documents with them. Skipped
without ../shared/corpus or the official scorer.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from builders import official_scorer

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "leave_one_session_out.py"

# Pooled over sessions 75-77 when last measured: seed.md 55/60 (91.7%), pdftext.txt 44/60 (73.3%);
# before a verb's possessive complement was taken in, 54/60 and 42/60; before guessed phrases took
# the words known ones have after their first word, 50/60 and 38/60; before the language files' own
# modifiers, 43/60 and 26/60; with no phrase composition or
# guessing, 28/60 and 13/60. The floors sit a little below.
FLOORS = {"seed.md": 0.88, "pdftext.txt": 0.68}


def test_unseen_sessions_keep_most_documents_right(corpus: Path) -> None:
    official_scorer()  # skips without the scorer
    run = subprocess.run(
        [sys.executable, str(SCRIPT), "--corpus", str(corpus)], capture_output=True, text=True, check=True
    )
    print("\n" + run.stdout)
    pooled = re.search(r"^all\s+(\d+)/(\d+) \S+\s+(\d+)/(\d+)", run.stdout, re.M)
    assert pooled is not None, run.stdout
    if not int(pooled[2]):
        pytest.skip("no devset documents")
    seed, pdftext = int(pooled[1]) / int(pooled[2]), int(pooled[3]) / int(pooled[4])
    assert seed >= FLOORS["seed.md"]
    assert pdftext >= FLOORS["pdftext.txt"]
