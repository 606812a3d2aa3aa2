#!/usr/bin/env python3
"""Build the desktop bundle of Thuisboek with PyInstaller, on the system it runs on.

    python3 packaging/bootstrap.py setup && .venv/bin/python packaging/build_bundle.py

Linux:   dist/thuisboek/ (run dist/thuisboek/thuisboek) and
         dist/thuisboek-<version>-linux-<arch>.tar.gz
Windows: dist/thuisboek/ (Thuisboek.exe, thuisboek-cli.exe); then the installer
         with Inno Setup: iscc packaging/windows/thuisboek.iss
macOS:   dist/Thuisboek.app and dist/Thuisboek-<version>-macos-<arch>.zip

Options: --no-cuts builds without the size cuts of the spec (to measure them);
--no-archive skips the archive; --smoke runs packaging/smoke_bundle.py after.
The bundle's size is printed at the end (and its largest parts with --sizes).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "thuisboek.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "thuisboek"
APP_ID = "org.thuisboek.Thuisboek"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def say(text: str) -> None:
    print(f"[bundle] {text}", flush=True)


def fail(text: str) -> int:
    print(f"[bundle] error: {text}", file=sys.stderr, flush=True)
    return 1


def project_version() -> str:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    return str(data["project"]["version"])


def installed_version() -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("thuisboek")
    except PackageNotFoundError:
        return None


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def arch() -> str:
    machine = platform.machine().lower()
    return {"amd64": "x86_64", "aarch64": "arm64"}.get(machine, machine)


def check_inputs() -> str | None:
    """What must be there before PyInstaller runs; the reason it is not, or None."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        return "PyInstaller is missing: .venv/bin/pip install -e '.[bundle]'"
    wanted, installed = project_version(), installed_version()
    if installed != wanted:
        # app.__version__ reads the installed metadata, which the bundle copies.
        return (
            f"pyproject.toml says {wanted} but the installed metadata says {installed}: "
            "reinstall with .venv/bin/pip install -e . (or run packaging/bootstrap.py setup)"
        )
    return None


def release_notes_problem(version: str) -> str | None:
    """The AppStream metainfo names each release: it should know this one."""
    metainfo = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
    if f'<release version="{version}"' not in metainfo.read_text("utf-8"):
        return f'{metainfo.relative_to(ROOT)} has no <release version="{version}">: add it'
    return None


def compile_translations() -> None:
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).with_name("pyside6-lrelease" + (".exe" if os.name == "nt" else ""))
    )
    for ts in sorted((ROOT / "translations").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            say(f"compiling {ts.name}")
            subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)


def render_icons() -> None:
    """The PNG, ICO and ICNS icons are committed; render them when one is missing."""
    icons = ROOT / "resources" / "icons"
    wanted = [icons / f"thuisboek-{s}.png" for s in ICON_SIZES]
    wanted += [icons / "thuisboek.ico", icons / "thuisboek.icns"]
    if all(p.exists() for p in wanted):
        return
    say("rendering the icons")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, str(PACKAGING / "render_icons.py")], check=True, env=env)


def run_pyinstaller(cuts: bool) -> None:
    env = dict(os.environ)
    if not cuts:
        env["THUISBOEK_BUNDLE_NO_CUTS"] = "1"
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(WORK),
        str(SPEC),
    ]
    say("running PyInstaller (a few minutes)")
    subprocess.run(cmd, check=True, cwd=ROOT, env=env)


def add_linux_desktop_files(bundle: Path) -> None:
    """share/ in the bundle mirrors /usr/share: the .desktop file, the AppStream
    metainfo and the icon in the hicolor theme, ready to copy (packaging/README.md)."""
    share = bundle / "share"
    applications = share / "applications"
    metainfo = share / "metainfo"
    applications.mkdir(parents=True, exist_ok=True)
    metainfo.mkdir(parents=True, exist_ok=True)
    shutil.copy2(PACKAGING / "linux" / f"{APP_ID}.desktop", applications)
    shutil.copy2(PACKAGING / "linux" / f"{APP_ID}.metainfo.xml", metainfo)
    icons = ROOT / "resources" / "icons"
    for size in ICON_SIZES:
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(icons / f"thuisboek-{size}.png", target / f"{APP_ID}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(icons / "thuisboek.svg", scalable / f"{APP_ID}.svg")


def archive_linux(bundle: Path, version: str) -> Path:
    target = DIST / f"thuisboek-{version}-linux-{arch()}.tar.gz"
    say(f"writing {target.name}")
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname="thuisboek")
    return target


def archive_macos(app: Path, version: str) -> Path:
    # ditto keeps the symlinks, resource forks and signatures an .app needs.
    target = DIST / f"Thuisboek-{version}-macos-{arch()}.zip"
    subprocess.run(
        ["ditto", "-c", "-k", "--sequesterRsrc", "--keepParent", str(app), str(target)],
        check=True,
    )
    return target


def largest(folder: Path, count: int = 15) -> list[tuple[int, Path]]:
    files = [(p.stat().st_size, p) for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sorted(files, reverse=True)[:count]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="build_bundle.py", description=__doc__.split("\n")[0])
    parser.add_argument("--no-cuts", action="store_true", help="build without the size cuts")
    parser.add_argument("--no-archive", action="store_true", help="no tar.gz / zip")
    parser.add_argument("--sizes", action="store_true", help="list the largest files")
    parser.add_argument("--smoke", action="store_true", help="run the smoke test after")
    args = parser.parse_args(argv)

    problem = check_inputs()
    if problem:
        return fail(problem)
    version = project_version()
    notes = release_notes_problem(version)
    if notes:
        say(f"warning: {notes}")
    started = time.perf_counter()
    compile_translations()
    render_icons()
    run_pyinstaller(cuts=not args.no_cuts)
    if not BUNDLE.is_dir():
        return fail(f"PyInstaller wrote no {BUNDLE}")

    archive: Path | None = None
    if sys.platform.startswith("linux"):
        add_linux_desktop_files(BUNDLE)
        if not args.no_archive:
            archive = archive_linux(BUNDLE, version)
    elif sys.platform == "darwin" and not args.no_archive:
        archive = archive_macos(DIST / "Thuisboek.app", version)

    size = folder_size(BUNDLE)
    say(f"built Thuisboek {version} in {time.perf_counter() - started:.0f} s")
    say(f"bundle: {BUNDLE.relative_to(ROOT)}/  {mb(size)}" + (" (no cuts)" if args.no_cuts else ""))
    if archive is not None:
        say(f"archive: {archive.relative_to(ROOT)}  {mb(archive.stat().st_size)}")
    if args.sizes:
        for file_size, path in largest(BUNDLE):
            print(f"  {mb(file_size):>9}  {path.relative_to(BUNDLE)}")
    if args.smoke:
        return subprocess.call([sys.executable, str(PACKAGING / "smoke_bundle.py")], cwd=ROOT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
