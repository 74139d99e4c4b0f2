"""The batch work list: inputs streamed from files, folders and globs, and safe output paths.

The list is a generator so a batch of tens of thousands of files holds paths, never documents.
Output paths mirror each input's place under the folder or glob root it was found from, cleaned so
that no input name (``..``, absolute, drive letters, control characters) can escape OUTDIR.
"""

from __future__ import annotations

import glob
import itertools
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from resconv.errors import OutputError
from resconv.formats import FORMATS

READABLE = tuple(ext for fmt in FORMATS.values() if fmt.reader for ext in fmt.extensions)
_MAGIC = re.compile(r"[*?\[]")
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"|?*\\]')


@dataclass(frozen=True)
class WorkItem:
    """One input file and its name relative to OUTDIR (without extension)."""

    source: Path
    relative: PurePosixPath


def iter_work(inputs: Iterable[str], exclude: Path | None = None) -> Iterator[WorkItem]:
    """Each readable input once, in a stable order: files as given, folders walked, globs expanded.

    Files given one by one keep their folders below the folder they share ("x/seed.md" and
    "y/seed.md" write "x/seed.*" and "y/seed.*"), so no output name depends on the order of the
    arguments (a resumed batch would otherwise take one input's output for another's).
    Files under ``exclude`` (the output folder, when it lies inside an input folder) are left out.
    """
    specs = list(inputs)
    files = [spec for spec in specs if not _MAGIC.search(spec) and not Path(spec).is_dir()]
    shared = _common_folder(files)
    given_twice = _stems_given_twice(files)
    seen: set[str] = set()
    stems: set[str] = set()
    skip = os.path.realpath(exclude) + os.sep if exclude is not None else None
    for spec in specs:
        for source, root in _expand(spec, shared):
            key = os.path.realpath(source)
            if key in seen or (skip and key.startswith(skip)):
                continue
            seen.add(key)
            relative = _relative(source, root)
            if os.path.abspath(source) in given_twice:  # "a.md" and "a.txt": "a.md.*" and "a.txt.*"
                relative = _with_extension(relative, source)
            yield WorkItem(source, _unique(relative, source, stems))


def _common_folder(files: list[str]) -> Path | None:
    """The deepest folder holding every file given one by one."""
    folders = [os.path.dirname(os.path.abspath(name)) for name in files]
    try:
        return Path(os.path.commonpath(folders)) if folders else None
    except ValueError:  # different drives
        return None


def _stems_given_twice(files: list[str]) -> set[str]:
    """Files given one by one that share their folder and name but not their extension."""
    by_stem: dict[str, set[str]] = {}
    for name in files:
        path = os.path.abspath(name)
        by_stem.setdefault(os.path.splitext(path)[0].casefold(), set()).add(path)
    return {path for paths in by_stem.values() if len(paths) > 1 for path in paths}


def _expand(spec: str, shared: Path | None) -> Iterator[tuple[Path, Path]]:
    """(file, root) pairs for one command-line input."""
    if _MAGIC.search(spec):
        root = Path(_glob_root(spec))
        for name in sorted(glob.iglob(spec, recursive=True)):
            path = Path(name)
            if path.is_file():
                yield path, root
            elif path.is_dir():
                yield from ((file, root) for file in _walk(path))
        return
    path = Path(spec)
    if path.is_dir():
        yield from ((file, path) for file in _walk(path))
    else:  # a missing file is reported by the worker, as any other failure
        yield path, shared or path.parent


def _walk(folder: Path) -> Iterator[Path]:
    """Readable files under ``folder``, sorted per directory, without loading the whole tree."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(Path(entry.path))
        elif entry.is_file() and entry.name.lower().endswith(READABLE):
            yield Path(entry.path)


def _glob_root(spec: str) -> str:
    """The non-magic folder a glob starts from: 'devset/*/seed.md' -> 'devset'."""
    parts = Path(spec).parts
    fixed = list(_take_until_magic(parts))
    return str(Path(*fixed)) if fixed else "."


def _take_until_magic(parts: tuple[str, ...]) -> Iterator[str]:
    for part in parts:
        if _MAGIC.search(part):
            return
        yield part


def _relative(source: Path, root: Path) -> PurePosixPath:
    """``source`` relative to ``root`` by its path as given (a symlinked folder keeps its name)."""
    try:
        relative = Path(os.path.abspath(source)).relative_to(os.path.abspath(root))
    except ValueError:
        relative = Path(source.name)
    return clean(relative.with_suffix("").as_posix())


def _unique(relative: PurePosixPath, source: Path, stems: set[str]) -> PurePosixPath:
    """A name no earlier input of this batch has: two inputs differing only by extension (a.md,
    a.txt) or by folder (x/source.xml, y/source.xml, given as files) never write the same outputs."""
    for candidate in _candidates(relative, source):
        key = candidate.as_posix().casefold()
        if key not in stems:
            stems.add(key)
            return candidate
    raise AssertionError("unreachable: the numbered candidates never run out")


def _candidates(relative: PurePosixPath, source: Path) -> Iterator[PurePosixPath]:
    yield relative
    yield _with_extension(relative, source)
    folders = Path(os.path.abspath(source)).parent.parts[1:]
    for depth in range(1, min(len(folders), 3) + 1):
        yield clean("/".join(folders[-depth:])) / relative
    for number in itertools.count(2):
        yield relative.with_name(f"{relative.name}-{number}")


def _with_extension(relative: PurePosixPath, source: Path) -> PurePosixPath:
    return relative.with_name(relative.name + "." + source.suffix.lstrip(".").lower())


def clean(name: str) -> PurePosixPath:
    """A relative path without empty, '.', '..', drive or unsafe parts; never empty."""
    parts = []
    for part in re.split(r"[/\\]+", name):
        part = _UNSAFE.sub("_", part).strip(" .")
        if part:
            parts.append(part)
    return PurePosixPath(*parts) if parts else PurePosixPath("unnamed")


def output_path(outdir: Path, relative: PurePosixPath, extension: str) -> Path:
    """Where an output goes; refuses (OutputError) anything resolving outside ``outdir``."""
    base = outdir.resolve()
    safe = clean(relative.as_posix())
    target = base.joinpath(*safe.parent.parts, safe.name + extension)
    resolved = target.resolve()
    if not resolved.is_relative_to(base):
        raise OutputError(f"output path {target} would leave {outdir}")
    return resolved
