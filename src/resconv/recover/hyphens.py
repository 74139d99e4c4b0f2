"""Words that lost the hyphen a line ended with. pdftotext in its default reading order joins a
word broken at a line's end and drops the hyphen ("информационно-" / "коммуникационных" becomes
"информационнокоммуникационных"), though UN documents break lines only between words, so such a
hyphen belongs to the word. The same word printed elsewhere in the document with its hyphen
mid-line shows where it goes, if it is printed so more often than without one: "Economic
Co-operation" in a document about "cooperation" is another spelling, not a lost hyphen."""

from __future__ import annotations

import re

# a hyphen (or the no-break hyphen) between letters; searched from the hyphen, which is rare
_HYPHEN_IN_WORD = re.compile(r"[-\u2011](?<=[^\W\d_][-\u2011])(?=[^\W\d_])")
_LONG_WORD = re.compile(r"[^\W\d_]{5,}")


def rehyphenated(text: str, document: str) -> str:
    """``text`` with each word that ``document`` prints with a hyphen inside more often than
    without (``text``'s own words aside) given its hyphen back; other words as they are. A word
    that ``text`` itself also prints with the hyphen keeps both spellings ("Cooperation between
    ... the Organization for Security and Co-operation in Europe")."""
    cuts = _hyphen_cuts(document) if text else {}
    if not cuts:
        return text
    folded, own = document.casefold(), text.casefold()
    in_text = _hyphen_cuts(text)

    def restore(match: re.Match[str]) -> str:
        word = match.group(0)
        key = word.casefold()
        found = cuts.get(key)
        if not found or key in in_text:
            return word
        cut, hyphenated = found
        elsewhere = folded.count(key) - own.count(key)
        return f"{word[:cut]}-{word[cut:]}" if hyphenated > elsewhere else word

    return _LONG_WORD.sub(restore, text)


def _hyphen_cuts(document: str) -> dict[str, tuple[int, int]]:
    """Each pair of word parts joined by a hyphen in ``document``, folded and without the hyphen,
    with the length of the part before it and how often it is printed: "information-communication"
    gives {"informationcommunication": (11, 1)}; "Non-Self-Governing", "nonself" and
    "selfgoverning"."""
    cuts: dict[str, tuple[int, int]] = {}
    for match in _HYPHEN_IN_WORD.finditer(document):
        start, end = match.start(), match.end()
        while start and document[start - 1].isalpha():
            start -= 1
        while end < len(document) and document[end].isalpha():
            end += 1
        before, after = document[start : match.start()], document[match.end() : end]
        key = (before + after).casefold()
        cuts[key] = (len(before), cuts[key][1] + 1 if key in cuts else 1)
    return cuts
