"""The page view: continuous scrolling of a PDF's pages, rendered off the GUI thread."""

from reviewer.gui.view.document_view import DocumentView, Fit
from reviewer.gui.view.selection import PagePoint

__all__ = ["DocumentView", "Fit", "PagePoint"]
