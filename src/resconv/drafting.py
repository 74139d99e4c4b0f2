"""Drafting a new resolution: authored Markdown from a Jinja2 template, in any official language.

Templates run in Jinja2's sandbox, so a template from a user folder can lay out text but cannot
call into Python. Lookup order: the folder given by the caller, ``$RESCONV_TEMPLATES``, the user's
``~/.config/resconv/templates``, then the templates shipped with resconv. Templates receive the
draft's Meta fields plus the language's punctuation and emphasis, and ``pre``/``op`` helpers that
apply them, so the same template text can serve every language.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined, TemplateError, TemplateNotFound
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context
from jinja2.sandbox import SandboxedEnvironment

from resconv.errors import InputError, ResconvError
from resconv.language import LanguageData, language
from resconv.model import Committee, SessionKind
from resconv.sessions import session_of_symbol

EMPHASIS_MARKERS = {"italic": "*", "bold": "**", "bold italic": "***"}
COMMITTEE_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth")
DRAFT_SYMBOL_RE = re.compile(
    r"^A/(?:C\.(?P<committee>[1-6])/)?(?P<session>\d{1,3}|ES-\d{1,2}|S-\d{1,2})/L\.\d{1,3}(?:/Rev\.\d{1,2})?$"
)
# Plain scalars hold no line break (YAML folds it into a space) and no character YAML must escape
_NOT_PLAIN = "\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff"
_PLAIN_YAML = re.compile(f'^[^\\s\\-?:,\\[\\]{{}}#&*!|>\'"%@`\\d{_NOT_PLAIN}][^:#,\\[\\]{{}}"{_NOT_PLAIN}]*$')
# What JSON leaves raw but a YAML stream may not hold, or reads as a line break: escaped as \uXXXX
_YAML_UNPRINTABLE = re.compile("[\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")
_YAML_WORDS = {"true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"}


@dataclass(frozen=True)
class AgendaItemSpec:
    number: str
    title: str = ""


@dataclass(frozen=True)
class Draft:
    """What a new draft resolution needs to know, in the document's language."""

    language: str
    symbol: str
    title: str
    session: int | None = None
    session_kind: SessionKind = "regular"
    committee: Committee | None = None
    agenda_items: tuple[AgendaItemSpec, ...] = ()
    sponsors: tuple[str, ...] = ()
    sponsors_note: str = ""
    original_language: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


def committee_id(text: str | None) -> Committee | None:
    """The model's committee id from "First", "1", "First Committee" or "firstCommittee"."""
    if not text:
        return None
    key = text.strip().lower().replace(" committee", "").replace("committee", "")
    if key.isdigit() and 1 <= int(key) <= len(COMMITTEE_ORDINALS):
        key = COMMITTEE_ORDINALS[int(key) - 1]
    if key in COMMITTEE_ORDINALS:
        return f"{key}Committee"  # type: ignore[return-value]
    if key in ("plenary", "none", "nomain", "no main"):
        return None
    raise InputError(f"unknown committee {text!r}; use First … Sixth or plenary")


def parse_symbol(symbol: str) -> tuple[int, SessionKind, Committee | None]:
    """(session, its kind, committee) a draft symbol implies: A/C.1/81/L.5 -> (81, "regular",
    "firstCommittee"), A/ES-11/L.7 -> (11, "emergency special", None)."""
    match = DRAFT_SYMBOL_RE.match(symbol.strip())
    found = session_of_symbol(symbol.strip())
    if match is None or found is None:
        raise InputError(f"malformed draft symbol {symbol!r}; expected e.g. A/C.1/81/L.5 or A/81/L.12")
    committee = match.group("committee")
    return found[0], found[1], committee_id(committee) if committee else None


def yaml_scalar(value: object) -> str:
    """A YAML scalar for the front matter: plain when unambiguous, else double-quoted (JSON is YAML)."""
    if value is None:
        return "null"
    if isinstance(value, bool | int):
        return json.dumps(value)
    text = str(value)
    if _PLAIN_YAML.match(text) and text == text.strip() and text.lower() not in _YAML_WORDS:
        return text
    quoted = json.dumps(text, ensure_ascii=False)  # escapes line breaks and C0 controls
    return _YAML_UNPRINTABLE.sub(lambda match: f"\\u{ord(match.group()):04x}", quoted)


def template_dirs(user_dir: Path | None = None) -> list[Path]:
    """Where templates are looked up, first match wins."""
    dirs = [user_dir] if user_dir else []
    if os.environ.get("RESCONV_TEMPLATES"):
        dirs.append(Path(os.environ["RESCONV_TEMPLATES"]))
    config = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    dirs.append(config / "resconv" / "templates")
    dirs.append(Path(str(resources.files("resconv").joinpath("templates"))))
    return [d for d in dirs if d.is_dir()]


MAX_TEMPLATE_CHARS = 5_000_000  # what a draft template may build, in one value or in all it writes
MAX_POWER = 64  # the largest exponent of "**" in a template


class BoundedSandbox(SandboxedEnvironment):
    """Jinja2's sandbox runs no code of the template's own; this one also keeps memory bounded:
    no string or list repeated past ``MAX_TEMPLATE_CHARS`` ("a" * 10**11), no huge powers."""

    intercepted_binops = frozenset(["*", "**"])

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        if operator == "*" and _repeated_size(left, right) > MAX_TEMPLATE_CHARS:
            raise SecurityError(f"a value of more than {MAX_TEMPLATE_CHARS} characters or items")
        if operator == "**" and isinstance(right, int | float) and abs(right) > MAX_POWER:
            raise SecurityError(f"an exponent above {MAX_POWER}")
        return super().call_binop(context, operator, left, right)


def _repeated_size(left: Any, right: Any) -> int:
    """The length of ``left * right`` when it repeats a string or a list, else 0."""
    for sequence, times in ((left, right), (right, left)):
        if isinstance(sequence, str | list | tuple) and isinstance(times, int):
            return len(sequence) * times
    return 0


def environment(user_dir: Path | None = None) -> SandboxedEnvironment:
    """A sandboxed Jinja2 environment over the template folders; undefined names are errors."""
    loader = ChoiceLoader([FileSystemLoader(str(folder)) for folder in template_dirs(user_dir)])
    env = BoundedSandbox(
        loader=loader,
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["yaml"] = yaml_scalar
    return env


def context(draft: Draft) -> dict[str, object]:
    """The names a draft template sees."""
    data = language(draft.language)
    marker = EMPHASIS_MARKERS[data.emphasis]
    return {
        "symbol": draft.symbol,
        "language": draft.language,
        "session": draft.session,
        "session_kind": draft.session_kind,
        "committee": draft.committee,
        "title": draft.title,
        "sponsors": list(draft.sponsors),
        "agenda_items": [{"number": a.number, "title": a.title} for a in draft.agenda_items],
        "sponsors_note": draft.sponsors_note,
        "original_language": draft.original_language or draft.language,
        "em": marker,
        "enacting_formula": _formula(data, marker),
        "preambular_end": data["preambular_end"],
        "operative_end": data["operative_end"],
        "final_end": data["final_end"],
        "extra": dict(draft.extra),
        "pre": lambda phrase, text: f"{marker}{phrase}{marker} {text}{data['preambular_end']}",
        "op": lambda number, phrase, text, last=False: _operative(data, marker, number, phrase, text, last),
    }


def _formula(data: LanguageData, marker: str) -> str:
    """ "*The General Assembly*," — the formula phrase emphasised, its punctuation not."""
    phrase, formula = data["formula_phrase"], data["enacting_formula"]
    return f"{marker}{phrase}{marker}{formula[len(phrase) :]}" if formula.startswith(phrase) else formula


def _operative(data: LanguageData, marker: str, number: int, phrase: str, text: str, last: bool) -> str:
    end = data["final_end" if last else "operative_end"]
    return f"{data.number_label(str(number))} {marker}{phrase}{marker} {text}{end}"


def _capped(pieces: Iterator[str]) -> Iterator[str]:
    """The template's output piece by piece, stopped once it passes ``MAX_TEMPLATE_CHARS`` (a loop
    writing without end)."""
    total = 0
    for piece in pieces:
        total += len(piece)
        if total > MAX_TEMPLATE_CHARS:
            raise SecurityError(f"the template writes more than {MAX_TEMPLATE_CHARS} characters")
        yield piece


def render_draft(draft: Draft, *, template: str | None = None, templates_dir: Path | None = None) -> str:
    """The draft as authored Markdown; ``template`` names drafts/<name>.md.j2 (default: the language)."""
    env = environment(templates_dir)
    name = f"drafts/{template or draft.language}.md.j2"
    try:
        return "".join(_capped(env.get_template(name).generate(context(draft))))
    except TemplateNotFound as exc:
        searched = ", ".join(str(d) for d in template_dirs(templates_dir))
        raise ResconvError(f"no template {name} in {searched}") from exc
    except TemplateError as exc:
        raise ResconvError(f"template {name}: {exc}") from exc
