"""Read a dispositif back into edits: ours, and the official ones of both chambers.

The reader knows the formulas of the drafting guides as the chambers print them (Sénat: the
address on its own line; AN: the address in the sentence, words in « »). Anything else is a
"formule non reconnue": it never guesses, so an amendment it reads is one it understood.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from reviewer.drafting.model import LAST, Edit, Op
from reviewer.drafting.text import canonical_article
from reviewer.drafting.write import AN


class Unrecognized(ValueError):
    """A dispositif whose formula the engine does not know; the message quotes where."""


_A = r"['’]"
_ORD = (
    r"(?:premi[eè]re|premier|deuxi[eè]me|seconde?|troisi[eè]me|quatri[eè]me|cinqui[eè]me"
    r"|sixi[eè]me|septi[eè]me|huiti[eè]me|neuvi[eè]me|dixi[eè]me|derni[eè]re)"
)
_COUNT = r"(?:une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+)"
_LIST = r"\d+(?:\s*(?:,|et|à)\s*\d+)*"
_NOUN = (
    r"(?:mots?|références?|nombres?|chiffres?|taux|montants?|dates?|années?|pourcentages?"
    r"|sommes?|signes?|lettres?|sigles?|caractères?|ponctuations?)"
)
# "les mots", "le mot", "la référence", "la deuxième occurrence des mots".
_OF = rf"(?:du|des|de\s+la|de\s+l{_A})"
_OCC = rf"(?:la\s+(?P<occ>{_ORD})\s+occurrence\s+{_OF}\s*|(?:les|le|la|l{_A})\s*){_NOUN}"
# AN's "substituer aux mots", "au mot", "à la référence", "à la première occurrence des mots".
_TO_OCC = (
    rf"(?:à\s+la\s+(?P<occ>{_ORD})\s+occurrence\s+{_OF}\s*|aux\s+|au\s+|à\s+la\s+|à\s+l{_A})"
    rf"{_NOUN}"
)
_THE_NOUN = rf"(?:les|le|la|l{_A})\s*{_NOUN}\s*:?"
# What follows the last quoted words of a formula: the end of its line, or "et les mots".
_END = rf"[ \t]*[.,;]?[ \t]*(?:\n|$)|\s+et\s+(?:les|le|la|l{_A})\s*{_NOUN}\s*:"
# What follows the words replaced ("les mots :") and the words an insertion follows.
_THEN_NEW = rf"\s*,?\s*(?:par\s+)?(?:les|le|la|l{_A})\s*{_NOUN}"
_THEN_INSERT = r"\s*,?\s*(?:insérer|ajouter|rédiger\s+ainsi|supprimer\s+l)"
_PART = re.compile(r"(?:[IVX]+|[A-H])\s*\.?\s*[–—‑-]\s*|[IVX]+\.\s+")
_ITEM = r"\d+°\s+"  # "1° Première phrase / Supprimer…", within one alinéa
_ALINEA_IS = rf"(?:L{_A}alinéa\s+(?P<n>\d+)\s+est|Les\s+alinéas\s+(?P<l>{_LIST})\s+sont)"
_STARTS = re.compile(
    rf"(?:Alinéas?\s+\d|(?:Après|Avant)\s+l{_A}(?:alinéa|article)|À\s|A\s+l|Aux\s|Au\s+début|"
    r"Supprimer|Remplacer|Compléter|Rédiger|Rétablir|Insérer|Pour\s+compenser|En\s+conséquence)",
    re.IGNORECASE,
)
# Ordinals by their first letters, accents aside: "deuxième", "seconde", "dernière".
_ORDINALS = {
    "prem": 1, "deux": 2, "seco": 2, "troi": 3, "quat": 4, "cinq": 5,
    "sixi": 6, "sept": 7, "huit": 8, "neuv": 9, "dixi": 10, "dern": LAST,
}  # fmt: skip
_COUNTS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
}  # fmt: skip


def _ordinal(word: str | None) -> int | None:
    if not word:
        return None
    return _ORDINALS[word.lower()[:4]]


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _COUNTS[word.lower()]


def _numbers(text: str) -> list[int]:
    """ "2 à 7" -> [2..7]; "22, 24, 25 et 34" -> [22, 24, 25, 34]."""
    numbers: list[int] = []
    for chunk in re.split(r"\s*(?:,|\bet\b)\s*", text):
        ends = [int(n) for n in re.findall(r"\d+", chunk)]
        if len(ends) == 2:
            numbers.extend(range(ends[0], ends[1] + 1))
        else:
            numbers.extend(ends)
    return numbers


@dataclass
class _Address:
    numbers: list[int]
    phrase: int | None = None
    place: str = ""  # "after"/"before" an alinéa, or "" (at the alinéas)
    article: str = ""  # the article an additional one follows or precedes
    before: bool = False
    inline: bool = False  # the AN's way, "Après l'alinéa 3, insérer…": its text is quoted


class _Reader:
    """A cursor over the dispositif; formulas are matched case-insensitively."""

    def __init__(self, text: str, style: str | None) -> None:
        self.text = text
        self.pos = 0
        self.style = style
        self.next_part = ""  # "II" while reading part I: a line opening it ends any text

    def skip(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos].isspace():
            self.pos += 1

    def done(self) -> bool:
        self.skip()
        return self.pos >= len(self.text)

    def take(self, pattern: str) -> re.Match[str] | None:
        self.skip()
        match = re.compile(pattern, re.IGNORECASE).match(self.text, self.pos)
        if match:
            self.pos = match.end()
        return match

    def peek(self, pattern: str) -> bool:
        self.skip()
        return re.compile(pattern, re.IGNORECASE).match(self.text, self.pos) is not None

    def rest_of_line(self) -> str:
        end = self.text.find("\n", self.pos)
        end = len(self.text) if end < 0 else end
        line, self.pos = self.text[self.pos : end], end
        return line.strip()

    def value(self, follow: str = "") -> str:
        """Quoted words, « … » or "…", or else the rest of the line.

        The quote closes at the first closing mark the formula's next words follow (`follow`:
        "les mots :" after the words replaced, the end of the line after the last ones) and
        that closes no quotation the words did not open: words holding guillemets of their
        own, or an opening one alone, come back whole."""
        while self.pos < len(self.text) and self.text[self.pos] in " \t\u00a0\u202f":
            self.pos += 1
        if self.pos < len(self.text) and self.text[self.pos] == "\n":
            self.skip()
        opening = self.text[self.pos : self.pos + 1]
        if opening not in ("«", '"', "“"):
            return self.rest_of_line()
        closing = {"«": "»", '"': '"', "“": "”"}[opening]
        after = re.compile(follow or _END, re.IGNORECASE)
        index = self.text.find(closing, self.pos + 1)
        while index >= 0 and not (
            after.match(self.text, index + 1)
            and _nested(self.text[self.pos + 1 : index], opening, closing)
        ):
            index = self.text.find(closing, index + 1)
        if index < 0:
            raise Unrecognized("guillemets non refermés")
        words = self.text[self.pos + 1 : index].strip()
        self.pos = index + 1
        self.take(r"(?:[.,;](?=\s|$))?")
        return words

    def block(self, count: int | None = None, *, quoted: bool | None = None) -> str:
        """The new alinéas that follow: `count` lines, or up to the next part.

        `quoted`: whether the formula quotes them (the AN's "l'alinéa suivant : « … »"),
        or None when the chamber's style decides (the Sénat gives them verbatim)."""
        lines: list[str] = []
        while not self.done() and (count is None or len(lines) < count):
            line_start = self.pos
            line = self.rest_of_line()
            if count is None and lines and (_starts_part(line) or self._opens_next(line)):
                self.pos = line_start
                break
            lines.append(line)
        if not lines or (count is not None and len(lines) < count):
            raise Unrecognized("texte des alinéas annoncés incomplet")
        return "\n".join(self._unquoted(lines, self.style == AN if quoted is None else quoted))

    def _opens_next(self, line: str) -> bool:
        marker = _PART.match(line)
        return bool(self.next_part and marker and _part_name(marker.group(0)) == self.next_part)

    def _unquoted(self, lines: list[str], quoted: bool) -> list[str]:
        """Quoted alinéas lose one level of guillemets: « before each, » after the last."""
        if quoted and len(lines) == 1 and re.fullmatch(r'"[^"]*"\.?', lines[0]):
            return [lines[0].rstrip(".")[1:-1].strip()]  # "…", straight quotes
        if not quoted or not all(line.startswith("«") for line in lines):
            return lines
        last = re.sub(r"\s*»\s*\.?$", "", lines[-1])
        if last == lines[-1]:
            return lines
        inner = lines[-1][1:]
        if re.search(r"»\s*[.;]$", inner) and inner.count("«") == inner.count("»"):
            # « … les mots : « et 4° ». : the last » closes the inner quotation too (French
            # typography writes one for both), so it stays, with the alinéa's full stop.
            last = lines[-1]
        return [line[1:].strip() for line in [*lines[:-1], last]]


def _nested(words: str, opening: str, closing: str) -> bool:
    """Whether quoted words close no quotation they did not open: « a » b » is not words
    but words and formula ("« X » et après le mot : « Y »" must not read as one quote)."""
    if opening == closing:
        return True
    depth = 0
    for char in words:
        depth += (char == opening) - (char == closing)
        if depth < 0:
            return False
    return True


def _starts_part(line: str) -> bool:
    marker = _PART.match(line)
    return bool(marker and _STARTS.match(line, marker.end()))


def parse(dispositif: str, *, style: str | None = None, additional: str = "") -> list[Edit]:
    """The edits of a dispositif, in order; raises `Unrecognized`.

    `style` is the chamber that wrote it ("an", "senat"; None: guessed from the formulas);
    `additional` names the place of an additional article ("Après l'article 7") when the
    amendment's heading gives it, as the AN does: its dispositif is then the new text alone.
    """
    # Composed accents ("è" as one character), as the patterns and the texts have them.
    composed = unicodedata.normalize("NFC", dispositif)
    text = "\n".join(line.strip() for line in composed.splitlines() if line.strip())
    if not text:
        raise Unrecognized("dispositif vide")
    if style is None:
        style = AN if re.search(r"substituer|suivants?\s*:|^À\s", text, re.I | re.M) else None
    reader = _Reader(text, style)
    edits: list[Edit] = []
    while not reader.done():
        start = reader.pos
        try:
            edits.extend(_part(reader, len(edits) == 0))
        except Unrecognized as error:
            # The AN gives an additional article's place apart: its dispositif is the text.
            if not edits and additional and (style == AN or not _STARTS.match(text)):
                return [_additional_from(additional, text)]
            line = text[start:].split("\n", 1)[0]
            raise Unrecognized(f"formule non reconnue : « {line[:80]} » ({error})") from None
    return edits


def _additional_from(place: str, text: str) -> Edit:
    match = re.match(rf"\s*(avant|après)\s+l{_A}article\s+(.+)", place, re.I)
    if not match:
        raise Unrecognized(f"formule non reconnue : place « {place} »")
    before = match.group(1).lower() == "avant"
    return Edit(
        Op.ADDITIONAL_ARTICLE, article=canonical_article(match.group(2)), new=text, before=before
    )


def _part(reader: _Reader, first: bool) -> list[Edit]:
    marker = reader.take(_PART.pattern)
    reader.next_part = _following(marker.group(0)) if marker else ""
    reader.take(r"(?:Pour\s+compenser[^,\n]*|En\s+conséquence)\s*,\s*")
    address = _address(reader)
    edits: list[Edit] = []
    while True:
        local = address
        if address is not None and address.numbers:
            reader.take(_ITEM)
            if m := reader.take(rf"(?P<ph>{_ORD})\s+phrase\s*:?(?=\s*\n)"):
                local = _Address(address.numbers, _ordinal(m["ph"]), address.place)
        found = _instruction(reader, local)
        if found is None:
            raise Unrecognized("instruction inconnue")
        edits.extend(found)
        if not (address and reader.peek(_ITEM)):
            return edits


_ROMANS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def _following(marker: str) -> str:
    """The name of the part after `marker`'s: "I. –" -> "II", "B. –" -> "C"."""
    name = _part_name(marker)
    if name in _ROMANS[:-1]:
        return _ROMANS[_ROMANS.index(name) + 1]
    return chr(ord(name) + 1) if len(name) == 1 else ""


def _part_name(marker: str) -> str:
    name = re.match(r"[IVX]+|[A-H]", marker)
    return name.group(0) if name else ""


def _address(reader: _Reader) -> _Address | None:
    if m := reader.take(
        rf"Alinéas?\s+(?P<n>{_LIST})(?:\s*,\s*(?P<ph>{_ORD})\s+phrase)?\s*[.:]?(?=\s*\n|\s*$)"
    ):
        return _Address(_numbers(m["n"]), _ordinal(m["ph"]))
    if m := reader.take(rf"(?P<w>Après|Avant)\s+l{_A}alinéa\s+(?P<n>\d+)\s*(?P<c>,?)"):
        place = "after" if m["w"].lower() == "après" else "before"
        return _Address([int(m["n"])], place=place, inline=bool(m["c"]))
    if m := reader.take(rf"(?P<w>Après|Avant)\s+l{_A}article\s+(?P<a>[^\n,]+?)\s*(?:\n|$)"):
        return _Address([], article=canonical_article(m["a"]), before=m["w"].lower() == "avant")
    if m := reader.take(
        rf"(?:À|A)\s+(?:la\s+fin\s+de\s+|au\s+début\s+de\s+)?(?:la\s+(?P<ph>{_ORD})\s+phrase\s+de\s+)?"
        rf"l{_A}alinéa\s+(?P<n>\d+)\s*,"
    ):
        return _Address([int(m["n"])], _ordinal(m["ph"]))
    if m := reader.take(rf"Aux\s+alinéas\s+(?P<n>{_LIST})\s*,"):
        return _Address(_numbers(m["n"]))
    return None


def _range(numbers: list[int]) -> tuple[int, int | None]:
    """A contiguous run of alinéas as (first, last); anything else is not one edit."""
    if not numbers or numbers != list(range(numbers[0], numbers[-1] + 1)):
        raise Unrecognized("alinéas non contigus")
    return numbers[0], (numbers[-1] if len(numbers) > 1 else None)


def _each(address: _Address | None, edit: Edit) -> list[Edit]:
    """The edit at each alinéa of the address (words edits apply alinéa by alinéa)."""
    if address is None or not address.numbers or address.place:
        raise Unrecognized("alinéa non précisé")
    return [
        Edit(**{**_fields(edit), "alinea": n, "phrase": address.phrase}) for n in address.numbers
    ]


def _fields(edit: Edit) -> dict[str, object]:
    return {name: getattr(edit, name) for name in edit.__dataclass_fields__}


def _here(address: _Address | None, m: re.Match[str] | None = None) -> list[int]:
    """The alinéas named by the instruction ("l'alinéa 4") or else by the address."""
    if m is not None and m.groupdict().get("n"):
        return _numbers(m["n"])
    if address is None or not address.numbers or address.place:
        raise Unrecognized("alinéa non précisé")
    return address.numbers


def _instruction(reader: _Reader, address: _Address | None) -> list[Edit] | None:
    for read in _INSTRUCTIONS:
        edits = read(reader, address)
        if edits is not None:
            return edits
    return None


def _article_ops(reader: _Reader, address: _Address | None) -> list[Edit] | None:
    if reader.take(rf"Supprimer\s+(?:cet\s+article|l{_A}article)\s*\.?"):
        return [Edit(Op.DELETE_ARTICLE)]
    if reader.take(r"Rédiger\s+ainsi\s+cet\s+article\s*:"):
        return [Edit(Op.REWRITE_ARTICLE, new=reader.block())]
    if m := reader.take(
        rf"Rétablir\s+(?:cet\s+article|(?:un|l{_A})\s*article\s+(?P<a>[\w ]+?))\s+"
        r"(?:dans\s+la\s+rédaction\s+suivante|ainsi\s+rédigé)\s*:"
    ):
        return [
            Edit(Op.RESTORE_ARTICLE, article=canonical_article(m["a"] or ""), new=reader.block())
        ]
    if reader.take(r"Insérer\s+un\s+article\s+additionnel\s+ainsi\s+rédigé\s*:"):
        if address is None or not address.article:
            raise Unrecognized("place de l’article additionnel non précisée")
        return [
            Edit(
                Op.ADDITIONAL_ARTICLE,
                article=address.article,
                before=address.before,
                new=reader.block(),
            )
        ]
    return None


def _alinea_ops(reader: _Reader, address: _Address | None) -> list[Edit] | None:
    if m := reader.take(rf"{_ALINEA_IS}\s+supprimés?\s*\."):
        first, last = _range(_numbers(m["l"] or m["n"]))
        return [Edit(Op.DELETE_ALINEA, alinea=first, last=last)]
    if m := reader.take(
        rf"(?:{_ALINEA_IS}\s+(?:ainsi\s+rédigés?|remplacés?\s+par\s+(?:les\s+alinéas\s+suivants"
        rf"|(?P<c>{_COUNT})\s+alinéas?\s+ainsi\s+rédigés?))"
        rf"|Remplacer\s+(?:cet\s+alinéa|ces\s+alinéas)\s+par\s+(?:(?P<c2>{_COUNT})\s+alinéas?\s+ainsi"
        rf"\s+rédigée?s?|(?P<next>l{_A}alinéa\s+suivant)))\s*:"
    ):
        first, last = _range(_numbers(m["l"] or m["n"] or "") or _here(address))
        singular = (m["n"] and "suivants" not in m.group(0)) or m["next"]
        count = m["c"] or m["c2"] or ("1" if singular else "")
        # "L'alinéa 19 est ainsi rédigé : « … »" quotes; the Sénat's "Remplacer" does not.
        quoted = None if m["c2"] else True
        new = reader.block(_count(count) if count else None, quoted=quoted)
        return [Edit(Op.REWRITE_ALINEA, alinea=first, last=last, new=new)]
    if m := reader.take(
        rf"La\s+(?P<ph>{_ORD})\s+phrase\s+de\s+l{_A}alinéa\s+(?P<n>\d+)\s+est\s+"
        r"(?:(?P<gone>supprimée\s*\.)|ainsi\s+rédigée\s*:)"
    ):
        phrase = _ordinal(m["ph"])
        if m["gone"]:
            return [Edit(Op.DELETE_ALINEA, alinea=int(m["n"]), phrase=phrase)]
        new = reader.block(1, quoted=True)
        return [Edit(Op.REWRITE_ALINEA, alinea=int(m["n"]), phrase=phrase, new=new)]
    if m := reader.take(
        rf"L{_A}alinéa\s+(?P<n>\d+)\s+est\s+complété\s+par\s+(?:la|une)\s+phrase\s+"
        r"(?:suivante|ainsi\s+rédigée)\s*:"
    ):
        return [Edit(Op.COMPLETE, alinea=int(m["n"]), new=reader.value())]
    if m := reader.take(
        rf"Supprimer\s+(?:cet\s+alinéa|ces\s+alinéas|l{_A}alinéa\s+(?P<n>\d+)|les\s+alinéas\s+(?P<l>{_LIST}))\s*\.?"
    ):
        numbers = _numbers(m["l"]) if m["l"] else _here(address, m)
        if numbers == list(range(numbers[0], numbers[-1] + 1)):
            first, last = _range(numbers)
            return [Edit(Op.DELETE_ALINEA, alinea=first, last=last)]
        return [Edit(Op.DELETE_ALINEA, alinea=n) for n in numbers]
    if m := reader.take(
        rf"Supprimer\s+(?:cette\s+phrase|la\s+(?P<ph>{_ORD})\s+phrase(?:\s+de\s+l{_A}alinéa\s+(?P<n>\d+))?)\s*\.?"
    ):
        phrase = _ordinal(m["ph"]) or (address.phrase if address else None)
        if phrase is None:
            raise Unrecognized("phrase non précisée")
        return [Edit(Op.DELETE_ALINEA, alinea=n, phrase=phrase) for n in _here(address, m)]
    if m := reader.take(
        rf"Rédiger\s+ainsi\s+(?:cet\s+alinéa|ces\s+alinéas|(?P<this>cette\s+phrase)|l{_A}alinéa\s+(?P<n>\d+)"
        rf"|les\s+alinéas\s+(?P<l>{_LIST})|la\s+(?P<ph>{_ORD})\s+phrase\s+de\s+l{_A}alinéa\s+(?P<m>\d+))\s*:"
    ):
        numbers = _numbers(m["l"] or m["m"] or "") or _here(address, m)
        first, last = _range(numbers)
        phrase = _ordinal(m["ph"]) or (address.phrase if m["this"] and address else None)
        if m["this"] and phrase is None:
            raise Unrecognized("phrase non précisée")
        # One alinéa (or phrase) announced: one line of text, or the formula is not ours.
        # "Rédiger ainsi l'alinéa 3 :" (the AN's address) quotes; "cet alinéa" as the chamber.
        quoted = True if (m["n"] or m["l"] or m["m"]) else None
        new = reader.block(1 if last is None else None, quoted=quoted)
        return [Edit(Op.REWRITE_ALINEA, alinea=first, last=last, phrase=phrase, new=new)]
    return _insert_alinea(reader, address)


def _insert_alinea(reader: _Reader, address: _Address | None) -> list[Edit] | None:
    new_alineas = (
        rf"(?:(?P<c>{_COUNT})\s+(?P<u>alinéas?|paragraphes?|[IVX]+|\d+°)\s+ainsi\s+rédigée?s?"
        rf"|l{_A}alinéa\s+suivant|les\s+(?:(?P<c2>{_COUNT})\s+)?alinéas\s+(?P<u2>suivants))"
        r"\s*(?::|(?=\n))"  # the colon, or at least the end of the line
    )
    at: int | None
    if m := reader.take(rf"Compléter\s+cet\s+article\s+par\s+{new_alineas}"):
        at = None
    elif m := reader.take(rf"Au\s+début\s+de\s+cet\s+article\s*,?\s*insérer\s+{new_alineas}"):
        at = 0
    elif m := reader.take(rf"L{_A}alinéa\s+(?P<n>\d+)\s+est\s+complété\s+par\s+{new_alineas}"):
        at = int(m["n"])
    elif (
        address is not None
        and address.place
        and (m := reader.take(rf"(?:insérer|ajouter)\s+{new_alineas}"))
    ):
        after = address.numbers[0]
        at = after if address.place == "after" else after - 1
    else:
        return None
    count = _count(m["c"] or m["c2"]) if (m["c"] or m["c2"]) else 1
    # "l'alinéa suivant : « … »", "Après l'alinéa 3, insérer…": the AN's way, quoted.
    inline = address is not None and address.inline
    quoted = True if inline or "suivant" in m.group(0).lower() else None
    if not (m["u"] or "alinéa").startswith("alinéa") or (m["u2"] and not m["c2"]):
        # A paragraph ("un II") may hold several alinéas: up to the next part.
        new = reader.block(quoted=quoted)
    else:
        new = reader.block(count, quoted=quoted)
    return [Edit(Op.INSERT_ALINEA, alinea=at, new=new)]


def _word_ops(reader: _Reader, address: _Address | None) -> list[Edit] | None:
    if m := reader.take(rf"Supprimer\s+{_OCC}\s*:?"):
        edits = [Edit(Op.DELETE_WORDS, old=reader.value(), occurrence=_ordinal(m["occ"]))]
        while m := reader.take(rf"et\s+{_OCC}\s*:?"):  # "… et les mots : …"
            edits.append(Edit(Op.DELETE_WORDS, old=reader.value(), occurrence=_ordinal(m["occ"])))
        return [each for edit in edits for each in _each(address, edit)]
    if m := reader.take(rf"Remplacer\s+{_OCC}\s*:?") or reader.take(
        rf"substituer\s+{_TO_OCC}\s*:?"
    ):
        edits = [_replacement(reader, m)]
        while m := reader.take(rf"et\s+{_OCC}\s*:?"):  # "… et le mot : … par le mot : …"
            edits.append(_replacement(reader, m))
        return [each for edit in edits for each in _each(address, edit)]
    if m := reader.take(rf"(?P<w>Après|Avant)\s+{_OCC}\s*:?"):
        anchor = reader.value(_THEN_INSERT)
        before, occurrence = m["w"].lower() == "avant", _ordinal(m["occ"])
        if end := reader.take(
            r",?\s*(?:(?P<rewrite>rédiger\s+ainsi)|supprimer)\s+(?:la\s+fin|le\s+(?P<start>début))"
            r"\s+de\s+(?:cet\s+alinéa|(?P<phrase>cette\s+phrase))\s*(?P<colon>:)?\.?"
        ):
            phrase = address.phrase if address else None
            if bool(end["start"]) != before or bool(end["rewrite"]) != bool(end["colon"]):
                raise Unrecognized("fin ou début mal désigné")
            if bool(end["phrase"]) != (phrase is not None):
                raise Unrecognized("phrase ou alinéa mal désigné")
            op = Op.REWRITE_ALINEA if end["rewrite"] else Op.DELETE_ALINEA
            new = reader.value() if end["rewrite"] else ""
            edit = Edit(op, anchor=anchor, new=new, before=before, occurrence=occurrence)
            return _each(address, edit)
        if not reader.take(rf",?\s*insérer\s+{_THE_NOUN}"):
            raise Unrecognized("mots à insérer attendus")
        edit = Edit(
            Op.INSERT_WORDS,
            anchor=anchor,
            new=reader.value(),
            before=m["w"].lower() == "avant",
            occurrence=_ordinal(m["occ"]),
        )
        return _each(address, edit)
    return _complete(reader, address)


def _replacement(reader: _Reader, m: re.Match[str]) -> Edit:
    old = reader.value(_THEN_NEW)
    if not reader.take(rf",?\s*(?:par\s+)?{_THE_NOUN}"):
        raise Unrecognized("nouveaux mots attendus")
    return Edit(Op.REPLACE_WORDS, old=old, new=reader.value(), occurrence=_ordinal(m["occ"]))


def _complete(reader: _Reader, address: _Address | None) -> list[Edit] | None:
    m = reader.take(
        rf"Compléter\s+(?:cet\s+alinéa|l{_A}alinéa(?!\s+\d)|(?P<this>cette\s+phrase)|l{_A}alinéa\s+(?P<n>\d+)"
        rf"|la\s+(?P<ph>{_ORD})\s+phrase(?:\s+de\s+l{_A}alinéa\s+(?P<m>\d+))?)\s+par\s+"
        rf"(?:{_THE_NOUN}|(?P<s>{_COUNT}\s+phrases?\s+ainsi\s+rédigées?\s*:))"
    )
    if not m:
        return None
    new = reader.value()
    numbers = _numbers(m["m"]) if m["m"] else _here(address, m)
    phrase = _ordinal(m["ph"]) or (address.phrase if address else None)
    if m["this"] and phrase is None:
        raise Unrecognized("phrase non précisée")
    return [Edit(Op.COMPLETE, alinea=n, phrase=phrase, new=new) for n in numbers]


_INSTRUCTIONS = (_article_ops, _alinea_ops, _word_ops)
