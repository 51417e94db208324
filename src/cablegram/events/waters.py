"""Actor filters for names that are no party to the act (registered in
:data:`cablegram.events.junk.JUNK_ACTORS`; imported by :mod:`cablegram.events.registered`):

- ``named-water``: a state read from the name of a sea, gulf, bay, strait or ocean ("fired
  missiles into the Sea of Japan", "toward the South China Sea", "a tanker in the Gulf of
  Oman") is no party: the water is where a missile fell or a ship sailed, and nobody is
  acted on by its name. Dropped in either role, whatever kind the lookup gave it;
- ``pulled-out-own-side``: the direct object of a verb of pulling or taking out ("Trump
  pulled the United States out of the nuclear deal", "took Britain out of the EU") is the
  leaver's own side, never the one acted on (the target); what is left, after "of", is
  read as usual.

Dropping the actor leaves the event without that argument (precision first).
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.junk import JUNK_ACTORS
from cablegram.events.tree import lemma
from cablegram.records import Actor

# Head nouns of the name of a body of water.
WATER_NOUNS = frozenset(
    {"sea", "ocean", "gulf", "bay", "strait", "straits", "waters", "channel", "lake"}
)  # fmt: skip
# Links by which a name sits inside the phrase of a water noun: "the Sea [of Japan]",
# "the [South China] Sea", "[Japanese] waters".
INNER_DEPS = frozenset({"compound", "nmod", "amod", "poss", "pobj", "prep", "case"})
# Verbs whose object is taken out of something with "out": "pulled the U.S. out of".
OUT_VERBS = frozenset({"pull", "take", "bring", "withdraw", "yank", "lead"})


def _mention_head(tok: Token, actor: Actor) -> Token | None:
    """The token of ``tok``'s document where the actor's mention starts (None when the
    actor stands for no one place)."""
    if actor.start < 0:
        return None
    return next((t for t in tok.doc if t.idx == actor.start), None)


def in_water_name(word: Token) -> bool:
    """Whether ``word`` is, or sits inside, the name of a body of water ("Japan" in "the Sea
    of Japan", "China" in "the South China Sea")."""
    for _ in range(6):
        if lemma(word) in WATER_NOUNS or word.lower_ in WATER_NOUNS:
            return True
        if word.dep_ not in INNER_DEPS or word.head.i == word.i:
            return False
        if word.dep_ == "prep" and word.lower_ != "of":
            return False
        word = word.head
    return False


@JUNK_ACTORS.rule("named-water")
def _named_water(tok: Token, actor: Actor, role: str, event_type: str) -> bool:
    word = _mention_head(tok, actor)
    if word is None:
        return False
    # the mention's last token carries the links of the whole name ("Japan" of "the Sea of
    # Japan"; "China" of "the South China Sea" is a compound of "Sea")
    last = next((t for t in tok.doc if t.idx < actor.end <= t.idx + len(t.text)), word)
    return in_water_name(word) or in_water_name(last)


@JUNK_ACTORS.rule("pulled-out-own-side")
def _pulled_out_own_side(tok: Token, actor: Actor, role: str, event_type: str) -> bool:
    if role != "target" or tok.dep_ != "dobj":
        return False
    verb = tok.head
    if lemma(verb) not in OUT_VERBS:
        return False
    return any(c.lower_ == "out" and c.i > tok.i for c in verb.children)
