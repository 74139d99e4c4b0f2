#!/usr/bin/env python3
"""The Markdown importer on Markdown that other tools make from PDFs: pymupdf4llm and markitdown.

    pip install --target /tmp/converters pymupdf4llm 'markitdown[pdf]'
    python scripts/other_converters.py --converters-path /tmp/converters [--languages en ru]

Each UN file in ``../shared/corpus/unxml`` is read, written as resconv's PDF, converted to
Markdown by each tool, read back by resconv's Markdown importer and judged by the official scorer
against the model the UN file gave (as the conformance tests judge pdftotext's text and pandoc's
Markdown). The tools are not dependencies of resconv (PyMuPDF is AGPL, and both are large), so they
run in a process of their own from ``--converters-path``; a tool that is not there is skipped.
Arabic comes out of both in visual order, letters or words reversed, and is left out by default.
"""

from __future__ import annotations

import argparse
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

# run in the converters' own process: PDF paths on stdin, one Markdown file written beside each
_CONVERT = {
    "pymupdf4llm": "import pymupdf4llm\nconvert = lambda path: pymupdf4llm.to_markdown(path)",
    "markitdown": (
        "from markitdown import MarkItDown\nconvert = lambda path: MarkItDown().convert(path).text_content"
    ),
}
_LOOP = """
import sys
from pathlib import Path
for line in sys.stdin:
    pdf = Path(line.strip())
    try:
        pdf.with_suffix(".{tool}.md").write_text(convert(str(pdf)), encoding="utf-8")
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
    """Markdown for every PDF from ``tool``; False where the tool is not installed there."""
    env = {**os.environ, "PYTHONPATH": str(converters)}
    program = _CONVERT[tool] + _LOOP.format(tool=tool)
    probe = subprocess.run([sys.executable, "-c", _CONVERT[tool]], env=env, capture_output=True)
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
    args = parser.parse_args()
    score = official_scorer()
    with tempfile.TemporaryDirectory() as scratch:
        models: dict[Path, Resolution] = {}
        for code in args.languages:
            for source in sorted((args.corpus / "unxml").glob(f"*_{code}.xml")):
                pdf = Path(scratch) / f"{source.stem}.pdf"
                models[pdf] = resconv.read(source)
                resconv.write(models[pdf], pdf)
        for tool in _CONVERT:
            if convert_all(tool, list(models), args.converters_path):
                report(tool, models, score, args.languages)


def report(tool: str, models: dict[Path, Resolution], score: ModuleType, languages: list[str]) -> None:
    """Documents fully right per language for one tool's Markdown."""
    right: dict[str, list[bool]] = {code: [] for code in languages}
    for pdf, expected in models.items():
        markdown = pdf.with_suffix(f".{tool}.md")
        try:
            got = resconv.read(markdown.read_bytes(), format="markdown")
            ok = scores_fully(score, expected, got)
        except (OSError, ResconvError):  # no Markdown from the tool, or none resconv can read
            ok = False
        except Exception as error:  # a defect of resconv's: named, and the run goes on
            print(f"{markdown.name}: resconv failed: {error!r}")
            ok = False
        right[expected.meta.language].append(ok)
    cells = ", ".join(f"{code} {sum(done)}/{len(done)}" for code, done in right.items())
    every = [ok for done in right.values() for ok in done]
    print(f"resconv PDF -> {tool} -> Markdown importer, fully right: {cells}; all {sum(every)}/{len(every)}")


if __name__ == "__main__":
    main()
