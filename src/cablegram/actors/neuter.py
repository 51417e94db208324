""" "it" and "its" for an organisation or a state that acts or speaks.

Most "it"s in news are things, events or empty ("it is unclear"), so only three shapes are
resolved, each to an organisation, a state or a singular group ("the junta") that the text
names as an agent (never a place: "in Mali", "at the embassy"):

1. **Self-reference in reported speech.** "it" as the subject of the clause a speech verb
   reports, when that verb's subject is such an actor: "The ministry said it would expel the
   ambassador", "Russia says it will respond". Empty shapes are left alone: a passive, "it
   seems", and "it is/was ..." unless what follows is a disposition ("it was ready to talk");
   so is an "it" after a sentence that talks of a thing it could continue (an unresolved
   "it", a thing as subject: "The plan is costly. The foundation says it would ...").
2. **Possessives.** "its"/"itself" bound by the subject of its own clause ("Russia recalled
   its ambassador"; never from inside an apposition: "China, Pyongyang's ally and its
   lifeline"), or, when that clause is what such an actor said and has no singular
   thing as subject, by the speaker ("Russia said its troops would withdraw").
3. **Speakers.** "it" as the active subject of a speech verb ("It added that ...", '"...,"
   it said in a statement') or of a verb a speech participle hangs on ("It revised the
   figure, citing an error"): the last such actor that was the subject of a speech verb
   within :data:`NEUTER_WINDOW` sentences, else the nearest such actor that was the subject
   of any verb there. A body the text names only by a common noun ("the coalition said
   ...") becomes an actor of its own when "it" takes it up. Never when a document ("the
   report", "the statement") was the subject of a verb after that actor, since a document
   speaks as "it" too ("The report was published on Monday. It says ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.actors.base import (
    Cluster,
    ResolverState,
    clean,
    noun_phrase,
    strip_determiner,
)
from cablegram.actors.doctokens import sentence_index
from cablegram.actors.referents import BODY_NOUNS

NEUTER = frozenset({"it", "its", "itself"})
# How far back (in sentences) "it" looks for the organisation or state it stands for.
NEUTER_WINDOW = 3
# Prepositions that make the name after them a place ("troops in Mali", "at the embassy").
_LOCATIVE = frozenset(
    {
        "in", "at", "from", "to", "into", "across", "near", "within", "inside", "throughout",
        "around", "through", "toward", "towards", "over", "on", "off", "along", "outside",
        "beyond", "via", "onto", "out",
    }
)  # fmt: skip
# Roles in which a name stands for an agent that "it" may take up.
_AGENT_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "appos", "conj", "pobj"})
# What "it is ..." says of an agent rather than of a situation ("it was ready to talk").
_DISPOSITIONS = frozenset(
    {
        "ready", "willing", "prepared", "determined", "committed", "unable", "able", "eager",
        "keen", "confident", "opposed", "aware", "obliged", "entitled", "open", "unwilling",
        "reluctant", "concerned",
    }
)  # fmt: skip
# Verbs whose "it" is empty or a situation ("it seems", "it remains unclear").
_EMPTY_VERBS = frozenset({"seem", "appear", "happen", "matter", "remain", "become", "mean"})
# Common nouns of bodies that speak as "it" ("the coalition said ... it added"): every body
# noun a bare description takes up by name (:data:`cablegram.actors.referents.BODY_NOUNS`,
# "the agency" for "the Environmental Protection Agency"), and the nouns of bodies that speak
# as "it" but that "the NOUN" must not take up by a name's last word, because many bodies of
# one text end in them or the name holds no such word ("the ministry" is read by
# :func:`cablegram.actors.bodies.ministry_words`, "the regime" by :mod:`cablegram.actors.
# regimes`, "the office", "the mission", "the police" are too common as name endings).
_BODY_NOUNS = BODY_NOUNS | frozenset(
    {
        "bloc", "broadcaster", "channel", "delegation", "embassy", "government", "junta",
        "military", "ministry", "mission", "office", "police", "presidency", "regime",
        "secretariat",
    }
)  # fmt: skip
# Documents that speak as "it" ("the report", "the statement", "the resolution").
_DOCUMENT_NOUNS = frozenset(
    {
        "report", "statement", "document", "letter", "resolution", "declaration", "study",
        "survey", "poll", "plan", "proposal", "agreement", "deal", "communique", "communiqué",
        "memo", "memorandum", "law", "bill", "order", "decree", "ruling", "verdict", "treaty",
        "draft", "text", "filing", "complaint", "lawsuit", "article", "post", "tweet", "video",
        "book", "paper", "analysis", "review", "assessment", "note", "notice", "release",
    }
)  # fmt: skip


def is_empty_it(token: Token) -> bool:
    """Whether an "it" subject is empty or a situation: a passive ("it was reported"), a verb
    of :data:`_EMPTY_VERBS`, or "be" with anything but a disposition ("it is unclear", "it
    was a mistake"; not "it was ready to talk")."""
    verb = token.head
    if token.dep_ != "nsubj" or any(c.dep_ == "auxpass" for c in verb.children):
        return True
    lemma = verb.lemma_.lower()
    if lemma in _EMPTY_VERBS:
        return True
    if lemma == "be":
        complements = [c for c in verb.children if c.dep_ in ("acomp", "attr", "prep")]
        return not (
            len(complements) == 1
            and complements[0].dep_ == "acomp"
            and complements[0].lower_ in _DISPOSITIONS
        )
    return False


# The plural last words of one firm's or body's name ("General Motors", "Malaysia
# Airlines"); a family ("the Koch Brothers") or a team ("the Kansas City Chiefs") is people.
_BODY_PLURALS = frozenset(
    {
        "airlines",
        "airways",
        "motors",
        "services",
        "securities",
        "industries",
        "holdings",
        "systems",
        "technologies",
        "communications",
        "laboratories",
        "labs",
        "partners",
        "resources",
        "solutions",
        "enterprises",
        "networks",
        "pharmaceuticals",
        "forces",
        "nations",
        "investments",
        "dynamics",
        "sciences",
        "studios",
        "ventures",
    }
)


def plural_named_body(token: Token) -> bool:
    """Whether a plural proper noun heads one body's name of several words that the
    recogniser tags an organisation and whose last word is an organisation's ("General
    Motors", "Malaysia Airlines", "Height Securities"), which speaks as "it". A bare plural
    ("the Republicans", "Democrats") is a set, a "they"; so are a family ("the Koch
    Brothers") and a team ("the Kansas City Chiefs")."""
    return (
        token.ent_type_ == "ORG"
        and token.lower_ in _BODY_PLURALS
        and any(
            c.dep_ in ("compound", "nmod") and c.tag_ in ("NNP", "NNPS") for c in token.children
        )
    )


class NeuterPronouns(ResolverState):
    """Resolves "it"/"its"/"itself" to organisations and states (see the module doc)."""

    def speech_lemmas(self) -> frozenset[str]:
        raise NotImplementedError

    def neuter_agrees(self, index: int) -> Cluster | None:
        """The cluster at a head index when "it" may stand for it: an organisation, a state
        or a singular group, named as an agent, not as a place."""
        cluster = self.head_cluster.get(index)
        if cluster is None or cluster.kind not in ("organization", "state", "group"):
            return None
        if cluster.kind == "group" and self.head_group.get(index):
            return None  # "France and Germany": a set is "they"
        token = self.doc[index]
        if token.lower_ in NEUTER:
            return cluster  # an "it" already resolved: chains carry on
        plural = token.tag_ == "NNS" or (token.tag_ == "NNPS" and not plural_named_body(token))
        if plural or token.dep_ not in _AGENT_ROLES:
            return None
        if token.dep_ == "pobj" and token.head.lower_ in _LOCATIVE:
            return None  # "troops in Mali": a place
        return cluster

    def _speech_verb(self, verb: Token) -> bool:
        return verb.lemma_.lower() in self.speech_lemmas() and not any(
            c.dep_ == "auxpass" for c in verb.children
        )

    def _speaker_of_content(self, verb: Token) -> int | None:
        """The head index of the agent whose speech a clause reports ("The ministry said
        [it would ...]"): the clause, or the first of coordinated clauses, is the complement
        of an active speech verb whose subject "it" may stand for, or a clause joined to
        such a verb ("Chile said ... and it was ready to talk")."""
        speech: Token | None = None
        while verb.dep_ == "conj" and verb.head.i != verb.i and speech is None:
            verb = verb.head
            # "Chile said ... and it was ready": a clause joined to the speech itself.
            speech = verb if self._speech_verb(verb) else None
        if speech is None and verb.dep_ == "ccomp" and self._speech_verb(verb.head):
            speech = verb.head
        if speech is None:
            return None
        for child in speech.children:
            if child.dep_ == "nsubj" and self.neuter_agrees(child.i) is not None:
                return child.i
        return None

    def resolve_neuter(self, token: Token) -> int | None:
        """The head index of the antecedent of an "it"/"its"/"itself", or None."""
        if self.quoted[token.i]:
            return None  # "it" in a quotation may be anything the speaker has in mind
        lower = token.lower_
        verb = token.head
        if lower in ("its", "itself"):
            in_apposition = False
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                in_apposition = in_apposition or verb.dep_ == "appos"
                verb = verb.head
            if in_apposition:
                return None  # "China, Pyongyang's ally and its lifeline": never China's
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                if self.neuter_agrees(subjects[0].i) is not None:
                    return subjects[0].i
                if subjects[0].tag_ in ("NN", "NNP") and subjects[0].i not in self.head_cluster:
                    return None  # "the plan kept its promise": the thing itself
            bound = self._speaker_of_content(verb)
            return None if bound is None or self._thing_before(token) else bound
        if lower != "it" or token.dep_ != "nsubj" or is_empty_it(token):
            return None
        bound = self._speaker_of_content(verb)
        if bound is not None:
            # "The foundation estimates that it would cost ...": a thing just talked about
            # (an "it" left unresolved, a thing as subject) is as likely as the speaker.
            return None if self._thing_before(token) else bound
        # "It said ...", "It revised the figure, citing an error": a speech verb, or a verb
        # that a speech participle shares its subject with.
        if self._speech_verb(verb) or any(
            c.dep_ == "advcl" and c.tag_ == "VBG" and self._speech_verb(c) for c in verb.children
        ):
            return self._last_speaker(token)
        return None

    def _thing_before(self, token: Token) -> bool:
        """Whether the sentence before, or this one up to the pronoun, talks of a thing "it"
        could continue: an "it" subject or an "its" left unresolved, or a singular common
        noun that is no actor as the subject of a verb other than a speech verb ("The plan
        is costly. The foundation says it would ...")."""
        here = sentence_index(self.doc)[token.i]
        first = self.sentence_starts[max(0, here - 1)]
        for index in range(first, token.i):
            candidate = self.doc[index]
            if index in self.head_cluster or self.quoted[index]:
                continue
            if candidate.lower_ in NEUTER:
                if candidate.dep_ == "poss" or (
                    candidate.dep_ == "nsubj" and not is_empty_it(candidate)
                ):
                    return True
            elif (
                candidate.dep_ in ("nsubj", "nsubjpass")
                and candidate.tag_ == "NN"
                and not self._speech_verb(candidate.head)  # "the statement said": a source
            ):
                return True
        return False

    def _last_speaker(self, token: Token) -> int | None:
        index_of = sentence_index(self.doc)
        here = index_of[token.i]
        first = self.sentence_starts[max(0, here - NEUTER_WINDOW)]
        speaker: int | None = None
        subject: int | None = None
        document: int | None = None
        for index in range(first, token.i):
            candidate = self.doc[index]
            if not candidate.dep_.startswith("nsubj") or self.quoted[index]:
                continue
            if index not in self.head_cluster and self._body_speaker(candidate):
                self._body_cluster(candidate)
            if self.neuter_agrees(index) is not None:
                subject = index
                if self._speech_verb(candidate.head):
                    speaker = index
            elif candidate.lemma_.lower() in _DOCUMENT_NOUNS and candidate.tag_ == "NN":
                document = index
        chosen = speaker if speaker is not None else subject
        if chosen is None or (document is not None and document > chosen):
            return None
        return chosen

    def _body_speaker(self, token: Token) -> bool:
        """A body named by a definite common noun as the subject of a speech verb ("the
        coalition said", "Zimbabwe's electoral commission declared")."""
        return (
            token.tag_ == "NN"
            and token.lemma_.lower() in _BODY_NOUNS
            and any(c.lower_ == "the" or c.dep_ == "poss" for c in token.children)
            and self._speech_verb(token.head)
        )

    def _body_cluster(self, token: Token) -> None:
        """An actor for a body the text names only by a common noun, one per place."""
        phrase = noun_phrase(token)
        name = clean(strip_determiner(phrase.text))
        facts = self.facts_from_tokens(phrase)
        cluster = self.cluster(f"organization@{phrase.start_char}", name, "organization", facts)
        cluster.add(*self.where(phrase.start_char, phrase.end_char))
        self.head_cluster[token.i] = cluster
