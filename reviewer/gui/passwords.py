"""The password dialog: at import, for each encrypted file in turn; at opening, once a session.

At import, each password is tried in the background (`Library.import_with_password`), so the window
never waits on a large file; a wrong one is said, and asked again, `PASSWORD_TRIES` times
in all. Cancel skips the file; the other files' outcomes are kept as they were.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from reviewer.core.errors import PasswordRequired, ReviewerError
from reviewer.core.passwords import PASSWORD_TRIES, needs_password, wrong_password
from reviewer.core.records import Document, ImportOutcome, ImportReport
from reviewer.gui.worker import Calls, Task

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


def unlock_document(calls: Calls, document: Document, ask: Ask) -> bool:
    """Whether `document` can be shown, asking for its password if it is encrypted; False
    (and a message) when the user cancels, gives a wrong one thrice, or it cannot be read."""
    try:
        calls.library.unlock(document)
        return True
    except PasswordRequired:
        pass
    except ReviewerError as error:
        calls.failed.emit(str(error))
        return False
    wrong = False
    for _try in range(PASSWORD_TRIES):
        password = ask(document.title, wrong)
        if not password:
            return False
        try:
            calls.library.unlock(document, password)
            return True
        except PasswordRequired as error:
            wrong = error.wrong_password
        except ReviewerError as error:
            calls.failed.emit(str(error))
            return False
    calls.failed.emit(
        QCoreApplication.translate("PasswordPrompts", "Wrong password: the document stays closed.")
    )
    return False
