"""What resconv's own DOCX files record about themselves in ``docProps/custom.xml``: the model's
metadata, the annexes' names, which annex heading lines are heading blocks too, and the notes'
order. A file from another program has none of them, and what it put there is not trusted."""

from __future__ import annotations

import json
from typing import Any

from lxml import etree

from resconv.model import Annex, Footnote, Meta

META_PROPERTY = "resconv.meta"
ANNEX_PROPERTY = "resconv.annexes"
ANNEX_HEADINGS_PROPERTY = "resconv.annex_heading_blocks"
FOOTNOTE_PROPERTY = "resconv.footnotes"


def custom_properties(root: etree._Element | None) -> dict[str, str]:
    """Each custom property's name and text."""
    if root is None:
        return {}
    return {str(prop.get("name", "")): "".join(str(t) for t in prop.itertext()) for prop in root}


def recorded_meta(custom: dict[str, str]) -> Meta | None:
    return Meta.model_validate_json(custom[META_PROPERTY]) if META_PROPERTY in custom else None


def in_recorded_order(footnotes: list[Footnote], custom: dict[str, str]) -> list[Footnote]:
    """The notes in the model's order, which the file's reference order need not be."""
    order = [str(marker) for marker in _json_list(custom, FOOTNOTE_PROPERTY)]
    return sorted(footnotes, key=lambda n: order.index(n.marker) if n.marker in order else len(order))


def apply_to_annexes(annexes: list[Annex], custom: dict[str, str]) -> None:
    """Names, and the heading lines that were lines alone in the model, not heading blocks (an
    edited file may have fewer heading lines than it records)."""
    for annex, name in zip(annexes, _json_list(custom, ANNEX_PROPERTY), strict=False):
        annex.name = str(name)
    for annex, kept in zip(annexes, _json_list(custom, ANNEX_HEADINGS_PROPERTY), strict=False):
        if isinstance(kept, int) and not isinstance(kept, bool) and 0 <= kept <= len(annex.headings):
            annex.blocks = annex.blocks[:kept] + annex.blocks[len(annex.headings) :]


def _json_list(custom: dict[str, str], key: str) -> list[Any]:
    """A list resconv stored in a property; none where another program wrote something else."""
    try:
        value = json.loads(custom.get(key, "[]"))
    except ValueError:
        return []
    return value if isinstance(value, list) else []
