"""Words of a headline or a page label that the recogniser takes into a person's name.

Title-case headlines ("Derelict Obama and Clinton", "Obama Seeks New Path On Trade") and page
labels ("Correction Appended", "New Poll") give the recogniser capitalised English words that
it tags as names. Three named rules read a PERSON name's words (tokens), precision first, with
the lemminflect lexicon telling an English word and the dictionary's given names and
surnames telling a name:

* :func:`describing_lead`: an adjective (or a verb's "-ing" form heading a sentence) before a
  known surname is no given name ("Derelict Obama", "Injecting Clinton's"); a given name the
  dictionary knows always stays ("Rose Kennedy", "Young Kim" heading a sentence);
* :func:`headline_name_end`: in a headline, English words after a known surname are no part
  of the name ("Obama Seeks New Path On Trade" -> "Obama");
* :func:`common_words_only`: a name of two words or more made of English words only, none a
  given name or a known surname, standing alone on its line or in a headline, is a label,
  not a person ("Correction Appended").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from cablegram.gazetteer.dictionary import ActorDictionary
from cablegram.gazetteer.spelling import is_describing_word, is_english_word

# Words a title-case headline writes in lower case: "Derelict Obama and Clinton".
_SMALL_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or"}
    | {"the", "to", "vs", "vs.", "with"}
)


def _line(word: Token) -> str:
    text = word.doc.text
    line_start = text.rfind("\n", 0, word.idx) + 1
    line_end = text.find("\n", word.idx)
    return text[line_start : line_end if line_end >= 0 else len(text)]


def in_headline(word: Token) -> bool:
    """Whether the word stands in a line of three words or more, all capitalised but for
    the small words of :data:`_SMALL_WORDS`."""
    words = [w for w in _line(word).split() if w[:1].isalpha() and w not in _SMALL_WORDS]
    return len(words) >= 3 and all(w[:1].isupper() for w in words)


def is_label(tokens: Sequence[Token]) -> bool:
    """Whether the words stand alone on their line ("Correction Appended") or in a
    headline: a page's label or title, where capitalised words need not be names."""
    if not tokens:
        return False
    words = " ".join(t.text for t in tokens)
    return in_headline(tokens[0]) or _line(tokens[0]).strip(" .:;-") == words


def _a_name(dictionary: ActorDictionary, word: Token) -> bool:
    return word.lower_ in dictionary.surnames or word.lower_ in dictionary.given_names


def headline_name_end(dictionary: ActorDictionary, tokens: Sequence[Token]) -> int:
    """How many of a name's words to keep (see the module doc); all of them by default."""
    if len(tokens) < 2 or not in_headline(tokens[0]):
        return len(tokens)
    for k, token in enumerate(tokens[:-1]):
        rest = tokens[k + 1 :]
        if token.lower_ in dictionary.surnames and all(
            t.lower_ in _SMALL_WORDS or (is_english_word(t.text) and not _a_name(dictionary, t))
            for t in rest
        ):
            return k + 1
    return len(tokens)


def common_words_only(dictionary: ActorDictionary, tokens: Sequence[Token]) -> bool:
    """Whether a name of two words or more, in a label or headline (:func:`is_label`), is
    English words only, none of them a name ("Patriot Coal" in running text is left be)."""
    if len(tokens) < 2 or not is_label(tokens):
        return False
    return all(is_english_word(t.text) and not _a_name(dictionary, t) for t in tokens)


def describing_lead(dictionary: ActorDictionary, word: Token, last: Token) -> bool:
    """Whether a name's first word is a describing word before the known surname ``last``."""
    lowered = word.text.lower()
    if lowered in dictionary.given_names or last.lower_ not in dictionary.surnames:
        return False
    if not is_describing_word(word.text):
        return False
    return in_headline(word) or (bool(word.is_sent_start) and lowered.endswith("ing"))
