"""Who acts in an event, as the parse says: the subject of a verb trigger (through
infinitives, conjuncts, participles and passives) and the candidates for a noun trigger's
doer. :mod:`~cablegram.events.arguments` reads what these phrases name.

- a verb's subject, or the "by" agent of a passive;
- up an infinitive: the controlling verb's object for "urged X to", the passive subject of
  "X was ordered to withdraw" / "X is set to meet", else the controlling verb's subject;
- a noun's possessor, "by" object, named modifier ("U.N. sanctions"), or the subject of
  its light verb ("held talks").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from cablegram.actors.kinds import in_dateline
from cablegram.events.act_words import ATTACK_NOUNS
from cablegram.events.datelines import past_dateline
from cablegram.events.forces import ARMED_NOUNS
from cablegram.events.joined_acts import speakers_joined_act
from cablegram.events.misjoined import misjoined_subject, split_subject
from cablegram.events.modality import Governor
from cablegram.events.patterns import PatternTable
from cablegram.events.possessors import bound_possessor
from cablegram.events.relatives import antecedent, whose_members
from cablegram.events.tree import agent, child, is_one_of, is_passive
from cablegram.events.triggers import asked_first
from cablegram.statements.cuts import speakers_act_in_report

# Prepositions by which a verb's object does the act of a gerund: "accused X of shelling",
# "blamed X for attacking", "stopped X from leaving", "charged X with smuggling".
DOER_PREPS = frozenset({"of", "for", "from", "with"})
RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom"})
SUBJECT_DEPS = ("nsubj", "csubj")
# Prepositions by which a light verb carries a noun event: "arrived on a visit", "in a
# meeting with X", "for talks"; not "was immune to the sanctions".
LIGHT_PREPS = frozenset({"on", "in", "at", "for", "into"})
# Entity labels of a noun trigger's modifier that may name its source ("U.N. sanctions",
# "Iranian offer", "Putin's visit"): not a capitalised common word ("the State visit").
SOURCE_MODIFIER_ENTS = frozenset({"NORP", "GPE", "ORG", "PERSON"})
# Verbs whose subject undergoes what its object names ("Kenya faces threats from al Shabaab,
# now fighting in Somalia"): it is never the doer of a participle hung on the clause.
UNDERGOING_VERBS = frozenset({"face", "suffer", "receive", "endure", "undergo", "fear"})


# Tags of a finite verb, which has a subject of its own.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Words that begin a clause of time or cause, which the parser may read as prepositions.
SUBORDINATORS = frozenset({"since", "after", "before", "until", "till", "when", "because", "as"})


def _subject_taken_by_preposition(verb: Token, head: Token) -> Token | None:
    """The object of a subordinating word read as a preposition of ``head``, ending right
    before ``verb`` ("since [an uprising in 2014] forced"): the verb's real subject."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in SUBORDINATORS or prep.i > verb.i:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and max(t.i for t in obj.subtree) == verb.i - 1:
                return obj
    return None


def bare_participle(verb: Token, head: Token) -> bool:
    """A past participle with no subject or auxiliary of its own, hung as an adverbial
    clause ("..., charged with fraud") or joined to a passive ("was detained and charged"):
    a passive whose undergoer is the clause's subject ("having charged" is active)."""
    if verb.tag_ != "VBN" or any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "csubj") for c in verb.children
    ):
        return False
    if verb.dep_ == "advcl":
        return True
    return is_passive(head) or (head.tag_ == "VBN" and head.dep_ == "advcl")


# Dependencies by which the parser hangs an absolute clause's own subject on its participle.
ABSOLUTE_DEPS = frozenset({"nsubj", "amod", "npadvmod", "det", "nummod"})


def absolute_subject(verb: Token) -> Token | None:
    """The own subject of a participle in an absolute clause: a noun, number or pronoun
    phrase right before it, set off from the sentence by a comma ("..., the latter killing",
    "..., most of them seeking", "..., each carrying"); None for a bare participle and for
    a phrase owned by a pronoun, the clause subject's own people ("its soldiers arresting")."""
    if verb.tag_ not in ("VBG", "VBN"):
        return None
    left = [c for c in verb.children if c.i < verb.i and c.dep_ in ABSOLUTE_DEPS]
    if not left or left[-1].pos_ not in ("NOUN", "PRON", "ADJ", "NUM", "DET"):
        return None
    subject = left[-1]
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children):
        return None  # "retook the town, its soldiers arresting dozens": the clause's own side
    start = min(t.i for t in subject.subtree)
    if max(t.i for t in subject.subtree) != verb.i - 1 or start == 0:
        return None
    return subject if verb.doc[start - 1].text in (",", ";", "—", "–") else None


def verb_subject(verb: Token, table: PatternTable, depth: int = 0) -> Token | None:
    """The subject of a verb, looking up through infinitives, conjuncts and participles."""
    if depth > 6:
        return None
    if is_passive(verb):
        by = agent(verb)
        if by is None and verb.lemma_.lower() in table.stative_passives:
            # "Vietnam is committed to ...", "Israel is opposed to ...": a state, not a passive.
            return child(verb, "nsubjpass", "nsubj")
        if by is None and verb.lemma_.lower() == "summon":
            # "the ambassador was summoned to the Malian Ministry of Foreign Affairs": the
            # office one is summoned to is the one summoning.
            to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
            return child(to, "pobj") if to is not None else None
        return by
    subject = _nearest_subject(verb)
    if subject is not None:
        subject = past_dateline(subject)  # "KABUL - The Taliban struck": not the place
    if subject is not None and _headline_passive(verb, subject):
        return None
    if subject is not None and claimed_by(subject) is not None:
        return claimed_by(subject)
    if subject is not None:
        # "France, which has ...": the relative pronoun stands for the noun it hangs on.
        if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return antecedent(verb)
        if whose_members(subject, verb):
            return antecedent(verb)  # "Russia, whose troops seized Crimea": Russia's act
        if subject.tag_ in ("VBG", "VBN"):
            # "The Red Cross operating in Iraq said": the parser made the participle the
            # subject; the noun it describes (its own subject) is the one who acts.
            return child(subject, "nsubj", "nsubjpass") or subject
        return subject
    head = verb.head
    if head == verb:
        return None
    dep = verb.dep_
    if dep == "xcomp":
        obj = child(head, "dobj")
        if obj is not None and head.lemma_.lower() in table.object_control_verbs:
            return obj
        if is_passive(head) and head.lemma_.lower() not in table.stative_passives:
            # "X was ordered to withdraw", "X is set to meet": the passive's subject is
            # the one who does the infinitive's act, whoever did the ordering.
            subject = child(head, "nsubjpass")
            if subject is not None:
                return subject
        return verb_subject(head, table, depth + 1)
    if dep == "advcl" and verb.tag_ in FINITE_TAGS:
        # Rule ``clause-under-preposition``: "have been tense since an uprising in 2014
        # forced out the leader": the parser made the clause's subject the object of
        # "since"; that noun acts, never the subject of the clause the time is told of.
        subject = _subject_taken_by_preposition(verb, head)
        if subject is not None:
            return subject
    if dep in ("advcl", "conj") and bare_participle(verb, head):
        # Rule ``bare-participle``: "was put on trial, charged with complicity", "was
        # detained and charged": a participle with no subject or auxiliary of its own tells
        # what was done to the one the clause is about; only its "by" agent does it.
        return agent(verb)
    if dep == "conj" and is_passive(head) and not is_passive(verb):
        # "X has been indicted by the court and will resign": X resigns, not the court.
        subject = child(head, "nsubjpass")
        if subject is not None:
            return subject
    speech = speakers_joined_act(verb, table.speech_verbs) if dep == "conj" else None
    if speech is not None:  # ``speakers-joined-act``: "X said Y had shelled it and accused Z"
        return child(speech, "nsubj")
    if dep == "conj" and speakers_act_in_report(verb):
        # "Moldova said a Russian missile violated its airspace and summoned the Russian
        # ambassador": the parser joined the speaker's act to the clause it reports.
        return child(head.head, "nsubj")
    if dep == "advcl" and verb.tag_ == "VBG" and _after_undergone_agent(verb, head):
        # "Israel faces threats from Hezbollah, now fighting in Syria": who undergoes the
        # threats does not fight; the parse does not say who does.
        return None
    own = absolute_subject(verb) if dep == "advcl" else None
    if own is not None:
        # Rule ``absolute-clause``: "hit by two bombings, the latter killing 100 people",
        # "dozens of people, some of them attacking others": the participle has its own
        # subject, set off by a comma; the clause it hangs on says nothing of who acts.
        return own
    if (misjoined := misjoined_subject(verb)) is not None:  # "after Islamists enraged by X took"
        return misjoined
    if dep in ("conj", "advcl", "acomp", "oprd"):
        return verb_subject(head, table, depth + 1)
    if dep == "pcomp":
        # "by pulling ...": the preposition's head verb acts; "accused Kyiv of shelling",
        # "blamed the rebels for attacking": the one accused or blamed does.
        governor = head.head if head.dep_ == "prep" else head
        obj = child(governor, "dobj")
        if head.lower_ in DOER_PREPS and obj is not None and governor.pos_ == "VERB":
            return obj
        if head.lower_ == "for" and governor.pos_ in ("VERB", "ADJ"):
            # "retaliated against the UK for expelling", "cracked down on protesters for
            # blocking roads", "lashed out at the coalition for refusing", "angry at Japan
            # for rejecting": the one acted against did the act it is punished for.
            against = next(
                (
                    c
                    for p in governor.children
                    if p.dep_ == "prep" and p.lower_ in ("against", "on", "at")
                    for c in p.children
                    if c.dep_ == "pobj"
                ),
                None,
            )
            if against is not None:
                return against
        return verb_subject(governor, table, depth + 1)
    if dep == "acl" and head.lemma_.lower() in table.intent_nouns:
        # "its decision not to send troops", "France had no plans to send troops"; "any
        # move by Saudi Arabia to send ground forces": the noun's own agent first.
        by = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        by_object = child(by, "pobj") if by is not None else None
        if by_object is not None:
            return by_object
        poss = child(head, "poss")
        if poss is not None:
            return poss
        if head.dep_ in ("dobj", "attr", "pobj") and head.head.pos_ in ("VERB", "AUX"):
            return verb_subject(head.head, table, depth + 1)
        return None
    if dep == "acl" and verb.tag_ == "VBG" and head.dep_ == "dobj":
        # "issued a declaration demanding ...": the one who issued it demands.
        if head.head.lemma_.lower() in table.light_verbs:
            return verb_subject(head.head, table, depth + 1)
        return None
    return None


# Participles that tie an attack to its doer: "claimed by", "carried out by", "launched by".
CLAIMING_VERBS = frozenset({"claim", "carry", "launch", "stage", "fire", "plant", "conduct"})


def claimed_by(subject: Token) -> Token | None:
    """Rule ``claimed-attack``: an attack or weapon noun as the subject of the act, with a
    participle naming its doer ("Three bombings claimed by Islamic State killed 80 people",
    "rockets fired by Hamas hit Ashkelon"): the participle's "by" object did the act. An
    attack with no doer named ("a bombing killed 20") gives none here."""
    if subject.lemma_.lower() not in ATTACK_NOUNS or subject.pos_ != "NOUN":
        return None
    for part in subject.children:
        if part.dep_ != "acl" or part.tag_ != "VBN" or part.lemma_.lower() not in CLAIMING_VERBS:
            continue
        by = agent(part)
        if by is not None:
            return by
    return None


def _after_undergone_agent(participle: Token, verb: Token) -> bool:
    """Rule ``undergoing-agent``: a participle hung on a verb of undergoing ("faces threats
    from al Shabaab, now fighting in Somalia") after the "from"/"by" agent of what is
    undergone, or after an object that is itself a party (:func:`_party_faced`: "faces the
    army of Hezbollah, now fighting in Syria"): that party, not the subject, is the nearest
    doer. Without either ("Ukraine suffered heavy losses, fighting Russian troops") the
    subject does the act."""
    if verb.lemma_.lower() not in UNDERGOING_VERBS:
        return False
    obj = child(verb, "dobj")
    if obj is None:
        return False
    if obj.i < participle.i and _party_faced(obj):
        return True
    agents = [
        c
        for p in obj.children
        if p.dep_ in ("prep", "agent") and p.lower_ in ("from", "by")
        for c in p.children
        if c.dep_ == "pobj"
    ]
    return any(a.i < participle.i for a in agents)


def _party_faced(obj: Token) -> bool:
    """Rule ``undergoing-party``: the object of a verb of undergoing is armed men, named by
    their head noun (:data:`~cablegram.events.forces.ARMED_NOUNS`: "the Shiite army of
    Hezbollah", "rebel fighters"), the nearer doer of a participle hung on the clause. A body
    met or faced ("faces the European Union at the summit, rejecting ...", "received the head
    of Hamas, urging ...") leaves the act to the subject, as does a thing ("heavy losses")."""
    return obj.lemma_.lower() in ARMED_NOUNS


# Nouns of a thing put forward, which is acted on, never acts: "Iran's proposal rejected".
PUT_FORWARD = frozenset(
    {"request", "proposal", "plan", "bid", "offer", "demand", "appeal", "motion", "draft",
     "resolution", "application", "call", "petition", "initiative", "candidacy"}
)  # fmt: skip


def _headline_passive(verb: Token, subject: Token) -> bool:
    """Rule ``headline-passive``: "Russia's UN request rejected", "Iran's nuclear proposal
    rejected": a passive with no agent, neither the thing nor its owner acts. The shape:
    a headline (a sentence with no closing full stop, question or exclamation mark), whose
    root is a participle (tagged VBN, or VBD as the tagger reads a headline's "rejected")
    with no auxiliary and no object or clause of its own, and whose subject is a thing put
    forward with no article ("Egypt's UN request", not "the request")."""
    if verb.tag_ not in ("VBN", "VBD") or verb.dep_ != "ROOT":
        return False
    if subject.lemma_.lower() not in PUT_FORWARD or any(
        c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in subject.children
    ):
        return False
    last = verb.sent[-1]
    if last.is_punct and last.text in (".", "!", "?"):
        return False  # a sentence of running text, not a headline
    return not any(c.dep_ in ("aux", "auxpass", "dobj", "ccomp", "xcomp") for c in verb.children)


def _nearest_subject(verb: Token) -> Token | None:
    """The verb's subject; where the parser gave it two before the verb ("SEOUL, South Korea
    — North Korea on Saturday fired ...": the dateline taken as a second subject), the one
    nearest the verb."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    before = [c for c in subjects if c.i < verb.i]
    if len(before) > 1:
        return split_subject(before) or before[-1]  # rule ``modifier-split-subject``
    return subjects[0] if subjects else None


def judged(verb: Token) -> bool:
    """A verb that names a quality of its object ("called the sanctions an act of war",
    "called the bombings odious"): a judgment of the act, so its subject did not do it."""
    return any(c.dep_ == "oprd" for c in verb.children)


def noun_sources(noun: Token, table: PatternTable) -> list[Token | list[Token]]:
    """Who may act in a noun event, most likely first: "Iran's offer", "U.N. sanctions",
    "talks by X", or the subject of a light verb ("held talks", "launched a mediation
    effort") or of the verb of "in a meeting with X"."""
    out: list[Token | list[Token]] = []
    poss = child(noun, "poss")
    if poss is not None:
        out.append(poss)
    by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    by_object = child(by, "pobj") if by is not None else None
    if by_object is not None:
        out.append(by_object)
    # "at the request of the Friends of Haiti": the one whose request it was made it.
    if asked_first(noun):
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        of_object = child(of, "pobj") if of is not None else None
        if of_object is not None:
            out.append(of_object)
    # "the sanctions announced on Tuesday by Britain", "attacks staged by the rebels": the
    # agent of a light verb's participle on the noun makes the noun's event (spaCy may tag
    # the participle VBD: "staged" above; its "by" agent says it is passive).
    for part in noun.children:
        if part.dep_ == "acl" and is_one_of(part, table.light_verbs):
            agent = child(part, "agent")
            agent_object = child(agent, "pobj") if agent is not None else None
            if agent_object is not None:
                out.append(agent_object)
    modifiers = [
        c
        for c in noun.children
        if c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in SOURCE_MODIFIER_ENTS
    ]
    if modifiers:
        out.append(modifiers)
    # A noun trigger modifying the light verb's object ("a mediation effort") stands in its place.
    place = noun.head if noun.dep_ == "compound" and noun.head.pos_ == "NOUN" else noun
    head = place.head
    if (
        place.dep_ in ("dobj", "attr", "nsubjpass")
        and is_one_of(head, table.light_verbs)
        and not judged(head)
    ):
        subject = verb_subject(head, table)
        if subject is not None:
            out.append(subject)
    elif place.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in LIGHT_PREPS:
        verb = head.head
        # "shut down highways in protest", "walked out in protest at ...": a bare noun after
        # "in" is the manner of the verb's own act.
        bare = head.lower_ == "in" and not any(c.dep_ in ("det", "poss") for c in noun.children)
        if verb.pos_ in ("VERB", "AUX") and (
            is_one_of(verb, table.light_verbs)
            or bare
            or any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in noun.children)
        ):
            subject = verb_subject(verb, table)
            if subject is not None:
                out.append(subject)
    return bound_possessor(out, poss)


def speech_subject(chain: Sequence[Governor], table: PatternTable) -> Token | None:
    """The subject of the verb of saying whose complement holds the event (past a dateline:
    "BEIJING (Reuters) - China's Coast Guard said" is the coast guard's saying)."""
    for gov in chain:
        if gov.via == "ccomp" and gov.token.lemma_.lower() in table.speech_verbs:
            subjects = [c for c in gov.token.children if c.dep_ in SUBJECT_DEPS]
            # two subjects when the parse hangs the dateline's credit on the verb too
            named = [c for c in subjects if not in_dateline(c.doc, c)] or subjects
            return past_dateline(named[0]) if named else None
    return None
