"""The first page's barcode and QR code: what they encode, and when there is none to print."""

from __future__ import annotations

import io

import pytest

from resconv.model import Meta
from resconv.writers.page_codes import (
    barcode_modules,
    barcode_png,
    document_url,
    job_digits,
    qr_png,
    qr_svg,
)


def _meta(**fields: str) -> Meta:
    return Meta(**{"symbol": "A/RES/80/40", "language": "en", "job_number": "25-19833 (E)", **fields})


@pytest.mark.parametrize(
    ("job", "digits"),
    [
        ("25-19833 (E)", "2519833"),
        ("20-16859 (A)", "2016859"),
        ("25-16445", "2516445"),
        ("٢٠-١٦٨٥٩ (A)", "2016859"),  # Arabic-Indic digits
        ("２５-１９８３３ (E)", "2519833"),  # full-width digits
        ("", None),
        ("L.14", None),
    ],
)
def test_barcode_encodes_the_job_number_digits(job: str, digits: str | None) -> None:
    assert job_digits(_meta(job_number=job)) == digits


def test_code_39_pattern_has_start_and_stop_and_no_check_character() -> None:
    modules = barcode_modules(_meta())
    star = "100010111011101"  # Code 39 "*": bar space bar(wide)... as python-barcode draws it
    assert modules.startswith(star) and modules.endswith(star)
    # nine characters (start, seven digits, stop), each of 12-13 modules and a gap: no check digit
    characters = (len(modules) + 1) // 16
    assert characters == 9, modules
    assert barcode_modules(_meta(job_number="")) == ""


def test_qr_code_leads_to_the_document_in_its_language() -> None:
    assert document_url(_meta()) == "https://docs.un.org/en/A/RES/80/40"
    assert (
        document_url(_meta(language="fr", symbol="A/C.1/80/L.14")) == "https://docs.un.org/fr/A/C.1/80/L.14"
    )
    assert document_url(_meta(symbol="")) is None
    assert document_url(_meta(language="zh")) == "https://docs.un.org/zh/A/RES/80/40"  # docs.un.org: ISO
    svg = qr_svg(_meta())
    assert svg.startswith("<svg") and 'xmlns="http://www.w3.org/2000/svg"' in svg
    assert qr_svg(_meta(symbol="")) == "" and qr_png(_meta(symbol="")) is None
    # a draft not yet issued (no job number): no code that would lead to another document
    draft = _meta(job_number="", symbol="A/C.1/81/L.5", stage="draft")
    assert qr_svg(draft) == "" and qr_png(draft) is None
    # an adopted resolution is issued, whether or not its text kept the job number
    assert qr_svg(_meta(job_number="", stage="adopted")).startswith("<svg")


def test_images_for_word_processors_are_png() -> None:
    image_module = pytest.importorskip("PIL.Image")
    bars, qr = barcode_png(_meta()), qr_png(_meta())
    assert bars is not None and qr is not None
    with image_module.open(io.BytesIO(bars)) as image:
        assert image.format == "PNG" and image.width > 4 * image.height  # a wide, low strip
    with image_module.open(io.BytesIO(qr)) as image:
        assert image.format == "PNG" and image.width == image.height
    assert barcode_png(_meta(job_number="")) is None
