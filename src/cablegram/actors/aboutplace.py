"""Bodies named for the place they are about, not the place they belong to.

"The International Syria Support Group" is some twenty states and bodies meeting about Syria;
"the Friends of Yemen", "the Sudan Contact Group", "the Iraq Study Group" (an American panel)
and a monitor such as "the Syrian Observatory for Human Rights" (run from abroad) are not
their place's state or government either. A name of one of these shapes gives its body no
country and no code; the country a text states elsewhere for such a body is not read either,
so its members' words do not pool into the state they talk about.

A home the text states for the body ("the Venezuelan Observatory of Social Conflict, a
Caracas-based group", "the Caracas-based ...", "..., based in Caracas") is its own country,
not the place it is about: when that home is in the country the name gave, the country stays.

Shapes: :func:`named_for_a_place` takes a body's name as written and says yes or no;
:func:`clear_place_named_bodies` applies it to the clusters of a resolver.
"""

from __future__ import annotations

import re

from cablegram.actors.base import Cluster, ResolverState

_ABOUT_A_PLACE = re.compile(
    r"^(?:(?:the\s+)?(?:ministers|members|envoys|delegates)\s+of\s+)?(?:the\s+)?"
    r"(?:international\s+\S+(?:\s+\S+)?\s+(?:support|contact|study|core|working)\s+group"
    r"|friends\s+of\b"
    r"|\S+(?:\s+\S+)?\s+(?:support|contact|study|core|working)\s+group\b"
    r"|\S+(?:\s+\S+)?\s+observatory\b)",
    re.IGNORECASE,
)


def named_for_a_place(name: str) -> bool:
    """Whether a body's name is of a shape that names what it is about ("International Syria
    Support Group", "Friends of Yemen", "Syrian Observatory for Human Rights")."""
    return bool(_ABOUT_A_PLACE.match(name.strip()))


_NAME = r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)"
_HOME_AFTER = re.compile(
    r"^\s*,\s*(?:(?:an?|the)\s+(?:\w+\s+)?" + _NAME + r"-based\b"
    r"|(?:which\s+is\s+|that\s+is\s+)?based\s+in\s+" + _NAME + ")"
)
_HOME_INSIDE = re.compile(
    r",\s*(?:(?:an?|the)\s+(?:\w+\s+)?" + _NAME + r"-based\b|based\s+in\s+" + _NAME + ")"
)
_HOME_BEFORE = re.compile(_NAME + r"-based\s+(?:\w+\s+)?$")


def stated_homes(resolver: ResolverState, cluster: Cluster) -> set[str]:
    """The countries of the homes the text states for a body beside its mentions ("X, a
    Caracas-based group", "the Caracas-based X", "X, based in Caracas"), as dictionary codes."""
    text = resolver.text
    homes: set[str] = set()
    for mention in cluster.mentions:
        after = _HOME_AFTER.match(text[mention.end : mention.end + 80])
        before = _HOME_BEFORE.search(text[max(0, mention.start - 40) : mention.start])
        # The apposition may be part of the mention itself ("X, a Caracas-based group").
        inside = _HOME_INSIDE.search(mention.text)
        names = [g for m in (after, before, inside) if m is not None for g in m.groups() if g]
        for name in names:
            entry = resolver.dictionary.entry(name)
            if entry is not None and entry.kind == "state" and entry.country:
                homes.add(entry.country)
    return homes


def clear_place_named_bodies(resolver: ResolverState) -> None:
    """No country, role or code for an unknown body named for the place it is about, unless
    the text puts the body's home in the country it has."""
    for cluster in resolver.clusters.values():
        if cluster.kind in ("organization", "group") and not cluster.identity:
            if named_for_a_place(cluster.name):
                if cluster.country and stated_homes(resolver, cluster) == {cluster.country}:
                    continue
                cluster.country = cluster.role = cluster.code = None
