"""The packaging files this machine cannot run (workflows, container, systemd) are
valid, the server's requirement list covers what the server imports, and the
Debian package has the layout and metadata it promises."""

from __future__ import annotations

import ast
import importlib.metadata
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
BIN = Path(sys.executable).parent


def test_workflows_compose_containerfile_and_unit_are_valid() -> None:
    done = subprocess.run(
        [sys.executable, str(PACKAGING / "check_files.py")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert "ok    workflow schema: .github/workflows/release.yml" in lines
    assert "ok    compose schema: packaging/server/compose.yaml" in lines
    assert "ok    Containerfile: packaging/server/Containerfile" in lines


def test_the_workflow_check_catches_a_mistake(tmp_path: Path) -> None:
    tool = BIN / "check-jsonschema"
    if not tool.exists():
        pytest.skip("check-jsonschema is part of the dev extra")
    text = (ROOT / ".github" / "workflows" / "release.yml").read_text("utf-8")
    broken = tmp_path / "release.yml"
    broken.write_text(text.replace("runs-on: ubuntu-22.04", "run-on: ubuntu-22.04", 1), "utf-8")
    done = subprocess.run(
        [str(tool), "--builtin-schema", "vendor.github-workflows", str(broken)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode != 0


def _third_party_imports(folders: list[Path]) -> set[str]:
    names: set[str] = set()
    for folder in folders:
        files = folder.rglob("*.py") if folder.is_dir() else [folder]
        for path in files:
            tree = ast.parse(path.read_text("utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    names.update(alias.name.split(".")[0] for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    names.add(node.module.split(".")[0])
    return {n for n in names if n not in sys.stdlib_module_names and n not in ("app", "tests")}


def test_the_server_requirements_cover_what_the_server_imports() -> None:
    app = ROOT / "app"
    imported = _third_party_imports(
        [app / "server", app / "domain", app / "protocol", app / "argtypes.py",
         app / "paths.py", app / "__init__.py"]
    )  # fmt: skip
    done = subprocess.run(
        [sys.executable, str(PACKAGING / "server" / "requirements.py")],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    listed = {line.split("[")[0].split(">")[0].split("=")[0].strip().lower()
              for line in done.stdout.splitlines() if line.strip()}  # fmt: skip
    providers = importlib.metadata.packages_distributions()
    wanted = listed | {"pydantic-core"}  # pydantic's own dependency
    missing = {
        module
        for module in imported
        if not {d.lower().replace("_", "-") for d in providers.get(module, [module])} & wanted
    }
    assert not missing, f"the server imports {missing}, which requirements.py does not name"
    assert "psycopg" in listed  # PostgreSQL, named in a URL rather than imported
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    for line in done.stdout.splitlines():  # the versions are pyproject's own
        assert line in project["dependencies"] + project["optional-dependencies"]["server"]
    assert not {"pyside6-essentials", "pyside6-addons", "sqlcipher3", "keyring"} & listed


@pytest.mark.skipif(not shutil.which("dpkg-deb"), reason="dpkg-deb builds Debian packages")
def test_the_debian_package_lays_out_the_bundle(tmp_path: Path) -> None:
    sys.path.insert(0, str(PACKAGING / "linux"))
    try:
        import build_deb
    finally:
        sys.path.remove(str(PACKAGING / "linux"))
    bundle = tmp_path / "thuisboek"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "thuisboek").write_text("#!/bin/sh\necho bundled\n", "utf-8")
    (bundle / "thuisboek").chmod(0o700)
    (bundle / "_internal" / "library.so").write_bytes(b"\0" * 2048)
    applications = bundle / "share" / "applications"
    applications.mkdir(parents=True)
    (applications / "org.thuisboek.Thuisboek.desktop").write_text("[Desktop Entry]\n", "utf-8")

    deb = build_deb.build(bundle, tmp_path / "out", compression="gzip")

    version = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    assert deb.name == f"thuisboek_{version}_{build_deb.deb_arch()}.deb"
    info = subprocess.run(["dpkg-deb", "--field", str(deb)], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    assert f"Version: {version}" in info and "Package: thuisboek" in info
    assert "libegl1" in info and "Installed-Size:" in info
    listing = subprocess.run(["dpkg-deb", "--contents", str(deb)], capture_output=True,
                             text=True, check=True).stdout.splitlines()  # fmt: skip
    rows = {line.split()[-1] if "->" not in line else line.split()[-3]: line for line in listing}
    assert rows["./opt/thuisboek/thuisboek"].startswith("-rwxr-xr-x root/root")
    assert rows["./opt/thuisboek/_internal/library.so"].startswith("-rw-r--r-- root/root")
    assert "./usr/share/applications/org.thuisboek.Thuisboek.desktop" in rows
    assert "./usr/share/doc/thuisboek/copyright" in rows
    assert rows["./usr/bin/thuisboek"].endswith("-> /opt/thuisboek/thuisboek")
    assert not any("/opt/thuisboek/share" in name for name in rows)
