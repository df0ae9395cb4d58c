"""Errors a user can see. Each message says what is wrong and, where it can, what to do."""

from __future__ import annotations

from reviewer.core.i18n import tr


class ReviewerError(Exception):
    """Base of every error the program reports to the user instead of a traceback."""


class UnreadableDocument(ReviewerError):
    """A file cannot be opened as a document (damaged, empty, unsupported)."""


class PasswordRequired(UnreadableDocument):
    """The document is encrypted and no (or a wrong) password was given."""

    def __init__(self, message: str, *, wrong_password: bool = False) -> None:
        super().__init__(message)
        self.wrong_password = wrong_password


class QuerySyntaxError(ReviewerError):
    """A search query cannot be understood."""


class NotFound(ReviewerError):
    """A document, annotation or tag named by the user does not exist."""


class Ambiguous(ReviewerError):
    """A reference matches more than one document."""


class LibraryError(ReviewerError):
    """The library folder or database cannot be used (too new, read-only, damaged)."""


class DamagedDatabase(LibraryError):
    """SQLite finds the library database malformed, or not a database at all."""

    def __init__(self, path: object, why: object) -> None:
        super().__init__(
            tr(
                "the library database {path} cannot be used, it is damaged ({why}): copy the "
                "library folder as it is to keep it, check the disk, then put your last backup "
                "back with `reviewer restore BACKUP --library FOLDER` (what is there is moved "
                "aside, never deleted)",
                path=path,
                why=why,
            )
        )
        self.why = why


def database_failure(path: object, error: Exception) -> LibraryError:
    """What to tell the user when SQLite cannot read the library database."""
    if getattr(error, "sqlite_errorname", "").startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return DamagedDatabase(path, error)
    return LibraryError(
        tr(
            "the library database {path} cannot be used ({error}): check the disk, then try again",
            path=path,
            error=error,
        )
    )


class Cancelled(ReviewerError):
    """The user cancelled a long task."""


class NotACopy(ReviewerError):
    """A PDF whose annotations were to come in is not a copy of the document (its text
    differs): its annotations can come in only as new ones, when the user says so."""
