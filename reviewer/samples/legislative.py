"""Generate realistic French legislative documents (bills, amendments, written questions).

Everything is deterministic: a document is a function of its seed, so tests, demos and
benchmarks see the same text on every machine. Sentences are assembled from the phrase
templates and word lists of `vocabulary.py`; the PDFs are laid out by `reviewer.pdf`.
"""

from __future__ import annotations

import itertools
import json
import multiprocessing
import random
import re
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial
from pathlib import Path

from reviewer.core.kinds import AMENDEMENT, PROJET, PROPOSITION, QUESTION
from reviewer.pdf import Block, write_pdf
from reviewer.samples import vocabulary as vocab
from reviewer.samples.vocabulary import Topic

# Bump whenever generated text or layout changes, so cached corpora are rebuilt.
GENERATOR_VERSION = 2
MANIFEST_NAME = "corpus-manifest.json"


@dataclass(frozen=True)
class Document:
    """A generated document: `kind` is "projet de loi", "amendement", "question écrite"..."""

    kind: str
    title: str
    author: str
    topic: str  # slug of the vocabulary topic, used in file names
    blocks: tuple[Block, ...]

    def write(self, path: Path) -> int:
        """Write the document as an A4 PDF; return its page count."""
        return write_pdf(path, self.blocks, title=self.title, author=self.author)


# --- Sentences ------------------------------------------------------------------------------

_PLACEHOLDER = re.compile(r"\{(?:(de|a):)?([A-Z0-9]+)\}")
# French elides "que", "de" and "ne" before a vowel ("qu'aucune", "d'un an", "d'encadrer").
_ELISION = re.compile(r"\b([Qq]ue|[Dd]e|[Nn]e) (?=[aeiouyéèêàâîôûœAEIOUYÉÈÊÀÂÎÔÛŒ])")
_MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
_ORDINALS = ("premier", "deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième")


@dataclass(frozen=True)
class _Person:
    civility: str  # "M." or "Mme"
    name: str

    @property
    def feminine(self) -> bool:
        return self.civility == "Mme"

    def __str__(self) -> str:
        return f"{self.civility} {self.name}"


class _Writer:
    """Fills phrase templates for one document: its random stream, topic and fixed words."""

    def __init__(self, rng: random.Random, topic: Topic, context: dict[str, str]) -> None:
        self.rng = rng
        self.topic = topic
        # A second topic the document touches now and then, so topic words spill over a
        # little into other documents, as they do in real texts.
        self.aside = rng.choice([other for other in vocab.TOPICS if other is not topic])
        self.context = context

    def sentence(self, templates: Sequence[str]) -> str:
        return self._sentence(self.rng.choice(templates))

    def paragraph(self, templates: Sequence[str], words: int, *, opening: str = "") -> str:
        """Sentences from `templates` until about `words` words, after an optional opening.

        A template comes back only once the others are used, so paragraphs do not stutter.
        """
        sentences = [self._sentence(opening)] if opening else []
        count = sum(len(sentence.split()) for sentence in sentences)
        used: set[str] = set()
        while count < words:
            fresh = [template for template in templates if template not in used]
            if not fresh:
                used.clear()
                fresh = list(templates)
            template = self.rng.choice(fresh)
            used.add(template)
            sentences.append(self._sentence(template))
            count += len(sentences[-1].split())
        return " ".join(sentences)

    def fill(self, template: str) -> str:
        return _PLACEHOLDER.sub(self._replace, template)

    def topical(self, field: str, generic: Sequence[str], share: float) -> str:
        """A topic word most of the time, else a generic one, rarely one of the aside topic."""
        draw = self.rng.random()
        if draw < 0.03:
            return self.rng.choice(getattr(self.aside, field))
        if draw < share:
            return self.rng.choice(getattr(self.topic, field))
        return self.rng.choice(generic)

    def verb(self, form: int) -> str:
        """A verb phrase: 0 infinitive, 1 third person singular, 2 plural."""
        verbs = self.topic.verbs if self.rng.random() < 0.4 else vocab.VERBS
        return self.rng.choice(verbs)[form]

    def _sentence(self, template: str) -> str:
        text = _ELISION.sub(_elide, self.fill(template))
        return text[0].upper() + text[1:]

    def _replace(self, match: re.Match[str]) -> str:
        preposition, name = match.groups()
        value = self.context.get(name) or self.fill(_SLOTS[name](self))
        return _contract(preposition, value) if preposition else value


def _elide(match: re.Match[str]) -> str:
    return match.group(1)[:-1] + "'"


def _contract(preposition: str, phrase: str) -> str:
    """ "de" + "le X" -> "du X", "a" + "les X" -> "aux X"; elision happens per sentence."""
    article, _, rest = phrase.partition(" ")
    if preposition == "de":
        forms = {"le": "du", "les": "des", "des": "de"}
        return f"{forms[article]} {rest}" if article in forms else f"de {phrase}"
    forms = {"le": "au", "les": "aux"}
    return f"{forms[article]} {rest}" if article in forms else f"à {phrase}"


_SLOTS: dict[str, Callable[[_Writer], str]] = {
    "S": lambda w: w.topical("authorities", vocab.AUTHORITIES, 0.5),
    "SP": lambda w: w.topical("plural_authorities", vocab.PLURAL_AUTHORITIES, 0.5),
    "O": lambda w: w.topical("objects", vocab.OBJECTS, 0.85),
    "V": lambda w: w.verb(0),
    "V3": lambda w: w.verb(1),
    "V3P": lambda w: w.verb(2),
    "C": lambda w: w.rng.choice(vocab.COMPLEMENTS),
    "P": lambda w: w.topical("purposes", vocab.PURPOSES, 0.6),
    "K": lambda w: w.topical("claims", vocab.CLAIMS, 0.6),
    "REF": lambda w: w.topical("references", w.topic.references, 1.0),
    "LAW": lambda w: w.topical("laws", w.topic.laws, 1.0),
    "CL": lambda w: w.rng.choice(vocab.CLAUSES),
    "I": lambda w: w.rng.choice(vocab.INSTITUTIONS),
    "Y": lambda w: w.rng.choice(vocab.SOURCES),
    "VAL": lambda w: w.rng.choice(vocab.VALUES),
    "Q": lambda w: w.rng.choice(vocab.QUESTIONS),
    "DUR": lambda w: w.rng.choice(vocab.DURATIONS),
    "FINE": lambda w: w.rng.choice(vocab.FINES),
    "DATE": lambda w: french_date(_day(w.rng, date(2025, 1, 1), date(2027, 12, 31))),
    "YEAR": lambda w: str(w.rng.randint(2015, 2024)),
    "AMOUNT": lambda w: _euros(w.rng.randint(2, 900) * 10 ** w.rng.randint(3, 5)),
    "COUNT": lambda w: _thousands(w.rng.randint(12, 4200)),
}


# --- Small formats --------------------------------------------------------------------------


def french_date(day: date) -> str:
    """ "1er mars 2025", "12 mars 2025"."""
    number = "1er" if day.day == 1 else str(day.day)
    return f"{number} {_MONTHS[day.month - 1]} {day.year}"


def _euros(amount: int) -> str:
    return f"{_thousands(amount)} euros"


def _roman(number: int) -> str:
    numerals = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    text = ""
    for value, letters in numerals:
        count, number = divmod(number, value)
        text += letters * count
    return text


def _division(number: int) -> str:
    """Number of a TITRE or CHAPITRE: "Ier", "II", "III"..."""
    return "Ier" if number == 1 else _roman(number)


def _thousands(number: int) -> str:
    return f"{number:,}".replace(",", " ")


def _day(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randint(0, (last - first).days))


def _person(rng: random.Random) -> _Person:
    if rng.random() < 0.45:
        return _Person(
            "Mme", f"{rng.choice(vocab.FEMALE_FIRST_NAMES)} {rng.choice(vocab.SURNAMES)}"
        )
    return _Person("M.", f"{rng.choice(vocab.MALE_FIRST_NAMES)} {rng.choice(vocab.SURNAMES)}")


def _office(person: _Person, ministry: str) -> str:
    """ "ministre de l'intérieur", "ministre déléguée chargée du numérique"."""
    return vocab.MINISTRIES[ministry].office.replace("{e}", "e" if person.feminine else "")


def _addressed(person: _Person, ministry: str) -> str:
    """How a question names a minister: "Mme la ministre de l'intérieur"."""
    article = "Mme la" if person.feminine else "M. le"
    return f"{article} {_office(person, ministry)}"


def _topic(rng: random.Random, slug: str | None) -> Topic:
    if slug is None:
        return rng.choices(vocab.TOPICS, weights=vocab.TOPIC_WEIGHTS)[0]
    for topic in vocab.TOPICS:
        if topic.slug == slug:
            return topic
    raise ValueError(f"unknown topic {slug!r}; known: {', '.join(t.slug for t in vocab.TOPICS)}")


def _bare(noun_phrase: str) -> str:
    """ "les systèmes de vidéoprotection" -> "Systèmes de vidéoprotection"."""
    for article in ("les ", "le ", "la ", "l'"):
        if noun_phrase.startswith(article):
            noun_phrase = noun_phrase[len(article) :]
            break
    return noun_phrase[0].upper() + noun_phrase[1:]


def _header(registered: date, number: int) -> list[Block]:
    return [
        Block("small", f"N° {number}"),
        Block("center", "ASSEMBLÉE NATIONALE"),
        Block("center", "CONSTITUTION DU 4 OCTOBRE 1958"),
        Block("center", "DIX-SEPTIÈME LÉGISLATURE"),
        Block(
            "small",
            f"Enregistré à la Présidence de l'Assemblée nationale le {french_date(registered)}.",
        ),
    ]


# --- Bills ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _BillFrame:
    """What the parts of a bill share: who presents it, what it is called."""

    kind: str  # "projet de loi" or "proposition de loi"
    subject: str  # "relatif à la vidéoprotection..."
    authors: tuple[_Person, ...]  # the Premier ministre then the minister, or the deputies
    ministry: str
    registered: date


def bill(
    seed: int, *, articles: int = 12, title: str | None = None, topic: str | None = None
) -> Document:
    """A projet (or proposition) de loi with its header, exposé des motifs and `articles` articles.

    `title` is the subject after "PROJET DE LOI", e.g. "relatif à la sécurité des Jeux";
    `topic` is a vocabulary topic slug ("videoprotection"...); both default to the seed's.
    """
    rng = random.Random(seed)
    subject = _topic(rng, topic)
    frame = _bill_frame(rng, subject, title)
    writer = _Writer(rng, subject, {"TEXT": _text_name(frame.kind)})
    labels = _article_labels(rng, articles)
    blocks = [
        *_header(frame.registered, rng.randint(300, 2400)),
        *_bill_title(frame, subject),
        *_motives(writer, labels),
        *_decree(rng, frame),
        *_body(writer, labels),
    ]
    # A projet is carried by its minister, a proposition by its first signatory.
    author = str(frame.authors[0]) if frame.kind == PROPOSITION else str(frame.authors[1])
    return Document(
        frame.kind,
        f"{frame.kind.capitalize()} {frame.subject}",
        author,
        subject.slug,
        tuple(blocks),
    )


def bill_with_articles(
    number: str, labels: Sequence[str], *, session: str = "", legislature: str = ""
) -> list[Block]:
    """A bill of the Sénat (`session` "2017-2018") or of the AN (`legislature` "15") whose
    cover states its number, holding the articles `labels` ("Article 7", "Article 2 bis") in
    this order: the text amendments of that number bind to, for tests and benchmarks."""
    chamber = f"{legislature}e législature" if legislature else f"SESSION ORDINAIRE DE {session}"
    blocks = [
        Block("small", f"N° {number}"),
        Block("center", "SÉNAT" if session else "ASSEMBLÉE NATIONALE"),
        Block("center", chamber),
        Block("h1", "PROJET DE LOI"),
        Block("center", "de financement de la sécurité sociale"),
    ]
    for label in labels:
        blocks += [
            Block("h3", label),
            Block("p", "Le code de la sécurité sociale est ainsi modifié :"),
            Block(
                "p", "1° Au premier alinéa, le mot : « deux » est remplacé par le mot : « trois » ;"
            ),
            Block("p", "2° Le dernier alinéa est supprimé."),
        ]
    return blocks


def _bill_frame(rng: random.Random, topic: Topic, title: str | None) -> _BillFrame:
    if rng.random() < 0.3:
        deputies = tuple(_person(rng) for _ in range(rng.randint(1, 6)))
        subject = title or topic.proposal_title
        return _BillFrame(PROPOSITION, subject, deputies, topic.ministries[0], _bill_date(rng))
    ministers = (_person(rng), _person(rng))
    subject = title or topic.bill_title
    return _BillFrame(PROJET, subject, ministers, topic.ministries[0], _bill_date(rng))


def _bill_date(rng: random.Random) -> date:
    return _day(rng, date(2024, 10, 1), date(2025, 12, 31))


def _text_name(kind: str) -> str:
    return "la présente proposition de loi" if kind == PROPOSITION else "le présent projet de loi"


def _bill_title(frame: _BillFrame, topic: Topic) -> list[Block]:
    committee = vocab.COMMITTEES[topic.committee]
    blocks = [
        Block("h1", frame.kind.upper()),
        Block("h2", frame.subject),
        Block(
            "small",
            f"(Renvoyé{'e' if frame.kind == PROPOSITION else ''} à {committee}, à"
            " défaut de constitution d'une commission spéciale dans les délais prévus par les"
            " articles 30 et 31 du Règlement.)",
        ),
    ]
    if frame.kind == PROPOSITION:
        names = ", ".join(str(person) for person in frame.authors)
        blocks.append(Block("center", f"présentée par {names}, {_deputies(frame.authors)}."))
        return blocks
    prime, minister = frame.authors
    blocks.insert(2, Block("center", "(Procédure accélérée)"))
    blocks.append(
        Block(
            "center",
            f"présenté au nom de {prime}, {_prime_minister(prime)}, par {minister},"
            f" {_office(minister, frame.ministry)}.",
        )
    )
    return blocks


def _motives(writer: _Writer, labels: Sequence[str]) -> list[Block]:
    """The exposé des motifs: a general case for the text, then a word on each article."""
    rng = writer.rng
    blocks = [Block("h2", "EXPOSÉ DES MOTIFS"), Block("p", "Mesdames, Messieurs,")]
    for _ in range(min(8, 2 + len(labels) // 5)):
        blocks.append(Block("p", writer.paragraph(vocab.EXPOSITORY, rng.randint(90, 170))))
    for label in labels:
        writer.context["ART"] = label
        opening = rng.choice(vocab.ARTICLE_INTRODUCTIONS)
        text = writer.paragraph(vocab.EXPOSITORY, rng.randint(60, 160), opening=opening)
        blocks.append(Block("p", text))
        for _ in range(rng.randint(0, 2)):
            blocks.append(Block("p", writer.paragraph(vocab.EXPOSITORY, rng.randint(60, 150))))
    return blocks


def _prime_minister(person: _Person) -> str:
    return "Première ministre" if person.feminine else "Premier ministre"


def _deputies(people: Sequence[_Person]) -> str:
    """ "député", "députée", "députés" or "députées", agreeing with the signatories."""
    feminine = "e" if all(person.feminine for person in people) else ""
    plural = "s" if len(people) > 1 else ""
    return f"député{feminine}{plural}"


def _decree(rng: random.Random, frame: _BillFrame) -> list[Block]:
    """The Premier ministre's decree that sends a projet de loi to the Assemblée."""
    if frame.kind != PROJET:
        return [Block("h1", "PROPOSITION DE LOI")]
    prime, minister = frame.authors
    office = _office(minister, frame.ministry)
    signed = french_date(frame.registered - timedelta(days=rng.randint(1, 10)))
    article = "La" if prime.feminine else "Le"
    return [
        Block("h1", "PROJET DE LOI"),
        Block("center", f"{article} {_prime_minister(prime)},"),
        Block("center", f"Sur le rapport du {office},"),
        Block("center", "Vu l'article 39 de la Constitution,"),
        Block("center", "Décrète :"),
        Block(
            "p",
            f"Le présent projet de loi {frame.subject}, délibéré en conseil des ministres après"
            f" avis du Conseil d'État, sera présenté à l'Assemblée nationale par le {office}, qui"
            " sera chargé d'en exposer les motifs et d'en soutenir la discussion.",
        ),
        Block("p", f"Fait à Paris, le {signed}."),
        Block("p", f"Signé : {prime.name}"),
        Block("p", f"Par {article.lower()} {_prime_minister(prime)} :"),
        Block("p", f"{'La' if minister.feminine else 'Le'} {office}"),
        Block("p", f"Signé : {minister.name}"),
    ]


def _article_labels(rng: random.Random, count: int) -> list[str]:
    """ "premier", "2", "3", "3 bis", "4"...: articles inserted in committee get "bis", "ter"."""
    labels: list[str] = []
    number, inserted = 0, 0
    while len(labels) < count:
        if number >= 2 and inserted < 2 and rng.random() < 0.1:
            inserted += 1
            labels.append(f"{number} {('bis', 'ter')[inserted - 1]}")
            continue
        number, inserted = number + 1, 0
        labels.append("premier" if number == 1 else str(number))
    return labels


def _body(writer: _Writer, labels: Sequence[str]) -> list[Block]:
    """Titles, chapters and articles; the last title holds the final provisions."""
    rng = writer.rng
    parts = _split(
        rng, list(labels), 1 if len(labels) < 6 else rng.randint(2, min(5, len(labels) // 3))
    )
    blocks: list[Block] = []
    for number, part in enumerate(parts, start=1):
        last = number == len(parts) and len(parts) > 1
        heading = rng.choice(vocab.FINAL_CHAPTERS if last else writer.topic.chapters)
        blocks += [Block("h2", f"TITRE {_division(number)}"), Block("center", heading.upper())]
        chapters = _split(rng, part, 1 if len(part) < 4 else rng.randint(1, 3))
        for chapter, chapter_labels in enumerate(chapters, start=1):
            if len(chapters) > 1:
                blocks.append(Block("center", f"CHAPITRE {_division(chapter)}"))
                blocks.append(Block("center", rng.choice(writer.topic.chapters)))
            for label in chapter_labels:
                blocks.append(Block("h3", f"Article {label}"))
                blocks += _article(writer)
    return blocks


def _split(rng: random.Random, items: list[str], parts: int) -> list[list[str]]:
    """Cut `items` into `parts` non-empty consecutive runs at random places."""
    cuts = sorted(rng.sample(range(1, len(items)), parts - 1)) if parts > 1 else []
    bounds = [0, *cuts, len(items)]
    return [items[start:end] for start, end in itertools.pairwise(bounds)]


def _article(writer: _Writer) -> list[Block]:
    shapes = (_amending_article, _numbered_article, _inserting_article, _plain_article)
    return writer.rng.choices(shapes, weights=(35, 30, 15, 20))[0](writer)


def _provision(writer: _Writer, sentences: int) -> str:
    """Normative sentences, with a topic provision now and then."""
    rng = writer.rng
    texts = [
        rng.choice(writer.topic.provisions)
        if rng.random() < 0.12
        else writer.sentence(vocab.NORMATIVE)
        for _ in range(sentences)
    ]
    return " ".join(texts)


def _amending_article(writer: _Writer) -> list[Block]:
    """ "L'article L. 251-2 du code ... est ainsi modifié :" then "1° ...", "2° ..."."""
    rng = writer.rng
    reference = writer.fill("{REF}")
    blocks = [Block("p", f"{reference[0].upper()}{reference[1:]} est ainsi modifié :")]
    count = rng.randint(1, 5)
    for item in range(1, count + 1):
        end = "." if item == count else " ;"
        blocks += _modification(writer, f"{item}°", end)
    return blocks


def _modification(writer: _Writer, number: str, end: str) -> list[Block]:
    rng = writer.rng
    ordinal = rng.choice(_ORDINALS[:5])
    old, new = rng.sample(writer.topic.terms, 2)
    match rng.randrange(5):
        case 0:
            text = (
                f"Au {ordinal} alinéa, les mots : « {old} » sont remplacés par les mots : « {new} »"
            )
            return [Block("p", f"{number} {text}{end}")]
        case 1:
            return [
                Block(
                    "p",
                    f"{number} Après le {ordinal} alinéa, il est inséré un alinéa ainsi rédigé :",
                ),
                Block("p", f"« {_provision(writer, rng.randint(1, 3))} »{end}"),
            ]
        case 2:
            sentence = _provision(writer, 1)
            text = f"Le {ordinal} alinéa est complété par une phrase ainsi rédigée : « {sentence} »"
            return [Block("p", f"{number} {text}{end}")]
        case 3:
            return [Block("p", f"{number} Le dernier alinéa est supprimé{end}")]
        case _:
            text = (
                f"À la première phrase du {ordinal} alinéa, après les mots : « {old} »,"
                f" sont insérés les mots : « {new} »"
            )
            return [Block("p", f"{number} {text}{end}")]


def _numbered_article(writer: _Writer) -> list[Block]:
    """ "I. – À titre expérimental..." "II. – Un décret en Conseil d'État..."."""
    rng = writer.rng
    count = rng.randint(2, 5)
    blocks = []
    for number in range(1, count + 1):
        if number == count and rng.random() < 0.6:
            text = writer.sentence(vocab.CLOSING_PROVISIONS)
        else:
            text = _provision(writer, rng.randint(1, 4))
        blocks.append(Block("p", f"{_roman(number)}. – {text}"))
    return blocks


def _inserting_article(writer: _Writer) -> list[Block]:
    """A new code article: "Après l'article L. 251-2 ..., il est inséré un article L. 251-2-1"."""
    rng = writer.rng
    reference = rng.choice([ref for ref in writer.topic.references if " du code " in ref])
    number = reference.removeprefix("l'article ").split(" du code ")[0]
    new = f"{number}-{rng.randint(1, 3)}"
    blocks = [
        Block("p", f"Après {reference}, il est inséré un article {new} ainsi rédigé :"),
    ]
    count = rng.randint(1, 4)
    for alinea in range(count):
        prefix = f"« Art. {new}. – " if alinea == 0 else "« "
        suffix = " »" if alinea == count - 1 else ""
        blocks.append(Block("p", f"{prefix}{_provision(writer, rng.randint(1, 3))}{suffix}"))
    return blocks


def _plain_article(writer: _Writer) -> list[Block]:
    rng = writer.rng
    return [Block("p", _provision(writer, rng.randint(1, 4))) for _ in range(rng.randint(1, 2))]


# --- Amendments -----------------------------------------------------------------------------


def amendment(seed: int, *, article: str = "7", topic: str | None = None) -> Document:
    """An amendment to `article` of a bill ("7", "7 bis", "premier"), with its exposé sommaire."""
    rng = random.Random(seed)
    subject = _topic(rng, topic)
    number = rng.randint(1, 2400)
    group = rng.choice(tuple(vocab.GROUPS))
    government = rng.random() < 0.1
    authors = () if government else tuple(_person(rng) for _ in range(rng.randint(1, 4)))
    writer = _Writer(rng, subject, {})
    critical = not government and group in vocab.CRITICAL_GROUPS
    blocks = [
        *_amendment_header(rng, subject, number),
        Block("h1", f"AMENDEMENT N° {number}"),
        Block("center", _presenters(authors, group)),
        Block("h2", f"ARTICLE {article.upper()}"),
        *_amending_text(writer, critical),
        Block("h2", "EXPOSÉ SOMMAIRE"),
        *_summary(writer, critical, group, government),
    ]
    author = "Le Gouvernement" if government else str(authors[0])
    title = f"Amendement n° {number} à l'article {article} ({subject.bill_title})"
    return Document(AMENDEMENT, title, author, subject.slug, tuple(blocks))


def _amendment_header(rng: random.Random, topic: Topic, number: int) -> list[Block]:
    tabled = _day(rng, date(2024, 10, 1), date(2025, 12, 31))
    bill_number = rng.randint(300, 2400)
    return [
        Block("center", "ASSEMBLÉE NATIONALE"),
        Block("center", french_date(tabled)),
        Block("center", f"PROJET DE LOI {topic.bill_title.upper()} - (N° {bill_number})"),
        Block(
            "small",
            "Sous réserve de son traitement par les services de l'Assemblée nationale et de sa"
            " recevabilité",
        ),
    ]


def _presenters(authors: Sequence[_Person], group: str) -> str:
    if not authors:
        return "présenté par le Gouvernement"
    names = ", ".join(str(person) for person in authors)
    return f"présenté par {names} et les membres du groupe {vocab.GROUPS[group]} ({group})"


def _amending_text(writer: _Writer, critical: bool) -> list[Block]:
    """What the amendment does to the article: delete it, rewrite or complete an alinéa."""
    rng = writer.rng
    alinea = rng.randint(1, 9)
    if critical and rng.random() < 0.4:
        return [Block("p", "Supprimer cet article.")]
    match rng.randrange(4):
        case 0:
            return [
                Block("p", f"Rédiger ainsi l'alinéa {alinea} :"),
                Block("p", f"« {_provision(writer, rng.randint(1, 3))} »"),
            ]
        case 1:
            old, new = rng.sample(writer.topic.terms, 2)
            text = f"À l'alinéa {alinea}, substituer aux mots : « {old} » les mots : « {new} »."
            return [Block("p", text)]
        case 2:
            return [
                Block("p", f"Après l'alinéa {alinea}, insérer l'alinéa suivant :"),
                Block("p", f"« {_provision(writer, rng.randint(1, 2))} »"),
            ]
        case _:
            return [
                Block("p", "Compléter cet article par l'alinéa suivant :"),
                Block("p", f"« {_provision(writer, 1)} »"),
            ]


def _summary(writer: _Writer, critical: bool, group: str, government: bool) -> list[Block]:
    rng = writer.rng
    templates = vocab.CRITICAL if critical else vocab.SUPPORTIVE
    if government:
        opening = "Le présent amendement du Gouvernement vise à {P}."
    elif critical:
        opening = f"Par cet amendement, le groupe {group} propose de revenir sur {{O}}."
    else:
        opening = f"Par cet amendement, le groupe {group} entend {{V}} {{C}}."
    paragraphs = [writer.paragraph(templates, rng.randint(70, 190), opening=opening)]
    for _ in range(rng.randint(1, 3)):
        paragraphs.append(writer.paragraph(templates, rng.randint(70, 190)))
    return [Block("p", text) for text in paragraphs]


# --- Written questions ----------------------------------------------------------------------


def written_question(seed: int, *, answered: bool = True, topic: str | None = None) -> Document:
    """A question écrite as published on the Assemblée's site, with the minister's answer."""
    rng = random.Random(seed)
    subject = _topic(rng, topic)
    number = rng.randint(1000, 9999)
    deputy, minister = _person(rng), _person(rng)
    ministry = rng.choice(subject.ministries)
    writer = _Writer(rng, subject, _question_context(deputy, minister, ministry))
    analysis = _bare(rng.choice(subject.objects))
    asked = _day(rng, date(2024, 10, 1), date(2025, 9, 30))
    blocks = [
        Block("center", "ASSEMBLÉE NATIONALE"),
        Block("center", "17ème législature"),
        Block("h1", f"Question écrite n° {number}"),
        *_question_metadata(rng, deputy, ministry, subject, analysis),
        Block("p", f"Question publiée au JO le : {asked:%d/%m/%Y} page : {rng.randint(100, 9000)}"),
    ]
    if answered:
        answer = asked + timedelta(days=rng.randint(30, 240))
        page = rng.randint(100, 9000)
        blocks.append(Block("p", f"Réponse publiée au JO le : {answer:%d/%m/%Y} page : {page}"))
    blocks += [Block("h2", "Texte de la question"), *_question_text(writer)]
    if answered:
        blocks += [Block("h2", "Texte de la réponse"), *_answer_text(writer)]
    title = f"Question écrite n° {number} : {analysis}"
    return Document(QUESTION, title, str(deputy), subject.slug, tuple(blocks))


def _question_context(deputy: _Person, minister: _Person, ministry: str) -> dict[str, str]:
    return {
        "DEP": str(deputy),
        "IL": "elle" if deputy.feminine else "il",
        "DEPUTE": "Mme la députée" if deputy.feminine else "M. le député",
        "MIN": _addressed(minister, ministry),
    }


def _question_metadata(
    rng: random.Random, deputy: _Person, ministry: str, topic: Topic, analysis: str
) -> list[Block]:
    group = vocab.GROUPS[rng.choice(tuple(vocab.GROUPS))]
    department = rng.choice(vocab.DEPARTEMENTS)
    label = vocab.MINISTRIES[ministry].label
    lines = (
        f"Question de : {deputy} ({group} - {department})",
        f"Ministère interrogé > {label}",
        f"Ministère attributaire > {label}",
        f"Rubrique > {topic.rubrique}",
        f"Tête d'analyse > {topic.heading}",
        f"Analyse > {analysis}.",
    )
    return [Block("p", line) for line in lines]


def _question_text(writer: _Writer) -> list[Block]:
    rng = writer.rng
    opening = rng.choice(
        (
            "{DEP} interroge {MIN} sur {O}.",
            "{DEP} attire l'attention {de:MIN} sur {O}.",
            "{DEP} appelle l'attention {de:MIN} sur {O}.",
        )
    )
    paragraphs = [writer.paragraph(vocab.QUESTION, rng.randint(120, 320), opening=opening)]
    for _ in range(rng.randint(0, 2)):
        paragraphs.append(writer.paragraph(vocab.QUESTION, rng.randint(100, 260)))
    return [Block("p", text) for text in paragraphs]


def _answer_text(writer: _Writer) -> list[Block]:
    rng = writer.rng
    opening = "Le Gouvernement attache une attention particulière {a:O}."
    paragraphs = [writer.paragraph(vocab.ANSWER, rng.randint(90, 220), opening=opening)]
    for _ in range(rng.randint(1, 5)):
        paragraphs.append(writer.paragraph(vocab.ANSWER, rng.randint(90, 220)))
    return [Block("p", text) for text in paragraphs]


# --- Corpus ---------------------------------------------------------------------------------

# Page counts measured on generated documents: a bill's pages are about
# BILL_PAGES_FIXED + BILL_PAGES_PER_ARTICLE * articles; small documents average these.
BILL_PAGES_FIXED = 1.8
BILL_PAGES_PER_ARTICLE = 0.58
AMENDMENT_PAGES = 1.4
QUESTION_PAGES = 2.1
# Share of the corpus pages in bills; amendments and written questions, far more numerous,
# fill the rest. Bills are 20 to 80 pages, most of them short, as in the Assemblée's output.
BILL_SHARE = 0.4
MIN_BILL_PAGES, USUAL_BILL_PAGES, MAX_BILL_PAGES = 20, 30, 80
_PREFIXES = {
    PROJET: "pjl",
    PROPOSITION: "ppl",
    AMENDEMENT: "amdt",
    QUESTION: "qe",
}


@dataclass(frozen=True)
class _Job:
    """One file to write: a picklable recipe, so it can run in a worker process."""

    number: int
    directory: Path
    make: Callable[[], Document]
    pages: float  # expected, to hand out the longest jobs first


def corpus(directory: Path, *, pages: int, seed: int = 0, workers: int = 2) -> list[Path]:
    """Write a mixed corpus of about `pages` A4 pages of PDFs into `directory`; list them.

    Bills take some of the pages, amendments and written questions the rest. A manifest
    remembers what was written: calling again with the same arguments returns the files.
    Documents are written by `workers` spawned processes, so a script calling this needs
    the usual `if __name__ == "__main__":` guard.
    """
    directory.mkdir(parents=True, exist_ok=True)
    key = {"generator": GENERATOR_VERSION, "pages": pages, "seed": seed}
    cached = _cached(directory, key)
    if cached is not None:
        return cached
    _forget(directory)
    rng = random.Random(seed)
    with _executor(workers) as pool:
        bills = _run(pool, _plan_bills(rng, directory, pages))
        # Small documents are planned once the bills' real length is known, to hit `pages`.
        remaining = pages - sum(count for _, count in bills)
        others = _run(pool, _plan_small(rng, directory, remaining, first=len(bills) + 1))
    written = bills + others
    _write_manifest(directory, key, written)
    return [directory / name for name, _ in written]


def _plan_bills(rng: random.Random, directory: Path, pages: int) -> list[_Job]:
    jobs: list[_Job] = []
    budget = round(pages * BILL_SHARE)
    while budget >= MIN_BILL_PAGES:
        size = round(rng.triangular(MIN_BILL_PAGES, MAX_BILL_PAGES, USUAL_BILL_PAGES))
        target = min(size, budget)
        budget -= target
        articles = max(2, round((target - BILL_PAGES_FIXED) / BILL_PAGES_PER_ARTICLE))
        make = partial(bill, rng.getrandbits(32), articles=articles, topic=_corpus_topic(rng))
        jobs.append(_Job(len(jobs) + 1, directory, make, target))
    return jobs


def _plan_small(rng: random.Random, directory: Path, pages: int, *, first: int) -> list[_Job]:
    jobs: list[_Job] = []
    expected = 0.0
    while expected < pages - 0.5:
        seed, topic = rng.getrandbits(32), _corpus_topic(rng)
        if rng.random() < 0.5:
            article = rng.choice(("premier", *map(str, range(2, 25))))
            make = partial(amendment, seed, article=article, topic=topic)
            estimate = AMENDMENT_PAGES
        else:
            make = partial(written_question, seed, answered=rng.random() < 0.8, topic=topic)
            estimate = QUESTION_PAGES
        expected += estimate
        jobs.append(_Job(first + len(jobs), directory, make, estimate))
    return jobs


def _corpus_topic(rng: random.Random) -> str:
    return rng.choices(vocab.TOPICS, weights=vocab.TOPIC_WEIGHTS)[0].slug


def _executor(workers: int) -> Executor:
    """Worker processes: PyMuPDF is not thread-safe, and layout is CPU-bound.

    "spawn" keeps workers clean even when the caller has threads (a GUI, a test runner).
    """
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))


def _run(pool: Executor, jobs: Sequence[_Job]) -> list[tuple[str, int]]:
    """Write the jobs, longest first so no worker is left alone with a long bill at the end."""
    futures = {
        job.number: pool.submit(_write_job, job)
        for job in sorted(jobs, key=lambda job: job.pages, reverse=True)
    }
    return [futures[job.number].result() for job in jobs]


def _write_job(job: _Job) -> tuple[str, int]:
    """Generate and write one document; return its file name and page count."""
    document = job.make()
    name = f"{_PREFIXES[document.kind]}-{job.number:04d}-{document.topic}.pdf"
    return name, document.write(job.directory / name)


def _cached(directory: Path, key: dict[str, int]) -> list[Path] | None:
    try:
        manifest = json.loads((directory / MANIFEST_NAME).read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return None
    if manifest.get("key") != key:
        return None
    paths = [directory / entry["name"] for entry in manifest["files"]]
    return paths if all(path.is_file() for path in paths) else None


def _forget(directory: Path) -> None:
    """Remove a previous corpus (only the files its manifest lists) before writing anew.

    The manifest goes first, so an interrupted run is never mistaken for a complete one.
    """
    manifest = directory / MANIFEST_NAME
    try:
        files = json.loads(manifest.read_text(encoding="utf-8"))["files"]
    except (FileNotFoundError, ValueError, KeyError, TypeError):
        files = []
    manifest.unlink(missing_ok=True)
    for entry in files:
        (directory / Path(entry["name"]).name).unlink(missing_ok=True)


def _write_manifest(directory: Path, key: dict[str, int], written: list[tuple[str, int]]) -> None:
    manifest = {
        "key": key,
        "total_pages": sum(count for _, count in written),
        "files": [{"name": name, "pages": count} for name, count in written],
    }
    scratch = directory / f"{MANIFEST_NAME}.tmp"
    scratch.write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    scratch.replace(directory / MANIFEST_NAME)
