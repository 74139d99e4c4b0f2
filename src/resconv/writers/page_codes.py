"""The machine-readable marks at the foot of a UN document's first page, for the PDF and DOCX writers.

The official PDFs print the job number as a Code 39 barcode of its digits ("25-19833 (E)" is
scanned as 2519833, as zxing reads A/RES/80/40) and a QR code that opens the document online
(``https://docs.un.org/en/A/C.1/80/L.14`` on that draft). python-barcode gives the bar pattern,
segno the QR code; the writers only place them, so the sizes stay with the layout. The QR code
belongs to a document the UN has issued, which a job number or an adopted resolution's symbol
shows: a draft written with ``resconv new`` (no job number yet) gets none, as it would lead to
whatever the UN files under that symbol.
"""

from __future__ import annotations

import io
import re

import barcode
import segno
from barcode.writer import ImageWriter

from resconv.model import Meta

DOCUMENT_URL = "https://docs.un.org/{language}/{symbol}"
_JOB_DIGITS = re.compile(r"^\s*(\d{2})-(\d{5})\b")  # "25-19833 (E)"


def job_digits(meta: Meta) -> str | None:
    """The digits the barcode encodes, or None when the job number is missing or not the UN's form.
    Digits of other scripts ("٢٠-١٦٨٥٩") are written as the ASCII ones Code 39 has."""
    match = _JOB_DIGITS.match(meta.job_number or "")
    return "".join(str(int(digit)) for digit in match.group(1) + match.group(2)) if match else None


def barcode_modules(meta: Meta) -> str:
    """Code 39 of the job number as narrow modules, "1" a bar and "0" a space; "" without one.
    No check character, as on the official pages."""
    digits = job_digits(meta)
    return barcode.Code39(digits, add_checksum=False).build()[0] if digits else ""


def barcode_png(meta: Meta, dpi: int = 600) -> bytes | None:
    """The barcode as a PNG without its human-readable line (the job number is printed above it)."""
    digits = job_digits(meta)
    if digits is None:
        return None
    out = io.BytesIO()
    code = barcode.Code39(digits, add_checksum=False, writer=ImageWriter())
    code.write(out, options={"write_text": False, "quiet_zone": 0.0, "module_height": 4.2, "dpi": dpi})
    return out.getvalue()


def document_url(meta: Meta) -> str | None:
    """Where the QR code leads: the document in its language; None without a symbol."""
    if not meta.symbol:
        return None
    # docs.un.org, which the session-80 files link, takes the ISO code ("zh"); undocs.org's
    # addresses in earlier files take "ch" for Chinese (LanguageData.link_code)
    return DOCUMENT_URL.format(language=meta.language, symbol=meta.symbol.replace(" ", "%20"))


def _qr_url(meta: Meta) -> str | None:
    """The QR code's address, for an issued document: one with a job number, or an adopted
    resolution (whose Markdown may have lost the job number with the page's foot)."""
    issued = job_digits(meta) is not None or meta.stage == "adopted"
    return document_url(meta) if issued else None


def qr_svg(meta: Meta) -> str:
    """The QR code as SVG text, one unit a module and no quiet zone; "" for a document not issued."""
    url = _qr_url(meta)
    if url is None:
        return ""
    out = io.BytesIO()
    segno.make(url, error="m").save(out, kind="svg", border=0, xmldecl=False, svgns=True)
    return out.getvalue().decode("utf-8")


def qr_png(meta: Meta, scale: int = 8) -> bytes | None:
    """The QR code as a PNG, ``scale`` pixels a module, for word processors; None if not issued."""
    url = _qr_url(meta)
    if url is None:
        return None
    out = io.BytesIO()
    segno.make(url, error="m").save(out, kind="png", border=0, scale=scale)
    return out.getvalue()
