"""``resconv convert`` through click: formats, outputs, stdin/stdout, --from, --strict, errors."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import resconv
import resconv.api
import resconv.commands.convert
from resconv.cli import cli

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SEED = Path(__file__).resolve().parents[2] / "examples" / "a-res-75-47.zh.md"


def _run(*args: str, stdin: bytes | None = None) -> tuple[int, bytes, str]:
    result = CliRunner().invoke(cli, list(args), input=stdin)
    return result.exit_code, result.stdout_bytes, result.stderr


def test_json_to_stdout() -> None:
    code, out, _ = _run("convert", str(SEED), "--to", "json", "-o", "-")
    assert code == 0
    data = json.loads(out)
    assert data["schema_version"] == resconv.SCHEMA_VERSION
    assert data["meta"]["resolution_number"] == "75/47"
    assert len(data["preamble"]) == 14


def test_several_formats_into_a_folder(tmp_path: Path) -> None:
    target = tmp_path / "out"
    code, _, err = _run(
        "convert",
        str(FIXTURES / "en-converted.md"),
        str(FIXTURES / "en-pdftext.txt"),
        "--to",
        "json,markdown",
        "-o",
        f"{target}/",
    )
    assert code == 0, err
    assert sorted(p.name for p in target.iterdir()) == [
        "en-converted.json",
        "en-converted.md",
        "en-pdftext.json",
        "en-pdftext.md",
    ]
    model = resconv.Resolution.model_validate_json((target / "en-pdftext.json").read_bytes())
    assert model.meta.symbol == "A/RES/78/321"
    assert (
        resconv.read(target / "en-converted.md").model_dump_json()
        == resconv.read(FIXTURES / "en-converted.md").model_dump_json()
    )


def test_single_output_file(tmp_path: Path) -> None:
    target = tmp_path / "res.json"
    code, out, _ = _run("convert", str(FIXTURES / "fr-converted.md"), "--to", "json", "-o", str(target))
    assert code == 0 and out == b""
    assert json.loads(target.read_text(encoding="utf-8"))["meta"]["language"] == "fr"


def test_parts_writes_each_lettered_resolution_to_its_own_file(tmp_path: Path) -> None:
    """The first under the input's name, as without --parts; each later one adds its letter."""
    source = FIXTURES / "en-parts-pdftext.txt"
    code, _, err = _run("convert", str(source), "--parts", "--to", "json,md", "-o", f"{tmp_path}/")
    assert code == 0, err
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == [
        "en-parts-pdftext-B.json",
        "en-parts-pdftext-B.md",
        "en-parts-pdftext.json",
        "en-parts-pdftext.md",
    ]
    first = resconv.Resolution.model_validate_json((tmp_path / "en-parts-pdftext.json").read_bytes())
    second = resconv.Resolution.model_validate_json((tmp_path / "en-parts-pdftext-B.json").read_bytes())
    assert (first.meta.symbol, second.meta.symbol) == ("A/RES/79/150 A", "A/RES/79/150 B")
    assert second.meta.part_title == "United Nations open data policies"
    code, _, err = _run(
        "convert", str(FIXTURES / "en-pdftext.txt"), "--parts", "--to", "json", "-o", f"{tmp_path}/1/"
    )
    assert code == 0 and [p.name for p in (tmp_path / "1").iterdir()] == ["en-pdftext.json"]


def test_without_parts_the_first_is_written_with_a_warning_and_parts_refuses_one_file(tmp_path: Path) -> None:
    source = str(FIXTURES / "en-parts-pdftext.txt")
    code, _, err = _run("convert", source, "--to", "json", "-o", str(tmp_path / "first.json"))
    assert code == 0 and "only the first is read" in err and "--parts writes each" in err
    assert resconv.Resolution.model_validate_json((tmp_path / "first.json").read_bytes()).meta.part == "A"
    code, _, err = _run("convert", source, "--parts", "--to", "json", "-o", str(tmp_path / "x.json"))
    assert code == 2 and "give a folder" in err and not (tmp_path / "x.json").exists()


def test_parts_the_letters_cannot_tell_apart_are_named_by_place(tmp_path: Path) -> None:
    """Front matter names the first part "B" too: two files "-B" would be one."""
    text = (FIXTURES / "en-parts-pdftext.txt").read_text(encoding="utf-8")
    source = tmp_path / "pub.md"
    source.write_text("---\npart: B\nlanguage: en\n---\n\n" + text, encoding="utf-8")
    code, _, err = _run("convert", str(source), "--parts", "--to", "json", "-o", f"{tmp_path}/out/")
    assert code == 0, err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["pub-2.json", "pub.json"]


def test_a_later_part_never_takes_another_input_s_output(tmp_path: Path) -> None:
    (tmp_path / "pub.txt").write_bytes((FIXTURES / "en-parts-pdftext.txt").read_bytes())
    (tmp_path / "pub-B.txt").write_bytes((FIXTURES / "en-pdftext.txt").read_bytes())
    out = tmp_path / "out"
    code, _, err = _run(
        "convert",
        str(tmp_path / "pub.txt"),
        str(tmp_path / "pub-B.txt"),
        "--parts",
        "--to",
        "json",
        "-o",
        f"{out}/",
    )
    assert code == 1 and "part B would write" in err
    assert (
        resconv.Resolution.model_validate_json((out / "pub-B.json").read_bytes()).meta.symbol
        == "A/RES/78/321"
    )


def test_parts_of_standard_input_need_a_folder() -> None:
    for output in ([], ["-o", "-"]):
        code, _, err = _run(
            "convert", "-", "--from", "text", "--parts", "--to", "json", *output, stdin=b"text"
        )
        assert code == 2 and "give a folder" in err


def test_stdin_with_from() -> None:
    text = (FIXTURES / "en-pdftext.txt").read_bytes()
    code, out, _ = _run("convert", "-", "--from", "text", "--to", "json", "-o", "-", stdin=text)
    assert code == 0
    assert json.loads(out)["meta"]["title"] == "Early warning for glacial lake outburst floods"


def test_stdin_markdown_to_stdout_markdown() -> None:
    code, out, _ = _run("convert", "-", "--from", "md", "--to", "md", stdin=SEED.read_bytes())
    assert code == 0
    assert out.startswith(b"---\n") and "**重申**多边主义".encode() in out


def test_from_overrides_the_extension(tmp_path: Path) -> None:
    source = tmp_path / "pasted.md"  # plain text under a Markdown name
    source.write_bytes((FIXTURES / "en-pdftext.txt").read_bytes())
    code, out, _ = _run("convert", str(source), "--from", "text", "--to", "json", "-o", "-")
    assert code == 0
    assert [b["number"] for b in json.loads(out)["operative"]] == ["1", "2", "3"]


def test_strict_turns_warnings_into_exit_1(tmp_path: Path) -> None:
    source = tmp_path / "odd.md"
    source.write_text(
        (FIXTURES / "en-converted.md")
        .read_text(encoding="utf-8")
        .replace("*Welcoming* the work", "Zorblaxing the work"),
        encoding="utf-8",
    )
    code, _, err = _run("convert", str(source), "--to", "json", "-o", str(tmp_path / "lax.json"))
    assert code == 0 and "preambular paragraph 4" in err
    code, _, err = _run(
        "convert", str(source), "--to", "json", "-o", str(tmp_path / "strict.json"), "--strict"
    )
    assert code == 1
    assert "--strict" in err and "Traceback" not in err
    assert not (tmp_path / "strict.json").exists()


@pytest.mark.parametrize("make", ["missing", "directory", "bad-yaml", "bad-json", "bad-encoding"])
def test_unreadable_input_is_one_clear_line(tmp_path: Path, make: str) -> None:
    source = tmp_path / "input.md"
    extra: list[str] = []
    if make == "directory":
        source.mkdir()
    elif make == "bad-yaml":
        source.write_text("---\nsession: [75\n---\n\nThe General Assembly,\n", encoding="utf-8")
    elif make == "bad-json":
        source = tmp_path / "input.json"
        source.write_text("{not json", encoding="utf-8")
    elif make == "bad-encoding":
        source.write_text("Генеральная Ассамблея", encoding="utf-8")
        extra = ["--encoding", "ascii"]
    code, out, err = _run("convert", str(source), "--to", "json", "-o", "-", *extra)
    assert code == 1
    assert out == b""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and str(source) in lines[0], err
    assert "Traceback" not in err


def test_unknown_format_is_a_usage_error() -> None:
    code, _, err = _run("convert", str(SEED), "--to", "rtf")
    assert code == 2 and "resconv cannot write 'rtf'; it can write: markdown, json, akn, docx, pdf" in err


def test_a_format_without_a_writer_is_refused_naming_those_with_one() -> None:
    code, _, err = _run("convert", str(SEED), "--to", "json,text")
    assert code == 2 and "resconv cannot write 'text'; it can write: markdown, json, akn, docx, pdf" in err


def test_an_unknown_input_format_is_refused_before_any_file_is_read(tmp_path: Path) -> None:
    code, _, err = _run("convert", str(tmp_path / "missing.md"), "--from", "mdx", "--to", "json")
    assert code == 2
    assert "resconv cannot read 'mdx'; it can read: markdown, text, json, akn, docx" in err
    assert "missing.md" not in err


@pytest.mark.parametrize("fmt", ["json", "akn", "docx", "pdf"])
def test_several_inputs_to_stdout_are_refused_where_they_would_not_make_one_file(fmt: str) -> None:
    code, out, err = _run("convert", str(SEED), str(FIXTURES / "en-converted.md"), "--to", fmt, "-o", "-")
    assert code == 2 and not out
    assert f"standard output takes one {fmt} document, not several" in err


def test_one_bad_input_does_not_stop_the_others(tmp_path: Path) -> None:
    code, _, err = _run(
        "convert",
        str(tmp_path / "nope.md"),
        str(FIXTURES / "ru-converted.md"),
        "--to",
        "json",
        "-o",
        f"{tmp_path}/out/",
    )
    assert code == 1 and "nope.md" in err
    assert (tmp_path / "out" / "ru-converted.json").is_file()


def test_version() -> None:
    code, out, _ = _run("--version")
    assert code == 0 and out.decode().strip() == f"resconv, version {resconv.__version__}"


@pytest.mark.parametrize("args", [["--help"], ["convert", "--help"]])
def test_help_shows_examples(args: list[str]) -> None:
    code, out, _ = _run(*args)
    text = out.decode()
    assert code == 0 and "Examples:" in text and "resconv convert" in text


def test_several_inputs_match_one_at_a_time_and_report_in_input_order(tmp_path: Path) -> None:
    """Several inputs are converted by a pool of threads: the outputs are those of one call per
    file, and each file's messages come in the order the files were given."""
    names = ["en-converted.md", "ru-converted.md", "zh-converted.md", "fr-converted.md"]
    sources = [str(FIXTURES / name) for name in names]
    sources.insert(2, str(tmp_path / "missing-1.md"))
    sources.append(str(tmp_path / "missing-2.md"))
    code, _, err = _run("convert", *sources, "--to", "json,md", "-o", f"{tmp_path}/all/", "-q")
    assert code == 1
    assert [line.split("missing-")[1][0] for line in err.splitlines() if "missing-" in line] == ["1", "2"]
    for name in names:
        single = tmp_path / "one" / name
        code, _, _ = _run("convert", str(FIXTURES / name), "--to", "json,md", "-o", f"{single}/", "-q")
        assert code == 0
        stem = name.split(".")[0]
        for ext in (".json", ".md"):
            together = (tmp_path / "all" / f"{stem}{ext}").read_bytes()
            assert together == (single / f"{stem}{ext}").read_bytes()


def test_inputs_that_would_write_one_file_are_refused_before_any_work(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "res.md").write_bytes((FIXTURES / "en-converted.md").read_bytes())
    first, second = str(tmp_path / "a" / "res.md"), str(tmp_path / "b" / "res.md")
    code, _, err = _run("convert", first, second, "--to", "json", "-o", f"{tmp_path}/out/")
    assert code == 2 and first in err and second in err and "resconv batch" in err
    assert not (tmp_path / "out").exists()
    code, _, _ = _run("convert", first, second, "--to", "json")  # beside each input: no clash
    assert code == 0 and (tmp_path / "a" / "res.json").is_file() and (tmp_path / "b" / "res.json").is_file()


def test_several_inputs_to_stdout_come_whole_and_in_order() -> None:
    names = ["en-converted.md", "ru-converted.md", "zh-converted.md"]
    code, out, _ = _run("convert", *(str(FIXTURES / n) for n in names), "--to", "md", "-o", "-", "-q")
    assert code == 0
    singles = [_run("convert", str(FIXTURES / n), "--to", "md", "-o", "-", "-q")[1] for n in names]
    assert out == b"".join(singles)


def test_an_output_never_replaces_its_input(tmp_path: Path) -> None:
    source = tmp_path / "res.md"
    source.write_bytes((FIXTURES / "en-converted.md").read_bytes())
    code, _, err = _run("convert", str(source), "--to", "md")
    assert code == 2 and "would overwrite input" in err
    assert source.read_bytes() == (FIXTURES / "en-converted.md").read_bytes()


@pytest.mark.parametrize(
    ("formats", "output", "problem"),
    [
        ("json,pdf", "multi.json", "several outputs"),
        ("json", "x.pdf", "names a pdf file"),
        ("json,md", "-", "one format at a time"),
        ("", "out/", "at least one format"),
    ],
)
def test_an_output_that_cannot_hold_the_formats_is_refused(
    tmp_path: Path, formats: str, output: str, problem: str
) -> None:
    target = output if output == "-" else str(tmp_path / output)
    code, out, err = _run("convert", str(FIXTURES / "en-converted.md"), "--to", formats, "-o", target)
    assert code == 2 and problem in err and not out
    assert list(tmp_path.iterdir()) == []


def test_a_missing_output_folder_is_made_and_a_write_error_names_the_output(tmp_path: Path) -> None:
    deep = tmp_path / "new" / "dir" / "res.json"
    code, _, _ = _run("convert", str(FIXTURES / "en-converted.md"), "--to", "json", "-o", str(deep), "-q")
    assert code == 0 and json.loads(deep.read_bytes())["meta"]["symbol"] == "A/RES/78/321"
    (tmp_path / "afile").write_text("")
    blocked = tmp_path / "afile" / "res.json"
    code, _, err = _run("convert", str(FIXTURES / "en-converted.md"), "--to", "json", "-o", str(blocked))
    assert code == 1 and f"cannot write {blocked}" in err


def test_outputs_keep_the_language_tag_of_their_input(tmp_path: Path) -> None:
    for tag in ("zh", "en"):
        (tmp_path / f"res.{tag}.md").write_bytes((FIXTURES / f"{tag}-converted.md").read_bytes())
    sources = [str(tmp_path / "res.zh.md"), str(tmp_path / "res.en.md")]
    code, _, err = _run("convert", *sources, "--to", "json", "-o", f"{tmp_path}/out/", "-q")
    assert code == 0, err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["res.en.json", "res.zh.json"]
    code, _, _ = _run("convert", sources[0], "--to", "json", "-q")
    assert code == 0 and (tmp_path / "res.zh.json").is_file()


def test_a_bug_met_on_one_input_costs_the_others_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_render = resconv.api.render

    def render(model: resconv.Resolution, fmt: str, **options: object) -> bytes:
        if model.meta.symbol == "A/RES/78/321":
            raise RuntimeError("boom")
        return real_render(model, fmt, **options)

    monkeypatch.setattr(resconv.commands.convert, "render", render)
    inputs = [str(FIXTURES / "en-converted.md"), str(SEED)]
    code, _, err = _run("convert", *inputs, "--to", "akn", "-o", f"{tmp_path}/")
    assert code == 1
    assert f"error: {inputs[0]}: internal error (RuntimeError: boom); please report it" in err
    assert "Traceback" not in err
    assert [p.name for p in tmp_path.iterdir()] == ["a-res-75-47.zh.akn"]


class _Endless(io.RawIOBase):
    """Standard input that never ends: read whole, the test would never finish."""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        view[:] = b"x" * len(view)
        return len(view)

    def readall(self) -> bytes:
        raise AssertionError("standard input read without a limit")


def test_standard_input_past_the_limit_is_refused_without_reading_it_all() -> None:
    result = CliRunner().invoke(
        cli,
        ["convert", "-", "--from", "text", "--to", "json", "-o", "-"],
        input=io.BufferedReader(_Endless()),
    )
    assert result.exit_code == 1
    assert "error: -: input is larger than the 50000000-byte limit" in result.stderr
