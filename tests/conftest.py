"""Shared test setup: helper modules importable by name, fixture paths and the corpus.

Tests run with ``--import-mode=importlib`` (same-named test files live in several folders), so the
helper modules next to the writer tests (``pdf_fixtures``, ``docx_fixtures``) are put on
``sys.path`` here rather than relying on pytest's rootdir insertion.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
FIXTURES = TESTS / "fixtures"
CORPUS = TESTS.parents[1] / "shared" / "corpus"

for helper_dir in (TESTS / "writers", TESTS):
    if str(helper_dir) not in sys.path:
        sys.path.insert(0, str(helper_dir))


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The shared corpus folder (../shared/corpus), or skip when this checkout has none."""
    if not (CORPUS / "devset").is_dir():
        pytest.skip(f"corpus not found at {CORPUS}")
    return CORPUS


@pytest.fixture(scope="session")
def fixtures() -> Path:
    """The folder of small hand-written resolutions used by the importer tests."""
    return FIXTURES
