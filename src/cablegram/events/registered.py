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

# threats of reprisal by a state's leader, a vowed response of force, a future response in
# force (THREATEN).
from cablegram.events import vows  # noqa: E402

__all__ += ["vows"]

# a coalition's acts by the state that leads it ("the Saudi-led coalition").
from cablegram.events import coalitions  # noqa: E402

__all__ += ["coalitions"]

# an attack by whoever claims responsibility for it.
from cablegram.events import responsibility  # noqa: E402

__all__ += ["responsibility"]

# social media named as where something was posted: no actor.
from cablegram.events import platforms  # noqa: E402

__all__ += ["platforms"]

# launches of missiles or rockets planned at no one (round 13, i110): no THREATEN.
from cablegram.events import launches  # noqa: E402

__all__ += ["launches"]

# "strike" with no object done by attackers (round 13, i110): an attack, not a labour strike.
from cablegram.events import strikes  # noqa: E402

__all__ += ["strikes"]

# help named with an act ("with air support from U.S. forces") is no target (round 13, i110).
from cablegram.events import backers  # noqa: E402

__all__ += ["backers"]

# bans on travel, trade or arms are sanctions (round 13, i110).
from cablegram.events import measures  # noqa: E402

__all__ += ["measures"]

# "its fighters", "their fighters" read as a placeless group: no actor (round 13, i110).
from cablegram.events import pronoun_names  # noqa: E402

__all__ += ["pronoun_names"]

# a person's mission ended is a visit ended, no RETREAT (round 13, i110).
from cablegram.events import missions  # noqa: E402

__all__ += ["missions"]

# a party defending its own acts supports no one (round 13, i110).
from cablegram.events import own_defence  # noqa: E402

__all__ += ["own_defence"]

# Actor filter: plural office holders with no name or state ("the foreign ministers").
from cablegram.events import office_holders  # noqa: E402

__all__ += ["office_holders"]

# weapons sent "at" someone are an attack, not aid (round 14).
from cablegram.events import sent_weapons  # noqa: E402

__all__ += ["sent_weapons"]

# the victim of a condemned attack is not the one accused (round 14).
from cablegram.events import condemned_victims  # noqa: E402

__all__ += ["condemned_victims"]

# a strike answered by a retaliation is an armed strike (round 14, i133).
from cablegram.events import answered  # noqa: E402

__all__ += ["answered"]

from cablegram.events import halted_talks  # noqa: E402

__all__ += ["halted_talks"]

# Actor filter: a doer only suspected ("a suspected Israeli air strike", round 15, i151).
from cablegram.events import attributed  # noqa: E402

__all__ += ["attributed"]

# Type rule: "allowed Crimea to be taken" is a failure charged, no CONCEDE (round 15, i151).
from cablegram.events import allowed_losses  # noqa: E402

__all__ += ["allowed_losses"]

# Actor filters: the name of a sea ("the Sea of Japan") and the side pulled out of a pact
# ("pulled the United States out of the deal") are no target (round 16, i11).
from cablegram.events import waters  # noqa: E402

__all__ += ["waters"]

# act nouns told as a lasting condition ("the truce is fragile"), acts in an open question
# ("it is unclear whether"), question phrases as actors (round 16, f2).
from cablegram.events import conditions  # noqa: E402

__all__ += ["conditions"]

# removals from office ("dismissed 9,000 officers") are no REJECT (round 16, f2).
from cablegram.events import dismissals  # noqa: E402

__all__ += ["dismissals"]
