"""The person or body a definite description stands for: "the senator", "The Foreign
Minister", "the ministry" resolved to the one earlier mention with that title, or to the
dictionary's holder of the office on the document's date ("the French foreign minister").

Precision first: a description with modifiers beyond its title ("the head of the mission")
or one that fits several people or bodies named before stays a mention of its own.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cablegram.actors.base import Cluster, Facts, ResolverState, key, strip_possessive
from cablegram.actors.bodies import ministry_words
from cablegram.actors.identity import office_title

# How far back (in tokens) "the senator" looks for the person who holds the title.
TITLE_WINDOW_TOKENS = 3000


# Office nouns that name any official of an international body: "the AU envoy" is the one
# AU official the text named, whatever his exact title ("Special Representative").
BODY_OFFICES = frozenset({"official", "envoy", "representative", "diplomat", "chief", "head"})
# Words that may stand between the body and the office noun: "the UN special envoy".
_PLAIN_MODIFIERS = frozenset({"special", "senior", "top", "high", "chief"})


class Referents(ResolverState):
    """Earlier mentions and dated office holders that descriptions stand for."""

    def _office_holder(self, token: Token, country: str, title: str) -> Cluster | None:
        """ "The French foreign minister": the person the text has named with this title and
        country, else the dictionary's holder of the office on the document's date."""
        if office_title(title, country) is None:
            return None  # "Zimbabwe's opposition" is a body, not one office
        earlier = self._earlier_person_with_title(token, title, country)
        if earlier is not None:
            return earlier
        entry = self.dictionary.office_holder(country, title, self.date)
        if entry is None:
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

    def earlier_body(self, token: Token, words: list[str]) -> Cluster | None:
        """ "The ministry added", "The Foreign Ministry said": the one body named before
        whose name ends in these words and says more ("the interior ministry", "Russia's
        Foreign Ministry"); None when none or several are."""
        found = {
            id(cluster): cluster
            for index in range(token.i - 1, max(-1, token.i - TITLE_WINDOW_TOKENS), -1)
            if (cluster := self.head_cluster.get(index)) is not None
            and cluster.kind in ("group", "organization")
            and (
                (
                    (name := key(strip_possessive(cluster.name)).split())[-len(words) :] == words
                    and len(name) > len(words)
                )
                or tuple(words) in ministry_words(cluster.name)  # "Ministry of ... of Mali"
            )
        }
        return next(iter(found.values())) if len(found) == 1 else None

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
