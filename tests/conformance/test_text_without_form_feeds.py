"""Text of the UN's PDFs without the form feeds between pages (as PyMuPDF, pypdfium2 and pdfplumber
give it) reads exactly as with them: every devset and devset-real ``pdftext.txt``, its form feeds
replaced by line breaks, gives the same model. Skipped without ../shared/corpus."""

from __future__ import annotations

from pathlib import Path

import resconv


def test_pages_joined_without_form_feeds_read_the_same(corpus: Path) -> None:
    files = sorted(corpus.glob("devset/*/pdftext.txt")) + sorted(corpus.glob("devset-real/*/pdftext.txt"))
    assert files
    differing = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        if "\f" not in text:
            continue  # a one-page resolution
        with_feeds = resconv.read(text.encode("utf-8"), format="text")
        without = resconv.read(text.replace("\f", "\n").encode("utf-8"), format="text")
        if without.model_dump() != with_feeds.model_dump():
            differing.append(path.parent.name)
    assert not differing, f"{len(differing)} of {len(files)} read otherwise without form feeds: {differing}"
