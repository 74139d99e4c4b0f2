"""The ``resconv`` command line: a thin click layer over the library.

Each command lives in its own module under ``resconv.commands`` and is registered here.
"""

from __future__ import annotations

import click

from resconv import __version__
from resconv.commands.batch import batch
from resconv.commands.check import check
from resconv.commands.convert import convert
from resconv.commands.new import new

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, prog_name="resconv")
def cli() -> None:
    """Convert UN General Assembly resolutions between formats.

    \b
    Examples:
      resconv convert A_RES_75_47.md --to json,akn,docx,pdf -o out/
      pdftotext res.pdf - | resconv convert - --from text --to json
      resconv batch archive/ --to pdf,akn -o converted/ --jobs 2
      resconv new --lang en --symbol A/C.1/81/L.5 -o draft.md
      resconv check draft.md
    """


for command in (convert, batch, new, check):
    cli.add_command(command)


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
