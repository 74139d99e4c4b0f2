"""The DOCX style table: load ``templates/docx/styles.toml`` and turn it into ``styles.xml``.

The table lives outside the code so an organisation can restyle the output (fonts, sizes,
indents, spacing) by editing TOML; style ids stay fixed because the DOCX reader relies on them.
The installed package finds the table with importlib.resources under ``resconv/templates``;
``WriteOptions.templates_dir`` may point at another folder with the same layout.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from resconv.writers.docx_xml import W_NS, esc

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
EMPHASIS_PROPS = {
    "italic": "<w:i/><w:iCs/>",
    "bold": "<w:b/><w:bCs/>",
    "bold italic": "<w:b/><w:bCs/><w:i/><w:iCs/>",
}


@dataclass(frozen=True)
class Template:
    """The parsed style table plus the language it is applied to."""

    data: dict[str, Any]
    folder: Traversable | None = None  # where the table's images are (``page_marks.recycle_logo``)

    def asset(self, name: str) -> bytes | None:
        """A PNG file beside the style table, or None when the table names none, it is missing, or
        it is not a PNG. A name is a file name only: it cannot reach out of the template folder."""
        if not name or "/" in name or "\\" in name or name in (".", "..") or self.folder is None:
            return None
        path = self.folder.joinpath(name)
        if not path.is_file():
            return None
        data = path.read_bytes()
        return data if data.startswith(PNG_SIGNATURE) else None

    @property
    def page_marks(self) -> dict[str, Any]:
        return dict(self.data.get("page_marks", {}))

    @property
    def page(self) -> dict[str, Any]:
        return dict(self.data["page"])

    def geometry(self, key: str) -> int:
        return int(self.data["page"][key])

    def language(self, code: str) -> dict[str, Any]:
        return dict(self.data.get("languages", {}).get(code, {}))

    def paragraph(self, style_id: str) -> dict[str, Any]:
        return dict(self.data["paragraph"].get(style_id, {}))

    def text_width(self, paper: str) -> int:
        return int(self.data["page"][paper]["width"]) - 2 * self.geometry("margin_side")


def load_template(templates_dir: Path | None = None) -> Template:
    """The style table from ``templates_dir/docx/styles.toml``, else the packaged one."""
    if templates_dir is not None:
        path = Path(templates_dir) / "docx" / "styles.toml"
        return Template(tomllib.loads(path.read_text(encoding="utf-8")), path.parent)
    return _packaged()


@cache
def _packaged() -> Template:
    folder = resources.files("resconv").joinpath("templates", "docx")
    return Template(tomllib.loads(folder.joinpath("styles.toml").read_text("utf-8")), folder)


def _half_points(size: float) -> int:
    return round(size * 2)


def _run_props(spec: dict[str, Any], scale: float) -> str:
    """rPr children of a style in schema order: b, bCs, i, iCs, color, sz, szCs, vertAlign."""
    out = []
    if "bold" in spec:
        out.append("<w:b/><w:bCs/>" if spec["bold"] else '<w:b w:val="0"/><w:bCs w:val="0"/>')
    if "italic" in spec:
        out.append("<w:i/><w:iCs/>" if spec["italic"] else '<w:i w:val="0"/><w:iCs w:val="0"/>')
    if "color" in spec:
        out.append(f'<w:color w:val="{esc(str(spec["color"]))}"/>')
    if "size" in spec:
        size = float(spec["size"])
        out.append(f'<w:sz w:val="{_half_points(size)}"/><w:szCs w:val="{_half_points(size * scale)}"/>')
    if spec.get("superscript"):
        out.append('<w:vertAlign w:val="superscript"/>')
    return "".join(out)


def _length(value: Any, column: int) -> int:
    return column if value == "column" else int(value)


def _inherited_left(spec: dict[str, Any], tpl: Template) -> int:
    """The left indent a style has of its own or from the styles it is based on."""
    seen: set[str] = set()
    while "left" not in spec and spec.get("based_on") and spec["based_on"] not in seen:
        seen.add(spec["based_on"])
        spec = tpl.paragraph(spec["based_on"])
    return _length(spec.get("left", 0), tpl.geometry("column_left"))


def _paragraph_props(spec: dict[str, Any], tpl: Template, rtl: bool) -> str:
    """pPr children in schema order: keepNext, pageBreakBefore, tabs, bidi, spacing, ind, jc."""
    out = []
    if spec.get("keep_next"):
        out.append("<w:keepNext/>")
    if spec.get("page_break_before"):
        out.append("<w:pageBreakBefore/>")
    left = _length(spec.get("left", 0), tpl.geometry("column_left"))
    if "tabs" in spec:
        base = _inherited_left(spec, tpl)  # Word measures tab stops from the margin, not the indent
        tabs = "".join(f'<w:tab w:val="left" w:pos="{base + int(t)}"/>' for t in spec["tabs"])
        out.append(f"<w:tabs>{tabs}</w:tabs>")
    if rtl:
        out.append("<w:bidi/>")
    spacing = []
    for key, attr in (("before", "before"), ("after", "after")):
        if key in spec:
            spacing.append(f'w:{attr}="{int(spec[key])}"')
    if "line" in spec:
        line = int(spec["line"])
        spacing.append(f'w:line="{line}" w:lineRule="atLeast"' if line else 'w:line="240" w:lineRule="auto"')
    if spacing:
        out.append(f"<w:spacing {' '.join(spacing)}/>")
    ind = []
    if "left" in spec:
        ind.append(f'w:left="{left}"')
    if "right" in spec:
        ind.append(f'w:right="{_length(spec["right"], tpl.geometry("column_right"))}"')
    if "first_line" in spec:
        ind.append(f'w:firstLine="{int(spec["first_line"])}"')
    if "hanging" in spec:
        ind.append(f'w:hanging="{int(spec["hanging"])}"')
    if ind:
        out.append(f"<w:ind {' '.join(ind)}/>")
    if "align" in spec:
        align = spec["align"]  # in RTL paragraphs Word and LibreOffice read left/right as start/end
        out.append(f'<w:jc w:val="{esc(str(align))}"/>')
    return "".join(out)


def _doc_defaults(tpl: Template, lang: str, rtl: bool) -> str:
    fonts = tpl.data["fonts"]
    lang_tag = str(tpl.language(lang).get("lang", "en-GB"))
    latin = lang_tag if lang not in ("zh", "ar") else "en-GB"
    rfonts = (
        f'<w:rFonts w:ascii="{esc(fonts["latin"])}" w:hAnsi="{esc(fonts["latin"])}" '
        f'w:eastAsia="{esc(fonts["east_asia"])}" w:cs="{esc(fonts["complex"])}"'
        + (' w:hint="eastAsia"/>' if lang == "zh" else "/>")
    )
    size = float(tpl.paragraph("Normal").get("size", 10))
    scale = float(tpl.language(lang).get("complex_scale", 1.0))
    rpr = (
        f'{rfonts}<w:sz w:val="{_half_points(size)}"/><w:szCs w:val="{_half_points(size * scale)}"/>'
        f'<w:lang w:val="{latin}" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'
    )
    ppr = "<w:bidi/>" if rtl else ""
    return (
        f"<w:docDefaults><w:rPrDefault><w:rPr>{rpr}</w:rPr></w:rPrDefault>"
        f"<w:pPrDefault><w:pPr>{ppr}</w:pPr></w:pPrDefault></w:docDefaults>"
    )


def styles_xml(tpl: Template, lang: str, rtl: bool, emphasis: str) -> str:
    """The whole styles part for one document language."""
    scale = float(tpl.language(lang).get("complex_scale", 1.0))
    parts = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="{W_NS}">']
    parts.append(_doc_defaults(tpl, lang, rtl))
    for style_id, spec in tpl.data["paragraph"].items():
        default = ' w:default="1"' if style_id == "Normal" else ""
        based = f'<w:basedOn w:val="{esc(spec.get("based_on", "Normal"))}"/>' if style_id != "Normal" else ""
        parts.append(
            f'<w:style w:type="paragraph"{default} w:styleId="{esc(style_id)}">'
            f'<w:name w:val="{esc(spec["name"])}"/>{based}<w:qFormat/>'
            f"<w:pPr>{_paragraph_props(spec, tpl, rtl)}</w:pPr><w:rPr>{_run_props(spec, scale)}</w:rPr>"
            "</w:style>"
        )
    for style_id, spec in tpl.data["character"].items():
        rpr = _run_props(spec, scale)
        if style_id == "LeadingPhrase":
            rpr = EMPHASIS_PROPS[emphasis] + rpr
        parts.append(
            f'<w:style w:type="character" w:styleId="{esc(style_id)}"><w:name w:val="{esc(spec["name"])}"/>'
            f"<w:rPr>{rpr}</w:rPr></w:style>"
        )
    parts.append(
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
        '<w:left w:w="0" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/>'
        "</w:tblCellMar></w:tblPr></w:style>"
    )
    parts.append("</w:styles>")
    return "".join(parts)
