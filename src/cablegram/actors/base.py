"""What every part of the in-document resolver shares: the cluster of one actor's mentions,
the facts a phrase gives, text helpers, and the resolver's state.

The resolver is one class (:class:`cablegram.actors.resolve.DocumentActors`) assembled from
parts by job: mention finding (``mentions``), titles and descriptions (``descriptions``),
pronouns (``pronouns``) and country context (``context``). Each part is a mixin over
:class:`ResolverState`, which declares the state and the methods one part calls in another.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from cablegram.gazetteer.dictionary import ActorDictionary, Entry
from cablegram.gazetteer.dictionary import key as key

if TYPE_CHECKING:
    from cablegram.actors.era import Era
    from cablegram.actors.titled import TitleRun
from cablegram.records import Actor, ActorKind, Mention, stable_id

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
GROUP_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
FIRST_PERSON = frozenset(
    {"i", "me", "my", "mine", "we", "us", "our", "ours", "myself", "ourselves"}
)
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
# Roles whose actors say nothing of which state a story is about: wires, IGOs, NGOs.
NO_STATE_ROLES = frozenset({"MED", "IGO", "NGO"})
DETERMINERS = frozenset({"a", "an", "the"})
# Entity labels that can name an actor; NORP only when it heads its noun phrase ("the French").
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
EDGE_PUNCT = " \t\n,;:.!?\"'“”‘’()[]{}—–-"


@dataclass(slots=True)
class Cluster:
    """One canonical actor of the document and the places it is mentioned.

    ``identity`` is the dictionary's stable key for a known person or organisation (see
    :mod:`cablegram.actors.identity`); the actor id derives from it when set, so the same
    person has one id in every document.
    """

    key: str
    name: str
    kind: ActorKind
    country: str | None = None
    role: str | None = None
    title: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    identity: str | None = None
    code: str | None = None
    # An undecided name's namesakes (dictionary identities) that the document's era leaves
    # open ("George Bush" in an undated text): its id names them, see ``actor_id``.
    namesakes: tuple[str, ...] = ()
    # "he"/"she" once a pronoun of that gender or a gendered honorific names the actor.
    gender: str | None = None
    # The mentions as a set: adding one to an actor named a thousand times is a look-up.
    _seen: set[Mention] = field(default_factory=set, repr=False, compare=False)

    @property
    def actor_id(self) -> str:
        if self.identity:
            return stable_id("entry", self.identity)
        if self.namesakes:
            return stable_id("namesakes", *self.namesakes)
        if "@" in self.key:
            return stable_id(self.key)  # an unnamed "a spokesman": one per place in the text
        # Named actors share one id across documents: same kind, name and country.
        return stable_id(self.kind, self.name.lower(), self.country or "")

    def add(self, text: str, start: int, end: int) -> None:
        mention = Mention(text, start, end)
        if mention not in self._seen:
            self._seen.add(mention)
            self.mentions.append(mention)

    def enrich(
        self, country: str | None, role: str | None, title: str | None, code: str | None = None
    ) -> None:
        self.country = self.country or country
        self.role = self.role or role
        self.title = self.title or title
        if not self.country:
            self.code = self.code or code

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
            code=self.code,
        )


@dataclass(frozen=True, slots=True)
class Facts:
    """What modifiers and appositions say about an actor."""

    country: str | None = None
    role: str | None = None
    title: str | None = None
    # The CAMEO code of the international body the phrase names, for an actor with no
    # country who acts for it ("AU Special Representative": ``IGOAFRAFU``).
    code: str | None = None

    def filled_from(self, other: Facts) -> Facts:
        """These facts, with what they lack taken from ``other``; a body's code only while
        neither names a country ("European Parliament President X, a German Social
        Democrat," is German)."""
        country = self.country or other.country
        return Facts(
            country,
            self.role or other.role,
            self.title or other.title,
            None if country else self.code or other.code,
        )


def strip_possessive(text: str) -> str:
    return _POSSESSIVE.sub("", text.strip())


# Post-nominal letters of offices and honours, written after a name ("MP", "QC", "OBE").
POST_NOMINALS = frozenset(
    {"MP", "MEP", "MLA", "MPP", "MNA", "MSP", "QC", "KC", "OBE", "MBE", "CBE", "KBE", "DBE"}
)


# Adverbs at a phrase's edge ("the ministry later said", "Earlier an official"): no name's.
_EDGE_ADVERBS = frozenset({"later", "earlier", "meanwhile", "also", "then", "separately"})


def clean(text: str) -> str:
    words = text.strip(EDGE_PUNCT).split()
    while len(words) > 1 and words[-1].lower() in _EDGE_ADVERBS:
        words.pop()
    if len(words) > 1 and words[0].lower().rstrip(",") in _EDGE_ADVERBS:
        words = strip_determiner(" ".join(words[1:])).split() or words
    return " ".join(words).strip(EDGE_PUNCT)


def strip_determiner(text: str) -> str:
    words = text.split()
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    return " ".join(words)


def prep_heads_clause(child: Token) -> bool:
    """A preposition heading a clause ("vessels [of firing water cannon at boats]"): what
    the phrase's noun is accused of or did, not part of its name."""
    return child.dep_ == "prep" and any(
        g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG" for g in child.children
    )


def noun_phrase(head: Token) -> Span:
    """The head's noun phrase up to the head: determiners and modifiers, no clauses after it."""
    doc = head.doc
    start = head.left_edge.i
    # A dateline or a lead-in set off by a dash is not part of the phrase ("BEIRUT — the army").
    for i in range(head.i - 1, start - 1, -1):
        # A hyphen with spaces on both sides is a dash too ("BRUSSELS - EU governments").
        spaced = (
            doc[i].text == "-" and i > 0 and bool(doc[i - 1].whitespace_ and doc[i].whitespace_)
        )
        if doc[i].text in ("—", "–", "--") or spaced:
            start = i + 1
            break
    # Skip an opening quote or bracket that the phrase begins with.
    while start < head.i and doc[start].is_punct and doc[start].text not in "[(":
        start += 1
    end = head.i + 1
    # Keep flat name tails ("George W. Bush") and "of" complements ("member of parliament"),
    # not an "of" heading a clause ("vessels [of firing water cannon]": what they did).
    for child in head.rights:
        if child.dep_ in ("flat", "compound") or (
            child.dep_ == "prep"
            and child.lower_ == "of"
            and head.pos_ != "PROPN"
            and not prep_heads_clause(child)
        ):
            end = max(end, child.right_edge.i + 1)
        else:
            break
    return doc[start:end]


def entity_of(token: Token) -> Span | None:
    """The actor-like entity (person, organisation, place, group) the token stands in."""
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


def set_entities(doc: Doc, spans: list[Span]) -> None:
    """Replace ``doc.ents`` with ``spans`` and drop :func:`entity_of`'s index built on the old
    ones, so that every rule rewriting entity spans keeps that cache right."""
    doc.ents = spans
    doc.user_data.pop("cablegram_entity_index", None)


class ResolverState:
    """The state of one document's resolution, shared by the resolver's parts.

    The methods below are implemented by the parts; they are declared here so that each part
    can call another's with its types checked.
    """

    doc: Doc
    text: str
    dictionary: ActorDictionary
    doc_id: str
    # The document's date (ISO, "YYYY-MM-DD") when known: dated offices resolve against it.
    date: str | None
    clusters: dict[str, Cluster]
    # Person clusters by each name token, to merge "Kerry" into "John Kerry".
    by_surname: dict[str, Cluster]
    # Resolved (non-pronoun) mentions by head token index, for salience and lookups.
    head_cluster: dict[int, Cluster]
    # Heads that name several actors at once ("French and German officials").
    head_group: dict[int, list[Cluster]]
    quoted: list[bool]
    sentence_starts: list[int]
    # Set once every mention of the document is resolved; later clusters are identified at once.
    collected: bool = False
    # Set once every name of the first pass has its identity: the era can then be read.
    era_ready: bool = False

    def where(self, start: int, end: int) -> tuple[str, int, int]:
        """A mention as written: its text and offsets without edge punctuation or spaces, so
        that ``text[start:end]`` is exactly the mention's text, and without words the parser
        hung before the name that are none of it (see :func:`namespans.mention_start`)."""
        from cablegram.actors.namespans import mention_end, mention_start

        start = mention_start(self.doc, start, end)
        end = mention_end(self.text, start, end)
        while start < end and self.text[start] in EDGE_PUNCT:
            start += 1
        while end > start and self.text[end - 1] in EDGE_PUNCT:
            end -= 1
        return self.text[start:end], start, end

    def entry(self, text: str) -> Entry | None:
        """The dictionary entry a phrase names, with or without a leading "the"; none for a
        capital's name the document uses for a town (:mod:`cablegram.actors.townnames`)."""
        bare = strip_possessive(text)
        if bare.lower() in self.towns():
            return None
        found = self.dictionary.entry(bare)
        if found is None and bare[:1].isupper():
            # Names written with "the" ("The Economist") also stand without it.
            found = self.dictionary.entry("the " + bare)
        return found

    _towns: frozenset[str] | None = None

    def towns(self) -> frozenset[str]:
        """Capital words this document uses as towns' names ("Athens, Ga."), read once."""
        if self._towns is None:
            from cablegram.actors.townnames import town_namesakes

            self._towns = frozenset()  # town_namesakes looks words up through entry
            self._towns = town_namesakes(self)
        return self._towns

    def cluster(self, cluster_key: str, name: str, kind: ActorKind, facts: Facts) -> Cluster:
        """The cluster under ``cluster_key``, made on first use and enriched with ``facts``."""
        found = self.clusters.get(cluster_key)
        if found is None:
            found = Cluster(key=cluster_key, name=name, kind=kind)
            self.clusters[cluster_key] = found
        found.enrich(facts.country, facts.role, facts.title)
        return found

    # --- implemented by the parts ------------------------------------------------------------

    def add_person(self, ent: Span) -> Cluster | None:
        raise NotImplementedError

    def person_cluster(self, name_tokens: Sequence[Token]) -> Cluster | None:
        raise NotImplementedError

    def name_as_person(self, token: Token) -> Actor | None:
        raise NotImplementedError

    def titled_person(self, ent: Span, cluster_facts: Facts) -> tuple[Facts, TitleRun | None]:
        raise NotImplementedError

    def subject_description(self, ent: Span, start: int) -> tuple[Span, Facts] | None:
        raise NotImplementedError

    def is_place_word(self, token: Token) -> bool:
        raise NotImplementedError

    def resolve_head(self, token: Token) -> list[Actor]:
        raise NotImplementedError

    def resolve_pronoun(self, token: Token) -> list[Actor]:
        raise NotImplementedError

    def resolve_role(self, token: Token, phrase: Span, title: str) -> list[Actor]:
        raise NotImplementedError

    def facts_from_tokens(self, tokens: Iterable[Token]) -> Facts:
        raise NotImplementedError

    def facts_for_name(self, head: Token, name_span: Span | None = None) -> Facts:
        raise NotImplementedError

    def is_descriptor(self, token: Token) -> bool:
        raise NotImplementedError

    def has_title_modifier(self, token: Token) -> bool:
        raise NotImplementedError

    def place_of(self, token: Token) -> str | None:
        raise NotImplementedError

    def place_phrase_country(self, token: Token) -> str | None:
        raise NotImplementedError

    def qualifying_country(self, head: Token, entry: Entry) -> str | None:
        raise NotImplementedError

    def coordinated_countries(self, phrase: Span) -> list[str]:
        raise NotImplementedError

    def is_subnational(self, token: Token) -> bool:
        raise NotImplementedError

    def subdivision_country(self, token: Token) -> str | None:
        raise NotImplementedError

    def state_country(self, tokens: Sequence[Token]) -> str | None:
        raise NotImplementedError

    def story_country(self) -> str | None:
        raise NotImplementedError

    def the_country(self, token: Token) -> str | None:
        raise NotImplementedError

    def earlier_body(self, token: Token, words: list[str]) -> Cluster | None:
        raise NotImplementedError

    def definite_body(self, token: Token, phrase: Span) -> list[Actor]:
        raise NotImplementedError

    def subject_state_before(self, token: Token, passive: bool = False) -> str | None:
        raise NotImplementedError

    def person_tagged_org(self, entity: Span) -> Span | None:
        raise NotImplementedError

    def add_evidence(self, cluster: Cluster) -> None:
        raise NotImplementedError

    def identify(self, cluster: Cluster) -> None:
        raise NotImplementedError

    def era(self) -> Era | None:
        raise NotImplementedError

    def dateline_country(self) -> str | None:
        raise NotImplementedError

    def foreign_namesake(self, entry: Entry, candidate: Sequence[Token]) -> bool:
        raise NotImplementedError


def first_person(token: Token) -> bool:
    """ "we", "I", "our" (but not "US", the country, which lower-cases the same)."""
    return token.lower_ in FIRST_PERSON and not (token.text.isupper() and len(token.text) > 1)
