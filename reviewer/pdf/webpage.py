"""A web page saved from the chambers' sites, read as a document: decoded right, site removed.

The AN and Sénat pages declare `iso-8859-1` while some are really Windows-1252 and some
UTF-8; and the text sits inside the site's menus, search box and breadcrumbs. This module
decodes the bytes as the HTML standard does, keeps the document's own container, and gives
back clean HTML (no scripts, styles, images or links to load) for MuPDF to lay out.
Standard library only: it runs in the import's reading child.
"""

from __future__ import annotations

import codecs
import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

# The HTML standard's "encoding sniffing": these labels mean windows-1252.
_WINDOWS_1252_LABELS = frozenset(
    {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp819",
     "ibm819", "iso-ir-100", "csisolatin1", "iso_8859-1", "iso_8859-1:1987", "x-cp1252",
     "cp1252", "windows-1252"}
)  # fmt: skip
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# What is never the document: the site around it, and anything that would load a file.
_DROPPED_TAGS = frozenset(
    {"head", "header", "nav", "footer", "script", "style", "noscript", "form", "iframe",
     "object", "embed", "img", "svg", "input", "button", "select", "textarea", "link",
     "meta", "map", "area", "video", "audio", "canvas", "template"}
)  # fmt: skip
_SITE_PARTS = re.compile(
    r"menu|nav|header|footer|breadcrumb|toolbar|langue|\blang\b|accessib|recherche|search|"
    r"bon-de-commande|list-themes|share|social|cookie|logo|banner|sidebar",
    re.I,
)
_OVERLAY = re.compile(r"position\s*:\s*(absolute|fixed)", re.I)  # floating site notices
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
     "source", "track", "wbr"}
)  # fmt: skip
_SEPARATORS = re.compile(r"[\s>›»|/·•-]*")
_LINK_PARAGRAPH = 200  # characters: longer paragraphs are text even with links in them
_KEPT_ATTRIBUTES = frozenset({"align", "colspan", "rowspan"})
# The Sénat's text container; the AN's text follows its last "Contenu" marker.
_CONTAINER_IDS = ("wysiwyg", "contenu", "content-texte")
_AN_CONTENT = "Contenu"
_META_FACTS = {"TYPE_DOCUMENT": "kind", "LEGISLATURE_SESSION": "legislature"}


@dataclass(frozen=True)
class WebPage:
    """The document's HTML (UTF-8, self-contained), its title and what its metadata states."""

    html: str
    title: str
    facts: dict[str, str] = field(default_factory=dict)


def decode(data: bytes) -> str:
    """The page's text: its BOM's encoding, else UTF-8 if valid, else the declared charset
    as the HTML standard reads it (iso-8859-1 means windows-1252)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")  # valid UTF-8 with non-ASCII bytes is UTF-8, whatever it says
    except UnicodeDecodeError:
        pass
    return data.decode(_declared_encoding(data), errors="replace")


def _declared_encoding(data: bytes) -> str:
    match = _CHARSET.search(data[:4096])
    label = match.group(1).decode("ascii").lower() if match else "windows-1252"
    if label in _WINDOWS_1252_LABELS:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return "cp1252"


def read_web_page(data: bytes) -> WebPage:
    text = decode(data)
    tree = _parse(text)
    head_facts = _facts(tree)
    title = (
        " ".join(html.unescape(_text_of(tree.find("title"))).split()) if tree.find("title") else ""
    )
    content = _content(tree, text)
    body = "".join(_serialise(node) for node in content if not _is_separator(node))
    page = '<html><head><meta charset="utf-8"></head><body>' + body + "</body></html>"
    return WebPage(page, _tidy_title(title), head_facts)


# --- A tolerant tree ------------------------------------------------------------------------


@dataclass(eq=False)
class _Element:
    tag: str
    attrs: dict[str, str]
    children: list[_Element | str] = field(default_factory=list)
    position: int = 0  # where it starts in the source, for the AN's content marker

    def find(self, tag: str) -> _Element | None:
        for child in self.children:
            if isinstance(child, _Element):
                if child.tag == tag:
                    return child
                if (found := child.find(tag)) is not None:
                    return found
        return None

    def find_id(self, ids: tuple[str, ...]) -> _Element | None:
        for child in self.children:
            if isinstance(child, _Element):
                if child.attrs.get("id", "").lower() in ids:
                    return child
                if (found := child.find_id(ids)) is not None:
                    return found
        return None


class _Builder(HTMLParser):
    """Builds a tree from real-world HTML: unclosed tags end with their parent."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.root = _Element("#root", {})
        self.stack = [self.root]
        self.marker = -1  # offset of the last "Contenu" comment
        self._lines = [0]
        for line in source.splitlines(keepends=True):
            self._lines.append(self._lines[-1] + len(line))

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._lines[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "p" and self.stack[-1].tag == "p":
            self.stack.pop()  # a <p> ends the one before
        element = _Element(tag, {k: v or "" for k, v in attrs}, position=self._offset())
        self.stack[-1].children.append(element)
        if tag not in _VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(_Element(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)

    def handle_entityref(self, name: str) -> None:
        self.stack[-1].children.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.stack[-1].children.append(f"&#{name};")

    def handle_comment(self, data: str) -> None:
        if data.strip() == _AN_CONTENT:
            self.marker = self._offset()


def _parse(text: str) -> _Element:
    builder = _Builder(text)
    builder.feed(text)
    builder.close()
    builder.root.position = builder.marker
    return builder.root


def _facts(tree: _Element) -> dict[str, str]:
    facts: dict[str, str] = {}
    head = tree.find("head") or tree

    def visit(element: _Element) -> None:
        for child in element.children:
            if isinstance(child, _Element):
                name = child.attrs.get("name", "").upper()
                if child.tag == "meta" and name in _META_FACTS:
                    facts[_META_FACTS[name]] = " ".join(
                        html.unescape(child.attrs.get("content", "")).split()
                    )
                visit(child)

    visit(head)
    return facts


def _content(tree: _Element, text: str) -> list[_Element | str]:
    """The document's own part: its container, or what follows the AN's content marker."""
    container = tree.find_id(_CONTAINER_IDS)
    if container is not None:
        return [container]
    body = tree.find("body") or tree
    marker = tree.position
    if marker < 0:
        return [body]
    return [node for node in _flatten_after(body, marker)]


def _flatten_after(element: _Element, marker: int) -> list[_Element | str]:
    """The parts of `element` that start after `marker` (texts after an element that does)."""
    kept: list[_Element | str] = []
    seen = False
    for child in element.children:
        if isinstance(child, _Element):
            if child.position >= marker:
                seen = True
                kept.append(child)
            elif child.children:
                inner = _flatten_after(child, marker)
                seen = seen or bool(inner)
                kept.extend(inner)
        elif seen:
            kept.append(child)
    return kept


def _text_of(element: _Element | None) -> str:
    if element is None:
        return ""
    return "".join(c if isinstance(c, str) else _text_of(c) for c in element.children)


def _is_separator(node: _Element | str) -> bool:
    """Breadcrumb glue left between dropped links ("Accueil > Documents > ...")."""
    return isinstance(node, str) and _SEPARATORS.fullmatch(html.unescape(node)) is not None


def _is_site(element: _Element) -> bool:
    if element.tag in _DROPPED_TAGS:
        return True
    if element.tag == "p" and _mostly_links(element):
        return True
    names = f"{element.attrs.get('id', '')} {element.attrs.get('class', '')}"
    if names.strip() and _SITE_PARTS.search(names):
        return True
    return bool(_OVERLAY.search(element.attrs.get("style", "")))


def _serialise(node: _Element | str) -> str:
    if isinstance(node, str):
        return node
    if _is_site(node):
        return ""
    inner = "".join(_serialise(child) for child in node.children)
    if node.tag == "a":
        return inner  # the text of a link, never a link to follow
    if node.tag in ("#root", "body", "html", "center", "font", "span"):
        return inner
    attributes = "".join(
        f' {name}="{html.escape(value)}"'
        for name, value in node.attrs.items()
        if name.lower() in _KEPT_ATTRIBUTES
    )
    if node.tag in _VOID:
        return f"<{node.tag}{attributes}>"
    return f"<{node.tag}{attributes}>{inner}</{node.tag}>"


def _mostly_links(element: _Element) -> bool:
    """A short paragraph that is mostly a link: the site's ("Document au format PDF")."""
    text = " ".join(_text_of(element).split())
    if not text or len(text) > _LINK_PARAGRAPH:
        return False
    linked = sum(len(" ".join(_text_of(a).split())) for a in _links(element))
    return linked >= len(text) / 2


def _links(element: _Element) -> list[_Element]:
    found = []
    for child in element.children:
        if isinstance(child, _Element):
            found.extend([child] if child.tag == "a" else _links(child))
    return found


def _tidy_title(title: str) -> str:
    """ "projet de loi pour un État..." -> "Projet de loi pour un État..."."""
    return title[:1].upper() + title[1:] if title else ""
