"""A DOCX package's parts, read safely."""

from __future__ import annotations

import io
import zipfile

import pytest

from resconv.errors import InputError
from resconv.readers.docx_parts import open_parts, part_rels, part_xml


def _package(parts: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def test_only_xml_parts_are_read_and_their_relationships_mapped() -> None:
    rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Target="styles.xml"/></Relationships>'
    )
    parts = open_parts(
        _package({"word/_rels/document.xml.rels": rels, "word/media/a.png": "x"}), 10_000, "a.docx"
    )
    assert list(parts) == ["word/_rels/document.xml.rels"]
    assert part_rels(parts, "word/_rels/document.xml.rels") == {"rId1": "styles.xml"}
    assert part_xml(parts, "word/document.xml") is None


def test_a_package_unpacking_past_the_bound_is_refused_before_it_is_read() -> None:
    with pytest.raises(InputError, match="unpacks to more than 100 bytes"):
        open_parts(_package({"word/document.xml": "<a>" + "x" * 1000 + "</a>"}), 100, "big.docx")


def test_an_entity_is_not_expanded() -> None:
    text = '<!DOCTYPE a [<!ENTITY e "expanded">]><a>&e;</a>'
    root = part_xml({"word/document.xml": text.encode()}, "word/document.xml")
    assert root is not None and "expanded" not in "".join(str(piece) for piece in root.itertext())
