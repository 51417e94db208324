"""Moved to :mod:`cablegram.gazetteer.spelling`; this alias keeps imports written before the
move working while other branches merge. New code imports the gazetteer."""

from cablegram.gazetteer.spelling import (
    MIN_CONSONANTS,
    consonants,
    is_describing_word,
    is_english_word,
    same_name_words,
    same_person,
    singular_key,
    spelling_key,
    surname_of,
    variant_of,
)

__all__ = [
    "MIN_CONSONANTS",
    "consonants",
    "is_describing_word",
    "is_english_word",
    "same_name_words",
    "same_person",
    "singular_key",
    "spelling_key",
    "surname_of",
    "variant_of",
]
