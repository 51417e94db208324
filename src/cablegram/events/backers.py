"""Help named with an act is no target of it (an argument filter registered in
:data:`cablegram.events.filters.NOT_ACTORS`; imported by :mod:`cablegram.events.registered`).

- ``help-with-act`` (round 13, i110): "troops started their attack with strong air support
  from U.S. forces", "Kurdish fighters, with backing from U.S. warplanes, attacked",
  "took the town with the help of Russian jets": the phrase after "with", "without" or
  "under" whose head is a noun of help (support, backing, cover, help, blessing ...) names
  the act's helpers, never the party it is done to, whoever the lookup finds in it (the
  "from" or "of" phrase). A target is still read from the trigger's other arguments ("attacked
  the town with air support" leaves "the town").
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.filters import NOT_ACTORS
from cablegram.events.patterns import PatternTable
from cablegram.events.tree import lemma

__all__ = ["HELP_NOUNS", "help_with_act"]

# Nouns of help given with an act.
HELP_NOUNS = frozenset(
    {"support", "backing", "help", "assistance", "cover", "blessing", "consent", "approval",
     "participation", "cooperation", "aid", "protection", "escort", "guidance", "logistics",
     "intelligence", "involvement"}
)  # fmt: skip
HELP_PREPS = frozenset({"with", "without", "under"})


def help_with_act(tok: Token) -> bool:
    """Whether ``tok`` heads a phrase of help after "with", "without" or "under"."""
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ in HELP_PREPS
        and (lemma(tok) in HELP_NOUNS or tok.lower_ in HELP_NOUNS)
    )


@NOT_ACTORS.rule("help-with-act")
def _help_with_act(tok: Token, role: str, event_type: str, table: PatternTable) -> bool:
    return role == "target" and help_with_act(tok)
