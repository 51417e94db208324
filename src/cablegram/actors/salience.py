"""Salience features of a pronoun's candidate antecedents (split from
:mod:`cablegram.actors.pronouns`, which ranks candidates by them).

- :func:`may_be_they`: whether a mention may be a "they" at all;
- :func:`depth`, :func:`role_rank`: how deep in its parse and in which role a mention stands
  (shallower and subjects first);
- :func:`unlikely_accuser` (issue 11, round 15): "According to the electoral commission,
  turnout was 27 percent. They have alleged that there was fraud": the subject "they" of a
  verb of accusing is a plural accuser ("opposition parties", "rights groups"), never a body
  headed by a singular institution noun ("the commission", "the ministry"), which news copy
  calls "it" and which is, as here, more often the one accused.
  Such a body is no antecedent of that "they" (precision first: the accusation keeps no
  accuser rather than the accused); named bodies ("Hamas", "the Taliban"), collectives
  ("the group") and other verbs are left as they were.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs of accusing whose subject "they" is the accuser (lemmas).
ACCUSING_VERBS = frozenset(
    {"allege", "accuse", "blame", "charge", "claim", "complain", "denounce", "condemn"}
)
# Singular nouns of official and corporate bodies, which news copy calls "it": a "they" that
# accuses is never one of them. Collectives that copy calls "they" ("group", "movement",
# "coalition", "army") are not here.
INSTITUTION_NOUNS = frozenset(
    {"commission", "committee", "council", "agency", "department", "bureau", "board",
     "court", "tribunal", "authority", "administration", "ministry", "government",
     "company", "corporation", "firm", "bank", "newspaper", "secretariat", "presidency"}
)  # fmt: skip


def unlikely_accuser(candidate: Token, kind: str, pronoun: Token, role: str | None = None) -> bool:
    """Whether ``candidate`` is an organisation headed by a singular institution noun ("the
    electoral commission", "the Electoral Commission"), or a news outlet (role MED: the
    "(Reuters)" of a dateline), and ``pronoun`` the subject "they" of a verb of accusing
    ("They have alleged that there was fraud"): no antecedent then."""
    if pronoun.lower_ != "they" or not pronoun.dep_.startswith("nsubj"):
        return False
    if pronoun.head.lemma_.lower() not in ACCUSING_VERBS:
        return False
    if role == "MED":
        return True
    return kind in ("organization", "group") and candidate.lower_ in INSTITUTION_NOUNS


# Nouns of one who speaks for a body: "they" after "a Taliban spokesman" is the Taliban.
_VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "representative"})


def may_be_they(candidate: Token) -> bool:
    """Whether a mention may be a "they": not a name that only qualifies another noun ("At a
    NATO meeting, Berlin and Washington said they ...": "NATO allies", "an EU summit"),
    unless that noun is one voice of the body ("a NATO spokesman said they": NATO); and not
    that one voice itself (a single spokesman is no "they")."""
    if candidate.dep_ == "compound":
        return candidate.head.lower_ in _VOICES
    voiced = candidate.lower_ in _VOICES and candidate.tag_ == "NN"
    return not (voiced and any(c.dep_ == "compound" for c in candidate.children))


def depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        token = token.head
        depth += 1
    return depth


def role_rank(token: Token) -> int:
    dep = token.dep_
    if dep.startswith("nsubj"):
        return 0
    if dep in ("dobj", "dative", "appos", "attr"):
        return 1
    return 2
