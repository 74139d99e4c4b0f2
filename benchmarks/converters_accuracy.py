#!/usr/bin/env python3
"""Importer accuracy on what other tools make from a PDF, scored by the official scorer.

    python benchmarks/converters_accuracy.py [devset] [--python PY] [--tools pymupdf4llm,markitdown,...]

For every devset resolution, resconv renders the UN's own ``source.xml`` to PDF; each tool turns
that PDF into Markdown or text: pymupdf4llm (Markdown page by page with bold, italics and links),
markitdown (Markdown through pdfminer, plain text in justified lines), and the text of PyMuPDF's
``page.get_text()``, pdfplumber's ``page.extract_text()``, pypdfium2's ``get_text_range()`` and
pypdf's ``page.extract_text()``,
each page's text joined to the next by a line break, with no form feed. One tool starts from
resconv's DOCX of the same file instead: mammoth (``convert_to_markdown``: Word's notes as
``[[1]](#footnote-1)`` links and a numbered list after the text), pandoc's plain text and its
CommonMark (``-t plain``, ``-t commonmark``: notes as "[1]" and a list of "[1] ..." after the
text). The results are laid out
the way ``../shared/tools/score.py`` reads a devset under ``--out``, one folder per tool: a
Markdown tool's output as ``seed.md`` with ``pdftotext`` output beside it as ``pdftext.txt`` (a DOCX
tool's Markdown alone), a text tool's output as ``pdftext.txt``; ``gold.json`` copied. The scorer
runs on each folder. The tools are not resconv dependencies: ``--python`` names an interpreter
that has them (``pip install "pymupdf4llm<1" "markitdown[pdf]" pdfplumber pypdfium2 pypdf mammoth``).
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
# Each writes its output to the file named second (stdout may carry the tools' own notices).
_WRITE = "pathlib.Path(sys.argv[2]).write_text({}, encoding='utf-8')"
_PANDOC = (
    "import subprocess, sys; "
    "subprocess.run(['pandoc', '-f', 'docx', '-t', '{}', sys.argv[1], '-o', sys.argv[2]], check=True)"
)
CONVERT = {
    "pymupdf4llm": "import pymupdf4llm, pathlib, sys; "
    + _WRITE.format("pymupdf4llm.to_markdown(sys.argv[1])"),
    "markitdown": "from markitdown import MarkItDown; import pathlib, sys; "
    + _WRITE.format("MarkItDown().convert(sys.argv[1]).text_content"),
    "pymupdf": "import pymupdf, pathlib, sys; "
    + _WRITE.format("'\\n'.join(page.get_text() for page in pymupdf.open(sys.argv[1]))"),
    "pdfplumber": "import pdfplumber, pathlib, sys; "
    + _WRITE.format("'\\n'.join(page.extract_text() for page in pdfplumber.open(sys.argv[1]).pages)"),
    "pypdfium2": "import pypdfium2, pathlib, sys; document = pypdfium2.PdfDocument(sys.argv[1]); "
    + _WRITE.format("'\\n'.join(page.get_textpage().get_text_range() for page in document)"),
    "pypdf": "import pypdf, pathlib, sys; "
    + _WRITE.format("'\\n'.join(page.extract_text() for page in pypdf.PdfReader(sys.argv[1]).pages)"),
    "mammoth": "import mammoth, pathlib, sys; "
    + _WRITE.format("mammoth.convert_to_markdown(open(sys.argv[1], 'rb')).value"),
    "pandoc-plain": _PANDOC.format("plain"),
    "pandoc-commonmark": _PANDOC.format("commonmark"),
}
TEXT_TOOLS = {"pymupdf", "pdfplumber", "pypdfium2", "pypdf", "pandoc-plain"}  # plain text, not Markdown
DOCX_TOOLS = {"mammoth", "pandoc-plain", "pandoc-commonmark"}  # they read resconv's DOCX, not its PDF


def convert(python: str, tool: str, pdf: Path, target: Path) -> None:
    """Write the tool's Markdown or text for ``pdf`` to ``target`` (run in ``python``, which has it)."""
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
        pdf, docx = pdfs / f"{folder.name}.pdf", pdfs / f"{folder.name}.docx"
        model = resconv.read(folder / "source.xml")
        resconv.write(model, pdf)
        if DOCX_TOOLS & set(tools):
            resconv.write(model, docx)
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True).stdout
        for tool in tools:
            target = args.out / tool / folder.name
            target.mkdir(parents=True, exist_ok=True)
            shutil.copy(folder / "gold.json", target / "gold.json")
            if tool in DOCX_TOOLS:
                convert(
                    args.python, tool, docx, target / ("pdftext.txt" if tool in TEXT_TOOLS else "seed.md")
                )
            elif tool in TEXT_TOOLS:
                convert(args.python, tool, pdf, target / "pdftext.txt")
            else:
                convert(args.python, tool, pdf, target / "seed.md")
                (target / "pdftext.txt").write_bytes(text)
    for tool in tools:
        slots = "pdftext.txt" if tool in TEXT_TOOLS else "seed.md"
        if tool not in TEXT_TOOLS | DOCX_TOOLS:
            slots += ", and pdftotext as pdftext.txt"
        source = "DOCX" if tool in DOCX_TOOLS else "PDFs"
        print(f"\n== {tool} ({slots}), resconv's {source} of {args.devset}")
        score = [sys.executable, str(SCORER), str(args.out / tool)]
        report = subprocess.run(score, capture_output=True, text=True)
        print(report.stdout[report.stdout.find("per language") :])


if __name__ == "__main__":
    main()
