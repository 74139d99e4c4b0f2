"""resconv: convert United Nations General Assembly resolutions between formats."""

from resconv.api import (
    read,
    read_parts,
    read_parts_with_diagnostics,
    read_with_diagnostics,
    render,
    render_many,
    write,
)
from resconv.errors import Diagnostic, InputError, ResconvError
from resconv.model import SCHEMA_VERSION, Resolution

__version__ = "0.1.0"
__all__ = [
    "SCHEMA_VERSION",
    "Diagnostic",
    "InputError",
    "ResconvError",
    "Resolution",
    "__version__",
    "read",
    "read_parts",
    "read_parts_with_diagnostics",
    "read_with_diagnostics",
    "render",
    "render_many",
    "write",
]
