"""Setting nouns: nouns that set out when or on what terms an act is done, not the act
("the ceasefire **date**", "the **terms** of a truce", "a **timetable** for withdrawal";
``setting_nouns`` in ``data/claim_words.toml``).

A setting noun hands over to the act it sets out (:func:`set_act`) only when that act is
named by a noun of acts (``setting_acts``, a nominalised verb, a shell or act noun), never
to a person, a body or a thing ("a third term for **the president**", "the terms of **the
lenders**", "the date of **birth**"); and, as what an attitude governs, only when the
attitude is for it (:func:`carries_over`): wanting a timetable for an exit wants the exit,
but rejecting "the election date" says nothing against the election.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from cablegram.claims.lexicon import ClaimWords
from cablegram.claims.tokens import is_measure, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

_NAMING = ("ion", "ment", "al", "ure", "ing")


def prep_object(token: Token, preps: Collection[str]) -> Token | None:
    """The common noun a token takes through one of ``preps`` ("the terms **of** a truce",
    "abide **by** the truce"): the first such preposition's object when it is a common
    noun, else None."""
    prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in preps), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    return pobj if pobj is not None and pobj.pos_ == "NOUN" else None


def is_setting(token: Token, words: ClaimWords) -> bool:
    """Whether a token is a setting noun ("date", "terms"), by lemma or by its form."""
    return lemma(token) in words.setting_nouns or token.lower_ in words.setting_nouns


def stranded_link(token: Token, words: ClaimWords) -> Token | None:
    """The "of"/"for" right after a setting noun that the parser hung on the verb instead
    ("welcomed the roadmap **for** the nation"): it is the setting noun's; else None."""
    if not is_setting(token, words) or token.i + 1 >= len(token.doc):
        return None
    after = token.doc[token.i + 1]
    if (
        after.dep_ == "prep"
        and after.lower_ in words.setting_links
        and after.head.i == token.head.i
    ):
        return after
    return None


def names_an_act(noun: Token, words: ClaimWords) -> bool:
    """Whether a common noun names an act a setting can set out: one of ``setting_acts``,
    a shell or act noun, or a nominalised verb that names no actor or place ("withdrawal",
    "disarmament"; not "commission", "region")."""
    word = lemma(noun)
    if word in words.setting_acts or word in words.shell_nouns or word in words.act_nouns:
        return True
    if (
        word in words.agent_nouns
        or word in words.government_nouns
        or word in words.territory_nouns
        or word in words.office_titles
    ):
        return False
    return word.endswith(_NAMING)


def set_act(token: Token, words: ClaimWords) -> Token | None:
    """The act a setting noun sets out ("the **ceasefire** date", "the terms of **a
    truce**", "a timetable for **withdrawal**", "the **deal**'s terms"): the noun of its
    "of" or "for" (``setting_links``; "talk" only by "of", ``of_only_setting_nouns``), else
    its owner, else its compound, when that noun names an act (not a measure: "the March 1
    date"; not a hyphenated part: "cease-fire" is read whole or not at all). None when it
    names none."""
    of_only = lemma(token) in words.of_only_setting_nouns
    links = {"of"} if of_only else words.setting_links
    linked = prep_object(token, links)
    stranded = stranded_link(token, words)
    if linked is None and stranded is not None and stranded.lower_ in links:
        linked = next((c for c in stranded.children if c.dep_ == "pobj"), None)
        linked = linked if linked is not None and linked.pos_ == "NOUN" else None
    candidates: list[Token | None] = [linked]
    if not of_only and linked is None:
        owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
        compound = next(
            (c for c in reversed(list(token.lefts)) if c.dep_ == "compound" and c.pos_ == "NOUN"),
            None,
        )
        candidates += [owner, compound]
    for noun in candidates:
        if noun is None or is_measure(noun):
            continue
        if _hyphen_joined(noun):
            return None
        return noun if names_an_act(noun, words) else None
    return None


def _hyphen_joined(noun: Token) -> bool:
    """Whether a noun is part of a hyphenated word ("cease-fire", "peace-talks"), which is
    not read apart."""
    doc = noun.doc
    near = [doc[i] for i in (noun.i - 1, noun.i + 1) if 0 <= i < len(doc)]
    return any(t.text == "-" for t in [*near, *noun.subtree])


def carries_over(token: Token, words: ClaimWords) -> bool:
    """Whether the attitude that governs a setting noun is one for it, not negated, and so
    carries over to the act it sets out ("**wants** a timetable for an exit"); an attitude
    against the setting ("**rejected** the election date", "as too slow") or none known
    does not: it may be against the when or how, not the act."""
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    governor = node.head.head if node.dep_ == "pobj" else node.head
    if node.dep_ not in ("dobj", "obj", "nsubjpass", "pobj", "attr"):
        return False
    support = words.support_verbs | words.support_nouns | words.support_adjectives
    if lemma(governor) not in support:
        return False
    negated = any(c.dep_ == "neg" for c in governor.children) or any(
        c.dep_ == "det" and c.lower_ in words.negators for c in token.children
    )
    return not negated
