"""Rendered pages kept in memory, least recently used dropped first, bounded in bytes."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtGui import QImage

# About twenty A4 pages at 150 % on an ordinary screen, five on a high-DPI one: the
# visible pages and those rendered ahead. Larger kept the window past 300 MB.
DEFAULT_MAX_BYTES = 96 * 1024 * 1024


class PageCache:
    """Images keyed by (page, scale key); a page may be held at several scales."""

    def __init__(self, *, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.max_bytes = max_bytes
        self._images: OrderedDict[tuple[int, int], QImage] = OrderedDict()
        self._bytes = 0

    def __len__(self) -> int:
        return len(self._images)

    @property
    def size_bytes(self) -> int:
        return self._bytes

    def get(self, page: int, scale_key: int) -> QImage | None:
        image = self._images.get((page, scale_key))
        if image is not None:
            self._images.move_to_end((page, scale_key))
        return image

    def pages(self) -> set[int]:
        return {page for page, _key in self._images}

    def __contains__(self, key: tuple[int, int]) -> bool:
        return key in self._images

    def best(self, page: int, scale_key: int) -> QImage | None:
        """The image of the page closest in scale, to show scaled while the exact one renders."""
        keys = [key for key in self._images if key[0] == page]
        if not keys:
            return None
        return self._images[min(keys, key=lambda key: abs(key[1] - scale_key))]

    def put(self, page: int, scale_key: int, image: QImage) -> None:
        self._discard((page, scale_key))
        self._images[(page, scale_key)] = image
        self._bytes += image.sizeInBytes()
        while self._bytes > self.max_bytes and len(self._images) > 1:
            self._discard(next(iter(self._images)))

    def clear(self) -> None:
        self._images.clear()
        self._bytes = 0

    def _discard(self, key: tuple[int, int]) -> None:
        image = self._images.pop(key, None)
        if image is not None:
            self._bytes -= image.sizeInBytes()
