#!/usr/bin/env python3
"""Importer accuracy on Markdown that other tools make from a PDF, scored by the official scorer.

    python benchmarks/converters_accuracy.py [devset] [--python PY] [--tools pymupdf4llm,markitdown]

For every devset resolution, resconv renders the UN's own ``source.xml`` to PDF; each converter
turns that PDF into Markdown (pymupdf4llm page by page with bold, italics and links; markitdown
through pdfminer, plain text in justified lines); ``pdftotext`` output is added beside it. The
results are laid out the way ``../shared/tools/score.py`` reads a devset (``seed.md`` = the
converter's Markdown, ``pdftext.txt`` = poppler's text, ``gold.json`` copied) under ``--out``, one
folder per converter, and the scorer runs on each. The converters are not resconv dependencies:
``--python`` names an interpreter that has them (``pip install "pymupdf4llm<1" "markitdown[pdf]"``).
Not a unit test: it measures, it does not assert.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

import resconv

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT.parent / "shared" / "corpus" / "devset"
SCORER = ROOT.parent / "shared" / "tools" / "score.py"
# Each writes the Markdown to the file named second (stdout may carry the tools' own notices).
CONVERT = {
    "pymupdf4llm": "import pymupdf4llm, pathlib, sys; "
    "pathlib.Path(sys.argv[2]).write_text(pymupdf4llm.to_markdown(sys.argv[1]), encoding='utf-8')",
    "markitdown": "from markitdown import MarkItDown; import pathlib, sys; "
    "pathlib.Path(sys.argv[2]).write_text(MarkItDown().convert(sys.argv[1]).text_content, encoding='utf-8')",
}


def convert(python: str, tool: str, pdf: Path, target: Path) -> None:
    """Write the converter's Markdown for ``pdf`` to ``target`` (run in ``python``, which has it)."""
    command = [python, "-c", CONVERT[tool], str(pdf), str(target)]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"{tool} failed on {pdf.name}: {done.stderr.strip()[-300:]}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("devset", nargs="?", type=Path, default=DEVSET)
    parser.add_argument("--python", default=sys.executable, help="interpreter that has the converters")
    parser.add_argument("--tools", default="pymupdf4llm,markitdown")
    parser.add_argument("--out", type=Path, default=Path("converters-accuracy"))
    args = parser.parse_args()
    if not args.devset.is_dir() or not SCORER.exists():
        raise SystemExit(f"needs {args.devset} and {SCORER}")
    tools = [tool for tool in args.tools.split(",") if tool]
    pdfs = args.out / "pdf"
    pdfs.mkdir(parents=True, exist_ok=True)
    for folder in sorted(p for p in args.devset.iterdir() if (p / "source.xml").exists()):
        pdf = pdfs / f"{folder.name}.pdf"
        resconv.write(resconv.read(folder / "source.xml"), pdf)
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True).stdout
        for tool in tools:
            target = args.out / tool / folder.name
            target.mkdir(parents=True, exist_ok=True)
            shutil.copy(folder / "gold.json", target / "gold.json")
            convert(args.python, tool, pdf, target / "seed.md")
            (target / "pdftext.txt").write_bytes(text)
    for tool in tools:
        print(f"\n== {tool} (seed.md) and pdftotext (pdftext.txt), resconv's PDFs of {args.devset}")
        score = [sys.executable, str(SCORER), str(args.out / tool)]
        report = subprocess.run(score, capture_output=True, text=True)
        print(report.stdout[report.stdout.find("per language") :])


if __name__ == "__main__":
    main()
