"""Reports and interchange: the report model, its writers, and W3C Web Annotations.

Nothing here touches the library or PyMuPDF: `reviewer.library.exporting` gathers the data,
and the PDF report is laid out by `reviewer.pdf.report` from this package's HTML. Only the
model is imported here, so the command line's parser stays quick to load.
"""

from reviewer.export.model import Entry, Format, GroupBy, Report, ReportOptions, Section

__all__ = ["Entry", "Format", "GroupBy", "Report", "ReportOptions", "Section"]
