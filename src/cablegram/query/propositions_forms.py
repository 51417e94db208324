"""How an analyst words a proposition, read as the act it asks about.

Small named rules, each one shape of wording, used by :mod:`cablegram.query.propositions`:

- :data:`TEXT_RULES` rewrite the text before it is parsed, so that a wording with no act
  verb of its own reads as the act it means: "do more militarily against the Islamic State"
  is taking military action against it ("military action" is a term of the synonym data's
  use-of-force group), "act militarily in Libya" likewise.
- :func:`listing_act`: a listing noun or verb on a list of banned parties ("add Hamas to
  the terror list", "the inclusion of the IRGC on the list") is designating, as the claims
  read such sentences (:func:`cablegram.query.propositions_names.listed_as_banned`); a list
  of anything else ("the EU list of sustainable investments") is not.
- :func:`object_as_name`: an object the actor dictionary knows as an organisation or group
  ("IRGC", "Hezbollah") is a named party, as a proper noun is: what the act is about.
- :func:`designation_of`: a model designation before the object ("F-16 fighter jets") is
  which things the act is about, as a name before it is ("Taurus missiles").
- :func:`subject_agent`: a proposition's active subject is its agent ("Israel should attack
  Syria"): another state's attack is not this act. :func:`passive_subject`: a passive
  subject ("Russia should be sanctioned") is what the act is about, never its agent.
- :func:`act_content_words`: the words of a bare act noun's proposition that say what the
  act is ("state" of "a two-state solution", "political" of "a political solution"), which
  a claim's sentence must write; a degree or time word ("an immediate ceasefire") is not.
- :data:`UNREADABLE_NOTE`: a proposition with no act to look for gets one line saying what
  to type instead, with an example.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from cablegram.query.propositions_act_forms import FORM_TEXT

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass(frozen=True, slots=True)
class TextRule:
    """One rewrite of a proposition's wording: ``pattern`` (case-insensitive, matched on
    the whole cleaned text) and ``rewrite`` (from the match to the new text)."""

    name: str
    pattern: re.Pattern[str]
    rewrite: Callable[[re.Match[str]], str]


# Endings of an adverb made from an adjective of a kind, and that adjective's ending:
# "militarily" -> "military", "economically" -> "economic", "financially" -> "financial".
_KIND_ADVERBS: Final = (("ically", "ic"), ("arily", "ary"), ("ally", "al"))


def adjective_of(adverb: str) -> str:
    """The adjective of a kind a manner adverb is made from: "militarily" -> "military",
    "economically" -> "economic", "financially" -> "financial"; the word itself (lower
    case) for any other word ("swiftly", "early")."""
    low = adverb.casefold()
    for suffix, replacement in _KIND_ADVERBS:
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            return low[: -len(suffix)] + replacement
    return low


def _manner_action(match: re.Match[str]) -> str:
    return f"take {adjective_of(match['adverb'])} action {match['rest']}"


# "do more militarily against X", "do much more militarily in Syria", "act militarily
# against X": an adverb of a kind (:data:`_KIND_ADVERBS`) names the kind of action; a
# comparative ("more", "further") asks for more of the same act, which is for it. An adverb
# of manner or time ("act swiftly on climate change") leaves the wording as it is.
DO_MORE_MANNER: Final = TextRule(
    "do_more_manner",
    re.compile(
        r"^(?:to\s+)?(?:do|doing|act|acting)\s+(?:(?:much|far|even|a\s+lot)\s+)?"
        r"(?:(?:more|further)\s+)?(?P<adverb>[a-z]+(?:ically|arily|ally))\s+"
        r"(?P<rest>(?:against|in|on|over|inside)\s+.+)$",
        re.IGNORECASE,
    ),
    _manner_action,
)


def _exit_blend(match: re.Match[str]) -> str:
    # imported here: propositions_membership imports this module (BLEND_TEXT) and the
    # proposition parser through propositions_args
    from cablegram.query.propositions_membership import exit_blend_text

    return exit_blend_text(match[0]) or match[0]


# "Brexit", "a Grexit": a blend of a country's name and "exit" is that country leaving its
# union ("Britain leave the European Union"; the blends: propositions_membership).
# The whole text is the blend: "Brexit", "a Brexit", "the Brexit", or the blend in one form
# ("a hard Brexit", "a no-deal Brexit": the form words of propositions_act_forms, which the
# matcher holds claims to). The one pattern, read by propositions_membership too.
BLEND_TEXT: Final = re.compile(
    rf"^(?:(?:a|an|the)\s+)?(?:{FORM_TEXT}\s+)?(?P<blend>[a-z]+exit)$", re.IGNORECASE
)
EXIT_BLEND: Final = TextRule("exit_blend", BLEND_TEXT, _exit_blend)

# The registry, by rule name, in the order the rules are tried.
TEXT_RULES: Final[dict[str, TextRule]] = {rule.name: rule for rule in (DO_MORE_MANNER, EXIT_BLEND)}


def rewrite(text: str) -> str:
    """The proposition's text after the first :data:`TEXT_RULES` rule that matches it (the
    text as it is when none does)."""
    for rule in TEXT_RULES.values():
        match = rule.pattern.match(text)
        if match is not None:
            return rule.rewrite(match)
    return text


# Nouns and verbs that put a thing on a list: the project's one set (read by
# propositions_names.listed_as_banned for a claim too).
LISTING_WORDS: Final = frozenset(
    {"list", "add", "addition", "put", "place", "placement", "include", "inclusion"}
)
# Words that make a list one of banned parties ("terror list", "list of terrorist
# organisations", "sanctions list", "blacklist"): only such a list is designating.
BANNED_LIST_WORDS: Final = frozenset(
    {
        "terror", "terrorist", "terrorism", "sanction", "sanctions", "sanctioned", "banned",
        "proscribed", "blacklist", "extremist",
    }
)  # fmt: skip


def listing_act(head: Token, named: bool = False) -> bool:
    """Whether the act ``head`` puts its object on a list of banned parties: designating.
    The list must be one by its words ("add Hamas to the **terror** list", "the inclusion of
    the IRGC on the list of **terrorist** organisations", :data:`BANNED_LIST_WORDS`), or
    be a bare "the list" (names and determiners only) while the thing listed is a group the
    actor dictionary knows (``named``: "the inclusion of the IRGC on the list"). A list of
    anything else ("the EU list of sustainable investments") is no designation."""
    if head.lemma_.casefold() not in LISTING_WORDS and head.lower_ not in LISTING_WORDS:
        return False
    for token in head.subtree:
        if token.lemma_.casefold() != "list" or token.i == head.i:
            continue
        words = {
            t.lower_ for t in token.subtree if t.i != token.i and t.is_alpha and not t.is_stop
        } - {t.lower_ for t in token.subtree if t.pos_ == "PROPN"}
        if words & BANNED_LIST_WORDS or any(w.endswith("terrorist") for w in words):
            return True
        return named and not words
    return False


def object_as_name(head: Token, obj: str | None) -> str | None:
    """The name an object is when the actor dictionary knows it as an organisation or a
    group ("IRGC" in "the inclusion of the IRGC on the list", tagged a common noun by the
    parser): written as in the text; None for a common noun or no object."""
    if obj is None:
        return None
    from cablegram.gazetteer.dictionary import load_dictionary

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


def name_on_object(head: Token, obj: str) -> str | None:
    """A proper name compounded on the object that the frame took for no argument ("AUKUS"
    of "establish the AUKUS security pact": a compound of the object, tagged a proper noun and
    written in capitals; its entity type is not read): which thing the act is about, as a
    model designation is; None when there is none."""
    for token in head.subtree:
        if token.i == head.i or token.lemma_.casefold() != obj:
            continue
        for child in token.subtree:
            if child.i >= token.i:
                break
            if child.dep_ == "compound" and child.pos_ == "PROPN" and child.text.isupper():
                return child.text
    return None


def subject_agent(head: Token) -> str | None:
    """The name subject of a proposition's verb ("**Israel** should attack Syria", "**the
    United States** must leave the deal"): who would do the act; None for no subject, a
    pronoun ("We", put there by the parser) or a common noun."""
    if head.pos_ not in ("VERB", "AUX"):
        return None
    return _name_subject(head, "nsubj") or gerund_subject(head)


def gerund_subject(head: Token) -> str | None:
    """Rule ``gerund-subject``: the name a proposition's gerund hangs on, written before it
    ("**Sweden** joining NATO", "**Britain** staying in the EU"): the parser makes the
    gerund a clause on the name, but the name is who would do the act, so that "Ukraine
    wants to join NATO" does not bear on Sweden joining. A capitalised name only (the
    parser may tag one a common noun, "Finland"); None otherwise."""
    name = head.head
    if head.dep_ != "acl" or head.tag_ != "VBG" or name.i >= head.i or name.dep_ != "ROOT":
        return None
    if not name.text[:1].isupper() or name.pos_ not in ("PROPN", "NOUN"):
        return None
    words = [t.text for t in name.subtree if t.i < head.i and t.dep_ not in ("det", "punct")]
    return " ".join(words) or None


def passive_subject(head: Token) -> str | None:
    """The name subject of a passive proposition ("**Russia** should be sanctioned",
    "**Ukraine** must be admitted to NATO"): what the act is about, never who would do it;
    None for no such subject or a common noun."""
    if head.pos_ not in ("VERB", "AUX"):
        return None
    return _name_subject(head, "nsubjpass")


def _name_subject(head: Token, dep: str) -> str | None:
    subject = next((c for c in head.children if c.dep_ == dep), None)
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


# Adjective endings of a kind ("political", "diplomatic", "military"): the adjective says
# which act it is ("a political solution" is not "a military solution"). Other adjectives
# say how much, how soon or how long ("an immediate, permanent, lasting ceasefire") and are
# not required.
_KIND_ENDINGS: Final = ("al", "ic", "ary")
# Adjectives with a kind ending that still say how much or in what manner.
_DEGREE: Final = frozenset(
    {
        "total", "partial", "unconditional", "conditional", "general", "final", "formal",
        "initial", "additional", "real", "actual", "critical", "essential", "crucial",
        "temporary", "necessary", "drastic", "dramatic", "radical", "basic", "gradual",
        "mutual", "eventual", "substantial", "practical", "realistic", "special",
    }
)  # fmt: skip


def act_content_words(doc: Doc, head: Token) -> tuple[str, ...]:
    """The words of the proposition, other than its act word ``head``, that say what the act
    is: common nouns ("state" of "a two-state solution", "security" of "a security pact"),
    the parts of a hyphenated modifier ("two-state") and adjectives of a kind ("political",
    "diplomatic"); lemmas, lower case; () when there is none. Names are arguments, and a
    degree or time adjective ("immediate", "permanent", "humanitarian", "lasting", whatever
    part of speech the tagger gives it) leaves the act what it is."""
    words: list[str] = []
    for token in doc:
        if token.i == head.i or not token.is_alpha or token.is_stop or token.pos_ == "PROPN":
            continue
        near = doc[max(token.i - 1, 0) : token.i + 2]
        hyphenated = any(n.text == "-" for n in near)
        low = token.lower_
        if (hyphenated and token.pos_ in ("NOUN", "ADJ", "NUM")) or (
            token.pos_ == "NOUN" and token.dep_ != "amod" and not low.endswith("ing")
        ):
            words.append(token.lemma_.casefold())
        elif low.endswith(_KIND_ENDINGS) and low not in _DEGREE and token.pos_ == "ADJ":
            words.append(low)
    return tuple(words)
