"""Removals from office read as rejections (a type rule registered in
:data:`cablegram.events.kinds.SITE_TYPES`; imported by the coder through
:mod:`cablegram.events.registered`).

- ``dismissed-from-office``: "dismiss", "sack", "oust" or "remove" whose object is people
  ("dismissed almost 9,000 police officers", "sacked the army chief", "removed 300 judges
  from their posts") or who are put out "from" an office, a body or a post ("dismissed
  thousands from the Interior Ministry") is a removal from office, not the rejection of a
  proposal (REJECT, CAMEO 12). The CAMEO-to-PLOVER table (../shared/gold/plover/) has no
  code for a government's dismissal of its own staff: the nearest, "impose administrative
  sanctions" (172, COERCE) is a measure on the public, and the purged are seldom an actor
  of their own, so nothing is coded (precision first). Dismissing a proposal, a claim or
  an appeal ("dismissed the offer", "dismissed the charges") stays REJECT, and dismissing
  someone "as" something stays with ``belittled-as`` (ACCUSE).
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.kinds import SITE_TYPES
from cablegram.events.modality import Site
from cablegram.events.tree import lemma

# Verbs that put someone out of office, read by the patterns as rejecting their object.
REMOVAL_VERBS = frozenset({"dismiss", "sack", "oust", "remove", "fire", "discharge", "purge"})
# Nouns of people who hold posts: "dismissed 300 judges", "sacked the army chief".
STAFF_NOUNS = frozenset(
    {"people", "person", "official", "officer", "employee", "staff", "worker", "judge",
     "prosecutor", "teacher", "soldier", "policeman", "policemen", "personnel", "civil",
     "servant", "servants", "chief", "head", "minister", "governor", "general", "commander",
     "director", "member", "ambassador", "diplomat", "mayor", "academic", "lecturer",
     "deputy", "aide", "adviser", "advisor", "spokesman", "spokeswoman"}
)  # fmt: skip
# Nouns of an office or a post one is put out of: "from the ministry", "from their posts".
OFFICE_NOUNS = frozenset(
    {"post", "office", "position", "job", "ministry", "cabinet", "government", "army",
     "police", "force", "service", "department", "agency", "judiciary", "university", "duty",
     "command", "party", "board", "rank", "role"}
)  # fmt: skip


def _is_people(tok: Token) -> bool:
    """A phrase of people holding posts: a person's name, a staff noun, or a counted
    "thousands" of them."""
    if tok.ent_type_ == "PERSON" or lemma(tok) in STAFF_NOUNS or tok.lower_ in STAFF_NOUNS:
        return True
    return tok.like_num or tok.lower_ in ("thousands", "hundreds", "dozens")


def _out_of_office(verb: Token) -> bool:
    """ "from the Interior Ministry", "from their posts": a "from" phrase naming an office,
    a body of state or a post (any name: "from the Interior Ministry")."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and (
                lemma(obj) in OFFICE_NOUNS or obj.lower_ in OFFICE_NOUNS or obj.ent_type_ == "ORG"
            ):
                return True
    return False


@SITE_TYPES.rule("dismissed-from-office")
def _dismissed(site: Site, event_type: str) -> str | None:
    trigger = site.trigger
    if event_type != "REJECT" or lemma(trigger) not in REMOVAL_VERBS:
        return None
    removed = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(c.dep_ == "prep" and c.lower_ == "as" for h in (trigger, *removed) for c in h.children):
        return None  # "dismissed Guaido as a puppet": belittled (``belittled-as``)
    if any(_is_people(o) for o in removed) or (not removed and _out_of_office(trigger)):
        return ""
    return None
