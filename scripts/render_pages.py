#!/usr/bin/env python3
"""Render resolutions to page images, to compare them with the official pages by eye.

    python scripts/render_pages.py --format docx            # seed + devset picks, pages 1-2
    python scripts/render_pages.py --format pdf --pages 1-3 path/to/source.xml ...

``docx``: resconv writes DOCX, LibreOffice headless converts it to PDF (with a private profile and
a fontconfig file that maps the Word font names to the pip fonts: SimSun -> Noto Serif SC,
Simplified Arabic -> Amiri), poppler's pdftoppm draws PNGs. ``pdf``: resconv's PDF writer output
goes straight to pdftoppm. The official pages are in ../shared/reference/official/.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "devset"
SEED = ROOT / "examples" / "a-res-75-47.zh.md"
# One resolution per language (en, fr, ru, ar, es) from the devset, plus the Chinese seed.
DEVSET_PICKS = ("75_47_en", "76_203_fr", "76_25_ru", "75_47_ar", "77_148_es", "75_47_zh")
FONT_ALIASES = {
    "SimSun": "Noto Serif SC",
    "Simplified Arabic": "Amiri",
    "Times New Roman": "Liberation Serif",
}


def default_inputs() -> list[Path]:
    inputs = [SEED] if SEED.exists() else []
    if CORPUS.is_dir():
        inputs += [CORPUS / name / "source.xml" for name in DEVSET_PICKS if (CORPUS / name).is_dir()]
    return inputs


def pip_font_dirs() -> list[str]:
    dirs = []
    try:
        import fontpkg

        dirs.append(str(Path(fontpkg.path("amiri")).parent))
    except Exception:  # a missing font package only degrades the rendering
        pass
    try:
        import pylopdf_fonts_zh_cn

        dirs.append(str(Path(pylopdf_fonts_zh_cn.serif_path()).parent))
    except Exception:
        pass
    return dirs


def fontconfig_file(workdir: Path) -> Path:
    """A fonts.conf that adds the pip font folders and maps the Word font names onto them."""
    dirs = "".join(f"<dir>{d}</dir>" for d in pip_font_dirs())
    aliases = "".join(
        f"<alias binding='strong'><family>{word}</family><prefer><family>{real}</family></prefer></alias>"
        for word, real in FONT_ALIASES.items()
    )
    path = workdir / "fonts.conf"
    path.write_text(
        "<?xml version='1.0'?><!DOCTYPE fontconfig SYSTEM 'fonts.dtd'><fontconfig>"
        f"<include ignore_missing='yes'>/etc/fonts/fonts.conf</include>{dirs}{aliases}"
        f"<cachedir>{workdir / 'fc-cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    return path


def docx_to_pdf(docx_files: list[Path], outdir: Path, workdir: Path) -> None:
    """Convert with LibreOffice in one call, using a private profile so parallel runs do not clash."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        sys.exit("soffice (LibreOffice) is not installed")
    env = dict(os.environ, FONTCONFIG_FILE=str(fontconfig_file(workdir)))
    profile = (workdir / "lo-profile").as_uri()
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            *map(str, docx_files),
        ],
        check=True,
        env=env,
        capture_output=True,
        timeout=600,
    )


def stem_of(path: Path) -> str:
    """A file name for the output: the devset folder name, or the input name ("a-res-75-47_zh")."""
    if path.name == "source.xml":
        return path.parent.name
    return "_".join(path.name.split(".")[:-1]) or path.name


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "inputs", nargs="*", type=Path, help="resolutions to render (default: seed + devset picks)"
    )
    parser.add_argument("--format", choices=("docx", "pdf"), default="docx")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "pages")
    parser.add_argument("--pages", default="1-2", help="page range, e.g. 1-2 or 1-3")
    parser.add_argument("--dpi", type=int, default=110)
    parser.add_argument("--paper", default="letter")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(ROOT / "src"))
    import resconv

    inputs = args.inputs or default_inputs()
    if not inputs:
        sys.exit("nothing to render: no inputs given and no seed/corpus found")
    outdir = args.out / args.format
    outdir.mkdir(parents=True, exist_ok=True)
    first, _, last = args.pages.partition("-")
    with tempfile.TemporaryDirectory(prefix="render-pages-") as tmp:
        workdir = Path(tmp)
        written = []
        for path in inputs:
            model = resconv.read(path)
            target = outdir / f"{stem_of(path)}.{args.format}"
            target.write_bytes(resconv.render(model, args.format, paper=args.paper))
            written.append(target)
        if args.format == "docx":
            docx_to_pdf(written, outdir, workdir)
        for target in written:
            pdf = target.with_suffix(".pdf")
            subprocess.run(
                [
                    "pdftoppm",
                    "-png",
                    "-r",
                    str(args.dpi),
                    "-f",
                    first,
                    "-l",
                    last or first,
                    str(pdf),
                    str(outdir / target.stem),
                ],
                check=True,
            )
            print(pdf, *sorted(p.name for p in outdir.glob(f"{target.stem}-*.png")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
