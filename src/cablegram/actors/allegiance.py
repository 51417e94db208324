"""Words of allegiance, which name the state a party sides with, not the party's own state.

"the pro-Iranian Hezbollah group", "anti-Syrian militias", "Iranian-backed Houthi rebels",
"Saudi-allied forces": the state or demonym inside such a compound says whom the party is
for, against or backed by. It gives the party no country (and no reason to take the
dictionary's country away from it).
"""

from __future__ import annotations

from spacy.tokens import Token

# Prefixes of siding: "pro-Iranian", "anti-Western".
SIDING_PREFIXES = frozenset({"pro", "anti"})
# Participles of backing after a hyphen: "Iranian-backed", "Saudi-allied".
BACKING_PARTICIPLES = frozenset(
    {"backed", "allied", "aligned", "funded", "supported", "sponsored", "armed", "trained",
     "inspired", "linked", "affiliated", "leaning"}
)  # fmt: skip


def of_allegiance(token: Token) -> bool:
    """Whether ``token`` is the state word of an allegiance compound: "Iranian" in
    "pro-Iranian" (written as one token or split at the hyphen) or "Iranian-backed"."""
    lower = token.lower_
    if "-" in lower:
        first, _, rest = lower.partition("-")
        return first in SIDING_PREFIXES or rest in BACKING_PARTICIPLES
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-":
        if doc[token.i - 2].lower_ in SIDING_PREFIXES:
            return True
    if token.i + 2 < len(doc) and doc[token.i + 1].text == "-":
        if doc[token.i + 2].lower_ in BACKING_PARTICIPLES:
            return True
    return lower in SIDING_PREFIXES or lower in BACKING_PARTICIPLES
