"""The nouns of pacts, in one place: the core list and the named sets each stage reads.

- :data:`PACT_NOUNS`: what every stage counts as a pact ("deal", "agreement", "treaty" ...);
- :data:`MUTUAL_PACTS`: pacts between parties, whose parties a phrase names ("a ceasefire
  between X and Y", "the peace settlement"): read by :mod:`cablegram.events.parties`;
- :data:`SIGNED_PACTS`: papers whose signing is told ("the memorandum signed yesterday", "the
  communique"): read by :mod:`cablegram.events.shapes`;
- :data:`LEFT_PACTS`: what one can withdraw from, pacts and negotiations and the bodies one
  leaves ("quit the talks", "pulled out of the coalition"): read by
  :mod:`cablegram.events.kinds` (``withdrawal-from-pact``);
- :data:`LEFT_AGREEMENTS`: those of :data:`LEFT_PACTS` that are agreements, whose leaving
  rejects them (REJECT, CAMEO 127), where leaving talks or a body reduces relations.
"""

from __future__ import annotations

PACT_NOUNS = frozenset({"deal", "agreement", "accord", "treaty", "pact"})
MUTUAL_PACTS = PACT_NOUNS | frozenset(
    {"ceasefire", "cease-fire", "truce", "armistice", "settlement", "peace"}
)
SIGNED_PACTS = PACT_NOUNS | frozenset(
    {"memorandum", "mou", "protocol", "convention", "armistice", "charter", "communique",
     "declaration", "contract"}
)  # fmt: skip
LEFT_PACTS = PACT_NOUNS | frozenset(
    {"talks", "negotiation", "negotiations", "convention", "protocol", "framework",
     "arrangement", "truce", "ceasefire", "cease-fire", "jcpoa", "process", "dialogue",
     "coalition", "alliance", "council", "organization", "organisation", "union", "court",
     "commission"}
)  # fmt: skip
LEFT_AGREEMENTS = PACT_NOUNS | frozenset(
    {"convention", "protocol", "framework", "arrangement", "truce", "ceasefire", "cease-fire",
     "jcpoa"}
)  # fmt: skip
