"""Decoding the text encodings met in the wild: UTF-8 (with or without BOM), UTF-16,
GB18030 for Chinese, Windows-1256 for Arabic, Windows-1251 for Russian, Windows-1252 for
English, French and Spanish."""

from __future__ import annotations

import codecs
import re
import unicodedata
from typing import TypeVar, cast

from charset_normalizer import CharsetMatch, from_bytes

from resconv.errors import InputError

_Parsed = TypeVar("_Parsed")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_FALLBACKS = ("gb18030", "cp1256", "cp1251", "cp1252")
_MAX_CHAOS = 0.2  # charset-normalizer's measure of unlikely character sequences, 0 to 1
# Characters no output can hold: XML 1.0 refuses C0 controls other than tab, newline and carriage
# return, the noncharacters U+FFFE and U+FFFF, and halves of surrogate pairs standing alone
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_SPACING = "\x0b\x0c\x1c\x1d\x1e\x1f"  # controls Python counts as white space (vertical tab, form feed, ...)


def decode(data: bytes, encoding: str | None = None, file: str = "<input>") -> str:
    """Text of ``data``: the given encoding, else a BOM, else UTF-8, else the likeliest legacy one.
    A PDF or a zip archive read as text is said to be one, not guessed an encoding for."""
    _refuse_binary(data, file)
    if encoding:
        try:
            return data.decode(encoding)
        except LookupError as exc:
            raise InputError(f"unknown encoding {encoding!r}", file=file) from exc
        except UnicodeDecodeError as exc:
            raise InputError(f"not valid {encoding} at byte {exc.start}", file=file) from exc
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name, errors="replace")
    if _looks_utf16(data):
        return data.decode(_utf16_order(data), errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _legacy(data, file)


_BINARY = {
    b"%PDF-": "a PDF file: resconv reads the text extracted from it (pdftotext FILE.pdf FILE.txt)",
    b"PK\x03\x04": "a zip archive, such as a DOCX file: read it as docx (--from docx, or a .docx name)",
}


def _refuse_binary(data: bytes, file: str) -> None:
    head = data[:8].lstrip(b"\xef\xbb\xbf")
    for magic, problem in _BINARY.items():
        if head.startswith(magic):
            raise InputError(problem, file=file)


def _utf16_order(data: bytes) -> str:
    """Little-endian when the zero bytes of ASCII characters fall on odd offsets."""
    sample = data[:2000]
    return "utf-16-le" if sample[1::2].count(0) >= sample[0::2].count(0) else "utf-16-be"


def _looks_utf16(data: bytes) -> bool:
    """No text holds NUL characters: zero bytes are the high halves of UTF-16 ASCII characters
    (spaces, digits, punctuation), however few the script's text leaves."""
    sample = data[:2000]
    return len(sample) >= 4 and sample.count(0) * 50 > len(sample)


def _legacy(data: bytes, file: str) -> str:
    """The legacy encoding charset-normalizer finds likeliest among the ones UN texts use."""
    # Among readings of little chaos, the one whose letters read most like a language: a few
    # accented letters of French or Spanish can form valid GB18030 too ("résumé" as "r閟um")
    matches = [m for m in from_bytes(data, cp_isolation=list(_FALLBACKS)) if m.chaos < _MAX_CHAOS]
    best = max(matches, key=lambda m: (_plausible(m), m.coherence, -m.chaos), default=None)
    if best is None:
        raise InputError(
            "cannot decode the input: not UTF-8, UTF-16, GB18030 or Windows-1256, -1251 or -1252; "
            "name the encoding (resconv convert --encoding, or encoding= in resconv.read)",
            file=file,
        )
    return str(best)


def _plausible(match: CharsetMatch) -> bool:
    """Whether a legacy reading may be right. Accented Latin letters read in another code page
    become letters of its script inside Latin words ("résumés" as GB18030 "r閟um閟", "Résolution"
    as Windows-1251 "Rйsolution"); a GB18030 reading also needs more than a few Chinese
    characters (short text gives charset-normalizer too little to tell the languages apart)."""
    script = _SCRIPT_OF.get(match.encoding)
    if script is None:
        return True
    text = str(match)
    letters = len(script.findall(text))
    inside_latin_words = sum(1 for m in script.finditer(text) if _beside_latin(text, m.start()))
    if inside_latin_words * 2 > letters:
        return False
    latin = sum(1 for char in text if char.isascii() and char.isalpha())
    return match.encoding != "gb18030" or letters * 10 >= latin


def _beside_latin(text: str, at: int) -> bool:
    before, after = text[at - 1 : at], text[at + 1 : at + 2]
    return (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha())


_SCRIPT_OF = {
    "gb18030": re.compile("[\u3400-\u9fff]"),
    "cp1251": re.compile("[\u0400-\u04ff]"),
    "cp1256": re.compile("[\u0600-\u06ff]"),
}


def plain_characters(text: str) -> str:
    """The text with invisible soft hyphens dropped and decomposed letters composed (tools on
    macOS write "é" as "e" and a combining accent), so that words compare as printed. Text whose
    only departure from NFC is the order of Arabic marks, as in the UN's own files, is kept."""
    if "\u00ad" in text:
        text = text.replace("\u00ad", "")
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    composed = unicodedata.normalize("NFC", text)
    return composed if len(composed) < len(text) else text


# An Arabic tanwin before the alef that carries it ("علمًا", "جدًّا"), where the alef ends its word
_TANWIN_BEFORE_ALEF = re.compile("\u064b(\u0651?)\u0627(?![\u0621-\u064a])")


def un_tanwin_order(text: str) -> str:
    """Text with each word-final tanwin after its alef ("علماً"), where the UN's own text has it
    (187 of the 189 in its files): PDF extractors may give it before ("علمًا"). Only the text
    readers apply it; the UN's own files (AKN, DOCX) are kept as they are."""
    return _TANWIN_BEFORE_ALEF.sub("\\1\u0627\u064b", text) if "\u064b" in text else text


def writable(text: str, keep: str = "") -> str:
    """The text without the characters no output can hold (see ``_UNWRITABLE``), so that no
    writer fails on them: a vertical tab, form feed or separator becomes a space (lines keep
    their numbers, words stay apart), any other is dropped
    (a lone surrogate becomes U+FFFD). ``keep`` names characters the caller still needs, as
    the plain-text reader needs form feeds for its pages."""
    if not _UNWRITABLE.search(text):
        return text
    return _UNWRITABLE.sub(lambda match: _replacement(match.group(), keep), text)


def _replacement(char: str, keep: str) -> str:
    if char in keep:
        return char
    if char in _SPACING:
        return " "
    return "\ufffd" if "\ud800" <= char <= "\udfff" else ""


def writable_values(value: _Parsed) -> _Parsed:
    """``value`` (parsed JSON or YAML) with every string in it made :func:`writable`."""
    if isinstance(value, str):
        return cast(_Parsed, writable(value))
    if isinstance(value, dict):
        return cast(_Parsed, {key: writable_values(item) for key, item in value.items()})
    if isinstance(value, list):
        return cast(_Parsed, [writable_values(item) for item in value])
    return value
