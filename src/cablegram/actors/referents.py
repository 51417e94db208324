"""The person or body a definite description stands for: "the senator", "The Foreign
Minister", "the ministry" resolved to the one earlier mention with that title, or to the
dictionary's holder of the office on the document's date ("the French foreign minister").

Precision first: a description with modifiers beyond its title ("the head of the mission")
or one that fits several people or bodies named before stays a mention of its own.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from cablegram.actors.base import (
    NO_STATE_ROLES,
    Cluster,
    Facts,
    ResolverState,
    key,
    strip_determiner,
    strip_possessive,
)
from cablegram.actors.bodies import described_as, ministry_words, name_head
from cablegram.actors.eraholders import party_of
from cablegram.actors.papers import newspaper_named
from cablegram.gazetteer.dictionary import Entry
from cablegram.gazetteer.offices import office_title
from cablegram.records import Actor

# Common nouns of bodies that a bare definite description ("the agency said") takes up from
# the one body named before whose name ends in the noun ("the Environmental Protection
# Agency"). The "it" of a body (:mod:`cablegram.actors.neuter`) speaks for these and for a
# few more nouns that no name's last word may stand for; that list is built on this one.
BODY_NOUNS = frozenset(
    {
        "agency", "campaign", "company", "union", "network", "bank", "commission", "committee",
        "council", "party", "group", "coalition", "alliance", "association", "federation",
        "foundation", "institute", "organisation", "organization", "department", "bureau",
        "board", "court", "newspaper", "firm", "corporation", "league", "movement",
        "administration", "authority", "tribunal", "army", "paper", "daily",
    }
)  # fmt: skip
# Bare nouns for the head of a state ("the Chinese leader"), and the titles of heads of state
# or government they may stand for.
LEADER_WORDS = frozenset({"leader", "ruler"})
HEAD_TITLES = frozenset(
    {"president", "prime minister", "premier", "chancellor", "king", "emir", "supreme leader"}
    | {"leader", "queen", "sultan", "crown prince", "chairman"}
)
# How far back (in tokens) "the senator" looks for the person who holds the title.
TITLE_WINDOW_TOKENS = 3000


# Office nouns that name any official of an international body: "the AU envoy" is the one
# AU official the text named, whatever his exact title ("Special Representative").
BODY_OFFICES = frozenset({"official", "envoy", "representative", "diplomat", "chief", "head"})
# Words that may stand between the body and the office noun: "the UN special envoy".
_PLAIN_MODIFIERS = frozenset({"special", "senior", "top", "high", "chief"})


def _names_of(cluster: Cluster) -> list[str]:
    """A body's canonical name and the names the text gives it ("The Russian Foreign
    Ministry" for the dictionary's "Ministry of Foreign Affairs of Russia"), without a
    leading "the"."""
    written = [strip_determiner(m.text) for m in cluster.mentions]
    return [cluster.name, *written]


def _headed_by(body: Cluster, words: list[str]) -> bool:
    """Whether a name of the body has ``words`` as its head before "of", "on" or "for"."""
    return any(
        len(name := key(strip_possessive(text)).split()) > len(words) and name_head(name) == words
        for text in _names_of(body)
    )


class Referents(ResolverState):
    """Earlier mentions and dated office holders that descriptions stand for."""

    def _office_holder(self, token: Token, country: str, title: str) -> Cluster | None:
        """ "The French foreign minister": the person the text has named with this title and
        country, else the dictionary's holder of the office on the document's date."""
        if title in LEADER_WORDS:
            return self._named_leader(token, country)
        if office_title(title, country) is None:
            return None  # "Zimbabwe's opposition" is a body, not one office
        earlier = self._earlier_person_with_title(token, title, country)
        if earlier is not None:
            return earlier
        # "Spain's Socialist prime minister": a holder of that party only.
        party = party_of(t.text for t in token.subtree if t.i < token.i)
        entry = self.dictionary.office_holder(country, title, self.date, party)
        if entry is None or self._other_holder_named(entry, country, title):
            return None
        cluster = self.clusters.get(f"entry:{entry.identity}")
        if cluster is None:
            known = (c for c in self.clusters.values() if c.identity == entry.identity)
            cluster = next(known, None)
        if cluster is None:
            cluster = self.cluster(
                f"entry:{entry.identity}", entry.name, "person", Facts(entry.country, None, None)
            )
            cluster.identity = entry.identity
        cluster.enrich(country, entry.role, title)
        return cluster

    def _other_holder_named(self, entry: Entry, country: str, title: str) -> bool:
        """Whether the text names another person who holds the office at some date ("The
        Iranian foreign minister said ... . Abbas Araghchi, the foreign minister,"): the text's
        holder outranks the dictionary's on the article's date, which may be off.
        A holder whom the text calls former ("Former foreign minister X said", "X, a former
        foreign minister,") is no rival, nor one whose term ended before the article's date
        unless the text gives them the title ("X, the foreign minister,")."""
        canonical = office_title(title, country)
        current: set[str] = set()
        past: set[str] = set()
        for e, office in self.dictionary.holders.get((country, canonical or ""), []):
            if e.identity != entry.identity:
                ended = bool(office.end and self.date and office.end < self.date)
                (past if ended else current).add(e.identity)
        if not current and not past:
            return False
        for ent in self.doc.ents:
            if ent.label_ != "PERSON" or called_former(ent):
                continue
            found = self.entry(ent.text)
            if found is None:
                continue
            if found.identity in current or (
                found.identity in past and called_by(ent, title.split()[-1])
            ):
                return True
        return False

    def _named_leader(self, token: Token, country: str) -> Cluster | None:
        """ "The Chinese leader", "Iran's leader": the one person named before with that
        country and a head of state's or government's title ("Chinese President Xi
        Jinping"); None when none or several are ("President Xi" and "Premier Li")."""
        found = {
            id(cluster): cluster
            for index in range(token.i - 1, max(-1, token.i - TITLE_WINDOW_TOKENS), -1)
            if (cluster := self.head_cluster.get(index)) is not None
            and cluster.kind == "person"
            and cluster.country in (country, None)  # a country may come later ("Premier Li")
            and cluster.title in HEAD_TITLES
        }
        leader = next(iter(found.values())) if len(found) == 1 else None
        return leader if leader is not None and leader.country == country else None

    def _described_person(
        self, token: Token, phrase: Span, title: str, modifiers: list[Token]
    ) -> Cluster | None:
        """The one person named earlier whom a definite description made of title words only
        stands for: "the senator", "The Foreign Minister" after "Bangladesh's foreign minister
        Dr. A. K. Abdul Momen". None when the text names none or several people with that
        title, or when the description says more than a title ("the head of the mission")."""
        found_title = self.dictionary.title(title)
        if found_title is not None and found_title.kind != "person":
            named = [t for t in sorted([*modifiers, token], key=lambda t: t.i) if t.i <= token.i]
            return self.earlier_body(token, key(" ".join(t.text for t in named)).split())
        if not modifiers:
            return self._earlier_person_with_title(token, title)
        body = self._official_of_body(token, phrase, title, modifiers)
        if body is not None:
            return body
        full = self.facts_from_tokens(phrase).title
        words = key(" ".join(t.text for t in sorted([*modifiers, token], key=lambda t: t.i)))
        if full is None or words != full:
            return None
        found = {
            id(cluster): cluster
            for index in range(token.i - 1, max(-1, token.i - TITLE_WINDOW_TOKENS), -1)
            if (cluster := self.head_cluster.get(index)) is not None
            and cluster.kind == "person"
            and cluster.title is not None
            and (cluster.title == full or cluster.title.endswith(" " + full))
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _official_of_body(
        self, token: Token, phrase: Span, title: str, modifiers: list[Token]
    ) -> Cluster | None:
        """ "The AU envoy", "the UN official": the one person named before who acts for that
        international body (by its code), when the description is only the body's name, an
        office noun of :data:`BODY_OFFICES` and words such as "special"."""
        if title not in BODY_OFFICES:
            return None
        code = self.facts_from_tokens(phrase).code
        if code is None or any(
            self.entry(t.text) is None and t.lower_ not in _PLAIN_MODIFIERS
            for t in modifiers
            if t.i < token.i
        ):
            return None
        if any(t.i > token.i for t in modifiers):
            return None  # "the UN envoy for Yemen" says more than the body
        found = {
            id(cluster): cluster
            for index in range(token.i - 1, max(-1, token.i - TITLE_WINDOW_TOKENS), -1)
            if (cluster := self.head_cluster.get(index)) is not None
            and cluster.kind == "person"
            and cluster.code == code
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def definite_body(self, token: Token, phrase: Span) -> list[Actor]:
        """ "The agency said", "the campaign added": a singular body noun of
        :data:`BODY_NOUNS` with "the" and nothing else, standing for the one body named before
        whose name (as the dictionary or the text gives it) ends in that noun and says more
        ("the Environmental Protection Agency"); [] when none or several are."""
        words = [t for t in phrase if not t.is_punct]
        if (
            token.tag_ != "NN"
            or token.lemma_.lower() not in BODY_NOUNS
            or len(words) != 2
            or words[0].lower_ != "the"
        ):
            return []
        body = self.earlier_body(token, [token.lower_])
        if body is None:
            return []
        where = self.where(phrase.start_char, phrase.end_char)
        body.add(*where)
        self.head_cluster[token.i] = body
        return [body.actor(*where)]

    def earlier_body(self, token: Token, words: list[str]) -> Cluster | None:
        """ "The ministry added", "The Foreign Ministry said": the one body named before
        whose name ends in these words and says more ("the interior ministry", "Russia's
        Foreign Ministry"); when several are, the latest of them (with a country, if one has
        it) when they are one body named in several ways (the words of every name among
        those of the fullest, one country at most); else None."""
        found = {
            id(cluster): cluster
            for index in range(token.i - 1, max(-1, token.i - TITLE_WINDOW_TOKENS), -1)
            if (cluster := self.head_cluster.get(index)) is not None
            and cluster.kind in ("group", "organization")
            and any(rule(self, cluster, index, token, words) for rule in BODY_NAME_RULES)
        }
        if len(found) < 2:
            body = next(iter(found.values()), None)
            return body if body is None or not self._other_state_since(body, token) else None
        # The recogniser and the titles may split one body in several ("Foreign Ministry"
        # twice, "the Polish Ministry of Foreign Affairs", "the Polish foreign ministry"):
        # when the words of every name are among those of the fullest one, the latest of them
        # (not "the Environmental Protection Agency" and "the Central Intelligence Agency").
        names = [
            {w for w in key(strip_possessive(strip_determiner(text))).split() if w != "of"}
            for c in found.values()
            for text in _names_of(c)
        ]
        fullest = max(names, key=len)
        if not all(words <= fullest for words in names):
            return None
        countries = {c.country for c in found.values() if c.country}
        if len(countries) > 1:
            return None
        body = next((c for c in found.values() if c.country), next(iter(found.values())))
        return None if self._other_state_since(body, token) else body

    def _ends_in(self, body: Cluster, index: int, token: Token, words: list[str]) -> bool:
        """Whether a name of the body ends in ``words`` and says more ("the interior
        ministry", "Russia's Foreign Ministry" for "the ministry")."""
        return any(
            (name := key(strip_possessive(text)).split())[-len(words) :] == words
            and len(name) > len(words)
            for text in _names_of(body)
        )

    def _ministry_of(self, body: Cluster, index: int, token: Token, words: list[str]) -> bool:
        """Whether the dictionary's "Ministry of ... of Mali" is this ministry."""
        return tuple(words) in ministry_words(body.name)

    def _headed_before_of(self, body: Cluster, index: int, token: Token, words: list[str]) -> bool:
        """Whether a name of the body has ``words`` as its head before "of", "on" or "for"
        ("the commission": "Commission on Presidential Debates") and nothing nearer may be
        meant: no other organisation or group named between (one named so itself is a
        rival candidate instead), and no common-noun phrase with the same head ("The Board
        of Education met. The board of the teachers union voted. The board said": either)."""
        if not _headed_by(body, words):
            return False
        rival = any(
            other is not body
            and other.kind in ("organization", "group")
            and not _headed_by(other, words)
            and not self._ends_in(other, i, token, words)
            for i, other in self.head_cluster.items()
            if index < i < token.i
        )
        return not rival and not any(
            t.lemma_.lower() == words[0]
            and not t.ent_type_
            and self.head_cluster.get(t.i) is not body
            for t in self.doc[index + 1 : token.i]
        )

    def _rival_between(self, body: Cluster, start: int, token: Token) -> bool:
        """Whether another organisation or group is named from ``start`` up to ``token``."""
        return any(
            other is not body and other.kind in ("organization", "group")
            for i, other in self.head_cluster.items()
            if start <= i < token.i
        )

    def _described_last(self, body: Cluster, index: int, token: Token, words: list[str]) -> bool:
        """Whether the body named at ``index`` has an apposition headed by ``words`` ("X, the
        agency that ...") and no other organisation or group is named in the apposition's
        sentence, before or after it, or between it and ``token``: "AEP, the company he
        founded after leaving Chesapeake ... . 'Chesapeake is saddened,' the company said"
        and "Apple sued Samsung, the company that ... . The company said" may be either."""
        return described_as(self.doc[index], words) and not self._rival_between(
            body, self.doc[index].sent.start, token
        )

    def _other_state_since(self, body: Cluster, token: Token) -> bool:
        """Another state's person or body named between the body's last mention and ``token``: "the
        U.S. government was willing to assist Tunisian authorities ... The government
        outlawed the group" may be either government, so "the government" takes up neither
        (a wrong state would credit the act to it)."""
        if not body.country:
            return False
        last = max(
            (i for i, c in self.head_cluster.items() if c is body and i < token.i), default=-1
        )
        # Persons and bodies only: a place named in between ("met in Doha") is a venue.
        return any(
            c.kind != "state"
            and c.country
            and c.country != body.country
            and c.role not in NO_STATE_ROLES
            for i, c in self.head_cluster.items()
            if last < i < token.i
        )

    def _earlier_person_with_title(
        self, token: Token, title: str, country: str | None = None
    ) -> Cluster | None:
        for index in range(token.i - 1, max(-1, token.i - TITLE_WINDOW_TOKENS), -1):
            cluster = self.head_cluster.get(index)
            if cluster is not None and cluster.kind == "person" and cluster.title:
                if country is not None and cluster.country != country:
                    continue
                if title in cluster.title or cluster.title in title:
                    return cluster
        return None


# Words that make a named person a past holder of an office ("former", "ex-", "the late").
_PAST_HOLDER = frozenset({"former", "ex", "ex-", "late", "then", "previous", "erstwhile"})


def called_former(name: Span) -> bool:
    """Whether the text calls the named person a past holder: a past word among the three
    words before the name in its sentence ("Former foreign minister X"), or in an apposition
    on it ("X, a former foreign minister,")."""
    before = name.doc[max(name.sent.start, name.start - 3) : name.start]
    if any(t.lower_ in _PAST_HOLDER for t in before):
        return True
    return any(
        t.lower_ in _PAST_HOLDER
        for child in name.root.children
        if child.dep_ == "appos"
        for t in child.subtree
    )


def called_by(name: Span, word: str) -> bool:
    """Whether the title's word stands among the three words before the name in its sentence
    ("Foreign Minister X") or in an apposition on it ("X, the foreign minister,")."""
    before = name.doc[max(name.sent.start, name.start - 3) : name.start]
    appositions = (t for c in name.root.children if c.dep_ == "appos" for t in c.subtree)
    return any(t.lower_ == word.lower() for t in (*before, *appositions))


# The ways a bare "the agency" may name a body named before (see Referents.earlier_body),
# each a named rule: (resolver, body, index of its mention, the bare noun, its words).
BODY_NAME_RULES: tuple[Callable[[Referents, Cluster, int, Token, list[str]], bool], ...] = (
    Referents._ends_in,
    Referents._ministry_of,
    Referents._headed_before_of,
    Referents._described_last,
    newspaper_named,
)
