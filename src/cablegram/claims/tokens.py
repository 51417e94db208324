"""Word-level helpers the claim frames and their readings share: a token's lemma, the name
a noun phrase gives, a verb's particle, money standing for what it is in, and the
prepositions that put an act off the agenda or belong to a noun the parser left behind.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from cablegram.claims.lexicon import ClaimWords, claim_words

if TYPE_CHECKING:
    from spacy.tokens import Token

_NAME_PARTS: Final = frozenset({"compound", "flat", "nmod"})


def lemma(token: Token) -> str:
    """The token's lemma, case-folded; pronouns keep their form."""
    return (token.lemma_ or token.text).casefold()


def phrase(token: Token) -> str:
    """A noun with its name parts ("Sri Lanka", "Middle East"), without determiners."""
    parts = [
        t for t in token.lefts if t.dep_ in _NAME_PARTS or (t.dep_ == "amod" and t.pos_ == "PROPN")
    ]
    words = [t.text for t in sorted([*parts, token], key=lambda t: t.i)]
    return " ".join(words)


_PARTICLES: Final = frozenset({"out", "back", "off", "away", "down", "up"})


def particle(token: Token) -> str | None:
    """The verb's particle ("out" in "rule out", "pulled soldiers out of Iraq"), or None."""
    for child in token.children:
        if child.dep_ == "prt":
            return child.lower_
        if child.dep_ == "prep" and child.lower_ in _PARTICLES and token.pos_ == "VERB":
            if not any(c.dep_ == "pobj" for c in child.children):
                return child.lower_
    return None


def predicate_name(token: Token) -> str:
    """Lemma plus particle: "carry out", "pull out", "send"."""
    prt = particle(token)
    return f"{lemma(token)} {prt}" if prt else lemma(token)


_NAME_TYPES: Final = frozenset({"GPE", "LOC", "NORP", "ORG", "FAC"})


_NOT_NAMES: Final = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
)


def is_name(token: Token) -> bool:
    """A proper name or a named place, group or organisation ("Iraq", "Russian", "NATO"),
    not a date ("in September")."""
    if token.ent_type_ in _NOT_NAMES or token.text[:1].isdigit():
        return False
    return token.pos_ == "PROPN" or token.ent_type_ in _NAME_TYPES


def is_measure(token: Token) -> bool:
    """A noun that measures rather than names ("30-day", "two-year", "five-mile"): a date,
    time or quantity, or a noun with a number on it."""
    if token.ent_type_ in _NOT_NAMES:
        return True
    return any(c.dep_ == "nummod" or c.pos_ == "NUM" for c in token.children)


def name_in(token: Token) -> str | None:
    """The name a noun phrase gives: the noun itself when a name ("Sri Lanka"), else a name
    modifying it ("US goods" -> "US"); None for a phrase without a name ("the country")."""
    if is_name(token):
        return phrase(token)
    for child in token.lefts:
        if child.dep_ in ("compound", "amod", "poss", "nmod") and is_name(child):
            return phrase(child)
    return None


CURRENCIES: Final = frozenset(
    {"euro", "dollar", "pound", "yuan", "yen", "rouble", "ruble", "franc", "rupee", "$", "€", "£"}
)


def money_for(amount: Token) -> Token | None:
    """What an amount of money is "in", "of" or "for" ("50 billion euros **in aid**"), when
    that is a noun other than money; else None."""
    for prep in amount.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "of", "for"):
            what = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if what is not None and what.pos_ == "NOUN" and what.ent_type_ != "MONEY":
                return what
    return None


def excluded_by(head: Token, words: ClaimWords) -> Token | None:
    """The preposition by which ``head`` puts its subject off the agenda: "are **off** the
    table", "is **out** of the question", "cannot be **on** the agenda" (with the negation
    on ``head``); None when it does not."""
    negated = any(c.dep_ == "neg" for c in head.children)
    for prep in head.children:
        if prep.dep_ != "prep":
            continue
        inner = [prep, *(c for c in prep.children if c.dep_ == "prep")]
        place = next(
            (o for p in inner for o in p.children if o.dep_ == "pobj"),
            None,
        )
        if place is None or lemma(place) not in words.agenda_nouns:
            continue
        if prep.lower_ in words.excluding_preps or (prep.lower_ == "on" and negated):
            return prep
    return None


def stranded_noun(prep: Token, words: ClaimWords | None = None) -> Token | None:
    """The attitude noun right before a preposition that the parser attached elsewhere:
    in "will not bow to calls for a truce" the parser hangs "for a truce" on "bow", but it
    belongs to "calls"."""
    words = words or claim_words()
    if prep.i == 0:
        return None
    before = prep.doc[prep.i - 1]
    if before.i == prep.head.i or before.pos_ != "NOUN":
        return None
    if lemma(before) in words.support_nouns | words.against_nouns:
        return before
    return None


def stranded_clause(clause: Token, words: ClaimWords | None = None) -> Token | None:
    """The attitude noun right before an infinitive that the parser hung on the verb as a
    clause of its own: in "would not approve their **bids** to join NATO" the parser makes
    "to join" an adverbial clause of "approve", but it belongs to "bids". None otherwise
    (the walks also ask :func:`cablegram.claims.contents.clause_noun`)."""
    words = words or claim_words()
    if clause.dep_ != "advcl" or clause.pos_ != "VERB":
        return None
    to = clause.left_edge
    if to.lower_ != "to" or to.head.i != clause.i or to.i == 0:
        return None
    before = clause.doc[to.i - 1]
    if before.pos_ != "NOUN" or before.head.i != clause.head.i:
        return None
    if lemma(before) in words.support_nouns | words.against_nouns:
        return before
    return None


def attitude_complement(clause: Token, words: ClaimWords | None = None) -> bool:
    """Whether a clause the parser hung on an attitude word as a clause of its own is that
    word's complement: "ruled out **sending** troops" (an adverbial clause to the parser),
    "no intention **of sending** troops" (a preposition's clause). A gerund or infinitive
    with no subject and no marker of its own ("while", "after") only."""
    words = words or claim_words()
    if clause.pos_ != "VERB":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children):
        return False
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    if clause.tag_ != "VBG" and not infinitive:
        return False
    governor = clause.head
    if clause.dep_ == "pcomp" and governor.dep_ == "prep":
        governor = governor.head
    elif clause.dep_ != "advcl":
        return False
    elif (
        lemma(clause) in words.joining_verbs
        and clause.i > governor.i
        and clause.doc[clause.left_edge.i - 1].text == ","
    ):
        # "condemned the decision, joining Turkey in ...": joining others, set off by a
        # comma, is a clause of its own, not what the verb governs.
        return False
    return is_attitude_word(governor, words)


def is_attitude_word(token: Token, words: ClaimWords) -> bool:
    """An attitude word either way, by lemma ("refuse", "support"), as a verb with its
    particle ("rule out"), or a verb of naming with a judgement ("described it as
    unacceptable", see :func:`naming_judgement`)."""
    if lemma(token) in words.attitude_words or predicate_name(token) in words.against_phrasal:
        return True
    return naming_judgement(token, words) is not None


def judgement(token: Token, words: ClaimWords) -> str | None:
    """Which way a word judges what it is said of: "against" ("unacceptable", "a mistake",
    "a dangerous escalation"), "support" ("necessary", "a positive step"), or None for a
    word the vocabulary does not read as a judgement (and for words of the holder's own
    state, "ready", "opposed")."""
    word = lemma(token)
    if word in words.agent_adjectives:
        return None
    if word in words.against_adjectives or word in words.against_nouns:
        return "against"
    if word in words.support_adjectives:
        return "support"
    if threat_to_a_good(token, words):
        return "against"
    if token.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
        for child in token.children:
            if (
                child.dep_ == "amod"
                and child.pos_ == "ADJ"
                and lemma(child) not in words.complement_adjectives
            ):
                side = judgement(child, words)
                if side is not None:
                    return side
    return None


def _denied_noun(token: Token, words: ClaimWords) -> bool:
    """Whether a noun is negated: its own "no" ("no threat"), or a negator on the verb or
    copula it hangs on ("was not a threat", "does not pose a danger", "never a risk")."""
    if any(c.lower_ in words.negators for c in token.children if c.dep_ in ("det", "neg")):
        return True
    if token.dep_ in ("dobj", "obj", "attr", "nsubj", "nsubjpass"):
        return any(c.dep_ == "neg" or c.lower_ in ("never", "no") for c in token.head.children)
    return False


def threat_to_a_good(token: Token, words: ClaimWords) -> bool:
    """Whether a noun of danger (``threat_nouns``) is "to" a common good (``goods_nouns``):
    "a direct threat **to stability and peace**", "a danger to regional security"."""
    if token.pos_ != "NOUN" or lemma(token) not in words.threat_nouns:
        return False
    if _denied_noun(token, words):
        # "posed **no** threat to peace", "was **not** a danger": the threat is denied, and
        # a denied threat gives no claim (precision first).
        return False
    preps = list(token.children)
    if token.dep_ in ("dobj", "obj"):
        # "posed a danger **to security**": the parser may hang the "to" on the verb.
        preps += [c for c in token.head.children if c.i > token.i]
    for prep in preps:
        if prep.dep_ != "prep" or prep.lower_ != "to":
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if any(lemma(t) in words.goods_nouns for t in [pobj, *pobj.conjuncts]):
                return True
    return False


_NAMED: Final = frozenset({"dobj", "obj", "nsubjpass"})
_COMPLEMENTS: Final = frozenset({"oprd", "xcomp", "acomp", "attr"})


def named_object(verb: Token) -> Token | None:
    """What a verb of naming names: its object, or its passive subject ("the sanctions were
    described as ..."); None when it has neither."""
    return next((c for c in verb.children if c.dep_ in _NAMED), None)


def _as_judges(prep: Token) -> list[Token]:
    return [c for c in prep.children if c.dep_ in ("pobj", "amod", "acomp", "advmod")]


_REFERRING: Final = frozenset({"it", "this", "that"})


def naming_judgement(verb: Token, words: ClaimWords) -> Token | None:
    """The word by which a verb of naming judges what it names, when the vocabulary reads
    it as a judgement (:func:`judgement`): "described the sanctions **as
    counterproductive**", "labelled the plan as **unacceptable**", "called the tariffs
    **unfair**", "sees the deal as a **mistake**". The parser may hang the "as" phrase on
    the last word of the object ("labelled the EU's plan to ban imports as unacceptable"):
    an "as" phrase that ends the object counts too. None for any other verb."""
    if verb.pos_ not in ("VERB", "AUX") or lemma(verb) not in words.naming_verbs:
        return None
    named = named_object(verb)
    if named is None or (named.pos_ == "PRON" and named.lower_ not in _REFERRING):
        # "it", "this", "that" name the act before (cablegram.claims.antecedents).
        return None
    candidates = [c for c in verb.children if c.dep_ in _COMPLEMENTS]
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            candidates += _as_judges(child)
        elif child.dep_ == "advcl" and any(c.lower_ == "as" for c in child.lefts):
            # "sees the tariffs as discriminatory", parsed as an adverbial clause
            candidates.append(child)
    candidates += _stranded_judges(named)
    return next((c for c in candidates if judgement(c, words) is not None), None)


def _stranded_judges(named: Token) -> list[Token]:
    """Judgements at the end of a named object that the parser hung inside it: "labelled
    the plan to ban imports **as unacceptable**" ("as" on "ban"), "called the decision to
    expel diplomats **a mistake**" (a second object of "expel")."""
    end = named.right_edge.i
    found: list[Token] = []
    for token in named.subtree:
        if token.i == named.i or token.right_edge.i != end:
            continue
        if token.lower_ == "as" and token.dep_ == "prep":
            found += _as_judges(token)
        elif token.dep_ in ("dobj", "obj", "oprd", "attr") and any(
            c.dep_ in ("dobj", "obj", "dative") and c.i < token.i for c in token.head.children
        ):
            found.append(token)
    return found


def hyphenated(noun: Token) -> bool:
    """Whether a compound noun is joined by a hyphen to a word before it ("no-fly" in "a
    no-fly zone"): part of the name of a kind of thing, not what the noun acts on."""
    return any(c.dep_ == "punct" and c.text == "-" and c.i < noun.i for c in noun.children)


def partitive_whole(obj: Token, words: ClaimWords) -> tuple[Token | None, list[Token]]:
    """For a partitive object ("**parts** of Palestinian territory in the West Bank"), the
    whole it is part of, or None when the whole is a territory (then the act is on a
    place, named by the arguments); with the tokens whose arguments count. For any other
    object: the object itself and no tokens."""
    if lemma(obj) not in words.partitive_nouns:
        return obj, []
    of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if whole is None:
        return obj, []
    if lemma(whole) in words.territory_nouns:
        return None, [obj, whole]
    return whole, [obj]


def absolute_clause(verb: Token) -> bool:
    """Whether a verb heads an absolute clause with "with" ("..., **with** Poland's prime
    minister **indicating** that ..."): a clause of its own subject, a side remark."""
    return (
        verb.pos_ == "VERB"
        and verb.head.dep_ == "prep"
        and verb.head.lower_ == "with"
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def agent_of_noun(token: Token) -> Token | None:
    """The name or noun a noun's "by" phrase gives as whose act it is ("an attempt **by the
    U.S.** to maintain its domination", "the decision by Hungary to block", "an attempt **by
    the opposition** to topple"), else None (and None for a pronoun): for the reading, that
    noun's clause has a subject like a verb's. One test for statements
    (:mod:`cablegram.claims.polarity`) and events (:mod:`cablegram.claims.event_read`)."""
    if token.pos_ != "NOUN":
        return None
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "by":
            agent = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if agent is not None and agent.pos_ in ("PROPN", "NOUN"):
                return agent
    return None


def doer_of(verb: Token) -> Token | None:
    """The noun of a passive verb's or participle's "by" phrase ("carried out **by Russian
    warplanes**", "condemned **by the United States**"), else None."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None


def joins_a_hyphen(token: Token) -> bool:
    """Whether a token is a piece before a hyphen in one written word ("re" and "-" of
    "re-open", "counter" of "counter-sanctions", "cease" of "cease-fire"): a prefix or a
    first part, never a predicate or an object of its own (the "prefix piece" rule)."""
    doc = token.doc
    if token.text == "-":
        return token.i > 0 and not doc[token.i - 1].whitespace_ and not token.whitespace_
    return (
        not token.whitespace_
        and token.i + 2 < len(doc)
        and doc[token.i + 1].text == "-"
        and not doc[token.i + 1].whitespace_
    )


def word_end(token: Token) -> Token:
    """The last piece of the hyphened word a token is a piece of ("sanctions" of
    "counter-sanctions"); the token itself when it joins no hyphen."""
    doc = token.doc
    while joins_a_hyphen(token) and token.i + 1 < len(doc):
        token = doc[token.i + 1]
    return token


def in_hyphened_word(token: Token) -> bool:
    """Whether a token is any piece of a hyphened word but the last, or the piece right
    after a hyphen ("counter", "-" and "piracy" of "counter-piracy"), as against a word of
    its own."""
    doc = token.doc
    if joins_a_hyphen(token):
        return True
    return token.i > 0 and joins_a_hyphen(doc[token.i - 1])
