"""The modules of rules that add themselves to the coder's registries when imported
(blockers, source screens, trigger shapes, phrase parts): the coder imports this module
once, so that a newcomer's new rule module is listed here and nowhere else."""

from cablegram.events import (
    accusations,
    alleged,
    campaigns,
    captions,
    charges,
    decided,
    ellipses,
    hedges,
    interviews,
    members,
    mentions,
    mutual,
    named_places,
    patients,
    predictions,
    prospects,
    seen_texts,
    senses,
    shapes,
    unrealised,
)

__all__ = [
    "accusations",
    "alleged",
    "campaigns",
    "captions",
    "charges",
    "decided",
    "ellipses",
    "hedges",
    "interviews",
    "members",
    "mentions",
    "mutual",
    "named_places",
    "patients",
    "predictions",
    "prospects",
    "seen_texts",
    "senses",
    "shapes",
    "unrealised",
]

# Type rules for armed and police acts, and blockers of acts the text does not tell as done.
from cablegram.events import armed, untold

__all__ += ["armed", "untold"]

# warnings of another's act, vows against someone, bare commitments; acts under
# disbelief, fear or obligation.
from cablegram.events import avowals, forewarned, irrealis  # noqa: E402

__all__ += ["avowals", "forewarned", "irrealis"]

# occupations by protesters (PROTEST), commentators' "needs to" (no REQUEST), acts
# named by a disposition or a classifying noun (no event).
from cablegram.events import occupations, standing, unacted  # noqa: E402

__all__ += ["occupations", "standing", "unacted"]

# Lead: a source's request not to be named is no REQUEST.
from cablegram.events import anonymity  # noqa: E402

__all__ += ["anonymity"]

# acts told as left undone ("without"), as any of a kind ("any ... that"), as only
# discussed or feared ("the threat of sanctions"), or as a party's record.
from cablegram.events import unasserted  # noqa: E402

__all__ += ["unasserted"]

# violence told of a measure or an abstract thing ("killed the bill", "fighting
# poverty") is a figure, no ASSAULT.
from cablegram.events import figurative  # noqa: E402

__all__ += ["figurative"]

# armed forces' acts read as protest, a defence's adversary as its target, a record's
# place as its doer.
from cablegram.events import forces  # noqa: E402

__all__ += ["forces"]

# the doer of an act told inside a target phrase ("with the prospect of the Senate
# suspending her") is no target.
from cablegram.events import circumstances  # noqa: E402

__all__ += ["circumstances"]

# occasions that end or are called off with no one sanctioned ("ended another round of
# talks", "canceled her trip").
from cablegram.events import occasions  # noqa: E402

__all__ += ["occasions"]

# acts inside a report the sentence denies, doubts or leaves unconfirmed.
from cablegram.events import doubted  # noqa: E402

__all__ += ["doubted"]

# a war or a spell of violence named as a doer, a phrase owned by "whose": no actor.
from cablegram.events import situations  # noqa: E402

__all__ += ["situations"]

# acts of reprisal read off the verb's dependents: a vow of retaliation (THREATEN), a stop
# made as punishment (SANCTION), another party's people expelled (COERCE).
from cablegram.events import reprisals  # noqa: E402

__all__ += ["reprisals"]

# measures argued for, another's reading of a party's willingness, harm told of its victims
# with no doer (no event).
from cablegram.events import unargued  # noqa: E402

__all__ += ["unargued"]
