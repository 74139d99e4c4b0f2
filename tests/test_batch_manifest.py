"""The batch manifest: which input and options wrote each output, surviving a killed batch."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from resconv.batch_manifest import MANIFEST_NAME, Manifest
from resconv.errors import OutputError


def _pair(tmp_path: Path) -> tuple[Path, Path]:
    source, target = tmp_path / "a.md", tmp_path / "out" / "a.json"
    target.parent.mkdir()
    source.write_text("x", encoding="utf-8")
    target.write_text("{}", encoding="utf-8")
    os.utime(source, ns=(target.stat().st_mtime_ns - 10**9,) * 2)
    return source, target


def test_an_output_is_current_only_for_its_input_and_options(tmp_path: Path) -> None:
    source, target = _pair(tmp_path)
    manifest = Manifest.open(target.parent)
    assert not manifest.current(target, source, "letter")
    manifest.record(str(target), str(source), "letter")
    manifest.close()
    reopened = Manifest.open(target.parent)
    assert reopened.current(target, source, "letter")
    assert not reopened.current(target, source, "a4")
    assert not reopened.current(target, tmp_path / "b.md", "letter")
    reopened.close()


def test_a_damaged_line_is_passed_over_and_compacted_away(tmp_path: Path) -> None:
    source, target = _pair(tmp_path)
    manifest = Manifest.open(target.parent)
    manifest.record(str(target), str(source), "letter")
    manifest.record(str(target), str(source), "a4")
    manifest.close()
    with (target.parent / MANIFEST_NAME).open("a", encoding="utf-8") as stream:
        stream.write('{"output": "cut off')
    reopened = Manifest.open(target.parent)
    reopened.close()
    assert reopened.current(target, source, "a4")
    assert len((target.parent / MANIFEST_NAME).read_text(encoding="utf-8").splitlines()) == 1


def test_an_outdir_that_cannot_be_made_is_an_output_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("", encoding="utf-8")
    with pytest.raises(OutputError, match=r"cannot write .*file/out/\.resconv-batch-manifest\.jsonl"):
        Manifest.open(tmp_path / "file" / "out")


class _FullDisk:
    def write(self, _: str) -> int:
        raise OSError(28, "No space left on device")

    def flush(self) -> None: ...

    def close(self) -> None: ...


def test_a_manifest_that_cannot_be_written_stops_recording_not_the_batch(tmp_path: Path) -> None:
    source, target = _pair(tmp_path)
    manifest = Manifest.open(target.parent)
    manifest._stream = _FullDisk()  # type: ignore[assignment]
    manifest.record(str(target), str(source), "letter")  # no error: the next run converts again
    assert manifest._stream is None
    assert manifest.current(target, source, "letter")  # this run still knows


def test_read_looks_up_without_rewriting(tmp_path: Path) -> None:
    source, target = _pair(tmp_path)
    manifest = Manifest.open(target.parent)
    manifest.record(str(target), str(source), "letter")
    manifest.close()
    before = (target.parent / MANIFEST_NAME).stat().st_mtime_ns
    assert Manifest.read(target.parent).current(target, source, "letter")
    assert (target.parent / MANIFEST_NAME).stat().st_mtime_ns == before
