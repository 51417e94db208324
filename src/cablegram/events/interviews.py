"""Talking to the press is no consultation between actors (a screen registered in
:data:`cablegram.events.parties.SOURCE_SCREENS`; imported by the coder so that it registers).

- ``press-partner``: a CONSULT whose partner is a journalist or a news outlet is an
  interview: "Zarif talks to NPR's Jo Roe about relations", "spoke to reporters",
  "told the BBC", "was interviewed by a correspondent of Le Monde", "in an interview with
  CNN". The partner is read from the trigger's own arguments (its "to"/"with" object, its
  direct or indirect object, its "by" agent); it is the press when the actor lookup gives a
  media actor (role ``MED``) for it, or when its head word is a word for the press. What
  was said in the interview is coded from its own statement, not as a meeting. Speaking
  to an audience ("speaking to students", "told a crowd of supporters") is no consultation
  either.
- ``press-listener`` (argument filter, in :data:`cablegram.events.filters.NOT_ACTORS`): an
  outlet or its journalist told something is who listened, never the target of what was
  said: in "the minister told the BBC that Sudan must withdraw" the demand is of Sudan.
  The outlet is known by the shipped actor dictionary (role ``MED``).
- ``interview-line`` (blocker): "X talks to Y about Z" in the simple present, with no
  auxiliary, is the line that introduces an interview or a feature ("Activist Jo Roe talks
  to the director about prisons"), not a report of talks.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from cablegram.events.blockers import BLOCKERS
from cablegram.events.filters import NOT_ACTORS
from cablegram.events.modality import Site
from cablegram.events.parties import SOURCE_SCREENS, Lookup
from cablegram.events.patterns import PatternTable
from cablegram.events.press import PRESS_WORDS, SPEAKING_LEMMAS
from cablegram.events.tree import entity_span, noun_phrase
from cablegram.gazetteer.dictionary import load_dictionary
from cablegram.records import Actor

# Head words of a partner that is an audience, spoken to rather than consulted.
AUDIENCE_WORDS = frozenset(
    {"audience", "crowd", "supporter", "student", "voter", "graduate", "congregation",
     "listener", "viewer", "reader", "rally", "gathering", "attendee", "delegate"}
)  # fmt: skip
# Prepositions by which a verb or noun of talking takes its partner.
PARTNER_PREPS = frozenset({"to", "with", "by"})
PARTNER_DEPS = frozenset({"dobj", "dative", "agent", "iobj"})


def _partners(trigger: Token) -> Iterator[Token]:
    """The heads of the trigger's partner phrases, conjuncts included."""
    for c in trigger.children:
        heads: list[Token] = []
        if c.dep_ in PARTNER_DEPS and c.pos_ in ("NOUN", "PROPN"):
            heads.append(c)
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in PARTNER_PREPS:
            heads.extend(g for g in c.children if g.dep_ == "pobj")
        for head in heads:
            yield head
            yield from (k for k in head.conjuncts if k.i > head.i)


def _is_press(head: Token, lookup: Lookup) -> bool:
    if head.lemma_.lower() in PRESS_WORDS | AUDIENCE_WORDS:
        return True
    return any(a.role == "MED" for a in lookup(noun_phrase(head)))


@SOURCE_SCREENS.rule("press-partner")
def _press_partner(site: Site, actor: Actor, lookup: Lookup) -> bool:
    if site.pattern.event_type != "CONSULT":
        return False
    return any(_is_press(head, lookup) for head in _partners(site.trigger))


@BLOCKERS.rule("interview-line")
def _interview_line(site: Site) -> bool:
    trig = site.trigger
    if trig.lemma_.lower() not in ("talk", "speak", "chat") or trig.tag_ not in ("VBZ", "VBP"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in trig.children):
        return False
    preps = {c.lower_ for c in trig.children if c.dep_ == "prep"}
    return bool(preps & {"to", "with"}) and "about" in preps


def _media_name(tok: Token) -> bool:
    """Whether the token, or the possessor of its phrase ("NPR's Jo Roe"), names an outlet
    the shipped dictionary knows."""
    dictionary = load_dictionary()
    names = [tok, *(c for c in tok.children if c.dep_ == "poss")]
    for name in names:
        entry = dictionary.entry(entity_span(name).text)
        if entry is not None and entry.role == "MED":
            return True
    return False


@NOT_ACTORS.rule("press-listener")
def _press_listener(tok: Token, role: str, event_type: str, table: PatternTable) -> bool:
    if role != "target":
        return False
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in ("to", "with"):
        head = head.head
    elif tok.dep_ not in ("dative", "dobj", "iobj"):
        return False
    if head.lemma_.lower() not in table.speech_verbs | SPEAKING_LEMMAS:
        return False
    return tok.lemma_.lower() in PRESS_WORDS or _media_name(tok)
