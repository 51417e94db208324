"""In-document actor resolution: every mention of a person, state, organisation or group,
merged into canonical actors ("Sen. John Kerry", "Mr Kerry", "the senator", "he").

The resolver works on a spaCy parse. Names come from the entity recogniser and the dictionary;
roles ("a German Foreign Ministry official") from noun phrases headed by a title noun; titles
and countries from appositions and pre-modifiers; pronouns and definite descriptions ("the
senator") from the most salient earlier mention that fits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from cablegram.actors.dictionary import ActorDictionary, Entry
from cablegram.records import Actor, ActorKind, ActorRecord, Mention, stable_id

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
GROUP_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our", "myself", "ourselves"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
DETERMINERS = frozenset({"a", "an", "the"})
# Entity labels that can name an actor; NORP only when it heads its noun phrase ("the French").
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# How far back (in sentences) a pronoun or a definite description looks for its antecedent.
ANTECEDENT_WINDOW = 4
# How far back (in tokens) "the senator" looks for the person who holds the title.
TITLE_WINDOW_TOKENS = 3000
# Roles whose holders work abroad: "diplomats in Vienna" are not Austrian.
_POSTED_ABROAD = frozenset(
    {
        "diplomat",
        "diplomats",
        "ambassador",
        "ambassadors",
        "envoy",
        "envoys",
        "correspondent",
        "correspondents",
        "journalist",
        "journalists",
        "reporter",
        "reporters",
    }
)
_PLACE_PREPOSITIONS = frozenset({"in", "from", "of", "inside", "throughout", "across", "within"})
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_EDGE_PUNCT = " \t\n,;:.!?\"'“”‘’()[]{}—–-"


@dataclass(slots=True)
class Cluster:
    """One canonical actor of the document and the places it is mentioned."""

    key: str
    name: str
    kind: ActorKind
    country: str | None = None
    role: str | None = None
    title: str | None = None
    mentions: list[Mention] = field(default_factory=list)

    @property
    def actor_id(self) -> str:
        if "@" in self.key:
            return stable_id(self.key)  # an unnamed "a spokesman": one per place in the text
        # Named actors share one id across documents: same kind, name and country.
        return stable_id(self.kind, self.name.lower(), self.country or "")

    def add(self, text: str, start: int, end: int) -> None:
        mention = Mention(text, start, end)
        if mention not in self.mentions:
            self.mentions.append(mention)

    def enrich(self, country: str | None, role: str | None, title: str | None) -> None:
        self.country = self.country or country
        self.role = self.role or role
        self.title = self.title or title

    def actor(self, text: str, start: int = -1, end: int = -1) -> Actor:
        return Actor(
            name=self.name,
            kind=self.kind,
            text=text,
            country=self.country,
            role=self.role,
            title=self.title,
            start=start,
            end=end,
            actor_id=self.actor_id,
        )


@dataclass(frozen=True, slots=True)
class _Facts:
    """What modifiers and appositions say about an actor."""

    country: str | None = None
    role: str | None = None
    title: str | None = None

    def filled_from(self, other: _Facts) -> _Facts:
        """These facts, with what they lack taken from ``other``."""
        return _Facts(
            self.country or other.country, self.role or other.role, self.title or other.title
        )


def _key(text: str) -> str:
    return " ".join(text.lower().replace("\u2019", "'").split())


def _strip_possessive(text: str) -> str:
    return _POSSESSIVE.sub("", text.strip())


def _clean(text: str) -> str:
    return " ".join(text.strip(_EDGE_PUNCT).split())


def noun_phrase(head: Token) -> Span:
    """The head's noun phrase up to the head: determiners and modifiers, no clauses after it."""
    doc = head.doc
    start = head.left_edge.i
    # A dateline or a lead-in set off by a dash is not part of the phrase ("BEIRUT — the army").
    for i in range(head.i - 1, start - 1, -1):
        if doc[i].text in ("—", "–", "--"):
            start = i + 1
            break
    # Skip an opening quote or bracket that the phrase begins with.
    while start < head.i and doc[start].is_punct and doc[start].text not in "[(":
        start += 1
    end = head.i + 1
    # Keep flat name tails ("George W. Bush") and "of" complements ("member of parliament").
    for child in head.rights:
        if child.dep_ in ("flat", "compound") or (
            child.dep_ == "prep" and child.lower_ == "of" and head.pos_ != "PROPN"
        ):
            end = max(end, child.right_edge.i + 1)
        else:
            break
    return doc[start:end]


class DocumentActors:
    """The actors of one parsed document, and lookups from spans to actors."""

    def __init__(self, parsed: Doc, dictionary: ActorDictionary, doc_id: str = "") -> None:
        self.doc = parsed
        self.text = parsed.text  # Doc.text rebuilds the string on every access
        self.dictionary = dictionary
        self.doc_id = doc_id
        self.clusters: dict[str, Cluster] = {}
        # Person clusters by each name token, to merge "Kerry" into "John Kerry".
        self._by_surname: dict[str, Cluster] = {}
        # Resolved (non-pronoun) mentions by head token index, for salience and lookups.
        self._head_cluster: dict[int, Cluster] = {}
        # Heads that name several actors at once ("French and German officials").
        self._head_group: dict[int, list[Cluster]] = {}
        self._quoted = _quoted_token_mask(parsed)
        self._sentence_starts = [sent.start for sent in parsed.sents]
        self._collect()

    # --- building ---------------------------------------------------------------------------

    def _collect(self) -> None:
        persons = [e for e in self.doc.ents if e.label_ == "PERSON"]
        # Longest names first, so that "John Kerry" is the canonical cluster for "Kerry".
        for ent in sorted(persons, key=lambda e: -len(self._person_name_tokens(e))):
            self._add_person(ent)
        for token in self.doc:
            if token.i in self._head_cluster or token.pos_ not in ("NOUN", "PROPN"):
                continue
            if token.dep_ in ("compound", "amod", "poss") and token.head.pos_ in ("NOUN", "PROPN"):
                # A modifier names its head's actor, not an actor of its own ("German official").
                if not (token.dep_ == "poss" or token.ent_type_ in ("ORG", "PERSON")):
                    continue
            self._resolve_head(token)
        # Pronouns last, in text order: each resolved "he" is an antecedent for the next one.
        for token in self.doc:
            if token.lower_ in PERSON_PRONOUNS and token.i not in self._head_cluster:
                self._resolve_pronoun(token)

    def _person_name_tokens(self, ent: Span) -> list[Token]:
        tokens = [t for t in ent if not t.is_punct or t.text == "."]
        # Strip honorifics and titles written as part of the name ("Sen.", "President").
        while tokens and (
            _key(tokens[0].text) in self.dictionary.honorifics
            or self.dictionary.title(tokens[0].text)
            or self._entry(tokens[0].text) is not None
        ):
            tokens = tokens[1:]
        if tokens and tokens[-1].text in ("'s", "’s", "'", "’"):
            tokens = tokens[:-1]
        return [t for t in tokens if t.text != "."] if len(tokens) > 1 else tokens

    def _person_cluster(self, name_tokens: Sequence[Token]) -> Cluster | None:
        if not name_tokens:
            return None
        first, last = name_tokens[0], name_tokens[-1]
        # The name as written between its first and last token ("al-Thani" keeps its hyphen).
        name = _strip_possessive(self.text[first.idx : last.idx + len(last.text)])
        name = " ".join(name.split())
        words = name.replace("-", " ").split() if name else []
        words = [w for w in name.split() if w]
        if not words:
            return None
        surname = words[-1].lower()
        cluster = self._by_surname.get(surname)
        if cluster is None:
            cluster = Cluster(key=f"person:{surname}", name=name, kind="person")
            self.clusters[cluster.key] = cluster
            self._by_surname[surname] = cluster
        elif len(words) > len(cluster.name.split()) and cluster.name.split()[-1] in words:
            cluster.name = name
        return cluster

    def _add_person(self, ent: Span) -> Cluster | None:
        name_tokens = self._person_name_tokens(ent)
        if not name_tokens or all(t.pos_ not in ("PROPN", "NOUN", "X") for t in name_tokens):
            return None
        name = " ".join(t.text for t in name_tokens)
        entry = self._entry(name)
        if entry is not None and entry.kind != "person":
            return None  # the recogniser took a country or an organisation for a person
        cluster = self._person_cluster(name_tokens)
        if cluster is None:
            return None
        head = ent.root
        facts = self._facts_for_name(head, ent)
        cluster.enrich(facts.country, facts.role, facts.title)
        known = self._entry(cluster.name)
        if known is not None and known.kind == "person":
            # A person the gazetteer knows: their country and role when the text gives none.
            cluster.name = known.name
            cluster.enrich(known.country, known.role, None)
        elif known is None and " " not in cluster.name:
            # Only a surname in the text ("Putin"): the gazetteer's one person of that name
            # lends a country and role, but the name stays as the text gives it.
            surname = self.dictionary.person_by_surname(cluster.name)
            if surname is not None:
                cluster.enrich(surname.country, surname.role, None)
        cluster.add(*self._where(ent.start_char, ent.end_char))
        for token in ent:
            self._head_cluster[token.i] = cluster
        return cluster

    def _where(self, start: int, end: int) -> tuple[str, int, int]:
        """A mention as written: its text and offsets without edge punctuation or spaces, so
        that ``text[start:end]`` is exactly the mention's text."""
        while start < end and self.text[start] in _EDGE_PUNCT:
            start += 1
        while end > start and self.text[end - 1] in _EDGE_PUNCT:
            end -= 1
        return self.text[start:end], start, end

    # --- facts from modifiers and appositions ------------------------------------------------

    def _entry(self, text: str) -> Entry | None:
        bare = _strip_possessive(text)
        entry = self.dictionary.entry(bare)
        if entry is None and bare[:1].isupper():
            # Names written with "the" ("The Economist") also stand without it.
            entry = self.dictionary.entry("the " + bare)
        return entry

    def _facts_from_tokens(self, tokens: Iterable[Token]) -> _Facts:
        """Country, role and title from a run of modifier or apposition tokens."""
        tokens = list(tokens)
        written = [_strip_possessive(t.text) for t in tokens]
        words = [_key(w) for w in written]
        # The title is the one the phrase is about: it holds the run's syntactic head
        # ("spokesman" in "Foreign Ministry spokesman", "member of parliament" in an apposition).
        inside = {t.i for t in tokens}
        roots = [n for n, t in enumerate(tokens) if t.head.i not in inside or t.head.i == t.i]
        title = self._longest_title(words, roots[0] if roots else None)
        country: str | None = None
        role: str | None = None
        org_country: str | None = None
        for span_len in (4, 3, 2, 1):
            for i in range(len(words) - span_len + 1):
                # As written, so that "U.S." and "US" (capitals only) are found.
                entry = self.dictionary.entry(" ".join(written[i : i + span_len]))
                if entry is None or entry.kind == "person":
                    continue
                # A country named outright ("Germany's", "French") outranks the home country
                # of an organisation that shares words with the phrase.
                if entry.via == "organization":
                    org_country = org_country or entry.country
                    role = role or entry.role
                elif country is None and entry.country:
                    country = entry.country
        country = country or org_country
        for word in words:
            honorific = self.dictionary.honorifics.get(word)
            if honorific and honorific[0] and role is None and title is None:
                role = honorific[0]
                title = honorific[1]
            country = country or self.dictionary.honorific_countries.get(word)
        if title is not None and role not in ("IGO", "NGO"):
            # "EU officials", "Red Cross officials" act for their organisation, not a state.
            found = self.dictionary.title(title)
            role = (found.role if found else None) or role
        return _Facts(country, role, title)

    def _longest_title(self, words: Sequence[str], head: int | None = None) -> str | None:
        """The title among the words: the one holding the phrase's head word if any, else the
        last one (nearest the name it precedes: "Foreign Ministry spokesman"), longest first."""
        best: tuple[tuple[bool, int, int], str] | None = None
        for span_len in (4, 3, 2, 1):
            for i in range(len(words) - span_len + 1):
                phrase = " ".join(words[i : i + span_len])
                # An honorific names its title in full: "Sen." is a senator.
                found = self.dictionary.honorifics.get(phrase, (None, None))[1]
                if not found and phrase in self.dictionary.titles:
                    found = phrase
                if not found:
                    continue
                holds_head = head is not None and i <= head < i + span_len
                rank = (holds_head, i + span_len, span_len)
                if best is None or rank > best[0]:
                    best = (rank, found)
        return best[1] if best else None

    def _facts_for_name(self, head: Token, name_span: Span | None = None) -> _Facts:
        """Facts about a named person: pre-modifiers ("French Foreign Minister") and appositions."""
        lo = name_span.start if name_span is not None else head.i
        hi = name_span.end if name_span is not None else head.i + 1
        phrase = noun_phrase(head)
        before = [t for t in self.doc[phrase.start : lo] if t.dep_ != "det"]
        inside = [t for t in self.doc[lo:hi]]
        facts = self._facts_from_tokens([*before, *inside])
        for child in head.children:
            if child.dep_ == "appos" and child.i > head.i:
                facts = facts.filled_from(self._facts_from_tokens(child.subtree))
        # "Little, a Pentagon spokesman" or "the spokesman, Little": apposition pointing back.
        if head.dep_ == "appos":
            facts = facts.filled_from(self._facts_from_tokens(noun_phrase(head.head)))
        return facts

    # --- resolving one head token -------------------------------------------------------------

    def _resolve_head(self, token: Token) -> list[Actor]:
        """The actors a noun-phrase head names (several for "Paris and Berlin"-like modifiers)."""
        if token.i in self._head_cluster:
            phrase = noun_phrase(token)
            members = self._head_group.get(token.i) or [self._head_cluster[token.i]]
            return [m.actor(*self._where(phrase.start_char, phrase.end_char)) for m in members]
        lower = token.lower_
        if lower in PERSON_PRONOUNS | GROUP_PRONOUNS:
            return self._resolve_pronoun(token)
        if lower in RELATIVE_PRONOUNS and token.dep_.startswith("nsubj"):
            clause = token.head
            if clause.dep_ == "relcl":
                return self._resolve_head(clause.head)
            return []
        if token.pos_ == "PRON":
            return []
        phrase = noun_phrase(token)
        entity = _entity_of(token)
        if entity is not None and entity.label_ == "PERSON":
            person = self._add_person(entity)
            if person is not None:
                return [person.actor(*self._where(phrase.start_char, phrase.end_char))]
            # The recogniser took a place or an organisation for a person ("Sri Lanka"): the
            # dictionary look-up below still finds it.
        # A dictionary name: the head with its compounds ("the Associated Press", "Nato").
        for candidate in self._name_candidates(token, phrase, entity):
            entry = self._entry(candidate.text)
            if entry is not None:
                if entry.via in ("demonym",) and token.dep_ in ("amod", "compound"):
                    return []
                cluster = self._dictionary_cluster(entry, candidate, phrase)
                return [cluster.actor(*self._where(phrase.start_char, phrase.end_char))]
        known = self._by_surname.get(_strip_possessive(token.text).lower())
        if known is not None and token.pos_ == "PROPN" and token.text[:1].isupper():
            # A surname the recogniser missed ("Ms Delgado") of a person already named in full.
            known.add(*self._where(phrase.start_char, phrase.end_char))
            self._head_cluster[token.i] = known
            return [known.actor(*self._where(phrase.start_char, phrase.end_char))]
        title = self.dictionary.title(token.lemma_) or self.dictionary.title(token.text)
        if title is not None:
            return self._resolve_role(token, phrase, title.text)
        if token.pos_ == "NOUN":
            # "the historian, Mary Beard,": a description the dictionary lacks, naming a person.
            for child in token.children:
                appositive = _entity_of(child) if child.dep_ == "appos" else None
                if appositive is not None and appositive.label_ == "PERSON":
                    person = self._add_person(appositive)
                    if person is not None:
                        self._head_cluster[token.i] = person
                        return [person.actor(*self._where(phrase.start_char, phrase.end_char))]
        if entity is not None and entity.label_ == "ORG":
            name = _clean(_strip_possessive(_strip_determiner(entity.text)))
            # Words before the name and inside it: "Nigerian Union of Teachers" is Nigerian.
            facts = self._facts_from_tokens(t for t in phrase if t.i < entity.end)
            cluster = self._cluster(f"org:{name.lower()}", name, "organization", facts)
            cluster.add(*self._where(phrase.start_char, phrase.end_char))
            self._head_cluster[token.i] = cluster
            return [cluster.actor(*self._where(phrase.start_char, phrase.end_char))]
        if (
            token.pos_ == "PROPN"
            and token.ent_type_ in ("", "PERSON")
            and self._has_title_modifier(token)
        ):
            # "[Pentagon spokesman] Little": a name the recogniser missed, after a title.
            name_tokens = [t for t in self.doc[phrase.start : token.i + 1] if t.pos_ == "PROPN"]
            name_tokens = [t for t in name_tokens if not self._is_descriptor(t)]
            named = self._person_cluster(name_tokens or [token])
            if named is not None:
                facts = self._facts_from_tokens(phrase)
                named.enrich(facts.country, facts.role, facts.title)
                named.add(*self._where(phrase.start_char, phrase.end_char))
                self._head_cluster[token.i] = named
                return [named.actor(*self._where(phrase.start_char, phrase.end_char))]
        return []

    def _is_descriptor(self, token: Token) -> bool:
        word = _key(_strip_possessive(token.text))
        return (
            word in self.dictionary.titles
            or word in self.dictionary.honorifics
            or word in self.dictionary.phrases
        )

    def _has_title_modifier(self, token: Token) -> bool:
        return any(
            self.dictionary.title(t.text) is not None or self.dictionary.title(t.lemma_) is not None
            for t in token.lefts
        ) or any(
            self.dictionary.title(t.lemma_) is not None for t in noun_phrase(token) if t != token
        )

    def _name_candidates(self, token: Token, phrase: Span, entity: Span | None) -> Iterable[Span]:
        if entity is not None:
            yield entity
            if entity[0].lower_ == "the":
                yield entity[1:]
        # The head with its compound modifiers, longest first ("Foreign Ministry", "Ministry").
        start = token.i
        while start > phrase.start and self.doc[start - 1].dep_ in ("compound", "amod", "nmod"):
            start -= 1
        for i in range(start, token.i + 1):
            yield self.doc[i : token.i + 1]

    def _dictionary_cluster(self, entry: Entry, candidate: Span, phrase: Span) -> Cluster:
        kind = entry.kind
        role = entry.role
        country = entry.country
        name = entry.name
        if entry.via == "demonym_plural":
            role = None  # "the Iranians": the people, not the government
            # A people named by where they live: "Bosnian Serbs", "Albanians in Serbia".
            located = self._place_of(candidate.root) or self._qualifying_country(
                candidate.root, entry
            )
            if located is not None and located != country:
                country = located
                name = _clean(_strip_determiner(phrase.text))
        facts = _Facts(country, role, None)
        cluster = self._cluster(f"{kind}:{name.lower()}", name, kind, facts)
        cluster.add(*self._where(phrase.start_char, phrase.end_char))
        self._head_cluster[candidate.root.i] = cluster
        return cluster

    def _cluster(self, key: str, name: str, kind: ActorKind, facts: _Facts) -> Cluster:
        cluster = self.clusters.get(key)
        if cluster is None:
            cluster = Cluster(key=key, name=name, kind=kind)
            self.clusters[key] = cluster
        cluster.enrich(facts.country, facts.role, facts.title)
        return cluster

    def _resolve_role(self, token: Token, phrase: Span, title: str) -> list[Actor]:
        """A title-headed phrase: an earlier person ("the senator") or a new role actor."""
        for child in token.children:
            # "Russia's foreign minister, Sergei Lavrov,": the title names the person after it.
            entity = _entity_of(child) if child.dep_ == "appos" else None
            if entity is not None and entity.label_ == "PERSON":
                person = self._add_person(entity)
                if person is not None:
                    facts = self._facts_from_tokens(phrase)
                    person.enrich(facts.country, facts.role, facts.title or title)
                    person.add(*self._where(phrase.start_char, phrase.end_char))
                    self._head_cluster[token.i] = person
                    return [person.actor(*self._where(phrase.start_char, phrase.end_char))]
        if token.dep_ == "appos" and token.head.i in self._head_cluster:
            cluster = self._head_cluster[token.head.i]
            self._head_cluster[token.i] = cluster
            return [cluster.actor(*self._where(phrase.start_char, phrase.end_char))]
        modifiers = [t for t in phrase if t.i != token.i and t.lower_ not in DETERMINERS]
        plural = token.tag_ in ("NNS", "NNPS")
        definite = phrase[0].lower_ == "the"
        if definite and not plural and not modifiers:
            earlier = self._earlier_person_with_title(token, title)
            if earlier is not None:
                earlier.add(*self._where(phrase.start_char, phrase.end_char))
                self._head_cluster[token.i] = earlier
                return [earlier.actor(*self._where(phrase.start_char, phrase.end_char))]
        name = _clean(_strip_determiner(phrase.text))
        facts = self._facts_from_tokens(phrase)
        if facts.country is None and title not in _POSTED_ABROAD:
            place = self._place_of(token)
            if place is not None:
                facts = _Facts(place, facts.role, facts.title)
        found_title = self.dictionary.title(title)
        kind: ActorKind = (
            "group" if plural or (found_title and found_title.kind == "group") else "person"
        )
        countries = self._coordinated_countries(phrase)
        if len(countries) > 1:
            # "French and German officials": one group for the statement, one actor per country.
            group = [
                self._cluster(
                    f"{kind}:{name.lower()}:{iso3}", name, kind, _Facts(iso3, facts.role, title)
                )
                for iso3 in countries
            ]
            for member in group:
                member.add(*self._where(phrase.start_char, phrase.end_char))
            self._head_cluster[token.i] = group[0]
            self._head_group[token.i] = group
            return [m.actor(*self._where(phrase.start_char, phrase.end_char)) for m in group]
        key = f"{kind}:{name.lower()}"
        if not definite and not plural:
            key += f"@{phrase.start_char}"  # "a spokesman" here is not "a spokesman" there
        cluster = self._cluster(key, name, kind, _Facts(facts.country, facts.role, title))
        cluster.add(*self._where(phrase.start_char, phrase.end_char))
        self._head_cluster[token.i] = cluster
        return [cluster.actor(*self._where(phrase.start_char, phrase.end_char))]

    def _qualifying_country(self, head: Token, entry: Entry) -> str | None:
        """The country of a demonym qualifying a people's name ("Bosnian" in "Bosnian Serbs")."""
        for child in head.children:
            if child.dep_ in ("amod", "compound") and child.i < head.i:
                found = self._entry(child.text)
                if found is not None and found.country and found.country != entry.country:
                    return found.country
        return None

    def _place_of(self, token: Token) -> str | None:
        """The country in a place phrase on a role noun: "security forces in Guinea"."""
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ not in _PLACE_PREPOSITIONS:
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                phrase = _strip_determiner(noun_phrase(pobj).text)
                entry = self._entry(phrase) or self._entry(pobj.text)
                if entry is not None and entry.country and entry.kind == "state":
                    return entry.country
        return None

    def _coordinated_countries(self, phrase: Span) -> list[str]:
        countries: list[str] = []
        for t in phrase:
            entry = self._entry(t.text)
            if entry is not None and entry.country and entry.country not in countries:
                countries.append(entry.country)
        has_conj = any(t.dep_ == "cc" for t in phrase)
        return countries if has_conj else countries[:1]

    def _earlier_person_with_title(self, token: Token, title: str) -> Cluster | None:
        best: Cluster | None = None
        for index in range(token.i - 1, max(-1, token.i - TITLE_WINDOW_TOKENS), -1):
            cluster = self._head_cluster.get(index)
            if cluster is not None and cluster.kind == "person" and cluster.title:
                if title in cluster.title or cluster.title in title:
                    best = cluster
                    break
        return best

    # --- pronouns -----------------------------------------------------------------------------

    def _resolve_pronoun(self, token: Token) -> list[Actor]:
        want_person = token.lower_ in PERSON_PRONOUNS
        best: tuple[tuple[int, int, int, int], int] | None = None
        sentence_index = _sentence_index(self.doc)
        here = sentence_index[token.i]
        token_quoted = self._quoted[token.i]
        first = self._sentence_starts[max(0, here - ANTECEDENT_WINDOW)]
        for index in range(first, token.i):
            cluster = self._head_cluster.get(index)
            if cluster is None or self._quoted[index] != token_quoted:
                continue
            distance = here - sentence_index[index]
            if distance > ANTECEDENT_WINDOW:
                continue
            if want_person != (cluster.kind == "person"):
                continue
            if not want_person and cluster.kind == "state":
                continue
            candidate = self.doc[index]
            score = (distance, _depth(candidate), _role_rank(candidate), -index)
            if best is None or score < best[0]:
                best = (score, index)
        if best is None:
            return []
        end = token.idx + len(token.text)
        members = self._head_group.get(best[1]) or [self._head_cluster[best[1]]]
        for member in members:
            member.add(token.text, token.idx, end)
        self._head_cluster[token.i] = members[0]
        if len(members) > 1:
            self._head_group[token.i] = members
        return [m.actor(token.text, token.idx, end) for m in members]

    # --- public -------------------------------------------------------------------------------

    def lookup(self, span: Span | Token) -> list[Actor]:
        """The actor(s) a noun phrase names; [] when it names none."""
        head = span if isinstance(span, Token) else span.root
        if head.lower_ in FIRST_PERSON:
            return []
        actors = self._resolve_head(head)
        if head.dep_ == "poss":
            return actors
        # "Paris and Berlin", "Israel and Lebanon": each conjunct names an actor of its own.
        for conj in head.conjuncts:
            if conj.i > head.i:
                actors.extend(a for a in self._resolve_head(conj) if a not in actors)
        return actors

    def name_as_person(self, token: Token) -> Actor | None:
        """A capitalised name the recogniser missed, taken as a person ("Little said")."""
        phrase = noun_phrase(token)
        name_tokens = [t for t in phrase if t.pos_ == "PROPN" and not self._is_descriptor(t)]
        if not name_tokens or self._entry(token.text) is not None or not token.text[:1].isupper():
            return None  # a name is capitalised: "ministry" tagged NNP is not a person
        cluster = self._person_cluster(name_tokens)
        if cluster is None:
            return None
        facts = self._facts_from_tokens(phrase)
        # A title standing just before the name in brackets or as a sibling ("[spokesman] Little").
        siblings = [t for t in token.head.children if t.i < token.i and t.dep_ == token.dep_]
        for sibling in siblings:
            facts = facts.filled_from(self._facts_from_tokens(noun_phrase(sibling)))
        cluster.enrich(facts.country, facts.role, facts.title)
        cluster.add(*self._where(phrase.start_char, phrase.end_char))
        self._head_cluster[token.i] = cluster
        return cluster.actor(*self._where(phrase.start_char, phrase.end_char))

    def speaker(self, span: Span | Token) -> Actor | None:
        """One actor for a speaker phrase: a coordinated group stays one group."""
        actors = self.lookup(span)
        if len(actors) <= 1:
            return actors[0] if actors else None
        first = actors[0]
        head = span if isinstance(span, Token) else span.root
        countries = {a.country for a in actors}
        names = {a.name for a in actors}
        if len(names) == 1 and len(countries) == 1:
            return first
        # "Kerry and Barnier", "French and German officials": the phrase as written.
        name = (
            first.name
            if len(names) == 1
            else _clean(_strip_determiner(self.doc[head.left_edge.i : head.right_edge.i + 1].text))
        )
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
        )

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
            )
        return tuple(merged.values())


def _strip_determiner(text: str) -> str:
    words = text.split()
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    return " ".join(words)


def _entity_of(token: Token) -> Span | None:
    if not token.ent_type_ or token.ent_type_ not in ACTOR_LABELS:
        return None
    # An index from token to entity, built once per document: looking through doc.ents for
    # every token would be quadratic on long documents.
    index = token.doc.user_data.get("cablegram_entity_index")
    if not isinstance(index, dict):
        index = {i: ent for ent in token.doc.ents for i in range(ent.start, ent.end)}
        token.doc.user_data["cablegram_entity_index"] = index
    found = index.get(token.i)
    return found if isinstance(found, Span) else None


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        token = token.head
        depth += 1
    return depth


def _role_rank(token: Token) -> int:
    dep = token.dep_
    if dep.startswith("nsubj"):
        return 0
    if dep in ("dobj", "dative", "appos", "attr"):
        return 1
    return 2


def _sentence_index(doc: Doc) -> list[int]:
    cached = doc.user_data.get("cablegram_sentence_index")
    if isinstance(cached, list):
        return cached
    index = [0] * len(doc)
    for number, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            index[i] = number
    doc.user_data["cablegram_sentence_index"] = index
    return index


def _quoted_token_mask(doc: Doc) -> list[bool]:
    """Which tokens stand inside quotation marks (as the quote pairing finds them)."""
    from cablegram.statements.quotes import quotes_of

    mask = [False] * len(doc)
    for quote in quotes_of(doc):
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is not None:
            for i in range(span.start, span.end):
                mask[i] = True
    return mask
