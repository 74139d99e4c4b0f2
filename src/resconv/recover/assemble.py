"""From lines to a Resolution: the stages in order, each a small function."""

from __future__ import annotations

import itertools

from pydantic import ValidationError

from resconv.errors import Diagnostics, InputError
from resconv.language import LanguageData, language, parse_date
from resconv.model import Footnote, OperativeParagraph, Resolution
from resconv.recover import annex as annexes
from resconv.recover.blocks import assemble
from resconv.recover.body import fill_body, finish
from resconv.recover.detect import detect_language, known
from resconv.recover.footnotes import attach_markers, take_sponsors_note, text_owners
from resconv.recover.inline import squeeze_cjk_spaces
from resconv.recover.leading import is_recognised
from resconv.recover.lines import Line
from resconv.recover.masthead import read_masthead
from resconv.recover.patterns import formula_match
from resconv.recover.segment import footnote_text, segment
from resconv.recover.symbols import NUMBER_LINE_RE, settle_session


def build(
    lines: list[Line],
    diagnostics: Diagnostics,
    language_hint: str | None = None,
    front_matter: dict[str, object] | None = None,
    source: str | None = None,
) -> Resolution:
    """Recover the whole model from the lines of one document. ``source`` is the text before
    page furniture went, where the first page's footer prints the job number."""
    whole = "\n".join(line.text for line in lines)
    if not whole.strip() and not front_matter:
        raise InputError("the input holds no text", file=diagnostics.file)
    code = language_hint if language_hint and known(language_hint) else detect_language(whole)
    data = language(code)
    start = _formula_index(lines, data)
    if start is None:
        diagnostics.warn("no enacting formula found; the masthead may be read as body", None)
    masthead_lines = lines[:start] if start is not None else []
    body_lines = lines[start + 1 :] if start is not None else lines
    masthead = read_masthead([ln.text for ln in masthead_lines], data, whole, source)
    body = segment(body_lines, data)
    resolution = Resolution(meta=masthead.meta)
    resolution.enacting_formula = lines[start].text.strip().strip("*_ ") if start is not None else ""
    fill_body(resolution, assemble(body.lines, code), data, diagnostics)
    cjk = code == "zh"
    resolution.footnotes = [
        Footnote(marker=n.marker, text=finish(footnote_text(n, cjk), cjk), source_line=n.line)
        for n in body.footnotes
    ]
    resolution.annexes = annexes.read(body.annex_lines, data, finish)
    attach_markers(resolution, diagnostics)
    take_sponsors_note(resolution)
    if cjk:
        _squeeze_all(resolution)
    _closing(resolution, body.meeting, body.meeting_resumed, body.closing_date_text, data)
    if front_matter:
        _apply_front_matter(resolution, front_matter, diagnostics)
    _check(resolution, diagnostics)
    if start is None and not resolution.meta.symbol and not resolution.meta.title:
        raise InputError(
            "no resolution found: no masthead, no enacting formula such as "
            f"“{data['enacting_formula']}”, no document symbol",
            file=diagnostics.file,
        )
    return resolution


def _squeeze_all(resolution: Resolution) -> None:
    """Chinese: no spaces next to CJK characters, also where footnote references were added and
    after the marks that were kept apart until then (see ``finish``)."""
    for owner in [*text_owners(resolution), *resolution.footnotes]:
        owner.text = squeeze_cjk_spaces(owner.text)
        if isinstance(owner, OperativeParagraph) and owner.wrap_up:
            owner.wrap_up = squeeze_cjk_spaces(owner.wrap_up)


def _formula_index(lines: list[Line], data: LanguageData) -> int | None:
    """The enacting formula's line: "The General Assembly,", or else the words alone after the
    resolution's number and title (declarations), not the masthead's "General Assembly"."""
    head = lines[:400]
    found = next((index for index, line in enumerate(head) if formula_match(line.text, data)), None)
    if found is not None:
        return found
    numbered = next((index for index, line in enumerate(head) if NUMBER_LINE_RE.match(line.text)), None)
    if numbered is None:
        return None
    after = enumerate(head[numbered + 1 :], numbered + 1)
    return next((index for index, line in after if formula_match(line.text, data, alone=True)), None)


# --------------------------------------------------------------------------- closing and checks
def _closing(
    resolution: Resolution, meeting: int | None, resumed: bool, date_text: str, data: LanguageData
) -> None:
    meta = resolution.meta
    if meeting is not None:
        meta.meeting, meta.meeting_resumed = meeting, resumed
    if meta.adopted_on is None and date_text:
        meta.adopted_on = parse_date(date_text, data.code)


def _apply_front_matter(resolution: Resolution, values: dict[str, object], diagnostics: Diagnostics) -> None:
    """Authored metadata wins over what the masthead lines said."""
    merged = resolution.meta.model_dump()
    merged.update({k: v for k, v in values.items() if v not in (None, "")})
    try:
        resolution.meta = type(resolution.meta).model_validate(merged)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise InputError(f"front matter: {where}: {first['msg']}", file=diagnostics.file, line=1) from exc
    settle_session(resolution.meta)


def _check(resolution: Resolution, diagnostics: Diagnostics) -> None:
    code = resolution.meta.language
    for index, paragraph in enumerate(resolution.preamble, 1):
        if not is_recognised(paragraph.phrase, code):
            taken = f" (took “{paragraph.phrase}”)" if paragraph.phrase else ""
            diagnostics.warn(
                f"preambular paragraph {index}: no known leading phrase{taken}", paragraph.source_line
            )
    numbered = [b for b in resolution.operative if isinstance(b, OperativeParagraph) and b.number]
    for previous, current in itertools.pairwise(numbered):
        before, number = previous.number or "", current.number or ""
        if before.isdigit() and number.isdigit() and int(number) != int(before) + 1:
            diagnostics.warn(f"operative paragraph {number} follows {before}", current.source_line)
    for note in resolution.footnotes:
        if not note.marker:
            diagnostics.warn("text in the footnote area has no note marker before it", note.source_line)
    if not resolution.meta.symbol:
        diagnostics.warn("no document symbol found in the masthead", 1)
    if resolution.meta.adopted_on is None and resolution.meta.stage == "adopted":
        diagnostics.warn("no adoption date found", None)
