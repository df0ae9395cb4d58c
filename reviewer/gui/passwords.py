"""The password dialog: at import, for each encrypted file in turn; at opening, once a session.

At import, each password is tried in the background (`Library.import_with_password`), so the window
never waits on a large file; a wrong one is said, and asked again, `PASSWORD_TRIES` times
in all. Cancel skips the file; the other files' outcomes are kept as they were.

At opening, the page view's render thread finds out that the file needs a password (it
opens the file there anyway); the window asks, and `DocumentUnlock` tries each password in
the background as well. Cancel, or a wrong one thrice, closes the document.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from reviewer.core.errors import PasswordRequired
from reviewer.core.passwords import PASSWORD_TRIES, needs_password, wrong_password
from reviewer.core.records import Document, ImportOutcome, ImportReport
from reviewer.gui.worker import Calls, Task
from reviewer.library import Library

# Asks for a file's password: given the file name and whether the last one was wrong;
# None when the user cancels.
Ask = Callable[[str, bool], "str | None"]


class PasswordPrompts(QObject):
    """Asks for the passwords of a report's encrypted files; `done` gives the new report."""

    done = Signal(object)  # ImportReport
    tried = Signal(object)  # the Task that tries a password, for the progress bar

    def __init__(self, calls: Calls, report: ImportReport, parent: QWidget) -> None:
        super().__init__(parent)
        self.calls = calls
        self.report = report
        self.ask: Ask = self._dialog
        self._waiting = [i for i, o in enumerate(report.outcomes) if needs_password(o)]
        self._tries = 0

    @staticmethod
    def wanted(report: ImportReport) -> bool:
        return any(needs_password(outcome) for outcome in report.outcomes)

    def start(self) -> None:
        self._next(wrong=False)

    def _next(self, *, wrong: bool) -> None:
        if not self._waiting:
            self.done.emit(self.report)
            return
        outcome = self.report.outcomes[self._waiting[0]]
        password = self.ask(Path(outcome.path).name, wrong)
        if not password:  # Cancel: this file stays as it was, the others go on.
            self._skip()
            return
        self._tries += 1
        task = Task(lambda library, _p, _c: library.import_with_password(outcome, password))
        task.finished.connect(self._tried)
        task.failed.connect(lambda _message: self._skip())
        self.tried.emit(task)
        self.calls.start(task)

    def _tried(self, outcome: ImportOutcome) -> None:
        self._keep(outcome)
        if wrong_password(outcome) and self._tries < PASSWORD_TRIES:
            self._next(wrong=True)
        else:
            self._skip()

    def _keep(self, outcome: ImportOutcome) -> None:
        outcomes = list(self.report.outcomes)
        outcomes[self._waiting[0]] = outcome
        self.report = replace(self.report, outcomes=tuple(outcomes))

    def _skip(self) -> None:
        self._waiting.pop(0)
        self._tries = 0
        self._next(wrong=False)

    def _dialog(self, name: str, wrong: bool) -> str | None:
        return ask_password(self.parent(), name, wrong)


def ask_password(parent: QWidget | None, name: str, wrong: bool) -> str | None:
    """The password the user types for the file `name`; None on Cancel."""
    label = QCoreApplication.translate(
        "PasswordPrompts", "“%1” is encrypted. Its password:"
    ).replace("%1", name)
    if wrong:
        label = (
            QCoreApplication.translate("PasswordPrompts", "Wrong password. Try again:")
            + "\n"
            + label
        )
    password, accepted = QInputDialog.getText(
        parent,
        QCoreApplication.translate("PasswordPrompts", "Password"),
        label,
        QLineEdit.EchoMode.Password,
    )
    return password if accepted else None


def try_password(library: Library, document: Document, password: str) -> bool:
    """Whether the password opens the document (remembered then for this session)."""
    try:
        library.unlock(document, password)
    except PasswordRequired:
        return False
    return True


class DocumentUnlock(QObject):
    """The password of a document the page view could not open without one: asked here,
    on the GUI thread, and tried in the background (a big file takes a while to open),
    `PASSWORD_TRIES` times at most. `unlocked` when one opens it; `refused` on Cancel,
    after the last wrong one (said) or when the file cannot be read (said)."""

    unlocked = Signal(object)  # Document
    refused = Signal(object)  # Document

    def __init__(self, calls: Calls, ask: Ask, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.calls = calls
        self.ask = ask
        self.document: Document | None = None
        self._tries = 0

    def start(self, document: Document) -> None:
        self.document = document
        self._tries = 0
        self._next(wrong=False)

    def _next(self, *, wrong: bool) -> None:
        document = self.document
        if document is None:
            return
        password = self.ask(document.title, wrong)
        if not password:
            self._give_up("")
            return
        self._tries += 1
        task = Task(lambda library, _p, _c: try_password(library, document, password))
        task.finished.connect(lambda opened: self._tried(document, opened))
        task.failed.connect(self._give_up)
        self.calls.read(task)

    def _tried(self, document: Document, opened: bool) -> None:
        if document is not self.document:  # Another document was opened meanwhile.
            return
        if opened:
            self.document = None
            self.unlocked.emit(document)
        elif self._tries < PASSWORD_TRIES:
            self._next(wrong=True)
        else:
            self._give_up(
                QCoreApplication.translate(
                    "PasswordPrompts", "Wrong password: the document stays closed."
                )
            )

    def _give_up(self, message: str) -> None:
        document, self.document = self.document, None
        if message:
            self.calls.failed.emit(message)
        if document is not None:
            self.refused.emit(document)

    def forget(self) -> None:
        """The document is closed: an answer still on its way is not for it."""
        self.document = None
