"""Undoable changes to annotations, tags and documents, each a QUndoCommand over the facade.

An edit is done once through `Calls` before its command is pushed, so a refused
edit never enters the stack. Undo and redo call the facade again. The facade tells
what each write changed (`Changes`); `Edits` says when a step ends (`changed`), so the
panels hear the step's changes at once, and hands on the annotations the facade
returned (`saved`), so nobody reads them back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from reviewer.core.amendments import Position
from reviewer.core.records import Annotation, Document, Tag
from reviewer.gui.worker import Calls
from reviewer.library import Library


@dataclass(frozen=True)
class Span:
    """A passage of one page, as the view's selection gives it."""

    page: int
    start: int
    end: int


class LibraryCommand(QUndoCommand):
    """A command already done once: the push's first redo does nothing."""

    def __init__(self, text: str, edits: Edits) -> None:
        super().__init__(text)
        self.edits = edits
        self._pushed = False

    def redo(self) -> None:
        if self._pushed:
            self.apply()
            self.edits.changed.emit(self)
        self._pushed = True

    def undo(self) -> None:
        self.revert()
        self.edits.changed.emit(self)

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class CreateAnnotations(LibraryCommand):
    """New highlights or notes: undo deletes them (tombstones), redo restores them."""

    def __init__(self, text: str, edits: Edits, ids: Sequence[str]) -> None:
        super().__init__(text, edits)
        self.ids = list(ids)

    def apply(self) -> None:
        for annotation_id in self.ids:
            self.edits.write(Library.restore_annotation, annotation_id)

    def revert(self) -> None:
        for annotation_id in self.ids:
            self.edits.write(Library.delete_annotation, annotation_id)


class DeleteAnnotations(CreateAnnotations):
    def apply(self) -> None:
        super().revert()

    def revert(self) -> None:
        super().apply()


class ReviewCarried(LibraryCommand):
    """A decision on a carried annotation (accept, dismiss, re-place): both versions kept whole."""

    def __init__(self, text: str, edits: Edits, before: Annotation, after: Annotation) -> None:
        super().__init__(text, edits)
        self.before = before
        self.after = after

    def apply(self) -> None:
        self.edits.write(Library.revert_carried, self.after)

    def revert(self) -> None:
        self.edits.write(Library.revert_carried, self.before)


class UpdateAnnotation(LibraryCommand):
    """A new colour, note or set of tags: both versions are kept whole."""

    def __init__(self, text: str, edits: Edits, before: Annotation, after: Annotation) -> None:
        super().__init__(text, edits)
        self.before = before
        self.after = after

    def apply(self) -> None:
        self._set(self.after)

    def revert(self) -> None:
        self._set(self.before)

    def _set(self, version: Annotation) -> None:
        self.edits.write(
            Library.update_annotation,
            version.id,
            note=version.note,
            color=version.color,
            tags=version.tags,
        )


@dataclass(frozen=True)
class TagSnapshot:
    """The tags an edit touches: their colours and every annotation carrying them."""

    colors: dict[str, str]
    tags_of: dict[str, tuple[str, ...]]  # annotation id -> its tags

    @classmethod
    def take(cls, calls: Calls, names: Iterable[str]) -> TagSnapshot:
        wanted = {name.casefold() for name in names}
        tags = calls.call(Library.tags) or []
        colors = {tag.name: tag.color for tag in tags if tag.name.casefold() in wanted}
        tags_of: dict[str, tuple[str, ...]] = {}
        for name in colors:
            for annotation in calls.call(Library.annotations, tag=name, include_deleted=True) or []:
                tags_of[annotation.id] = annotation.tags
        return cls(colors, tags_of)


class EditTags(LibraryCommand):
    """Rename, recolour, merge or delete tags; undo puts the snapshot back."""

    def __init__(
        self,
        text: str,
        edits: Edits,
        before: TagSnapshot,
        action: Callable[[], object],
        created: str | None = None,
    ) -> None:
        super().__init__(text, edits)
        self.before = before
        self.action = action
        self.created = created  # a tag name the action brought into being

    def apply(self) -> None:
        self.action()

    def revert(self) -> None:
        calls = self.edits.calls
        calls.act(Library.restore_tags, self.before.colors, dict(self.before.tags_of))
        if self.created is not None:
            # No annotation carries it any more, but the library keeps tags without any.
            calls.act(Library.delete_tag, self.created)


class CreateTag(LibraryCommand):
    """A tag with no annotation yet (the palette's New tag): undo deletes it."""

    def __init__(self, text: str, edits: Edits, tag: Tag) -> None:
        super().__init__(text, edits)
        self.tag = tag

    def apply(self) -> None:
        self.edits.calls.act(Library.create_tag, self.tag.name, color=self.tag.color)

    def revert(self) -> None:
        self.edits.calls.act(Library.delete_tag, self.tag.name)


class EditDocument(LibraryCommand):
    """New title, kind or metadata fields; undo edits the old values back (None: absent)."""

    def __init__(
        self,
        text: str,
        edits: Edits,
        document_id: int,
        before: Mapping[str, object],
        after: Mapping[str, object],
    ) -> None:
        super().__init__(text, edits)
        self.document_id = document_id
        self.before = dict(before)
        self.after = dict(after)

    def apply(self) -> None:
        self.edits.calls.act(Library.edit_document, self.document_id, **self.after)

    def revert(self) -> None:
        self.edits.calls.act(Library.edit_document, self.document_id, **self.before)


class RemoveDocument(LibraryCommand):
    def __init__(self, text: str, edits: Edits, document_id: int) -> None:
        super().__init__(text, edits)
        self.document_id = document_id

    def apply(self) -> None:
        self.edits.calls.act(Library.remove_document, self.document_id)

    def revert(self) -> None:
        self.edits.calls.act(Library.restore_document, self.document_id)


class SetPosition(LibraryCommand):
    """The MP's position on an amendment: undo sets the previous one back, or clears it."""

    def __init__(
        self,
        text: str,
        edits: Edits,
        document_id: int,
        before: Position | None,
        after: Position | None,
    ) -> None:
        super().__init__(text, edits)
        self.document_id = document_id
        self.before = before
        self.after = after

    def apply(self) -> None:
        self._put(self.after)

    def revert(self) -> None:
        self._put(self.before)

    def _put(self, position: Position | None) -> None:
        calls = self.edits.calls
        if position is None:
            calls.act(Library.clear_position, self.document_id)
        else:
            calls.act(Library.set_position, self.document_id, position.label, position.argument)


class Edits(QObject):
    """The user's editing verbs: each one calls the facade, then pushes its undo command."""

    changed = Signal(object)  # the LibraryCommand done, undone or redone (None: not undoable)
    saved = Signal(list)  # the annotations a write returned, as the library now holds them

    def __init__(self, calls: Calls, stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.calls = calls
        self.stack = stack

    def _push(self, command: LibraryCommand) -> None:
        self.stack.push(command)
        self.changed.emit(command)

    def write(self, method: Callable[..., Annotation], *args: object, **kwargs: object) -> bool:
        """An annotation write (in undo or redo): True if it worked; its result is `saved`."""
        written = self.calls.call(method, *args, **kwargs)
        if written is not None:
            self.saved.emit([written])
        return written is not None

    # Annotations

    def highlight(
        self, document_id: int, spans: Sequence[Span], *, color: str, tags: Iterable[str] = ()
    ) -> list[Annotation]:
        """One highlight per span (a selection across pages gives one per page)."""
        made = []
        for span in spans:
            annotation = self.calls.call(
                Library.highlight,
                document_id,
                span.page,
                span.start,
                span.end,
                color=color,
                tags=list(tags),
            )
            if annotation is not None:
                made.append(annotation)
        if made:
            self.saved.emit(made)
            self._push(CreateAnnotations(self.tr("Highlight"), self, [a.id for a in made]))
        return made

    def add_note(
        self, document_id: int, text: str, *, page: int | None = None
    ) -> Annotation | None:
        note = self.calls.call(Library.add_note, document_id, text, page=page)
        if note is not None:
            self.saved.emit([note])
            label = self.tr("Page note") if page else self.tr("Document note")
            self._push(CreateAnnotations(label, self, [note.id]))
        return note

    def delete(self, annotation_ids: Sequence[str]) -> None:
        deleted = [i for i in annotation_ids if self.write(Library.delete_annotation, i)]
        if deleted:
            self._push(DeleteAnnotations(self.tr("Delete annotation"), self, deleted))

    def recolor(self, annotation_id: str, color: str) -> Annotation | None:
        return self._update(self.tr("Change colour"), annotation_id, color=color)

    def set_note(self, annotation_id: str, note: str) -> Annotation | None:
        return self._update(self.tr("Edit note"), annotation_id, note=note)

    def set_tags(self, annotation_id: str, tags: Sequence[str]) -> Annotation | None:
        return self._update(self.tr("Edit tags"), annotation_id, tags=tags)

    def toggle_tag(self, annotation_id: str, name: str) -> Annotation | None:
        """Add the tag, or remove it when the annotation has it already."""
        current = self.calls.call(Library.annotation, annotation_id)
        if current is None:
            return None
        has_it = name.casefold() in {tag.casefold() for tag in current.tags}
        kept = [tag for tag in current.tags if tag.casefold() != name.casefold()]
        tags = kept if has_it else [*current.tags, name]
        text = self.tr("Remove tag “%1”") if has_it else self.tr("Tag “%1”")
        return self._update(text.replace("%1", name), annotation_id, tags=tags, before=current)

    def _update(
        self,
        text: str,
        annotation_id: str,
        *,
        note: str | None = None,
        color: str | None = None,
        tags: Sequence[str] | None = None,
        before: Annotation | None = None,
    ) -> Annotation | None:
        before = before or self.calls.call(Library.annotation, annotation_id)
        if before is None:
            return None
        after = self.calls.call(
            Library.update_annotation, annotation_id, note=note, color=color, tags=tags
        )
        if after is not None:
            self.saved.emit([after])
        if after is not None and _content(after) != _content(before):
            self._push(UpdateAnnotation(text, self, before, after))
        return after

    def review_carried(
        self, text: str, decide: Callable[..., Annotation], annotation_id: str, *args: object
    ) -> Annotation | None:
        """Accept, dismiss or re-place a carried annotation, undoably."""
        before = self.calls.call(Library.annotation, annotation_id)
        after = self.calls.call(decide, annotation_id, *args)
        if after is not None:
            self.saved.emit([after])
        if before is not None and after is not None:
            self._push(ReviewCarried(text, self, before, after))
        return after

    # Tags

    def rename_tag(self, name: str, new_name: str) -> bool:
        created = self._new_tag(new_name)
        text = self.tr("Rename tag “%1”").replace("%1", name)
        return self._edit_tags(
            text,
            [name, new_name],
            lambda: self.calls.act(Library.rename_tag, name, new_name),
            created,
        )

    def recolor_tag(self, name: str, color: str) -> bool:
        text = self.tr("Recolour tag “%1”").replace("%1", name)
        return self._edit_tags(
            text, [name], lambda: self.calls.act(Library.recolor_tag, name, color)
        )

    def merge_tags(self, names: Sequence[str], into: str) -> bool:
        created = self._new_tag(into)
        text = self.tr("Merge tags into “%1”").replace("%1", into)
        return self._edit_tags(
            text, [*names, into], lambda: self.calls.act(Library.merge_tags, names, into), created
        )

    def delete_tag(self, name: str) -> bool:
        text = self.tr("Delete tag “%1”").replace("%1", name)
        return self._edit_tags(text, [name], lambda: self.calls.act(Library.delete_tag, name))

    def create_tag(self, name: str) -> Tag | None:
        """A new, empty tag; None (and a message) if the name is taken or empty."""
        if self._new_tag(name) is None:
            self.calls.failed.emit(self.tr("A tag named “%1” exists already.").replace("%1", name))
            return None
        tag = self.calls.call(Library.create_tag, name)
        if tag is not None:
            self._push(CreateTag(self.tr("New tag “%1”").replace("%1", tag.name), self, tag))
        return tag

    def _new_tag(self, name: str) -> str | None:
        """The name if no tag has it yet: undoing the edit must then delete that tag."""
        existing = {tag.name.casefold() for tag in self.calls.call(Library.tags) or []}
        cleaned = " ".join(name.split())
        return None if cleaned.casefold() in existing else cleaned

    def _edit_tags(
        self,
        text: str,
        names: Sequence[str],
        action: Callable[[], bool],
        created: str | None = None,
    ) -> bool:
        before = TagSnapshot.take(self.calls, names)
        if not action():
            return False
        self._push(EditTags(text, self, before, action, created))
        return True

    # Documents

    def edit_document(self, document_id: int, changes: Mapping[str, object]) -> Document | None:
        """Change some fields of a document (None removes a metadata field)."""
        current = self.calls.call(Library.document, document_id)
        if current is None or not changes:
            return current
        before = {name: document_field(current, name) for name in changes}
        edited = self.calls.call(Library.edit_document, document_id, **changes)
        if edited is not None:
            text = self.tr("Edit properties of “%1”").replace("%1", current.title)
            self._push(EditDocument(text, self, document_id, before, changes))
        return edited

    def redetect(self, document_id: int) -> Document | None:
        """Detect kind and metadata again. Not undoable: editing the old values back would
        mark every field as the user's, and detection would then never touch them again."""
        detected = self.calls.call(Library.redetect, document_id)
        if detected is not None:
            self.changed.emit(None)
        return detected

    def remove_document(self, document_id: int) -> bool:
        if not self.calls.act(Library.remove_document, document_id):
            return False
        self._push(RemoveDocument(self.tr("Remove document"), self, document_id))
        return True

    # Positions on amendments

    def set_position(self, document_id: int, label: str, argument: str = "") -> bool:
        """Record the MP's position ("" as the label clears it); False if refused."""
        before = self.calls.call(Library.position, document_id)
        after: Position | None = None
        if label:
            after = self.calls.call(Library.set_position, document_id, label, argument)
            if after is None:
                return False
        elif before is not None and not self.calls.act(Library.clear_position, document_id):
            return False
        if _stance(before) != _stance(after):
            cleared = self.tr("Clear position")
            text = self.tr("Position “%1”").replace("%1", label) if label else cleared
            self._push(SetPosition(text, self, document_id, before, after))
        return True


def document_field(document: Document, name: str) -> object:
    """A field as `Library.edit_document` takes it: title, kind, or a metadata field."""
    if name in ("title", "kind"):
        return getattr(document, name)
    return document.metadata.get(name)


def _stance(position: Position | None) -> tuple[str, str] | None:
    """What a position edit changes (the time changes anyway)."""
    return (position.label, position.argument) if position else None


def _content(annotation: Annotation) -> tuple[str, str, tuple[str, ...]]:
    """What an update can change (the timestamp changes anyway)."""
    return annotation.note, annotation.color, annotation.tags
