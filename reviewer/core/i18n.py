"""The language of the messages made outside the window's widgets: errors, import outcomes,
warnings and the CLI's output, in French or English.

The templates are English, in the code, with named values: `tr("no document {id}", id=3)`,
`trn("{n} file", "{n} files", n)`. The French catalogue is `translations/fr.po`, next to
this module: a standard gettext file (Poedit and msgfmt read it; plural forms have their own
entries), read by the small loader below, so no compiled file needs to be kept in step. The
window's own strings are Qt's (reviewer.gui.i18n), which also sets this language when the
user switches, so a core error shows in the language of the window around it.

The language is process-wide: the one set (from the user's settings, or by the window),
else the system locale's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), French when unsure.
"""

from __future__ import annotations

import ast
import os
from collections.abc import Mapping
from functools import cache
from pathlib import Path

LANGUAGES = ("fr", "en")
SOURCE_LANGUAGE = "en"
FALLBACK_LANGUAGE = "fr"  # French first: a system that does not say gets French
TRANSLATIONS = Path(__file__).resolve().parent / "translations"
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
_chosen = {"language": ""}  # "" = follow the system locale

Entry = str | tuple[str, ...]  # a translation, or the forms of a plural one


def set_language(code: str | None) -> str:
    """Use `code` ("fr" or "en") from now on; None or anything else follows the system."""
    _chosen["language"] = code if code in LANGUAGES else ""
    return language()


def language() -> str:
    return _chosen["language"] or system_language()


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The language the locale variables name, as gettext reads them; French when unsure."""
    environ = os.environ if environ is None else environ
    for variable in LOCALE_VARIABLES:
        value = environ.get(variable, "")
        if not value:
            continue
        for name in value.split(":"):  # LANGUAGE is a list, by preference
            code = name.split("_")[0].split(".")[0].lower()
            if code in LANGUAGES:
                return code
        return FALLBACK_LANGUAGE  # C, POSIX or a language we do not have
    return FALLBACK_LANGUAGE


def N_(template: str) -> str:
    """Mark a template kept in a constant, translated where it is used: `tr(CONSTANT)`."""
    return template


def tr(template: str, /, **values: object) -> str:
    """The message `template` (English, with {named} values) in the current language."""
    entry = catalogue(language()).get(template)
    text = entry if isinstance(entry, str) else template
    return text.format(**values)


def trn(singular: str, plural: str, n: int, /, **values: object) -> str:
    """The singular or plural form for `n` in the current language; `{n}` is `n`."""
    code = language()
    entry = catalogue(code).get(singular)
    forms = entry if isinstance(entry, tuple) else (singular, plural)
    # French puts 0 and 1 in the singular ("0 fichier"), English only 1.
    one = n in (0, 1) if code == "fr" else n == 1
    return forms[0 if one else 1].format(n=n, **values)


@cache
def catalogue(code: str) -> dict[str, Entry]:
    """The translations of a language; the source language needs none."""
    path = TRANSLATIONS / f"{code}.po"
    if code == SOURCE_LANGUAGE or not path.is_file():
        return {}
    return read_po(path.read_text(encoding="utf-8"))


def read_po(text: str) -> dict[str, Entry]:
    """The translated entries of a .po file: msgid → msgstr, or → (msgstr[0], msgstr[1]…)."""
    entries: dict[str, Entry] = {}
    for block in text.split("\n\n"):
        fields = po_fields(block)
        source = fields.get("msgid", "")
        if not source:  # the header
            continue
        forms = tuple(value for key, value in sorted(fields.items()) if key.startswith("msgstr["))
        if forms and all(forms):
            entries[source] = forms
        elif fields.get("msgstr"):
            entries[source] = fields["msgstr"]
    return entries


def po_fields(block: str) -> dict[str, str]:
    """`msgid "a" "b"` → {"msgid": "ab"}; comments skipped. PO escapes are Python's."""
    fields: dict[str, str] = {}
    key = ""
    for line in block.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if not line.startswith('"'):
            key, _, line = line.partition(" ")
            fields[key] = ""
        fields[key] += ast.literal_eval(line)
    return fields
