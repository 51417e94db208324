"""Words of the press and of speaking, shared by the rules that tell an interview or an
outlet spoken to from a party to an event (:mod:`~cablegram.events.interviews`,
:mod:`~cablegram.events.targets`)."""

from __future__ import annotations

# Head words of a partner that is the press: its people and its outlets.
PRESS_WORDS = frozenset(
    {"journalist", "reporter", "correspondent", "interviewer", "anchor", "presenter",
     "editor", "columnist", "newspaper", "paper", "magazine", "broadcaster", "channel",
     "television", "tv", "radio", "podcast", "press", "media", "outlet", "agency", "daily",
     "weekly", "network", "newsroom", "journalism", "host", "newsman", "newswoman", "website",
     "station"}
)  # fmt: skip
# Verbs of speaking to someone: "told Germany's Handelsblatt", "spoke to reporters".
SPEAKING_LEMMAS = frozenset({"tell", "say", "speak", "talk", "write", "explain", "add"})
