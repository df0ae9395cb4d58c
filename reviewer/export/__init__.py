"""Reports and interchange: the report model, its writers, and W3C Web Annotations.

Nothing here touches the library or PyMuPDF: `reviewer.library.exporting` gathers the data,
and the PDF report is laid out by `reviewer.pdf.report` from this package's HTML. The records
(`Report`, `ReportOptions`...) live in reviewer.core.reports.
"""
