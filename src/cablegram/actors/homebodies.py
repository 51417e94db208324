"""A state's institution named without its state belongs to the one state the story is about.

"The Senate voted to suspend her", "the Culture Ministry", "Congress" in a story about Brazil
are Brazil's; the resolver had left them without a country, and a dictionary alias took
"Congress" for the US Congress (now blocked by
:meth:`cablegram.actors.names.BodyNames.foreign_namesake`). This rule gives such a body the
story's state, the way a minister named without a country gets it (see
:meth:`cablegram.actors.identity.Identity.identify`), when all of these hold:

* the body's name is made only of institution words (:data:`INSTITUTION_WORDS`: "Senate",
  "Congress", "Chamber of Deputies", "Supreme Court", "Foreign Ministry", "central bank",
  "police", "army"), so it says nothing of whose body it is;
* the story's places and its state mentions agree on one state (``dominant_country`` and
  ``story_country`` both set and equal; one alone misled on real text: a US state of
  Georgia's name, Puerto Rico in a story about the US Congress);
* no sentence that names the body names another state (it may be that state's body: "talks
  with Washington ... the Senate");
* the dictionary knows no body of that name of another state the text names ("Congress" is
  the US Congress's alias: in a story on Puerto Rico's debt that names the United States it
  may well be the US Congress, and is left without a country).

Its CAMEO role follows the head word: a legislature ``LEG``, a court ``JUD``, police ``COP``,
an army ``MIL``, any other body ``GOV``. A body with a country already, with a dictionary
identity, or named with a proper name of its own ("Workers Party") is left as it is.
"""

from __future__ import annotations

from collections.abc import Callable

from cablegram.actors.base import Cluster
from cablegram.actors.names import GENERIC_BODY_WORDS

# Heads of a state's bodies -> their CAMEO role.
_HEAD_ROLES: dict[str, str] = {
    "congress": "LEG",
    "senate": "LEG",
    "parliament": "LEG",
    "assembly": "LEG",
    "deputies": "LEG",
    "chamber": "LEG",
    "court": "JUD",
    "police": "COP",
    "army": "MIL",
    "military": "MIL",
    "ministry": "GOV",
    "department": "GOV",
    "bank": "GOV",
}
# Words a body of any state may be named with (beside GENERIC_BODY_WORDS).
INSTITUTION_WORDS = GENERIC_BODY_WORDS | frozenset(
    {"chamber", "deputies", "lower", "upper", "federal", "central", "bank", "police", "army"}
    | {"military", "foreign", "affairs", "culture", "education", "health", "labour", "labor"}
    | {"economy", "energy", "agriculture", "trade", "transport", "environment", "information"}
    | {"ministry", "national"}
)


def institution_role(name: str) -> str | None:
    """The CAMEO role of a body named only with institution words ("the Senate" -> "LEG",
    "Culture Ministry" -> "GOV"), or None when the name has a word of its own ("Workers
    Party", "Senate Intelligence Committee")."""
    words = [w.strip(".,'’").lower() for w in name.split()]
    words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in words if w]
    if not words or any(w not in INSTITUTION_WORDS for w in words):
        return None
    heads = [_HEAD_ROLES[w] for w in words if w in _HEAD_ROLES]
    return heads[-1] if heads else None


def home_institution(
    cluster: Cluster,
    states: set[str | None],
    other_state_near: Callable[[Cluster, str], bool],
    namesake_states: set[str],
) -> None:
    """Give a countryless body named only with institution words the story's one state and
    the role of its head word, as the module doc says; other clusters are left alone.
    ``states``: the document's dominant and story countries (None where unset);
    ``other_state_near(cluster, home)``: whether a sentence of the body names another state;
    ``namesake_states``: states the text names whose body the dictionary calls by this name."""
    if cluster.kind not in ("organization", "group") or cluster.country or cluster.identity:
        return
    role = institution_role(cluster.name)
    if role is None:
        return
    if len(states) != 1 or None in states:
        return  # both set and agreeing: a story of one state
    home = next(iter(states))
    if home is None or namesake_states - {home}:
        return
    if other_state_near(cluster, home):
        return
    cluster.country = home
    cluster.role = cluster.role or role
