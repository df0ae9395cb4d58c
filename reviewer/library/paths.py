"""Where a library lives and how its folder is laid out."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from reviewer.core.errors import LibraryError
from reviewer.core.i18n import tr

APP_NAME = "reviewer"
LIBRARY_ENV = "REVIEWER_LIBRARY"


def default_library_dir() -> Path:
    """`REVIEWER_LIBRARY`, else the platform's user data folder."""
    configured = os.environ.get(LIBRARY_ENV)
    if configured:
        return Path(configured).expanduser()
    import platformdirs  # Deferred: only needed when no library is named.

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "library"


@dataclass(frozen=True)
class LibraryLayout:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "library.db"

    @property
    def files(self) -> Path:
        """Originals, content-addressed: files/ab/<sha256><suffix>."""
        return self.root / "files"

    @property
    def pdfs(self) -> Path:
        """PDFs made from non-PDF originals: pdfs/ab/<sha256>.pdf."""
        return self.root / "pdfs"

    @property
    def index(self) -> Path:
        return self.root / "index"

    @property
    def lock(self) -> Path:
        return self.root / "writer.lock"

    def create(self) -> None:
        """Make the folders, and check now that they can be written, not mid-action."""
        try:
            # 0o700: drafts are confidential, even on a shared machine.
            for folder in (self.root, self.files, self.pdfs):
                folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            with tempfile.TemporaryFile(dir=self.root):
                pass
        except OSError as error:
            raise LibraryError(
                tr(
                    "the library folder {root} cannot be written ({strerror}): make it "
                    "writable, or copy the library to a folder you can write to and open that",
                    root=self.root,
                    strerror=error.strerror,
                )
            ) from error
