"""The query language, parsed into a Whoosh query.

    vidéosurveillance algorithmique     every word must occur (AND is implied)
    "projet de loi"                     a phrase; « » and “ ” work too
    biométri*                           words starting with "biometri" (folded, not stemmed)
    a OR b, a AND b, NOT a, (a OR b) c  also ET, OU, SAUF; uppercase only
    title:loi  tag:"coût global"  kind:amendement  type:annotation  page:3-5 ...

The fields, their French aliases (titre:, auteur:...) and how each matches are the rows of
reviewer.core.fields; `kind:` also takes the other names of a kind (kind:question,
kind:amendment, kind:pjl), from reviewer.core.kinds.

Words are analyzed as the texts were (accents, case, plurals, elisions), so
"securite" finds "sécurité". Anything that cannot be understood raises
QuerySyntaxError with a message that says what to change.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from whoosh import query as q
from whoosh.fields import Schema

from reviewer.core import fields
from reviewer.core.errors import QuerySyntaxError
from reviewer.core.fields import Match, Value
from reviewer.core.i18n import tr
from reviewer.core.kinds import kind_key
from reviewer.search.analysis import fold, scan
from reviewer.search.queries import FastPhrase, StemPrefix
from reviewer.search.schema import ANNOTATION, PAGE, normalize_tag

DEFAULT_FIELDS = ("text", "title")
TITLE_BOOST = 0.5  # A title matches every page of a document: weigh it less than the page.
KNOWN_FIELDS = tuple(sorted(f.index for f in fields.searchable()))
_MATCH = {f.index: f.match for f in fields.searchable()}
_KIND = next(f.index for f in fields.searchable() if f.value is Value.KIND)
MIN_PREFIX = 3
MAX_DEPTH = 32  # Nested parentheses and NOTs.
# Words in one query: Whoosh nests one matcher per word, and a pasted page (~1,000 words)
# ran out of stack (RecursionError).
MAX_WORDS = 256
MAX_PAGE_DIGITS = 6

_OPERATORS = {"AND": "and", "ET": "and", "OR": "or", "OU": "or", "NOT": "not", "SAUF": "not"}
_OPENING_QUOTES = '"«“„'
_CLOSING_QUOTES = '"»”“'
_BARE = re.compile(r"[^\s()\"«»“”„]+")
_FIELD = re.compile(r"([^\W\d_]\w*):(.*)", re.DOTALL)
_PAGES = re.compile(r"(\d+)(?:-(\d+))?")


@dataclass(frozen=True)
class _Token:
    kind: str  # "(", ")", "word", "phrase", "field", "and", "or", "not"
    text: str


@dataclass(frozen=True)
class _Leaf:
    field: str | None
    text: str
    phrase: bool


@dataclass(frozen=True)
class _Group:
    operator: str  # "and" or "or"
    children: tuple[_Node, ...]


@dataclass(frozen=True)
class _Negation:
    child: _Node


_Node = _Leaf | _Group | _Negation


def parse_query(text: str, schema: Schema) -> q.Query:
    """The Whoosh query for a user's query text; raises QuerySyntaxError."""
    tokens = _lex(text)
    if not tokens:
        raise QuerySyntaxError(tr("The query is empty: type a word to search for."))
    tree = _Parser(tokens).parse()
    built = _Builder(schema).build(tree)
    if built is None:
        raise QuerySyntaxError(
            tr(
                "Nothing to search for in “{text_strip}”: it has only very common words "
                "(such as de, la, les) that are not indexed.",
                text_strip=text.strip(),
            )
        )
    words = sum(1 for _term in built.iter_all_terms())
    if words > MAX_WORDS:
        raise QuerySyntaxError(
            tr(
                "The query has {words} words; a search takes at most {MAX_WORDS}: keep its most "
                "telling words, or search a shorter passage in quotes.",
                words=words,
                MAX_WORDS=MAX_WORDS,
            )
        )
    return built


# Lexing


def _lex(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char.isspace():
            index += 1
        elif char in "()":
            tokens.append(_Token(char, char))
            index += 1
        elif char in _OPENING_QUOTES:
            end = _closing_quote(text, index)
            tokens.append(_Token("phrase", text[index + 1 : end]))
            index = end + 1
        elif char in _CLOSING_QUOTES:
            raise QuerySyntaxError(
                tr("The quote {char} closes nothing: remove it or add its opening.", char=char)
            )
        else:
            bare = _BARE.match(text, index)
            assert bare is not None  # Every other character starts a bare word.
            index = bare.end()
            glued = index < len(text) and text[index] in "(" + _OPENING_QUOTES
            tokens.extend(_bare_tokens(bare.group(), glued=glued))
    return tokens


def _closing_quote(text: str, start: int) -> int:
    for index in range(start + 1, len(text)):
        if text[index] in _CLOSING_QUOTES:
            return index
    raise QuerySyntaxError(
        tr("A quote is not closed: {text}… needs its closing quote.", text=text[start : start + 30])
    )


def _bare_tokens(bare: str, *, glued: bool) -> list[_Token]:
    """A run of text without spaces, parentheses or quotes: operator, field or word."""
    if bare in _OPERATORS:
        return [_Token(_OPERATORS[bare], bare)]
    match = _FIELD.fullmatch(bare)
    if match is None or match[2].startswith("/"):  # "https://…" is a word, not a field.
        return [_Token("word", bare)]
    name, value = match[1], match[2]
    if not value and not glued:  # "Remarque: …" is punctuation; "title: …" a slip.
        if fields.typed_field(name):
            raise QuerySyntaxError(
                tr("{name}: needs a value right after the colon, as in {name}:loi", name=name)
            )
        return [_Token("word", bare)]
    field = _field_name(name)
    return [_Token("field", field), _Token("word", value)] if value else [_Token("field", field)]


def _field_name(name: str) -> str:
    """The index field a typed name means: `auteur:` is `author:`."""
    field = fields.typed_field(name)
    if field is None:
        raise QuerySyntaxError(
            tr(
                "Unknown field “{name}”. Known fields: {known_fields}.",
                name=name,
                known_fields=", ".join(KNOWN_FIELDS),
            )
        )
    return field.index


# Parsing: or_expr := and_expr (OR and_expr)*; and_expr := unary ((AND)? unary)*;
# unary := NOT unary | primary; primary := ( or_expr ) | field: primary | word | phrase


class _Parser:
    def __init__(self, tokens: list[_Token]) -> None:
        self._tokens = tokens
        self._next = 0
        self._depth = 0

    def parse(self) -> _Node:
        tree = self._or(None)
        if self._peek() == ")":
            raise QuerySyntaxError(tr("A closing parenthesis ) has no opening (."))
        return tree

    def _peek(self) -> str | None:
        return self._tokens[self._next].kind if self._next < len(self._tokens) else None

    def _take(self) -> _Token:
        if self._next == len(self._tokens):
            raise QuerySyntaxError(tr("The query ends where a search term is expected."))
        token = self._tokens[self._next]
        self._next += 1
        return token

    def _operator(self) -> _Token:
        """Take an operator, which must be followed by something to apply to."""
        operator = self._take()
        if self._peek() in (None, ")", "and", "or"):
            raise QuerySyntaxError(tr("{text} needs a search term after it.", text=operator.text))
        return operator

    def _or(self, field: str | None) -> _Node:
        children = [self._and(field)]
        while self._peek() == "or":
            self._operator()
            children.append(self._and(field))
        return children[0] if len(children) == 1 else _Group("or", tuple(children))

    def _and(self, field: str | None) -> _Node:
        children = [self._unary(field)]
        while self._peek() not in (None, ")", "or"):
            if self._peek() == "and":
                self._operator()
            children.append(self._unary(field))
        return children[0] if len(children) == 1 else _Group("and", tuple(children))

    def _unary(self, field: str | None) -> _Node:
        if self._peek() == "not":
            self._operator()
            with self._nested():
                return _Negation(self._unary(field))
        return self._primary(field)

    def _primary(self, field: str | None) -> _Node:
        token = self._take()
        if token.kind in ("and", "or"):
            raise QuerySyntaxError(tr("{text} needs a search term before it.", text=token.text))
        if token.kind == ")":
            raise QuerySyntaxError(tr("A closing parenthesis ) has no opening (."))
        if token.kind == "field":
            return self._primary(token.text)
        if token.kind == "(":
            return self._group(field)
        return _Leaf(field, token.text, phrase=token.kind == "phrase")

    def _group(self, field: str | None) -> _Node:
        if self._peek() is None:
            raise QuerySyntaxError(tr("A parenthesis ( is not closed: add the missing )."))
        if self._peek() == ")":
            raise QuerySyntaxError(tr("The parentheses () are empty: put search terms inside."))
        with self._nested():
            node = self._or(field)
        if self._peek() != ")":
            raise QuerySyntaxError(tr("A parenthesis ( is not closed: add the missing )."))
        self._take()
        return node

    @contextmanager
    def _nested(self) -> Iterator[None]:
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise QuerySyntaxError(tr("The query nests too deeply: use fewer parentheses or NOTs."))
        yield
        self._depth -= 1


# Building the Whoosh query; stop words vanish, so any part may become None.


class _Builder:
    def __init__(self, schema: Schema) -> None:
        self._schema = schema

    def build(self, node: _Node) -> q.Query | None:
        if isinstance(node, _Negation):
            child = self.build(node.child)
            return None if child is None else q.Not(child)
        if isinstance(node, _Group):
            return self._and(node.children) if node.operator == "and" else self._or(node.children)
        return self._leaf(node)

    def _and(self, children: tuple[_Node, ...]) -> q.Query | None:
        wanted = _present(self.build(c) for c in children if not isinstance(c, _Negation))
        unwanted = _present(self.build(c.child) for c in children if isinstance(c, _Negation))
        if not unwanted:
            return _joined(q.And, wanted)
        excluded = _joined(q.Or, unwanted)
        return q.AndNot(_joined(q.And, wanted), excluded) if wanted else q.Not(excluded)

    def _or(self, children: tuple[_Node, ...]) -> q.Query | None:
        return _joined(q.Or, _present(self.build(child) for child in children))

    def _leaf(self, leaf: _Leaf) -> q.Query | None:
        field = leaf.field
        if field is None:
            return self._text(leaf, DEFAULT_FIELDS)
        match = _MATCH[field]
        if match in (Match.WORDS, Match.NAMES):
            return self._text(leaf, (field,))
        value, prefix = _value(leaf)
        if match is Match.PAGE:
            return _pages(value)
        if match is Match.TAG:
            return _exact(field, normalize_tag(value), prefix=prefix)
        return _exact(field, _exact_value(field, value, prefix=prefix), prefix=prefix)

    def _text(self, leaf: _Leaf, names: tuple[str, ...]) -> q.Query | None:
        value, prefix = _value(leaf)
        if prefix:
            return self._prefix(value, names)
        words = self._terms(names[0], value)
        if not words:
            return None
        return _joined(q.Or, [_unfielded(_words_query(name, words), name, names) for name in names])

    def _prefix(self, value: str, names: tuple[str, ...]) -> q.Query | None:
        """The last word is a prefix of whole words; any words before it must occur too."""
        words = list(scan(value))
        start = fold(words[-1][0]) if words else ""
        if len(start) < MIN_PREFIX:
            raise QuerySyntaxError(
                tr(
                    "“{value}*” is too short: type at least {MIN_PREFIX} letters before the *.",
                    value=value,
                    MIN_PREFIX=MIN_PREFIX,
                )
            )
        kind = StemPrefix if _MATCH[names[0]] is Match.WORDS else q.Prefix
        last = _joined(
            q.Or, [_unfielded(_boosted(kind(name, start), name), name, names) for name in names]
        )
        before = self._text(_Leaf(None, value[: words[-1][1]], phrase=False), names)
        return _joined(q.And, _present([before, last]))

    def _terms(self, field: str, text: str) -> list[str]:
        analyzer = self._schema[field].analyzer
        return [token.text for token in analyzer(text, mode="query")]


def _unfielded(query: q.Query, name: str, names: tuple[str, ...]) -> q.Query:
    """A plain word finds a page by its document's title too, but an annotation only by its
    own quote and note: every annotation of "Loi CNIL" is not a hit for "CNIL". (`title:`
    still finds annotations by their document's title.) AndNot keeps the pages' scores."""
    if names == DEFAULT_FIELDS and name == "title":
        return q.AndNot(query, q.Term("type", ANNOTATION))
    return query


def _value(leaf: _Leaf) -> tuple[str, bool]:
    """The leaf's text without its final *, and whether it was a prefix."""
    if leaf.phrase:
        return leaf.text, False
    value = leaf.text.rstrip("*")
    if "*" in value:
        raise QuerySyntaxError(
            tr("“{text}”: only a final * is supported (as in surveil*).", text=leaf.text)
        )
    return value, value != leaf.text


def _words_query(field: str, words: list[str]) -> q.Query:
    query = q.Term(field, words[0]) if len(words) == 1 else FastPhrase(field, words)
    return _boosted(query, field)


def _boosted(query: q.Query, field: str) -> q.Query:
    if field.startswith("title"):
        query.boost = TITLE_BOOST
    return query


def _exact(field: str, value: str, *, prefix: bool) -> q.Query:
    if not value:
        raise QuerySyntaxError(tr("{field}: needs a value, as in {field}:something.", field=field))
    return q.Prefix(field, value) if prefix else q.Term(field, value)


def _exact_value(field: str, value: str, *, prefix: bool) -> str:
    folded = fold(value).strip()
    if field == "type" and folded not in (PAGE, ANNOTATION):
        raise QuerySyntaxError(
            tr(
                "type: is {PAGE} or {ANNOTATION}, not “{value}”.",
                PAGE=PAGE,
                ANNOTATION=ANNOTATION,
                value=value,
            )
        )
    if field == _KIND and not prefix:  # `kind:question` is `kind:"question écrite"`.
        return fold(kind_key(value) or value).strip()
    return folded


def _pages(value: str) -> q.Query:
    match = _PAGES.fullmatch(value.strip())
    if match is None or max(len(match[1]), len(match[2] or "")) > MAX_PAGE_DIGITS:
        raise QuerySyntaxError(
            tr("page: needs a page number, as in page:3 or page:3-5, not “{value}”.", value=value)
        )
    first = int(match[1])
    last = int(match[2]) if match[2] else first
    if first == last:
        return q.Term("page", first)
    return q.NumericRange("page", min(first, last), max(first, last))


def _present(queries: Iterable[q.Query | None]) -> list[q.Query]:
    return [query for query in queries if query is not None]


def _joined(kind: type[q.CompoundQuery], queries: list[q.Query]) -> q.Query | None:
    if not queries:
        return None
    return queries[0] if len(queries) == 1 else kind(queries)
