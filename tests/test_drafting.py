"""Drafting from templates: six languages, front matter the Markdown reader accepts, the sandbox."""

from __future__ import annotations

from pathlib import Path

import pytest

import resconv
from resconv.checker import check_model
from resconv.drafting import (
    AgendaItemSpec,
    Draft,
    committee_id,
    parse_symbol,
    render_draft,
    template_dirs,
    yaml_scalar,
)
from resconv.errors import InputError, ResconvError
from resconv.language import fold, language
from resconv.model import LANGUAGES

yaml = pytest.importorskip("yaml")


def draft(lang: str = "en", **changes: object) -> Draft:
    values: dict[str, object] = {
        "language": lang,
        "symbol": "A/C.1/81/L.5",
        "title": "Promotion of multilateralism: a test",
        "session": 81,
        "committee": "firstCommittee",
        "agenda_items": (AgendaItemSpec("99 (s)", "General and complete disarmament"),),
        "sponsors": ("Indonesia", "Viet Nam, Socialist Republic"),
        "sponsors_note": "On behalf of: #1",
    }
    values.update(changes)
    return Draft(**values)  # type: ignore[arg-type]


def front_matter(text: str) -> dict[str, object]:
    assert text.startswith("---\n")
    block = text.split("---\n")[1]
    loaded: dict[str, object] = yaml.safe_load(block)
    return loaded


@pytest.mark.parametrize("lang", LANGUAGES)
def test_front_matter_is_yaml_with_meta_fields(lang: str) -> None:
    values = front_matter(render_draft(draft(lang)))
    assert values["symbol"] == "A/C.1/81/L.5" and values["language"] == lang and values["session"] == 81
    assert values["sponsors"] == ["Indonesia", "Viet Nam, Socialist Republic"]
    assert values["agenda_items"] == [{"number": "99 (s)", "title": "General and complete disarmament"}]
    assert values["sponsors_note"] == "On behalf of: #1"
    assert (values["stage"], values["distribution"], values["committee"]) == (
        "draft",
        "limited",
        "firstCommittee",
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_body_uses_the_languages_formula_emphasis_and_punctuation(lang: str) -> None:
    data = language(lang)
    marker = {"italic": "*", "bold": "**", "bold italic": "***"}[data.emphasis]
    body = render_draft(draft(lang)).split("---\n", 2)[2]
    paragraphs = [p for p in body.split("\n") if p.strip()]
    phrase, formula = data["formula_phrase"], data["enacting_formula"]
    assert paragraphs[0] == f"{marker}{phrase}{marker}{formula[len(phrase) :]}"
    preamble = [p for p in paragraphs[1:] if p.startswith(marker)]
    operative = [p for p in paragraphs[1:] if not p.startswith(marker)]
    assert preamble and all(p.endswith(data["preambular_end"]) for p in preamble)
    assert operative[0].startswith(data.number_label("1") + " " + marker)
    assert all(p.endswith(data["operative_end"]) for p in operative[:-1]) and operative[-1].endswith(
        data["final_end"]
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_example_phrases_come_from_the_languages_phrase_lists(lang: str) -> None:
    data = language(lang)
    marker = {"italic": "*", "bold": "**", "bold italic": "***"}[data.emphasis]
    body = render_draft(draft(lang)).split("---\n", 2)[2]
    known = {fold(p) for p in data.preambular_phrases + data.operative_phrases}
    phrases = [part for part in body.split(marker)[1::2]]
    assert len(phrases) >= 5
    assert all(fold(phrase) in known for phrase in phrases[1:]), phrases


@pytest.mark.parametrize("lang", LANGUAGES)
def test_drafts_read_back_and_pass_the_checker(lang: str, tmp_path: Path) -> None:
    read = pytest.importorskip("resconv.api").read_with_diagnostics
    pytest.importorskip("resconv.readers.markdown")
    path = tmp_path / "draft.md"
    path.write_text(render_draft(draft(lang)), encoding="utf-8")
    model, _ = read(path)
    assert (model.meta.stage, model.meta.distribution, model.meta.language) == ("draft", "limited", lang)
    assert model.meta.sponsors == ["Indonesia", "Viet Nam, Socialist Republic"]
    assert len(model.preamble) == 3 and [p.number for p in model.operative] == ["1", "2", "3"]
    assert check_model(model) == []


def test_symbol_gives_session_and_committee() -> None:
    assert parse_symbol("A/C.3/81/L.12") == (81, "regular", "thirdCommittee")
    assert parse_symbol("A/81/L.12/Rev.1") == (81, "regular", None)
    with pytest.raises(InputError):
        parse_symbol("A/RES/81/1")


@pytest.mark.parametrize(
    ("symbol", "session", "kind"),
    [("A/ES-11/L.7", 11, "emergency special"), ("A/S-32/L.1", 32, "special"), ("A/81/L.12", 81, "regular")],
)
def test_a_special_session_draft_names_its_session(symbol: str, session: int, kind: str) -> None:
    assert parse_symbol(symbol) == (session, kind, None)
    text = render_draft(draft(symbol=symbol, session=session, session_kind=kind))
    assert front_matter(text).get("session_kind", "regular") == kind
    meta = resconv.read(text.encode("utf-8"), format="markdown").meta
    assert (meta.session, meta.session_kind) == (session, kind)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("First", "firstCommittee"),
        ("4", "fourthCommittee"),
        ("Sixth Committee", "sixthCommittee"),
        ("plenary", None),
    ],
)
def test_committee_names(text: str, expected: str | None) -> None:
    assert committee_id(text) == expected


def test_yaml_scalars_quote_only_when_needed() -> None:
    assert yaml_scalar("Indonesia") == "Indonesia"
    for value in ("99 (s)", "a: b", "yes", "#x", "[x]", "Viet Nam, X", ' "q"'):
        assert yaml.safe_load(f"k: {yaml_scalar(value)}")["k"] == value


@pytest.mark.parametrize(
    "value", ["Line one\nLine two", "tab\there", "a\u2028b", "x\x85y", "z\x7f", "\ufeffy"]
)
def test_yaml_scalars_with_line_breaks_or_unprintables_read_back(value: str) -> None:
    scalar = yaml_scalar(value)
    assert "\n" not in scalar and yaml.safe_load(f"k: {scalar}\nnext: 1")["k"] == value


def test_user_templates_folder_comes_first(tmp_path: Path) -> None:
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "short.md.j2").write_text(
        '{% extends "drafts/_base.md.j2" %}\n'
        "{% block operative %}{{ op(1, 'Decides', 'x', last=True) }}\n"
        "{% endblock %}\n",
        encoding="utf-8",
    )
    text = render_draft(draft(), template="short", templates_dir=tmp_path)
    assert text.rstrip().endswith("1. *Decides* x.") and tmp_path in template_dirs(tmp_path)


def test_templates_are_sandboxed(tmp_path: Path) -> None:
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "evil.md.j2").write_text(
        "{{ pre.__globals__['os'].system('echo hi') }}", encoding="utf-8"
    )
    with pytest.raises(ResconvError):
        render_draft(draft(), template="evil", templates_dir=tmp_path)


@pytest.mark.parametrize(
    "body",
    [
        "{{ ('a' * 10**11)|length }}",
        "{{ [0] * 10**10 }}",
        "{{ 7 ** 100000000 }}",
        "{% for i in range(99999) %}{{ 'x' * 100000 }}{% endfor %}",
    ],
)
def test_templates_cannot_exhaust_memory(tmp_path: Path, body: str) -> None:
    """A template builds no value, and writes no text, past a few million characters."""
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "greedy.md.j2").write_text(body, encoding="utf-8")
    with pytest.raises(ResconvError, match=r"template drafts/greedy\.md\.j2"):
        render_draft(draft(), template="greedy", templates_dir=tmp_path)


def test_unknown_template_names_the_folders_searched() -> None:
    with pytest.raises(ResconvError, match=r"no template drafts/nothing\.md\.j2"):
        render_draft(draft(), template="nothing")
