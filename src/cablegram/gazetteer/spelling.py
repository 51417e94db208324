"""Spelling variants of one name: "Zarif" and "Zareef", "Mohammad" and "Mohamad", "Muhammad",
"Steinmeier" and "Steinmeyer" are written differently for one person, mostly because names
are transliterated from another script in more than one way.

:func:`spelling_key` folds a name word to a key that such variants share: accents dropped,
common transliteration digraphs unified ("ph" -> "f", "kh" -> "h", "ou"/"oo" -> "u",
"ee" -> "i", "w" -> "v", "q" -> "k", "c" -> "k"), every vowel (and "y") one vowel class, runs
of one letter and of the vowel class collapsed, and an Arabic article prefix ("al-", "el-")
dropped. Consonants and the places of vowels stay, so "Mahmoud" ("mahmad") and "Mohammed"
("mahamad") keep apart.

Precision first: :func:`variant_of` accepts a match only for words whose key keeps at least
:data:`MIN_CONSONANTS` consonants ("Kerry" and "Curry" share a key of two consonants and stay
apart, and so do "Bush" and "Bash"), and the callers accept a variant only when it fits one person.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from lemminflect import getLemma  # type: ignore[import-untyped, unused-ignore]

# A key must keep this many consonants before two spellings may be taken for one name.
MIN_CONSONANTS = 3
_ARTICLE = re.compile(r"^(?:al|el|ul|ad|ash|as|at|az)[-\u2010\u2011' ]", re.IGNORECASE)
# Applied in order, on lower-case ASCII letters.
_DIGRAPHS = (
    ("tch", "ch"),
    ("sch", "sh"),
    ("dzh", "j"),
    ("dj", "j"),
    ("ph", "f"),
    ("kh", "h"),
    ("gh", "g"),
    ("ck", "k"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("q", "k"),
    ("c", "k"),
    ("w", "v"),
    ("x", "ks"),
)
_VOWELS = frozenset("aeiouy")


def spelling_key(word: str) -> str:
    """The key of one name word ("Zareef" -> "zaraf"); "" for a word without letters."""
    word = _ARTICLE.sub("", word.strip())
    ascii_word = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()
    letters = "".join(ch for ch in ascii_word if ch.isalpha())
    for old, new in _DIGRAPHS:
        letters = letters.replace(old, new)
    folded: list[str] = []
    for ch in letters:
        ch = "a" if ch in _VOWELS else ch
        if not folded or folded[-1] != ch:
            folded.append(ch)
    return "".join(folded)


def consonants(key: str) -> int:
    """How many consonant sounds a key keeps ("sh", "ch", "th", "zh" count once)."""
    for digraph in ("sh", "ch", "th", "zh"):
        key = key.replace(digraph, "s")
    return sum(1 for ch in key if ch != "a")


def variant_of(a: str, b: str) -> bool:
    """Whether two name words are spellings of one name: equal keys of at least
    :data:`MIN_CONSONANTS` consonants ("Zarif"/"Zareef"), or the same word in any case and
    with or without an Arabic article ("al-Assad"/"Assad")."""
    if _ARTICLE.sub("", a).lower() == _ARTICLE.sub("", b).lower():
        return True  # "al-Assad" and "Assad": the article is not part of the name
    key_a = spelling_key(a)
    return bool(key_a) and key_a == spelling_key(b) and consonants(key_a) >= MIN_CONSONANTS


def same_name_words(a: str, b: str) -> bool:
    """Whether two words of names agree: equal, one an initial of the other ("W."/"W"), or
    spelling variants."""
    x, y = a.strip(".").lower(), b.strip(".").lower()
    return x == y or variant_of(x, y)


def same_person(known: str, new: str) -> bool:
    """Whether two names with one surname can be one person: the shorter one's words (initials
    compared by letter, spellings by :func:`~cablegram.gazetteer.spelling.variant_of`) all appear
    in the longer one, in order, and neither adds a middle
    initial the other lacks when both give a first name ("George W. Bush", "George H. W. Bush")."""
    a = [w.strip(".").lower() for w in known.replace(".", ". ").split()]
    b = [w.strip(".").lower() for w in new.replace(".", ". ").split()]
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) <= 1:
        return True  # a bare surname joins whichever full name has it
    it = iter(long)
    if not all(any(same_name_words(w, x) for x in it) for w in short):
        return False
    initials_short = [w for w in short[:-1] if len(w) == 1]
    initials_long = [w for w in long[:-1] if len(w) == 1]
    return not (initials_short and initials_long and initials_short != initials_long)


# Generational suffixes after a surname: "Teodoro Locsin Jnr", "Martin Luther King Jr.".
GENERATIONAL = frozenset({"jr", "jnr", "sr", "snr", "ii", "iii", "iv"})


def surname_of(words: list[str]) -> str:
    """The surname among a name's words (lower case): the last word, or the one before a
    generational suffix ("Locsin" of "Teodoro Locsin Jnr"); "" for no words."""
    if len(words) > 2 and words[-1].strip(".,").lower() in GENERATIONAL:
        return words[-2].lower()
    return words[-1].lower() if words else ""


@lru_cache(maxsize=4096)
def is_describing_word(word: str) -> bool:
    """Whether an English word (any case) is an adjective or a verb's "-ing" form by the
    lemminflect lexicon ("Derelict", "Standard", "Injecting"): capitalised at the head of a
    headline or a sentence, such a word is taken into a person's name by the recogniser."""
    from lemminflect import getAllLemmas  # type: ignore[import-untyped, unused-ignore]

    found = getAllLemmas(word.lower())
    return "ADJ" in found or (word.lower().endswith("ing") and "VERB" in found)


@lru_cache(maxsize=4096)
def is_english_word(word: str) -> bool:
    """Whether the lemminflect lexicon knows the word (any case) as an English word of any
    part of speech ("Correction", "Poll", "Seeks"; not "Obama", "Alicia")."""
    from lemminflect import getAllLemmas  # type: ignore[import-untyped, unused-ignore]

    return bool(getAllLemmas(word.lower()))


def singular_key(key: str) -> str:
    """A lower-cased name with each English plural noun in the singular (lemminflect's noun
    lemma: "revolutionary guards corps" -> "revolutionary guard corps", "ministries" ->
    "ministry"), so that one body written with a word in the singular or the plural is one
    name. A word lemminflect does not know is a name and stays as written ("los angeles")."""
    return " ".join(_singular(w) for w in key.split())


@lru_cache(maxsize=8192)
def _singular(word: str) -> str:
    lemmas = getLemma(word, upos="NOUN", lemmatize_oov=False)
    return lemmas[0] if lemmas else word
