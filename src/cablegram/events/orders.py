"""An order to one's own government is no request between actors.

"Erdogan said he had ordered the foreign ministry to declare 10 ambassadors persona non
grata": a head of government ordering a ministry, agency, army or police of the same state
makes no REQUEST of another actor; what a reader records is the act ordered, done by the
state ("Turkey expelled the ambassadors": SANCTION). The coder calls :func:`own_body` on a
REQUEST's target and, when it is the source's own body, codes :func:`ordered_act` for the
source's state instead (nothing when the ordered clause names no event); so does an order
to a body owned by a possessive pronoun (:func:`own_pronoun_body`: "Kim ordered his
country to ...", which the lookup cannot place), when the source's state is known (an
orderer placed in no state keeps its REQUEST).

Shapes: the order verb's "to" complement (``xcomp``, or ``ccomp`` for "ordered that the army
withdraw"), matched against the pattern table; declaring diplomats "persona non grata" is
read as expelling them (PLOVER SANCTION, mode ``expel``; CAMEO 1663).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from cablegram.actors.base import Cluster
from cablegram.actors.codes import code_for
from cablegram.events.patterns import Pattern, PatternTable
from cablegram.events.triggers import Match, match_token
from cablegram.gazetteer.dictionary import load_dictionary
from cablegram.records import Actor

# Roles of a state's own bodies, which take orders from its government.
OWN_BODY_ROLES = frozenset({"GOV", "MIL", "COP", "SPY"})
# Roles of a source that gives its government's bodies orders.
COMMANDING_ROLES = frozenset({"GOV", "MIL"})
# The phrase by which a state declares a diplomat unwelcome.
PERSONA_NON_GRATA = ("persona", "non", "grata")
EXPEL = Pattern("declare", "verb", "SANCTION", mode="expel")


def own_body(target: Actor | None, sources: Sequence[Actor]) -> bool:
    """Whether the target is a body (or official) of the state its sources govern: a ministry,
    an agency, the army or the police of the same country, ordered by a source of that
    country's government ("the army", placed in no state, is the orderer's own). A state
    itself, an opposition or a court is no subordinate."""
    if target is None or target.kind == "state" or target.role not in OWN_BODY_ROLES:
        return False
    # "ordered the army": a body the lookup places in no state is the orderer's own
    return any(
        a.country is not None
        and target.country in (a.country, None)
        and (a.kind == "state" or a.role in COMMANDING_ROLES)
        for a in sources
    )


# Nouns of a state's own people and bodies, when "his", "its" or "their" owns them.
BODY_NOUNS = frozenset(
    {"country", "nation", "army", "military", "force", "troop", "soldier", "navy", "government",
     "ministry", "cabinet", "official", "commander", "police", "people", "citizen", "agency",
     "unit", "diplomat", "staff", "aide", "adviser", "advisor"}
)  # fmt: skip
OWNER_PRONOUNS = frozenset({"his", "her", "its", "their", "our", "my"})


def own_pronoun_body(order: Token) -> bool:
    """ "Kim ordered his country to be ready", "ordered its troops to withdraw": the one
    ordered is the orderer's own, named by a possessive pronoun (no actor lookup needed)."""
    for obj in order.children:
        if obj.dep_ not in ("dobj", "dative") or obj.lemma_.lower() not in BODY_NOUNS:
            continue
        if any(c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS for c in obj.children):
            return True
    return False


def _persona_non_grata(clause: Token) -> bool:
    words = [t.lower_ for t in clause.subtree]
    n = len(PERSONA_NON_GRATA)
    return any(tuple(words[i : i + n]) == PERSONA_NON_GRATA for i in range(len(words)))


def ordered_act(order: Token, table: PatternTable) -> Match | None:
    """The act an order verb orders, when the pattern table (or "persona non grata") codes
    it: "ordered the ministry to expel the envoys" gives ``expel``."""
    for clause in order.children:
        if clause.dep_ not in ("xcomp", "ccomp") or clause.pos_ not in ("VERB", "AUX"):
            continue
        if _persona_non_grata(clause):
            return Match(clause, EXPEL, "ordered-act")
        pattern = match_token(clause, table)
        if pattern is not None and pattern.event_type != "REQUEST":
            return Match(clause, pattern, "ordered-act")
    return None


def states_of(sources: Sequence[Actor]) -> list[Actor]:
    """The states whose governments the sources are, one each, at the sources' mentions."""
    dictionary = load_dictionary()
    out: list[Actor] = []
    for source in sources:
        iso3 = source.country
        if iso3 is None or any(a.country == iso3 for a in out):
            continue
        if source.kind == "state":
            out.append(source)
            continue
        name = dictionary.country_name(iso3)
        cluster = Cluster(
            key=f"state:{name.lower()}", name=name, kind="state", country=iso3, role="GOV"
        )
        cluster.code = code_for("state", iso3, "GOV")
        out.append(cluster.actor(source.text, source.start, source.end))
    return out
