"""The wheel as people install it: built from the repository with ``python -m build``,
installed into a fresh virtual environment outside the source tree, then used.

The fresh environment sees the already installed dependencies (a ``.pth`` line to
this environment's site-packages, whose own ``.pth`` files, the editable install of
the source tree among them, are not processed) and gets the wheel with --no-deps:
the test proves the wheel, not PyPI.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import time
import tomllib
import zipfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.support.servers import free_port, url_of

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "wheel test passphrase"

# What the installed app reads at run time, as the wheel must hold it.
WANTED = (
    "app/resources/milestones/catalog.json",
    "app/resources/demo/nl.json",
    "app/resources/demo/fr.json",
    "app/resources/demo/en.json",
    "app/resources/icons/thuisboek-256.png",
    "app/resources/icons/thuisboek.svg",
    "app/resources/fonts/DejaVuSans.ttf",
    "app/resources/guide/nl.md",
    "app/resources/guide/admin.en.md",
    "app/resources/licenses/GPL-3.0.txt",
    "app/translations/thuisboek_nl.qm",
    "app/translations/thuisboek_fr.qm",
    "app/translations/thuisboek_en.qm",
    "app/storage/migrations/env.py",
    "app/storage/migrations/script.py.mako",
    "app/server/migrations/env.py",
    "app/server/migrations/versions/0001_initial.py",
)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``python -m build``: the sdist, then the wheel built from that sdist."""
    out = tmp_path_factory.mktemp("dist")
    done = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return out


@pytest.fixture(scope="module")
def wheel(built: Path) -> Path:
    (found,) = built.glob("thuisboek-*.whl")
    return found


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh environment with the wheel installed, away from the source tree."""
    target = tmp_path_factory.mktemp("venv") / "env"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(target)], check=True)
    python = _bin(target, "python")
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    ours = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    Path(purelib, "dependencies.pth").write_text("\n".join(sorted(ours)) + "\n", "utf-8")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q",
         "--no-deps", "--no-index", str(wheel)],
        check=True, env=_env(target),
    )  # fmt: skip
    return target


def _bin(venv: Path, name: str) -> Path:
    folder = venv / ("Scripts" if os.name == "nt" else "bin")
    return folder / (name + (".exe" if os.name == "nt" else ""))


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHONDONTWRITEBYTECODE="1",
        THUISBOEK_PASSPHRASE=PASSPHRASE,
        THUISBOEK_HOME=str(home / "home"),
        THUISBOEK_SERVER_HOME=str(home / "server-home"),
    )
    return env


def _run(venv: Path, *cmd: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """A command of the fresh environment, from a folder outside the source tree."""
    exe = _bin(venv, cmd[0])
    done = subprocess.run(
        [str(exe), *cmd[1:]], cwd=venv.parent, env=_env(venv.parent),
        capture_output=True, text=True, timeout=timeout, check=False,
    )  # fmt: skip
    assert done.returncode == 0, f"{cmd}: {done.stdout[-2000:]}{done.stderr[-2000:]}"
    return done


def test_the_wheel_holds_resources_migrations_and_compiled_translations(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        missing = [name for name in WANTED if name not in names]
        assert not missing
        for name in ("app/translations/thuisboek_nl.qm", "app/translations/thuisboek_fr.qm"):
            assert archive.read(name)[:16] == bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
        assert not [n for n in names if n.endswith(".ts") or "/screenshots/" in n]
        scripts = archive.read(next(n for n in names if n.endswith("entry_points.txt")))
    assert b"thuisboek = app.cli:main" in scripts
    assert b"thuisboek-server = app.server.cli:main" in scripts


def test_the_sdist_builds_the_wheel_alone(built: Path) -> None:
    """The sdist carries what the wheel's build step needs: the .ts files, not .qm."""
    import tarfile

    (sdist,) = built.glob("thuisboek-*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {n.split("/", 1)[1] for n in archive.getnames() if "/" in n}
    needed = {"setup.py", "translations/thuisboek_nl.ts", "resources/milestones/catalog.json"}
    assert needed <= names
    assert not [n for n in names if n.endswith(".qm")]


def test_installed_app_reads_its_files_from_the_installed_package(venv: Path) -> None:
    probe = (
        "import app, app.paths as p; "
        "print(app.__file__); print(p.resources_dir()); print(p.translations_dir()); "
        "print(app.__version__)"
    )
    out = _run(venv, "python", "-c", probe).stdout.split()
    inside = venv.resolve()
    for shown in out[:3]:
        assert Path(shown).resolve().is_relative_to(inside), shown
        assert not Path(shown).resolve().is_relative_to(ROOT)
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert out[3] == project["version"]  # the installed metadata, not "+source"


def test_installed_app_makes_a_demo_checks_it_and_renders_screens(venv: Path) -> None:
    profile = venv.parent / "demo-profile"
    demo = _run(venv, "thuisboek", "demo", "--profile", str(profile))
    assert "Records:" in demo.stdout
    check = _run(venv, "thuisboek", "check", "--profile", str(profile))
    assert "integrity: ok" in check.stdout
    shots = venv.parent / "shots"
    out = _run(venv, "thuisboek", "screenshots", "--profile", str(profile), "--out",
               str(shots), "--lang", "nl", timeout=180).stdout  # fmt: skip
    pngs = sorted(shots.rglob("*.png"))
    assert len(pngs) >= 5, out
    assert all(p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for p in pngs)


def test_installed_app_speaks_dutch_from_the_compiled_translations(venv: Path) -> None:
    probe = (
        "from PySide6.QtCore import QTranslator; import app.paths as p; "
        "t = QTranslator(); "
        "print(t.load(str(p.translations_dir() / 'thuisboek_nl.qm')), t.isEmpty())"
    )
    assert _run(venv, "python", "-c", probe).stdout.split() == ["True", "False"]


@pytest.fixture
def served(venv: Path) -> Iterator[str]:
    _run(venv, "thuisboek-server", "init")
    port = free_port()
    log = (venv.parent / "server.log").open("wb")
    process = subprocess.Popen(
        [str(_bin(venv, "thuisboek-server")), "serve", "--port", str(port)],
        cwd=venv.parent, env=_env(venv.parent), stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        yield url_of(port)
    finally:
        process.terminate()
        process.wait(timeout=20)
        log.close()


def test_installed_server_initialises_serves_and_answers_its_health_check(
    served: str, venv: Path
) -> None:
    deadline = time.monotonic() + 30
    while True:
        try:
            answer = httpx.get(f"{served}/api/v1/health", timeout=2)
            break
        except httpx.TransportError:
            assert time.monotonic() < deadline, (venv.parent / "server.log").read_text()
            time.sleep(0.2)
    assert answer.status_code == 200
    assert answer.json()["status"] == "ok"
    assert (venv.parent / "server-home" / "server.db").exists()
