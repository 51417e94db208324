"""In-document actor resolution: every mention of a person, state, organisation or group,
merged into canonical actors ("Sen. John Kerry", "Mr Kerry", "the senator", "he").

The resolver works on a spaCy parse. Names come from the entity recogniser and the dictionary;
roles ("a German Foreign Ministry official") from noun phrases headed by a title noun; titles
and countries from appositions and pre-modifiers; pronouns and definite descriptions ("the
senator") from the mention that grammar and salience pick. Its parts live in modules by job:

* ``namespans``: person names the recogniser cut short ("Dr. A. K Abdul" + "Momen"), made whole;
* ``mentions``: names and noun-phrase heads -> clusters (``quantities``: "10,000 troops");
* ``titled``: a title run before a name ("AU Special Representative to Somalia X");
* ``descriptions``: titles, descriptions and appositions; ``referents``: the earlier person or
  body a description stands for, or the office holder on the document's date;
* ``context``: countries from place phrases, and states that share a country's name;
* ``evidence``: countries from the text around a mention (party tags, staff, campaigns);
* ``pronouns``: agreement, clause binding, speakers, salience;
* ``identity`` and ``codes``: the dictionary identity (actor id) and CAMEO-style code.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from cablegram.actors.acronyms import define_acronyms
from cablegram.actors.base import (
    FIRST_PERSON,
    Cluster,
    clean,
    first_person,
    noun_phrase,
    strip_determiner,
)
from cablegram.actors.conjoined import split_conjoined_persons
from cablegram.actors.context import CountryContext
from cablegram.actors.demonymnames import split_fused_demonyms
from cablegram.actors.descriptions import Descriptions
from cablegram.actors.doctokens import quoted_token_mask
from cablegram.actors.era import DocumentEra
from cablegram.actors.evidence import CountryEvidence
from cablegram.actors.identity import Identity
from cablegram.actors.mentions import MentionFinder
from cablegram.actors.namespans import repair_person_spans
from cablegram.actors.outlets import relabel_outlets
from cablegram.actors.phrases import described_speaker
from cablegram.actors.pronouns import Pronouns
from cablegram.actors.titled import TitledNames
from cablegram.gazetteer.dictionary import ActorDictionary
from cablegram.records import Actor, ActorRecord, stable_id

__all__ = ["FIRST_PERSON", "DocumentActors", "noun_phrase"]

# Quantifiers that distribute a verb over a group's members: "Germany and Poland each said".
_DISTRIBUTIVE = frozenset({"each", "both", "all", "alone", "together", "jointly"})


class DocumentActors(
    MentionFinder,
    TitledNames,
    Descriptions,
    CountryContext,
    CountryEvidence,
    Pronouns,
    Identity,
    DocumentEra,
):
    """The actors of one parsed document, and lookups from spans to actors.

    ``date`` is the document's date (ISO); with it, "the French foreign minister" resolves to
    the holder of that office and "George Bush" to the father or the son.
    """

    def __init__(
        self, parsed: Doc, dictionary: ActorDictionary, doc_id: str = "", date: str | None = None
    ) -> None:
        self.doc = parsed
        self.text = parsed.text  # Doc.text rebuilds the string on every access
        self.dictionary = dictionary
        self.doc_id = doc_id
        self.date = date
        self.clusters: dict[str, Cluster] = {}
        self.by_surname: dict[str, Cluster] = {}
        self.head_cluster: dict[int, Cluster] = {}
        self.head_group: dict[int, list[Cluster]] = {}
        split_fused_demonyms(parsed, dictionary.entry)  # "German Ortega": Ortega, of Germany
        repair_person_spans(parsed, self._never_in_a_name, self._given_name, self._state_name)
        split_conjoined_persons(parsed)
        relabel_outlets(parsed, self._state_name)
        define_acronyms(parsed)
        self.quoted = quoted_token_mask(parsed)
        self.sentence_starts = [sent.start for sent in parsed.sents]
        self.collect()

    def _never_in_a_name(self, token: Token) -> bool:
        """A title, honorific or dictionary name: no part of a person's name."""
        return self.is_descriptor(token) or self.entry(token.text) is not None

    def _given_name(self, token: Token) -> bool:
        word = token.text.lower()
        return word in self.dictionary.given_names and self.dictionary.title(word) is None

    def _state_name(self, token: Token) -> bool:
        found = self.entry(token.text)
        return found is not None and found.kind == "state"

    # --- public -------------------------------------------------------------------------------

    def lookup(self, span: Span | Token) -> list[Actor]:
        """The actor(s) a noun phrase names; [] when it names none."""
        head = span if isinstance(span, Token) else span.root
        if first_person(head):
            return []
        actors = self.resolve_head(head)
        if head.dep_ == "poss":
            return actors
        # "Paris and Berlin", "Israel and Lebanon": each conjunct names an actor of its own.
        for conj in head.conjuncts:
            if conj.i > head.i:
                actors.extend(a for a in self.resolve_head(conj) if a not in actors)
        return actors

    def speaker(self, span: Span | Token) -> Actor | None:
        """One actor for a speaker phrase: a coordinated group stays one group."""
        actors = self.lookup(span)
        if not actors:
            # "The Trump campaign said": no actor of its own, but its words give a country.
            head = span if isinstance(span, Token) else span.root
            return described_speaker(self, head)
        if len(actors) == 1:
            return actors[0]
        first = actors[0]
        head = span if isinstance(span, Token) else span.root
        countries = {a.country for a in actors}
        names = {a.name for a in actors}
        if len(names) == 1 and len(countries) == 1:
            return first
        # "Kerry and Barnier", "French and German officials": the phrase as written.
        name = first.name if len(names) == 1 else self._group_name(head)
        return Actor(
            name=name,
            kind="group",
            text=first.text if len(names) == 1 else name,
            country=countries.pop() if len(countries) == 1 else None,
            role=first.role if len({a.role for a in actors}) == 1 else None,
            title=first.title if len(names) == 1 else None,
            start=first.start,
            end=first.end,
            actor_id=stable_id("group", name.lower()),
            code=first.code if len({a.code for a in actors}) == 1 else None,
        )

    def _group_name(self, head: Token) -> str:
        """A coordinated speaker phrase as written, without a floating quantifier that only
        distributes the verb over its members ("Germany and Poland each said")."""
        members = {head.i, *(c.i for c in head.conjuncts)}
        words = [
            t
            for t in self.doc[head.left_edge.i : head.right_edge.i + 1]
            if not (t.lower_ in _DISTRIBUTIVE and t.head.i in members)
        ]
        return clean(strip_determiner("".join(t.text_with_ws for t in words)))

    def records(self) -> tuple[ActorRecord, ...]:
        """One record per canonical actor; clusters that met under one identity are merged."""
        merged: dict[str, ActorRecord] = {}
        for c in sorted(self.clusters.values(), key=lambda c: (c.kind, c.name)):
            if not c.mentions:
                continue
            record = merged.get(c.actor_id)
            mentions = set(c.mentions) | set(record.mentions if record else ())
            merged[c.actor_id] = ActorRecord(
                doc_id=self.doc_id,
                actor_id=c.actor_id,
                name=c.name,
                kind=c.kind,
                country=c.country,
                role=(record.role if record else None) or c.role,
                title=(record.title if record else None) or c.title,
                mentions=tuple(sorted(mentions, key=lambda m: (m.start, m.end))),
                code=(record.code if record else None) or c.code,
            )
        return tuple(merged.values())
