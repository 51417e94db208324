"""Acts the text tells as believed, proposed or expected: coded, but never
``asserted`` (modality rules registered in :data:`cablegram.events.modality.MODALITIES` after
the core ones; imported by the coder so that they register). An act that only seems or
appears to have happened is not coded at all (the blocking rule ``seeming`` in
:mod:`cablegram.events.hedges`).

- ``believed``: "the Kremlin believes that the U.S. has seized ...", "Russia felt that France
  had tried to threaten it": an act in what someone believes or feels, not in what anyone
  said (hypothetical);
- ``proposed-noun``: "the proposed summit", "a possible withdrawal": a noun event marked as
  only proposed or possible (hypothetical);
- ``expected-noun``: "the visit, which is expected to take place next week", "the planned
  talks", "an impending withdrawal": a noun event still to come (future).
- ``proposed-head`` and ``expected-head``: a noun event "of" a noun that is itself
  planned, expected or proposed ("ahead of the planned resumption of peace talks", "a
  possible extension of the sanctions", "the expected start of negotiations") is as
  unrealised as the phase it is named in: future when expected, hypothetical when only
  proposed. Round 10 (i80): on teftst odd-day posts the shape held 2 coded records ("the
  planned resumption of indirect peace talks", one talk coded twice), both wrongly
  asserted.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.modality import MODALITIES, MODALITY_OF_RULE, Site

# Verbs of believing whose that-clause is an opinion, not a report.
BELIEF_VERBS = frozenset(
    {"believe", "think", "feel", "suspect", "assume", "suppose", "presume", "fear", "reckon",
     "imagine", "guess"}
)  # fmt: skip
# Modifiers of a noun event that say it was only put forward or might be.
PROPOSED_MODIFIERS = frozenset(
    {"proposed", "possible", "potential", "mooted", "hypothetical", "prospective",
     "putative", "envisaged", "contemplated", "suggested", "rumored", "rumoured", "touted"}
)  # fmt: skip
# Modifiers of a noun event that say it is still to come.
EXPECTED_MODIFIERS = frozenset(
    {"planned", "expected", "scheduled", "upcoming", "forthcoming", "impending", "imminent",
     "anticipated", "intended", "pending", "future"}
)  # fmt: skip
# Verbs of a clause on a noun event that put it in the future: "which is expected to take
# place", "scheduled for next week", "due to begin".
EXPECT_VERBS = frozenset({"expect", "schedule", "plan", "slate", "due", "intend"})


def _noun(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN")


@MODALITIES.rule("believed")
def _believed(site: Site) -> bool:
    for gov in site.chain:
        lemma = gov.token.lemma_.lower()
        if lemma in site.table.speech_verbs:
            return False
        if gov.via == "ccomp" and lemma in BELIEF_VERBS:
            return True
    return False


@MODALITIES.rule("proposed-noun")
def _proposed_noun(site: Site) -> bool:
    trigger = site.trigger
    return _noun(trigger) and any(
        c.dep_ in ("amod", "compound") and c.lower_ in PROPOSED_MODIFIERS for c in trigger.children
    )


def _expecting_clause(clause: Token) -> bool:
    """ "which is expected to take place", "scheduled for next week", "due to begin"; not a
    clause told in the past ("the invasion, which was planned for months")."""
    if clause.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had") for c in clause.children
    ):
        return False
    return clause.lemma_.lower() in EXPECT_VERBS or any(
        c.dep_ in ("acomp", "xcomp") and c.lemma_.lower() in EXPECT_VERBS for c in clause.children
    )


@MODALITIES.rule("expected-noun")
def _expected_noun(site: Site) -> bool:
    trigger = site.trigger
    if not _noun(trigger):
        return False
    if trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.tag_ == "VBD":
        return False  # "Russia's planned withdrawal began on Monday": it happened
    if any(
        c.dep_ in ("amod", "compound") and c.lower_ in EXPECTED_MODIFIERS for c in trigger.children
    ):
        return True
    # The clause may hang on the noun's own "to"/"between" object: "the visit to India, which
    # is expected to take place next week" is parsed with the clause on "India".
    holders = [trigger] + [
        o for p in trigger.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
    ]
    return any(
        c.dep_ in ("relcl", "acl") and _expecting_clause(c) and (h is trigger or _happens(c))
        for h in holders
        for c in h.children
    )


def _of_head(trigger: Token) -> Token | None:
    """The noun a noun event is named "of": "the planned resumption of talks" -> resumption."""
    if trigger.dep_ != "pobj" or trigger.head.lower_ != "of":
        return None
    head = trigger.head.head
    return head if _noun(head) else None


def _modified_by(noun: Token, words: frozenset[str]) -> bool:
    return any(c.dep_ in ("amod", "compound") and c.lower_ in words for c in noun.children)


def _told_in_past(verb: Token) -> bool:
    """A verb told as done: simple past ("began"), perfect ("has begun") or past passive
    ("was held")."""
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in PAST_AUXILIARIES for c in verb.children
    )


def _phase_realised(head: Token) -> bool:
    """The planned phase is told as having happened: "the planned resumption of talks
    began", "has begun", "was held in Geneva", "the planned start of talks, which began on
    Monday". A perfect, a passive or a relative clause counts only with a verb of
    happening ("was announced" is no start); no verb of calling off counts ("was
    postponed")."""
    verb = head.head
    if head.dep_ in ("nsubj", "nsubjpass") and _told_in_past(verb):
        lemma = verb.lemma_.lower()
        if lemma in UNDONE_VERBS:
            return False
        if verb.tag_ == "VBD" or lemma in HELD_VERBS or _happens(verb):
            return True
    return any(
        c.dep_ in ("relcl", "acl")
        and _told_in_past(c)
        and (c.lemma_.lower() in HELD_VERBS or _happens(c))
        and c.lemma_.lower() not in UNDONE_VERBS
        for c in head.children
    )


def _unrealised_head(site: Site, words: frozenset[str]) -> bool:
    """The trigger is named "of" a noun modified by one of ``words`` ("the planned
    resumption of talks") and that noun is not told as having happened."""
    trigger = site.trigger
    head = _of_head(trigger) if _noun(trigger) else None
    if head is None or _phase_realised(head):
        return False
    return _modified_by(head, words)


@MODALITIES.rule("proposed-head")
def _proposed_head(site: Site) -> bool:
    """ "a possible extension of the sanctions": hypothetical."""
    return _unrealised_head(site, PROPOSED_MODIFIERS)


@MODALITIES.rule("expected-head")
def _expected_head(site: Site) -> bool:
    """ "ahead of the planned resumption of talks": future."""
    return _unrealised_head(site, EXPECTED_MODIFIERS)


# Verbs by which a clause says that an event happens: only an event is "expected to take
# place" (not the place it is held in).
HAPPEN_VERBS = frozenset({"happen", "occur", "begin", "start", "proceed", "conclude", "end"})
# Verbs by which a meeting or phase is told as held: "the planned start of talks was held".
HELD_VERBS = frozenset({"hold", "open", "resume", "convene", "launch"})
# Verbs that call a planned phase off: "the planned resumption of talks was postponed".
UNDONE_VERBS = frozenset(
    {"postpone", "delay", "cancel", "suspend", "scrap", "shelve", "defer", "abandon", "halt",
     "block", "stall", "reschedule", "collapse", "call", "put"}
)  # fmt: skip
# Auxiliaries of a perfect or a past passive: "has begun", "was held".
PAST_AUXILIARIES = frozenset({"has", "have", "had", "was", "were"})


def _happens(clause: Token) -> bool:
    """ "expected to take place", "due to begin": the clause is about an event."""
    for tok in clause.subtree:
        lemma = tok.lemma_.lower()
        if lemma in HAPPEN_VERBS:
            return True
        if lemma == "take" and any(c.lower_ == "place" for c in tok.children):
            return True
    return False


MODALITY_OF_RULE.update(
    {
        "believed": "hypothetical",
        "proposed-noun": "hypothetical",
        "expected-noun": "future",
        "proposed-head": "hypothetical",
        "expected-head": "future",
    }
)
