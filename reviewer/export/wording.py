"""The words of a report, in French (the default) and English.

The names of fields and kinds are in reviewer.core.fields and reviewer.core.kinds.
"""

from __future__ import annotations

from reviewer.core.reports import DEFAULT_TITLES

# Nouns counted in reports, (singular, plural): "1 annotation", "3 annotations".
NOUNS: dict[str, dict[str, tuple[str, str]]] = {
    "fr": {
        "annotation": ("annotation", "annotations"),
        "document": ("document", "documents"),
        "word_added": ("mot ajouté", "mots ajoutés"),
        "word_deleted": ("supprimé", "supprimés"),
    },
    "en": {
        "annotation": ("annotation", "annotations"),
        "document": ("document", "documents"),
        "word_added": ("word added", "words added"),
        "word_deleted": ("deleted", "deleted"),
    },
}

WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "report": DEFAULT_TITLES["fr"],
        "prepared_by": "Établi par",
        "date": "Date",
        "documents": "Documents",
        "all_documents": "toute la bibliothèque ({count})",
        "tags": "Étiquettes",
        "period": "Période",
        "between": "du {since} au {until}",
        "since": "depuis le {since}",
        "until": "jusqu’au {until}",
        "annotations_by": "Annotations de",
        "grouping": "Classement",
        "group_document": "par document",
        "group_tag": "par étiquette",
        "group_article": "par article",
        "content": "Contenu",
        "content_count": "{annotations} dans {documents}",
        "summary": "Synthèse des étiquettes",
        "tag": "Étiquette",
        "count": "Annotations",
        "untagged": "Sans étiquette",
        "nothing": "Aucune annotation ne correspond à ces critères.",
        "page": "p.",
        "pages": "{count} p.",
        "note": "Note",
        "page_note": "Note sur la page {page}",
        "document_note": "Note sur le document",
        "outside_articles": "Hors articles",
        "amendments_to": "Amendements visant l’{article}",
        "not_in_scope": "texte visé absent de la sélection",
        "changed": "modifiée le {date}",
        "color": "surlignage {name}",
        "page_of": "page {page} sur {total}",
    },
    "en": {
        "report": DEFAULT_TITLES["en"],
        "prepared_by": "Prepared by",
        "date": "Date",
        "documents": "Documents",
        "all_documents": "the whole library ({count})",
        "tags": "Tags",
        "period": "Period",
        "between": "from {since} to {until}",
        "since": "since {since}",
        "until": "until {until}",
        "annotations_by": "Annotations by",
        "grouping": "Grouped",
        "group_document": "by document",
        "group_tag": "by tag",
        "group_article": "by article",
        "content": "Content",
        "content_count": "{annotations} in {documents}",
        "summary": "Tags summary",
        "tag": "Tag",
        "count": "Annotations",
        "untagged": "Untagged",
        "nothing": "No annotation matches these criteria.",
        "page": "p.",
        "pages": "{count} pp.",
        "note": "Note",
        "page_note": "Note on page {page}",
        "document_note": "Note on the document",
        "outside_articles": "Outside the articles",
        "amendments_to": "Amendments to {article}",
        "not_in_scope": "the amended text is not in this report",
        "changed": "changed {date}",
        "color": "{name} highlight",
        "page_of": "page {page} of {total}",
    },
}
