"""Word list numbering: labels as Word prints them, from the list definitions."""

from __future__ import annotations

from lxml import etree

from resconv.readers.docx_numbering import read_numbering

NUMBERING = """<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <w:abstractNum w:abstractNumId="1">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%3)"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="2">
    <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="10"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="11"><w:abstractNumId w:val="1"/>
    <w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
  <w:num w:numId="12"><w:abstractNumId w:val="2"/></w:num>
</w:numbering>"""


def test_counters_advance_and_restart_below_a_new_item() -> None:
    numbering = read_numbering(etree.fromstring(NUMBERING))
    levels = [0, 1, 1, 2, 2, 1, 0, 1]
    labels = [numbering.label("10", level) for level in levels]
    assert labels == ["1.", "(a)", "(b)", "(i)", "(ii)", "(c)", "2.", "(a)"]


def test_a_start_override_and_bullets_and_unknown_lists() -> None:
    numbering = read_numbering(etree.fromstring(NUMBERING))
    assert [numbering.label("11", 0) for _ in range(2)] == ["5.", "6."]
    assert numbering.label("10", 0) == "1."  # another list of the same definition counts apart
    assert numbering.label("12", 0) is None
    assert numbering.label("99", 0) is None
    assert read_numbering(None).label("10", 0) is None
