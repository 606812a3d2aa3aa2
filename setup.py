"""The wheel's build step beyond setuptools' own: the files the app reads at run time.

In the source tree they sit beside the package (``resources/``, ``translations/``);
in a wheel they go inside it, as ``app/resources/`` and ``app/translations/``, where
``app.paths`` looks first. The Qt Linguist files (``translations/*.ts``, committed)
are compiled into ``.qm`` files here, with ``pyside6-lrelease``: a wheel never ships
without its languages. Everything else is in ``pyproject.toml``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
# What of resources/ the installed app reads (screenshots are for the README only).
RESOURCES = (
    "milestones/catalog.json",
    "demo/*.json",
    "icons/thuisboek*",
    "fonts/*",
    "licenses/*",
    "guide/*.md",
    "guide/images/*",
)


def lrelease() -> str:
    """pyside6-lrelease beside this Python (the build's own environment) or on PATH."""
    name = "pyside6-lrelease" + (".exe" if os.name == "nt" else "")
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    raise RuntimeError("pyside6-lrelease is missing: install pyside6-essentials to build")


class BuildWithResources(build_py):
    """build_py, then the resources and the compiled translations into the package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads resources/ and translations/ in place
        package = Path(self.build_lib) / "app"
        self._copy_resources(package / "resources")
        self._compile_translations(package / "translations")

    def _copy_resources(self, target: Path) -> None:
        source = ROOT / "resources"
        for pattern in RESOURCES:
            for path in sorted(source.glob(pattern)):
                if path.is_file():
                    dest = target / path.relative_to(source)
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy2(path, dest)

    def _compile_translations(self, target: Path) -> None:
        sources = sorted((ROOT / "translations").glob("thuisboek_*.ts"))
        if not sources:
            raise RuntimeError("no translations/thuisboek_*.ts to compile")
        target.mkdir(parents=True, exist_ok=True)
        tool = lrelease()
        for ts in sources:
            qm = target / ts.with_suffix(".qm").name
            subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
            if not qm.is_file() or qm.stat().st_size == 0:
                raise RuntimeError(f"pyside6-lrelease wrote no {qm.name}")


setup(cmdclass={"build_py": BuildWithResources})
