"""Staff of a campaign or a party work for party politics, not for a government: "Clinton's
campaign manager X", "X, a spokesman for the Trump campaign", "the campaign's press
secretary, X", "a campaign aide", "party chairman X", "Democratic strategist X". Their staff
title ("aide", "adviser", "secretary") would give the government role (GOV) its dictionary
row has; the employer the text names decides instead, and the role is CAMEO's party sector,
``PTY`` (code ``USAPTY`` with a country).

The employer is read from the person's own phrase: the words of the mention and its noun
phrase before the head, an apposition ("X, an adviser to the Clinton campaign"), the phrase an
apposition hangs on ("the campaign's spokesman, X"), and an "of/for/to/with" phrase after the
title; not a relative clause ("an aide who attended the party", "an official who once worked
on the Obama campaign") and not a pronoun mention ("Trump himself"). It is a campaign when
the word "campaign" stands there with no modifier but a person, a possessive pronoun, a party
label or an election word ("the Warren campaign", "his re-election campaign"; not "the
vaccination campaign", "the Human Rights Campaign"); a party when the word "party" does or a
party committee ("Democratic National Committee": a party label inside the committee's name,
not "a Republican aide to the Senate Foreign Relations Committee"); and for a strategist,
pollster, operative or consultant a party label alone ("Republican strategist X"). A phrase
that names a government side as well ("White House spokesman", "a former Obama
administration official", "a congressional aide", "an aide to the Senate Foreign Relations
Committee") keeps GOV: then the text does not say which job the title is. A person whose
role is neither GOV nor unset (a senator, LEG) keeps it.

Shapes: :func:`party_staff` takes the resolver and a person cluster and says yes or no.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from cablegram.actors.base import Cluster, noun_phrase
from cablegram.actors.parties import party_countries
from cablegram.actors.staffwords import STAFF_WORDS

PARTY_ROLE = "PTY"
# Staff titles of party politics; with a party label alone they are party jobs.
_PARTY_TRADES = frozenset({"strategist", "pollster", "operative", "consultant"})
_STAFF_TITLES = STAFF_WORDS | _PARTY_TRADES | {"official", "chair", "organizer", "organiser"}
# Words that put the job in a government: the text does not say which side it is then.
_GOVERNMENT_WORDS = frozenset(
    {"administration", "government", "white", "department", "ministry", "transition"}
) | {"congressional", "treasury", "pentagon", "embassy"}
# Modifiers that keep a campaign an election's: "the presidential campaign".
_ELECTION_WORDS = frozenset(
    {"presidential", "election", "electoral", "reelection", "re-election", "primary", "senate"}
) | {"gubernatorial", "mayoral", "congressional", "parliamentary", "leadership", "own"}
_MODIFIERS = frozenset({"poss", "compound", "amod", "nmod"})
_CLAUSES = frozenset({"relcl", "acl", "advcl"})
_ATTACHING = frozenset({"of", "for", "to", "with", "at"})


def party_staff(cluster: Cluster, spans: Sequence[Span]) -> bool:
    """Whether a person cluster, mentioned at ``spans``, is a campaign's or a party's staff
    (see the module doc)."""
    if cluster.kind != "person" or cluster.role not in (None, "GOV"):
        return False
    title_words = set((cluster.title or "").split())
    if cluster.title is not None and not title_words & _STAFF_TITLES:
        return False
    for span in spans:
        if span.root.pos_ == "PRON":
            continue  # "Trump himself, who functions as his own chief strategist"
        words = _job_words(span.root)
        lowers = {t.lower_ for t in words}
        if not lowers & _STAFF_TITLES or lowers & _GOVERNMENT_WORDS:
            continue
        committees = [t for t in words if t.lower_ == "committee"]
        if committees and not _party_committee(words):
            continue  # a congressional committee's staff
        if any(election_campaign(t) for t in words) or "party" in lowers or committees:
            return True
        if lowers & _PARTY_TRADES and any(party_countries(t) for t in words):
            return True
    return False


def _job_words(head: Token) -> list[Token]:
    """The words of a person's phrase that say whom the person works for."""
    phrase = noun_phrase(head)
    words = [t for t in phrase if t.i <= head.i]
    for child in head.children:
        if child.dep_ == "appos":
            words.extend(_without_clauses(child))
    if head.dep_ == "appos":
        words.extend(t for t in noun_phrase(head.head))
    for token in list(words):
        for prep in token.rights:
            if prep.dep_ == "prep" and prep.lower_ in _ATTACHING and token.i != head.i:
                words.extend(t for t in prep.subtree if t not in words)
    return words


def _without_clauses(head: Token) -> list[Token]:
    """The words of ``head``'s subtree outside the clauses that hang on it."""
    inside = {t.i for c in head.subtree if c.dep_ in _CLAUSES for t in c.subtree}
    return [t for t in head.subtree if t.i not in inside]


def election_campaign(token: Token) -> bool:
    """Whether ``token`` is the word "campaign" with no modifier but a person, a possessive
    pronoun or a party label ("the Warren campaign", "her campaign"), or with an election
    word and names ("Rubio's presidential campaign")."""
    if token.lower_ != "campaign":
        return False
    modifiers = [c for c in token.children if c.dep_ in _MODIFIERS]
    if any(c.lower_ in _ELECTION_WORDS for c in modifiers):
        # "Rubio's presidential campaign", whatever the recogniser took "Rubio" for
        return all(c.pos_ == "PROPN" or c.lower_ in _ELECTION_WORDS for c in modifiers)
    return all(
        c.ent_type_ == "PERSON" or c.lower_ in ("his", "her", "their") or party_countries(c)
        for c in modifiers
    )


def _party_committee(words: list[Token]) -> bool:
    """A party's committee: a party label in the committee's own name ("Democratic National
    Committee", "National Republican Senatorial Committee")."""
    for committee in (t for t in words if t.lower_ == "committee"):
        name = [t for t in committee.subtree if t.i < committee.i]
        if any(party_countries(t) for t in name):
            return True
    return False
