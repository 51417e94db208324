"""Staying in a union or alliance and leaving it, read against its membership.

Small named rules used by :mod:`cablegram.query.propositions_match`,
:mod:`cablegram.query.propositions_forms` and :mod:`cablegram.query.stance_evidence`:

- :data:`EXIT_BLENDS` / :func:`exit_blend_text`: a blend of a country's name and "exit"
  ("Brexit", "a Grexit") names that country leaving a union: as a proposition it reads as
  "Britain leave the European Union"; as a claim's act (:func:`exit_blend_claim`: "voiced
  support for a Brexit", "fear a Brexit") as leaving, about the country and the union.
- :func:`staying_reading` (``staying_as_membership``): a proposition of staying in ("Britain
  remain in the European Union") or leaving ("leave the EU") a body that is no country, and
  a claim on the body's membership ("applauded Britain's EU membership", "a prominent
  opponent of membership") or of staying in it or leaving it: being a member is staying,
  leaving undoes both. A place that is a country ("remain in Syria"), an object ("remain in
  power", "leave the coalition") and joining ("join NATO", the synonym data's own group)
  are left to the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Final

from cablegram.claims.lexicon import claim_words
from cablegram.query.meaning import keys
from cablegram.query.propositions_args import argument_key
from cablegram.query.propositions_forms import BLEND_TEXT

if TYPE_CHECKING:
    from cablegram.query.propositions import Proposition

# Blends of a country's name and "exit" that news writes for its leaving a union: the
# blend (lower case) -> (the country, the union it would leave). The one list is the claim
# words' ``[exit_blends]`` table (data/claim_words.toml), which the claims read too.
EXIT_BLENDS: Final[Mapping[str, tuple[str, str]]] = claim_words().exit_blends


# Acts of staying where one is (the synonym data's staying group) and nouns of being a
# member; acts of leaving a body one belongs to.
_STAYING: Final = frozenset({"stay", "remain"})
_MEMBERSHIP: Final = frozenset({"membership", "member"})
_LEAVING: Final = frozenset({"leave", "exit", "quit", "withdraw", "pull out", "depart"})

# A proper name of one or more capitalised words ("Britain", "the Czech Republic" less its
# article, "EU", "European Union").
_NAME: Final = r"[A-Z][\w.-]*(?:\s+(?:of\s+)?[A-Z][\w.-]*)*"
# Whose membership of which body the sentence names: "Britain's EU membership",
# "Britain's membership of (in) the EU", "the membership of Britain in the EU".
_OWNED: Final = re.compile(
    rf"(?P<member>{_NAME})['\u2019]s\s+(?:(?P<body>{_NAME})\s+)?member(?:ship)?\b"
    rf"(?:\s+(?:of|in)\s+(?:the\s+)?(?P<body2>{_NAME}))?"
)
_OF_IN: Final = re.compile(
    rf"\bmembership\s+of\s+(?:the\s+)?(?P<member>{_NAME})\s+in\s+(?:the\s+)?(?P<body>{_NAME})"
)
# Words of joining a body or asking to ("wanted EU membership", "would seek NATO
# membership", "its bid for membership", "accession"): membership not yet held, which is
# no staying.
_JOINING: Final = re.compile(
    r"\b(?:want|wants|wanted|seek|seeks|sought|seeking|apply|applies|applied|applying|"
    r"application|bid|bids|join|joins|joined|joining|accession|accede|aspire|aspires|"
    r"aspiration|aspirations|candidacy|candidate|admission|admit|admitted|grant|granted|"
    r"offer|offered|path|road|future|eventual|eventually|full)\b",
    re.IGNORECASE,
)


def exit_blend_text(text: str) -> str | None:
    """The proposition an exit blend stands for ("Brexit" -> "Britain leave the European
    Union", "a Grexit" -> "Greece leave the eurozone"); None for any other text."""
    match = BLEND_TEXT.match(text.strip())
    if match is None:
        return None
    found = EXIT_BLENDS.get(match["blend"].casefold())
    if found is None:
        return None
    country, union = found
    return f"{country} leave the {union}"


def exit_blend_claim(
    predicate: str, obj: str | None, arguments: dict[str, str]
) -> tuple[str, str | None, dict[str, str]]:
    """A claim whose act is an exit blend ("support" of "voiced support for a Brexit" read
    as brexit/None, or a light verb on it: "trigger Brexit") read as leaving: predicate
    "leave", no object, the country as "about" and the union as a further "about" where the
    claim names neither. Any other claim is returned as it is."""
    blend = next(
        (w for w in (predicate, obj) if w is not None and w.casefold() in EXIT_BLENDS), None
    )
    if blend is None:
        return predicate, obj, arguments
    country, union = EXIT_BLENDS[blend.casefold()]
    kept = dict(arguments)
    for role, name in (("about", country), ("about2", union)):
        if name not in kept.values():
            kept[role if role not in kept else f"{role}_{len(kept)}"] = name
    return "leave", None, kept


def _kind(word: str | None) -> str | None:
    """A word's kind: "stay" (staying), "member" (membership), "leave" (leaving); None."""
    if word is None:
        return None
    low = word.casefold()
    if keys(low) & _STAYING:
        return "stay"
    if low in _MEMBERSHIP:
        return "member"
    if low in _LEAVING or keys(low) & _LEAVING:
        return "leave"
    return None


def _body_named(proposition: Proposition, country_of: Callable[[str], str | None]) -> bool:
    """Whether the proposition's place or "about" is a body that is no country (the actor
    dictionary's organisation: "the European Union", "NATO", "the OAS")."""
    return any(
        argument_key(v, country_of).startswith("entry:") for v in proposition.arguments.values()
    )


def _membership_held(
    proposition: Proposition, sentence: str | None, country_of: Callable[[str], str | None]
) -> bool:
    """Whether the claim's sentence names the proposition's agent's membership of the
    proposition's own body ("Britain's EU membership", "Britain's membership of the EU",
    "the membership of Britain in the EU" for "Britain remain in the European Union"), and
    names no joining (:data:`_JOINING`: "Serbia wanted EU membership"). False with no
    sentence or no agent: another state's membership ("Turkey's EU membership"), another
    body's ("Britain's membership of the Commonwealth") and membership sought bear on no
    staying."""
    if not sentence or proposition.agent is None or _JOINING.search(sentence):
        return False
    agent = argument_key(proposition.agent, country_of)
    bodies = {
        argument_key(v, country_of)
        for v in proposition.arguments.values()
        if argument_key(v, country_of).startswith("entry:")
    }
    for match in [*_OWNED.finditer(sentence), *_OF_IN.finditer(sentence)]:
        named = match.groupdict()
        body = named.get("body") or named.get("body2")
        member = match["member"]
        # "Prime Minister Britain's"-like runs: the member is the whole name or its last word
        members = {argument_key(member, country_of), argument_key(member.split()[-1], country_of)}
        if body is None or agent not in members:
            continue
        # a name ending the sentence carries its full stop ("of the European Union.")
        if {argument_key(body, country_of), argument_key(body.rstrip("."), country_of)} & bodies:
            return True
    return False


def staying_reading(
    proposition: Proposition,
    predicate: str,
    obj: str | None,
    arguments: dict[str, str],
    country_of: Callable[[str], str | None],
    sentence: str | None = None,
) -> bool | None:
    """Whether a claim's act is the proposition's own (True) or undoes it (False) by the
    rule ``staying_as_membership`` (see the module); None when the rule does not apply.

    The proposition must stay in or leave a named body with no object; the claim must name
    membership ("membership", "member", or a light verb on it: no object of another kind),
    staying or leaving, with no object; a claim of staying read against leaving (or the
    reverse) must name a place or party itself ("would stay on" names no body); a claim of
    membership must name, in its ``sentence``, the proposition's agent as the member and its
    body as the union (:func:`_membership_held`). Its
    arguments are then checked as for any claim."""
    if proposition.object is not None or proposition.predicate is None:
        return None
    mine = _kind(proposition.predicate)
    if mine not in ("stay", "leave") or not _body_named(proposition, country_of):
        return None
    theirs = _kind(predicate) if obj is None else _kind(obj) if _kind(obj) == "member" else None
    if theirs is None:
        return None
    if theirs == "member" and not _membership_held(proposition, sentence, country_of):
        return None
    staying = {"stay", "member"}
    same = (mine in staying) == (theirs in staying)
    if not same and theirs != "member" and not arguments:
        return None
    return same


def staying_words(proposition: Proposition) -> frozenset[str]:
    """Words that find the claims :func:`staying_reading` may read for a proposition of
    staying or leaving: the membership nouns, staying and leaving verbs, and the exit blends;
    empty for any other proposition."""
    # imported here: stance_places imports the stance modules that import this one
    from cablegram.query.stance_places import country_of

    if _kind(proposition.predicate) not in ("stay", "leave"):
        return frozenset()
    # The blends are looked up for leaving or staying in any union: the euro area of
    # "Grexit" ("Greece leave the eurozone") is the proposition's object, no body of the
    # actor dictionary.
    blends = frozenset(EXIT_BLENDS)
    if proposition.object is not None or not _body_named(proposition, country_of):
        return blends
    return _STAYING | _MEMBERSHIP | _LEAVING | blends
