"""The places an office is posted to, which are no nationality: "Francisco Madeira, the
special representative to Somalia", "the World Food Programme's country director in Syria"."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from cablegram.actors.allegiance import NOT_HOME_PARTICIPLES

# Titles of envoys a state accredits to an international body: "the U.N. ambassador", "Syria's
# permanent representative to the U.N." serve their state, not the body.
ACCREDITED = frozenset({"ambassador", "ambassadors", "permanent representative"})
# Words before "ambassador" that make the ambassador the body's own, not a state's envoy.
HONORARY_ENVOY = frozenset({"goodwill", "special", "honorary"})
# Roles whose holders work abroad: "diplomats in Vienna" are not Austrian.
POSTED_ABROAD = frozenset({"diplomat", "diplomats", "ambassador", "ambassadors", "envoy"})
POSTED_ABROAD |= {"envoys", "correspondent", "correspondents", "journalist", "journalists"}
POSTED_ABROAD |= {"reporter", "reporters"}
# Nouns whose "on" phrase is their subject, not where they live: "an analyst on Iran".
SUBJECT_NOUNS = frozenset(
    {"expert", "specialist", "adviser", "advisor", "analyst", "commentator", "rapporteur"}
)
SUBJECT_NOUNS |= {"authority", "scholar", "researcher", "writer", "author", "envoy", "negotiator"}
SUBJECT_NOUNS |= {"consultant", "hawk", "critic", "observer", "historian", "lecturer"}
SUBJECT_NOUNS |= {s + "s" for s in SUBJECT_NOUNS}
# Words after a hyphen that make the place before it a backer or a base, not a nationality:
# "the Saudi-backed committee", "the U.S.-based cleric". Not "led": a force a state leads acts
# for it ("Vietnamese-led forces retook the village" is Vietnam's act in the PLOVER gold, as
# "the Saudi-led coalition" is Saudi Arabia's in CAMEO coding).
# Nor the ties of :mod:`cablegram.actors.allegiance` that are no home: "a Chinese-owned
# port operator", "a London-listed miner".
_BACKED = frozenset(
    {"backed", "sponsored", "funded", "based", "allied", "supported"} | NOT_HOME_PARTICIPLES
)


def without_postings(
    head: Token, is_place: Callable[[Token], bool], body_official: bool = False
) -> list[Token]:
    """An apposition's words without the places its office is posted to: in "Francisco
    Madeira, the special representative ... to Somalia," Somalia is no nationality; a body
    ("strategist for the Republican National Committee") stays. For an official of an
    international body or NGO (``body_official``) a place "in" is a posting too ("the World
    Food Programme's country director in Syria"); for others it is home ("a developer in
    Virginia"). After a noun of expertise or advice (:data:`SUBJECT_NOUNS`) a place "on" is
    what the office is about, not home ("an expert on Russia", "the European Parliament's
    rapporteur on Turkey"); after others it is home ("a hotel owner on Cyprus")."""
    preps: tuple[str, ...] = ("to", "for", "in") if body_official else ("to", "for")
    if head.lower_ in SUBJECT_NOUNS:
        preps += ("on",)
    posted = {
        t.i
        for prep in head.subtree
        if prep.dep_ == "prep"
        and prep.lower_ in preps
        and prep.head.i == head.i
        and any(is_place(t) for t in prep.subtree)
        for t in prep.subtree
    }
    return [t for t in head.subtree if t.i not in posted]


# Prepositions that post an office to a place or a region: "the top U.S. diplomat for East
# Asia", "Britain's top diplomat in Iraq", "the envoy to Sudan", "the ambassador at the U.N.".
_POSTING_PREPS = frozenset({"in", "to", "for", "at"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})


def posted_to_place(title: Token, is_place: Callable[[Token], bool]) -> bool:
    """Whether the title word has a posting or a scope: a preposition of
    :data:`_POSTING_PREPS` after it whose phrase names a place, a region or a people ("in
    Kabul", "for East Asia", "for Asian affairs"). Such a title is one office among many
    ("a top diplomat for East Asia"), not the one the state's rank word names."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in _POSTING_PREPS
        and any(is_place(t) or t.ent_type_ in _PLACE_LABELS for t in prep.subtree)
        for prep in title.rights
    )


def backed_by(token: Token) -> bool:
    """Whether the word (the last of a place's name) is joined by a hyphen to a word of
    :data:`_BACKED`: "Saudi" of "Saudi-backed", "U.S." of "U.S.-based"."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].text != "-":
        return False
    return doc[token.i + 2].lower_ in _BACKED
