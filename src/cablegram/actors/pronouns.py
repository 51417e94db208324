"""Pronoun resolution by grammar, then salience.

Rules, in order:

1. **Agreement.** "he"/"she" forms take a person whose gender is unknown or agrees. Gender
   comes only from evidence in the document: honorifics ("Mr", "Ms", "Lord", "Lady"),
   gendered titles ("spokeswoman", "congressman", "queen"), and a "he"/"she" outside
   quotations that can mean one person only (the only person named in the window, and no
   unnamed "husband" or "aide" beside them). A pronoun chosen by salience among several
   candidates does not fix it, since one wrong binding would then mislead every later one;
   first names are never used to guess;
   "they" forms take a group, an organisation or a coordinated set, never a place: a country
   named as a place is never an antecedent.
2. **Clause structure.** A possessive ("his invasion") or reflexive ("himself") binds first to
   the subject of its own clause ("as Putin continues his invasion" -> Putin). An object
   pronoun ("Putin told him") never binds to the subject of its own clause, nor a
   possessive to the person its own phrase names ("his spokesman, Sam Ode" is not Ode's).
3. **Speakers.** The subject of a speech verb ("he said") prefers the person who was last the
   subject of a speech verb before it, unless another candidate stands more than
   :data:`SPEAKER_REACH` sentence nearer, or the subject of a clause above that verb in its
   own sentence binds it ("a list of countries he said ..." under "Trump included").
4. **Salience.** Otherwise the nearest sentence, then the shallowest mention, then subjects
   before objects, then the latest mention.

The window is :data:`ANTECEDENT_WINDOW` sentences; a pronoun inside a quotation looks only at
mentions inside quotations and vice versa.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache

from spacy.tokens import Token

from cablegram.actors.base import Cluster
from cablegram.actors.doctokens import sentence_index, tensed
from cablegram.actors.gender import (
    FEMININE,
    HONORIFIC_GENDER,
    MASCULINE,
    PERSON_NOUNS,
    REFLEXIVE,
    pronoun_gender,
    title_gender,
)
from cablegram.actors.neuter import NEUTER, NeuterPronouns
from cablegram.actors.salience import depth, may_be_they, role_rank, unlikely_accuser
from cablegram.datafiles import package_text
from cablegram.records import Actor

# How far back (in sentences) a pronoun looks for its antecedent.
ANTECEDENT_WINDOW = 4
# How many sentences further back than the most salient candidate the last speaker may be and
# still be preferred by a speech verb's subject pronoun.
SPEAKER_REACH = 1
_OBJECT_DEPS = frozenset({"dobj", "dative", "pobj", "iobj", "obj"})


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """The speech verb lemmas of ``data/speech_cues.toml``."""
    raw = tomllib.loads(package_text("speech_cues.toml"))
    return frozenset(raw["speech_verbs"])


# Acts of communication that are no speech verb: issuing a statement or the like
# ("released a statement", "issued a communique") and public judgements ("denounced").
_ISSUING_VERBS = frozenset(
    {"release", "issue", "publish", "send", "deliver", "give", "make", "put", "read"}
)
_STATEMENT_NOUNS = frozenset(
    {
        "statement",
        "communique",
        "communiqué",
        "message",
        "letter",
        "note",
        "video",
        "memo",
        "response",
        "rebuttal",
        "declaration",
        "release",
        "speech",
        "interview",
        "remark",
        "comment",
        "address",
        "editorial",
        "column",
        "op-ed",
        "appeal",
        "plea",
        "warning",
    }
)
_JUDGING_VERBS = frozenset(
    {
        "criticise",
        "criticize",
        "condemn",
        "denounce",
        "decry",
        "blast",
        "slam",
        "praise",
        "accuse",
        "rebuke",
        "deplore",
        "hail",
    }
)


def communicates(verb: Token) -> bool:
    """Whether a verb's act is one of communication that is no speech verb: issuing a
    statement-like object ("released a statement", "issued a communique", "gave an
    interview") or a public judgement ("denounced the count", "praised the deal"). False
    for other acts ("signed the bill", "dismissed the case", "chased him")."""
    lemma = verb.lemma_.lower()
    if lemma in _JUDGING_VERBS:
        return True
    return lemma in _ISSUING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _STATEMENT_NOUNS for c in verb.children
    )


def clause_subject(token: Token) -> Token | None:
    """The subject of the clause a token stands in: up the tree to the first verb with one."""
    node = token
    for _ in range(20):
        head = node.head
        if head.i == node.i:
            return None
        node = head
        if node.pos_ in ("VERB", "AUX"):
            for child in node.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.i != token.i:
                    return child
            if node.dep_ not in ("xcomp", "aux", "auxpass"):
                return None  # a clause without a subject of its own
    return None


class Pronouns(NeuterPronouns):
    """Resolves personal pronouns to clusters of the document."""

    def speech_lemmas(self) -> frozenset[str]:
        return speech_verbs()

    def gender_of(self, cluster: Cluster) -> str | None:
        """The cluster's grammatical gender when the text shows it, else None."""
        if cluster.gender is None:
            for mention in cluster.mentions:
                # The honorific may be inside the mention ("Mr Stein") or just before it.
                before = self.text[max(0, mention.start - 12) : mention.start].split()[-1:]
                for word in [*before, *mention.text.split()[:1]]:
                    if word.lower() in HONORIFIC_GENDER:
                        cluster.gender = HONORIFIC_GENDER[word.lower()]
                if cluster.gender is not None:
                    break
            if cluster.gender is None:
                cluster.gender = title_gender(cluster.title or "")
        return cluster.gender

    def note_unambiguous(self, token: Token, first: int) -> None:
        """Learn a person's gender from a "he"/"she" that has no other person to refer to:
        the only person named in the window before it, with no unnamed person ("a
        spokesman", "the senator") beside them. Later pronouns of the other gender then skip
        this person ("Kemp spoke. He said ... Ana Ruiz replied. She said" -> Ruiz)."""
        gender = pronoun_gender(token.lower_)
        if gender is None or self.quoted[token.i]:
            return  # inside a quotation "he" may be anyone the speaker has in mind
        if any(
            self.doc[index].lemma_.lower() in PERSON_NOUNS
            for index in range(first, token.i)
            if index not in self.head_cluster
        ):
            return  # "Ana Ruiz met her husband. He said": someone unnamed could be meant
        persons = {
            id(c): c
            for index in range(first, token.i)
            if (c := self.head_cluster.get(index)) is not None and c.kind in ("person", "group")
        }
        if len(persons) != 1:
            return
        (only,) = persons.values()
        if only.kind == "person" and "@" not in only.key and only.gender is None:
            if self.gender_of(only) is None:
                only.gender = gender

    def _agrees(self, cluster: Cluster, token: Token) -> bool:
        lower = token.lower_
        if lower in MASCULINE | FEMININE:
            if cluster.kind != "person":
                return False
            gender = self.gender_of(cluster)
            return gender is None or gender == pronoun_gender(lower)
        # "they": groups, organisations; never a place or a single person.
        return cluster.kind in ("group", "organization")

    def _speaker_antecedent(self, token: Token, first: int) -> int | None:
        """The head index of the last person who was the subject of a speech verb before the
        pronoun ("Fowler said ..., and he noted"; "X said. ... He added"), within the window."""
        verbs = speech_verbs()
        for index in range(token.i - 1, first - 1, -1):
            candidate = self.doc[index]
            if not candidate.dep_.startswith("nsubj") or candidate.head.lemma_ not in verbs:
                continue
            if self.quoted[index] != self.quoted[token.i]:
                continue  # '"... Obama saying 'vote' ...," she said': a speaker quoted, not hers
            cluster = self.head_cluster.get(index)
            if cluster is not None and self._agrees(cluster, token):
                return index
        return None

    def resolve_pronoun(self, token: Token) -> list[Actor]:
        index_of = sentence_index(self.doc)
        here = index_of[token.i]
        first = self.sentence_starts[max(0, here - ANTECEDENT_WINDOW)]
        self.note_unambiguous(token, first)
        chosen: int | None = None
        subject = clause_subject(token)
        bound_subject = subject is not None and subject.i in self.head_cluster
        lower = token.lower_
        if lower in NEUTER:
            chosen = self.resolve_neuter(token)
            if chosen is None:
                return []
        elif (token.dep_ == "poss" or lower in REFLEXIVE) and bound_subject and subject is not None:
            own = self._own_phrase(token)  # "His spokesman, Sam Ode, said": not Ode
            bound = self.head_cluster[subject.i]
            if self._agrees(bound, token) and not any(bound is c for c in own):
                chosen = subject.i
        if chosen is None:
            exclude = subject.i if (token.dep_ in _OBJECT_DEPS and subject is not None) else None
            chosen = self._salient(token, first, here, exclude, self._own_phrase(token))
            if (
                token.dep_.startswith("nsubj")
                and token.head.lemma_ in speech_verbs()
                and not self.quoted[token.i]
            ):
                binder = self._embedding_subject(token)
                speaker = None if binder is not None else self._speaker_antecedent(token, first)
                if binder is not None:
                    chosen = binder
                # The last speaker wins unless someone else was named clearly nearer (more
                # than one sentence nearer): "X said ... Y called for ... he said" is Y.
                if speaker is not None and (
                    chosen is None
                    or (
                        index_of[chosen] - index_of[speaker] <= SPEAKER_REACH
                        and not self._new_topic(chosen, speaker)
                    )
                ):
                    chosen = speaker
        if chosen is None:
            return []
        bound = self.head_cluster[chosen]
        if unlikely_accuser(self.doc[chosen], bound.kind, token, bound.role):
            return []  # "They have alleged fraud" is not the electoral commission, by any rule
        end = token.idx + len(token.text)
        members = self.head_group.get(chosen) or [self.head_cluster[chosen]]
        for member in members:
            member.add(token.text, token.idx, end)
        self.head_cluster[token.i] = members[0]
        if len(members) > 1:
            self.head_group[token.i] = members
        return [m.actor(token.text, token.idx, end) for m in members]

    def _embedding_subject(self, token: Token) -> int | None:
        """Rule ``embedding_subject``: the subject of a clause that holds the pronoun's own
        speech verb binds it before the last speaker does: "Trump included Peru on a list of
        countries he said had sent ..." is Trump, whoever spoke in the sentence before. Only a
        subject named in the same sentence, of a verb above the speech verb in the parse, reached
        without crossing a coordination ("X spoke, and he said" is left to the other rules);
        it must agree with the pronoun, come before it and stand on the same side of any
        quotation mark; a subject whose own phrase holds the pronoun, or one with another
        agreeing actor named between it and the pronoun, binds none."""
        verb = token.head
        while verb.head.i != verb.i and verb.dep_ != "conj":
            verb = verb.head
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None:
                continue
            # The nearest subject above decides: one that is no actor, or disagrees, binds none;
            # so does one of a clause without tense ("with Weaver standing behind him as he
            # urged ...": an absolute, which describes the scene, not who speaks).
            if not tensed(verb) or subject.i > token.i:
                return None  # nor one after the pronoun ("He added ..., should Reed attempt")
            cluster = self.head_cluster.get(subject.i)
            if cluster is None or self.quoted[subject.i] != self.quoted[token.i]:
                return None
            if any(t.i == token.i for t in subject.subtree) or self._rival(cluster, subject, token):
                return None  # "Kerr, whom he said he respected": not Kerr; or two who could be
            return subject.i if self._agrees(cluster, token) else None
        return None

    def _rival(self, cluster: Cluster, subject: Token, token: Token) -> bool:
        """Whether another actor who agrees with the pronoun is named between the binding
        subject and it ("Judge Penn sentenced Marsh for crimes he said he regretted": Marsh may
        be the one who said so), which leaves the pronoun to the other rules."""
        for index in range(subject.i + 1, token.i):
            other = self.head_cluster.get(index)
            if other is not None and other is not cluster and self._agrees(other, token):
                return True
        return False

    def _new_topic(self, chosen: int, speaker: int) -> bool:
        """Whether the most salient candidate became the topic after the last speaker: the
        subject of a main clause of a later sentence whose act is itself one of
        communication ("Haq said .... Erdogan released a statement. He says ..." is Erdogan),
        so the speech verb's pronoun continues it. Any other act leaves the last speaker:
        "Kim said ... . Governor Moss signed it. 'A betrayal,' she said" is Kim."""
        index_of = sentence_index(self.doc)
        if index_of[chosen] <= index_of[speaker] or self.quoted[chosen]:
            return False
        candidate = self.doc[chosen]
        verb = candidate.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head  # "Trump spoke and ...": the first verb of the coordination
        return candidate.dep_ == "nsubj" and verb.dep_ == "ROOT" and communicates(candidate.head)

    def _own_phrase(self, token: Token) -> list[Cluster]:
        """The actors a possessive's own phrase names: "his spokesman, Sam Ode" is not Ode's
        spokesman, so "his" is never Ode."""
        if token.dep_ != "poss":
            return []
        noun = token.head
        named = [noun, *(c for c in noun.children if c.dep_ == "appos")]
        if noun.dep_ == "appos":
            named.append(noun.head)
        found = [self.head_cluster.get(t.i) for t in named]
        return [c for c in found if c is not None]

    def _salient(
        self,
        token: Token,
        first: int,
        here: int,
        exclude: int | None,
        others: list[Cluster] | None = None,
    ) -> int | None:
        index_of = sentence_index(self.doc)
        token_quoted = self.quoted[token.i]
        excluded = self.head_cluster.get(exclude) if exclude is not None else None
        best: tuple[tuple[int, int, int, int], int] | None = None
        for index in range(first, token.i):
            cluster = self.head_cluster.get(index)
            if cluster is None or self.quoted[index] != token_quoted or cluster is excluded:
                continue
            if others and any(cluster is other for other in others):
                continue
            if token.lower_ not in MASCULINE | FEMININE and not may_be_they(self.doc[index]):
                continue
            distance = here - index_of[index]
            if distance > ANTECEDENT_WINDOW:
                continue
            members = self.head_group.get(index)
            if members and token.lower_ not in MASCULINE | FEMININE:
                pass  # "French and German officials ... they": the set agrees with "they"
            elif not self._agrees(cluster, token):
                continue
            candidate = self.doc[index]
            score = (distance, depth(candidate), role_rank(candidate), -index)
            if best is None or score < best[0]:
                best = (score, index)
        if best is None:
            return None
        chosen = self.head_cluster[best[1]]
        if unlikely_accuser(self.doc[best[1]], chosen.kind, token, chosen.role):
            # "They have alleged fraud" is not the electoral commission, and no farther
            # mention either: the pronoun stays unresolved (precision first).
            return None
        return best[1]
