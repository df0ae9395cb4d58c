"""How the window names the kinds of documents (the library stores them as French keys).

The keys (`amendement`, `question écrite`...) stay what queries use (`kind:amendement`);
their labels, in French and English, are in reviewer.core.kinds.
"""

from __future__ import annotations

from reviewer.core import kinds
from reviewer.gui.i18n import interface_language


def kind_label(kind: str) -> str:
    """The kind in the interface language; a kind this version does not know, as stored."""
    return kinds.label(kind, interface_language())
