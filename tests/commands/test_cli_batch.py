"""``resconv batch`` through click: outputs, report, exit status, plain progress lines, quiet."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from resconv.api import render
from resconv.cli import cli
from resconv.model import Meta, Resolution


def folder(tmp_path: Path, broken: bool = False) -> Path:
    source = tmp_path / "in"
    source.mkdir()
    for number in (1, 2, 3):
        (source / f"r{number}.json").write_bytes(
            render(Resolution(meta=Meta(symbol=f"A/RES/75/{number}")), "json")
        )
    if broken:
        (source / "bad.json").write_text("{", encoding="utf-8")
    return source


def test_converts_a_folder_and_writes_a_report(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(
        cli, ["batch", str(folder(tmp_path)), "--to", "json", "-o", str(out), "-j", "1"]
    )
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.glob("r*.json")) == ["r1.json", "r2.json", "r3.json"]
    lines = [
        json.loads(line) for line in (out / "resconv-batch.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert [line["status"] for line in lines] == ["converted"] * 3
    assert "3/3 done" in result.output and "3 converted" in result.output


def test_a_failure_exits_one_and_is_in_the_report(tmp_path: Path) -> None:
    report = tmp_path / "report.jsonl"
    result = CliRunner().invoke(
        cli,
        [
            "batch",
            str(folder(tmp_path, broken=True)),
            "--to",
            "json",
            "-o",
            str(tmp_path / "out"),
            "--report",
            str(report),
            "-j",
            "1",
        ],
    )
    assert result.exit_code == 1
    failed = [
        json.loads(line)
        for line in report.read_text(encoding="utf-8").splitlines()
        if json.loads(line)["status"] == "failed"
    ]
    assert len(failed) == 1 and failed[0]["failures"][0]["stage"] == "read"
    assert "bad.json" in result.output


def test_quiet_prints_nothing_and_a_rerun_skips(tmp_path: Path) -> None:
    source, out = folder(tmp_path), str(tmp_path / "out")
    first = CliRunner().invoke(cli, ["batch", str(source), "--to", "json", "-o", out, "-q", "-j", "1"])
    assert first.exit_code == 0 and first.output == ""
    again = CliRunner().invoke(cli, ["batch", str(source), "--to", "json", "-o", out, "-j", "1"])
    assert "0 converted, 3 up to date" in again.output


def test_an_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["batch", str(tmp_path), "--to", "rtf", "-o", str(tmp_path / "o")])
    assert result.exit_code == 2 and "resconv cannot write 'rtf'; it can write:" in result.output


def test_an_unknown_input_format_is_a_usage_error(tmp_path: Path) -> None:
    args = ["batch", str(folder(tmp_path)), "--from", "foo", "--to", "json", "-o", str(tmp_path / "o")]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2 and "resconv cannot read 'foo'; it can read: markdown, text" in result.output
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("address", ["notanaddress", "tcp://127.0.0.1", "foo://x:1"])
def test_a_scheduler_address_that_cannot_be_parsed_is_a_usage_error(tmp_path: Path, address: str) -> None:
    pytest.importorskip("distributed")
    arguments = ["batch", str(folder(tmp_path)), "--to", "json", "-o", str(tmp_path / "out")]
    result = CliRunner().invoke(cli, [*arguments, "--scheduler", address])
    assert result.exit_code == 2 and "no scheduler address" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_scheduler_option_runs_on_a_dask_cluster(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    out = tmp_path / "out"
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        result = CliRunner().invoke(
            cli,
            [
                "batch",
                str(folder(tmp_path)),
                "--to",
                "json",
                "-o",
                str(out),
                "--scheduler",
                cluster.scheduler_address,
            ],
        )
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.glob("r*.json")) == ["r1.json", "r2.json", "r3.json"]


def test_a_batch_with_nothing_to_convert_fails_and_says_why(tmp_path: Path) -> None:
    """Inputs inside the output folder are never read back: with nothing else, that is an error."""
    source = folder(tmp_path)
    result = CliRunner().invoke(cli, ["batch", str(source), "--to", "json", "-o", str(source)])
    assert result.exit_code == 1 and "no input to convert" in result.output


def test_the_report_holds_each_inputs_warnings(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    (source / "res.md").write_text("The General Assembly,\n\n1. Decides to remain seized;\n\n3. Requests\n")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["batch", str(source), "--to", "json", "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    line = json.loads((out / "resconv-batch.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert line["warnings"] == len(line["messages"]) > 0
    assert any("res.md:5: warning: operative paragraph 3 follows 1" in m for m in line["messages"])


def test_a_rerun_with_another_paper_converts_again(tmp_path: Path) -> None:
    source, out = folder(tmp_path), str(tmp_path / "out")
    first = CliRunner().invoke(cli, ["batch", str(source), "--to", "json,docx", "-o", out, "-j", "1"])
    assert "3 converted, 0 up to date" in first.output
    again = CliRunner().invoke(
        cli, ["batch", str(source), "--to", "json,docx", "-o", out, "-j", "1", "--paper", "a4"]
    )
    assert "3 converted, 0 up to date" in again.output


def test_a_report_naming_an_input_is_refused_and_the_input_kept(tmp_path: Path) -> None:
    source = folder(tmp_path)
    before = (source / "r1.json").read_bytes()
    args = [
        "batch",
        str(source),
        "--to",
        "json",
        "-o",
        str(tmp_path / "out"),
        "--report",
        str(source / "r1.json"),
    ]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2
    assert "is an input; name another file" in result.output
    assert (source / "r1.json").read_bytes() == before


@pytest.mark.parametrize("where", ["file/out", "file/out/report.jsonl", "/dev/full"])
def test_a_report_or_outdir_that_cannot_be_written_is_a_one_line_error(tmp_path: Path, where: str) -> None:
    if where == "/dev/full" and not Path(where).exists():
        pytest.skip("no /dev/full here")
    source = folder(tmp_path)
    (tmp_path / "file").write_text("", encoding="utf-8")
    target = where if where.startswith("/") else str(tmp_path / where)
    option = ["--report", target] if where.endswith((".jsonl", "full")) else []
    outdir = str(tmp_path / "out") if option else target
    result = CliRunner().invoke(cli, ["batch", str(source), "--to", "json", "-o", outdir, "-j", "1", *option])
    assert result.exit_code == 1
    assert result.output.startswith("Error: cannot write") and result.output.count("\n") == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_parts_writes_the_later_resolutions_beside_the_first_and_a_rerun_skips_them(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    fixtures = Path(__file__).resolve().parents[1] / "fixtures"
    (source / "pub.txt").write_bytes((fixtures / "en-parts-pdftext.txt").read_bytes())
    (source / "one.txt").write_bytes((fixtures / "en-pdftext.txt").read_bytes())
    out = tmp_path / "out"
    args = ["batch", str(source), "--to", "json", "-o", str(out), "-j", "1"]
    assert CliRunner().invoke(cli, [*args, "-q"]).exit_code == 0
    assert not (out / "pub-B.json").exists()
    report = (out / "resconv-batch.jsonl").read_text(encoding="utf-8").splitlines()
    assert any("only the first is read" in m for line in report for m in json.loads(line)["messages"])
    with_parts = CliRunner().invoke(cli, [*args, "--parts"])  # other options: both redone
    assert "2 converted, 0 up to date" in with_parts.output
    assert sorted(p.name for p in out.glob("*.json")) == ["one.json", "pub-B.json", "pub.json"]
    assert Resolution.model_validate_json((out / "pub-B.json").read_bytes()).meta.symbol == "A/RES/79/150 B"
    assert "0 converted, 2 up to date" in CliRunner().invoke(cli, [*args, "--parts"]).output


def test_parts_a_later_part_that_could_not_be_written_is_written_on_the_next_run(tmp_path: Path) -> None:
    source, out = tmp_path / "in", tmp_path / "out"
    source.mkdir()
    fixtures = Path(__file__).resolve().parents[1] / "fixtures"
    (source / "pub.txt").write_bytes((fixtures / "en-parts-pdftext.txt").read_bytes())
    (out / "pub-B.json").mkdir(parents=True)  # in the way of part B
    args = ["batch", str(source), "--to", "json", "-o", str(out), "-j", "1", "-q", "--parts"]
    assert CliRunner().invoke(cli, args).exit_code == 1
    (out / "pub-B.json").rmdir()
    assert CliRunner().invoke(cli, args).exit_code == 0
    assert Resolution.model_validate_json((out / "pub-B.json").read_bytes()).meta.part == "B"
    (out / "pub-B.json").unlink()  # gone since: the input is converted again
    assert CliRunner().invoke(cli, args).exit_code == 0 and (out / "pub-B.json").exists()


def test_parts_a_later_part_that_takes_another_input_s_name_is_a_failure(tmp_path: Path) -> None:
    source, out = tmp_path / "in", tmp_path / "out"
    source.mkdir()
    fixtures = Path(__file__).resolve().parents[1] / "fixtures"
    (source / "pub.txt").write_bytes((fixtures / "en-parts-pdftext.txt").read_bytes())
    (source / "pub-B.txt").write_bytes((fixtures / "en-pdftext.txt").read_bytes())
    result = CliRunner().invoke(
        cli, ["batch", str(source), "--to", "json", "-o", str(out), "-j", "1", "--parts"]
    )
    assert result.exit_code == 1
    report = [
        json.loads(line) for line in (out / "resconv-batch.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert any("is an output of" in failure["message"] for line in report for failure in line["failures"])
