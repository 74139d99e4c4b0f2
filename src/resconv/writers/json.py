"""Write the model as JSON: the public contract, versioned by ``schema_version``."""

from __future__ import annotations

from resconv.formats import WriteOptions
from resconv.model import Resolution


def write(resolution: Resolution, *, options: WriteOptions) -> bytes:
    return (resolution.model_dump_json(indent=1) + "\n").encode("utf-8")
