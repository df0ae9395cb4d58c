"""Encrypted files at import: which outcomes ask for a password, and how many tries.

The CLI (a terminal prompt) and the GUI (a dialog) ask in their own way; what an
outcome means and how often to ask is decided here, once.
"""

from __future__ import annotations

from reviewer.core.i18n import tr
from reviewer.core.records import ImportOutcome, ImportStatus

PASSWORD_TRIES = 3
# How the import words a missing and a wrong password (reviewer.pdf.reader): the start of its
# message, in the language it was made in (the French catalogue keeps these starts).


def needs_password(outcome: ImportOutcome) -> bool:
    """The file failed for want of a password (none was given)."""
    return outcome.status is ImportStatus.FAILED and outcome.message.startswith(
        tr("the file is encrypted")
    )


def wrong_password(outcome: ImportOutcome) -> bool:
    return outcome.status is ImportStatus.FAILED and outcome.message.startswith(
        tr("wrong password")
    )
