"""Draft amendments and apply them: write a dispositif in a chamber's style, read any
dispositif back into operations, and show the article as it would read if adopted.

Stdlib only, Qt-free. `engine` holds the two entry points; `model` the operations.
"""

from __future__ import annotations

from reviewer.drafting.apply import NotApplied, applied
from reviewer.drafting.checks import GAGES, gages
from reviewer.drafting.engine import apply_dispositif, draft
from reviewer.drafting.model import LAST, Edit, Op
from reviewer.drafting.read import Unrecognized, parse
from reviewer.drafting.text import ArticleText, find_article
from reviewer.drafting.write import AN, SENAT, STYLES, dispositif

__all__ = [
    "AN",
    "GAGES",
    "LAST",
    "SENAT",
    "STYLES",
    "ArticleText",
    "Edit",
    "NotApplied",
    "Op",
    "Unrecognized",
    "applied",
    "apply_dispositif",
    "dispositif",
    "draft",
    "find_article",
    "gages",
    "parse",
]
