"""Rebuild the leading-phrase lists in src/resconv/data/phrases/ from the UN's own AKN files.

    python tools/harvest_phrases.py ../shared/corpus [../shared/reference/phrases]

Preambular phrases are the ``name`` of every ``preamble/container``; operative phrases are the
first emphasised span of every paragraph of the resolution's own ``mainBody`` (not an annex's,
not a heading's). ``<lang>-after.txt`` counts, for each word sequence that extends one known
phrase into another ("also", "with concern"), how often it follows a phrase outside the
emphasis. ``<lang>-split.txt`` counts, for each known phrase that extends a shorter one, how often
the UN emphasises only the shorter one where the text reads the longer ("*请*秘书长",
"*Acoge* con beneplácito"). Lists from the reference folder
(one phrase a line, ``#`` comments) are merged in. Output is sorted, one phrase a line with the
number of times the UN files emphasise it: when
several known phrases open a paragraph, the importers prefer the longest one that is not rare
next to a shorter one ("Stresses" over "Stresses the importance").
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

from lxml import etree

AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
OUT = Path(__file__).resolve().parents[1] / "src/resconv/data/phrases"


def clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("\u0640", "")
    return re.sub(r"\s+", " ", text).strip(" ,،，:;")


def all_text(element: etree._Element) -> str:
    """The element's text with its descendants' (lxml types itertext as str or bytes)."""
    return "".join(str(piece) for piece in element.itertext())


def language_of(path: Path) -> str:
    match = re.search(r"_(ar|zh|en|fr|ru|es)(?:\.xml|/source\.xml)$", str(path))
    return match.group(1) if match else ""


def session_of(path: Path) -> str:
    """The session of a corpus file named like 77_205_en.xml or 77_205_en/source.xml."""
    match = re.search(r"(\d+)_\d+_(?:ar|zh|en|fr|ru|es)(?:\.xml|/source\.xml)$", str(path))
    return match.group(1) if match else ""


Occurrences = dict[str, list[tuple[str, str]]]  # language -> (emphasised phrase, text after it)


def harvest(
    path: Path,
    pre: dict[str, Counter[str]],
    ops: dict[str, Counter[str]],
    after: dict[str, Counter[str]],
    seen: Occurrences,
    preambular: Occurrences | None = None,
) -> None:
    """Count the leading phrases of one UN file and the words after them; each (phrase, text after
    it) goes to ``seen``, and the preamble's also to ``preambular`` when given."""
    lang = language_of(path)
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    try:
        root = etree.parse(str(path), parser).getroot()
    except etree.XMLSyntaxError:
        return
    for container in root.iter(f"{AKN}container"):
        parent = container.getparent()
        if parent is not None and parent.tag == f"{AKN}preamble":
            name = clean(container.get("name", ""))
            if name and len(name) < 60:
                pre[lang][name] += 1
                text = clean(all_text(container))
                if text.startswith(name):
                    count_words_after(text[len(name) :], after[lang])
                    seen[lang].append((name, text[len(name) :]))
                    if preambular is not None:
                        preambular[lang].append((name, text[len(name) :]))
    for body in root.iter(f"{AKN}mainBody"):
        if any(ancestor.tag == f"{AKN}attachment" for ancestor in body.iterancestors()):
            continue  # an annex: its bold headings ("Guideline 1") are not leading phrases
        for para in body.iter(f"{AKN}paragraph"):
            if para.get("class", "").startswith("H"):
                continue  # a heading paragraph (class H1, H23, ...)
            span = para.find(f"{AKN}content/{AKN}p/{AKN}span")
            if span is None:
                span = para.find(f"{AKN}list/{AKN}intro/{AKN}p/{AKN}span")
            if span is not None and span.get("class", "") in {"italic", "bold", "bold italic"}:
                phrase = clean(all_text(span))
                phrase = re.sub(r"^\d+\s*-?\s*", "", phrase)
                if phrase and len(phrase) < 60:
                    ops[lang][phrase] += 1
                    rest = (span.tail or "") + "".join(all_text(s) for s in span.itersiblings())
                    count_words_after(rest, after[lang])
                    seen[lang].append((phrase, clean(rest)))


def count_words_after(text: str, counter: Counter[str]) -> None:
    """Count the first one, two and three words printed after a phrase, outside its emphasis."""
    words = clean(text).casefold().split(" ")
    for n in range(1, min(3, len(words)) + 1):
        counter[" ".join(words[:n])] += 1


def extensions(phrases: set[str]) -> set[str]:
    """Word sequences that turn one known phrase into another ("also", "with concern")."""
    found = set()
    for phrase in phrases:
        words = phrase.split(" ")
        for cut in range(1, len(words)):
            if " ".join(words[:cut]) in phrases:
                found.add(" ".join(words[cut:]))
    return found


def tails(phrases: set[str]) -> set[str]:
    """The one to three words after a known phrase's first word, or its first two ("en cuenta",
    "في الاعتبار"), which the importers let a guessed phrase take along if the UN keeps them inside."""
    found: set[str] = set()
    for phrase in phrases:
        words = phrase.split(" ")
        found.update(" ".join(words[cut:]) for cut in (1, 2) if 0 < len(words) - cut <= 3)
    return found


def merge_reference(
    folder: Path, pre: dict[str, Counter[str]], ops: dict[str, Counter[str]], after: dict[str, Counter[str]]
) -> None:
    """Add the supplementary lists, except phrases that extend a phrase the UN files emphasise by
    words those files print after phrases, outside the emphasis, more often than inside it
    ("Takes note *of*" when "Takes note" is known; "Notes *with satisfaction*" is kept)."""
    for file in folder.glob("*-*.txt"):
        lang, kind = file.stem.split("-")
        target = pre if kind == "preambular" else ops
        harvested = {p.casefold(): n for p, n in target[lang].items()}
        inside = emphasised_extensions(harvested)
        for line in file.read_text(encoding="utf-8").splitlines():
            phrase = clean(line)
            if not phrase or line.startswith("#"):
                continue
            words = phrase.casefold().split()
            extending = (
                " ".join(words[n:]) for n in range(1, len(words)) if " ".join(words[:n]) in harvested
            )
            if any(after[lang][ext] > inside[ext] for ext in extending):
                continue
            target[lang].setdefault(phrase, 1)


def emphasised_extensions(harvested: dict[str, int]) -> Counter[str]:
    """How often each word sequence that turns one harvested phrase into another is emphasised."""
    inside: Counter[str] = Counter()
    for phrase, count in harvested.items():
        words = phrase.split(" ")
        for cut in range(1, len(words)):
            if " ".join(words[:cut]) in harvested:
                inside[" ".join(words[cut:])] += count
    return inside


def main(corpus: Path, reference: Path | None, out: Path = OUT, leave_out: str = "") -> None:
    """Write the lists to ``out``; ``leave_out`` names a session ("77") whose files are skipped,
    to measure the importers on phrases they have not seen (scripts/leave_one_session_out.py)."""
    pre: dict[str, Counter[str]] = defaultdict(Counter)
    ops: dict[str, Counter[str]] = defaultdict(Counter)
    after: dict[str, Counter[str]] = defaultdict(Counter)
    seen: Occurrences = defaultdict(list)
    for path in sorted(corpus.rglob("*.xml")):
        if not (leave_out and session_of(path) == leave_out):
            harvest(path, pre, ops, after, seen)
    if reference:
        merge_reference(reference, pre, ops, after)
    out.mkdir(parents=True, exist_ok=True)
    for kind, table in (("preambular", pre), ("operative", ops)):
        for lang, phrases in sorted(table.items()):
            if lang:
                header = "# phrase<TAB>times the UN files here emphasise it (1: supplementary list only)\n"
                rows = [f"{p}\t{phrases[p]}" for p in sorted(phrases, key=lambda p: (p.casefold(), p))]
                text = header + "\n".join(rows) + "\n"
                (out / f"{lang}-{kind}.txt").write_text(text, encoding="utf-8")
                if out == OUT:
                    print(f"{lang}-{kind}: {len(phrases)} phrases")
    write_after(out, pre, ops, after)
    write_splits(out, pre, ops, seen)


def write_after(
    out: Path, pre: dict[str, Counter[str]], ops: dict[str, Counter[str]], after: dict[str, Counter[str]]
) -> None:
    """For each sequence that extends a known phrase into another, or follows a known phrase's first
    words, how often the UN files print it right after a phrase without emphasising it ("Encourages
    *further efforts*"): the importers extend phrases only with sequences the UN keeps inside."""
    for lang in sorted(set(pre) | set(ops)):
        if not lang:
            continue
        known = {p.casefold() for p in [*pre[lang], *ops[lang]]}
        rows = [f"{seq}\t{after[lang][seq]}" for seq in sorted(extensions(known) | tails(known))]
        header = "# words<TAB>times the UN files print them right after a leading phrase, outside it\n"
        (out / f"{lang}-after.txt").write_text(header + "\n".join(rows) + "\n", encoding="utf-8")


def write_splits(
    out: Path, pre: dict[str, Counter[str]], ops: dict[str, Counter[str]], seen: Occurrences
) -> None:
    """For each known phrase that extends a shorter known one, how often the UN emphasises only the
    shorter one where the text reads the longer: with the times it emphasises the longer, this
    says which of the two a paragraph without emphasis most likely has."""
    for lang in sorted(set(pre) | set(ops)):
        if not lang:
            continue
        known = {p.casefold() for p in [*pre[lang], *ops[lang]]}
        splits = split_counts(known, seen[lang], joiner="" if lang == "zh" else " ")
        rows = [f"{phrase}\t{count}" for phrase, count in sorted(splits.items()) if count]
        header = "# phrase<TAB>times the UN files emphasise only a shorter known phrase at its start\n"
        (out / f"{lang}-split.txt").write_text(header + "\n".join(rows) + "\n", encoding="utf-8")


def split_counts(known: set[str], seen: list[tuple[str, str]], joiner: str) -> Counter[str]:
    longer: dict[str, list[str]] = defaultdict(list)
    for phrase in known:
        for other in known:
            if len(other) > len(phrase) and other.startswith(phrase + joiner):
                longer[phrase].append(other)
    counts: Counter[str] = Counter({phrase: 0 for phrases in longer.values() for phrase in phrases})
    for phrase, rest in seen:
        text = phrase.casefold() + joiner + rest.casefold()
        for other in longer.get(phrase.casefold(), []):
            after = text[len(other) : len(other) + 1]
            if text.startswith(other) and not (joiner and after.isalnum()):
                counts[other] += 1
    return counts


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else None)
