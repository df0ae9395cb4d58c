"""The seam between the facade and search: the protocols the facade speaks, and Whoosh's index
behind them."""

from __future__ import annotations

import inspect
import subprocess
import sys
from pathlib import Path

from reviewer.library import engine
from reviewer.library.engine import EngineBatch, SearchEngine
from reviewer.search import SearchIndex
from reviewer.search.schema import PageEntry


def calls(protocol: type) -> dict[str, inspect.Signature]:
    return {
        name: inspect.signature(value)
        for name, value in vars(protocol).items()
        if not name.startswith("_") and inspect.isfunction(value)
    }


def test_the_protocols_are_declared_without_importing_a_search_library():
    code = (
        "import importlib.util, sys\n"
        f"spec = importlib.util.spec_from_file_location('engine', {engine.__file__!r})\n"
        "spec.loader.exec_module(importlib.util.module_from_spec(spec))\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('whoosh', 'reviewer')))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert loaded.strip() == "[]"


def test_whoosh_s_index_answers_every_call_of_the_protocols(tmp_path: Path):
    with SearchIndex.open(tmp_path / "index") as index:
        for name, signature in calls(SearchEngine).items():
            assert inspect.signature(getattr(index, name)).parameters.keys() == (
                signature.parameters.keys() - {"self"}
            ), name
        for name in SearchEngine.__annotations__:
            assert hasattr(index, name), name
        assert isinstance(index.untidy, bool)
        with index.batch() as batch:
            for name, signature in calls(EngineBatch).items():
                assert inspect.signature(getattr(batch, name)).parameters.keys() == (
                    signature.parameters.keys() - {"self"}
                ), name
            batch.add_pages([PageEntry(1, 1, "Le Conseil d'État", "Projet", "pjl")])
            assert batch.added == 1
        assert index.search("conseil", limit=5, text_of=lambda key: "Le Conseil d'État").total == 1
