"""The storage floor: the only package that imports sqlite-utils."""

from reviewer.store.store import Store, now

__all__ = ["Store", "now"]
