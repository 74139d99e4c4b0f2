"""Which input, with which options, wrote each output of a batch's folder.

A re-run skips an output only when this manifest says the same input wrote it with the same
options and the output is still newer than the input: modification times alone would keep the
output of another input that took the name since (a.txt, then a.md), or of other options (--paper).
The manifest is JSON Lines, one line per output written, appended and flushed as results arrive so
a killed batch keeps what it finished; opening it rewrites it atomically with one line per output.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import IO

from resconv.batch_io import atomic_write, up_to_date, writing

MANIFEST_NAME = ".resconv-batch-manifest.jsonl"


class Manifest:
    """Output path → (input path, options fingerprint), read from and appended to ``path``."""

    def __init__(self, path: Path, entries: dict[str, tuple[str, str]] | None = None) -> None:
        self.path = path
        self.entries = entries or {}
        self._stream: IO[str] | None = None

    @classmethod
    def read(cls, outdir: Path) -> Manifest:
        """The manifest of ``outdir`` as it stands, to look up only."""
        return cls(outdir / MANIFEST_NAME, _load(outdir / MANIFEST_NAME))

    @classmethod
    def open(cls, outdir: Path) -> Manifest:
        """The manifest of ``outdir``, compacted and ready to record (empty if there is none);
        an OutputError when ``outdir`` cannot be made or written."""
        manifest = cls(outdir / MANIFEST_NAME, _load(outdir / MANIFEST_NAME))
        lines = "".join(_line(target, *entry) for target, entry in manifest.entries.items())
        with writing(str(manifest.path)):
            atomic_write(manifest.path, lines.encode("utf-8"))
            manifest._stream = manifest.path.open("a", encoding="utf-8")
        return manifest

    def current(self, target: Path, source: Path, options: str) -> bool:
        """Whether ``target`` is what ``source`` with ``options`` would write now."""
        recorded = self.entries.get(str(target))
        return recorded == (os.path.abspath(source), options) and up_to_date(target, source)

    def all_current(self, source: Path, options: str, suffix: str) -> bool:
        """Whether every output of ``suffix`` that ``source`` wrote with ``options`` is still there
        and newer than it: with --parts, an input writes more files than the one planned."""
        entry = (os.path.abspath(source), options)
        written = [target for target, recorded in self.entries.items() if recorded == entry]
        return all(up_to_date(Path(target), source) for target in written if target.endswith(suffix))

    def record(self, target: str, source: str, options: str) -> None:
        """Note that ``source`` wrote ``target``. A manifest that can no longer be written (a full
        disk) stops recording, and stops nothing else: the next run converts those inputs again."""
        entry = (os.path.abspath(source), options)
        self.entries[target] = entry
        if self._stream is not None:
            try:
                self._stream.write(_line(target, *entry))
                self._stream.flush()
            except OSError:
                self._stream = None

    def close(self) -> None:
        stream, self._stream = self._stream, None
        if stream is not None:
            with writing(str(self.path)):
                stream.close()


def _line(target: str, source: str, options: str) -> str:
    return json.dumps({"output": target, "input": source, "options": options}, ensure_ascii=False) + "\n"


def _load(path: Path) -> dict[str, tuple[str, str]]:
    """The last entry of each output; a damaged line (a batch killed mid-write) is passed over."""
    entries: dict[str, tuple[str, str]] = {}
    try:
        stream = path.open(encoding="utf-8", errors="replace")
    except OSError:
        return entries
    with stream:
        for line in stream:
            try:
                raw = json.loads(line)
                entries[str(raw["output"])] = (str(raw["input"]), str(raw["options"]))
            except (ValueError, TypeError, KeyError):
                continue
    return entries
