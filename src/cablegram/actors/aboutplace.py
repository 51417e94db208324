"""Bodies named for the place they are about, not the place they belong to.

"The International Syria Support Group" is some twenty states and bodies meeting about Syria;
"the Friends of Yemen", "the Sudan Contact Group", "the Iraq Study Group" (an American panel)
and a monitor such as "the Syrian Observatory for Human Rights" (run from abroad) are not
their place's state or government either. A name of one of these shapes gives its body no
country and no code; the country a text states elsewhere for such a body is not read either,
so its members' words do not pool into the state they talk about.

Shapes: :func:`named_for_a_place` takes a body's name as written and says yes or no;
:func:`clear_place_named_bodies` applies it to the clusters of a resolver.
"""

from __future__ import annotations

import re

from cablegram.actors.base import ResolverState

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


def clear_place_named_bodies(resolver: ResolverState) -> None:
    """No country, role or code for an unknown body named for the place it is about."""
    for cluster in resolver.clusters.values():
        if cluster.kind in ("organization", "group") and not cluster.identity:
            if named_for_a_place(cluster.name):
                cluster.country = cluster.role = cluster.code = None
