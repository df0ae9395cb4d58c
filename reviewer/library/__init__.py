"""The library facade over the store, pdf and search floors: the one way in for the window
and the command line, with the records of reviewer.core."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reviewer.library.paths import LibraryLayout, default_library_dir

if TYPE_CHECKING:
    from reviewer.drafting.diff import marked
    from reviewer.export.word import looks_like_word
    from reviewer.library.backup import restore_library
    from reviewer.library.demo import demo_library_dir, ensure_demo_library
    from reviewer.library.facade import Library
    from reviewer.library.settings import (
        chosen_language,
        load_settings,
        save_and_reload,
        settings_path,
        signatory_names,
    )

__all__ = [
    "Library",
    "LibraryLayout",
    "chosen_language",
    "default_library_dir",
    "demo_library_dir",
    "ensure_demo_library",
    "load_settings",
    "looks_like_word",
    "marked",
    "restore_library",
    "save_and_reload",
    "settings_path",
    "signatory_names",
]


def __getattr__(name: str) -> Any:
    # Loaded on first use: the import's reading processes need the light modules of this
    # package (reviewer.library.reading), not the facade with the index and the database;
    # the demo's sample texts and the restore load only for those who ask.
    if name == "Library":
        from reviewer.library.facade import Library as found
    elif name == "restore_library":
        from reviewer.library.backup import restore_library as found
    elif name == "demo_library_dir":
        from reviewer.library.demo import demo_library_dir as found
    elif name == "ensure_demo_library":
        from reviewer.library.demo import ensure_demo_library as found
    elif name == "marked":  # a draft's changes as the command line prints them
        from reviewer.drafting.diff import marked as found
    elif name == "looks_like_word":  # python-docx: only when importing
        from reviewer.export.word import looks_like_word as found
    elif name in {
        "load_settings",
        "save_and_reload",
        "settings_path",
        "chosen_language",
        "signatory_names",
    }:
        # The user's settings: per user, not per library (`reviewer config` opens none).
        from reviewer.library import settings

        found = getattr(settings, name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return found
