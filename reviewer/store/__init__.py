"""The storage floor: the only package that imports sqlite-utils."""

from reviewer.store.store import PendingKey, Store, now

__all__ = ["PendingKey", "Store", "now"]
