"""Frames headed by an action noun: "condemned **the reinstatement** of sanctions", "calls
for **a truce**", "opposition to **the war**", "**sanctions** are counterproductive". A
common noun heads a frame when an attitude governs or judges it (:func:`noun_frame`); a
noun read for its own sake (an antecedent, a proposition) is :func:`nominal_frame`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Final

from cablegram.claims.frame import (
    _JUDGED_BY,
    _OBJECTS,
    _PASSIVE_SUBJECTS,
    _PREPS_OF_ATTITUDE,
    Frame,
    arguments_of,
)
from cablegram.claims.lexicon import ClaimWords, claim_words
from cablegram.claims.settings import (
    carries_over,
    is_setting,
    prep_object,
    set_act,
    stranded_link,
)
from cablegram.claims.tokens import (
    CURRENCIES,
    excluded_by,
    hyphenated,
    in_hyphened_word,
    is_attitude_word,
    is_measure,
    is_name,
    lemma,
    money_for,
    phrase,
    stranded_noun,
    threat_to_a_good,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _existential(verb: Token) -> bool:
    """An existential "be" ("there will be no truce")."""
    return lemma(verb) == "be" and any(c.dep_ == "expl" for c in verb.children)


# Entity labels of a span of time: a phrase of them tells when or how long, not what.
_SPANS_OF_TIME: Final = frozenset({"DATE", "TIME"})


def _governed_by_attitude(noun: Token, words: ClaimWords) -> bool:
    head = noun.head
    if noun.dep_ in _OBJECTS | _PASSIVE_SUBJECTS and is_attitude_word(head, words):
        return True
    if noun.dep_ == "pobj" and head.i > 0 and is_setting(head.doc[head.i - 1], words):
        # "welcomed the roadmap for the nation": the phrase is the setting noun's
        # (cablegram.claims.settings), not what the attitude governs.
        if stranded_link(head.doc[head.i - 1], words) is not None:
            return False
    if noun.dep_ == "pobj" and noun.ent_type_ in _SPANS_OF_TIME:
        # "has blocked the treaty **for years**", "opposed it for decades": how long the
        # attitude lasts, not what it is on (the "duration" rule).
        return False
    if noun.dep_ == "pobj" and head.lower_ in _PREPS_OF_ATTITUDE:
        if head.lower_ == "against" or is_attitude_word(head.head, words):
            return True
        return stranded_noun(head, words) is not None
    if noun.dep_ in ("attr", "nsubj") and _existential(head):
        # "there will be **no** truce": a negated existence refuses it.
        return any(
            c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in words.negators)
            for c in [*noun.children, *head.children]
        )
    if noun.dep_ in ("nsubj", "nsubjpass", "csubj"):
        judged = [c for c in head.children if c.dep_ in _JUDGED_BY]
        if excluded_by(head, words) is not None:
            return True
        # "his country is ready to": the subject holds the attitude, it is no act.
        # A noun judged by its adjective: "would be a **dangerous** escalation".
        judged += [
            a
            for j in judged
            if j.pos_ == "NOUN"
            for a in j.children
            if a.dep_ == "amod" and lemma(a) not in words.complement_adjectives
        ]
        if lemma(head) in words.copular_objects:
            # "posed a grave danger to security": the object says what the subject is.
            judged += [c for c in head.children if c.dep_ in _OBJECTS]
        return any(
            (lemma(j) in words.attitude_words and lemma(j) not in words.agent_adjectives)
            or threat_to_a_good(j, words)
            for j in judged
        )
    if any(
        c.dep_ == "amod" and lemma(c) in words.attitude_words - words.complement_adjectives
        for c in noun.children
    ):
        return True
    if noun.dep_ == "compound" and lemma(head) in words.support_nouns | words.against_nouns:
        # "welcomed the **ceasefire** agreement", "dismissed the **ceasefire** proposal": the
        # act an attitude noun is named after.
        return not is_measure(noun)
    if noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
        return _governed_by_attitude(noun.head, words)
    return False


def _specific(token: Token, words: ClaimWords) -> Token | None:
    """The specific act a generic noun comes with: "action **with** new duties", "measures
    **including** an embargo", "steps **such as** tariffs", "the issue **of** accession";
    None for any other noun."""
    if token.ent_type_ == "MONEY" or lemma(token) in CURRENCIES:
        # "blocked 50 billion euros in aid": the money stands for what it is in.
        return money_for(token)
    if lemma(token) in words.topic_nouns:
        return prep_object(token, ("of",))
    if is_setting(token, words):
        # "wants a timetable for an exit" wants the exit; "rejected the election date"
        # rejects no election (the "setting" rule, cablegram.claims.settings).
        # "Dismissed any talk of a withdrawal": talk of an act is the idea of it, either way.
        idea = lemma(token) in words.of_only_setting_nouns
        return set_act(token, words) if idea or carries_over(token, words) else None
    if lemma(token) not in words.generic_acts:
        return None
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in words.generic_links:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            # ("characterised such actions as theft": a judgement, not an act.)
            if pobj is not None and pobj.pos_ == "NOUN" and lemma(pobj) not in words.attitude_words:
                return pobj
    return None


def _nominal(token: Token, words: ClaimWords, *, governed: bool = False) -> Frame:
    """The frame a noun heads. ``governed``: an attitude governs it, and its possessor with
    an "of" is its doer rather than its topic ("praised the EU's designation of the IRGC");
    a noun read for its own sake (a proposition, "China's acquisition of Panama") keeps the
    possessor for the query to read as the doer."""
    specific = _specific(token, words)
    if specific is not None:
        # Read as the specific act, still headed at the generic noun for its polarity.
        frame = _nominal(specific, words, governed=governed)
        return replace(frame, head=token.i, nominal=True)
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    owner: Token | None = None
    if obj is not None and is_name(obj):
        # "the accession of Romania" is about Romania, as "Romania's accession" is.
        owner, obj = obj, None
    if obj is None:
        # "arms sales", "troop deployment": a common-noun compound is the object.
        # A measure ("a **30-day** ceasefire") says how long, not what.
        obj = next(
            (
                c
                for c in token.lefts
                if c.dep_ == "compound"
                and c.pos_ == "NOUN"
                and not is_measure(c)
                and not hyphenated(c)
                and not in_hyphened_word(c)
            ),
            None,
        )
    holders = [token] if obj is None else [token, obj]
    arguments = arguments_of(holders, words)
    if governed and of is not None and (owner is not None or obj is not None) and deverbal(token):
        # "the EU's designation of the IRGC", "China's recognition of the republic": with
        # an "of" for what is done, the possessor is the one who does it, not the topic.
        arguments = _without_doer(token, arguments)
    if owner is not None:
        arguments.setdefault("about", phrase(owner))
    name = unhyphened(token, words) or lemma(token)
    return Frame.at(token, name, obj, nominal=True, arguments=arguments)


def unhyphened(token: Token, words: ClaimWords) -> str | None:
    """The act word a hyphened spelling stands for, at its last piece: "cease-fire" is a
    ceasefire, "pull-out" a pullout (``setting_acts``), not a fire or an out; None for any
    other word ("no-fly", "de-escalation")."""
    doc = token.doc
    start = token.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_:
        if doc[start - 2].whitespace_:
            break
        start -= 2
    if start == token.i:
        return None
    joined = "".join(t.lower_ for t in doc[start : token.i + 1] if t.text != "-")
    return joined if joined in words.setting_acts else None


# Endings of nouns made from verbs ("designation", "deployment", "withdrawal", "seizure",
# "bombing"); a noun of state ("North Macedonia's membership of NATO") has its member as
# possessor, not a doer.
_DEVERBAL_ENDINGS: Final = ("ion", "ment", "al", "ure", "ing")


def deverbal(noun: Token) -> bool:
    """Whether a noun names an act by its ending (a nominalised verb: "-ion", "-ment",
    "-al", "-ure", "-ing")."""
    return lemma(noun).endswith(_DEVERBAL_ENDINGS)


def _without_doer(noun: Token, arguments: dict[str, str]) -> dict[str, str]:
    """``arguments`` less the names of the noun's possessor (its doer)."""
    doers = {phrase(c) for c in noun.children if c.dep_ == "poss" and is_name(c)}
    if not doers:
        return arguments
    kept = [(role, name) for role, name in arguments.items() if name not in doers]
    # The roles "about", "about2" ... are renumbered in order.
    out: dict[str, str] = {}
    for role, name in kept:
        if role.startswith("about"):
            role = "about" if "about" not in out else f"about{len(out)}"
        out.setdefault(role, name)
    return out


def governed_by_attitude(noun: Token, words: ClaimWords | None = None) -> bool:
    """Whether an attitude governs or judges the noun (or pronoun) where it stands."""
    return _governed_by_attitude(noun, words or claim_words())


def nominal_frame(noun: Token, words: ClaimWords | None = None) -> Frame:
    """The nominal frame a noun heads, whatever governs it ("the trade deal")."""
    return _nominal(noun, words or claim_words())


def _names_an_act(noun: Token, words: ClaimWords) -> bool:
    """Whether an attitude noun names an act all the same: an act that states the attitude
    ("a boycott", "the veto"), or a treaty that another attitude governs ("**welcomed** the
    agreement", "voted against the accord"; "reached an agreement" states no attitude to
    one); so does the subject of a passive attitude ("the agreement **was criticized by**
    China": the "judged in the passive" rule)."""
    word = lemma(noun)
    if word in words.act_nouns:
        return True
    if word not in words.treaty_shell_nouns:
        return False
    if noun.dep_ in _PASSIVE_SUBJECTS:
        return is_attitude_word(noun.head, words)
    return noun.dep_ in _OBJECTS | {"pobj"}


def is_exit_blend(token: Token, words: ClaimWords | None = None) -> bool:
    """Whether a token is an exit blend (``exit_blend_nouns``: "Brexit", "a Grexit"), which
    the parser takes for a name but which names an act: a country leaving its union."""
    return token.lower_ in (words or claim_words()).exit_blend_nouns


def noun_frame(token: Token, words: ClaimWords | None = None) -> Frame | None:
    """The frame an action noun (or an exit blend, :func:`is_exit_blend`) heads when an
    attitude governs or judges it, else None."""
    words = words or claim_words()
    if token.pos_ != "NOUN" and not is_exit_blend(token, words):
        return None
    if lemma(token) in words.attitude_words and not _names_an_act(token, words):
        return None
    setting = is_setting(token, words)
    if setting and lemma(token) in words.of_only_setting_nouns:
        # ("welcomed the talks on a truce": talks are an act of their own.)
        setting = False
    if (lemma(token) in words.topic_nouns or setting) and _specific(token, words) is None:
        # "the idea of sending troops": the act is the verb's frame, the idea none; "backed
        # the timetable" with no act named sets out nothing to take a side on.
        return None
    if not _governed_by_attitude(token, words):
        return None
    return _nominal(token, words, governed=True)


def noun_frame_at_root(doc: Doc, words: ClaimWords | None = None) -> Frame | None:
    """The nominal frame of a noun phrase standing alone ("a ceasefire in Sri Lanka")."""
    words = words or claim_words()
    root = next((t for t in doc if t.head.i == t.i), None)
    if root is None or root.pos_ not in ("NOUN", "PROPN"):
        return None
    return _nominal(root, words)
