"""An ellipsis that joins two clauses: the parse breaks there, the meaning does not (a
blocking rule registered in :data:`cablegram.events.blockers.BLOCKERS`; imported by the coder
so that it registers).

- ``ellipsis-wish``: "We hope that ... Russia will pull its troops out", "he wanted... Russia
  withdrew": spaCy ends the clause (often the sentence) at the ellipsis, so the act after it
  reads as told. When the words just before the ellipsis leave a clause open ("that", "to",
  "for", or the verb itself) on a verb of wishing, planning, expecting, demanding or believing,
  the act after the ellipsis is that verb's complement: hoped for, not done.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from cablegram.events.blockers import BLOCKERS, WISH_CLAUSE_VERBS
from cablegram.events.modality import Site
from cablegram.events.prospects import BELIEF_VERBS

ELLIPSES = frozenset({"...", "\u2026", ". . ."})
# Words that leave a clause open before an ellipsis.
OPENERS = frozenset({"that", "to", "for", "if", "whether", "unless"})
# Verbs whose complement is not told as done: wishes, plans, expectations, demands, beliefs.
OPEN_VERBS = (
    WISH_CLAUSE_VERBS
    | BELIEF_VERBS
    | frozenset(
        {"urge", "call", "ask", "demand", "insist", "plan", "intend", "propose", "wait",
         "pray", "aim", "seek", "look", "push", "press", "need"}
    )
)  # fmt: skip
# How far back the words before an ellipsis are read, in tokens.
MAX_GAP = 4


def _ellipsis_before(doc: Doc, trigger: Token) -> Token | None:
    """The nearest ellipsis before the trigger that no sentence end or new quotation lies
    between, looking back at most into the previous sentence."""
    first = trigger.sent.start
    start = doc[first - 1].sent.start if first > 0 else first
    for i in range(trigger.i - 1, start - 1, -1):
        tok = doc[i]
        if tok.text in ELLIPSES or tok.text.endswith("\u2026") or tok.text.endswith("..."):
            return tok
        if i < first and tok.is_sent_end and tok.text in (".", "!", "?"):
            return None
    return None


def _open_verb(doc: Doc, ellipsis: Token) -> Token | None:
    """The verb left open by the words before the ellipsis: "hope that ...", "wanted ...",
    "urged them to ..."."""
    i = ellipsis.i - 1
    while i >= 0 and (doc[i].is_space or doc[i].is_punct):
        i -= 1
    if i < 0:
        return None
    last = doc[i]
    if last.pos_ == "VERB":
        return last
    if last.lower_ not in OPENERS:
        return None
    for j in range(i - 1, max(-1, i - 1 - MAX_GAP), -1):
        if doc[j].pos_ in ("VERB", "AUX"):
            return doc[j]
    return None


@BLOCKERS.rule("ellipsis-wish")
def _ellipsis_wish(site: Site) -> bool:
    trigger = site.trigger
    doc = trigger.doc
    ellipsis = _ellipsis_before(doc, trigger)
    if ellipsis is None:
        return False
    verb = _open_verb(doc, ellipsis)
    if verb is None or trigger in verb.subtree:
        return False  # nothing left open, or the parse already put the act under it
    return verb.lemma_.lower() in OPEN_VERBS
