"""The library facade over the store, pdf and search floors."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reviewer.library.paths import default_library_dir

if TYPE_CHECKING:
    from reviewer.library.facade import Library

__all__ = ["Library", "default_library_dir"]


def __getattr__(name: str) -> Any:
    # Loaded on first use: the import's reading processes need the light modules of this
    # package (reviewer.library.reading), not the facade with the index and the database.
    if name == "Library":
        from reviewer.library.facade import Library

        return Library
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
