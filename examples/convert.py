"""Convert resolutions with resconv's Python API.

    python examples/convert.py                   # the bundled examples, into build/api-example/
    python examples/convert.py my.md other.txt   # your own files

Each input is read into the Resolution model (warnings come back as data), a few facts are
printed, and the model is written as JSON, canonical Markdown and Akoma Ntoso.
"""

from __future__ import annotations

import sys
from pathlib import Path

import resconv
from resconv.model import OperativeParagraph

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "build" / "api-example"


def convert(source: Path) -> int:
    """Read one file, report on it, write it in three formats; the number of warnings."""
    try:
        model, diagnostics = resconv.read_with_diagnostics(source)
    except resconv.ResconvError as exc:  # unreadable input: a one-line message naming file and line
        print(f"error: {exc}", file=sys.stderr)
        return 1
    # Diagnostics are data, e.g. "draft.md:14: warning: preambular paragraph 3: no known leading phrase".
    for finding in diagnostics:
        print(finding, file=sys.stderr)

    meta = model.meta
    numbers = [b.number for b in model.operative if isinstance(b, OperativeParagraph)]
    print(
        f"{source.name}: {meta.symbol} ({meta.language}), session {meta.session}, "
        f"adopted {meta.adopted_on} at plenary meeting {meta.meeting}"
    )
    listed = ", ".join(n or "-" for n in numbers)
    print(
        f"  {len(model.preamble)} preambular paragraphs, operative {listed}, {len(model.footnotes)} footnotes"
    )

    OUT.mkdir(parents=True, exist_ok=True)
    stem = source.name.split(".")[0]
    for fmt, ext in (("json", ".json"), ("markdown", ".md"), ("akn", ".xml")):
        target = resconv.write(model, OUT / f"{stem}{ext}", format=fmt)
        print(f"  wrote {target.relative_to(OUT.parent.parent)}")
    # The model is plain pydantic: its JSON (the public contract) reads back to the same content.
    again = resconv.read(OUT / f"{stem}.json")
    assert again.model_dump_json() == model.model_dump_json()
    return len(diagnostics)


def main(paths: list[str]) -> int:
    sources = [Path(p) for p in paths] or sorted(HERE.glob("*.md"))
    warnings = sum(convert(path) for path in sources)
    return 1 if warnings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
