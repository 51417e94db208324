"""Type rule for a warning that someone else threatens: the warner accuses, it does not threaten.

Registered in :data:`cablegram.events.kinds.SITE_TYPES` (imported by
:mod:`cablegram.events.registered`):

- ``warned-of-their-threat``: "Moscow's envoy has warned they threaten peace in Europe",
  "Beijing warned that the new bases endanger stability", "Seoul cautioned that the launch
  poses a grave threat": whoever the speaker describes as threatening is the doer of the
  threat; the speaker's act is an accusation of them (PLOVER ACCUSE), with them as its
  target where they are an actor. A warning of one's own response ("warned that it would
  retaliate", "we warn that the North will pay") stays a THREATEN.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.actors.base import first_person
from cablegram.events.kinds import SITE_TYPES
from cablegram.events.modality import Site
from cablegram.events.tree import child

# Verbs of warning, whose complement says what the warner fears.
WARN_VERBS = frozenset({"warn", "caution"})
# Verbs that say the complement's subject threatens someone or something.
THREAT_VERBS = frozenset(
    {"threaten", "endanger", "jeopardize", "jeopardise", "menace", "imperil", "destabilize",
     "destabilise", "undermine"}
)  # fmt: skip
# Objects of "pose" that make it a threat: "poses a threat to", "pose a danger".
THREAT_OBJECTS = frozenset({"threat", "danger", "risk", "menace"})


def _threatening(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in THREAT_VERBS:
        return True
    obj = child(verb, "dobj")
    return lemma == "pose" and obj is not None and obj.lemma_.lower() in THREAT_OBJECTS


@SITE_TYPES.rule("warned-of-their-threat")
def _warned_of_their_threat(site: Site, event_type: str) -> str | None:
    trigger = site.trigger
    if event_type != "THREATEN" or trigger.lemma_.lower() not in WARN_VERBS:
        return None
    for clause in trigger.children:
        if clause.dep_ != "ccomp" or not _threatening(clause):
            continue
        subject = child(clause, "nsubj")
        if subject is not None and not first_person(subject):
            return "ACCUSE"
    return None
