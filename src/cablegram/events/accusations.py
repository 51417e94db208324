"""Type rule for a warning that someone else threatens: the warner accuses, it does not threaten.

Registered in :data:`cablegram.events.kinds.SITE_TYPES` (imported by
:mod:`cablegram.events.registered`):

- ``warned-of-their-threat``: "Moscow's envoy has warned they threaten peace in Europe",
  "Beijing warned that the new bases endanger stability", "Seoul cautioned that the launch
  poses a grave threat": whoever the speaker describes as threatening is the doer of the
  threat; the speaker's act is an accusation of them (PLOVER ACCUSE), with them as its
  target where they are an actor. A warning of one's own response ("warned that it would
  retaliate", "we warn that the North will pay") stays a THREATEN, and so does a warning
  of what the speaker's own side will do ("North Korea warned that its missiles could
  threaten Guam", "Putin warned that Russian nuclear forces would endanger Europe"): a
  complement subject owned by the speaker (a possessive pronoun, or a modifier naming the
  speaker's own country) is the speaker's threat. A complement that only may happen
  ("warning they could undermine the fight", "warn that the central bank could undermine
  growth") asserts no threat of anyone: it is a forecast, left to ``warned-of-another``
  (:mod:`cablegram.events.forewarned`), which codes nothing for it (round 12, i100: trial
  14's "urged Obama ..., warning they could undermine the fight" was coded ACCUSE twice).
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.actors.base import first_person
from cablegram.events.kinds import SITE_TYPES
from cablegram.events.modality import Site
from cablegram.events.moods import MAY_AUX
from cablegram.events.tree import child
from cablegram.gazetteer.dictionary import load_dictionary

# Verbs of warning, whose complement says what the warner fears.
WARN_VERBS = frozenset({"warn", "caution"})
# Verbs that say the complement's subject threatens someone or something.
THREAT_VERBS = frozenset(
    {"threaten", "endanger", "jeopardize", "jeopardise", "menace", "imperil", "destabilize",
     "destabilise", "undermine"}
)  # fmt: skip
# Objects of "pose" that make it a threat: "poses a threat to", "pose a danger".
THREAT_OBJECTS = frozenset({"threat", "danger", "risk", "menace"})
# Possessive pronouns that bind a complement subject to the speaker ("its missiles").
OWN_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my"})


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
        may = any(c.dep_ == "aux" and c.lower_ in MAY_AUX for c in clause.children)
        if may and not _aimed_at_speaker(clause, trigger):
            continue  # "warning they could undermine the fight": a forecast
        subject = child(clause, "nsubj")
        if subject is None or first_person(subject) or _speakers_own(subject, trigger):
            continue
        return "ACCUSE"
    return None


def _aimed_at_speaker(clause: Token, trigger: Token) -> bool:
    """Rule ``threat-to-own`` (round 12, f100; review r100): what may threaten the speaking
    state's own ("China warned that the new radar could threaten its security") is a
    charge against the one who threatens, not a forecast: the object is owned by "its" or
    "our" and the speaker names a state."""
    obj = child(clause, "dobj")
    if obj is None or not any(
        c.dep_ == "poss" and c.lower_ in ("its", "our") for c in obj.children
    ):
        return False
    return _speaker_country(trigger) is not None


def _country(text: str, person: bool = False) -> str | None:
    """The country the actor dictionary gives a name or people word; with ``person``, a
    known person's surname counts too ("Putin")."""
    dictionary = load_dictionary()
    entry = dictionary.entry(text)
    if entry is None and person and " " not in text:
        entry = dictionary.person_by_surname(text)
    return entry.country if entry is not None and entry.country else None


def _speaker_country(trigger: Token) -> str | None:
    speaker = child(trigger, "nsubj")
    if speaker is None:
        return None
    names = [speaker.text]
    if speaker.ent_type_:
        ent = next((e for e in speaker.doc.ents if e.start <= speaker.i < e.end), None)
        if ent is not None:
            names.insert(0, ent.text)
    names.insert(0, " ".join(t.text for t in speaker.subtree if t.dep_ != "punct"))
    for name in names:
        country = _country(name, person=speaker.ent_type_ == "PERSON")
        if country is not None:
            return country
    return None


def _speakers_own(subject: Token, trigger: Token) -> bool:
    """The complement subject belongs to the speaker: "its missiles", "our troops", or a
    modifier naming the speaker's own country ("Russian nuclear forces" after Putin)."""
    mods = [c for c in subject.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
    if any(m.dep_ == "poss" and m.lower_ in OWN_PRONOUNS for m in mods):
        return True
    country = _speaker_country(trigger)
    if country is None:
        return False
    return any(_country(m.text.removesuffix("'s").removesuffix("’s")) == country for m in mods)
