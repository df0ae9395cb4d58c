"""What a report says, as plain strings in its language: every writer lays out the same words."""

from __future__ import annotations

from datetime import date

from reviewer.core import fields, kinds
from reviewer.core.fields import Place, Value
from reviewer.core.records import Document
from reviewer.core.reports import Entry, Report, Section, local_date
from reviewer.export.scope import deleted_passage
from reviewer.export.typography import NBSP, counted, french, long_date, quoted
from reviewer.export.wording import NOUNS, WORDS

SEPARATOR = " · "
MAX_TITLES = 3  # texts named in a title page's object; beyond, "et 2 autres documents"
_DATES = frozenset(field.key for field in fields.of_value(Value.DATE))


class Phrases:
    """The sentences of one report; French typography when the report is in French."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.lang = report.lang
        self.words = WORDS[self.lang]

    def text(self, value: str) -> str:
        """User or document text (a note, a title), with the language's typography."""
        return french(value) if self.lang == "fr" else value

    def word(self, key: str, **values: object) -> str:
        return self.text(self.words[key].format(**values))

    def label(self, key: str) -> str:
        """A word introducing a value: "Note :" in French, "Note:" in English."""
        return self.colon(self.word(key))

    def colon(self, text: str) -> str:
        return text + (" :" if self.lang == "fr" else ":")

    def day(self, value: date | str) -> str:
        return long_date(value if isinstance(value, date) else local_date(value), self.lang)

    def kind(self, kind: str) -> str:
        name = kinds.BY_KEY[kind].report_label(self.lang) if kind in kinds.BY_KEY else kind
        return name[:1].upper() + name[1:]

    # The title page

    def title(self) -> str:
        return self.text(self.report.options.title or self.words["report"])

    def title_facts(self) -> list[tuple[str, str]]:
        """Author, date and scope of the report, as (label, value) rows."""
        report, options = self.report, self.report.options
        rows = [(self.words["addressee"], report.addressee)] if report.addressee else []
        rows += [
            (self.words["object"], self.object()),
            (self.words["prepared_by"], report.author),
            (self.words["date"], self.day(report.day)),
            (self.words["documents"], self._documents_scope()),
        ]
        if options.tags:
            rows.append((self.words["tags"], ", ".join(quoted(t, self.lang) for t in options.tags)))
        if options.since or options.until:
            rows.append((self.words["period"], self._period()))
        if options.author:
            rows.append((self.words["annotations_by"], options.author))
        rows.append((self.words["grouping"], self.words[f"group_{options.group_by.value}"]))
        rows.append((self.words["content"], self.subject()))
        if report.mark:
            rows.append((self.words["mark"], report.mark))
        return [(self.text(label), self.text(value)) for label, value in rows]

    def subject(self) -> str:
        """ "12 annotations dans 3 documents", "1 annotation dans 1 document"."""
        return self.words["content_count"].format(
            annotations=self.counted(len(self.report.entries()), "annotation"),
            documents=self.counted(self.report.document_count(), "document"),
        )

    def object(self) -> str:
        """What the report is about: its title if the user gave one, else its texts."""
        if self.report.options.title:
            return self.report.options.title
        titles = list(dict.fromkeys(e.document.title for e in self.report.entries()))
        titles = titles or [document.title for document in self.report.documents]
        if len(titles) <= MAX_TITLES:
            return "; ".join(titles) or self.words["report"]
        return self.words["and_others"].format(
            titles="; ".join(titles[:MAX_TITLES]),
            others=self.counted(len(titles) - MAX_TITLES, "other_document"),
        )

    def counted(self, number: int, noun: str) -> str:
        return counted(number, NOUNS[self.lang][noun], self.lang)

    def _documents_scope(self) -> str:
        report = self.report
        if report.options.document_ids:
            scope = "; ".join(self._titled(document) for document in report.documents)
        else:
            count = self.counted(report.library_size, "document")
            scope = self.words["all_documents"].format(count=count)
        if report.newest_only:
            return f"{scope}, {self.words['newest_versions']}"
        if report.superseded:
            return f"{scope}, {self.words['all_versions']}"
        return scope

    def version(self, document: Document) -> str:
        """ "version antérieure : dépôt" for a document a newer version supersedes, else ""."""
        if document.id not in self.report.superseded:
            return ""
        if label := document.version_label:
            return self.word("older_version_named", label=label)
        return self.word("older_version")

    def _titled(self, document: Document) -> str:
        """The document's title, and "(version antérieure : dépôt)" when it is one."""
        version = self.version(document)
        return f"{document.title} ({version})" if version else document.title

    def _period(self) -> str:
        since, until = self.report.options.since, self.report.options.until
        if since and until:
            return self.words["between"].format(since=self.day(since), until=self.day(until))
        if since:
            return self.words["since"].format(since=self.day(since))
        return self.words["until"].format(until=self.day(until))  # type: ignore[arg-type]

    # Documents

    def document_facts(self, document: Document) -> list[tuple[str, str]]:
        """Kind, key metadata (number, legislature, authors, group, dates...) and pages."""
        rows = [(fields.BY_KEY["kind"].label.in_language(self.lang), self.kind(document.kind))]
        for field in fields.shown_in(Place.REPORT):
            value = document.metadata.get(field.key)
            if value:
                rows.append(
                    (field.label.in_language(self.lang), self._metadata_value(field.key, value))
                )
        rows.append(("Pages", str(document.page_count)))
        if version := self.version(document):
            rows.insert(1, (self.words["version"], version))
        return [(self.text(label), self.text(value)) for label, value in rows]

    def document_line(self, document: Document) -> str:
        """One line about a document: "Amendement · n° 2293 · Mme X, M. Y · Groupe"."""
        metadata = document.metadata
        parts = [self.kind(document.kind)]
        if version := self.version(document):
            parts.append(version)
        if metadata.get("number"):
            parts.append(f"n°{NBSP}{metadata['number']}")
        for field in fields.shown_in(Place.SUMMARY):
            if metadata.get(field.key):
                parts.append(self._metadata_value(field.key, metadata[field.key]))
        parts.append(self.words["pages"].format(count=document.page_count))
        return self.text(SEPARATOR.join(parts))

    def _metadata_value(self, key: str, value: object) -> str:
        if isinstance(value, list):
            return ", ".join(str(item) for item in value)
        if key in _DATES:
            try:
                return self.day(date.fromisoformat(str(value)))
            except ValueError:
                return str(value)
        return str(value)

    # Entries

    def where(self, entry: Entry, section: Section) -> str:
        """ "p. 3 · Art. 7, al. 3", preceded by the document's title when sections mix them."""
        annotation = entry.annotation
        parts = [self._titled(entry.document)] if section.show_documents else []
        if annotation.target == "document":
            parts.append(self.words["document_note"])
        elif annotation.target == "page":
            parts.append(self.words["page_note"].format(page=annotation.page))
        else:
            parts.append(f"{self.words['page']}{NBSP}{annotation.page}")
            if entry.location:
                parts.append(entry.location)
        return self.text(SEPARATOR.join(parts))

    def byline(self, entry: Entry) -> str:
        """ "testeur · 23 novembre 2026", with the day of the last change if later."""
        annotation = entry.annotation
        created, updated = self.day(annotation.created), self.day(annotation.updated)
        parts = [annotation.author] if annotation.author else []
        parts.append(created)
        line = SEPARATOR.join(parts)
        if updated != created:
            line += f" ({self.words['changed'].format(date=updated)})"
        return self.text(line)

    def quote(self, entry: Entry) -> str:
        """The passage as quoted: exact, but on one line (the page's line breaks dropped);
        a passage the new version deleted, in the wording it had."""
        annotation = entry.annotation
        carry = annotation.carry
        quote = carry.previous_quote if carry and deleted_passage(annotation) else annotation.quote
        return " ".join(quote.split())

    def note(self, entry: Entry) -> str:
        return self.text(entry.annotation.note.strip())

    def color(self, entry: Entry) -> str:
        name = entry.color_name or entry.annotation.color
        return self.words["color"].format(name=name)
