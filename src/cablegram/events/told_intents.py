"""When a future act told in a statement is not the doer's own intention (used by the coder
after the retyping rule ``intent-to-cooperate`` of :mod:`cablegram.events.retype`).

PLOVER's AGREE (CAMEO 03, "express intent to cooperate", 0356 "to de-escalate") is an
intention the doer expresses: "the army said it would withdraw", "Russian officials said
Russia will withdraw its troops". PLOVER's gold also codes a future act told by the press or
an unplaced teller as the doer's AGREE ("X will visit Y, the news agency said"; "a spokesman
said the army would withdraw" is read the same way). A future act of one state told by a
teller of another state ("Qatar said Israeli forces would withdraw under the deal",
"Ukraine's president said the Russian army would withdraw") is the teller's report or
forecast of another's act: no one expressed the intent and the act has not happened. It
codes no event (precision first; neither an AGREE by the doer nor the act itself).

:func:`intent_of_another` reads that shape: the act's subject is a full noun phrase (a
pronoun, "said it would", is the speaker's own), every source has a known country, the
teller's countries (its resolved actor's, or a state or demonym in its phrase) are known,
and none is a source's or the target's (the act's other party announcing it: "Fischer will
visit Albania, the Albanian embassy said", an AGREE in PLOVER's gold).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from cablegram.events.modality import Site
from cablegram.events.phrase_groups import demonym_state
from cablegram.records import Actor

# Tellers that are the press or a document, not a party: PLOVER's gold codes "X will visit
# Y, the news agency said" as X's AGREE.
PRESS_NOUNS = frozenset(
    {"agency", "newspaper", "paper", "daily", "media", "television", "tv", "radio", "station",
     "report", "statement", "source", "channel", "outlet", "press", "broadcaster", "network",
     "wire", "communique", "website"}
)  # fmt: skip


def _speech_subject(site: Site) -> Token | None:
    """The subject of the verb of saying whose complement holds the act."""
    for gov in site.chain:
        if gov.via == "ccomp" and gov.token.lemma_.lower() in site.table.speech_verbs:
            return next((c for c in gov.token.children if c.dep_ == "nsubj"), None)
    return None


def _doer(site: Site) -> Token | None:
    """The act's own subject: "the army" in "the army would withdraw"; for a noun of the
    act that is a verb's object, that verb's subject ("Indian officials" in "Indian officials
    would attend the talks", review f14e)."""
    trigger = site.trigger
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.pos_ in ("VERB", "AUX"):
        trigger = trigger.head
    return next((c for c in trigger.children if c.dep_ == "nsubj"), None)


def _speaker_countries(site: Site, speaker_tok: Token | None) -> set[str]:
    """The countries of the teller: its resolved actor's, or a state or demonym in its
    phrase ("Qatar", "Ukraine's president", "a Palestinian official"); none for the press
    ("the Albanian news agency said") or an unplaced teller ("a spokesman")."""
    speaker = site.statement.speaker if site.statement is not None else None
    if speaker is not None and speaker.role == "MED":
        return set()
    if speaker_tok is not None and speaker_tok.lemma_.lower() in PRESS_NOUNS:
        return set()
    out = {speaker.country} if speaker is not None and speaker.country else set()
    if speaker_tok is not None:
        for t in speaker_tok.subtree:
            out |= {state.country for state in demonym_state(t) if state.country}
    return out


def intent_of_another(site: Site, sources: Sequence[Actor], target: Actor | None) -> bool:
    """A future act of a named party told by a teller of another state (see module doc); a
    teller of the act's other party ("Fischer will visit Albania, the Albanian embassy
    said") announces an arrangement made with it, as PLOVER's gold codes it: kept."""
    doer = _doer(site)
    if doer is None or doer.pos_ == "PRON" or not sources:
        return False
    speaker_tok = _speech_subject(site)
    speaker = site.statement.speaker if site.statement is not None else None
    if speaker is not None and any(a.name == speaker.name for a in sources):
        return False
    doers = {a.country for a in sources}
    if None in doers:
        return False  # "Egypt said the army would withdraw": whose army is not known
    tellers = _speaker_countries(site, speaker_tok)
    if target is not None and target.country in tellers:
        return False
    return bool(tellers) and not (tellers & doers)
