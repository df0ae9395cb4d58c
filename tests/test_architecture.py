"""The floors stay honest: each heavy dependency has one owner, the window and the command
line come in by the facade only, no module imports itself round a cycle, every action of
the facade is declared a read or a write, and the code is lint-clean."""

from __future__ import annotations

import ast
import inspect
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
        reviewer = {m for m in reviewer_imports(path, type_checking=True) if m != "reviewer"}
        assert all(m.startswith("reviewer.core") for m in reviewer), (path, reviewer)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def reviewer_imports(path: Path, *, type_checking: bool) -> set[str]:
    """The reviewer modules a file imports, at any level (in functions too); what it imports
    under `if TYPE_CHECKING:` only if `type_checking`. `from package import name` counts
    as importing the submodule when `name` is one, else the package."""
    modules = {module_name(p) for p in PACKAGE.rglob("*.py")}
    here = module_name(path)
    package = here if path.name == "__init__.py" else here.rpartition(".")[0]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _type_checking(child) and not type_checking:
                for other in child.orelse:
                    visit_node(other)
            else:
                visit_node(child)

    def visit_node(node: ast.AST) -> None:
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1])
                base = f"{parent}.{base}" if base else parent
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                found.add(submodule if submodule in modules else base)
        visit(node)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return {m for m in found if m.split(".")[0] == "reviewer" and m != here}


def test_the_window_and_the_command_line_come_in_by_the_facade_only():
    offenders = []
    # `reviewer gui` starts the window: the command line may import the gui package itself.
    also = {"gui": set(), "cli": {"reviewer.gui"}}
    for layer in ("gui", "cli"):
        own = f"reviewer.{layer}"
        for path in (PACKAGE / layer).rglob("*.py"):
            for module in reviewer_imports(path, type_checking=True):
                allowed = (
                    module in {"reviewer", "reviewer.library", own, *also[layer]}
                    or module.startswith(("reviewer.core.", f"{own}."))
                    or module == "reviewer.core"
                )
                if not allowed:
                    offenders.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert offenders == []


def import_cycles() -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    graph = {
        module_name(path): reviewer_imports(path, type_checking=False)
        for path in PACKAGE.rglob("*.py")
    }
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def connect(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for other in graph.get(module, ()):
            if other not in graph:
                continue
            if other not in index:
                connect(other)
                low[module] = min(low[module], low[other])
            elif other in stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            component = []
            while True:
                top = stack.pop()
                component.append(top)
                if top == module:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for module in graph:
        if module not in index:
            connect(module)
    return cycles


def test_no_module_imports_itself_round_a_cycle():
    assert import_cycles() == []


def test_every_reviewer_module_imported_exists():
    """Else the graph above would miss its edges."""
    modules = {module_name(path) for path in PACKAGE.rglob("*.py")}
    missing = [
        f"{path.relative_to(PACKAGE)} imports {module}"
        for path in PACKAGE.rglob("*.py")
        for module in reviewer_imports(path, type_checking=True)
        if module not in modules
    ]
    assert missing == []


def test_the_cycle_finder_finds_a_cycle(tmp_path: Path, monkeypatch):
    package = tmp_path / "reviewer"
    (package / "floor").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "floor" / "__init__.py").write_text("")
    (package / "floor" / "a.py").write_text("def f():\n    from reviewer.floor import b\n")
    (package / "floor" / "b.py").write_text("from reviewer.floor.a import f\n")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", package)
    assert import_cycles() == [["reviewer.floor.a", "reviewer.floor.b"]]


def test_every_action_of_the_facade_is_declared_a_read_or_a_write():
    from reviewer.library import Library
    from reviewer.library.api import READ, WRITE, declaration

    public = [
        name
        for name, method in inspect.getmembers(Library, inspect.isfunction)
        if not name.startswith("_") and name != "close"  # closing ends the actions
    ]
    assert "annotate" in public and "documents" in public
    undeclared = [
        name for name in public if declaration(getattr(Library, name)) not in {READ, WRITE}
    ]
    assert undeclared == []


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
