#!/usr/bin/env python3
"""Why each devset leading phrase the importers get wrong is wrong: what the UN files themselves do.

    python scripts/explain_misses.py [--corpus ../shared/corpus] [--kinds seed.md pdftext.txt]

For every paragraph whose phrase differs from ``gold.json`` (paragraphs paired in order, where the
counts agree), the gold phrase and the importer's are mostly one the other's start ("Acoge" and
"Acoge con beneplácito"). Over the UN's other AKN files in the corpus for the language (devset
``source.xml`` and ``unxml``, each distinct file once), the script counts the paragraphs whose
text opens with the longer of the two, and how many of them the UN emphasised as resconv reads
the words and as the gold does; the same for the document's other paragraphs. A text without
emphasis (``pdftext.txt``, or a plain paragraph of ``seed.md``) shows only the words: where the
other paragraphs all read them resconv's way, the gold phrase cannot be recovered from the text
without contradicting the UN's own files. Not a test: it explains, it does not assert.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import resconv
from resconv.recover.phrases import fold_with_map

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from harvest_phrases import Occurrences, harvest  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
KINDS = ("seed.md", "pdftext.txt")


def fold(text: str, language: str) -> str:
    """The importers' folding (case, NFKC, spaces, tatweel), the phrase's trailing comma left out."""
    folded = fold_with_map(text)[0].strip(" ,،，:;")
    return folded.replace(" ", "") if language == "zh" else folded


def occurrences(files: list[Path]) -> Occurrences:
    """Each (emphasised phrase, text after it) of the files' recitals and operative paragraphs."""
    seen: Occurrences = defaultdict(list)
    pre: dict[str, Counter[str]] = defaultdict(Counter)
    ops: dict[str, Counter[str]] = defaultdict(Counter)
    after: dict[str, Counter[str]] = defaultdict(Counter)
    for file in files:
        harvest(file, pre, ops, after, seen)
    return seen


Corpus = dict[str, Occurrences]  # content digest of a UN file -> its occurrences


def corpus_of(files: list[Path]) -> Corpus:
    """Each distinct UN file's occurrences (``devset/75_47_en/source.xml`` and
    ``unxml/75_47_en.xml`` are one file)."""
    return {hashlib.sha256(file.read_bytes()).hexdigest(): occurrences([file]) for file in files}


def others(corpus: Corpus, own: Path, language: str) -> list[tuple[str, str]]:
    """The occurrences of every UN file but ``own``."""
    digest = hashlib.sha256(own.read_bytes()).hexdigest()
    return [pair for key, seen in corpus.items() if key != digest for pair in seen[language]]


def readings(seen: list[tuple[str, str]], longer: str, shorter: str, language: str) -> Counter[str]:
    """How the UN emphasised the paragraphs whose text opens with ``longer``."""
    counts: Counter[str] = Counter()
    for phrase, rest in seen:
        if not fold(f"{phrase} {rest}", language).startswith(longer):
            continue
        folded = fold(phrase, language)
        counts["longer" if folded == longer else "shorter" if folded == shorter else "other"] += 1
    return counts


def phrases(doc: dict[str, Any]) -> dict[str, list[str]]:
    """The leading phrases of the recitals and of the operative paragraphs (headings left out)."""
    operative = [block for block in doc["operative"] if block.get("kind") != "heading"]
    return {
        "recital": [str(p.get("phrase") or "") for p in doc["preamble"]],
        "operative": [str(p.get("phrase") or "") for p in operative],
    }


Verdict = str  # "resconv's more often", "no other evidence", "gold's more often", "" (no comparison)


def explain(folder: Path, kind: str, corpus: Corpus) -> list[tuple[str, Verdict]]:
    """A line for each wrong phrase of ``folder/kind`` (or part whose count differs), and which
    reading of the words the other UN paragraphs that open with them emphasise more often."""
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    language = str(gold["meta"]["language"])
    model = resconv.read(folder / kind, format="markdown" if kind.endswith(".md") else "text")
    ours = phrases(model.model_dump(mode="json"))
    own = occurrences([folder / "source.xml"])[language]
    elsewhere = others(corpus, folder / "source.xml", language)
    lines: list[tuple[str, Verdict]] = []
    for part, expected in phrases(gold).items():
        found = ours[part]
        if len(found) != len(expected):
            lines.append((f"{folder.name} {kind} {part}s: {len(found)} found, gold has {len(expected)}", ""))
            continue
        for index, (want, got) in enumerate(zip(expected, found, strict=True), 1):
            want_f, got_f = fold(want, language), fold(got, language)
            if want_f != got_f:
                where = f"{folder.name} {kind} {part} {index}: gold “{want}”, resconv “{got}”"
                lines.append(_weigh(where, want_f, got_f, elsewhere, own, language))
    return lines


def _weigh(
    where: str,
    want: str,
    got: str,
    elsewhere: list[tuple[str, str]],
    own: list[tuple[str, str]],
    language: str,
) -> tuple[str, Verdict]:
    longer, shorter = max(want, got, key=len), min(want, got, key=len)
    if not longer.startswith(shorter):
        return f"{where}: neither is the other's start", ""
    everywhere = readings(elsewhere, longer, shorter, language)
    here = readings(own, longer, shorter, language)
    gold_side = "longer" if longer == want else "shorter"
    ours_side = "shorter" if gold_side == "longer" else "longer"
    here[gold_side] = max(here[gold_side] - 1, 0)  # the paragraph itself
    text = (
        f"{where}; other paragraphs opening with “{longer}”, emphasised as resconv reads them / "
        f"as the gold does: other UN files {everywhere[ours_side]}/{everywhere[gold_side]}, "
        f"this document {here[ours_side]}/{here[gold_side]}"
    )
    if everywhere[ours_side] == everywhere[gold_side]:
        return text, "no other evidence" if not everywhere[ours_side] else "as often"
    return text, "resconv's more often" if everywhere[ours_side] > everywhere[
        gold_side
    ] else "gold's more often"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--kinds", nargs="+", default=list(KINDS))
    args = parser.parse_args()
    corpus = corpus_of(sorted(args.corpus.rglob("*.xml")))
    verdicts: Counter[Verdict] = Counter()
    for folder in sorted(path for path in (args.corpus / "devset").iterdir() if path.is_dir()):
        for kind in args.kinds:
            if (folder / kind).exists():
                for line, verdict in explain(folder, kind, corpus):
                    print(line)
                    verdicts[verdict] += 1
    summary = ", ".join(f"{verdict}: {count}" for verdict, count in verdicts.most_common() if verdict)
    total = sum(verdicts.values())
    print(f"{total} misses; where one phrase extends the other, the reading the UN files show {summary}")


if __name__ == "__main__":
    main()
