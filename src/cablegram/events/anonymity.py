"""A source's request not to be named, which is no PLOVER event (a blocking rule registered in
:data:`cablegram.events.blockers.BLOCKERS`; imported by the coder so that it registers).

- ``anonymity-request``: "an official, who asked not to be named, said", "a diplomat who
  requested anonymity", "declined to be identified": the news formula by which a source
  asks the reporter to keep their name out of print. It tells how the article knows, not a
  demand one party made of another, so it is never a REQUEST (CAMEO 10 needs a demand on a
  party to the story).
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.blockers import BLOCKERS
from cablegram.events.modality import Site

# Verbs of asking or declining that carry the formula.
ASKING_VERBS = frozenset({"ask", "request", "decline", "refuse", "seek"})
# Verbs of naming a source in print: "not to be named", "not be identified".
NAMING_VERBS = frozenset({"name", "identify", "quote", "cite", "disclose", "reveal", "publish"})
# Nouns of a source's cover: "requested anonymity", "sought confidentiality".
COVER_NOUNS = frozenset({"anonymity", "confidentiality"})


def _names_the_source(clause: Token) -> bool:
    """ "not to be named", "to be identified only as", "that his name not be used": a
    passive verb of naming (the source is the one named)."""
    passive = any(c.dep_ == "auxpass" for c in clause.children)
    if clause.lemma_.lower() in NAMING_VERBS and passive:
        return True
    if clause.lemma_.lower() == "use":
        return any(c.dep_ == "nsubjpass" and c.lemma_.lower() == "name" for c in clause.children)
    return False


@BLOCKERS.rule("anonymity-request")
def _anonymity_request(site: Site) -> bool:
    trigger = site.trigger
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in ASKING_VERBS:
        return False
    for child in trigger.children:
        if child.dep_ in ("dobj", "pobj") and child.lemma_.lower() in COVER_NOUNS:
            return True
        if child.dep_ in ("xcomp", "ccomp") and _names_the_source(child):
            return True
        if child.dep_ == "prep" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in COVER_NOUNS for g in child.children
        ):
            return True
    return False
