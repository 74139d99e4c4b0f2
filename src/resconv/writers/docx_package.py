"""The OPC package around the document: content types, relationships, settings, notes, properties.

Kept apart from the content code so the part list (and its relationships) is in one place; the
zip is written with fixed timestamps so the same model gives byte-identical files.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field

from resconv.writers.docx_xml import NAMESPACES, W_NS, esc

XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
CUSTOM_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"


@dataclass
class Package:
    """Parts collected while the document is built; ``to_bytes`` zips them."""

    document_rels: list[tuple[str, str, str, bool]] = field(default_factory=list)  # id, type, target, ext
    headers: dict[str, str] = field(default_factory=dict)  # part name -> xml
    footers: dict[str, str] = field(default_factory=dict)
    footnotes: list[tuple[int, str]] = field(default_factory=list)  # id, paragraphs xml
    footnote_rels: list[tuple[str, str, str, bool]] = field(default_factory=list)
    media: dict[str, bytes] = field(default_factory=dict)  # file name in word/media -> PNG
    part_rels: dict[str, list[tuple[str, str, str, bool]]] = field(default_factory=dict)  # header/footer

    def add_rel(self, rel_type: str, target: str, external: bool = False) -> str:
        rel_id = f"rId{len(self.document_rels) + 1}"
        self.document_rels.append((rel_id, f"{REL}/{rel_type}", target, external))
        return rel_id

    def image(self, part: str, stem: str, png: bytes) -> tuple[str, int]:
        """Store a PNG under word/media and relate it to ``part`` (a header or footer): its rel id
        there, and a drawing id unique in the document (``wp:docPr``)."""
        name = f"{stem}{len(self.media) + 1}.png"
        self.media[name] = png
        rels = self.part_rels.setdefault(part, [])
        rel_id = f"rId{len(rels) + 1}"
        rels.append((rel_id, f"{REL}/image", f"media/{name}", False))
        return rel_id, len(self.media)

    def hyperlink(self, url: str, *, in_footnotes: bool = False) -> str:
        if not in_footnotes:
            return self.add_rel("hyperlink", url, external=True)
        rel_id = f"rId{len(self.footnote_rels) + 1}"
        self.footnote_rels.append((rel_id, f"{REL}/hyperlink", url, True))
        return rel_id


def _content_types(pkg: Package) -> str:
    overrides = [
        ("/word/document.xml", f"{WML}.document.main+xml"),
        ("/word/styles.xml", f"{WML}.styles+xml"),
        ("/word/settings.xml", f"{WML}.settings+xml"),
        ("/word/footnotes.xml", f"{WML}.footnotes+xml"),
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        ("/docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml"),
    ]
    overrides += [(f"/word/{name}", f"{WML}.header+xml") for name in pkg.headers]
    overrides += [(f"/word/{name}", f"{WML}.footer+xml") for name in pkg.footers]
    items = "".join(f'<Override PartName="{n}" ContentType="{t}"/>' for n, t in overrides)
    return (
        f'{XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        f'<Default Extension="xml" ContentType="application/xml"/>'
        f'<Default Extension="png" ContentType="image/png"/>{items}</Types>'
    )


def _root_rels() -> str:
    return (
        f'{XML_HEAD}<Relationships xmlns="{PKG_REL}">'
        f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
        'metadata/core-properties" Target="docProps/core.xml"/>'
        f'<Relationship Id="rId3" Type="{REL}/custom-properties" Target="docProps/custom.xml"/>'
        "</Relationships>"
    )


def _rels(entries: list[tuple[str, str, str, bool]]) -> str:
    rels = []
    for rel_id, rel_type, target, external in entries:
        mode = ' TargetMode="External"' if external else ""
        rels.append(f'<Relationship Id="{rel_id}" Type="{rel_type}" Target="{esc(target)}"{mode}/>')
    return f'{XML_HEAD}<Relationships xmlns="{PKG_REL}">{"".join(rels)}</Relationships>'


def settings_xml(lang: str) -> str:
    """Settings: different odd and even headers, footnote separators, Word 2013+ compatibility."""
    return (
        f'{XML_HEAD}<w:settings xmlns:w="{W_NS}"><w:zoom w:percent="100"/>'
        '<w:defaultTabStop w:val="720"/><w:evenAndOddHeaders/>'
        '<w:characterSpacingControl w:val="doNotCompress"/>'
        '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word"'
        f' w:val="15"/></w:compat><w:themeFontLang w:val="{esc(lang)}" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'
        "</w:settings>"
    )


def footnotes_xml(pkg: Package) -> str:
    """The footnotes part: separator, continuation separator, then the notes."""
    notes = "".join(f'<w:footnote w:id="{note_id}">{body}</w:footnote>' for note_id, body in pkg.footnotes)
    return (
        f"{XML_HEAD}<w:footnotes {NAMESPACES}>"
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
        'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        f"{notes}</w:footnotes>"
    )


def core_xml(title: str, lang: str, timestamp: str | None) -> str:
    modified = (
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{esc(timestamp)}</dcterms:modified>'
        if timestamp
        else ""
    )
    return (
        f'{XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
        'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"'
        ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{esc(title)}</dc:title><dc:language>{esc(lang)}</dc:language>"
        f"<dc:creator>resconv</dc:creator>{modified}</cp:coreProperties>"
    )


def custom_xml(properties: dict[str, str]) -> str:
    """Custom document properties: the facts a page does not print (committee key, vote...)."""
    items = "".join(
        f'<property fmtid="{CUSTOM_FMTID}" pid="{i + 2}" name="{esc(name)}">'
        f"<vt:lpwstr>{esc(value)}</vt:lpwstr></property>"
        for i, (name, value) in enumerate(properties.items())
    )
    return (
        f'{XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"'
        ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"{items}</Properties>"
    )


def to_bytes(pkg: Package, parts: dict[str, str]) -> bytes:
    """Zip ``parts`` (name -> xml) with the package's headers, footers and relationships."""
    files = {
        "[Content_Types].xml": _content_types(pkg),
        "_rels/.rels": _root_rels(),
        "word/_rels/document.xml.rels": _rels(pkg.document_rels),
        "word/_rels/footnotes.xml.rels": _rels(pkg.footnote_rels),
        "word/footnotes.xml": footnotes_xml(pkg),
        **{f"word/{name}": xml for name, xml in pkg.headers.items()},
        **{f"word/{name}": xml for name, xml in pkg.footers.items()},
        **{f"word/_rels/{name}.rels": _rels(rels) for name, rels in pkg.part_rels.items()},
        **parts,
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, xml in files.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            data = xml.encode("utf-8")
            # deflate the big parts only: each deflate stream costs a flush, small parts gain little
            info.compress_type = zipfile.ZIP_DEFLATED if len(data) > 4096 else zipfile.ZIP_STORED
            archive.writestr(info, data, compresslevel=1)
        for name, png in pkg.media.items():  # already compressed
            archive.writestr(zipfile.ZipInfo(f"word/media/{name}", date_time=(1980, 1, 1, 0, 0, 0)), png)
    return buffer.getvalue()
