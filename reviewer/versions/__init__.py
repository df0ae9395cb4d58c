"""Versions of a text: align their units, carry annotations forward, compare them.

Qt-free and storage-free: works on document texts (pages joined by a form feed) and
their detected structure; the library facade stores what it decides.
"""
