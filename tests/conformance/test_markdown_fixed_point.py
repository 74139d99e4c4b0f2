"""Canonical Markdown on real resolutions: every UN file (246 `unxml` and the devset's 60) goes
AKN -> model -> Markdown, and from there Markdown -> model -> Markdown -> model is an identity.

The first Markdown is not compared with the AKN model: the Markdown reader adds what the UN file
leaves implicit (references to resolutions printed in plain text) and undoes what it takes for a
converter's habits (a space beside digits in Chinese, the comma inside a bold Chinese phrase).
Skipped without ../shared/corpus.
"""

from __future__ import annotations

from pathlib import Path

import resconv


def test_canonical_markdown_of_real_resolutions_is_a_fixed_point(corpus: Path) -> None:
    sources = sorted((corpus / "unxml").glob("*.xml")) + sorted((corpus / "devset").glob("*/source.xml"))
    assert len(sources) > 100
    moved = []
    for source in sources:
        first = resconv.read(resconv.render(resconv.read(source), "markdown"), format="markdown")
        second = resconv.read(resconv.render(first, "markdown"), format="markdown")
        if second.model_dump_json() != first.model_dump_json():
            moved.append(str(source.relative_to(corpus)))
    assert moved == []
