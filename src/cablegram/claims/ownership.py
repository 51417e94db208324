"""Whose act a clause in someone's words is: the speaker's own side, or another's.

In "France was not adhering to our request that the troops depart" (said by Niger's
junta) the negation belongs to France, not to the speaker; in "Russia invaded Ukraine,
Zelensky said" the invasion is Russia's act, not a position Zelensky takes. A statement's
claim is its speaker's position only where the speaker's own side acts, or where the
speaker takes an attitude toward the other's act ("we urge France to withdraw", "we
condemn Russia's refusal").

:func:`own_side` builds the test :func:`cablegram.claims.polarity.read_polarity` applies to
each clause subject on its way up. A subject is *another's* when it names a state other
than the speaker's ("France", "Washington" for a Nigerien speaker; "the Ukrainian
authorities" for a French one), or a person whose name the speaker's does not share.
Pronouns, common nouns ("the government") and organisations stay the speaker's side:
precision first, a claim is dropped only when the other actor is named, or when the subject
is an attack ("bomb blasts killed 62 people, the monitor said"; ``violence_nouns``), also
through a relative pronoun ("a bombing that killed 72"). A passive subject is what the act
is done to: the doer is its "by" phrase ("the attack was carried out **by Russian
warplanes**"), and with none a past or perfect passive ("50 civilians **have been killed**,
Ban said") reports what was done, no act of the speaker's side; a call or a plan ("must be
lifted", "will be sent") stays the speaker's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from cablegram.claims.lexicon import claim_words
from cablegram.claims.tokens import doer_of, is_name, lemma, name_in, phrase
from cablegram.records import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

OwnSide = Callable[["Token"], bool]
_MIN_WORD: Final = 3


def _state_code(text: str) -> str | None:
    """The ISO3 code of the state a name names ("Budapest" -> "HUN"), else None."""
    from cablegram.gazetteer.dictionary import load_dictionary

    cleaned = text.strip()
    if cleaned.lower().startswith("the "):
        cleaned = cleaned[4:]
    entry = load_dictionary().entry(cleaned)
    if entry is None or entry.kind != "state" or not entry.country:
        return None
    return entry.country


def _words(text: str | None) -> set[str]:
    return {w.casefold().strip(".,'’") for w in (text or "").split() if len(w) >= _MIN_WORD}


def own_side(actor: Actor) -> OwnSide:
    """The test of whether a clause subject is ``actor``'s own side (see the module)."""
    known = _words(actor.name) | _words(actor.text) | _words(actor.title)
    violence = claim_words().violence_nouns
    opponents = claim_words().opponent_nouns
    ending = claim_words().ending_verbs
    bodies = claim_words().state_bodies | claim_words().government_nouns
    # A group of states ("the UK, Australia and Canada") is each of them.
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+", actor.name) if actor.kind == "group" else []
    codes = {actor.country} | {_state_code(part) for part in parts}
    codes.discard(None)

    def own(subject: Token) -> bool:
        if called_on(subject):
            # "Germany must stop the construction, the Polish prime minister said": a call
            # on another is the speaker's own position (the "call on another" rule).
            return True
        if subject.dep_ == "nsubjpass":
            # "civilians have been killed", "the attack was carried out by Russian
            # warplanes": the subject is what the act is done to; the doer is the "by"
            # phrase's, and with none a report of what was done is no one's act the
            # speaker owns (a call, "must be released", stays the speaker's).
            doer = doer_of(subject.head)
            if doer is not None:
                # "blown up by rebels": a common noun there names someone who acts,
                # not the speaker (the "common doer" rule), unless it is "our" own.
                return own(doer) and not _common_doer(doer)
            if _reported(subject.head):
                return False
        if subject.pos_ == "PRON":
            # "a bombing that killed 72" is the attack's act; "an EU plan that would use
            # the assets" stays what the speaker's attitude is to.
            antecedent = _relative_antecedent(subject)
            if antecedent is not None and is_name(antecedent):
                # "urged the Commission, **which** negotiated the framework": the named
                # antecedent's act, judged as the name would be.
                return own(antecedent)
            return antecedent is None or lemma(antecedent) not in violence
        if lemma(subject) in opponents:
            # "rebels shelled the town, the army said": those a common noun names as the
            # other side act for themselves (the "opponent noun" rule).
            return False
        if lemma(subject) in violence:
            # "bomb blasts killed 62 people, the monitor said": the attack's act; but "the
            # war must end" is the speaker's call to end it.
            verb = subject.head
            return lemma(verb) in ending or any(
                c.dep_ == "xcomp" and lemma(c) in ending for c in verb.children
            )
        if not is_name(subject):
            # "the Ukrainian authorities", "Russian forces": a common noun another
            # state's name modifies is that state; "the Maduro regime": another person's.
            modifier = name_in(subject)
            if modifier is None or _words(modifier) & known:
                return True
            code = _state_code(modifier)
            if code is not None:
                return code in codes
            return not _named_other(subject)
        owner = next((c for c in subject.children if c.dep_ == "poss" and is_name(c)), None)
        if owner is not None and lemma(subject) in bodies and _state_code(phrase(owner)) in codes:
            # "Hungary's Parliament will ratify", said by Hungary's prime minister: a body
            # of the speaker's own state (the "own state's body" rule); not its courts
            # or its opposition ("Israel's Supreme Court"), which act for themselves.
            return True
        name = phrase(subject)
        if _words(name) & known:
            return True
        code = _state_code(name)
        if code is not None:
            return code in codes
        return not _named_other(subject)

    return own


# Modals that make an active clause a call on its subject: "Germany **must** stop", "Iran
# **should** release"; and the verbs of necessity before "to": "Berlin **has to** stop".
_DEONTIC: Final = frozenset({"must", "should", "ought"})
_NECESSITY: Final = frozenset({"have", "need"})
# Verbs of seeming and feeling: nobody is called on to seem or to feel ("Russia must feel
# threatened", "Iran must appear weak to them"): after "must" a guess, not a call.
_SEEMING: Final = frozenset({"feel", "seem", "appear", "look", "sound"})


# Marks of a clause that only supposes its act: "if", "unless", "whether".
_SUPPOSING: Final = frozenset({"if", "unless", "whether", "lest"})


def _conditioned(verb: Token, subject: Token, auxes: list[Token]) -> bool:
    """Whether the modal clause only supposes its act: a condition or a question, marked
    ("if Serbia should withdraw", "whether Turkey should join") or with the modal before
    its subject ("**Should** Turkey block the accession, Sweden will wait")."""
    if any(c.dep_ == "mark" and c.lower_ in _SUPPOSING for c in verb.children):
        return True
    return any(a.lower_ in _DEONTIC and a.i < subject.i for a in auxes)


def _a_guess(verb: Token, auxes: list[Token]) -> bool:
    """Whether a modal verb guesses at what is so rather than calls for an act: a perfect
    ("must have known"), a progressive ("Serbia must be planning an offensive"), or a verb
    of seeming or feeling ("Russia must feel threatened")."""
    words = {a.lower_ for a in auxes}
    if verb.tag_ == "VBN" and words & {"have", "'ve"}:
        return True
    if verb.tag_ == "VBG" and words & {"be"}:
        return True
    return lemma(verb) in _SEEMING


def called_on(subject: Token) -> bool:
    """Whether an active clause subject is called on to act, not acting (the "call on
    another" rule): its verb carries "must", "should" or "ought to" ("Germany must stop the
    construction"), or is "have to"/"need to" with the act as its complement ("Berlin has to
    stop"). What the speaker calls another to do is the speaker's position, whoever is
    named. Not a guess (:func:`_a_guess`: "Russia must have known", "must be planning",
    "must feel threatened"), nor a plan or an ability ("will", "can"), which stay the
    subject's acts."""
    if subject.dep_ != "nsubj":
        return False
    verb = subject.head
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    if _conditioned(verb, subject, auxes):
        return False
    if any(a.lower_ in _DEONTIC for a in auxes):
        return not _a_guess(verb, auxes)
    if lemma(verb) in _NECESSITY and verb.pos_ in ("VERB", "AUX"):
        return any(
            c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in verb.children
        )
    return False


_RELATIVES: Final = frozenset({"that", "which", "who"})
# Auxiliaries that make a passive a call or a plan, not a report: "must be released".
_CALLING: Final = frozenset(
    {"will", "would", "should", "must", "can", "could", "may", "might", "shall", "to", "'ll"}
)


def _common_doer(doer: Token) -> bool:
    """Whether a "by" phrase's noun is a common noun naming those who act (``agent_nouns``,
    ``opponent_nouns``) with no name in it and no "our" ("by rebels", "by the militants"):
    someone else who acts. A thing ("alarmed **by plans** to build") is no doer."""
    if doer.pos_ != "NOUN" or name_in(doer) is not None:
        return False
    words = claim_words()
    if lemma(doer) not in words.agent_nouns | words.opponent_nouns:
        return False
    return not any(c.dep_ == "poss" and c.lower_ in _FIRST_PERSON for c in doer.children)


_FIRST_PERSON: Final = frozenset({"our", "my"})


# Auxiliaries of a passive that tells what was done: "were killed", "has been destroyed".
_PAST: Final = frozenset({"was", "were", "has", "have", "had", "'s"})


def _reported(verb: Token) -> bool:
    """Whether a passive verb reports what was done (the passive rule): a past or perfect
    form with no modal or "to" before it ("were killed", "has been destroyed"), outside a
    condition ("if its demands are met"); not a call or a plan ("must be lifted", "will be
    sent", "to be freed")."""
    if verb.tag_ != "VBN":
        return False
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a in _CALLING for a in auxes) or not any(a in _PAST for a in auxes):
        return False
    # "if its demands are met" is a condition; "said **that** 30 were killed" reports.
    return not any(c.dep_ == "mark" and c.lower_ != "that" for c in verb.children)


def _relative_antecedent(pronoun: Token) -> Token | None:
    """The noun a relative pronoun subject stands for ("a bombing **that** killed 72"),
    else None."""
    verb = pronoun.head
    if pronoun.lower_ not in _RELATIVES or verb.dep_ != "relcl":
        return None
    return verb.head


# Entity labels of a named other actor: a person, an organisation or armed group, a people.
_OTHER_ENTS: Final = frozenset({"PERSON", "ORG", "NORP"})


def _named_other(subject: Token) -> bool:
    """Whether a clause subject names a person, an organisation or a people (the subject's
    own token or a name modifying it): "the RSF had occupied hospitals", "the Maduro regime
    starves the people" are their acts, not the speaker's side."""
    if subject.ent_type_ in _OTHER_ENTS:
        return True
    return any(
        c.dep_ in ("compound", "amod", "poss", "nmod") and c.ent_type_ in _OTHER_ENTS
        for c in subject.lefts
    )


# Marks of a clause that tells when something happened: "since", "after", "when".
_TIME_MARKS: Final = frozenset({"since", "after", "when", "before", "until", "till", "once", "as"})
# Subjects that make a told act the speaker's own: "since **we** imposed sanctions".
_FIRST_PERSON_SUBJECTS: Final = frozenset({"i", "we"})
# Auxiliaries of a perfect that tells what had been done: "since Russia **has** begun".
_PERFECT: Final = frozenset({"has", "have", "had", "'s", "'ve", "'d"})


def narrated_time(verb: Token) -> bool:
    """Whether ``verb`` heads a clause that tells when something happened, a past act
    (the "narrated time" rule): an adverbial clause marked by ``_TIME_MARKS`` whose verb is
    past or perfect ("died **since Russia began** its blockade", "rose **after the embargo
    was imposed**"), and whose subject is no first-person pronoun ("since **we** joined").
    It dates what the speaker reports; it takes no position on it. A plan or a condition
    ("**when** Russia withdraws", "will lift them **once** it has withdrawn") is no past."""
    if verb.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in verb.children
    ):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _CALLING for a in auxes):
        return False
    if verb.tag_ == "VBD":
        past = True
    elif verb.tag_ == "VBN":
        past = any(a.lower_ in _PERFECT or a.lower_ in _PAST for a in auxes)
    else:
        past = any(a.tag_ == "VBD" or a.lower_ in _PERFECT for a in auxes)
    if not past:
        return False
    return not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _FIRST_PERSON_SUBJECTS
        for c in verb.children
    )
