"""Regenerate schema/resolution.schema.json, the published JSON Schema of the Resolution model.

    python tools/write_schema.py           # rewrite the file
    python tools/write_schema.py --check   # exit 1 if the committed file is out of date

tests/test_schema.py fails when the committed file and the model disagree, so the schema
cannot drift from the code.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from resconv.model import SCHEMA_VERSION, Resolution

TARGET = Path(__file__).resolve().parents[1] / "schema" / "resolution.schema.json"


def schema_text() -> str:
    """The schema as committed: pydantic's serialization schema, with an id and the version."""
    schema = Resolution.model_json_schema(mode="serialization")
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://github.com/resconv/resconv/schema/resolution-{SCHEMA_VERSION}.schema.json",
        **schema,
    }
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str]) -> int:
    text = schema_text()
    if "--check" in argv:
        current = TARGET.read_text(encoding="utf-8") if TARGET.is_file() else ""
        if current != text:
            print(f"{TARGET} is out of date: run python tools/write_schema.py", file=sys.stderr)
            return 1
        return 0
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
