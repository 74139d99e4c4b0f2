"""Read resconv's own JSON form of the model."""

from __future__ import annotations

import json

from pydantic import ValidationError

from resconv.errors import Diagnostics, InputError
from resconv.formats import ReadOptions
from resconv.model import SCHEMA_VERSION, Resolution
from resconv.textio import decode


def read(data: bytes, *, options: ReadOptions, diagnostics: Diagnostics) -> Resolution:
    """Validate a JSON document against the model; refuse another major schema version."""
    text = decode(data, options.encoding, diagnostics.file)
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"not JSON: {exc.msg}", file=diagnostics.file, line=exc.lineno) from exc
    if isinstance(raw, dict):
        version = str(raw.get("schema_version", SCHEMA_VERSION))
        if version.split(".")[0] != SCHEMA_VERSION.split(".")[0]:
            raise InputError(
                f"schema_version {version} is not readable by this resconv ({SCHEMA_VERSION})",
                file=diagnostics.file,
            )
    try:
        return Resolution.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise InputError(f"not a resolution: {where}: {first['msg']}", file=diagnostics.file) from exc
