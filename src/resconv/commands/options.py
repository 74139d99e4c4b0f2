"""Option checks the commands share: a format name is checked once, before any file is read."""

from __future__ import annotations

import click

from resconv.errors import ResconvError
from resconv.formats import readable, writable


def from_format(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """``--from``: a format resconv reads, else a usage error naming those it reads."""
    if value is None:
        return None
    try:
        return readable(value).name
    except ResconvError as exc:
        raise click.BadParameter(str(exc), ctx, param) from exc


def to_formats(value: str) -> list[str]:
    """``--to``: formats resconv writes (comma-separated, each once), else a usage error naming
    those it writes."""
    try:
        return list(dict.fromkeys(writable(name.strip()).name for name in value.split(",") if name.strip()))
    except ResconvError as exc:
        raise click.BadParameter(str(exc), param_hint="--to") from exc
