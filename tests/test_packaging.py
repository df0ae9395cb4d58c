"""Shipping the application: package data, icon, stylesheets, Linux metadata, the launcher,
and (slow, on request) the frozen build itself."""

from __future__ import annotations

import configparser
import fnmatch
import json
import os
import shutil
import subprocess
import sys
import time
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from helpers import write_test_pdf
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

import reviewer
from reviewer.gui.app import DESKTOP_ID
from reviewer.gui.theme import ICON_SIZES, app_icon, icon_path, install_theme, stylesheet
from reviewer.launcher import wants_cli

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "reviewer"
RESOURCES = ROOT / "resources"
DESKTOP = RESOURCES / "linux" / f"{DESKTOP_ID}.desktop"
METAINFO = RESOURCES / "linux" / f"{DESKTOP_ID}.metainfo.xml"
ARTIFACTS = ROOT / "test-artifacts"
BUILD_TEST = os.environ.get("REVIEWER_BUILD_TEST") == "1"


def test_the_launcher_sends_commands_to_the_cli_and_the_rest_to_the_window():
    assert wants_cli(["import", "texte.pdf"]) and wants_cli(["search", "CNIL"])
    assert wants_cli(["--version"]) and wants_cli(["gui", "--demo"])
    assert not wants_cli([]) and not wants_cli(["--self-test"])
    assert not wants_cli(["/home/moi/bibliothèque"])


def test_package_data_covers_every_runtime_file():
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"][
        "package-data"
    ]["reviewer"]
    shipped = [
        path.relative_to(PACKAGE).as_posix()
        for folder in (PACKAGE / "gui" / "resources", PACKAGE / "gui" / "translations")
        for path in folder.rglob("*")
        if path.is_file()
    ]
    assert shipped
    assert [name for name in shipped if not any(fnmatch.fnmatch(name, p) for p in patterns)] == []


def test_the_icon_loads_at_every_size_from_the_package(qapp):
    assert str(icon_path(16)).startswith(str(Path(reviewer.__file__).parent))
    icon = app_icon()
    assert {size.width() for size in icon.availableSizes()} == set(ICON_SIZES)
    assert not icon.pixmap(QSize(48, 48)).isNull()


@pytest.mark.parametrize("size", [16, 64, 512])
def test_the_icon_pngs_are_rendered_from_the_svg(qapp, size):
    """After editing the SVG: `QT_QPA_PLATFORM=offscreen .venv/bin/python -m scripts.make_icons`."""
    expected = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    expected.fill(Qt.GlobalColor.transparent)
    painter = QPainter(expected)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(RESOURCES / "icons" / "reviewer.svg")).render(painter)
    painter.end()
    shipped = QImage(str(icon_path(size))).convertToFormat(expected.format())
    assert shipped.size() == expected.size()
    differences = [
        abs(shipped.pixelColor(x, y).red() - expected.pixelColor(x, y).red())
        for x in range(0, size, max(1, size // 32))
        for y in range(0, size, max(1, size // 32))
    ]
    assert sum(differences) / len(differences) < 4  # antialiasing may differ between Qts


def test_the_windows_icon_holds_every_size(qapp):
    reader = QImageReader(str(RESOURCES / "icons" / "reviewer.ico"))
    sizes = set()
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        sizes.add(reader.read().width())
    assert sizes == {16, 24, 32, 48, 64, 128, 256}


def test_the_stylesheet_follows_the_system_colour_scheme(qapp):
    light, dark = stylesheet(Qt.ColorScheme.Light), stylesheet(Qt.ColorScheme.Dark)
    assert "#welcomeTitle" in light and "#welcomeTitle" in dark and light != dark
    theme = install_theme(qapp)
    hints = QApplication.styleHints()
    try:
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert qapp.styleSheet() == dark
        assert qapp.palette().window().color().lightness() < 128
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert qapp.styleSheet() == light
        assert qapp.palette().window().color().lightness() > 128
    finally:
        theme.apply(hints.colorScheme())


def test_the_desktop_file_is_well_formed():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(DESKTOP, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Icon"] == DESKTOP_ID
    assert desktop["Exec"].split()[0] == "reviewer-gui"
    assert desktop["Categories"].endswith(";") and "Office" in desktop["Categories"]
    assert desktop["Comment[fr]"]
    validator = shutil.which("desktop-file-validate")
    if validator:
        done = subprocess.run([validator, DESKTOP], capture_output=True, text=True, check=False)
        assert done.returncode == 0 and not done.stdout.strip(), done.stdout


def test_the_metainfo_is_well_formed():
    component = ET.parse(METAINFO).getroot()
    assert component.tag == "component" and component.get("type") == "desktop-application"
    assert component.findtext("id") == DESKTOP_ID
    assert component.findtext("project_license") == "AGPL-3.0-or-later"
    assert component.findtext("launchable") == DESKTOP.name
    assert component.find("releases/release").get("version") == reviewer.__version__
    validator = shutil.which("appstreamcli")
    if validator:
        command = [validator, "validate", "--no-net", "--pedantic", METAINFO]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stdout


def run(
    *command: object, timeout: int = 120, language: str = "en"
) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANGUAGE": language}
    return subprocess.run(
        [str(part) for part in command],
        capture_output=True,
        text=True,
        env=environment,
        timeout=timeout,
        check=True,
    )


def folder_size(folder: Path) -> int:
    files = (path for path in folder.rglob("*") if path.is_file() and not path.is_symlink())
    return sum(path.stat().st_size for path in files)


@pytest.mark.slow
@pytest.mark.skipif(not BUILD_TEST, reason="builds the frozen program: set REVIEWER_BUILD_TEST=1")
def test_the_frozen_program_imports_searches_and_opens_its_window(tmp_path: Path):
    pyinstaller = Path(sys.executable).parent / "pyinstaller"
    assert pyinstaller.exists(), "install it first: .venv/bin/pip install -e '.[build]'"
    dist, work = tmp_path / "dist", tmp_path / "work"
    build = [pyinstaller, "build.spec", "--noconfirm", "--distpath", dist, "--workpath", work]
    subprocess.run(build, cwd=ROOT, capture_output=True, check=True, timeout=1800)
    bundle = dist / "reviewer"
    program = bundle / "reviewer"
    library = tmp_path / "library"
    pdf = write_test_pdf(
        tmp_path / "projet.pdf",
        ["Article premier\n\nLa vidéoprotection est encadrée par la CNIL."],
        title="Projet de loi",
    )

    assert "imported" in run(program, "import", "--library", library, pdf).stdout
    # The core's messages in French travel too (reviewer/core/translations).
    again = run(program, "import", "--library", library, pdf, language="fr").stdout
    assert "1 déjà présent" in again, again
    found = json.loads(
        run(program, "search", "--library", library, "vidéoprotection", "--json").stdout
    )
    assert found["total"] == 1 and found["results"][0]["title"] == "Projet de loi"
    launched = time.time()
    report = json.loads(run(program, "--self-test", library).stdout.strip().splitlines()[-1])
    assert report["ok"] and report["documents"] == 1, report
    assert list(bundle.rglob("pymupdf-*.dist-info/COPYING")), "PyMuPDF's licence must travel"

    figures = {
        "bundle_mb": round(folder_size(bundle) / 1e6, 1),
        "first_paint_ms": round((report["painted"] - launched) * 1000),
        "main_window_ms": round((report["ready"] - launched) * 1000),
        "first_page_ms": round((report["rendered"] - launched) * 1000),
    }
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "frozen-build.json").write_text(json.dumps(figures, indent=2))
    print(f"\nfrozen build: {figures}")
