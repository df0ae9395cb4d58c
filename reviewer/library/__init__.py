"""The library facade over the store, pdf and search floors."""

from reviewer.library.facade import Library
from reviewer.library.paths import default_library_dir

__all__ = ["Library", "default_library_dir"]
