"""Rule ``speakers-joined-act``: a verb of accusing, condemning or demanding that the parser
joined to the clause a speech verb reports, but that is the speaker's own act (read by
:func:`cablegram.events.subjects.verb_subject`; round 16, i11).

"Kiev said separatists had shelled the town overnight and accused Moscow of sending troops":
the parser hangs "accused" on "shelled" as its conjunct, so the reported clause's subject
("separatists") would be taken as the accuser. The joined verb is the speaker's own when

- its tense form is that of the speech verb and not that of the reported verb ("said ...
  had shelled ... and accused", "says ... is sending ... and accuses"): the speaker's
  sentence goes on, the report does not; any willed act counts
  (:data:`~cablegram.statements.cuts.WILLED_VERBS`, and the blaming verbs below);
- or, in the same tense as both, it is a verb of charging someone (accuse, blame, condemn,
  denounce, criticise): a report's subject charging a third party in the same breath is
  far rarer than the speaker doing so ("the military said the separatists fired on its
  positions and accused Moscow of supplying the weapons").

A joined verb with its own subject is left alone, as is one under a speech verb whose own
subject is missing. :func:`cablegram.statements.cuts.speakers_act_in_report` reads the
older case of a thing as the reported subject ("a missile violated its airspace and
summoned the ambassador").
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.statements.cuts import WILLED_VERBS

# Verbs of charging someone with a wrong.
CHARGING_VERBS = frozenset(
    {"accuse", "blame", "condemn", "denounce", "criticize", "criticise", "slam", "castigate"}
)  # fmt: skip
OWN_ACTS = WILLED_VERBS | CHARGING_VERBS
# Finite tags, and the auxiliaries that make a reported verb's tense its own.
FINITE = frozenset({"VBD", "VBZ", "VBP"})


def _finite_form(verb: Token) -> str | None:
    """The verb's tense form as the sentence writes it: its own tag when finite with no
    auxiliary, else the auxiliary's tag marked ("aux:VBD" for "had shelled")."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if aux:
        return "aux:" + aux[0].tag_
    return verb.tag_ if verb.tag_ in FINITE else None


def speakers_joined_act(verb: Token, speech_verbs: frozenset[str]) -> Token | None:
    """The speech verb whose subject does ``verb`` (see the module's doc), or None."""
    head = verb.head
    speech = head.head
    if (
        verb.dep_ != "conj"
        or head.dep_ != "ccomp"
        or speech.i == head.i
        or speech.lemma_.lower() not in speech_verbs
        or verb.lemma_.lower() not in OWN_ACTS
        or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
        or not any(c.dep_ == "nsubj" for c in speech.children)
        or not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
    ):
        return None
    own, reported, said = _finite_form(verb), _finite_form(head), _finite_form(speech)
    if own is None or own != said:
        return None
    if reported != own or verb.lemma_.lower() in CHARGING_VERBS:
        return speech
    return None
