"""Mention finding: names of persons, dictionary names (states, organisations, peoples) and
organisations the recogniser found, each turned into a cluster of the document."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from cablegram.actors import things
from cablegram.actors.aboutplace import clear_place_named_bodies
from cablegram.actors.acronyms import long_form
from cablegram.actors.base import (
    GROUP_PRONOUNS,
    PERSON_PRONOUNS,
    POST_NOMINALS,
    RELATIVE_PRONOUNS,
    Cluster,
    entity_of,
    key,
    noun_phrase,
    strip_possessive,
)
from cablegram.actors.cataphora import tie_descriptions
from cablegram.actors.credits import in_credit
from cablegram.actors.eraholders import tie_to_era_holders
from cablegram.actors.forces import fold_state_forces
from cablegram.actors.headlines import common_words_only, describing_lead, headline_name_end
from cablegram.actors.knownwords import known_word, opposition_as_stance
from cablegram.actors.labels import read_labels
from cablegram.actors.missednames import name_as_person
from cablegram.actors.names import BodyNames, name_head, with_name
from cablegram.actors.namesakebodies import fold_namesake_bodies
from cablegram.actors.neuter import NEUTER
from cablegram.actors.nominees import NOT_THE_HOLDER
from cablegram.actors.officenames import is_titled_body
from cablegram.actors.outlets import BROADCAST_TITLES, broadcast_title, in_outlet_name
from cablegram.actors.quantities import is_quantity, is_time_zone
from cablegram.actors.shortbodies import fold_short_bodies
from cablegram.actors.surnamestates import surname_not_state
from cablegram.actors.things import in_hyphen_modifier, names_a_thing
from cablegram.actors.titled import is_predicative
from cablegram.gazetteer.spelling import same_person, surname_of, variant_of
from cablegram.records import Actor


class MentionFinder(BodyNames):
    """Finds the document's named mentions and resolves one noun-phrase head at a time."""

    def collect(self) -> None:
        """Resolve every mention of the document, names first, then heads, then pronouns."""
        persons = [
            Span(self.doc, e.start, e.end, label="PERSON") if e.label_ == "GPE" else e
            for e in self.doc.ents
            if e.label_ == "PERSON" or self.member_tagged_place(e)
        ]
        # Longest names first, so that "John Kerry" is the canonical cluster for "Kerry".
        for ent in sorted(persons, key=lambda e: -len(self._person_name_tokens(e))):
            self.add_person(ent)
        read_labels(self)  # "LAVROV:" of a transcript is the Lavrov named in the text
        for token in self.doc:
            if token.i in self.head_cluster or token.pos_ not in ("NOUN", "PROPN"):
                continue
            if self._part_of_title(token):
                continue  # "Interior" of "Interior Minister", "State" of "Secretary of State"
            if in_hyphen_modifier(token):
                continue  # "rebel" of "rebel-held Karmuz"
            if token.dep_ in ("compound", "amod", "poss") and token.head.pos_ in ("NOUN", "PROPN"):
                # A modifier names its head's actor, not an actor of its own ("German official").
                if not (token.dep_ == "poss" or token.ent_type_ in ("ORG", "PERSON")):
                    continue
                if self.person_as_modifier(token):
                    continue
            self.resolve_head(token)
        # Pronouns last, in text order: each resolved "he" is an antecedent for the next one.
        for token in self.doc:
            if token.lower_ in PERSON_PRONOUNS | NEUTER and token.i not in self.head_cluster:
                self.resolve_pronoun(token)
        for cluster in self.clusters.values():
            self.identify(cluster)
        # Once every name has its identity the document's era can be read; names it was
        # wanted for ("George Bush" in an undated text) are identified again with it.
        self.era_ready = True
        for cluster in self.clusters.values():
            if cluster.namesakes:
                self.identify(cluster)
        fold_namesake_bodies(self)  # "ZTE" / "ZTE Corp", "Abu Sayyaf militants"
        fold_short_bodies(self)  # "the Observatory" / "the Syrian Observatory for Human Rights"
        tie_to_era_holders(self, NOT_THE_HOLDER)  # "Spain's Socialist prime minister", undated
        # Evidence from around the mentions, once every person's country is known; bodies
        # first, so that "ministry spokesman X" can take the country of "the Foreign Ministry".
        for cluster in sorted(self.clusters.values(), key=lambda c: c.kind == "person"):
            self.add_evidence(cluster)
        clear_place_named_bodies(self)  # "the International Syria Support Group": no SYR
        # "Pakistan's leader said ... . Shehbaz Sharif, the prime minister,": one person.
        tie_descriptions(self)
        fold_state_forces(self)  # "the Syrian army", "Syrian troops": one body
        self.collected = True

    def _part_of_title(self, token: Token) -> bool:
        """A word that is part of its head's title ("Interior" of "The Interior Minister",
        "State" of "Secretary of State"), not an actor of its own, whatever the recogniser
        tagged it."""
        head = token.head
        if token.dep_ == "compound":
            names = [f"{token.text} {word}" for word in (head.text, head.lemma_)]
        elif token.dep_ == "pobj" and head.lower_ == "of" and head.head.i == head.i - 1:
            names = [f"{word} of {token.text}" for word in (head.head.text, head.head.lemma_)]
        else:
            return False
        return any(key(name) in self.dictionary.titles for name in names)

    def _person_name_tokens(self, ent: Span) -> list[Token]:
        tokens = [t for t in ent if not t.is_punct or t.text == "."]
        # A name never runs across lines: a headline and the line under it are not one name.
        breaks = [n for n, t in enumerate(tokens) if t.is_space and "\n" in t.text]
        tokens = tokens[: breaks[0]] if breaks else tokens
        # Strip honorifics and titles written as part of the name ("Sen.", "President"), and
        # a possessive the recogniser took in from the word before ("Panetta’s Richard ...").
        while tokens and (
            tokens[0].text in ("'s", "’s", "'", "’")
            or key(tokens[0].text) in self.dictionary.honorifics
            or self.dictionary.title(tokens[0].text)
            or self.entry(tokens[0].text) is not None
        ):
            tokens = tokens[1:]
        if tokens and tokens[-1].text in ("'s", "’s", "'", "’"):
            tokens = tokens[:-1]
        # A describing word a headline or a sentence starts with is no given name when the
        # rest is a known surname: "Derelict Obama", "Double Standard Clinton", "Injecting
        # Clinton's"; not "Rose Kennedy" (no adjective) nor a given name the dictionary knows.
        while len(tokens) > 1 and describing_lead(self.dictionary, tokens[0], tokens[-1]):
            tokens = tokens[1:]
        # A headline's words after a known surname: "Obama Seeks New Path", "Obama Speech".
        tokens = tokens[: headline_name_end(self.dictionary, tokens)]
        # Post-nominal letters are no part of the name: "Abdul Momen MP", "Jane Roe QC".
        while len(tokens) > 1 and tokens[-1].text.rstrip(".") in POST_NOMINALS:
            tokens = tokens[:-1]
        return [t for t in tokens if t.text != "."] if len(tokens) > 1 else tokens

    def person_cluster(self, name_tokens: Sequence[Token]) -> Cluster | None:
        if not name_tokens:
            return None
        first, last = name_tokens[0], name_tokens[-1]
        # The name as written between its first and last token ("al-Thani" keeps its hyphen).
        name = strip_possessive(self.text[first.idx : last.idx + len(last.text)])
        # An editor's bracket inside the name is none of it: "(Chief Josep) Borrell".
        words = name.replace(")", " ").replace("]", " ").split()
        if not words:
            return None
        name = " ".join(words)
        surname = surname_of(words)
        cluster = self.by_surname.get(surname) or self._variant_surname(surname)
        if cluster is None and len(words) == 1:
            # A given name alone ("Hillary") of the one person of the text who has it.
            given = [c for c in self.clusters.values() if _given_name(c) == surname]
            cluster = given[0] if len(given) == 1 else None
        if cluster is not None and not same_person(cluster.name, name):
            # "George W. Bush" and "George H. W. Bush" in one text: two people.
            cluster = self.clusters.get(f"person:{name.lower()}")
        if cluster is None:
            cluster_key = f"person:{surname}"
            if cluster_key in self.clusters:
                cluster_key = f"person:{name.lower()}"
            cluster = Cluster(key=cluster_key, name=name, kind="person")
            self.clusters[cluster.key] = cluster
            self.by_surname.setdefault(surname, cluster)
        elif len(words) > len(cluster.name.split()) and cluster.name.split()[-1] in words:
            cluster.name = name
        return cluster

    def known_word(self, word: str) -> bool:
        """See :func:`cablegram.actors.knownwords.known_word`."""
        return known_word(self, word)

    def _variant_surname(self, surname: str) -> Cluster | None:
        """The one person of the text whose surname is a spelling variant of this one
        ("Zareef" after "Javad Zarif"); None when none or several are."""
        found = {id(c): c for s, c in self.by_surname.items() if variant_of(s, surname)}
        return next(iter(found.values())) if len(found) == 1 else None

    def add_person(self, ent: Span) -> Cluster | None:
        if self.org_tagged_person(ent) or self.names_a_place(ent[-1], ent) or in_credit(ent[0]):
            return None
        if names_a_thing(ent, self.known_word):
            return None  # "the aircraft carrier Harry S. Truman", "Shinto shrines"
        whole = self.entry(ent.text)
        if whole is not None and whole.kind != "person":
            return None  # "Burkina Faso" tagged as a person is not "Faso"
        name_tokens = self._person_name_tokens(ent)
        if not name_tokens or all(t.pos_ not in ("PROPN", "NOUN", "X") for t in name_tokens):
            return None
        if len(name_tokens) == len(ent) and common_words_only(self.dictionary, name_tokens):
            return None  # "Correction Appended": no title before it, no name in it
        name = " ".join(t.text for t in name_tokens)
        entry = self.entry(name)
        if entry is not None and entry.kind != "person":
            return None  # the recogniser took a country or an organisation for a person
        cluster = self.person_cluster(name_tokens)
        if cluster is None:
            return None
        head = ent.root
        facts, run = self.titled_person(ent, self.facts_for_name(head, ent))
        cluster.enrich(facts.country, facts.role, facts.title, facts.code)
        start = ent[1].idx if len(ent) > 1 and ent[0].text in ("'s", "’s") else ent.start_char
        if run is not None:
            # "AU Special Representative to Somalia Francisco Madeira": one mention.
            start = self.doc[run.start].idx
            for token in self.doc[run.start : ent.start]:
                if token.pos_ in ("NOUN", "PROPN") and not token.ent_type_:
                    self.head_cluster[token.i] = cluster
        described = self.subject_description(ent, run.start if run else ent.start)
        if described is not None:
            # "The AU Special Representative for Somalia, Ambassador X has called": one person.
            phrase, more = described
            cluster.enrich(None, more.role, more.title, more.code)
            if more.code and not cluster.country:
                cluster.role = "IGO"  # an ambassador who heads an AU mission acts for the AU
            cluster.add(*self.where(phrase.start_char, phrase.end_char))
            for token in phrase:
                if self.dictionary.title(token.lemma_) or self.dictionary.title(token.text):
                    self.head_cluster[token.i] = cluster
        last = name_tokens[-1]
        cut = [t for t in ent if t.i > last.i and t.is_alpha and t.text not in POST_NOMINALS]
        # Words cut off the name end its mention too: "Obama Seeks New Path On Trade".
        end = last.idx + len(last.text) if cut else ent.end_char
        cluster.add(*self.where(start, end))
        for token in ent:
            self.head_cluster[token.i] = cluster
        if self.collected:
            self.identify(cluster)  # a name first met while statements are resolved
            self.add_evidence(cluster)
        return cluster

    # --- resolving one head token -------------------------------------------------------------

    def resolve_head(self, token: Token) -> list[Actor]:
        """The actors a noun-phrase head names (several for "Paris and Berlin"-like modifiers)."""
        if token.i in self.head_cluster:
            phrase = noun_phrase(token)
            members = self.head_group.get(token.i) or [self.head_cluster[token.i]]
            return [m.actor(*self.where(phrase.start_char, phrase.end_char)) for m in members]
        lower = token.lower_
        if lower in PERSON_PRONOUNS | GROUP_PRONOUNS | NEUTER:
            return self.resolve_pronoun(token)
        if lower in RELATIVE_PRONOUNS and token.dep_.startswith("nsubj"):
            clause = token.head
            if clause.dep_ == "relcl":
                return self.resolve_head(clause.head)
            return []
        if token.pos_ == "PRON" or is_quantity(token) or is_time_zone(token) or in_credit(token):
            return []  # "10,000 troops", "10:00 BST"; "REUTERS/Jane Roe/File Photo": no actor
        entity = entity_of(token)
        if entity is not None and names_a_thing(entity, self.known_word):
            return []  # "Obama's State of the Union", "Art Deco buildings"
        if entity is not None and entity.root.pos_ in ("VERB", "AUX"):
            # A span the recogniser drew across a verb ("Warning to State Department"): no
            # name; the words around the head are read as they stand.
            entity = None
        defined = long_form(token) if token.text.isupper() else None
        if defined is not None:
            # "USAID said" after "the U.S. Agency for International Development (USAID)".
            self.resolve_head(defined.root)
            cluster = self.head_cluster.get(defined.root.i)
            if cluster is not None:
                where = self.where(*_bounds(noun_phrase(token)))
                cluster.add(*where)
                self.head_cluster[token.i] = cluster
                return [cluster.actor(*where)]
        inner = name_head(token, entity)
        if inner is not None:
            # "United" of "the United Nations": the name's head speaks for the whole name.
            return self.resolve_head(inner)
        phrase = with_name(noun_phrase(token), entity)
        if self.names_a_place(token, entity):
            return []  # "ISTANBUL (Reuters) -", "the Line of Control", "the LoC"
        if entity is not None and entity.label_ == "PERSON" and self.org_tagged_person(entity):
            return self.org_cluster(entity, token, phrase)  # "news agency Rossiya Segodnya"
        if entity is not None and entity.label_ == "ORG":
            entity = self.person_tagged_org(entity) or entity
        if entity is not None and entity.label_ == "PERSON":
            person = self.add_person(entity)
            if person is not None:
                return [person.actor(*self.where(phrase.start_char, phrase.end_char))]
            # The recogniser took a place or an organisation for a person ("Sri Lanka"): the
            # dictionary look-up below still finds it.
        # A dictionary name: the head with its compounds ("the Associated Press", "Nato");
        # not a person's surname ("Portugal said" after "Murilo Portugal").
        surname = surname_not_state(self, token)
        for candidate in [] if surname else self.name_candidates(token, phrase, entity):
            entry = self.entry(candidate.text)
            if entry is not None and self.cuts_a_name(candidate, entity):
                continue  # "Social Democratic Party" is not the "Democratic Party"
            if entry is not None and self.another_states(entry, candidate, phrase):
                continue  # "the Pakistani Foreign Office" is not the UK's "Foreign Office"
            if entry is not None and self.foreign_namesake(entry, list(candidate)):
                continue  # "the head of Congress" in a story about Venezuela
            if entry is not None:
                if entry.via in ("demonym",) and token.dep_ in ("amod", "compound"):
                    return []
                if entry.kind == "organization" and things.generic_plural(candidate):
                    continue  # "ties at the level of defense departments"
                if entry.kind == "state" and in_outlet_name(candidate.root, entity):
                    continue  # "CNN Turk": the outlet, read as an organisation below
                if entry.kind == "state" and things.not_the_state(token, entry.via, self.entry):
                    return []  # "an Argentine", "broadcaster CNN-Turk"
                if entry.kind == "state" and self.is_subnational(candidate.root):
                    return []  # "Georgia Governor ...": the US state, not the country
                cluster = self.dictionary_cluster(entry, candidate, phrase)
                self.head_cluster[token.i] = cluster
                return [cluster.actor(*self.where(phrase.start_char, phrase.end_char))]
        word = strip_possessive(token.text).lower()
        known = self.by_surname.get(word) or self._variant_surname(word)
        given = [
            t.text
            for t in phrase
            if t.pos_ == "PROPN" and t.i < token.i and not self.is_descriptor(t)
        ]
        if (
            given
            and known is not None
            and not same_person(known.name, " ".join([*given, token.text]))
        ):
            known = None  # "Ivanka Trump" is not the "Donald Trump" named before
        if known is not None and token.pos_ == "PROPN" and token.text[:1].isupper():
            # A surname the recogniser missed ("Ms Delgado") of a person already named in full.
            known.add(*self.where(phrase.start_char, phrase.end_char))
            self.head_cluster[token.i] = known
            return [known.actor(*self.where(phrase.start_char, phrase.end_char))]
        taken_up = self.definite_body(token, phrase)  # "the agency" after the EPA
        if taken_up:
            return taken_up
        title = self.dictionary.title(token.lemma_) or self.dictionary.title(token.text)
        if title is not None and title.text in BROADCAST_TITLES and not broadcast_title(token):
            title = None  # "the host, Kenya", "the anchor of the coalition": no broadcaster
        if title is not None and is_predicative(token):
            return []  # "whoever becomes president", "confirmed as secretary": an office
        if title is not None and token.lower_ == "opposition" and opposition_as_stance(self, token):
            return []  # "Netanyahu's aggressive opposition": his opponents' stance, no body
        if title is not None and title.kind == "group" and token.tag_ not in ("NNS", "NNPS"):
            body = self.ministry_cluster(phrase, self.facts_from_tokens(phrase).country)
            if body is not None:
                # "the Mali Foreign Ministry", "the Malian Ministry": one body of the state.
                where = self.where(phrase.start_char, phrase.end_char)
                body.add(*where)
                self.head_cluster[token.i] = body
                return [body.actor(*where)]
        if title is not None:
            return self.resolve_role(token, phrase, title.text)
        if token.pos_ == "NOUN":
            # "the historian, Mary Beard,": a description the dictionary lacks, naming a person.
            for child in token.children:
                appositive = entity_of(child) if child.dep_ == "appos" else None
                if appositive is not None and appositive.label_ == "PERSON":
                    person = self.add_person(appositive)
                    if person is not None:
                        self.head_cluster[token.i] = person
                        return [person.actor(*self.where(phrase.start_char, phrase.end_char))]
        if entity is not None and entity.label_ == "ORG":
            if any(t.lower_ in ("a", "an") and t.head.i == token.i for t in phrase):
                return []  # "a Reagan-style Great Realignment": a name is definite
            return self.org_cluster(entity, token, phrase)
        if token.pos_ == "PROPN" and is_titled_body(self, token, phrase):
            # "the Prime Minister's Office", "the Lagos General Hospital": a body's name.
            return self.org_cluster(phrase, token, phrase)
        if (
            token.pos_ == "PROPN"
            and token.ent_type_ in ("", "PERSON")
            and self.has_title_modifier(token)
        ):
            # "[Pentagon spokesman] Little": a name the recogniser missed, after a title.
            # The name is the run after the last title or body name: "Amara Diallo" of "UN
            # Special Envoy Amara Diallo".
            words = list(self.doc[phrase.start : token.i + 1])
            last = max(
                (t.i for t in words if self.is_descriptor(t) or self.entry(t.text)), default=-1
            )
            name_tokens = [t for t in words if t.pos_ == "PROPN" and t.i > last]
            named = self.person_cluster(name_tokens or [token])
            if named is not None:
                facts = self.facts_from_tokens(phrase)
                named.enrich(facts.country, facts.role, facts.title, facts.code)
                named.add(*self.where(phrase.start_char, phrase.end_char))
                self.head_cluster[token.i] = named
                return [named.actor(*self.where(phrase.start_char, phrase.end_char))]
        return []

    def name_as_person(self, token: Token) -> Actor | None:
        """See :func:`cablegram.actors.missednames.name_as_person`."""
        return name_as_person(self, token)


def _given_name(cluster: Cluster) -> str | None:
    """The first word of a person cluster's full name ("hillary"), None for other clusters."""
    words = cluster.name.split()
    return words[0].lower() if cluster.kind == "person" and len(words) > 1 else None


def _bounds(span: Span) -> tuple[int, int]:
    return span.start_char, span.end_char
