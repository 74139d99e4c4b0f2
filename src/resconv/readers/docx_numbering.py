"""Word's automatic list numbering: the label ("2.", "(a)", "(iv)") Word prints before a list
paragraph, computed from ``word/numbering.xml`` the way Word counts.

Drafts typed in Word (or made by pandoc from Markdown) number operative paragraphs and
subparagraphs this way: the label is in no run of the paragraph, only in the list definition
(number format, level text such as ``(%1)``, start value) and in the paragraph's place in its list.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from resconv.checker_labels import roman

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass(frozen=True)
class Level:
    """One level of a list definition: how its counter is printed and where it starts."""

    number_format: str  # decimal, lowerLetter, upperLetter, lowerRoman, upperRoman, bullet ...
    text: str  # "%1.", "(%2)": %n is level n's counter
    start: int = 1


@dataclass
class ListNumbering:
    """The list definitions of one document and the counters of the lists read so far."""

    levels: dict[str, dict[int, Level]]  # numId -> ilvl -> level (abstract definition, overrides applied)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)

    def label(self, num_id: str, ilvl: int) -> str | None:
        """The label Word prints for the next paragraph of list ``num_id`` at level ``ilvl``; None
        for bullets and unknown lists."""
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels or levels[ilvl].number_format in ("bullet", "none"):
            return None
        counts = self.counters.setdefault(num_id, {})
        counts[ilvl] = counts[ilvl] + 1 if ilvl in counts else levels[ilvl].start
        for deeper in [level for level in counts if level > ilvl]:
            del counts[deeper]  # a new item restarts the levels below it
        text = levels[ilvl].text
        for level, definition in levels.items():
            if f"%{level + 1}" in text:
                value = counts.get(level, definition.start)
                text = text.replace(f"%{level + 1}", _formatted(value, definition.number_format))
        return text.strip() or None


def read_numbering(root: etree._Element | None) -> ListNumbering:
    """The list definitions of a ``numbering.xml`` root (none when the part is missing)."""
    if root is None:
        return ListNumbering({})
    abstract = {node.get(f"{W}abstractNumId", ""): _levels(node) for node in root.iter(f"{W}abstractNum")}
    levels: dict[str, dict[int, Level]] = {}
    for num in root.iter(f"{W}num"):
        ref = num.find(f"{W}abstractNumId")
        own = dict(abstract.get(ref.get(f"{W}val", "") if ref is not None else "", {}))
        for override in num.iter(f"{W}lvlOverride"):
            ilvl = _int(override.get(f"{W}ilvl"), 0)
            start = override.find(f"{W}startOverride")
            if start is not None and ilvl in own:
                base = own[ilvl]
                own[ilvl] = Level(base.number_format, base.text, _int(start.get(f"{W}val"), base.start))
        levels[num.get(f"{W}numId", "")] = own
    return ListNumbering(levels)


def _levels(abstract: etree._Element) -> dict[int, Level]:
    out: dict[int, Level] = {}
    for lvl in abstract.iter(f"{W}lvl"):
        number_format = _val(lvl, "numFmt") or "decimal"
        out[_int(lvl.get(f"{W}ilvl"), 0)] = Level(
            number_format, _val(lvl, "lvlText"), _int(_val(lvl, "start"), 1)
        )
    return out


def _val(element: etree._Element, child: str) -> str:
    found = element.find(f"{W}{child}")
    return found.get(f"{W}val", "") if found is not None else ""


def _int(value: str | None, default: int) -> int:
    return int(value) if value and value.strip().lstrip("-").isdigit() else default


def _formatted(value: int, number_format: str) -> str:
    if number_format in ("lowerLetter", "upperLetter"):
        letters = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)  # Word: y, z, aa, bb
        return letters.upper() if number_format == "upperLetter" else letters
    if number_format in ("lowerRoman", "upperRoman"):
        numeral = roman(value)
        return numeral.upper() if number_format == "upperRoman" else numeral
    return str(value)


def first_footnote_number(document: etree._Element | None, settings: etree._Element | None) -> int:
    """The number Word gives the first automatically numbered footnote: the section's
    ``w:footnotePr/w:numStart`` (the UN's numbering may start at 3), else the document's, else 1."""
    for root in (document, settings):
        start = root.find(f".//{W}footnotePr/{W}numStart") if root is not None else None
        value = start.get(f"{W}val", "") if start is not None else ""
        if value.isdigit() and int(value) > 0:
            return int(value)
    return 1
