r"""Every rule that recognises a legislative document, in one table.

`RULES` has three kinds of rows, told apart by `use`:

- `Use.KIND`: evidence that a document is of kind `name`. Each row that matches anywhere in
  the head of the document adds `weight` points to that kind, once. 3 points is a marker
  that is decisive on its own (the boilerplate of an amendment); 1 point is a hint.
- `Use.FIELD`: where a metadata field `name` is stated; the named group `v` holds the value.
  Rows for one field are tried in table order and the first one that yields a value wins.
  `kinds` limits a row to some document kinds, where the pattern would mislead elsewhere.
- `Use.UNIT`: a heading that opens a unit of the structure (TITRE, Article, alinéa...),
  at the start of a line. `weight` is its depth in the tree (0 outermost); the named group
  `head` is the heading itself, `num` its number and `title` an optional title on the line.

Patterns are multi-line (`^` and `$` match at every line) and ignore case unless a row says
`exact_case=True`: headings in capitals ("PROJET DE LOI") are telling, the same words in
running text ("le projet de loi") are not. `\h` is a blank within a line, as in PCRE: a
space, a tab, or the no-break spaces of French typography ("1°\xa0Le"). To teach the program
a new form, add a row.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from reviewer.core.kinds import (
    AMENDEMENT,
    COMPTE_RENDU,
    OTHER,
    PETITION,
    PROJET,
    PROJET_AMENDEMENT,
    PROPOSITION,
    QUESTION,
    RAPPORT,
)

# Kind and field rules read only the first pages: that is where every document states what
# it is, and it keeps detection instant on a 300-page bill whose body quotes other texts.
HEAD_PAGES = 5
HEAD_CHARS = 60_000


class Use(StrEnum):
    KIND = "kind"
    FIELD = "field"
    UNIT = "unit"


@dataclass(frozen=True)
class Rule:
    use: Use
    name: str
    pattern: re.Pattern[str]
    weight: float  # KIND: points of evidence; UNIT: depth in the tree; FIELD: unused (0)
    note: str  # why the row is there; for kinds, it is also the reason shown to the user
    kinds: frozenset[str] = frozenset()  # FIELD only: the kinds it applies to (empty: all)


def _compile(pattern: str, exact_case: bool) -> re.Pattern[str]:
    python = pattern.replace(r"\h", r"[^\S\n]")  # Python's re has no `\h`
    return re.compile(python, re.MULTILINE | (0 if exact_case else re.IGNORECASE))


def evidence(
    kind: str, pattern: str, weight: float, note: str, *, exact_case: bool = False
) -> Rule:
    return Rule(Use.KIND, kind, _compile(pattern, exact_case), weight, note)


def stated(
    name: str,
    pattern: str,
    note: str,
    *,
    kinds: Iterable[str] = (),
    exact_case: bool = False,
) -> Rule:
    return Rule(Use.FIELD, name, _compile(pattern, exact_case), 0, note, frozenset(kinds))


def heading(name: str, head: str, depth: int, note: str, *, tail: str = r"\h*$") -> Rule:
    """A heading alone on its line, after optional diff ("+ ") or Markdown ("## ") marks."""
    pattern = _LEAD + f"(?P<head>{head})" + tail
    return Rule(Use.UNIT, name, _compile(pattern, exact_case=True), depth, note)


# --- Shared fragments ---------------------------------------------------------------------

# A newline rather than `^`: a literal first character lets the regex engine skip from line to
# line, ten times faster on a long bill. The text searched must therefore start with "\n".
_LEAD = r"\n\h*(?:[+-]\h+)?(?:\#{1,6}\h*)?"
# An optional title after a separator: "CHAPITRE II – Dispositions finales", "Chapitre 2 : X".
_TITLED = r"(?:\h*[:.–—-]\h*(?P<title>[^\n]*?))?\h*$"
_NO = r"n\h*[°º]"  # "N°", "n °", "Nº"
_APOS = r"['’]"
_MONTH = (
    r"(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre"
    r"|novembre|décembre|decembre)"
)
_DATE = rf"(?:[0-9]{{1,2}}(?:er)?\s+{_MONTH}\s+[0-9]{{4}}|[0-9]{{1,2}}/[0-9]{{1,2}}/[0-9]{{4}})"
_ROMAN = r"[IVXLC]+(?:er|ER)?"
# A header field's value: up to the end of the line, a tab, or the next header label (a PDF
# made from the Assemblée's page turns the tabs between fields into plain spaces).
_NEXT_LABEL = r"(?:Ministère\s+\w+|Rubrique|Tête d'analyse|Analyse)\s*[>:]"
_FIELD = rf"[^\t\n]+?(?=\s*(?:\t|\n|$|{_NEXT_LABEL}))"
# Articles and items inserted between two others: "7 bis", "2° ter".
LATIN_SUFFIXES = (
    "bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "nonies", "decies",
)  # fmt: skip
_LATIN = rf"(?i:{'|'.join(LATIN_SUFFIXES)})"
# "7", "7 bis", "7 bis A", "premier", "1er bis", and code articles "L. 251-2", "LO 111-4".
_ARTICLE_NO = (
    rf"(?i:liminaire|unique)"
    rf"|(?:(?i:premier|1er)|(?:(?:LO|L\.\h?O\.|[LRD]\.?)\h?)?[0-9]{{1,4}}(?:-[0-9]+)*)"
    rf"(?:\h+{_LATIN})?(?:\h+[A-Z]{{1,2}})?"
)
# "QUINZIÈME", "dix-septième", and without accents as some PDFs spell capitals.
_ORDINAL = (
    r"premi[eè]re|dix-(?:sept|huit|neuv)i[eè]me"
    r"|(?:deux|trois|quatr|cinqu|six|sept|huit|neuv|dix|onz|douz|treiz|quatorz|quinz|seiz"
    r"|vingt)i[eè]me"
)
# "De M. Jérôme Guedj (Socialistes et apparentés - Essonne)", the AN question header.
_ASKER = rf"Question\s+{_NO}\s*:\s*[0-9]+\s+De\s+"
_CREDITS = rf"Modifier ainsi les autorisations d{_APOS}engagement et les crédits de paiement"

# fmt: off
RULES: tuple[Rule, ...] = (
    # --- Kinds ----------------------------------------------------------------------------
    evidence(AMENDEMENT, r"^\h*AMENDEMENT\s+N\s*[°º]", 3, "title « AMENDEMENT N° »",
             exact_case=True),
    evidence(AMENDEMENT, rf"Sous réserve de son traitement par les services de l{_APOS}Assemblée",
             3, "boilerplate printed on every amendment of the Assemblée"),
    evidence(AMENDEMENT, r"^\h*EXPOS[ÉE] SOMMAIRE\h*$", 3,
             "an « EXPOSÉ SOMMAIRE », which only amendments have"),
    evidence(AMENDEMENT, _CREDITS, 3, "moves credits between programmes (finance bill)"),
    evidence(AMENDEMENT, rf"^\h*(?:APRÈS|AVANT) L{_APOS}ARTICLE\b", 2,
             "heading of an additional article (« APRÈS L'ARTICLE 7 »)", exact_case=True),
    evidence(AMENDEMENT,
             rf"^\h*(?:Rédiger ainsi|Supprimer cet article|Compléter cet article"
             rf"|(?:À|Après) l{_APOS}alinéa [0-9]+, (?:insérer|substituer|supprimer))",
             2, "amending orders in the infinitive (« Supprimer cet article. »)"),
    evidence(AMENDEMENT, r"\bcet amendement\b", 1, "speaks of « cet amendement »"),
    # A draft's PDF says so on its first line; it outweighs the amendment's own evidence.
    evidence(PROJET_AMENDEMENT, rf"^\h*PROJET D{_APOS}AMENDEMENT\b", 12,
             "the line « PROJET D'AMENDEMENT » reviewer prints on a draft", exact_case=True),
    evidence(QUESTION, rf"Question\s+{_NO}\s*:\s*[0-9]+", 3, "header « Question N° : »"),
    evidence(QUESTION, rf"^\h*Question écrite\s+{_NO}\s*[0-9]+", 3,
             "title « Question écrite n° »"),
    evidence(QUESTION, r"Ministère interrogé\s*[>:]", 3, "names the « Ministère interrogé »"),
    evidence(QUESTION, r"Ministère attributaire\s*[>:]", 1, "names the « Ministère attributaire »"),
    evidence(QUESTION, r"^\h*Texte de la question\h*$", 3, "« Texte de la question »"),
    evidence(QUESTION, r"^\h*Texte de la réponse\h*$", 1, "« Texte de la réponse »"),
    evidence(QUESTION, r"Question publiée au JO le", 3, "« Question publiée au JO le »"),
    evidence(QUESTION, r"Type de question\s*:\s*Question écrite", 2,
             "« Type de question : Question écrite »"),
    # "PROJET DE LOI ... - (N° 324)" in an amendment's header names the bill it amends.
    evidence(PROJET, r"^\h*PROJET DE LOI\b(?![^\n]*\(N\s*[°º])", 3,
             "title « PROJET DE LOI »", exact_case=True),
    evidence(PROJET, r"^\h*Projet de loi\b", 1.5, "title « Projet de loi »", exact_case=True),
    evidence(PROJET, r"au nom de (?:M\.|Mme)[^,\n]{1,80},\s*Premier ministre", 2,
             "presented on behalf of the Premier ministre"),
    evidence(PROJET, r"^\h*EXPOS[ÉE] DES MOTIFS\h*$", 1, "an « EXPOSÉ DES MOTIFS »"),
    evidence(PROPOSITION, r"^\h*PROPOSITION DE LOI\b", 3, "title « PROPOSITION DE LOI »",
             exact_case=True),
    evidence(PROPOSITION, r"^\h*Proposition de loi\b", 1.5, "title « Proposition de loi »",
             exact_case=True),
    evidence(PROPOSITION, r"^\h*présentée\s+par\b", 2,
             "« présentée par » (a proposition is tabled by deputies)"),
    evidence(PROPOSITION, r"^\h*EXPOS[ÉE] DES MOTIFS\h*$", 1, "an « EXPOSÉ DES MOTIFS »"),
    evidence(RAPPORT, r"^\h*RAPPORT\b", 3, "title « RAPPORT »", exact_case=True),
    evidence(RAPPORT, r"^\h*FAIT\s+au nom de la (?:commission|délégation|mission)", 3,
             "« FAIT au nom de la commission »"),
    evidence(RAPPORT, r"^\h*Rapporteure?\b", 1, "names a rapporteur"),
    evidence(PETITION, r"^\h*Pétition\b", 3, "title « Pétition »"),
    evidence(PETITION, r"\b(?:cette|notre|la présente) pétition\b", 1.5,
             "speaks of « cette pétition »"),
    evidence(PETITION, r"\bsign(?:ez|er|ataires?|atures?)\b", 1, "collects signatures"),
    evidence(PETITION, r"^\h*Nous,|\bsoussigné", 1, "signatories speak as « Nous, »"),
    evidence(COMPTE_RENDU, r"^\h*(?:COMPTE RENDU|Compte rendu (?:intégral|analytique|n))",
             3, "title « Compte rendu »", exact_case=True),
    evidence(COMPTE_RENDU, r"La séance est ouverte", 3, "« La séance est ouverte »"),
    evidence(COMPTE_RENDU, r"La séance est levée", 2, "« La séance est levée »"),
    evidence(COMPTE_RENDU, r"^\h*Présidence de (?:M\.|Mme)", 2, "« Présidence de M. ... »"),
    evidence(COMPTE_RENDU, r"^\h*(?:M\.|Mme) (?:le|la) président(?:e)?\.", 1,
             "« M. le président. » opens a speech"),
    evidence(OTHER, r"^\h*(?:•\h*)?Autres articles sur ces sujets", 2,
             "a website's related-articles box"),
    evidence(OTHER, r"\b(?:Lire aussi|Partager sur|Abonnez-vous)\b", 1.5, "press or blog page"),
    # --- Fields ---------------------------------------------------------------------------
    stated("number", rf"Question\s+{_NO}\s*:\s*(?P<v>[0-9]+)", "« Question N° : 13417 »"),
    stated("number", rf"Question écrite\s+{_NO}\s*(?P<v>[0-9]+)", "« Question écrite n° 6750 »"),
    stated("number", r"Numéro de la question\s*:\s*(?P<v>[0-9]+)", "Données clés of a question"),
    stated("number", rf"^\h*AMENDEMENT\s+{_NO}\s*(?P<v>[0-9A-Z][0-9A-Z-]*)",
           "« AMENDEMENT N° II-CF12 »"),
    stated("number", rf"^\h*{_NO}\s*(?P<v>[0-9]+)\h*$", "« N° 269 » alone on the cover",
           kinds=(PROJET, PROPOSITION, RAPPORT, AMENDEMENT)),
    stated("legislature", r"(?P<v>[0-9]{1,2})\h*(?:e|è|ème|eme|re|ᵉ|\^e)\s+l[ée]gislature",
           "« 16ème législature »"),
    stated("legislature", rf"\b(?P<v>{_ORDINAL})\s+l[ée]gislature", "« DIX-SEPTIÈME LÉGISLATURE »"),
    # Alone on its line: the Assemblée's menus list « XIVe législature » among others.
    stated("legislature", r"^\h*(?P<v>[XVI]{1,5})e\h+législature\h*$",
           "« XVIIe législature »"),
    # A bill's cover names its chamber on a line of its own, and the Sénat's its session:
    # with its number, what amendments name the text they amend by (reviewer.library.binding).
    stated("chamber", r"^\h*(?P<v>ASSEMBLÉE NATIONALE|SÉNAT)\h*$", "« SÉNAT » alone on the cover",
           kinds=(PROJET, PROPOSITION, RAPPORT), exact_case=True),
    stated("session", r"^\h*SESSION\h+(?:ORDINAIRE|EXTRAORDINAIRE)\h+DE\h+(?P<v>[0-9]{4}-[0-9]{4})",
           "« SESSION ORDINAIRE DE 2017-2018 »", kinds=(PROJET, PROPOSITION, RAPPORT),
           exact_case=True),
    stated("authors", rf"{_ASKER}(?P<v>[^(\t\n]+?)\s*\(", "AN question header"),
    stated("authors", r"^\h*(?:Auteur|Question de)\s*:\s*(?P<v>[^\n(]+)",
           "« Auteur : M. Ugo Bernalicis »"),
    # Up to nine lines: the names of cosignatories run on until a blank line.
    stated("authors", r"^\h*présentée?\s+par\b[ \t:]*(?P<v>[^\n]*(?:\n[^\n]+){0,8})",
           "« présenté par M. X, Mme Y et les membres du groupe Z »",
           kinds=(AMENDEMENT, PROPOSITION)),
    # The group is before the last " - ", for group names hold dashes too.
    stated("group", rf"{_ASKER}[^(\t\n]+\((?P<v>[^)\n]+)\s-\s[^)\n]+\)",
           "« (Socialistes et apparentés - Essonne) »"),
    stated("group", r"Circonscription\s*:[^\n]*?\)\s*-\s*(?P<v>[^\n]+)",
           "« Circonscription : Nord (2e circonscription) - La France insoumise - ... »"),
    stated("group", r"membres du groupe\s+(?P<v>[^\n(]+)", "« et les membres du groupe X »",
           kinds=(AMENDEMENT, PROPOSITION)),
    stated("group", r"\b[Gg]roupe\s+(?P<v>[A-Z]{2,}[A-Z0-9]*(?:-[A-Z0-9]+)*)\b",
           "an acronym: « le groupe LFI-NFP propose »", kinds=(AMENDEMENT, PROPOSITION),
           exact_case=True),
    stated("constituency", rf"{_ASKER}[^(\t\n]+\([^)\n]+\s-\s(?P<v>[^)\n]+?)\s*\)",
           "the département after the group in the AN question header"),
    stated("constituency", r"Circonscription\s*:\s*(?P<v>[^(\n]+?)\s*\(",
           "« Circonscription : Nord (2e circonscription) »"),
    stated("ministry_asked", rf"Ministère interrogé\s*[>:]\s*(?P<v>{_FIELD})",
           "« Ministère interrogé > Intérieur et outre-mer »"),
    stated("ministry_answering", rf"Ministère répondant\s*[>:]\s*(?P<v>{_FIELD})",
           "the ministry that answered"),
    stated("ministry_answering", rf"Ministère attributaire\s*[>:]\s*(?P<v>{_FIELD})",
           "the ministry assigned to answer"),
    stated("rubrique", rf"(?:^|\s)Rubrique\s*[>:]\s*(?P<v>{_FIELD})", "« Rubrique > »"),
    # Not « Tête d'analyse > », which is the heading above the analyse.
    stated("analyse", rf"(?:^|\t|\s\s|\.\s)\h*Analyse\s*[>:]\s*(?P<v>{_FIELD})", "« Analyse > »"),
    stated("published", rf"Question publiée au JO le\s*:?\s*\[?(?P<v>{_DATE})",
           "« Question publiée au JO le : 05/12/2023 »"),
    stated("answered", rf"Réponse publiée au JO le\s*:?\s*\[?(?P<v>{_DATE})",
           "« Réponse publiée au JO le : 12/03/2024 »"),
    stated("withdrawn", rf"Question retirée le\s*:?\s*\[?(?P<v>{_DATE})",
           "« Question retirée le : 11/06/2024 (fin de mandat) »"),
    stated("registered",
           rf"Enregistrée?\s+à\s+la\s+Présidence\s+(?:de\s+l{_APOS}Assemblée\s+nationale|du\s+"
           rf"Sénat)\s+le\s+(?P<v>{_DATE})",
           "« Enregistré à la Présidence de l'Assemblée nationale le 11 octobre 2017 »"),
    stated("registered", rf"^\h*Déposé\s+le\s*:?\s*(?P<v>{_DATE})", "« Déposé le 3 mai 2024 »",
           kinds=(AMENDEMENT,)),
    stated("target_article",
           rf"^\h*(?P<v>(?:(?P<pos>APRÈS|AVANT|Après|Avant)\s+[Ll]{_APOS})?(?:ARTICLE|Article)"
           rf"\h+(?P<num>{_ARTICLE_NO}))\h*$",
           "the heading « ARTICLE 42 » or « APRÈS L'ARTICLE 7 »", kinds=(AMENDEMENT,),
           exact_case=True),
    stated("etat", r"^\h*ÉTAT\h+(?P<v>[A-G])\h*$",
           "« ÉTAT B »: the table of credits of a finance bill", kinds=(AMENDEMENT,),
           exact_case=True),
    stated("mission", r"^\h*Mission\s*«\s*(?P<v>[^»\n]+?)\s*»",
           "« Mission « Administration générale et territoriale de l'État » »",
           kinds=(AMENDEMENT,)),
    # Amounts with thousands separators ("8 000 000"); read before the exposé sommaire only.
    stated("sums", r"(?<![0-9])(?P<v>[0-9]{1,3}(?:\h[0-9]{3})+)(?![0-9])",
           "AE/CP amounts in the table of a credit amendment", kinds=(AMENDEMENT,)),
    # --- Units ----------------------------------------------------------------------------
    heading("partie",
            r"(?P<num>PREMIÈRE|SECONDE|DEUXIÈME|TROISIÈME|QUATRIÈME|CINQUIÈME)\h+PARTIE",
            0, "« PREMIÈRE PARTIE » of a finance bill", tail=_TITLED),
    heading("titre", rf"(?:TITRE|Titre)\h+(?P<num>{_ROMAN}|[0-9]{{1,3}}(?:er)?"
            r"|(?i:préliminaire|unique))\b", 1, "« TITRE Ier »", tail=_TITLED),
    heading("chapitre", rf"(?:CHAPITRE|Chapitre)\h+(?P<num>{_ROMAN}|[0-9]{{1,3}}(?:er)?"
            r"|(?i:préliminaire|unique))\b", 2, "« CHAPITRE II »", tail=_TITLED),
    heading("section", rf"(?:SECTION|Section)\h+(?P<num>{_ROMAN}|[0-9]{{1,3}}(?:re)?"
            r"|(?i:unique))\b", 3, "« Section 1 »", tail=_TITLED),
    heading("sous-section", r"(?:SOUS-SECTION|Sous-section)\h+(?P<num>[0-9]{1,3}|"
            r"(?i:unique))\b", 4, "« Sous-section 2 »", tail=_TITLED),
    heading("article",
            rf"(?:(?P<pos>APRÈS|AVANT|Après|Avant)\h+[Ll]{_APOS})?(?:ARTICLE|Article)"
            rf"\h+(?P<num>{_ARTICLE_NO})",
            5, "« Article 7 bis », « ARTICLE 42 », « APRÈS L'ARTICLE 7 » (an amendment's place)",
            tail=r"\h*(?:\((?P<title>[^)\n]{1,60})\))?\h*$"),
    heading("exposé sommaire", r"(?i:EXPOS[ÉE] SOMMAIRE)", 5, "an amendment's reasons"),
    heading("exposé des motifs", r"(?i:EXPOS[ÉE] DES MOTIFS)", 5, "a bill's reasons"),
    heading("texte de la question", r"(?i:Texte de la question)", 5, "a written question"),
    heading("texte de la réponse", r"(?i:Texte de la réponse)", 5, "the minister's answer"),
    heading("données clés", r"(?i:Données clés)", 5, "the facts box of a question page"),
    heading("paragraphe", r"(?P<num>[IVX]{1,5})\.\h*[–—-]", 6, "« II. – » divides an article",
            tail=r"(?=\h*\S)"),
    # Items start with a capital: « 2° du B du I » is a reference wrapped onto a new line.
    heading("alinéa", rf"(?P<num>[0-9]{{1,3}}°(?:\h*{_LATIN})?)", 7, "« 1° », « 2° bis »",
            tail=r"(?=\h+[A-ZÀ-ÖØ-Þ«(\[]|\h*$)"),
    # The Assemblée's PDFs number every alinéa in the margin: a number alone on its line,
    # then the text. Kept only when they run 1, 2, 3... inside an article (page numbers do not).
    heading("marge", r"(?P<num>[0-9]{1,3})", 7, "alinéa number printed in the margin",
            tail=r"\h*\n(?=\h*(?:[^\W\d_]|[«(\"“'–—]|[0-9]{1,3}°))"),
)
# fmt: on


def rules(use: Use, name: str | None = None) -> tuple[Rule, ...]:
    """The rows of one use (and one name), in table order."""
    return tuple(r for r in RULES if r.use is use and (name is None or r.name == name))


def head(pages: Sequence[str]) -> str:
    """The part of a document that kind and field rules read: its first pages."""
    return "\n".join(pages[:HEAD_PAGES])[:HEAD_CHARS]
