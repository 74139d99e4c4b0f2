"""From lines to a Resolution: the stages in order, each a small function."""

from __future__ import annotations

import itertools

from pydantic import ValidationError

from resconv.errors import Diagnostics, InputError
from resconv.language import LanguageData, language, parse_date
from resconv.model import Footnote, Meta, OperativeParagraph, Resolution
from resconv.recover import annex as annexes
from resconv.recover.blocks import assemble
from resconv.recover.body import fill_body, finish
from resconv.recover.detect import detect_language, known
from resconv.recover.footnotes import in_reference_order, take_sponsors_note, text_owners
from resconv.recover.inline import squeeze_cjk_spaces
from resconv.recover.leading import is_recognised
from resconv.recover.lines import Line
from resconv.recover.masthead import read_masthead
from resconv.recover.parts import PartStart, Piece, cut, formula_lines, part_starts, share_notes
from resconv.recover.patterns import formula_match
from resconv.recover.segment import footnote_text, segment
from resconv.recover.symbols import NUMBER_LINE_RE, lettered_symbol, settle_session


def build_parts(
    lines: list[Line],
    diagnostics: Diagnostics,
    language_hint: str | None = None,
    front_matter: dict[str, object] | None = None,
    source: str | None = None,
    *,
    every_part: bool = True,
) -> list[Resolution]:
    """Recover the whole model from the lines of one document: one resolution, or each lettered
    part of a publication of several (A/RES/75/101 A-B); not ``every_part``, the first alone,
    with a warning naming the others. ``source`` is the text before page furniture went, where
    the first page's footer prints the job number."""
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
    meta = read_masthead([ln.text for ln in masthead_lines], data, whole, source).meta
    formula = lines[start].text.strip().strip("*_ ") if start is not None else ""
    formulas = formula_lines(body_lines, data) if start is not None else []
    starts = part_starts(body_lines, data, meta.part, formulas) if formulas else []
    _warn_unlettered(body_lines, formulas, starts, diagnostics)
    if starts and not every_part:
        letters = ", ".join([meta.part or "A", *(s.letter for s in starts)])
        diagnostics.warn(
            f"this publication holds the resolutions lettered {letters}; only the first is read "
            "(resconv convert --parts writes each; in Python, resconv.read_parts)",
            body_lines[starts[0].letter_index].number,
        )
    pieces = cut(meta, formula, body_lines, starts)
    resolutions = _recover_all(pieces, meta, data, diagnostics, every_part, front_matter)
    if start is None and not resolutions[0].meta.symbol and not resolutions[0].meta.title:
        raise InputError(
            "no resolution found: no masthead, no enacting formula such as "
            f"“{data['enacting_formula']}”, no document symbol",
            file=diagnostics.file,
        )
    return resolutions if every_part else resolutions[:1]


def _warn_unlettered(
    lines: list[Line], formulas: list[int], starts: list[PartStart], diagnostics: Diagnostics
) -> None:
    """An enacting formula again, on a line of its own, that begins no lettered part: another
    resolution may begin there, read as part of this one; say so rather than stay silent."""
    begun = {start.formula_index for start in starts}
    for index in formulas:
        if index not in begun:
            diagnostics.warn(
                "the enacting formula again, with no part letter (B, C ...) above it: if another "
                "resolution begins here, it is read as part of this one",
                lines[index].number,
            )


def _recover_all(
    pieces: list[Piece],
    masthead: Meta,
    data: LanguageData,
    diagnostics: Diagnostics,
    every_part: bool,
    front_matter: dict[str, object] | None,
) -> list[Resolution]:
    """The resolution of each piece. The later parts are read even when only the first is wanted,
    as its notes may be printed among their lines; what they alone give rise to is then not
    reported. Authored Markdown's front matter describes the first."""
    reports = [
        diagnostics if index == 0 or every_part else Diagnostics(diagnostics.file)
        for index in range(len(pieces))
    ]
    resolutions = [_recover(piece, data, report) for piece, report in zip(pieces, reports, strict=True)]
    for resolution in resolutions:
        if resolution.meta.adopted_on is None:  # a part without a date of its own: the masthead's
            resolution.meta.adopted_on = masthead.adopted_on
    share_notes(resolutions, reports)
    for index, (resolution, report) in enumerate(zip(resolutions, reports, strict=True)):
        _finish(
            resolution, report, _later_part_front_matter(front_matter, resolution) if index else front_matter
        )
    return resolutions


_PART_OWN = ("symbol", "part", "part_title", "meeting", "meeting_resumed", "adopted_on")


def _later_part_front_matter(values: dict[str, object] | None, part: Resolution) -> dict[str, object] | None:
    """Authored Markdown's front matter describes its first resolution; of it, a later part takes
    what the publication shares (session, agenda, committee ...), the symbol with its own letter,
    and the adoption date where it prints none of its own."""
    if not values:
        return values
    shared = {key: value for key, value in values.items() if key not in _PART_OWN}
    if isinstance(values.get("symbol"), str):
        shared["symbol"] = lettered_symbol(str(values["symbol"]), part.meta.part)
    if part.meta.adopted_on is None and "adopted_on" in values:
        shared["adopted_on"] = values["adopted_on"]
    return shared


def _recover(piece: Piece, data: LanguageData, diagnostics: Diagnostics) -> Resolution:
    """One resolution from its body lines; its notes are attached once every part is read."""
    body = segment(piece.lines, data)
    resolution = Resolution(meta=piece.meta.model_copy(deep=True), enacting_formula=piece.formula)
    fill_body(resolution, assemble(body.lines, data.code), data, diagnostics)
    cjk = data.code == "zh"
    resolution.footnotes = [
        Footnote(marker=n.marker, text=finish(footnote_text(n, cjk), cjk), source_line=n.line)
        for n in body.footnotes
    ]
    resolution.annexes = annexes.read(body.annex_lines, data, finish)
    _closing(resolution, body.meeting, body.meeting_resumed, body.closing_date_text, data)
    return resolution


def _finish(resolution: Resolution, diagnostics: Diagnostics, front_matter: dict[str, object] | None) -> None:
    take_sponsors_note(resolution)
    if front_matter is None:  # authored Markdown holds its notes in the order it means
        in_reference_order(resolution)
    if resolution.meta.language == "zh":
        _squeeze_all(resolution)
    if front_matter:
        _apply_front_matter(resolution, front_matter, diagnostics)
    _check(resolution, diagnostics)


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
