"""Who did an attack, where the sentence tells it by a claim of responsibility (a source
fallback joining ``SOURCE_FALLBACKS`` of :mod:`cablegram.events.owners`, after its own):

- ``claimed-responsibility``: an attack noun that someone claims, admits, accepts or takes
  responsibility for ("The Taliban claimed responsibility for the attack", "the group
  admitted responsibility for the bombing") is the claimant's ASSAULT; a responsibility
  denied, rejected or refused, one claimed by no one ("no group has claimed
  responsibility"), one not claimed ("has not claimed responsibility"), or only borne or
  blamed ("Israel bears responsibility for the attack": an accusation, not a claim), is
  left; so is an attack whose result a participle on the claim tells ("claimed
  responsibility for the attack, killing nine people": coded once, from the participle).
  "Took", "accepted" or "assumed" responsibility is also the accountability of an office
  for a failure ("the interior minister took responsibility for the attack and resigned"):
  with those verbs only an armed group's claim counts (a named group or a group title of an
  armed role, ``ARMED_ROLES``), never a person's or an office's.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.arguments import source_actors
from cablegram.events.modality import Site
from cablegram.events.owners import SOURCE_FALLBACKS
from cablegram.events.phrases import Context
from cablegram.gazetteer.dictionary import key, load_dictionary
from cablegram.records import Actor

# Verbs by which one owns up to an act: "claimed responsibility for", "took responsibility".
CLAIM_VERBS = frozenset({"claim", "admit", "accept", "take", "assume", "announce"})
# Of those, the verbs that also tell an office's accountability ("took responsibility").
ACCOUNTING_VERBS = frozenset({"accept", "take", "assume"})
# Roles of the dictionary's group titles whose "took responsibility" is a claim of an attack.
ARMED_ROLES = frozenset({"REB", "INS", "ISM", "UAF", "MIL"})
RESPONSIBILITY = frozenset({"responsibility", "credit"})
# Participles that tell an attack's result ("..., killing nine people").
RESULT_VERBS = frozenset({"kill", "wound", "injure", "destroy", "damage", "leave", "hit"})
# Words on a claimant that make the claim no one's.
NO_ONE = frozenset({"no", "nobody", "none", "neither"})


def _claim_verb(act: Token) -> Token | None:
    """The verb of a claim of responsibility for the act noun ("claimed responsibility for
    the attack"), or None."""
    prep = act.head
    if act.dep_ != "pobj" or prep.lower_ != "for":
        return None
    noun = prep.head
    if noun.lemma_.lower() not in RESPONSIBILITY or noun.dep_ != "dobj":
        return None
    verb = noun.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CLAIM_VERBS:
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "has not claimed responsibility"
    if any(
        c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in RESULT_VERBS
        for c in verb.children
    ):
        return None  # "claimed responsibility for the attack, killing 9": the participle
    return verb


@SOURCE_FALLBACKS.rule("claimed-responsibility")
def _claimed(trigger: Token, site: Site, ctx: Context, event_type: str) -> list[Actor]:
    """ "The Taliban claimed responsibility for the attack": the claimant."""
    if event_type != "ASSAULT" or trigger.pos_ not in ("NOUN", "PROPN"):
        return []
    verb = _claim_verb(trigger)
    if verb is None:
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or any(t.lower_ in NO_ONE for t in subject.subtree):
        return []
    actors, _ = source_actors(verb, site.chain, site.statement, ctx, event_type)
    if verb.lemma_.lower() in ACCOUNTING_VERBS and not _armed_claimant(subject, actors):
        return []  # "the interior minister took responsibility for the attack"
    return actors


def _armed_claimant(subject: Token, actors: list[Actor]) -> bool:
    """SUBJECT (with ACTORS, what it was resolved to) may claim an attack by "taking
    responsibility": no person and no office ("minister", "police chief", "the government"),
    but a named group ("Hezbollah") or a group title of an armed role ("the rebels")."""
    if subject.ent_type_ == "PERSON" or any(a.kind == "person" for a in actors):
        return False
    titles = load_dictionary().titles
    if subject.pos_ == "PRON":  # "they had taken responsibility": what it stands for
        return bool(actors) and all(_armed_code(a) or _armed_title(a.name) for a in actors)
    words = [c for c in subject.children if c.dep_ in ("compound", "amod")] + [subject]
    for start in range(len(words)):
        title = titles.get(key(" ".join(w.lower_ for w in words[start:])))
        if title is not None:
            return title.kind == "group" and title.role in ARMED_ROLES
    if subject.lemma_.lower() in GOVERNING:
        return False
    named = any(w.ent_type_ in ("ORG", "NORP") for w in subject.subtree)
    return named or any(_armed_code(a) for a in actors)


def _armed_title(name: str) -> bool:
    """NAME is a group title of an armed role ("rebels", "militants")."""
    title = load_dictionary().titles.get(key(name))
    return title is not None and title.kind == "group" and title.role in ARMED_ROLES


# Heads of a state's or a body's governing that no dictionary title covers.
GOVERNING = frozenset({"government", "administration", "cabinet", "ministry", "authority"})


def _armed_code(actor: Actor) -> bool:
    """The actor's code is an armed group's or a military's ("PSEREB", "USAMIL")."""
    return (actor.code or "")[-3:] in ARMED_ROLES
