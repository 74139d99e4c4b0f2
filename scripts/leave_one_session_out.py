#!/usr/bin/env python3
"""The importers on resolutions from a session whose leading phrases they have never seen.

    python scripts/leave_one_session_out.py [--sessions 76 77] [--corpus ../shared/corpus]

The phrase lists in ``src/resconv/data/phrases`` are harvested from the UN files of sessions 75-77,
so the devset score flatters the importers: the hidden documents come from other sessions, whose
phrases are partly new. For each session this script harvests the lists again without that
session's files (``tools/harvest_phrases.py``), installs them in a scratch copy of the package,
and runs the official scorer on that session's devset documents with the copy. Session 75 loses the
246 ``unxml`` files as well, so its figure is the harshest.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from harvest_phrases import main as harvest  # noqa: E402
from score_table import fully_right_per_kind  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
SCORER = ROOT.parent / "shared" / "tools" / "score.py"
KINDS = ("seed.md", "pdftext.txt")


def score_session(session: str, corpus: Path, scratch: Path) -> dict[str, tuple[int, int]]:
    """(documents fully correct, documents) per input kind for one session, its phrases left out."""
    package = scratch / session / "src"
    shutil.copytree(ROOT / "src" / "resconv", package / "resconv")
    harvest(corpus, corpus.parent / "reference" / "phrases", package / "resconv/data/phrases", session)
    documents = scratch / session / "devset"
    documents.mkdir()
    for folder in sorted((corpus / "devset").glob(f"{session}_*")):
        (documents / folder.name).symlink_to(folder)
    command = f"{sys.executable} -m resconv.cli convert {{input}} --to json -o {{output}}"
    env = {**os.environ, "PYTHONPATH": str(package)}
    report = subprocess.run(
        [sys.executable, str(SCORER), str(documents), "--cmd", command],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout
    return fully_right_per_kind(report)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--sessions", nargs="+", default=["75", "76", "77"])
    args = parser.parse_args()
    print(f"{'session':8} {'seed.md':>14} {'pdftext.txt':>14}   (documents fully correct, phrases unseen)")
    totals = {kind: [0, 0] for kind in KINDS}
    with tempfile.TemporaryDirectory() as scratch:
        for session in args.sessions:
            scores = score_session(session, args.corpus, Path(scratch))
            for kind, (right, count) in scores.items():
                totals[kind][0] += right
                totals[kind][1] += count
            print(f"{session:8} " + " ".join(_cell(*scores[kind]) for kind in KINDS))
    print(f"{'all':8} " + " ".join(_cell(*totals[kind]) for kind in KINDS))


def _cell(right: int, count: int) -> str:
    return f"{f'{right}/{count} {right / count:.1%}':>14}"


if __name__ == "__main__":
    main()
