"""Social media and messaging services named as where something was posted (an argument
filter joining ``NOT_ACTORS`` of :mod:`cablegram.events.filters`, and the same as an actor
filter joining ``JUNK_ACTORS`` of :mod:`cablegram.events.junk`, which the target recovery
reads):

- ``platform``: "claimed responsibility for the attack on Twitter", "said on Telegram",
  "posted via Facebook": a service after "on", "via" or "through", in a clause of telling,
  is where the words appeared, no party to the act in any role: the verb nearest above
  the phrase must be the one of telling. A service acted on ("imposed sanctions on
  Telegram", "the government said it would impose restrictions on Facebook", "a
  cyberattack on Twitter") or acting ("Twitter suspended the accounts") is left.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.filters import NOT_ACTORS
from cablegram.events.junk import JUNK_ACTORS
from cablegram.events.patterns import PatternTable
from cablegram.events.tree import entity_span
from cablegram.records import Actor

# Services one posts on (lower case, as written).
PLATFORMS = frozenset(
    {"twitter", "telegram", "facebook", "instagram", "youtube", "whatsapp", "tiktok",
     "truth social", "weibo", "wechat", "vkontakte", "signal", "threads"}
)  # fmt: skip
POSTING_PREPS = frozenset({"on", "via", "through"})
# Verbs of telling under which a service named is where the words appeared.
TELLING_VERBS = frozenset(
    {"say", "claim", "post", "write", "announce", "tweet", "publish", "share", "state",
     "report", "admit", "deny", "warn", "threaten", "vow", "pledge", "declare", "accuse",
     "condemn", "urge", "call", "praise", "criticize", "criticise", "reject"}
)  # fmt: skip


@NOT_ACTORS.rule("platform")
def _platform(tok: Token, role: str, event_type: str, table: PatternTable) -> bool:
    """ "on Twitter", "via Telegram": where something was posted, no actor."""
    return _posted_on(tok)


def _posted_on(tok: Token) -> bool:
    """TOK names a service, after a posting preposition, in a clause of telling: the nearest
    verb above it is one of saying or claiming ("claimed responsibility for the ambush on
    Telegram"), not one of acting on the service ("imposed sanctions on Telegram", also
    where a verb of saying is further up: "officials said Russia imposed a ban on
    Telegram")."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in POSTING_PREPS:
        return False
    if entity_span(tok).text.lower() not in PLATFORMS and tok.lower_ not in PLATFORMS:
        return False
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.lemma_.lower() in TELLING_VERBS


@JUNK_ACTORS.rule("platform")
def _platform_actor(tok: Token, actor: Actor, role: str, event_type: str) -> bool:
    """The service read from an "on Twitter" phrase: no actor."""
    return _posted_on(tok) and actor.text.lower() in PLATFORMS
