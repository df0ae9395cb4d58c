"""Declared reads and writes of the facade (as calibre's `@read_api` / `@write_api`).

`@read_api` holds the library lock while the method reads. `@write_api` refuses a
read-only library, holds the lock and runs the method in one transaction; once the
outermost write action is over, the index catches up and the listeners hear the action's
`Changes`, which the method declares with `Actions.changed` as it goes.

A long action (`slow=True`: an import, an export, OCR) must not hold the lock throughout,
or the window would wait on it: it takes the lock for each step itself, and a long write
commits its steps with `Actions.transaction()`.

The decorated methods' object keeps its `Actions` in the attribute `_actions`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from functools import wraps
from typing import Any, TypeVar

from reviewer.core.changes import NOTHING, ChangeListener, Changes

READ, WRITE = "read", "write"
_DECLARED = "__api__"  # the attribute that says how a method is declared

F = TypeVar("F", bound=Callable[..., Any])


class _Action(threading.local):
    """The write action under way on one thread: how deeply nested, and what it changed."""

    def __init__(self) -> None:
        self.depth = 0
        self.in_transaction = False
        self.pending = NOTHING  # declared inside the open transaction: kept if it commits
        self.committed = NOTHING  # what listeners will hear when the action ends
        self.wrote = False  # a transaction of the action committed: the index has to catch up


class Actions:
    """A library's write actions: its lock, the check that it may write, its transactions,
    the index catching up after each action, and who listens to the actions' Changes."""

    def __init__(
        self,
        lock: threading.RLock,
        *,
        check_writable: Callable[[], None],
        begin: Callable[[], AbstractContextManager[object]],
        catch_up: Callable[[], None],
    ) -> None:
        self.lock = lock
        self._check_writable = check_writable
        self._begin = begin
        self._catch_up = catch_up
        self._action = _Action()
        self._listeners: list[ChangeListener] = []

    def subscribe(self, listener: ChangeListener) -> Callable[[], None]:
        """Hear every write action's Changes; returns the function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """The lock and one transaction, unless this thread is inside one already; what is
        declared `changed` inside counts only if the transaction commits."""
        action = self._action
        if action.in_transaction:
            yield
            return
        with self.lock, self._begin():
            action.in_transaction, action.pending = True, NOTHING
            try:
                yield
            finally:
                action.in_transaction = False
        action.committed, action.pending = action.committed | action.pending, NOTHING
        action.wrote = True

    def changed(self, changes: Changes) -> None:
        """Declare what the current write action changed (ids of documents, annotations...)."""
        action = self._action
        if action.in_transaction:
            action.pending |= changes
        else:  # a long action's step that has committed already
            action.committed |= changes

    def write(self, run: Callable[[], Any], *, slow: bool) -> Any:
        """Run one write action (or a step of the action under way on this thread)."""
        self._check_writable()
        action = self._action
        action.depth += 1
        try:
            if slow:
                return run()
            with self.transaction():
                return run()
        finally:
            action.depth -= 1
            if action.depth == 0:
                self._finish()

    def _finish(self) -> None:
        """The outermost action is over, done or failed: the index catches up on what its
        transactions committed (a long action that indexes its own work, as an import, has
        none), and what it committed is told, even if the index could not catch up."""
        action = self._action
        changes, action.committed, action.pending = action.committed, NOTHING, NOTHING
        wrote, action.wrote = action.wrote, False
        try:
            if wrote:
                self._catch_up()
        finally:
            if changes:
                for listener in list(self._listeners):
                    listener(changes)


def read_api(method: F | None = None, *, slow: bool = False) -> Any:
    """Declare a read; it holds the library lock unless `slow` (it then locks each step)."""

    def decorate(method: F) -> F:
        if slow:
            declared = method
        else:

            @wraps(method)
            def declared(self: Any, *args: Any, **kwargs: Any) -> Any:
                with self._actions.lock:
                    return method(self, *args, **kwargs)

        setattr(declared, _DECLARED, READ)
        return declared  # type: ignore[return-value]

    return decorate(method) if method is not None else decorate


def write_api(method: F | None = None, *, slow: bool = False) -> Any:
    """Declare a write action: one transaction (or, if `slow`, one per step), then the index
    catches up and the action's Changes are published."""

    def decorate(method: F) -> F:
        @wraps(method)
        def declared(self: Any, *args: Any, **kwargs: Any) -> Any:
            return self._actions.write(lambda: method(self, *args, **kwargs), slow=slow)

        setattr(declared, _DECLARED, WRITE)
        return declared  # type: ignore[return-value]

    return decorate(method) if method is not None else decorate


def declaration(method: object) -> str | None:
    """READ, WRITE, or None for a method declared neither way."""
    return getattr(method, _DECLARED, None)
