#!/usr/bin/env python3
"""What the UN's own files lose or gain on the way through canonical Markdown.

    python scripts/markdown_drift.py [--corpus ../shared/corpus] [-v]

Every UN file of the corpus (``unxml`` and the devset's ``source.xml``) is read, written as
canonical Markdown and read back; the script counts the files whose model comes back different
and, with ``-v``, prints the first field that differs in each. The Markdown reader adds references
the XML leaves as plain text and undoes converters' habits, so some drift is expected; this shows
how much, and where. (Markdown -> model -> Markdown -> model itself is an identity: see
``tests/conformance/test_markdown_fixed_point.py``.)
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import resconv

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


def first_difference(before: Any, after: Any, path: str = "") -> tuple[str, Any, Any]:
    """The path of the first differing field of two JSON values, and both values there."""
    if type(before) is not type(after):
        return path, before, after
    if isinstance(before, dict):
        for key, value in before.items():
            if value != after.get(key):
                return first_difference(value, after.get(key), f"{path}.{key}")
        return path, sorted(before), sorted(after)
    if isinstance(before, list):
        for index, (one, other) in enumerate(zip(before, after, strict=False)):
            if one != other:
                return first_difference(one, other, f"{path}[{index}]")
        return f"{path} (length)", len(before), len(after)
    return path, before, after


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="print the first difference of each file"
    )
    args = parser.parse_args()
    sources = sorted((args.corpus / "unxml").glob("*.xml")) + sorted(
        (args.corpus / "devset").glob("*/source.xml")
    )
    drifted = 0
    for source in sources:
        model = resconv.read(source)
        back = resconv.read(resconv.render(model, "markdown"), format="markdown")
        before, after = json.loads(model.model_dump_json()), json.loads(back.model_dump_json())
        if before != after:
            drifted += 1
            if args.verbose:
                path, one, other = first_difference(before, after)
                print(f"{source.relative_to(args.corpus)}  {path}: {one!r:.80} -> {other!r:.80}")
    print(f"{drifted} of {len(sources)} UN files come back from canonical Markdown with a different model")


if __name__ == "__main__":
    main()
