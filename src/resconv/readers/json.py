"""Read resconv's own JSON form of the model."""

from __future__ import annotations

import json
import re

from pydantic import ValidationError

from resconv.errors import Diagnostics, InputError
from resconv.formats import ReadOptions
from resconv.model import SCHEMA_VERSION, Resolution
from resconv.textio import decode, writable_values


def read(data: bytes, *, options: ReadOptions, diagnostics: Diagnostics) -> Resolution:
    """Validate a JSON document against the model; refuse another major schema version."""
    text = decode(data, options.encoding, diagnostics.file)
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"not JSON: {exc.msg}", file=diagnostics.file, line=exc.lineno) from exc
    _refuse_lone_surrogates(raw, diagnostics.file)
    raw = writable_values(raw)
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


_SURROGATE = re.compile("[\ud800-\udfff]")


def _refuse_lone_surrogates(value: object, file: str, where: str = "") -> None:
    """JSON may escape half of a surrogate pair alone ("\\ud800"), a character no encoding can
    write: refuse it, naming the field, as the mistake it is."""
    if isinstance(value, str) and (match := _SURROGATE.search(value)):
        problem = f"half of a surrogate pair alone (\\u{ord(match.group()):04x})"
        raise InputError(f"{where or 'the document'}: {problem}", file=file)
    if isinstance(value, dict):
        for key, item in value.items():
            _refuse_lone_surrogates(item, file, f"{where}.{key}" if where else str(key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _refuse_lone_surrogates(item, file, f"{where}[{index}]")
