"""What a vow answers, and what stands around the act it intends (split out of
:mod:`cablegram.events.triggers`, round 14, f133; read by :func:`triggers.select`).

- An act answered by a reprisal or response ("vowed revenge for the Hamas attack", "will
  retaliate against the strike", "vowed to avenge the air strike") keeps its own record and
  is read in its own right, not as the act vowed: :func:`answered_act`, with the trigger
  rules (:data:`ANSWERING_RULES`) and words (:data:`ANSWERING_WORDS`) that answer. An act
  not (yet) done ("a response to any attack", :data:`UNDONE_WORDS`) is not answered.
- An act in a circumstance phrase of an intended response ("vowed to retaliate after a car
  bomb attack") is not the one intended: :func:`circumstance`.

Shapes: ``answered_act(token, verb) -> bool``, ``circumstance(trigger, verb) -> bool``.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.kinds import is_response

# Trigger rules of a reprisal or response (events/vows.py) whose answered act keeps its own
# record: "Israel vowed a harsh response to the Hamas rocket attack" tells the attack (by
# Hamas) as well as the threat; the attack is what is answered, not what is vowed. (Not
# "will retaliate against the strike": the answered act would take the "will" as its own.)
ANSWERING_RULES = frozenset(
    {"leader-vowed-reprisal", "forceful-response-vowed", "vowed-reprisal", "will-respond-in-force"}
)
# Threats whose word answers an act: "will retaliate against the strike" (round 14, i133).
ANSWERING_WORDS = frozenset({"retaliate", "avenge", "retaliation", "revenge", "reprisal"})
ANSWERED_PREPS = frozenset({"to", "for", "against", "on"})
# Words on an answered act that make it one not (yet) done: "a response to any attack".
UNDONE_WORDS = frozenset({"any", "every", "future", "further", "possible", "potential", "new"})


def answered_act(token: Token, verb: Token) -> bool:
    """TOKEN is the object of an answered phrase ("to", "for", "against", "on") of VERB or
    of VERB's direct object ("vowed revenge for the attack", "promised a harsh response to
    the bombing"), or what VERB "avenge" takes ("vowed to avenge the air strike")."""
    if any(c.lower_ in UNDONE_WORDS for c in token.children):
        return False  # "vowed a harsh response to any attack": none told as done
    if token.dep_ == "dobj" and token.head == verb and verb.lemma_.lower() == "avenge":
        return True  # "vowed to avenge Monday's air strike"
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ANSWERED_PREPS:
        return False
    return prep.head == verb or (prep.head.dep_ == "dobj" and prep.head.head == verb)


# Prepositions that hang a circumstance (time, occasion) on a verb, not the act intended.
# ("for" and "over" are left out: they often join a complement, "campaign for sanctions".)
CIRCUMSTANCE_PREPS = frozenset({"after", "before", "following", "since", "amid"})


def circumstance(trigger: Token, verb: Token) -> bool:
    """The trigger lies in a circumstance phrase of an intended response ("vowed to
    retaliate after a car bomb attack"), or in a clause on what the response is aimed at
    ("vowed to avenge the soldiers killed in the attack"): that act is not the one intended,
    and the vow, whose type the response gives (events/kinds.py, vowed-response), does not
    give way to it. An
    intended act that is no response ("vowed to rebuild after the attack") leaves the vow
    to give way as before: its default AGREE would code nothing the sentence tells."""
    tok = trigger
    found = False
    while tok.head != tok and tok.head != verb:
        if tok.dep_ == "prep" and tok.lower_ in CIRCUMSTANCE_PREPS and tok.head.pos_ == "VERB":
            found = True
        if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
            found = True  # "vowed to avenge the soldiers killed in ...": told of the object
        tok = tok.head
    if tok.head != verb:
        return False
    intended = tok if tok.dep_ == "xcomp" else None
    if tok.dep_ == "prep" and tok.lower_ in CIRCUMSTANCE_PREPS:
        found = True
    return found and intended is not None and is_response(intended)
