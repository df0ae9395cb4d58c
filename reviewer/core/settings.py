"""The user's settings: who signs the reports, for whom, and how the program looks.

Per user, not per library: the same assistant signs the reports of every library. The
record and its rules live here (Qt-free); reviewer.library.settings reads and writes the
file, and the facade hands the record to the CLI and the window.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace

from reviewer.core.errors import ReviewerError
from reviewer.core.i18n import LANGUAGES, tr

THEMES = ("system", "light", "dark")
CHOICES = {"language": LANGUAGES, "theme": THEMES}


@dataclass(frozen=True)
class Settings:
    author: str = ""  # who signs the reports and the new annotations; "" = the login name
    initials: str = ""
    addressee: str = ""  # "Mme la députée …": the report is "à l'attention de" them
    mark: str = ""  # "Confidentiel — ne pas diffuser", on the title page and each page
    export_folder: str = ""  # where reports are proposed to go; "" = the current folder
    language: str = "fr"
    theme: str = "system"
    # Who signs drafted amendments: names one a line or separated by ";"; "" = the author.
    signatories: str = ""
    problem: str = field(default="", compare=False)  # why the saved file was not (all) read

    def with_value(self, key: str, value: str) -> Settings:
        """The settings with one of them changed; a clear message for a wrong key or value."""
        return replace(self, **{key: checked(key, value)})


def names(text: str) -> tuple[str, ...]:
    """The names of a list typed one a line or separated by semicolons."""
    return tuple(name.strip() for name in re.split(r"[;\n]", text) if name.strip())


KEYS = tuple(f.name for f in fields(Settings) if f.name != "problem")


def checked(key: str, value: object) -> str:
    """The value, stripped, if `key` may hold it; else a ReviewerError saying why."""
    if key not in KEYS:
        raise ReviewerError(
            tr("unknown setting “{key}”: one of {keys}", key=key, keys=", ".join(KEYS))
        )
    if not isinstance(value, str):
        raise ReviewerError(
            tr("the setting “{key}” is text, not {type}", key=key, type=type(value).__name__)
        )
    value = value.strip()
    allowed = CHOICES.get(key)
    if allowed and value not in allowed:
        raise ReviewerError(
            tr(
                "“{value}” is not a {key}: one of {allowed}",
                value=value,
                key=key,
                allowed=", ".join(allowed),
            )
        )
    return value
