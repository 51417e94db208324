"""A candidate's pledges are campaign promises (a source screen registered in
:data:`cablegram.events.parties.SOURCE_SCREENS`; imported by the coder so that it registers).

- ``candidate-pledge``: what someone the text calls a candidate, a challenger or a nominee
  pledges, promises, vows or says he will do ("Mr Kerry, the Democratic challenger, ...
  has pledged to improve relations with European allies") is a promise to voters of what
  would be done if elected: its content waits on an election, and it is made to the
  electorate, not to the actors it names. PLOVER's AGREE is an intent expressed towards
  another actor, so no event is coded (precision first). What a candidate does now
  ("the challenger attacked the president") stays an event.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from cablegram.events.modality import Site, is_future
from cablegram.events.parties import SOURCE_SCREENS, Lookup
from cablegram.events.tree import entity_span
from cablegram.records import Actor

# Nouns that call someone a candidate for an office.
CANDIDATE_NOUNS = frozenset(
    {"candidate", "challenger", "nominee", "contender", "hopeful", "frontrunner",
     "front-runner"}
)  # fmt: skip
# Verbs and nouns of pledging: the act under them is promised.
PLEDGE_WORDS = frozenset(
    {"pledge", "promise", "vow", "swear", "commit", "commitment", "guarantee"}
)  # fmt: skip


def _described(noun: Token) -> list[Token]:
    """The names a candidate noun describes: "John Kerry, the Democratic challenger"
    (apposition either way), "presidential candidate Joe Biden" (a title before the name)."""
    out: list[Token] = []
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        out.append(noun.head)
    out.extend(c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN")
    if noun.dep_ == "compound" and noun.head.pos_ == "PROPN":
        out.append(noun.head)
    return out


def candidates(doc: Doc, lookup: Lookup) -> set[str]:
    """Names of the actors the document calls candidates."""
    names: set[str] = set()
    for tok in doc:
        if tok.lemma_.lower() not in CANDIDATE_NOUNS or tok.pos_ != "NOUN":
            continue
        for name in _described(tok):
            names.update(a.name for a in lookup(entity_span(name)) if a.kind != "state")
    return names


def pledged(site: Site) -> bool:
    """The act is pledged or promised ("has pledged to improve"), or said to be done later
    in the pledger's own words ("we will bring our allies back")."""
    if site.trigger.lemma_.lower() in PLEDGE_WORDS:
        return True  # "promised to resume aid", coded at the pledge itself
    for gov in site.chain[:3]:
        if gov.via not in ("xcomp", "acl", "dobj"):
            break
        if gov.token.lemma_.lower() in PLEDGE_WORDS:
            return True
    return site.voiced() and is_future(list(site.tokens))


@SOURCE_SCREENS.rule("candidate-pledge")
def _candidate_pledge(site: Site, actor: Actor, lookup: Lookup) -> bool:
    if actor.kind == "state" or not pledged(site):
        return False
    return actor.name in candidates(site.sent.doc, lookup)
