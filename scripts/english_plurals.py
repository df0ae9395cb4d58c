"""Make the English plural catalogue: the GUI's "%n annotation(s)" strings in real English.

The source strings are English, but Qt only picks a singular or a plural from a catalogue:
without one, English showed "1 annotation(s)". This collects the plural messages of
reviewer/gui (`pyside6-lupdate -pluralonly`), writes each one's two English forms from the
"(s)" of its source ("word(s)" -> "word" / "words"), and compiles the .qm beside the French.

    .venv/bin/python -m scripts.english_plurals

tests/gui/test_window_i18n.py checks that the shipped catalogue is current.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "reviewer_en.ts"
QM = ROOT / "reviewer" / "gui" / "translations" / "reviewer_en.qm"
TOOLS = Path(sys.executable).parent
# "entrie(s)" style words whose plural is not the singular plus "s" (and verbs that agree).
_IRREGULAR = {"entrie(s)": ("entry", "entries"), "is/are": ("is", "are"), "it/they": ("it", "they")}
_MARK = re.compile(r"(\w*)\(s\)")


def forms(source: str) -> tuple[str, str]:
    """ "%n word(s) added" -> ("%n word added", "%n words added")."""
    singular, plural = source, source
    for written, (one, many) in _IRREGULAR.items():
        singular, plural = singular.replace(written, one), plural.replace(written, many)
    return _MARK.sub(r"\1", singular), _MARK.sub(r"\1s", plural)


def fill(ts: Path) -> int:
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        one, many = forms(message.findtext("source") or "")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        for text in (one, many):
            ET.SubElement(translation, "numerusform").text = text
        filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def main() -> int:
    sources = sorted(str(path) for path in (ROOT / "reviewer" / "gui").rglob("*.py"))
    TS.unlink(missing_ok=True)
    options = ["-pluralonly", "-locations", "none", "-no-obsolete", "-silent"]
    lupdate = [str(TOOLS / "pyside6-lupdate"), "-extensions", "py", *sources]
    subprocess.run([*lupdate, "-target-language", "en", "-ts", str(TS), *options], check=True)
    count = fill(TS)
    lrelease = [str(TOOLS / "pyside6-lrelease"), "-silent", str(TS), "-qm", str(QM)]
    subprocess.run(lrelease, check=True)
    print(f"{count} plural message(s) in {TS.name}, compiled to {QM.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
