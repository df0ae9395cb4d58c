"""What one action changed, by id: panels refresh just that (as Anki's `OpChanges`).

The facade builds one `Changes` per write action and hands it to its listeners once the
action's transaction has committed; the window forwards it to the panels that subscribed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    """Ids of what an action added, changed or removed.

    `documents`: documents whose row, pages or annotation count changed; `annotations`:
    annotation ids; `tags`: tag names (a renamed tag lists both names). `document_list`
    is set when documents were added or removed, so a list of documents must be re-read.
    A position set or cleared lists its amendment in `documents`; `position_labels` is set
    when the library's list of position labels changed.
    """

    documents: frozenset[int] = frozenset()
    annotations: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()
    document_list: bool = False
    position_labels: bool = False

    @classmethod
    def of(
        cls,
        *,
        documents: Iterable[int] = (),
        annotations: Iterable[str] = (),
        tags: Iterable[str] = (),
        document_list: bool = False,
        position_labels: bool = False,
    ) -> Changes:
        return cls(
            frozenset(documents),
            frozenset(annotations),
            frozenset(tags),
            document_list,
            position_labels,
        )

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.documents | other.documents,
            self.annotations | other.annotations,
            self.tags | other.tags,
            self.document_list or other.document_list,
            self.position_labels or other.position_labels,
        )

    def __bool__(self) -> bool:
        return bool(
            self.documents
            or self.annotations
            or self.tags
            or self.document_list
            or self.position_labels
        )


NOTHING = Changes()

ChangeListener = Callable[[Changes], None]
