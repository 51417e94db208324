"""Speaker phrases the resolver makes no actor of, whose own words still give a country.

The resolver leaves some noun phrases unresolved on purpose: "the Trump campaign" is no actor
of its own (an event coder would take it for a party to events), "the GOP nominee" and
"Republicans" name no one person. When such a phrase speaks, the statement keeps it as written;
these rules only add the country its words give, one named rule each (precision first):

* ``personal_body``: an administration, campaign, camp, team, transition or office named after
  a person of the text who has a country ("the Trump campaign", "Durbin's office"), or owned by one
  through a possessive pronoun ("her campaign") -> that country; "the campaign" alone -> the
  one country of the persons whose election campaigns the text named before it (not "Putin's
  campaign in Syria");
* ``party_label``: a party label of the story's country in the phrase ("the GOP nominee",
  "Republicans", "Democratic leaders") -> that country, only in a story about it (see
  :func:`cablegram.actors.parties.party_countries`).

Shapes: :func:`described_speaker` takes the resolver and the phrase's head token and returns an
:class:`~cablegram.records.Actor` spanning the phrase, or None when no rule applies.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from cablegram.actors.base import (
    PERSON_PRONOUNS,
    ResolverState,
    clean,
    noun_phrase,
    strip_determiner,
    strip_possessive,
)
from cablegram.actors.codes import code_for
from cablegram.actors.parties import party_countries
from cablegram.actors.partystaff import election_campaign
from cablegram.actors.staffwords import PERSONAL_BODIES
from cablegram.records import Actor, ActorKind, stable_id

PhraseRule = Callable[[ResolverState, Token, Span], str | None]
# A person's side that speaks for them: "the Trump campaign", "Durbin's office".
_SPEAKING_BODIES = PERSONAL_BODIES | {"office"}
# Nouns a party label may head as a speaker: members and candidates, not "the Republican plan".
_PARTY_PEOPLE = frozenset(
    {
        "nominee",
        "candidate",
        "leader",
        "leaders",
        "lawmaker",
        "lawmakers",
        "senator",
        "senators",
        "congressman",
        "congresswoman",
        "member",
        "members",
        "official",
        "officials",
        "operative",
        "operatives",
        "strategist",
        "strategists",
        "republican",
        "republicans",
        "democrat",
        "democrats",
    }
)


def _personal_body(resolver: ResolverState, head: Token, phrase: Span) -> str | None:
    if head.lemma_.lower() not in _SPEAKING_BODIES:
        return None
    countries = _owners_countries(resolver, head, phrase)
    if not countries and [t.lower_ for t in phrase] == ["the", head.lower_]:
        # "The campaign said": the campaigns the text named before it, all of one country.
        for before in resolver.doc[: head.i]:
            if before.lemma_.lower() == head.lemma_.lower() and before.pos_ == "NOUN":
                if head.lower_ == "campaign" and not _electoral(before):
                    continue  # "Putin's campaign in Syria" is no campaign that speaks
                countries |= _owners_countries(resolver, before, noun_phrase(before))
    return countries.pop() if len(countries) == 1 else None


def _electoral(campaign: Token) -> bool:
    """An election's campaign (:func:`cablegram.actors.partystaff.election_campaign`) run in
    no place and against no one named: "Putin's campaign in Syria" is a war's."""
    if not election_campaign(campaign):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in ("in", "against") for c in campaign.children)


def _owners_countries(resolver: ResolverState, head: Token, phrase: Span) -> set[str]:
    """The countries of the persons a body is named after ("the Trump campaign", "Clinton's
    team") or whose possessive pronoun owns it ("her campaign", as the pronoun resolved)."""
    countries = set()
    for token in phrase:
        if token.i >= head.i:
            continue
        if token.pos_ == "PROPN" or token.ent_type_ == "PERSON":  # "Sanders" may be a NOUN
            cluster = resolver.head_cluster.get(token.i) or resolver.by_surname.get(
                strip_possessive(token.text).lower()
            )
        elif token.lower_ in ("his", "her") and token.head.i == head.i:
            cluster = resolver.head_cluster.get(token.i)
        else:
            continue
        if cluster is not None and cluster.kind == "person" and cluster.country:
            countries.add(cluster.country)
    return countries


def _party_label(resolver: ResolverState, head: Token, phrase: Span) -> str | None:
    if head.lower_ not in _PARTY_PEOPLE:
        return None
    labels = [party_countries(t) for t in phrase]
    found = [countries for countries in labels if countries]
    story = resolver.story_country()
    if found and story is not None and all(story in countries for countries in found):
        return story
    return None


PHRASE_RULES: tuple[tuple[str, PhraseRule], ...] = (
    ("personal_body", _personal_body),
    ("party_label", _party_label),
)


def described_speaker(resolver: ResolverState, head: Token) -> Actor | None:
    """The speaker phrase headed by ``head`` with the country its words give (see the module
    doc), or None when it is a pronoun or no rule finds a country."""
    if head.lower_ in PERSON_PRONOUNS or head.pos_ not in ("NOUN", "PROPN"):
        return None
    phrase = noun_phrase(head)
    country = None
    for _name, rule in PHRASE_RULES:
        country = rule(resolver, head, phrase)
        if country:
            break
    if country is None:
        return None
    kind: ActorKind
    if head.lemma_.lower() in _SPEAKING_BODIES:
        kind = "organization"
    elif head.tag_ in ("NNS", "NNPS"):
        kind = "group"
    else:
        kind = "person"
    text, start, end = resolver.where(phrase.start_char, phrase.end_char)
    name = clean(strip_determiner(text))
    if not name:
        return None
    return Actor(
        name=name,
        kind=kind,
        text=text,
        country=country,
        start=start,
        end=end,
        actor_id=stable_id("mention", resolver.doc_id, start, end),
        code=code_for(kind, country, None),
    )
