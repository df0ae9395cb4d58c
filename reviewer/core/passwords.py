"""Encrypted files at import: which outcomes ask for a password, and how many tries.

The CLI (a terminal prompt) and the GUI (a dialog) ask in their own way; what an
outcome means and how often to ask is decided here, once.
"""

from __future__ import annotations

from reviewer.core.records import ImportOutcome, ImportStatus

PASSWORD_TRIES = 3
# How the import words a missing and a wrong password (reviewer.pdf.reader).
ENCRYPTED, WRONG_PASSWORD = "the file is encrypted", "wrong password"


def needs_password(outcome: ImportOutcome) -> bool:
    """The file failed for want of a password (none was given)."""
    return outcome.status is ImportStatus.FAILED and outcome.message.startswith(ENCRYPTED)


def wrong_password(outcome: ImportOutcome) -> bool:
    return outcome.status is ImportStatus.FAILED and outcome.message.startswith(WRONG_PASSWORD)
