"""Batch conversion: work list, safe paths, atomic writes, resume, failures, report, backends."""

from __future__ import annotations

import json
import os
from pathlib import Path, PurePosixPath

import pytest

from resconv.api import render
from resconv.batch import InlineBackend, ProcessBackend, Settings, convert_one, plan, run
from resconv.batch_io import atomic_write, up_to_date
from resconv.batch_paths import WorkItem, clean, iter_work, output_path
from resconv.batch_report import Result
from resconv.errors import OutputError
from resconv.model import Emphasis, Meta, OperativeParagraph, PreambularParagraph, Resolution, Text


def model(number: int) -> Resolution:
    return Resolution(
        meta=Meta(symbol=f"A/RES/75/{number}", session=75, title=f"Resolution {number}"),
        enacting_formula="The General Assembly,",
        preamble=[
            PreambularParagraph(phrase="Recalling", text=[Emphasis(text="Recalling"), Text(text=" x,")])
        ],
        operative=[
            OperativeParagraph(
                number=None, phrase="Decides", text=[Emphasis(text="Decides"), Text(text=" y.")]
            )
        ],
    )


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    """A folder of JSON resolutions in two subfolders, one of them unreadable."""
    folder = tmp_path / "in"
    for sub, numbers in (("a", (1, 2, 3)), ("b", (4, 5))):
        (folder / sub).mkdir(parents=True)
        for number in numbers:
            (folder / sub / f"res{number}.json").write_bytes(render(model(number), "json"))
    (folder / "b" / "broken.json").write_text("{not json", encoding="utf-8")
    (folder / "b" / "notes.bin").write_bytes(b"\0")
    return folder


def settings(outdir: Path, **changes: object) -> Settings:
    values: dict[str, object] = {"formats": ("json",), "outdir": outdir}
    values.update(changes)
    return Settings(**values)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- work list and paths
def test_folders_are_walked_for_readable_files_keeping_structure(inputs: Path) -> None:
    items = list(iter_work([str(inputs)]))
    assert [item.relative.as_posix() for item in items] == [
        "a/res1",
        "a/res2",
        "a/res3",
        "b/broken",
        "b/res4",
        "b/res5",
    ]


def test_globs_files_and_duplicates(inputs: Path) -> None:
    items = list(iter_work([str(inputs / "*" / "res[12].json"), str(inputs / "a" / "res1.json")]))
    assert [item.relative.as_posix() for item in items] == ["a/res1", "a/res2"]


def test_the_output_folder_inside_an_input_folder_is_not_read_back(inputs: Path) -> None:
    out = inputs / "a" / "out"
    out.mkdir()
    (out / "res1.json").write_text("{}", encoding="utf-8")
    assert all("out" not in item.relative.parts for item in iter_work([str(inputs)], exclude=out))


def test_inputs_differing_only_by_extension_get_distinct_outputs(tmp_path: Path) -> None:
    for name in ("r.json", "r.md"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [item.relative.as_posix() for item in iter_work([str(tmp_path)])] == ["r", "r.md"]


def test_files_of_the_same_name_in_different_folders_never_share_an_output(tmp_path: Path) -> None:
    """Given one by one (x/source.xml, y/source.xml, ...), every input keeps an output of its own."""
    sources = []
    for folder in ("x", "y", "z", "w"):
        (tmp_path / folder).mkdir()
        sources.append(tmp_path / folder / "source.md")
        sources[-1].write_text("text", encoding="utf-8")
    names = [item.relative.as_posix() for item in iter_work([str(path) for path in sources])]
    assert names == ["x/source", "y/source", "z/source", "w/source"]


def test_output_names_of_files_given_one_by_one_do_not_depend_on_their_order(tmp_path: Path) -> None:
    """A resumed batch given its files in another order finds each input's own outputs."""
    sources = [tmp_path / "en" / "seed.md", tmp_path / "zh" / "seed.md", tmp_path / "en" / "seed.txt"]
    for source in sources:
        source.parent.mkdir(exist_ok=True)
        source.write_text("text", encoding="utf-8")
    forward = {item.source: item.relative.as_posix() for item in iter_work(map(str, sources))}
    backward = {item.source: item.relative.as_posix() for item in iter_work(map(str, sources[::-1]))}
    assert forward == backward
    assert sorted(forward.values()) == ["en/seed.md", "en/seed.txt", "zh/seed"]
    single = [item.relative.as_posix() for item in iter_work([str(sources[0])])]
    assert single == ["seed"]


def test_a_symlinked_folder_keeps_its_name_in_the_output_path(tmp_path: Path) -> None:
    real = tmp_path / "elsewhere" / "inner"
    real.mkdir(parents=True)
    (real / "r.md").write_text("text", encoding="utf-8")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "linked").symlink_to(real, target_is_directory=True)
    items = list(iter_work([str(tmp_path / "in" / "linked" / "*.md")]))
    assert [item.relative.as_posix() for item in items] == ["r"]
    items = list(iter_work([str(tmp_path / "in" / "*" / "*.md")]))
    assert [item.relative.as_posix() for item in items] == ["linked/r"]


@pytest.mark.parametrize(
    "name", ["../../etc/passwd", "/etc/passwd", "a/../../b", "..", "C:\\x\\..\\y", "a\x00b/c"]
)
def test_output_paths_never_leave_outdir(tmp_path: Path, name: str) -> None:
    target = output_path(tmp_path, PurePosixPath(clean(name)), ".json")
    assert target.is_relative_to(tmp_path.resolve()) and target.name.endswith(".json")


def test_a_symlink_out_of_outdir_is_refused(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "link").symlink_to(tmp_path)
    with pytest.raises(OutputError):
        output_path(tmp_path / "out", PurePosixPath("link/x"), ".json")


# --------------------------------------------------------------------------- writing
def test_atomic_write_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "x.json"
    atomic_write(target, b"one")
    atomic_write(target, b"two")
    assert target.read_bytes() == b"two" and os.listdir(target.parent) == ["x.json"]


def test_an_interrupted_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "x.json"
    atomic_write(target, b"old")

    def interrupted(src: str, dst: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(target, b"new")
    assert target.read_bytes() == b"old" and os.listdir(tmp_path) == ["x.json"]


def test_up_to_date_compares_modification_times(tmp_path: Path) -> None:
    source, target = tmp_path / "s", tmp_path / "t"
    source.write_text("s", encoding="utf-8")
    assert not up_to_date(target, source)
    target.write_text("t", encoding="utf-8")
    os.utime(source, ns=(1, 1))
    assert up_to_date(target, source)
    os.utime(source, ns=(target.stat().st_mtime_ns + 10**9,) * 2)
    assert not up_to_date(target, source)


# --------------------------------------------------------------------------- running
def run_folder(inputs: Path, out: Path, **changes: object) -> tuple[list[Result], int]:
    results: list[Result] = []
    config = settings(out, **changes)
    backend = ProcessBackend(2, config.formats) if config.jobs > 1 else InlineBackend()
    try:
        summary = run(iter_work([str(inputs)], out), config, backend, results.append)
    finally:
        backend.close()
    return results, summary.failed


def test_one_failure_does_not_cost_the_others(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    results, failed = run_folder(inputs, out)
    assert failed == 1
    (broken,) = [r for r in results if r.status == "failed"]
    assert broken.file.endswith("broken.json") and broken.failures[0].stage == "read"
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json"))
    assert written == ["a/res1.json", "a/res2.json", "a/res3.json", "b/res4.json", "b/res5.json"]
    assert json.loads((out / "a" / "res2.json").read_text(encoding="utf-8"))["meta"]["symbol"] == "A/RES/75/2"


def test_a_rerun_skips_what_is_newer_and_redoes_what_changed(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_folder(inputs, out)
    (inputs / "a" / "res1.json").write_bytes(render(model(11), "json"))
    os.utime(inputs / "a" / "res1.json", ns=((out / "a" / "res1.json").stat().st_mtime_ns + 10**9,) * 2)
    results, _ = run_folder(inputs, out)
    status = {Path(r.file).name: r.status for r in results}
    assert status == {
        "res1.json": "converted",
        "res2.json": "skipped",
        "res3.json": "skipped",
        "res4.json": "skipped",
        "res5.json": "skipped",
        "broken.json": "failed",
    }
    assert "A/RES/75/11" in (out / "a" / "res1.json").read_text(encoding="utf-8")
    forced, _ = run_folder(inputs, out, force=True)
    assert sum(r.status == "converted" for r in forced) == 5


def test_a_rerun_with_other_options_redoes_the_outputs(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    formats = {"formats": ("json", "docx")}
    run_folder(inputs, out, **formats)
    again, _ = run_folder(inputs, out, **formats)
    assert sum(r.status == "skipped" for r in again) == 5
    for changes in ({"paper": "a4"}, {"from_format": "json"}):
        redone, _ = run_folder(inputs, out, **formats, **changes)
        assert sum(r.status == "converted" for r in redone) == 5, changes
        kept, _ = run_folder(inputs, out, **formats, **changes)
        assert sum(r.status == "skipped" for r in kept) == 5, changes
    # the paper size shapes only pages: JSON written for Letter is still current for A4
    json_only, _ = run_folder(inputs, out, formats=("json",), paper="letter", from_format="json")
    assert sum(r.status == "skipped" for r in json_only) == 5


def test_an_output_from_another_input_of_the_same_name_is_redone(tmp_path: Path) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    (folder / "a.json").write_bytes(render(model(1), "json"))
    run_folder(folder, out)
    assert "A/RES/75/1" in (out / "a.json").read_text(encoding="utf-8")
    (folder / "a.json").rename(folder / "b.json")
    (folder / "a.md").write_bytes(render(model(2), "markdown"))
    os.utime(folder / "a.md", ns=((out / "a.json").stat().st_mtime_ns - 10**9,) * 2)
    results, _ = run_folder(folder, out)
    assert {Path(r.file).name: r.status for r in results} == {"a.md": "converted", "b.json": "converted"}
    assert "A/RES/75/2" in (out / "a.json").read_text(encoding="utf-8")


def test_fail_fast_stops_submitting(inputs: Path, tmp_path: Path) -> None:
    (inputs / "a" / "aaa.json").write_text("[", encoding="utf-8")
    results, failed = run_folder(inputs, tmp_path / "out", fail_fast=True)
    assert failed == 1 and len(results) == 1


def test_two_worker_processes_convert_the_folder(inputs: Path, tmp_path: Path) -> None:
    results, failed = run_folder(inputs, tmp_path / "out", jobs=2)
    assert failed == 1 and sorted(r.status for r in results).count("converted") == 5


def test_a_writer_failure_is_recorded_with_its_stage(inputs: Path, tmp_path: Path) -> None:
    item = WorkItem(inputs / "a" / "res1.json", PurePosixPath("res1"))
    task = plan(item, settings(tmp_path, formats=("json", "pdf")))
    assert not isinstance(task, Result)
    task = type(task)(task.source, (*task.targets, ("nope", str(tmp_path / "x.nope"))), None, "letter")
    result = convert_one(task)
    assert result.status == "failed" and result.failures[-1].stage == "render nope"
    assert str(tmp_path / "res1.json") in result.outputs


def test_an_output_that_would_overwrite_its_input_is_refused(inputs: Path) -> None:
    item = WorkItem(inputs / "a" / "res1.json", PurePosixPath("res1"))
    planned = plan(item, settings(inputs / "a"))
    assert isinstance(planned, Result) and planned.failures[0].stage == "plan"


def test_every_result_is_one_json_line(inputs: Path, tmp_path: Path) -> None:
    results, _ = run_folder(inputs, tmp_path / "out")
    for result in results:
        line = json.loads(result.to_json())
        assert set(line) >= {"file", "status", "outputs", "failures"}


@pytest.mark.parametrize(
    ("fmt", "magic"), [("markdown", b"---"), ("akn", b"<"), ("docx", b"PK"), ("pdf", b"%PDF")]
)
def test_every_writer_present_works_through_the_batch(
    inputs: Path, tmp_path: Path, fmt: str, magic: bytes
) -> None:
    pytest.importorskip(f"resconv.writers.{fmt}")
    item = WorkItem(inputs / "a" / "res2.json", PurePosixPath("a/res2"))
    task = plan(item, settings(tmp_path / "out", formats=(fmt,)))
    assert not isinstance(task, Result)
    result = convert_one(task)
    assert result.status == "converted", result.failures
    assert Path(result.outputs[0]).read_bytes().startswith(magic)


def test_markdown_outputs_read_back_as_the_same_resolution(inputs: Path, tmp_path: Path) -> None:
    pytest.importorskip("resconv.writers.markdown")
    pytest.importorskip("resconv.readers.markdown")
    from resconv.api import read

    results, _ = run_folder(inputs, tmp_path / "out", formats=("markdown",))
    written = sorted((tmp_path / "out").rglob("*.md"))
    assert len(written) == 5 and sum(r.status == "converted" for r in results) == 5
    assert read(tmp_path / "out" / "b" / "res4.md").meta.symbol == "A/RES/75/4"


def test_progress_displays(tmp_path: Path) -> None:
    import io

    from resconv.batch_progress import Display, LineDisplay, RichDisplay, display_for

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert type(display_for(quiet=True)) is Display
    assert isinstance(display_for(False, io.StringIO()), LineDisplay)
    terminal = Terminal()
    rich = display_for(False, terminal)
    assert isinstance(rich, RichDisplay)
    failed = Result("x.md")
    failed.fail("read", "broken")
    rich.start(2)
    rich.update(Result("y.md"))
    rich.update(failed)
    rich.stop()
    assert "x.md (read): broken" in terminal.getvalue()
    lines = io.StringIO()
    plain = LineDisplay(lines)
    plain.start(2)
    plain.update(failed)
    plain.update(Result("y.md"))
    printed = lines.getvalue().splitlines()
    assert printed[0] == "failed x.md (read): broken" and len(printed) == 3
    assert printed[1].startswith("1/2 done (50%)") and printed[2].startswith("2/2 done (100%)")


# --------------------------------------------------------------------------- Dask
def test_a_local_dask_cluster_converts_a_folder(inputs: Path, tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    from resconv.batch_dask import DaskBackend

    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
        backend = DaskBackend(client)
        results: list[Result] = []
        summary = run(iter_work([str(inputs)]), settings(tmp_path / "out"), backend, results.append)
        backend.close()
    assert (summary.converted, summary.failed) == (5, 1)
    assert (tmp_path / "out" / "b" / "res5.json").is_file()
