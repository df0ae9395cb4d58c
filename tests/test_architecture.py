"""The floors stay honest: each heavy dependency has one owner, and the code is lint-clean."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "reviewer"
OWNERS = {
    "pymupdf": "pdf",
    "fitz": "pdf",
    "sqlite_utils": "store",
    "whoosh": "search",
    "PySide6": "gui",
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_each_heavy_dependency_is_imported_only_by_its_floor():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        floor = path.relative_to(PACKAGE).parts[0]
        for module in imported_modules(path) & OWNERS.keys():
            if OWNERS[module] != floor:
                offenders.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert offenders == []


def test_core_imports_only_the_standard_library_and_itself():
    allowed = set(sys.stdlib_module_names) | {"reviewer"}
    for path in (PACKAGE / "core").glob("*.py"):
        assert imported_modules(path) <= allowed, path


def test_nothing_but_the_gui_depends_on_qt():
    for path in PACKAGE.rglob("*.py"):
        if path.relative_to(PACKAGE).parts[0] != "gui":
            text = path.read_text(encoding="utf-8")
            assert "reviewer.gui.app" not in text and "PySide6" not in text, path


def test_ruff_finds_nothing():
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or "ruff"
    root = PACKAGE.parent
    result = subprocess.run(
        [ruff, "check", "--quiet", str(root)], capture_output=True, text=True, cwd=root, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
