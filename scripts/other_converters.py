#!/usr/bin/env python3
"""The importers on what other tools make from PDFs: Markdown (pymupdf4llm, markitdown) and plain
text (PyMuPDF, pdfplumber, pypdfium2, pypdf), beside pdftotext's, which the conformance tests measure.

    pip install --target /tmp/converters pymupdf4llm 'markitdown[pdf]' pdfplumber pypdfium2 pypdf
    python scripts/other_converters.py --converters-path /tmp/converters [--languages en ru] [--tools pymupdf]
        [--pdf-maker libreoffice]

Each UN file in ``../shared/corpus/unxml`` is read, written as resconv's PDF (or, with
``--pdf-maker libreoffice``, as resconv's DOCX printed to PDF by LibreOffice, as a Word user's
PDF is made: its footnote rule is a drawn line, not a row of underscores), converted by each
tool, read back by resconv's Markdown or plain-text importer and judged by the official scorer
against the model the UN file gave (as the conformance tests judge pdftotext's text and pandoc's
Markdown). The tools are not dependencies of resconv (PyMuPDF is AGPL, and all are large), so they
run in a process of their own from ``--converters-path``; a tool that is not there is skipped.
Arabic comes out of them in visual order, or with each number and Latin run on a line of its own,
and is left out by default (``--languages ar`` measures it). ``benchmarks/converters_accuracy.py``
runs the same tools, one process a file, on the devset's 60 resolutions and their ``gold.json``.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType

import resconv
from resconv.errors import ResconvError
from resconv.model import Resolution

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from builders import scores_fully  # noqa: E402  (the conformance tests' judge, word for word)

CORPUS = ROOT.parent / "shared" / "corpus"
SCORER = ROOT.parent / "shared" / "tools" / "score.py"
LANGUAGES = ("zh", "en", "fr", "ru", "es")

# run in the converters' own process: PDF paths on stdin, one file written beside each PDF;
# each tool: what the importers read it as, and the program that defines convert(path) -> str
_TOOLS = {
    "pymupdf4llm": ("markdown", "import pymupdf4llm\nconvert = lambda path: pymupdf4llm.to_markdown(path)"),
    "markitdown": (
        "markdown",
        "from markitdown import MarkItDown\nconvert = lambda path: MarkItDown().convert(path).text_content",
    ),
    "pymupdf": (
        "text",
        "import pymupdf\nconvert = lambda path: '\\f'.join(page.get_text() for page in pymupdf.open(path))",
    ),
    "pdfplumber": (
        "text",
        "import pdfplumber\n"
        "def convert(path):\n"
        "    with pdfplumber.open(path) as pdf:\n"
        "        return '\\f'.join(page.extract_text() or '' for page in pdf.pages)",
    ),
    "pypdfium2": (
        "text",
        "import pypdfium2\n"
        "def convert(path):\n"
        "    pages = pypdfium2.PdfDocument(path)\n"
        "    return '\\f'.join(pages[n].get_textpage().get_text_range() for n in range(len(pages)))",
    ),
    "pypdf": (
        "text",
        "import pypdf\n"
        "convert = lambda path: '\\f'.join(page.extract_text() for page in pypdf.PdfReader(path).pages)",
    ),
}
_SUFFIX = {"markdown": "md", "text": "txt"}
_LOOP = """
import sys
from pathlib import Path
for line in sys.stdin:
    pdf = Path(line.strip())
    try:
        pdf.with_suffix(".{tool}.{suffix}").write_text(convert(str(pdf)), encoding="utf-8")
    except Exception as error:  # a converter's failure on one file is that file's result
        print(f"{{pdf.name}}: {{error}}", file=sys.stderr)
"""


def official_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("official_score", SCORER)
    if spec is None or spec.loader is None:
        raise SystemExit(f"official scorer not found at {SCORER}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def convert_all(tool: str, pdfs: list[Path], converters: Path) -> bool:
    """``tool``'s Markdown or text for every PDF; False where the tool is not installed there."""
    env = {**os.environ, "PYTHONPATH": str(converters)}
    kind, setup = _TOOLS[tool]
    program = setup + _LOOP.format(tool=tool, suffix=_SUFFIX[kind])
    probe = subprocess.run([sys.executable, "-c", setup], env=env, capture_output=True)
    if probe.returncode:
        print(f"{tool}: not installed in {converters}, skipped")
        return False
    paths = "\n".join(str(pdf) for pdf in pdfs)
    quiet = subprocess.DEVNULL  # the tools' own chatter ("RapidOCR is missing") goes
    done = subprocess.run([sys.executable, "-c", program], input=paths, text=True, env=env, stdout=quiet)
    if done.returncode:  # the files converted before a crash are still scored; the others count wrong
        print(f"{tool}: the converter stopped with exit status {done.returncode}")
    return True


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--converters-path", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--languages", nargs="+", default=list(LANGUAGES))
    parser.add_argument("--tools", nargs="+", choices=list(_TOOLS), default=list(_TOOLS))
    parser.add_argument("--pdf-maker", choices=["resconv", "libreoffice"], default="resconv")
    args = parser.parse_args()
    score = official_scorer()
    with tempfile.TemporaryDirectory() as scratch:
        models: dict[Path, Resolution] = {}
        for code in args.languages:
            for source in sorted((args.corpus / "unxml").glob(f"*_{code}.xml")):
                models[Path(scratch) / f"{source.stem}.pdf"] = resconv.read(source)
        make_pdfs(models, Path(scratch), args.pdf_maker)
        for tool in args.tools:
            if convert_all(tool, list(models), args.converters_path):
                report(tool, models, score, args.languages)


def make_pdfs(models: dict[Path, Resolution], folder: Path, maker: str) -> None:
    """Each model as a PDF at its path: resconv's own, or its DOCX printed by LibreOffice."""
    if maker == "resconv":
        for pdf, model in models.items():
            resconv.write(model, pdf)
        return
    for pdf, model in models.items():
        resconv.write(model, pdf.with_suffix(".docx"))
    fonts = importlib.import_module("render_pages").fontconfig_file(folder)  # the template's fonts
    profile = f"-env:UserInstallation={(folder / 'profile').as_uri()}"
    documents = [str(pdf.with_suffix(".docx")) for pdf in models]
    subprocess.run(
        ["soffice", profile, "--headless", "--convert-to", "pdf", "--outdir", str(folder), *documents],
        check=True,
        env={**os.environ, "FONTCONFIG_FILE": str(fonts)},
        capture_output=True,
    )


def report(tool: str, models: dict[Path, Resolution], score: ModuleType, languages: list[str]) -> None:
    """Documents fully right per language for one tool's Markdown or text."""
    kind = _TOOLS[tool][0]
    right: dict[str, list[bool]] = {code: [] for code in languages}
    for pdf, expected in models.items():
        converted = pdf.with_suffix(f".{tool}.{_SUFFIX[kind]}")
        try:
            got = resconv.read(converted.read_bytes(), format=kind)
            ok = scores_fully(score, expected, got)
        except (OSError, ResconvError):  # nothing from the tool, or nothing resconv can read
            ok = False
        except Exception as error:  # a defect of resconv's: named, and the run goes on
            print(f"{converted.name}: resconv failed: {error!r}")
            ok = False
        right[expected.meta.language].append(ok)
    cells = ", ".join(f"{code} {sum(done)}/{len(done)}" for code, done in right.items())
    every = [ok for done in right.values() for ok in done]
    importer = "Markdown" if kind == "markdown" else "plain-text"
    total = f"all {sum(every)}/{len(every)}"
    print(f"PDF -> {tool} -> {importer} importer, fully right: {cells}; {total}")


if __name__ == "__main__":
    main()
