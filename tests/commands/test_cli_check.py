"""``resconv check`` through click: human and JSON output, exit status."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from resconv.cli import cli

pytest.importorskip("resconv.readers.markdown")

GOOD = (
    "---\nsymbol: A/C.1/81/L.5\nlanguage: en\nsession: 81\nstage: draft\n---\n\n*The General Assembly*,\n\n"
    "*Recalling* its resolutions,\n\n1. *Welcomes* the report;\n2. *Decides* to conclude.\n"
)


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_a_clean_file_exits_zero(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["check", write(tmp_path, "good.md", GOOD)])
    assert result.exit_code == 0, result.output
    assert "0 error(s)" in result.output


def test_errors_exit_one_with_file_and_line(tmp_path: Path) -> None:
    bad = write(tmp_path, "bad.md", GOOD.replace("the report;", "the report."))
    result = CliRunner().invoke(cli, ["check", bad])
    assert result.exit_code == 1
    assert f"{bad}:12: error:" in result.output and "[operative-end]" in result.output


def test_json_output_is_a_list_of_findings(tmp_path: Path) -> None:
    bad = write(
        tmp_path, "bad.md", GOOD.replace("*Recalling*", "*Recallling*").replace("conclude.", "conclude;")
    )
    result = CliRunner().invoke(cli, ["check", "--format", "json", bad])
    findings = json.loads(result.stdout)
    assert result.exit_code == 1
    assert {(f["rule"], f["severity"]) for f in findings} == {
        ("leading-phrase", "warning"),
        ("operative-end", "error"),
    }
    assert all(
        set(f) == {"file", "line", "rule", "severity", "message"} and f["file"] == bad for f in findings
    )


def test_warnings_alone_exit_zero(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["check", write(tmp_path, "w.md", GOOD.replace("*Recalling*", "*Recallling*"))]
    )
    assert result.exit_code == 0 and "warning" in result.output


def test_an_unreadable_file_is_an_error_finding_counted_and_listed(tmp_path: Path) -> None:
    empty = write(tmp_path, "empty.md", "")
    good = write(tmp_path, "good.md", GOOD)
    result = CliRunner().invoke(cli, ["check", empty, good])
    assert result.exit_code == 1
    assert f"{empty}: error: the input holds no text [readable]" in result.output
    assert "2 file(s): 1 error(s)" in result.output
    result = CliRunner().invoke(cli, ["check", "--format", "json", empty])
    assert result.exit_code == 1
    assert [(f["file"], f["rule"], f["severity"]) for f in json.loads(result.stdout)] == [
        (empty, "readable", "error")
    ]


def test_an_unknown_input_format_is_a_usage_error(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text("x", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(draft), "--from", "foo"])
    assert result.exit_code == 2 and "resconv cannot read 'foo'; it can read:" in result.output


def test_a_missing_file_is_a_finding_and_the_others_are_still_checked(tmp_path: Path) -> None:
    missing, good = str(tmp_path / "missing.md"), write(tmp_path, "good.md", GOOD)
    result = CliRunner().invoke(cli, ["check", missing, good])
    assert result.exit_code == 1
    assert f"{missing}: error: cannot open" in result.output
    assert "2 file(s): 1 error(s)" in result.output
