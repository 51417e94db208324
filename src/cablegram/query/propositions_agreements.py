"""An agreement a proposition names by its proper name, and the common nouns that stand for it.

"ratify the Trans-Pacific Partnership" names an agreement: the parser takes the name for
what the act is about and leaves the light verb without object, so that only claims naming
"ratify" and the name itself would bear on it. Two rules read it as the reader does:

- :func:`with_named_agreement`: a light verb's name headed by one of the data's
  ``agreement_nouns`` ("Partnership", "Treaty", "Accord") gives the proposition that noun
  as its object, the name kept as what it is about;
- :func:`agreement_standing_for`: a claim's definite agreement noun ("ratify **the U.S.-led
  pact**", "urging Congress to approve **the deal**") stands for that agreement where the
  claim's document names it, in full or by its initials ("TPP"), and names no other
  agreement by that noun ("the Paris deal"). Its relevance is then that of a name found in
  the document, not in the claim (:data:`NAMED_IN_DOCUMENT`).

Sources: the agreement nouns and their WordNet 3.1 senses are listed in
``data/claim_synonyms.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Final

from cablegram.query.meaning import is_light, synonyms
from cablegram.query.propositions import Proposition
from cablegram.query.propositions_names import NAMED_WITH, OTHER_NAMED

# Relevance of a claim whose agreement noun stands for the name its document gives.
NAMED_IN_DOCUMENT: Final = 0.7
# Words a definite noun phrase may hold between its determiner and the agreement noun.
_BETWEEN: Final = 3
# A modifier naming who leads or backs an agreement, not which one it is ("U.S.-led").
_LED: Final = re.compile(r"-(?:led|backed|brokered|sponsored)$", re.IGNORECASE)


def agreement_name(proposition: Proposition) -> str | None:
    """The name the proposition's act is about when its last word, capitalised, is an
    agreement noun ("Trans - Pacific Partnership"), else None."""
    name = proposition.arguments.get("about")
    if not name:
        return None
    head = name.split()[-1]
    if not head[:1].isupper() or head.casefold() not in synonyms().agreements:
        return None
    return name


def with_named_agreement(proposition: Proposition) -> Proposition:
    """The proposition with its named agreement's head noun as the object of its light verb
    ("ratify the Trans-Pacific Partnership": ratify / "partnership", about the name); any
    other proposition as it is."""
    if proposition.object is not None or proposition.predicate is None:
        return proposition
    if not is_light(proposition.predicate):
        return proposition
    name = agreement_name(proposition)
    if name is None:
        return proposition
    return replace(proposition, object=name.split()[-1].casefold())


def _spellings(name: str) -> tuple[str, ...]:
    """The name as a text writes it ("Trans-Pacific Partnership") and its initials ("TPP")
    when it has at least two capitalised words."""
    written = re.sub(r"\s*-\s*", "-", name.strip())
    words = re.split(r"[\s-]+", written)
    initials = "".join(w[0] for w in words if w[:1].isupper())
    return (written, initials) if len(initials) >= 2 else (written,)


def _definite(noun: str, sentence: str, own: set[str]) -> bool:
    """Whether ``sentence`` writes ``noun`` after "the", "this" or "that", with between them
    only the name's own words or a modifier of who leads it ("the U.S.-led pact"), never
    another name or description ("the Paris deal", "the nuclear deal")."""
    pattern = rf"\b(?:the|this|that)\s+((?:\S+\s+){{0,{_BETWEEN}}}?){re.escape(noun)}s?\b"
    for found in re.finditer(pattern, sentence, re.IGNORECASE):
        between = found.group(1).split()
        if all(w.casefold() in own or _LED.search(w) for w in between):
            return True
    return False


def agreement_standing_for(
    proposition: Proposition,
    predicate: str,
    obj: str | None,
    arguments: dict[str, str],
    sentence: str | None,
    document_mentions: Callable[[Iterable[str]], bool],
    doer: str | None = None,
) -> tuple[str, str | None, dict[str, str]] | None:
    """The claim's (predicate, object, arguments) with its definite agreement noun read as
    the agreement the proposition names (the object the proposition gives it, the name as
    what it is about), or None where the rule does not apply: the proposition names no
    agreement, the noun is no agreement noun or not definite, the claim names another
    thing as what it is about, or its document names the agreement nowhere or another
    agreement by that noun. The noun may be the claim's object ("ratify the pact") or, with
    none, its act ("approve the deal", read as the act "deal"). Where the claim's actor is a
    state's (``doer``, ISO3), one sentence of its context must name it with the agreement
    ("Japan signed the TPP"): a passing mention of the agreement ("leaders also discussed
    the TPP") does not make another party's "the deal" this one."""
    name = agreement_name(proposition)
    if name is None or proposition.object is None or not sentence:
        return None
    noun = obj if obj is not None else predicate
    if noun.casefold() not in synonyms().agreements or "about" in arguments:
        return None
    spellings = _spellings(name)
    own = {w.casefold() for s in spellings for w in re.split(r"[\s-]+", s)}
    own |= {m.casefold() for m in proposition.modifiers}
    if not _definite(noun, sentence, own):
        return None
    if not document_mentions(spellings):
        return None
    if doer and not document_mentions([f"{NAMED_WITH}{s}\t{doer}" for s in spellings]):
        return None
    # every word before the noun that is not the name's own or its initials names another
    # agreement ("the Paris deal"); the name and its initials are its own ("the TPP deal")
    own_words = " ".join((*name.split(), *spellings[1:]))
    others = [f"{OTHER_NAMED}{own_words} {n}" for n in (noun, noun.capitalize())]
    if any(document_mentions([o]) for o in others):
        return None
    placed = {**arguments, "about": name}
    if obj is not None:
        return predicate, proposition.object, placed
    return proposition.object, None, placed
