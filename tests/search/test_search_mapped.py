"""Segment files read in place: the same bytes as Whoosh's copy, without the copy."""

from __future__ import annotations

import io
import pickle

from hypothesis import given
from hypothesis import strategies as st
from whoosh.filedb.structfile import BufferFile

from reviewer.search import SearchIndex
from reviewer.search.internals import BufferReader, MappedBufferFile
from reviewer.search.schema import PageEntry

_STEPS = st.lists(
    st.one_of(
        st.tuples(st.just("read"), st.integers(-1, 40)),
        st.tuples(st.just("readline"), st.integers(-1, 40)),
        st.tuples(st.just("seek"), st.integers(0, 80)),
        st.tuples(st.just("seek_end"), st.integers(-80, 0)),
        st.tuples(st.just("tell"), st.just(0)),
    ),
    max_size=30,
)


def _apply(file, steps, size):
    results = []
    for step, value in steps:
        if step == "seek_end":
            results.append(file.seek(max(value, -size), io.SEEK_END))
        elif step == "tell":
            results.append(file.tell())
        else:
            results.append(getattr(file, step)(value))
    return results


@given(st.binary(max_size=60).map(lambda b: b.replace(b"\x00", b"\n")), _STEPS)
def test_reads_what_a_copy_in_memory_reads(data, steps):
    in_place = _apply(BufferReader(memoryview(data)), steps, len(data))
    assert in_place == _apply(io.BytesIO(data), steps, len(data))


def test_pickles_load_through_it():
    values = [{"a": 1, "b": [2.5, "été"]}, ("x", 3)]
    data = pickle.dumps(values[0], protocol=0) + pickle.dumps(values[1], protocol=5)
    file = MappedBufferFile(memoryview(data))
    assert [file.read_pickle(), file.read_pickle()] == values


def test_an_index_reads_its_segments_without_copying_them(tmp_path):
    with SearchIndex.open(tmp_path) as index:
        with index.batch() as batch:
            batch.add_pages(
                PageEntry(1, n, f"La CNIL rend un avis numéro {n}.", "Avis", "rapport")
                for n in range(1, 60)
            )
        opened = []
        original = MappedBufferFile.__init__

        def spy(self, *args, **kwargs):
            original(self, *args, **kwargs)
            opened.append(self)

        MappedBufferFile.__init__ = spy
        try:
            reopened = SearchIndex.open(tmp_path)
        finally:
            MappedBufferFile.__init__ = original
        with reopened:
            assert reopened.search("CNIL", text_of=lambda key: "").total == 59
        assert opened and all(isinstance(f, BufferFile) for f in opened)
        assert not any(isinstance(f.file, io.BytesIO) for f in opened)
