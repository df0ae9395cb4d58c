"""A draft applied gives exactly the wording asked, always: whatever words the user types.

The dispositif is written, read back by the reader of official amendments and applied; the
edit read back must be the one asked, and the article must read as asked.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.drafting import AN, SENAT, Edit, Op, Unrecognized, dispositif, draft, parse

# Words as legislative texts have them: letters, digits, punctuation, quotes (an opening
# guillemet alone too: "« Art. L. 5" quotes the start of a quotation).
_PIECES = st.sampled_from(
    [
        "le", "mot", "mots", "« guillemets »", "l’État", "L. 113-1", "2 %", ",", ";", ":",
        "(", ")", "«", "\"", "I. –", "1°", "a)", "et", "aux", "décret", "Conseil d’État",
        "’", "-", "du présent code",
    ]
)  # fmt: skip
WORDS = st.lists(_PIECES, min_size=1, max_size=6).map(" ".join)
# And words mimicking the formulas themselves: these may not read back, but never silently.
_FORMULAS = st.sampled_from(
    ["les mots :", "par le mot :", "insérer", "Supprimer", "cet alinéa.", "»", "» et le mot :"]
)
ODD = st.lists(_PIECES | _FORMULAS, min_size=1, max_size=6).map(" ".join)
ALINEAS = st.lists(WORDS.map(lambda w: f"Un texte {w} ici."), min_size=1, max_size=3).map("\n".join)
STYLE = st.sampled_from([AN, SENAT])


def _reread(edit: Edit, style: str) -> list[Edit]:
    return parse(dispositif([edit], style), style=style)


@settings(max_examples=300, deadline=None)
@given(old=WORDS, new=WORDS, style=STYLE, occurrence=st.none() | st.integers(1, 3))
def test_words_read_back_exactly(old, new, style, occurrence):
    for edit in (
        Edit(Op.REPLACE_WORDS, alinea=3, old=old, new=new, occurrence=occurrence),
        Edit(Op.DELETE_WORDS, alinea=3, old=old, occurrence=occurrence),
        Edit(Op.INSERT_WORDS, alinea=3, anchor=old, new=new, occurrence=occurrence),
        Edit(Op.INSERT_WORDS, alinea=3, anchor=old, new=new, before=True),
        Edit(Op.COMPLETE, alinea=3, new=new),
    ):
        assert _reread(edit, style) == [edit]


@settings(max_examples=200, deadline=None)
@given(new=ALINEAS, style=STYLE)
def test_alineas_read_back_exactly(new, style):
    count = len(new.split("\n"))
    for edit in (
        Edit(Op.REWRITE_ALINEA, alinea=2, last=None if count == 1 else 1 + count, new=new),
        Edit(Op.INSERT_ALINEA, alinea=2, new=new),
        Edit(Op.INSERT_ALINEA, alinea=None, new=new),
        Edit(Op.REWRITE_ARTICLE, new=new),
        Edit(Op.RESTORE_ARTICLE, new=new),
    ):
        assert _reread(edit, style) == [edit]


@settings(max_examples=200, deadline=None)
@given(word=st.sampled_from(["Un", "texte", "ici"]), new=WORDS, style=STYLE)
def test_the_preview_reads_as_asked(articles, word, new, style):
    article = articles["Article 3"]
    text = article.alineas[0]
    edit = Edit(Op.REPLACE_WORDS, "Article 3", 1, old="Gouvernement", new=new)
    result = draft(article, edit, style=style)
    assert not any("relu" in w for w in result.warnings)
    assert result.after == "\n".join(
        [article.heading, text.replace("Gouvernement", new.strip())]
    ), word


@settings(max_examples=200, deadline=None)
@given(old=ODD, new=ODD, style=STYLE)
def test_words_that_mimic_the_formulas_read_back_or_are_warned(articles, old, new, style):
    article = articles["Article 3"]
    for edit in (
        Edit(Op.REPLACE_WORDS, "Article 3", 1, old=old, new=new),
        Edit(Op.INSERT_WORDS, "Article 3", 1, anchor=old, new=new),
    ):
        result = draft(article, edit, style=style)
        try:
            exact = _reread(edit, style) == [edit]
        except Unrecognized:
            exact = False
        if not exact:
            assert result.after == "" and result.warnings
