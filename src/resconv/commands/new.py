"""``resconv new``: write a new draft resolution as authored Markdown from a template."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from resconv.drafting import (
    AgendaItemSpec,
    Draft,
    committee_id,
    parse_symbol,
    render_draft,
)
from resconv.errors import InputError, ResconvError
from resconv.model import LANGUAGES


def interactive() -> bool:
    """Whether someone can answer prompts (standard input is a terminal)."""
    return sys.stdin.isatty()


def _ask(value: str | None, prompt: str, default: str | None = None) -> str:
    """The option's value, else an answer typed at the terminal, else a usage error."""
    if value:
        return value
    if interactive():
        return str(click.prompt(prompt, default=default))
    if default is not None:
        return default
    raise click.UsageError(f"missing {prompt.lower()} (give it as an option; no terminal to ask on)")


def _split(names: str) -> tuple[str, ...]:
    return tuple(name.strip() for name in names.split(",") if name.strip())


def _agenda(numbers: tuple[str, ...], titles: tuple[str, ...]) -> tuple[AgendaItemSpec, ...]:
    if len(titles) > len(numbers):
        raise click.UsageError("more --agenda-title than --agenda-item options")
    padded = titles + ("",) * (len(numbers) - len(titles))
    return tuple(AgendaItemSpec(number, title) for number, title in zip(numbers, padded, strict=True))


@click.command()
@click.option("--lang", "language", type=click.Choice(LANGUAGES), help="Language of the draft.")
@click.option("--symbol", help="Draft symbol, e.g. A/C.1/81/L.5 or A/81/L.12.")
@click.option("--session", type=click.IntRange(1, 99), help="Session, 1-99 (default: from the symbol).")
@click.option("--committee", help="First … Sixth, or plenary (default: from the symbol).")
@click.option("--agenda-item", "agenda_items", multiple=True, help='Agenda item as printed, e.g. "99 (s)".')
@click.option("--agenda-title", "agenda_titles", multiple=True, help="Title of the agenda item (same order).")
@click.option("--title", help="Title of the draft resolution.")
@click.option("--sponsors", help="Sponsors, comma-separated.")
@click.option("--sponsors-note", default="", help="The asterisk note, e.g. 'On behalf of …'.")
@click.option("--original-language", type=click.Choice(LANGUAGES), help="Original (default: --lang).")
@click.option("--template", help="Template name: drafts/NAME.md.j2 (default: the language).")
@click.option(
    "--templates-dir",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    help="Your own templates folder, searched before the built-in one.",
)
@click.option("-o", "--output", default="-", help="Output file, or - for standard output.")
@click.option("--force", is_flag=True, help="Overwrite an existing output file.")
def new(
    language: str | None,
    symbol: str | None,
    session: int | None,
    committee: str | None,
    agenda_items: tuple[str, ...],
    agenda_titles: tuple[str, ...],
    title: str | None,
    sponsors: str | None,
    sponsors_note: str,
    original_language: str | None,
    template: str | None,
    templates_dir: Path | None,
    output: str,
    force: bool,
) -> None:
    """Write a new draft resolution (authored Markdown), asking for what is missing on a terminal.

    \b
    Examples:
      resconv new --lang en --symbol A/C.1/81/L.5 --committee First --agenda-item "99 (s)" \\
          --title "Promotion of multilateralism" --sponsors Indonesia -o draft.md
      resconv new --lang fr --symbol A/81/L.12 --title "…" --sponsors "France, Maroc"
    """
    try:
        lang = _ask(language, "Language", "en")
        sym = _ask(symbol, "Symbol")
        symbol_session, symbol_kind, symbol_committee = parse_symbol(sym)
        draft = Draft(
            language=lang,
            symbol=sym,
            title=_ask(title, "Title"),
            session=session or symbol_session,
            session_kind=symbol_kind,
            committee=committee_id(committee) if committee else symbol_committee,
            agenda_items=_agenda(agenda_items, agenda_titles),
            sponsors=_split(_ask(sponsors, "Sponsors (comma-separated)")),
            sponsors_note=sponsors_note,
            original_language=original_language,
        )
        text = render_draft(draft, template=template, templates_dir=templates_dir)
    except ResconvError as exc:  # a value given on the command line names no file: no "<input>: "
        unnamed = exc.problem if isinstance(exc, InputError) and exc.file == "<input>" else None
        raise click.ClickException(unnamed or str(exc)) from exc
    _write(text, output, force)


def _write(text: str, output: str, force: bool) -> None:
    """Standard output, or a file (its folders made as ``convert`` makes them); one line of
    error when the file cannot be written."""
    if output == "-":
        click.echo(text, nl=False)
        return
    target = Path(output)
    if target.is_dir():
        raise click.ClickException(f"{target} is a folder; name a file such as {target / 'draft.md'}")
    if target.exists() and not force:
        raise click.ClickException(f"{target} exists; use --force to overwrite it")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError) as exc:
        raise click.ClickException(f"cannot write {target}: {target.parent} is not a folder") from exc
    except OSError as exc:
        raise click.ClickException(f"cannot make the folder {target.parent}: {exc.strerror or exc}") from exc
    try:
        with target.open("w", encoding="utf-8") as stream:
            stream.write(text)
    except OSError as exc:
        raise click.ClickException(f"cannot write {target}: {exc.strerror or exc}") from exc
    click.echo(f"wrote {target}", err=True)
