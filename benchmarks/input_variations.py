#!/usr/bin/env python3
"""Importer accuracy on the devset as other tools and systems write it, scored by the official scorer.

    python benchmarks/input_variations.py [--corpus ../shared/corpus] [--only VARIANT ...]

Each variant rewrites every devset ``seed.md`` and ``pdftext.txt`` (and the devset-real text) the
way some tool or system does: quotes straightened, letters decomposed (macOS), soft hyphens, UTF-16
without a byte order mark, Markdown wrapped at 72 columns, "*Recalling *its" emphasis, and so on.
A document a variant leaves unchanged is not scored for it. For each variant the script prints the
documents ``../shared/tools/score.py`` finds fully right, before (the files as they are) and after
(rewritten), per input kind. Some losses are the variant's own: straightened quotes change the
printed title and phrases ("l'Assemblée"), which the gold spells "l’Assemblée". Not a unit test:
it measures, it does not assert.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import textwrap
import unicodedata
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from score_table import fully_right_per_kind  # noqa: E402

SCORER = ROOT.parent / "shared" / "tools" / "score.py"
KINDS = ("seed.md", "pdftext.txt")

Rewrite = Callable[[str, str], "str | bytes | None"]  # (text, language) -> rewritten, or None: skip


def _wrap_markdown(text: str, _: str) -> str:
    """pandoc's habit: each paragraph wrapped at 72 columns, a blank line between paragraphs."""
    paragraphs = [line.strip() for line in text.split("\n") if line.strip()]
    return "\n\n".join(
        textwrap.fill(p, 72, break_long_words=False, break_on_hyphens=False) for p in paragraphs
    )


def _soft_hyphens(text: str, _: str) -> str:
    """A soft hyphen in the middle of every word of ten letters or more."""
    return re.sub(r"\b(\w{5})(\w{5,})", "\\1\u00ad\\2", text)


def _nbsp_every_third_space(text: str, _: str) -> str:
    """Between words only: a space of Markdown's syntax ("## Title") stays."""
    count = iter(range(10**9))
    return re.sub(r"(?<=[^\s#]) (?=\S)", lambda _m: "\u00a0" if next(count) % 3 == 2 else " ", text)


def _emphasis_with_its_space(text: str, _: str) -> str:
    return re.sub(r"(?<![*\w])\*([^*\n]+?)\* (?=\w)", r"*\1 *", text)


def _underscore_emphasis(text: str, _: str) -> str:
    text = re.sub(r"\*\*([^*\n]+?)\*\*", r"__\1__", text)
    return re.sub(r"(?<![*\w])\*([^*\n]+?)\*(?![*\w])", r"_\1_", text)


def _full_width_numbers(text: str, language: str) -> str | None:
    if language != "zh":
        return None
    digits = str.maketrans("0123456789", "０１２３４５６７８９")
    return re.sub(
        r"^(\s*)(\d{1,3})\.", lambda m: m.group(1) + m.group(2).translate(digits) + "．", text, flags=re.M
    )


def _encoded(encoding: str) -> Rewrite:
    return lambda text, _: text.encode(encoding)


VARIANTS: dict[str, tuple[Rewrite | None, Rewrite | None]] = {  # (Markdown, plain text)
    "straight quotes": (
        lambda t, _: t.translate(str.maketrans("“”’‘", "\"\"''")),
        lambda t, _: t.translate(str.maketrans("“”’‘", "\"\"''")),
    ),
    "decomposed letters (NFD)": (
        lambda t, _: unicodedata.normalize("NFD", t),
        lambda t, _: unicodedata.normalize("NFD", t),
    ),
    "soft hyphens in long words": (_soft_hyphens, _soft_hyphens),
    "UTF-16 LE without BOM": (_encoded("utf-16-le"), _encoded("utf-16-le")),
    "UTF-16 BE without BOM": (_encoded("utf-16-be"), _encoded("utf-16-be")),
    "no-break spaces between words": (_nbsp_every_third_space, _nbsp_every_third_space),
    "CRLF line ends": (lambda t, _: t.replace("\n", "\r\n"), lambda t, _: t.replace("\n", "\r\n")),
    "Markdown wrapped at 72 columns": (_wrap_markdown, None),
    "emphasis with its space: *Recalling *its": (_emphasis_with_its_space, None),
    "underscores for asterisks": (_underscore_emphasis, None),
    "numbers as 1)": (lambda t, _: re.sub(r"^(\d{1,3})\. ", r"\1) ", t, flags=re.M), None),
    "Chinese numbers as １．": (_full_width_numbers, _full_width_numbers),
}


def build(corpus: Path, markdown: Rewrite | None, text: Rewrite | None, out: Path, rewrite: bool) -> int:
    """Lay out the (rewritten) documents as the scorer reads a devset; the number of documents."""
    count = 0
    folders = sorted((corpus / "devset").iterdir()) + sorted((corpus / "devset-real").iterdir())
    for folder in (f for f in folders if (f / "gold.json").is_file()):
        language = folder.name.rsplit("_", 1)[-1]
        made = False
        for kind, change in zip(KINDS, (markdown, text), strict=True):
            source = folder / kind
            if change is None or not source.is_file():
                continue
            original = source.read_text(encoding="utf-8")
            changed = change(original, language)
            if changed is None or changed == original:
                continue
            target = out / folder.name / kind
            target.parent.mkdir(parents=True, exist_ok=True)
            payload = changed if rewrite else original
            target.write_bytes(payload.encode("utf-8") if isinstance(payload, str) else payload)
            made = True
        if made:
            (out / folder.name / "gold.json").write_bytes((folder / "gold.json").read_bytes())
            count += 1
    return count


def fully_right(folder: Path) -> dict[str, tuple[int, int]]:
    """Per input kind: documents fully right and documents scored, from the scorer's table."""
    report = subprocess.run(
        [sys.executable, str(SCORER), str(folder)], capture_output=True, text=True, check=True
    ).stdout
    return fully_right_per_kind(report)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--only", nargs="*", choices=list(VARIANTS), default=list(VARIANTS))
    args = parser.parse_args()
    print(f"{'variant':42} " + "  ".join(f"{kind + ' before -> after':>26}" for kind in KINDS))
    for name in args.only:
        markdown, text = VARIANTS[name]
        with tempfile.TemporaryDirectory() as scratch:
            before, after = Path(scratch) / "before", Path(scratch) / "after"
            build(args.corpus, markdown, text, before, rewrite=False)
            build(args.corpus, markdown, text, after, rewrite=True)
            was, now = fully_right(before), fully_right(after)
        cells = [
            f"{was[k][0]:>3} -> {now.get(k, (0, 0))[0]:>3} of {was[k][1]:>3}" if k in was else "-"
            for k in KINDS
        ]
        print(f"{name:42} " + "  ".join(f"{cell:>26}" for cell in cells))


if __name__ == "__main__":
    main()
