"""Collect the message templates of reviewer/ and check the French catalogue against them.

A template is the literal first argument of `tr`, the two of `trn` and the one of `N_`
(reviewer.core.i18n), in a module that imports them. An f-string there is an error: its
values would be in the text looked up, so no translation would ever match.

    .venv/bin/python -m scripts.messages            # what is missing or wrong
    .venv/bin/python -m scripts.messages --update   # append the missing ones, to translate

tests/core/test_i18n.py runs the check.
"""

from __future__ import annotations

import ast
import string
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from reviewer.core.i18n import TRANSLATIONS, po_fields, read_po

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "reviewer"
FUNCTIONS = {"tr": 1, "trn": 2, "N_": 1}  # how many leading arguments are templates


@dataclass(frozen=True)
class Template:
    where: str  # "reviewer/core/settings.py:42"
    text: str
    plural: str | None = None  # trn's plural form


@dataclass(frozen=True)
class Misuse:
    where: str
    why: str


def templates_in(source: str, where: str) -> Iterator[Template | Misuse]:
    """The templates of one module, and each f-string (or other misuse) given instead."""
    tree = ast.parse(source)
    names = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module == "reviewer.core.i18n"
        for alias in node.names
        if alias.name in FUNCTIONS
    }
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        if node.func.id not in names:
            continue
        at = f"{where}:{node.lineno}"
        literals = node.args[: FUNCTIONS[node.func.id]]
        if any(isinstance(arg, ast.JoinedStr) for arg in literals):
            yield Misuse(at, "an f-string: pass the values as named arguments")
        elif all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in literals):
            plural = literals[1].value if node.func.id == "trn" else None
            yield Template(at, literals[0].value, plural)
            if node.func.id != "N_" and (lacking := _lacking(node, literals)):
                yield Misuse(at, f"no value given for {', '.join(sorted(lacking))}")
        elif node.func.id != "tr" or len(literals) != 1:  # tr(CONSTANT) is N_'s other half
            yield Misuse(at, "the template is not a literal string")


def _lacking(call: ast.Call, literals: list[ast.expr]) -> set[str]:
    """The template's values the call does not give: formatting would fail on them."""
    if any(keyword.arg is None for keyword in call.keywords):  # **values: cannot tell
        return set()
    given = {keyword.arg for keyword in call.keywords} | ({"n"} if len(literals) == 2 else set())
    return set().union(*(fields(arg.value) for arg in literals)) - given


def collect(package: Path = PACKAGE) -> list[Template | Misuse]:
    found: list[Template | Misuse] = []
    for path in sorted(package.rglob("*.py")):
        where = str(path.relative_to(package.parent))
        found.extend(templates_in(path.read_text(encoding="utf-8"), where))
    return found


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def problems(found: list[Template | Misuse], catalogue: dict[str, object]) -> list[str]:
    """What is wrong, one line each: misuses, templates not translated, values that differ."""
    said = [f"{item.where}: {item.why}" for item in found if isinstance(item, Misuse)]
    for item in (t for t in found if isinstance(t, Template)):
        entry = catalogue.get(item.text)
        if entry is None:
            said.append(f"{item.where}: not in the French catalogue: {item.text!r}")
            continue
        if item.plural is None:
            if not isinstance(entry, str):
                said.append(f"{item.where}: translated as a plural: {item.text!r}")
            elif fields(entry) != fields(item.text):
                said.append(f"{item.where}: other values in French: {item.text!r}")
            continue
        if not isinstance(entry, tuple) or len(entry) != 2:
            said.append(f"{item.where}: needs a singular and a plural in French: {item.text!r}")
        elif fields(entry[1]) != fields(item.plural) or not fields(entry[0]) <= fields(item.plural):
            said.append(f"{item.where}: other values in French: {item.text!r}")
    return said


def po_entry(item: Template) -> str:
    def quoted(text: str) -> str:
        escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return f'"{escaped}"'

    lines = [f"#: {item.where.rsplit(':', 1)[0]}", f"msgid {quoted(item.text)}"]
    if item.plural is None:
        lines.append('msgstr ""')
    else:
        lines += [f"msgid_plural {quoted(item.plural)}", 'msgstr[0] ""', 'msgstr[1] ""']
    return "\n".join(lines)


def main() -> int:
    path = TRANSLATIONS / "fr.po"
    found = collect()
    text = path.read_text(encoding="utf-8")
    catalogue = read_po(text)
    if "--update" in sys.argv:
        present = {po_fields(block).get("msgid") for block in text.split("\n\n")}
        new = []
        for item in found:
            if isinstance(item, Template) and item.text not in present:
                new.append(po_entry(item))
                present.add(item.text)
        if new:
            path.write_text(text.rstrip("\n") + "\n\n" + "\n\n".join(new) + "\n", encoding="utf-8")
        print(f"{len(new)} new entries in {path}")
        return 0
    said = problems(found, catalogue)
    print("\n".join(said) or "the French catalogue is complete")
    return 1 if said else 0


if __name__ == "__main__":
    sys.exit(main())
