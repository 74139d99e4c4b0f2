"""Page furniture of official PDFs that converters leave in the text: job numbers, page numbers
"2/4", barcodes, print dates, "Please recycle". Shared by the text and Markdown readers."""

from __future__ import annotations

import re

from resconv.language import language
from resconv.model import LANGUAGES
from resconv.recover.patterns import HAN

_RECYCLE = [re.escape(language(code)["please_recycle"]) for code in LANGUAGES]
FURNITURE = [
    # job number [+ print date] [+ barcode's text] [+ page]: "24-99998 (E) 011124 2499998"
    re.compile(r"^\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6})?(?:\s+\*?\d{7}\*?)?(?:\s+\d{1,3}/\d{1,3})?$"),
    re.compile(r"^\)\d{2}-\d{5}\s*\([A-Z]$"),  # job number as pdftotext orders it in a right-to-left line
    re.compile(r"^\d{1,3}/\d{1,3}(?:\s+\d{2}-\d{5})?$"),  # page number [+ job number]
    re.compile(r"^\*\d{6,8}\*$"),  # barcode
    re.compile(r"^\d{6}$"),  # print date DDMMYY
    # "Please recycle" in the six languages (``please_recycle`` in the language files), and what
    # follows it on the line (the recycling logo's or QR code's text, if any)
    re.compile(rf"^(?:{'|'.join(_RECYCLE)})(?!\w).*$", re.I),
]


# one pattern, so that each line of a document costs one match, not one per kind of furniture
_ANY_FURNITURE = re.compile("|".join(f"(?{'i' if p.flags & re.I else ''}:{p.pattern})" for p in FURNITURE))


# "20-16570 (C)": searched from the hyphen, which a regex engine finds fast (a pattern opening
# with a digit class or a word boundary is tried at every character of the document)
_JOB_TAIL = re.compile(r"-(\d{5})\s*\(([A-Z])\)")
# ")20-16570 (C" at a line's start, searched from the ")" and only then looking behind it: no
# character other than a line break before the ")"
_MIRRORED_JOB = re.compile(r"\)(?<![^\n]\))(\d{2})-(\d{5}) ?\(([A-Z])$", re.MULTILINE)


def job_number(text: str) -> str:
    """The job number printed in the first page's footer, "20-16570 (C)", if any."""
    mirrored = _MIRRORED_JOB.search(text)  # as pdftotext prints it on a right-to-left page
    if mirrored:
        return f"{mirrored.group(1)}-{mirrored.group(2)} ({mirrored.group(3)})"
    for match in _JOB_TAIL.finditer(text):
        start = match.start() - 2
        year = text[max(start, 0) : match.start()]
        if start >= 0 and year.isdigit() and (start == 0 or not _word_char(text[start - 1])):
            return f"{year}-{match.group(1)} ({match.group(2)})"
    return ""


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def is_furniture(line: str) -> bool:
    """Whether a whole line (stripped) is page furniture."""
    return _ANY_FURNITURE.match(line) is not None


def squeezed(text: str) -> str:
    """Text compared without spaces (no-break ones too) and hyphens: a running header may lose
    some of either, or print another hyphen ("followup" for the title's "follow-up",
    "nuclear‑weapon" for "nuclear-weapon")."""
    return text.translate(_SQUEEZE)


_SQUEEZE = str.maketrans("", "", " \u00a0\u202f-\u00ad\u2010\u2011")


def is_title_piece(value: str, masthead: str, comma: bool = False, longest: int = 120) -> bool:
    """A line of a running header: a piece of the title the masthead prints (``masthead``
    :func:`squeezed`), with no sentence end. It may end with a comma (a title may break at its own comma)
    only where the caller knows more (``comma``): the line is set in bold, printed the same on
    another page, or beside the symbol; a body line that happens to repeat the title
    ("non-proliferation,") is no header. A line of more than ``longest`` characters is a
    paragraph's, unless it is printed beside the symbol."""
    sentence = value.endswith((";", ".", "；", "。")) or (not comma and value.endswith((",", "،", "，")))
    shortest = CJK_TITLE_PIECE if HAN.search(value) else TITLE_PIECE  # "的业务" says as much as "States"
    return shortest <= len(value) <= longest and not sentence and squeezed(value) in masthead


TITLE_PIECE, CJK_TITLE_PIECE = 4, 2  # characters of a running title's line at least


def beside_symbol(symbol: str | None, line: str) -> bool:
    """Whether ``line`` opens or ends with the document's symbol, as a running header prints it
    ("A/RES/80/4" is not beside "A/RES/80/45 ...")."""
    if not symbol:
        return False
    opens = line.startswith(symbol) and not line[len(symbol) : len(symbol) + 1].isalnum()
    before = line[: -len(symbol)][-1:]
    ends = line.endswith(symbol) and not (before.isalnum() or before == "/")
    return opens or ends


SMALL_TYPE = 200  # characters of a running header's line at most: it is set smaller than the body


def is_header_symbol(value: str, symbol: str, masthead: str) -> bool:
    """A running header's symbol line: the whole symbol alone, or beside a piece of the title
    (which may end with the title's own comma and run longer than a body line)."""
    if not beside_symbol(symbol, value):
        return False
    rest = value.replace(symbol, "", 1).strip()
    return not rest or is_title_piece(rest, masthead, comma=True, longest=SMALL_TYPE)
