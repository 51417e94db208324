"""A person's own name gives no country: in "John Irish", "Judith French" or "Israel Katz" the
demonym or country is a name, not a nationality. Only the words written before the name proper
(a title run: "Turkish Interior Minister Suleyman Soylu") may say where the person is from.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token


def title_words(inside: Sequence[Token], is_descriptor: Callable[[Token], bool]) -> list[Token]:
    """The words of a person mention (as the recogniser cut it) that come before the name
    proper: everything up to and including its last title or honorific word ("Turkish
    Interior Minister" of "Turkish Interior Minister Suleyman Soylu"); [] when it holds no
    title ("John Irish"). A title after the first word of the name ("Hamad bin Khalifa al-
    Thani, Emir") is not looked for: the recogniser does not put one there."""
    last = max((n for n, t in enumerate(inside) if is_descriptor(t)), default=-1)
    return list(inside[: last + 1])


# Words that make a title the first of its kind when a country stands between them and the
# title: "the top U.S. diplomat" is the "top diplomat" (the foreign minister) of the USA.
_RANK_WORDS = frozenset({"top", "chief"})


def widened_title(words: Sequence[str], title: str | None) -> str | None:
    """``title`` with a rank word written before it across other words ("top" of "the top
    U.S. diplomat": "top diplomat"), when the dictionary has that title (see
    :data:`cablegram.gazetteer.offices.OFFICE_SYNONYMS`: "top diplomat" is the foreign
    minister); else ``title`` unchanged."""
    if title is None or " " in title or title not in words:
        return title
    from cablegram.gazetteer.offices import office_title

    before = words[: words.index(title)]
    for word in before:
        widened = f"{word} {title}"
        if word in _RANK_WORDS and office_title(widened, None) is not None:
            return widened
    return title


def hyphen_forms(phrase: str) -> tuple[str, ...]:
    """Rule ``actors.hyphentitles``: the spellings under which a title phrase of lower-cased
    tokens is looked up. The tokenizer splits a hyphenated title at the hyphen, so "Secretary-
    General" arrives as "secretary - general"; it is the civil office "secretary-general" (or
    "secretary general"), not the military rank its last word names alone. Shape: phrase ->
    (as written, hyphen joined, hyphen as a space)."""
    if " - " not in phrase:
        return (phrase,)
    return (phrase, phrase.replace(" - ", "-"), phrase.replace(" - ", " "))
