"""Read Akoma Ntoso (AKN4UN) resolutions: the UN's published files and resconv's own.

Untrusted XML: no entity expansion, no network, no huge trees, and a size limit. The UN files are
inconsistent (numbers inside the text, H23 heading pairs, A/B collections); see ``akn_body``.
A ``documentCollection`` (A/B resolutions under one number) holds a resolution in each component:
``read_parts`` reads each, ``read`` the first, with a warning naming how many there are.
"""

from __future__ import annotations

from lxml import etree

from resconv.errors import Diagnostics, InputError
from resconv.formats import ReadOptions
from resconv.language import language
from resconv.model import Resolution
from resconv.readers.akn_body import read_body
from resconv.readers.akn_inline import AKN, local
from resconv.readers.akn_meta import language_code, read_meta
from resconv.recover.symbols import lettered_symbol


def _parse(data: bytes, options: ReadOptions, diagnostics: Diagnostics) -> etree._Element:
    if len(data) > options.max_bytes:
        raise InputError(
            f"AKN input is {len(data):,} bytes, over the limit of {options.max_bytes:,} bytes "
            "(ReadOptions.max_bytes)",
            file=diagnostics.file,
        )
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False, remove_pis=True
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise InputError(f"not well-formed XML: {exc.msg}", file=diagnostics.file, line=exc.lineno) from exc
    if root is None or local(root) != "akomaNtoso":
        name = local(root) if root is not None else "nothing"
        raise InputError(f"not an Akoma Ntoso document (root element is {name!r})", file=diagnostics.file)
    for entity in root.iter(etree.Entity):  # declared in a DOCTYPE: never expanded, so say so
        line = entity.sourceline
        message = f"entity reference {entity.text} is not expanded: its text is left out"
        diagnostics.warn(message, line if isinstance(line, int) else None)
    return root


def _statements(
    root: etree._Element, diagnostics: Diagnostics, every_part: bool
) -> list[tuple[etree._Element, str]]:
    """The resolution elements, each with its part letter when it comes from an A/B collection."""
    direct = root.find(f"{AKN}statement")
    if direct is not None:
        return [(direct, "")]
    statements = list(root.iter(f"{AKN}statement"))
    if not statements:
        raise InputError("no <statement> (resolution) in this Akoma Ntoso document", file=diagnostics.file)
    if len(statements) > 1 and not every_part:
        diagnostics.warn(
            f"documentCollection of {len(statements)} resolutions: only the first is read "
            "(resconv.read_parts reads each, and resconv convert --parts writes each)"
        )
        statements = statements[:1]
    return [(statement, _part_letter(statement)) for statement in statements]


def _part_letter(statement: etree._Element) -> str:
    """ "A" from the component's Work IRI (".../75-101A/!main/") or its docNumber."""
    this = statement.find(f"{AKN}meta/{AKN}identification/{AKN}FRBRWork/{AKN}FRBRthis")
    value = (this.get("value") or "") if this is not None else ""
    parts = [p for p in value.split("/") if p]
    if len(parts) >= 2 and parts[-2][-1:].isalpha() and parts[-2][-1:].isupper():
        return parts[-2][-1]
    return ""


def read(data: bytes, *, options: ReadOptions, diagnostics: Diagnostics) -> Resolution:
    """The resolution an AKN4UN file holds (of a collection, the first)."""
    return read_parts(data, options=options, diagnostics=diagnostics, every_part=False)[0]


def read_parts(
    data: bytes, *, options: ReadOptions, diagnostics: Diagnostics, every_part: bool = True
) -> list[Resolution]:
    """Each resolution an AKN4UN file holds: one, or each of a collection (75/101 A and B)."""
    root = _parse(data, options, diagnostics)
    return [
        _resolution(s, part, options, diagnostics) for s, part in _statements(root, diagnostics, every_part)
    ]


def _resolution(
    statement: etree._Element, part: str, options: ReadOptions, diagnostics: Diagnostics
) -> Resolution:
    lang = language(language_code(statement, options.language))
    meta = read_meta(statement, lang, diagnostics)
    if part and not meta.part:
        meta = meta.model_copy(update={"part": part})
    if meta.part:  # a collection's cover prints the publication's symbol, "A/RES/75/101 A-B"
        meta = meta.model_copy(update={"symbol": lettered_symbol(meta.symbol, meta.part)})
    body = read_body(statement, lang, diagnostics)
    closing = body.pop("closing")
    if closing is not None and meta.meeting is None:
        meta = meta.model_copy(update={"meeting": closing[0], "meeting_resumed": closing[1]})
    return Resolution(meta=meta, **body)
