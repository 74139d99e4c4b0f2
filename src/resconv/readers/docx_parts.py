"""A DOCX package's parts, read safely: a size bound before unpacking, damaged archives and
broken XML as InputErrors, no entity expansion and no network access."""

from __future__ import annotations

import io
import zipfile
import zlib

from lxml import etree

from resconv.errors import InputError

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


def open_parts(data: bytes, max_bytes: int, file: str) -> dict[str, bytes]:
    """The XML parts of the package; a damaged archive (bad CRC, broken deflate data, an
    encrypted or unknown compression) is an InputError naming ``file``."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise InputError(f"not a DOCX (zip) file: {exc}", file=file) from exc
    wanted = [i for i in archive.infolist() if i.filename.endswith((".xml", ".rels"))]
    if sum(i.file_size for i in wanted) > max_bytes:
        raise InputError(f"the DOCX unpacks to more than {max_bytes} bytes", file=file)
    try:
        return {i.filename: archive.read(i) for i in wanted}
    except (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError, NotImplementedError) as exc:
        raise InputError(f"damaged DOCX (zip) file: {exc}", file=file) from exc


def part_xml(parts: dict[str, bytes], name: str) -> etree._Element | None:
    """A part parsed without entity expansion or network access, or None where the package lacks it."""
    if name not in parts:
        return None
    try:
        return etree.fromstring(parts[name], parser=_PARSER)
    except etree.XMLSyntaxError as exc:
        raise InputError(f"{name}: broken XML: {exc}") from exc


def part_rels(parts: dict[str, bytes], name: str) -> dict[str, str]:
    """A part's relationships: id -> target."""
    root = part_xml(parts, name)
    if root is None:
        return {}
    return {rel.get("Id", ""): rel.get("Target", "") for rel in root}
