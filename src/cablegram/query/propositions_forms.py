"""How an analyst words a proposition, read as the act it asks about.

Small named rules, each one shape of wording, used by :mod:`cablegram.query.propositions`:

- :data:`TEXT_RULES` rewrite the text before it is parsed, so that a wording with no act
  verb of its own reads as the act it means: "do more militarily against the Islamic State"
  is taking military action against it ("military action" is a term of the synonym data's
  use-of-force group), "act militarily in Libya" likewise.
- :func:`listing_act`: a listing noun or verb on a list ("the inclusion of the IRGC on the
  list", "add Hamas to the list") is designating, as the claims read such sentences
  (:func:`cablegram.query.propositions_names.listed_as_banned`). A proposition is a question
  about a stance, so "the list" there is the terrorist or banned list.
- :func:`object_as_name`: an object the actor dictionary knows as an organisation or group
  ("IRGC", "Hezbollah") is a named party, as a proper noun is: what the act is about.
- :func:`designation_of`: a model designation before the object ("F-16 fighter jets") is
  which things the act is about, as a name before it is ("Taurus missiles").
- :func:`subject_agent`: a proposition's subject is its agent ("Israel should attack
  Syria"): another state's attack is not this act.
- :func:`unreadable`: a proposition with no act to look for gets one line saying what to
  type instead, with an example.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True, slots=True)
class TextRule:
    """One rewrite of a proposition's wording: ``pattern`` (case-insensitive, matched on
    the whole cleaned text) and ``rewrite`` (from the match to the new text)."""

    name: str
    pattern: re.Pattern[str]
    rewrite: Callable[[re.Match[str]], str]


def adjective_of(adverb: str) -> str:
    """The adjective a manner adverb is made from: "militarily" -> "military",
    "economically" -> "economic", "financially" -> "financial"; the word itself when it
    does not end in "-ly"."""
    low = adverb.casefold()
    for suffix, replacement in (("ically", "ic"), ("ily", "y"), ("ly", "")):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            return low[: -len(suffix)] + replacement
    return low


def _manner_action(match: re.Match[str]) -> str:
    return f"take {adjective_of(match['adverb'])} action {match['rest']}"


# "do more militarily against X", "do much more militarily in Syria", "act militarily
# against X": the manner adverb names the kind of action; a comparative ("more", "further")
# asks for more of the same act, which is for it.
DO_MORE_MANNER: Final = TextRule(
    "do_more_manner",
    re.compile(
        r"^(?:to\s+)?(?:do|doing|act|acting)\s+(?:(?:much|far|even|a\s+lot)\s+)?"
        r"(?:(?:more|further)\s+)?(?P<adverb>[a-z]+ly)\s+"
        r"(?P<rest>(?:against|in|on|over|inside)\s+.+)$",
        re.IGNORECASE,
    ),
    _manner_action,
)

TEXT_RULES: Final[tuple[TextRule, ...]] = (DO_MORE_MANNER,)


def rewrite(text: str) -> str:
    """The proposition's text after the first :data:`TEXT_RULES` rule that matches it (the
    text as it is when none does)."""
    for rule in TEXT_RULES:
        match = rule.pattern.match(text)
        if match is not None:
            return rule.rewrite(match)
    return text


# Nouns and verbs that put a thing on a list (as in propositions_names._LISTING_WORDS).
_LISTING: Final = frozenset(
    {"list", "add", "addition", "put", "place", "placement", "include", "inclusion"}
)


def listing_act(head: Token) -> bool:
    """Whether the act ``head`` puts its object on a list the proposition names ("the
    inclusion of the IRGC **on the list**", "add Hamas to the terror list"): designating."""
    if head.lemma_.casefold() not in _LISTING and head.lower_ not in _LISTING:
        return False
    return any(t.lemma_.casefold() == "list" and t.i != head.i for t in head.subtree)


def object_as_name(head: Token, obj: str | None) -> str | None:
    """The name an object is when the actor dictionary knows it as an organisation or a
    group ("IRGC" in "the inclusion of the IRGC on the list", tagged a common noun by the
    parser): written as in the text; None for a common noun or no object."""
    if obj is None:
        return None
    from cablegram.actors.dictionary import load_dictionary

    for token in head.subtree:
        if token.lemma_.casefold() != obj or token.i == head.i:
            continue
        if not (token.pos_ == "PROPN" or (token.text.isupper() and len(token.text) > 1)):
            return None
        entry = load_dictionary().entry(token.text)
        if entry is not None and entry.kind in ("organization", "group"):
            return token.text
        return None
    return None


# A model designation: letters, an optional hyphen, digits ("F-16", "S-400", "MiG-29").
_DESIGNATION: Final = re.compile(r"^[A-Z][A-Za-z]{0,3}-?\d{1,4}[A-Za-z]{0,2}$")


def designation_of(head: Token, obj: str) -> str | None:
    """The model designation modifying the object ("F-16" of "the delivery of F-16 fighter
    jets", "S-400" of "buy S-400 missiles"): which things the act is about, as a proper name
    before the object is ("Taurus missiles"); None when there is none."""
    for token in head.subtree:
        if token.i == head.i or token.lemma_.casefold() != obj:
            continue
        for child in token.lefts:
            if _DESIGNATION.match(child.text):
                return child.text
    return None


def subject_agent(head: Token) -> str | None:
    """The name subject of a proposition's verb ("**Israel** should attack Syria", "**the
    United States** must leave the deal"): who would do the act; None for no subject, a
    pronoun ("We", put there by the parser) or a common noun."""
    if head.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "PROPN":
        return None
    words = [t.text for t in subject.subtree if t.dep_ not in ("det", "punct") and t.i <= subject.i]
    return " ".join(words) or None


# The one line a proposition with no act to look for gets.
UNREADABLE_NOTE: Final = (
    "no action found in the proposition to look for: type what an actor would do, as a verb "
    "and its object, e.g. 'impose sanctions on North Korea' or 'send troops to Iraq' (a noun "
    "for the act works too: 'the deployment of THAAD in South Korea')"
)
