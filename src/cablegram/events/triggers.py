"""Finding event triggers in a sentence: pattern matching, then choosing the governing ones.

A trigger is a word the pattern dictionary knows (a verb such as "withdraw", a noun such as
"talks", a phrase such as "send troops"), or a word one of the registered trigger rules
recognises (a verb of intention with no event under it, a verb of saying whose complement
says that someone "must" act). In a chain of triggers the governing one wins ("threatened to
cut off aid" is a THREATEN), except that a transparent verb ("refuse to", "plan to") gives way
to the trigger under it. What a vow answers (an act that keeps its own record) and what
stands around the act it intends are read by :mod:`cablegram.events.answering`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from cablegram.actors.base import first_person
from cablegram.events.agreed_course import agreed_course
from cablegram.events.answering import ANSWERING_RULES, ANSWERING_WORDS, answered_act, circumstance
from cablegram.events.day_phrases import of_time
from cablegram.events.modality import Governor, demand_modal, governors
from cablegram.events.patterns import Pattern, PatternPos, PatternTable
from cablegram.events.tree import child, for_clause
from cablegram.rules import Registry


@dataclass(frozen=True, slots=True)
class Match:
    """A trigger word, the pattern it matched, and the rule that found it."""

    token: Token
    pattern: Pattern
    rule: str = "pattern"


def pos_of(token: Token) -> PatternPos | None:
    if token.pos_ in ("VERB", "AUX"):
        return "verb"
    if token.pos_ in ("NOUN", "PROPN"):
        return "noun"
    if token.pos_ == "ADJ":
        return "adj"
    return None


def object_tokens(token: Token) -> list[Token]:
    """The trigger's objects: dobj, passive subject, a noun's "of" object, and their conjuncts."""
    out: list[Token] = []
    for c in token.children:
        if c.dep_ in ("dobj", "nsubjpass", "oprd", "dative"):
            out.append(c)
        elif c.dep_ == "prep" and (c.lower_ == "of" or token.pos_ != "NOUN"):
            out.extend(g for g in c.children if g.dep_ == "pobj")
            # "out of Iraq": the object sits one preposition further down.
            for sub in c.children:
                if sub.dep_ == "prep":
                    out.extend(g for g in sub.children if g.dep_ == "pobj")
    for tok in list(out):
        out.extend(c for c in tok.conjuncts if c not in out)
    # "$103 million in humanitarian assistance": what a sum is "in" is what is given.
    for tok in list(out):
        if is_sum(tok):
            out.extend(
                g
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ in ("in", "of")
                for g in c.children
                if g.dep_ == "pobj" and g not in out
            )
    # "part of a military aid program", "a shipment of aid": the "of" object counts too.
    for tok in list(out):
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                out.extend(g for g in c.children if g.dep_ == "pobj" and g not in out)
    return out


# Currencies a sum of money is counted in ("20 million euros"; spaCy tags only the number).
CURRENCIES = frozenset(
    {"dollar", "euro", "pound", "yen", "yuan", "renminbi", "franc", "rupee", "ruble", "rouble",
     "shilling", "naira", "rand", "riyal", "dirham", "dinar", "peso", "won", "lira", "krone"}
)  # fmt: skip


def is_sum(token: Token) -> bool:
    """The phrase headed by ``token`` is a sum of money ("$50 million", "20 million euros")."""
    if token.ent_type_ == "MONEY":
        return True
    return token.lemma_.lower() in CURRENCIES and any(
        c.dep_ == "nummod" or c.like_num for c in token.children
    )


def _object_ents(objects: list[Token]) -> set[str]:
    """Entity labels of the objects, a sum in a currency counting as MONEY."""
    labels = {o.ent_type_ for o in objects if o.ent_type_}
    if any(is_sum(o) for o in objects):
        labels.add("MONEY")
    return labels


def _object_lemmas(objects: list[Token]) -> set[str]:
    """Lemmas of the objects and of their noun modifiers ("mediation efforts")."""
    lemmas: set[str] = set()
    for obj in objects:
        lemmas.update((obj.lemma_.lower(), obj.lower_))
        lemmas.update(c.lemma_.lower() for c in obj.children if c.dep_ == "compound")
    return lemmas


def _preps(token: Token) -> set[str]:
    """The verb's prepositions that may meet a pattern's ``prep``: a time ("on Tuesday")
    dates the verb and is none of its arguments (:func:`of_time`: "called off the summit on
    Tuesday" is no "call on"); a "for X to do" clause is a "for" ("called on Tuesday for the
    government to resign")."""
    found = {
        c.lower_ for c in token.children if c.dep_ in ("prep", "agent", "dative") and not of_time(c)
    }
    if for_clause(token) is not None:
        found.add("for")
    return found


def fits(token: Token, pattern: Pattern) -> bool:
    """Whether the token meets every condition the pattern sets."""
    children = list(token.children)
    objects = object_tokens(token)
    if pattern.no_object and any(c.dep_ in ("dobj", "nsubjpass") for c in children):
        return False
    if pattern.infinitive and not any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in children
    ):
        return False
    if pattern.modal_clause and not agreed_course(token):
        return False
    if pattern.objects and not _object_lemmas(objects) & pattern.objects:
        return False
    if pattern.object_ents and not _object_ents(objects) & pattern.object_ents:
        return False
    if pattern.particles:
        # A particle follows its verb: "In Caracas, Chavez gave ..." has no "give in".
        near = {
            c.lower_
            for c in children
            if c.dep_ in ("prt", "advmod", "prep", "acomp", "npadvmod")
            and (c.dep_ != "prep" or c.i > token.i)
        }
        near |= {g.lower_ for c in children if c.dep_ == "prep" for g in c.children}
        if not near & pattern.particles:
            return False
    if pattern.preps and not _preps(token) & pattern.preps:
        return False
    if pattern.modifiers:
        mods = {
            c.lemma_.lower()
            for t in [token, *objects]
            for c in t.children
            if c.dep_ in ("compound", "amod", "nmod", "npadvmod")
        }
        if not mods & pattern.modifiers:
            return False
    return True


# Entity labels of time words: a noun inside one is a date, never a trigger ("last March").
TIME_ENTS = frozenset({"DATE", "TIME"})


def match_token(token: Token, table: PatternTable) -> Pattern | None:
    """The most specific pattern that fits the token, if any."""
    pos = pos_of(token)
    if pos is None:
        return None
    if pos == "noun" and token.ent_type_ in TIME_ENTS:
        # "last March", "since May": a month or a span of time names no act.
        return None
    lemma = token.lemma_.lower()
    for pattern in table.candidates(lemma, pos):
        if fits(token, pattern):
            return pattern
    # spaCy sometimes lemmatises a plural noun trigger as itself ("talks").
    if pos == "noun" and token.lower_ != lemma:
        for pattern in table.candidates(token.lower_, pos):
            if fits(token, pattern):
                return pattern
    return None


TriggerRule = Callable[[Token, PatternTable], Pattern | None]
TRIGGER_RULES: Registry[TriggerRule] = Registry("triggers")


@TRIGGER_RULES.rule("pattern")
def _dictionary(token: Token, table: PatternTable) -> Pattern | None:
    """A word of the pattern dictionary."""
    return match_token(token, table)


@TRIGGER_RULES.rule("intent-default")
def _intent_default(token: Token, table: PatternTable) -> Pattern | None:
    """ "offered to be an intermediary": a verb of intention whose complement is no event."""
    lemma = token.lemma_.lower()
    if token.pos_ not in ("VERB", "ADJ") or lemma not in table.intent_default_type:
        return None
    # Only an intention has a complement: "committed to the process", "pledged to help";
    # "atrocities committed by the army" is no pledge.
    if not any(
        c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "to") for c in token.children
    ):
        return None
    if any(c.dep_ == "xcomp" and c.lemma_.lower() in HOSTILE_COMPLEMENTS for c in token.children):
        # "vowed to block refugees", "promises to declare it a currency manipulator": an
        # intention to stop, bar or brand someone is no intent to cooperate (AGREE); when
        # its act is no event of the dictionary, nothing is coded.
        return None
    return Pattern(lemma, "verb", table.intent_default_type[lemma])


# Complements that make an intention hostile (the dictionary's events among them are coded
# at the complement, retyped by the intention; these are the ones it does not know). A vow
# to punish or retaliate is a THREATEN (kinds.vowed-response), so those are not listed.
HOSTILE_COMPLEMENTS = frozenset(
    {"block", "ban", "bar", "prevent", "declare", "label", "brand", "crush", "destroy",
     "defeat", "eliminate", "deny", "exclude", "isolate", "kill", "wipe"}
)  # fmt: skip


def demanded_clause(verb: Token) -> bool:
    """The clause says its subject must act ("Russia must withdraw", "Iran has to stop"),
    with a subject that is not the speaker ("we must") or an empty "it"/"there"."""
    subject = child(verb, "nsubj", "nsubjpass")
    if subject is None or first_person(subject) or subject.lower_ == "there":
        return False
    if subject.lower_ == "it" and (subject.dep_ == "nsubjpass" or verb.lemma_.lower() == "be"):
        # "it must be said", "it must be a mistake": an empty "it" demands nothing of anyone;
        # "it must cooperate" (a state named before) does.
        return False
    if verb.dep_ == "relcl" or subject.tag_ in ("WP", "WDT"):
        # "decision-makers who need to be consulted" describes them; it demands nothing.
        return False
    if _not_yet(verb) or _perfect_modal(verb):
        return False
    return demand_modal(verb)


def _not_yet(verb: Token) -> bool:
    """ "Armenia has yet to atone": "has yet to" tells what has not happened; no demand."""
    return verb.lemma_.lower() == "have" and any(
        c.dep_ == "advmod" and c.lower_ == "yet" for c in verb.children
    )


def _perfect_modal(verb: Token) -> bool:
    """ "Israel should have been the first to recognise it", "they must have known": a modal
    with "have" and a participle reproaches or infers about the past; it demands nothing."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and any(a.lower_ in ("have", "'ve") for a in auxes)


@TRIGGER_RULES.rule("speech-must")
def _says_must(token: Token, table: PatternTable) -> Pattern | None:
    """ "X said that Y must ...": saying that someone must do something is a demand."""
    if token.lemma_.lower() not in table.speech_verbs:
        return None
    for comp in token.children:
        if comp.dep_ == "ccomp" and any(demanded_clause(v) for v in [comp, *comp.conjuncts]):
            return Pattern(token.lemma_.lower(), "verb", "REQUEST")
    return None


# Nouns of saying that carry a clause: "a reminder to Iraq that it must cooperate".
SPEECH_NOUNS = frozenset(
    {"reminder", "message", "letter", "note", "statement", "reply", "response", "word"}
)


@TRIGGER_RULES.rule("speech-noun-must")
def _speech_noun_must(token: Token, table: PatternTable) -> Pattern | None:
    """ "issued a stern reminder to Iraq that it must cooperate": a message saying that
    someone must act is a demand, like "said that Y must"."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in SPEECH_NOUNS:
        return None
    clauses = [c for c in token.children if c.dep_ in ("acl", "ccomp")]
    if token.dep_ == "dobj":
        # "issued a reminder to Iran that ...": the parser may hang the clause on the verb.
        clauses += [c for c in token.head.children if c.dep_ == "ccomp" and c.i > token.i]
    for comp in clauses:
        if demanded_clause(comp):
            return Pattern(token.lemma_.lower(), "noun", "REQUEST")
    return None


def sentence_matches(sent: Span, table: PatternTable) -> dict[int, Match]:
    """Every trigger of a sentence, by token index: the first rule that recognises a word."""
    matches: dict[int, Match] = {}
    for token in sent:
        for rule in TRIGGER_RULES:
            pattern = rule.fn(token, table)
            if pattern is not None:
                matches[token.i] = Match(token, pattern, rule.name)
                break
    return matches


def transparent(token: Token, table: PatternTable) -> bool:
    """A verb that hands its complement on: "refuse to", "plan to"."""
    lemma = token.lemma_.lower()
    return lemma in table.negative_verbs or lemma in table.intent_verbs


# Trigger rules whose word tells an act of its own under a trigger noun or verb: "the
# memorandum signed yesterday calls for a buffer zone" records the signing, and the pact noun
# it describes yields to it.
OWN_ACT_RULES = frozenset({"signed-pact"})


def select(matches: dict[int, Match], table: PatternTable) -> list[tuple[Match, list[Governor]]]:
    """Keep the governing trigger of each chain; a transparent verb ("refuse to", "plan to")
    gives way to the trigger under it."""
    kept: list[tuple[Match, list[Governor]]] = []
    yielded: set[int] = set()
    for index in sorted(matches):
        match = matches[index]
        chain = governors(match.token)
        head = match.token.head
        if (
            match.token.pos_ in ("NOUN", "PROPN")
            and match.token.dep_ in ("nsubj", "nsubjpass")
            and head.i in matches
            and head != match.token
        ):
            # "U.S. airstrikes killed four locals": one event, told by its verb.
            continue
        if any(matches[c.i].rule in OWN_ACT_RULES for c in match.token.children if c.i in matches):
            continue  # the pact noun whose signing is told
        if _elaborates(match.token, matches):
            # "stormed a village, killing five civilians", "fighting that killed 34 people":
            # a participle or relative clause telling more of the same act is one event.
            continue
        # "at the request of X, Kenya agreed": the request came first, an act of its own.
        suppressed = False
        for at, gov in enumerate([] if asked_first(match.token) else chain):
            if match.rule in OWN_ACT_RULES and gov.via == "acl":
                continue
            if (
                (gov.token.i in matches and matches[gov.token.i].rule in ANSWERING_RULES)
                or gov.token.lemma_.lower() in ANSWERING_WORDS
            ) and answered_act(match.token, gov.token):
                # "vowed revenge for the Hamas attack": the attack stays an act, read in its
                # own right (not as what "will retaliate" intends), yielding no governor
                chain = chain[:at]
                break
            if gov.token.i in matches:
                if transparent(gov.token, table) and gov.via == "xcomp":
                    if not circumstance(match.token, gov.token):
                        yielded.add(gov.token.i)
                    continue
                suppressed = True
                break
            if (
                gov.via == "xcomp"
                and gov.token.lemma_.lower() in table.object_control_verbs
                and child(gov.token, "dobj") is not None
            ):
                # "advise Kerry to leave Iraq": an act someone is asked to do has not happened.
                suppressed = True
                break
        if not suppressed:
            kept.append((match, chain))
    return [(m, c) for m, c in kept if m.token.i not in yielded]


def asked_first(token: Token) -> bool:
    """ "At the request of the Arab League, Egypt agreed ...": a request told as the occasion
    of another act is an act of its own, made before, by the one the "of" phrase names."""
    return (
        token.pos_ == "NOUN"
        and token.dep_ == "pobj"
        and token.head.lower_ in ("at", "upon")
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
    )


def _elaborates(token: Token, matches: dict[int, Match]) -> bool:
    """The trigger heads a participle clause or a relative clause on a trigger of its own type:
    it tells the same act again."""
    if token.dep_ not in ("advcl", "relcl") or token.head.i not in matches:
        return False
    if token.dep_ == "advcl" and token.tag_ != "VBG":
        return False
    return matches[token.head.i].pattern.event_type == matches[token.i].pattern.event_type
