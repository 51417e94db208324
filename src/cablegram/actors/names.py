"""Names of bodies, peoples and groups: a recognised name or a dictionary name turned into the
document's cluster, with the mention spanning the whole name as written.

* a word inside a recognised name ("United" of "the United Nations") speaks for the name's
  head (:func:`name_head`), and a proper noun's phrase is widened to the whole name
  (:func:`with_name`: "the Council on Foreign Relations", not "the Council");
* a possessor is no part of a body's name ("Blair's Coalition of the Willing");
* a dictionary name is looked up with its compounds, longest first, and not when a shorter
  match cuts a longer name ("Social Democratic Party" is not the "Democratic Party") or words
  left out give the body to another state;
* a state's people ("the Iranians") are a group of their own beside the state, named
  "Iran (people)";
* a state's ministry is one body however written (:mod:`cablegram.actors.bodies`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Span, Token

from cablegram.actors.acronyms import acronym_of
from cablegram.actors.allegiance import of_allegiance
from cablegram.actors.base import (
    DETERMINERS,
    Cluster,
    Facts,
    clean,
    noun_phrase,
    strip_determiner,
    strip_possessive,
)
from cablegram.actors.bodies import is_ministry_name, ministry_of
from cablegram.actors.kinds import NameKinds, in_dateline
from cablegram.actors.officenames import (
    leading_titles,
    office_possessor,
    office_start,
    titles_in_name,
)
from cablegram.gazetteer.dictionary import Entry
from cablegram.records import Actor


class BodyNames(NameKinds):
    """Clusters for recognised and dictionary names of bodies, peoples and groups."""

    def ministry_cluster(self, tokens: Iterable[Token], country: str | None) -> Cluster | None:
        """The cluster of the state ministry a phrase names (see :mod:`cablegram.actors.
        bodies`): "the Mali Foreign Ministry" and "the Malian Ministry of Foreign Affairs" are
        one; "the Malian Ministry" and "the Foreign Ministry" are the one such ministry named
        before. None when the phrase names no ministry, or no country and none named before."""
        words = []
        for token in tokens:
            if token.is_punct or token.lower_ in DETERMINERS or token.tag_ == "POS":
                continue
            entry = self.entry(strip_possessive(token.text))
            if entry is not None and entry.kind == "state" and entry.country in (None, country):
                continue  # "Mali", "Malian", "Mali's"
            words.append(token.text)
        for k, word in enumerate(words):
            entry = self.entry(" ".join(words[k + 1 :])) if word.lower() == "of" else None
            if entry is not None and entry.kind == "state" and entry.country in (None, country):
                words = words[:k]  # "the Foreign Ministry of South Korea"
                break
        canonical = ministry_of(words)
        if country is None or canonical is None:
            found = [
                c
                for c in self.clusters.values()
                if c.kind == "organization"
                and is_ministry_name(c.name, canonical)
                and (country is None or c.country == country)
            ]
            if canonical is None and [w.lower() for w in words] != ["ministry"]:
                return None
            return found[0] if len(found) == 1 else None
        name = f"{canonical} of {self.dictionary.country_name(country)}"
        return self.cluster(
            f"organization:{name.lower()}", name, "organization", Facts(country, "GOV", None)
        )

    def org_cluster(self, entity: Span, token: Token, phrase: Span) -> list[Actor]:
        known = self.body_tail(entity)
        if known is not None:
            # "the Obama White House" tagged as a person: the White House (kinds.py).
            the = entity.start > 0 and entity[0].nbor(-1).lower_ == "the"
            whole = self.doc[entity.start - the : entity.end]
            owned = self.dictionary_cluster(known[0], known[1], whole)
            for word in entity:
                self.head_cluster[word.i] = owned
            return [owned.actor(*self.where(whole.start_char, whole.end_char))]
        owner = max((t.i for t in entity if t.tag_ == "POS" and t.i < token.i), default=-1)
        titled = office_possessor(self, token)
        if owner >= 0 and titled is not None:
            owner = -1  # "the Prosecutor's Office": the office's own name (actors.officenames)
        named = entity if owner < 0 else self.doc[owner + 1 : entity.end]
        if titled is not None:
            # "the Attorney General's Office" the recogniser cut to "General's Office": the
            # whole title in the possessive is the name's.
            named = self.doc[min(named.start, office_start(titled)) : named.end]
        elif owner < 0:
            # "King Faisal Specialist Hospital" the recogniser cut to "Faisal ...": a title
            # right before a name ending in an organisation word is the name's first word.
            named = self.doc[leading_titles(self, named) : named.end]
        # "Blair's Coalition of the Willing": the possessor is another actor, not the name.
        name = clean(strip_possessive(strip_determiner(named.text)))
        # Words before the name and inside it: "Nigerian Union of Teachers" is Nigerian.
        # "General Motors", "Lagos General Hospital": a title inside the name is no role.
        in_name = titles_in_name(self, named)
        if in_dateline(self.doc, entity.root):  # "BEIRUT (Reuters) -": not of the filing place
            in_name |= {t.i for t in phrase if in_dateline(self.doc, t)}
            credited = self.entry(name)
            if credited is not None and credited.kind == "organization":
                owned = self.dictionary_cluster(credited, named, phrase)  # the agency's own
                self.head_cluster[token.i] = owned
                return [owned.actor(*self.where(phrase.start_char, phrase.end_char))]
        facts = self.facts_from_tokens(t for t in phrase if t.i < entity.end and t.i not in in_name)
        body = self.ministry_cluster(named, facts.country)
        cluster = body or self.cluster(
            self.body_key(f"org:{name.lower()}", facts.country), name, "organization", facts
        )
        cluster.add(*self.where(phrase.start_char, phrase.end_char))
        self.head_cluster[token.i] = cluster
        if self.collected:
            self.add_evidence(cluster)  # an organisation first met while statements are read
        return [cluster.actor(*self.where(phrase.start_char, phrase.end_char))]

    def body_key(self, cluster_key: str, country: str | None) -> str:
        """The cluster key of a body named ``cluster_key`` that its phrase ties to ``country``:
        two states' bodies of one name are two actors ("Brazil's Senate" and "Australia's
        Senate", "the Egyptian parliament" and "the Iraqi parliament"), so a body tied to
        another state than the one already under the key gets a key of its own. A body the
        phrase ties to no state joins the one under the plain key."""
        found = self.clusters.get(cluster_key)
        if country is None or found is None or found.country in (None, country):
            return cluster_key
        return f"{cluster_key} ({country})"  # no "@": the id stays kind, name and country

    def cuts_a_name(self, candidate: Span, entity: Span | None) -> bool:
        """Whether a shorter candidate starts inside a longer recognised name and leaves out a
        word of it that names nothing by itself ("Social" of "Social Democratic Party"); a
        country or people left out is fine ("German" of "German Foreign Ministry")."""
        if entity is None or not entity.start < candidate.start < entity.end:
            return False
        cut = [
            t
            for t in self.doc[entity.start : candidate.start]
            if not t.is_punct and t.lower_ not in DETERMINERS and t.lower_ not in ("'s", "’s")
        ]
        return any(self.entry(t.text) is None for t in cut)

    def name_candidates(self, token: Token, phrase: Span, entity: Span | None) -> Iterable[Span]:
        # The head with its compound modifiers, longest first ("Foreign Ministry", "Ministry").
        start = token.i
        while start > phrase.start and self.doc[start - 1].dep_ in ("compound", "amod", "nmod"):
            start -= 1
        if entity is not None:
            # A longer name the recogniser cut ("DR" + "Congo") before the part it tagged.
            for i in range(start, min(entity.start, token.i + 1)):
                if self.entry(self.doc[i : token.i + 1].text) is not None:
                    yield self.doc[i : token.i + 1]
            yield entity
            if entity[0].lower_ == "the":
                yield entity[1:]
            acronym = acronym_of(token)
            if acronym is not None:
                yield self.doc[acronym.i : acronym.i + 1]  # the long form of a known "USAID"
        for i in range(start, token.i + 1):
            yield self.doc[i : token.i + 1]

    def another_states(self, entry: Entry, candidate: Span, phrase: Span) -> bool:
        """A body of one state matched by a generic name ("Foreign Office", "Defence
        Ministry") that words left out of the match give to another state; a group of one
        state that a demonym gives to another ("the Pakistani Taliban")."""
        if entry.kind not in ("organization", "group") or not entry.country:
            return False
        if entry.via == "demonym_plural":  # "Bosnian Serbs": a people, placed elsewhere
            return False
        # Left out: the words before the match, and a possessor that the look-up strips
        # from the match itself ("Pakistan's Foreign Office").
        top = candidate.root
        while top.dep_ in ("compound", "flat") and top.head != top:
            top = top.head  # "Foreign" in "Pakistan's Foreign Office": the whole phrase
        whole = noun_phrase(top) if top.i >= phrase.end - 1 else phrase
        owner = max((t.i for t in candidate if t.tag_ == "POS"), default=candidate.start - 1)
        left_out = [
            t for t in whole if (t.i < candidate.start or t.i <= owner) and not of_allegiance(t)
        ]
        if not left_out:
            return False
        named = self.facts_from_tokens(left_out).country
        return named is not None and named != entry.country

    def foreign_namesake(self, entry: Entry, candidate: Sequence[Token]) -> bool:
        """A state's body matched by a bare generic name ("Congress", "the Justice
        Department") in a story about another state, with no word of the body's own state in
        the sentence ("Venezuela's ... the head of Congress" is not the US Congress): the
        name stands for the story state's namesake body (:data:`GENERIC_BODY_WORDS`). A story
        filed from the body's own state keeps it ("WASHINGTON - ... Iran ... Congress")."""
        if entry.kind != "organization" or not entry.country:
            return False
        words = {t.lower_.strip(".") for t in candidate if not t.is_punct}
        if not words or not words <= GENERIC_BODY_WORDS:
            return False
        dateline = self.dateline_country()
        if dateline == entry.country:
            return False  # "WASHINGTON - ... Congress": filed from the body's own state
        story = self.story_country() or dateline
        if story is None or story == entry.country:
            return False
        inside = {t.i for t in candidate}
        for token in candidate[0].sent:
            if token.pos_ not in ("PROPN", "ADJ", "NOUN") or token.i in inside:
                continue
            found = self.entry(strip_possessive(token.text))
            if found is not None and found.kind == "state" and found.country == entry.country:
                return False  # "U.S. lawmakers said Congress would vote"
        return True

    def dictionary_cluster(self, entry: Entry, candidate: Span, phrase: Span) -> Cluster:
        kind = entry.kind
        role = entry.role
        country = entry.country
        name = entry.name
        if entry.via == "demonym_plural":
            # "the Iranians": the people, a group of its own beside the state "Iran", and
            # named so that the listing says which ("Iran (people)").
            role = None
            name = people_name(name)
            # A people named by where they live: "Bosnian Serbs", "Albanians in Serbia".
            located = self.place_of(candidate.root) or self.qualifying_country(
                candidate.root, entry
            )
            if located is not None and located != country:
                country = located
                name = clean(strip_determiner(phrase.text))
        facts = Facts(country, role, None)
        cluster = self.cluster(f"{kind}:{name.lower()}", name, kind, facts)
        if entry.kind in ("person", "organization", "group") and entry.via != "demonym_plural":
            cluster.identity = cluster.identity or entry.identity
        cluster.code = cluster.code or entry.code
        cluster.add(*self.where(phrase.start_char, phrase.end_char))
        self.head_cluster[candidate.root.i] = cluster
        return cluster


# Words of a body's name that every state may use for its own legislature, ministries or
# courts: a name made of them alone says nothing of whose body it is ("Congress", "the
# Senate", "the Justice Department", "Supreme Court"). "State Department" and "Pentagon" are
# not among them: other states do not name a body so.
GENERIC_BODY_WORDS = frozenset(
    {"the", "of", "congress", "senate", "parliament", "assembly", "national", "house"}
    | {"representatives", "ministry", "department", "justice", "defense", "defence"}
    | {"treasury", "finance", "interior", "supreme", "court", "constitutional"}
)


def name_head(token: Token, entity: Span | None) -> Token | None:
    """The head of the recognised name a word is an inner part of ("Nations" for "United" of
    "the United Nations", "Council" for "Foreign" of "the Council on Foreign Relations"), or
    None when the word heads the name itself, when the name is a person's, or when the word is
    a conjunct that names an actor of its own ("German" of "French and German")."""
    if entity is None or entity.label_ == "PERSON" or token.i == entity.root.i:
        return None
    if entity.root.pos_ not in ("NOUN", "PROPN"):
        return None
    walk = token
    while walk.i != entity.root.i:
        if walk.dep_ in ("conj", "cc", "appos") or not entity.start <= walk.head.i < entity.end:
            return None
        walk = walk.head
    return entity.root


def with_name(phrase: Span, entity: Span | None) -> Span:
    """The phrase widened to the whole recognised name it heads ("the Council on Foreign
    Relations", not "the Council"): a proper noun's phrase stops before its complements."""
    if (
        entity is None
        or entity.label_ == "PERSON"
        or not phrase.start <= entity.root.i < phrase.end
    ):
        return phrase
    if entity.start >= phrase.start and entity.end <= phrase.end:
        return phrase
    return phrase.doc[min(phrase.start, entity.start) : max(phrase.end, entity.end)]


def people_name(country_name: str) -> str:
    """The name of a state's people as a group: "Iran" -> "Iran (people)"."""
    return f"{country_name} (people)"
