"""Fonts for the PDF writer: pip font packages, plus a Times-metric face when the system has one.

A fresh ``pip install`` renders all six languages from the wheels (PT Serif, Amiri, Noto Serif SC
and Noto Sans SC); Times New Roman, Liberation Serif or Tinos are preferred for Latin and Cyrillic
when the machine has them, since the UN sets its documents in Times New Roman. Scanning is done
once per process: ``typst.Fonts`` is cached and shared by every compile.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import typst

# Times-metric families, best first; looked up on the system only.
TIMES_FAMILIES = ("Times New Roman", "Liberation Serif", "Tinos")
PIP_SERIF = "PT Serif"
ARABIC = "Amiri"
CJK_SERIF = "Noto Serif SC"
CJK_SANS = "Noto Sans SC"
_SYSTEM_DIRS = (
    Path("/usr/share/fonts"),
    Path("/usr/local/share/fonts"),
    Path.home() / ".local/share/fonts",
    Path.home() / ".fonts",
)
_FILE_NAMES = {
    "Times New Roman": ("times.ttf", "Times New Roman.ttf", "TimesNewRoman.ttf"),
    "Liberation Serif": ("LiberationSerif-Regular.ttf",),
    "Tinos": ("Tinos-Regular.ttf",),
}


@dataclass(frozen=True)
class FontSet:
    """The font folders given to Typst and the family names the template should ask for."""

    folders: tuple[str, ...]
    latin: str
    arabic: str
    cjk_serif: str
    cjk_sans: str

    def families(self) -> dict[str, str]:
        return {
            "latin": self.latin,
            "arabic": self.arabic,
            "cjk_serif": self.cjk_serif,
            "cjk_sans": self.cjk_sans,
        }


def _pip_folders() -> list[str]:
    """Folders of the pip font packages that are installed (each is optional at import time)."""
    folders: list[str] = []
    try:
        import fontpkg

        for name in ("pt-serif", "amiri"):
            try:
                folders.append(str(Path(fontpkg.path(name)).parent))
            except Exception:  # a missing fontpkg-* wheel: render with what is there
                continue
    except ImportError:
        pass  # fontpkg is optional: without it Typst falls back to the system fonts (fc-list)
    try:
        import pylopdf_fonts_zh_cn

        folders.append(str(Path(pylopdf_fonts_zh_cn.serif_path()).parent))
    except (ImportError, OSError):
        pass  # optional Chinese font wheel absent or without its file: system CJK fonts are used
    return folders


def _fc_list_folder(family: str) -> str | None:
    """The folder fontconfig knows ``family`` in (no aliasing: fc-list matches the real name)."""
    if shutil.which("fc-list") is None:
        return None
    try:
        out = subprocess.run(
            ["fc-list", f":family={family}", "file"], capture_output=True, text=True, timeout=10, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    files = sorted(line.split(":")[0].strip() for line in out.splitlines() if line.strip())
    return str(Path(files[0]).parent) if files else None


def _glob_folder(family: str) -> str | None:
    for root in _SYSTEM_DIRS:
        if not root.is_dir():
            continue
        for name in _FILE_NAMES.get(family, ()):
            hits = sorted(root.rglob(name))
            if hits:
                return str(hits[0].parent)
    return None


def system_times() -> tuple[str, str] | None:
    """(family, folder) of the best Times-metric face on this machine, or None."""
    for family in TIMES_FAMILIES:
        folder = _fc_list_folder(family) or _glob_folder(family)
        if folder:
            return family, folder
    return None


@cache
def font_set() -> FontSet:
    """The fonts this process renders with, found once."""
    folders = _pip_folders()
    latin = PIP_SERIF
    times = system_times()
    if times is not None:
        latin = times[0]
        folders.insert(0, times[1])
    return FontSet(tuple(dict.fromkeys(folders)), latin, ARABIC, CJK_SERIF, CJK_SANS)


@cache
def typst_fonts() -> typst.Fonts:
    """The scanned fonts, shared by every compiler in this process (a scan costs ~25 ms)."""
    return typst.Fonts(
        include_system_fonts=False, include_embedded_fonts=False, font_paths=list(font_set().folders)
    )
