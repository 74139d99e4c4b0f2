#!/usr/bin/env python3
"""How many of the official PDF's long lines resconv's PDF sets exactly the same.

    python scripts/line_agreement.py [--language en] [--templates DIR] [devset]

For every devset resolution in the language, resconv renders the UN's ``source.xml`` to PDF and
``pdftotext`` reads it; each line of more than 50 characters of the devset's ``pdftext.txt`` (text
of the official PDF) counts as reproduced when our text has the same line. A rough but independent
measure of how closely line breaking follows the official layout; compare template variants with
``--templates`` (a folder holding ``pdf/resolution.typ``).
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
from pathlib import Path

import resconv
from resconv.formats import WriteOptions
from resconv.writers.pdf import write

DEVSET = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "devset"
LONG = 50


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("devset", nargs="?", type=Path, default=DEVSET)
    parser.add_argument("--language", default="en")
    parser.add_argument("--templates", type=Path, default=None)
    args = parser.parse_args()
    same = total = 0
    with tempfile.TemporaryDirectory() as scratch:
        pdf = Path(scratch) / "out.pdf"
        for folder in sorted(args.devset.glob(f"*_{args.language}")):
            model = resconv.read(folder / "source.xml")
            pdf.write_bytes(write(model, options=WriteOptions(templates_dir=args.templates)))
            command = ["pdftotext", str(pdf), "-"]
            ours = subprocess.run(command, capture_output=True, text=True, check=True).stdout
            mine = {line.strip() for line in ours.splitlines()}
            text = (folder / "pdftext.txt").read_text(encoding="utf-8")
            official = [line.strip() for line in text.splitlines()]
            long_lines = [line for line in official if len(line) > LONG]
            same += sum(line in mine for line in long_lines)
            total += len(long_lines)
    share = same / max(total, 1)
    print(f"{args.language}: {same}/{total} = {share:.1%} of the official long lines set the same")


if __name__ == "__main__":
    main()
