"""User strings made harmless for the formats we write: XML that parses, cells that stay text.

A note, a tag or a title can come from anywhere (a received PDF's `/Title`, a colleague's
W3C file): what it holds must neither break the file nor run in the program that opens it.
"""

from __future__ import annotations

import re

# What XML 1.0 cannot hold (its `Char` production): C0 controls but tab, newline and carriage
# return; lone surrogates; U+FFFE and U+FFFF. python-docx refuses them with a ValueError.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# A spreadsheet reads a cell starting with one of these as a formula (OWASP, "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def xml_text(text: str) -> str:
    """The text without the characters XML cannot hold (they carry no meaning in a report)."""
    return _NOT_XML.sub("", text)


def spreadsheet_cell(value: object) -> object:
    """A string cell that a spreadsheet would run as a formula, kept as text by a leading '."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value
