"""``resconv new`` through click: options, prompts on a terminal, refusal to overwrite."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import resconv
from resconv.cli import cli

yaml = pytest.importorskip("yaml")

ARGS = [
    "new",
    "--lang",
    "en",
    "--symbol",
    "A/C.1/81/L.5",
    "--agenda-item",
    "99 (s)",
    "--agenda-title",
    "General and complete disarmament",
    "--title",
    "Promotion of multilateralism",
    "--sponsors",
    "Indonesia",
]


def test_writes_a_draft_with_meta_from_options_and_symbol(tmp_path: Path) -> None:
    out = tmp_path / "draft.md"
    result = CliRunner().invoke(cli, [*ARGS, "-o", str(out)])
    assert result.exit_code == 0, result.output
    meta = yaml.safe_load(out.read_text(encoding="utf-8").split("---\n")[1])
    assert (meta["session"], meta["committee"], meta["sponsors"]) == (81, "firstCommittee", ["Indonesia"])
    assert meta["agenda_items"] == [{"number": "99 (s)", "title": "General and complete disarmament"}]


def test_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    out = tmp_path / "draft.md"
    out.write_text("mine", encoding="utf-8")
    assert CliRunner().invoke(cli, [*ARGS, "-o", str(out)]).exit_code == 1
    assert out.read_text(encoding="utf-8") == "mine"
    assert CliRunner().invoke(cli, [*ARGS, "-o", str(out), "--force"]).exit_code == 0


def test_missing_values_are_asked_for_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("resconv.commands.new.interactive", lambda: True)
    result = CliRunner().invoke(cli, ["new", "--lang", "fr"], input="A/81/L.3\nUn titre\nFrance, Maroc\n")
    assert result.exit_code == 0, result.output
    assert "sponsors: [France, Maroc]" in result.output and "*L’Assemblée générale*," in result.output


def test_without_a_terminal_missing_values_are_a_usage_error() -> None:
    result = CliRunner().invoke(cli, ["new", "--lang", "en"])
    assert result.exit_code == 2 and "missing symbol" in result.output


def test_a_malformed_symbol_is_refused() -> None:
    result = CliRunner().invoke(
        cli, ["new", "--lang", "en", "--symbol", "A/RES/81/1", "--title", "T", "--sponsors", "X"]
    )
    assert result.exit_code == 1 and "Error: malformed draft symbol" in result.output


@pytest.mark.parametrize("session", ["-5", "0", "100"])
def test_a_session_outside_1_to_99_is_refused(session: str) -> None:
    arguments = ["new", "--lang", "en", "--symbol", "A/C.1/81/L.5", "--title", "T", "--sponsors", "X"]
    result = CliRunner().invoke(cli, [*arguments, "--session", session])
    assert result.exit_code == 2 and "--session" in result.output


def test_missing_folders_of_the_output_are_made(tmp_path: Path) -> None:
    out = tmp_path / "new" / "folder" / "draft.md"
    result = CliRunner().invoke(cli, [*ARGS, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("---\n")


def test_a_folder_as_output_is_refused_even_with_force(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, [*ARGS, "-o", str(tmp_path), "--force"])
    assert result.exit_code == 1
    assert result.output == f"Error: {tmp_path} is a folder; name a file such as {tmp_path / 'draft.md'}\n"


@pytest.mark.parametrize("where", ["file/draft.md", "/dev/full"])
def test_an_output_that_cannot_be_written_is_a_one_line_error(tmp_path: Path, where: str) -> None:
    if where == "/dev/full" and not Path(where).exists():
        pytest.skip("no /dev/full here")
    (tmp_path / "file").write_text("", encoding="utf-8")
    target = where if where.startswith("/") else str(tmp_path / where)
    result = CliRunner().invoke(cli, [*ARGS, "-o", target, "--force"])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: cannot write {target}: ") and result.output.count("\n") == 1


def test_a_title_of_two_lines_gives_front_matter_that_reads_back(tmp_path: Path) -> None:
    out = tmp_path / "draft.md"
    args = [arg if arg != "Promotion of multilateralism" else "Line one\nLine two" for arg in ARGS]
    assert CliRunner().invoke(cli, [*args, "-o", str(out)]).exit_code == 0
    assert resconv.read(out).meta.title == "Line one\nLine two"
