"""Which form of an act a claim or a proposition names (used by
:mod:`cablegram.query.propositions_match` and :mod:`cablegram.query.propositions_forms`).

A modifier that names one form of an act ("a **no-deal** Brexit", "a **hard** Brexit", "a
**limited** ceasefire", "a **partial** withdrawal", "a **full** ban", "leaving the EU
**without a deal**") makes a claim about that form, not about the act: "rejected a no-deal
Brexit" says nothing of Brexit itself, "backed a limited ceasefire" nothing of a ceasefire
(the speaker may want a full one, or none). A form is a narrower act, read as the synonym
data's hypernyms are (:func:`cablegram.query.meaning.entailed_side`; :func:`form_reading`):

- a proposition naming no form ("Brexit", "a ceasefire in Gaza") is borne on by a claim
  whose sentence writes the act only in a form only when the claim is for it ("backed a
  permanent ceasefire" is for a ceasefire; "rejected a no-deal Brexit" says nothing of
  Brexit), and so where the sentence writes the act both bare and in a form (which
  occurrence is the claim's is not known, and for either is for the act);
- a proposition naming a form ("a no-deal Brexit", "a limited ceasefire") is borne on
  either way by claims whose sentence writes that form on the act ("ruled out a no-deal
  Brexit"), by claims on the bare act only when against it ("opposed Brexit" is against
  every Brexit), and not by claims on another form ("a soft Brexit").

The form words are adjectives of extent, manner and terms that sort acts of one kind into
narrower kinds (classifying adjectives: Biber et al., *Longman Grammar of Spoken and
Written English*, 1999, 7.2); "no-deal" and "without a deal" name leaving with no
withdrawal agreement (news usage since 2017). Time words ("an immediate ceasefire") are no
form: :func:`cablegram.query.propositions_forms.act_content_words` leaves them out too;
nor is "humanitarian", which news writes on nearly every aid ("blocked humanitarian aid"
is against aid).

Doing more of a measure (:func:`more_of_measure`, the data's ``widening_verbs``: "widen the
sanctions", "an expansion of sanctions") is a part of the act in the same way: for more of
it is for it, against more of it is not against it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from cablegram.claims.lexicon import claim_words
from cablegram.query.meaning import is_light, keys, widens

if TYPE_CHECKING:
    from cablegram.query.meaning import Side
    from cablegram.query.propositions import Proposition

# The form words, lower case; "no deal" and "no-deal" are one.
FORM_WORDS: Final = frozenset(
    {
        *("hard", "soft", "no-deal", "chaotic", "disorderly", "orderly", "clean"),
        *("cliff-edge", "limited", "partial", "full", "total", "complete", "temporary"),
        *("permanent", "phased", "conditional", "unconditional"),
    }
)
# A form word as the text writes it, built from FORM_WORDS: "no-deal", "no deal", "hard",
# "cliff edge".
FORM_TEXT: Final = (
    "(?:"
    + "|".join(w.replace("-", r"[-\s]") for w in sorted(FORM_WORDS, key=len, reverse=True))
    + ")"
)
_WORD: Final = re.compile(r"[\w’'-]+")
_FORM_BEFORE: Final = re.compile(rf"\b(?P<form>{FORM_TEXT})[\s,]+$", re.IGNORECASE)
# "leaving the EU without a deal": the terms written after the act, within a few words.
_NO_DEAL_AFTER: Final = re.compile(
    r"^(?:\s+[\w’'.-]+){0,4}?\s+without\s+(?:a|any)\s+(?:deal|agreement)\b", re.IGNORECASE
)


# "a ceasefire in Gaza **that would be permanent**": a form said of the act in a relative
# clause just after it, within a few words.
_FORM_AFTER: Final = re.compile(
    r"^(?:\s+[\w’'.-]+){0,4}?,?\s+(?:that|which)\s+(?:(?:would|will|could|should|must|might)"
    rf"\s+)?(?:be|is|are|was|were)\s+(?:(?:only|merely|just)\s+)?(?P<form>{FORM_TEXT})\b",
    re.IGNORECASE,
)


def _form(word: str) -> str:
    """A form word as one spelling: "no deal" -> "no-deal", "Hard" -> "hard"."""
    return re.sub(r"\s+", "-", word.casefold())


def written_forms(act: str, text: str) -> tuple[frozenset[str], bool]:
    """(the forms written on the act word in ``text``, whether it is also written bare).

    The act word is any word of ``text`` sharing a match key with ``act`` ("Brexit" for
    "brexit", "leaving" for "leave", "withdrawal" for "withdrawal"); a form is a form word
    just before it ("a **no-deal** Brexit"), "without a deal" just after it ("leaving
    the EU **without a deal**"), or a form said of it in a relative clause just after it
    ("a ceasefire **that would be permanent**"). An act the text does not write gives
    (empty, False)."""
    wanted = keys(act)
    forms: set[str] = set()
    bare = False
    for found in _WORD.finditer(text):
        if not keys(found.group()) & wanted:
            continue
        before = _FORM_BEFORE.search(text[: found.start()])
        after = _NO_DEAL_AFTER.match(text[found.end() :])
        said = _FORM_AFTER.match(text[found.end() :])
        if before is not None:
            forms.add(_form(before["form"]))
        elif after is not None:
            forms.add("no-deal")
        elif said is not None:
            forms.add(_form(said["form"]))
        else:
            bare = True
    return frozenset(forms), bare


def _forms_anywhere(text: str) -> frozenset[str]:
    """Every form word ``text`` writes before a word, wherever it stands."""
    found = re.finditer(rf"\b({FORM_TEXT})\s+\w", text, re.IGNORECASE)
    return frozenset(_form(m.group(1)) for m in found)


def proposition_forms(text: str, acts: tuple[str, ...]) -> frozenset[str]:
    """The forms a proposition's text writes on its act ("a no-deal Brexit" -> {"no-deal"},
    "leave the EU without a deal" -> {"no-deal"}); ``acts`` are the words naming its act
    (its predicate and object, and the blend it was rewritten from)."""
    found: set[str] = set()
    for act in acts:
        found |= written_forms(act, text)[0]
    return frozenset(found)


def act_words(predicate: str | None, obj: str | None, text: str = "") -> tuple[str, ...]:
    """The words naming an act, which a form is written on: the predicate, or the object
    of a light verb ("ban" of "impose a full ban", "sanction" of "widen the sanctions";
    never the object of an act, "oil" of "ban Russian oil"), and any exit blend ``text``
    writes ("a hard Brexit", which the proposition reads as leaving)."""
    head = obj if obj and predicate and is_light(predicate) else predicate
    words = [head] if head else []
    blends = claim_words().exit_blend_nouns
    words += [w.casefold() for w in _WORD.findall(text) if w.casefold() in blends]
    return tuple(dict.fromkeys(words))


# What :func:`form_reading` gives where the claim does not bear.
NO_BEARING: Final = (False, None)


def form_reading(
    proposition_text: str,
    proposition_acts: tuple[str, ...],
    claim_acts: tuple[str, ...],
    sentence: str | None,
) -> tuple[bool, Side | None]:
    """(whether the claim may bear, the side it must take to bear or None for either) by
    the forms of the act each names (module docstring): :data:`NO_BEARING` for another
    form; "support" for a claim on a form where the proposition names the bare act (for a
    no-deal Brexit is for a Brexit, against it is not against one); "oppose" for a claim
    on the bare act where the proposition names a form (against any Brexit is against a
    no-deal one); either way where both name the same form or none. A sentence writing
    the act both bare and in a form gives the side both readings share.
    ``proposition_acts`` and ``claim_acts`` are their act words (:func:`act_words`; the
    claim's as its record gives them, before an exit blend is read as leaving)."""
    wanted = proposition_forms(proposition_text, proposition_acts)
    forms: set[str] = set()
    bare = False
    for act in claim_acts:
        found, plain = written_forms(act, sentence or "")
        forms |= found
        bare = bare or plain
    if not forms:
        return (True, "oppose") if wanted else (True, None)
    if forms <= _forms_anywhere(proposition_text) and not (bare and wanted):
        # the proposition writes the form, on its act or a word of its own ("a permanent
        # UNSC seat" for "India's permanent membership")
        return True, None
    if bare:
        # which occurrence is the claim's is not known ("welcomed the ceasefire and hope
        # it leads to a permanent ceasefire"): the side both readings share
        return True, "oppose" if wanted else "support"
    return NO_BEARING if wanted else (True, "support")


# "extend" and "extension" lengthen a measure in time ("extend the ceasefire", "an extension
# of the sanctions for six months"), which keeps it (claim_synonyms light_verbs: "extend",
# "renew", "prolong"), or widen it in scope ("extend the sanctions to two more banks"). They
# widen it only where the sentence writes a "to" of scope after them, within a few words:
# any "to" but one of time ("to July", "to the end of the year", "to 2026").
_EXTEND: Final = re.compile(r"^exten(?:d|ds|ded|ding|sion|sions)$", re.IGNORECASE)
_EXTEND_TO: Final = re.compile(
    r"\bexten(?:d|ds|ded|ding|sion|sions)\b(?:\s+[\w’'-]+){0,6}?\s+to\s+(?P<next>[\w’'-]+)"
    r"(?:\s+(?P<then>[\w’'-]+))?",
    re.IGNORECASE,
)
_TIME_WORDS: Final = frozenset(
    {
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december", "mid", "early", "late", "next"),
        *("spring", "summer", "autumn", "fall", "winter", "year", "years", "month", "months"),
        *("week", "weeks", "day", "days", "end", "beyond", "midnight", "dawn"),
    }
)


def _widens_in_scope(sentence: str | None) -> bool:
    """Whether ``sentence`` writes "extend"/"extension" with a "to" of scope after it
    ("extend the sanctions **to two more banks**"; not "to July", "to the end of March")."""
    for found in _EXTEND_TO.finditer(sentence or ""):
        words = [w.casefold() for w in (found["next"], found["then"] or "") if w]
        if len(words) > 1 and words[0] in ("a", "an", "the", "its", "their"):
            words = words[1:]
        if not (words[0] in _TIME_WORDS or words[0][:1].isdigit()):
            return True
    return False


def _does_more(predicate: str | None, sentence: str | None) -> bool:
    """Whether a predicate does more of the measure it governs: a widening verb
    (``widening_verbs``), or "extend" widening in scope (:func:`_widens_in_scope`)."""
    if predicate and _EXTEND.match(predicate.strip()):
        return _widens_in_scope(sentence)
    return widens(predicate)


def more_of_measure(
    proposition: Proposition, predicate: str, obj: str | None, sentence: str | None = None
) -> bool:
    """Whether the claim does more of the proposition's measure (``widening_verbs``:
    "widen the sanctions", "an expansion of sanctions", "extending the embargo to two
    banks") where the proposition asks about the measure, not about widening it
    ("sanctions on Russia", not "expand the sanctions"): for more of it is for it, against
    more of it is not against it, so such a claim bears only when it is for. Extending a
    measure in time ("refused to extend the ceasefire") keeps it: no widening."""
    if obj is None or not _does_more(predicate, sentence):
        return False
    return not (widens(proposition.predicate) or _EXTEND.match(proposition.predicate or ""))


def narrower_act_side(
    proposition: Proposition, predicate: str, obj: str | None, sentence: str | None
) -> tuple[bool, Side | None]:
    """(whether the claim may bear, the side it must take or None) by the form of the act
    each names (:func:`form_reading`) and by the claim doing more of the proposition's
    measure (:func:`more_of_measure`: then it bears only when for)."""
    bears, form = form_reading(
        proposition.text,
        act_words(proposition.predicate, proposition.object, proposition.text),
        act_words(predicate, obj),
        sentence,
    )
    if more_of_measure(proposition, predicate, obj, sentence):
        return bears and form != "oppose", "support"
    return bears, form
