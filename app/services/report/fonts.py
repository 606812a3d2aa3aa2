"""The typeface of the report: one that can write the children's names.

Names and free text hold any Unicode: é, ë and ç in Flemish and Walloon
families; Polish, Romanian, Turkish, Albanian names (ł, ș, ğ, ë); Greek and
Cyrillic; Arabic names of unaccompanied minors. PDF's built-in Helvetica knows
only the Western European letters of WinAnsi and prints a black box for the
rest, so the report embeds a TrueType font, the first found of:

1. DejaVu Sans — Latin (with all of Latin Extended), Greek, Cyrillic and the
   Arabic letters, under a free licence. Looked for in ``resources/fonts/`` of
   the app (where the installers can ship it: the same file on every system),
   then where Linux distributions, macOS and Windows put it when installed.
2. Noto Sans or Liberation Sans — the usual sans-serif of Linux desktops.
3. Arial — present on every Windows and macOS computer, with Latin Extended,
   Greek and Cyrillic (and Arabic on Windows).
4. Bitstream Vera — shipped inside reportlab itself, so always there; it has
   Latin-1 and a part of Latin Extended-A (é ë ç ł œ ş ğ), not ź ș č nor other
   scripts, which print as empty boxes.
5. Helvetica — only if even that file is missing (a stripped installer): only
   the letters of Latin-1 print.

For 4 and 5 ``FontChoice.note`` says why some letters may not print (the CLI
shows it; the app can). Neither the Qt wheels nor reportlab ship a font with
wider coverage. Without the optional ``uharfbuzz`` reportlab does not shape
text or lay it out right to left: Arabic names print as separate letters in
the wrong order, and Ge'ez (Tigrinya), which none of these fonts has, as
boxes. A child's name is best also recorded in Latin letters, as official
papers do.
"""

from __future__ import annotations

import functools
import logging
import os
from dataclasses import dataclass
from pathlib import Path

import reportlab  # type: ignore[import-untyped]
from reportlab.lib.fonts import addMapping  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]

from app.paths import resources_dir

log = logging.getLogger(__name__)

FAMILY = "ThuisboekSans"
PROJECT_FONTS = resources_dir() / "fonts"


@dataclass(frozen=True)
class _Candidate:
    name: str
    files: tuple[str, str, str, str]  # regular, bold, italic, bold italic
    folders: tuple[Path, ...]
    wide: bool  # covers Latin Extended, Greek and Cyrillic


def _home(*parts: str) -> Path:
    return Path.home().joinpath(*parts)


def _windows_fonts() -> tuple[Path, ...]:
    found = []
    windir = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT")
    if windir:
        found.append(Path(windir) / "Fonts")
    local = os.environ.get("LOCALAPPDATA")
    if local:
        found.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    return tuple(found)


def _candidates() -> tuple[_Candidate, ...]:
    user = (_home(".local", "share", "fonts"), _home(".fonts"), _home("Library", "Fonts"))
    mac = (Path("/Library/Fonts"), Path("/System/Library/Fonts/Supplemental"))
    windows = _windows_fonts()
    return (
        _Candidate(
            "DejaVu Sans",
            (
                "DejaVuSans.ttf",
                "DejaVuSans-Bold.ttf",
                "DejaVuSans-Oblique.ttf",
                "DejaVuSans-BoldOblique.ttf",
            ),
            (
                PROJECT_FONTS,
                Path("/usr/share/fonts/truetype/dejavu"),
                Path("/usr/share/fonts/dejavu"),
                Path("/usr/share/fonts/dejavu-sans-fonts"),
                Path("/usr/share/fonts/TTF"),
                Path("/usr/local/share/fonts"),
                Path("/usr/local/share/fonts/dejavu"),
                *user,
                *mac,
                *windows,
            ),
            wide=True,
        ),
        _Candidate(
            "Noto Sans",
            (
                "NotoSans-Regular.ttf",
                "NotoSans-Bold.ttf",
                "NotoSans-Italic.ttf",
                "NotoSans-BoldItalic.ttf",
            ),
            (
                Path("/usr/share/fonts/truetype/noto"),
                Path("/usr/share/fonts/noto"),
                Path("/usr/share/fonts/google-noto"),
            ),
            wide=True,
        ),
        _Candidate(
            "Liberation Sans",
            (
                "LiberationSans-Regular.ttf",
                "LiberationSans-Bold.ttf",
                "LiberationSans-Italic.ttf",
                "LiberationSans-BoldItalic.ttf",
            ),
            (
                Path("/usr/share/fonts/truetype/liberation"),
                Path("/usr/share/fonts/truetype/liberation2"),
                Path("/usr/share/fonts/liberation-sans"),
                Path("/usr/share/fonts/liberation"),
            ),
            wide=True,
        ),
        _Candidate(
            "Arial", ("arial.ttf", "arialbd.ttf", "ariali.ttf", "arialbi.ttf"), windows, wide=True
        ),
        _Candidate(
            "Arial",
            ("Arial.ttf", "Arial Bold.ttf", "Arial Italic.ttf", "Arial Bold Italic.ttf"),
            mac,
            wide=True,
        ),
        _Candidate(
            "Bitstream Vera Sans",
            ("Vera.ttf", "VeraBd.ttf", "VeraIt.ttf", "VeraBI.ttf"),
            (Path(reportlab.__file__).resolve().parent / "fonts",),
            wide=False,
        ),
    )


@dataclass(frozen=True)
class FontChoice:
    """The registered font names for the report's styles, and what was chosen."""

    regular: str
    bold: str
    italic: str
    bold_italic: str
    source: str  # the family's name and where it was found
    note: str = ""  # why the coverage is narrower than it should be, if it is


def _existing(candidate: _Candidate) -> list[Path | None] | None:
    for folder in candidate.folders:
        regular = folder / candidate.files[0]
        if regular.is_file():
            faces: list[Path | None] = []
            for name in candidate.files:
                path = folder / name
                faces.append(path if path.is_file() else None)
            return faces
    return None


def _register(candidate: _Candidate, faces: list[Path | None]) -> FontChoice | None:
    regular = faces[0]
    assert regular is not None
    names = []
    try:
        for suffix, path in zip(("", "-Bold", "-Italic", "-BoldItalic"), faces, strict=True):
            name = FAMILY + suffix
            pdfmetrics.registerFont(TTFont(name, str(path if path is not None else regular)))
            names.append(name)
    except Exception as exc:  # a damaged or unusual font file: try the next family
        log.warning("font %s at %s cannot be used: %s", candidate.name, regular, exc)
        return None
    for (is_bold, is_italic), name in zip(((0, 0), (1, 0), (0, 1), (1, 1)), names, strict=True):
        addMapping(FAMILY, is_bold, is_italic, name)
    note = (
        ""
        if candidate.wide
        else f"{candidate.name} has only Western European letters; install DejaVu Sans "
        f"(or put it in {PROJECT_FONTS}) to print names in other alphabets."
    )
    regular_name, bold, italic, bold_italic = names
    source = f"{candidate.name} ({regular.parent})"
    return FontChoice(regular_name, bold, italic, bold_italic, source=source, note=note)


@functools.cache
def report_font() -> FontChoice:
    """Register the best font found (once per process) and say which it is."""
    for candidate in _candidates():
        faces = _existing(candidate)
        if faces is None:
            continue
        choice = _register(candidate, faces)
        if choice is not None:
            if choice.note:
                log.warning("report font: %s", choice.note)
            return choice
    note = "No TrueType font was found; only Western European letters print."
    log.warning("report font: %s", note)
    return FontChoice(
        "Helvetica",
        "Helvetica-Bold",
        "Helvetica-Oblique",
        "Helvetica-BoldOblique",
        source="Helvetica (built into PDF)",
        note=note,
    )
