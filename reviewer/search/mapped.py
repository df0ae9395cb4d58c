"""Reading an index segment's files in place, where Whoosh would copy them.

A segment is one compound file, mapped in memory; Whoosh hands out each file in
it as a `BufferFile`, whose `io.BytesIO(memoryview)` copies the file. Every
segment's postings then sit in the searching process twice over: ~27 MB at
10,000 pages, several hundred at 100,000. `MappedBufferFile` reads the mapping.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

from whoosh.filedb import compound
from whoosh.filedb.structfile import BufferFile

_LINE_CHUNK = 256


class BufferReader:
    """A read-only binary file over a buffer (a memoryview of a mapping), without a copy."""

    def __init__(self, buffer: memoryview | bytes) -> None:
        self._buffer = memoryview(buffer)
        self._position = 0

    def read(self, size: int | None = -1) -> bytes:
        start = self._position
        end = len(self._buffer) if size is None or size < 0 else start + size
        data = self._buffer[start:end].tobytes()
        self._position = start + len(data)
        return data

    def readline(self, size: int | None = -1) -> bytes:
        limit = len(self._buffer) if size is None or size < 0 else self._position + size
        limit = min(limit, len(self._buffer))
        end = self._position
        while end < limit:
            chunk = self._buffer[end : min(end + _LINE_CHUNK, limit)].tobytes()
            newline = chunk.find(b"\n")
            if newline >= 0:
                end += newline + 1
                break
            end += len(chunk)
        return self.read(end - self._position)

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self._position, os.SEEK_END: len(self._buffer)}
        position = base[whence] + offset
        if position < 0:
            raise ValueError(f"negative seek position {position}")
        self._position = position
        return position

    def tell(self) -> int:
        return self._position

    def close(self) -> None:
        self._buffer.release()

    def __iter__(self) -> Iterator[bytes]:
        while line := self.readline():
            yield line


class MappedBufferFile(BufferFile):
    """Whoosh's BufferFile, reading its buffer in place."""

    def __init__(
        self,
        buf: memoryview | bytes,
        name: str | None = None,
        onclose: Callable[[BufferFile], object] | None = None,
    ) -> None:
        super().__init__(b"", name=name, onclose=onclose)
        self._buf = buf
        self.file = BufferReader(buf)


def read_segments_in_place() -> None:
    """Make Whoosh open compound segment files with `MappedBufferFile`."""
    compound.BufferFile = MappedBufferFile
