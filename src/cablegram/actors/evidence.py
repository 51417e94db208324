"""Country evidence in the text for actors the dictionary and their own phrase leave without a
country: each kind of evidence is one named rule in :data:`COUNTRY_RULES`, tried in order
once every mention of the document is resolved.

Rules (precision first: a wrong country is worse than none):

* ``party_state_tag``: a US party-and-state tag after the name, "Sen. Rob Portman (R-Ohio)",
  "Paul Ryan, R-Wis.," -> USA;
* ``party_letter`` and ``home_place`` (:mod:`cablegram.actors.placed`): "Gov. Pat McCrory
  (R)"; "Johnnie Wilson, of Springfield, Va.," -> USA;
* ``staff_of_person``: a spokesman, aide, adviser or campaign manager named after the person
  they serve, "Clinton spokesman Brian Fallon", "Trump campaign spokesman Jason Miller" ->
  that person's country;
* ``staff_for_patron``: a spokesman, aide or adviser set beside the name with the one they
  serve, "X, spokesperson for former president Y", "his campaign spokesman, X" (his: Y), "X,
  a spokeswoman for the State Department" -> the country of that person or body;
* ``staff_of_body``: a spokesman or aide named after a generic body noun, "ministry
  spokesman Alexander Lukashevich" -> the country of the one body of that noun named before
  ("the Foreign Ministry" of a Moscow story);
* ``employer_body`` (:mod:`cablegram.actors.employers`): "X, a fellow at the Peterson
  Institute," -> the country of the organisation of the text the job is at;
* ``staff_of_personal_body``, ``post_in_clause`` and ``same_office``
  (:mod:`cablegram.actors.patrons`): "X, a former Obama administration official,", "X, who
  served as U.S. ambassador to Kenya,", "his deputy, X," -> the patron's or the post's country;
* ``body_of_person``: an administration, campaign or team named after a person, "the Obama
  administration" -> that person's country;
* ``leader_of_body``: a relative clause making the person the head of a body of one
  country, "Don Fowler, who helmed the DNC," -> USA;
* ``national_body``: an organisation whose name makes it a state's own body ("Federal Bureau
  of Prisons", "National Transportation Safety Board", "Congressional Research Service") ->
  the story's country (for "Congressional", only the USA), never without one;
* ``state_institution`` (:mod:`cablegram.actors.statebodies`): "the Constitutional Court",
  "the Central Election Commission" named alone -> the story's country, never without one;
* ``home_ministry``: a ministry named by its portfolio alone ("the Foreign Ministry", "the
  Interior Ministry") -> the country of the story's dateline ("ANKARA (Reuters) -"), else the
  state that is the subject of the nearest sentence before its first mention that has one
  ("Russia accused Ukraine ... . The foreign ministry said"), else the one country the
  document names (as a state or as another actor's country), when it names only one;
* ``local_body`` and ``described_place`` (:mod:`cablegram.actors.bodyplaces`): "the Atlanta
  Police Department" of an "ATLANTA (AP) -" story, "the Levada Center, Moscow's independent
  pollster," -> the story's or the description's country;
* ``party_label``: a party label of the story's country on the mention, "the Republican
  nominee", "Democrats" -> the USA when the story is about the USA, "Conservative MP X" ->
  the UK in a British story (:meth:`CountryEvidence.story_country`), never elsewhere (France
  has Republicans too);
* ``party_office`` and ``party_possessor`` (:mod:`cablegram.actors.parties`): "Democratic
  presidential candidate X", "Labour MP X", "Howard Dean's wing of the Democratic Party" ->
  the party's home when the document names no other home of that label;
* ``standing_state`` (:mod:`cablegram.actors.regimes`): "Assad's regime", "North Korea
  fired ... . The regime said" -> the state the regime, junta or government is of.

A state or province named as the place of a person ("a New York businessman", "Ohio Gov.")
is read with the other modifiers (see :meth:`cablegram.actors.context.CountryContext.
state_country`); a domestic role without a country takes the story's country.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span

from cablegram.actors.base import Cluster, ResolverState, key, strip_possessive
from cablegram.actors.bodies import is_portfolio_body
from cablegram.actors.bodyplaces import BODY_PLACE_RULES
from cablegram.actors.codes import code_for, is_igo
from cablegram.actors.employers import employer_body
from cablegram.actors.parties import party_countries, party_office, party_possessor
from cablegram.actors.partystaff import PARTY_ROLE, party_staff
from cablegram.actors.patrons import post_in_clause, same_office, staff_of_personal_body
from cablegram.actors.placed import home_place, party_letter
from cablegram.actors.regimes import standing_state_of
from cablegram.actors.staffwords import PERSONAL_BODIES, STAFF_WORDS
from cablegram.actors.statebodies import state_institution
from cablegram.actors.uscities import us_city

# "(R-Ohio)", "(D-N.Y.)", ", R-Wis.,": a US party letter and a state right after the name.
_PARTY_STATE_TAG = re.compile(r"^\s*(?:\(|,\s*)[RDI]-[A-Z][A-Za-z.]{0,5}(?: [A-Z][A-Za-z.]+)?[),]")
# Verbs of a relative clause that make a person the head of a body: "who helmed the DNC".
_LEADING_VERBS = frozenset({"lead", "head", "chair", "helm", "run", "direct", "found", "command"})
# The story's country needs this share of the place names, and two of them.
_STORY_SHARE = 0.5

CountryRule = Callable[["CountryEvidence", Cluster], str | None]


class CountryEvidence(ResolverState):
    """Country evidence from the text around an actor's mentions (see the module doc)."""

    _story: tuple[str | None] | None = None

    def story_country(self) -> str | None:
        """The country most place names of the text belong to (countries, capitals, states
        and provinces the recogniser takes for places, and large US cities,
        :mod:`cablegram.actors.uscities`), when one holds half and two of them."""
        if self._story is None:
            counts: dict[str, int] = {}
            for ent in self.doc.ents:
                if ent.label_ != "GPE":
                    continue
                entry = self.entry(ent.text)
                country = entry.country if entry is not None and entry.kind == "state" else None
                if entry is not None and entry.kind == "state" and self.is_subnational(ent.root):
                    country = self.subdivision_country(ent.root)
                country = country or self.state_country(list(ent)) or us_city(ent.text)
                if country:
                    counts[country] = counts.get(country, 0) + 1
            best = max(counts, key=lambda c: counts[c]) if counts else None
            total = sum(counts.values())
            ok = best is not None and counts[best] >= 2 and counts[best] >= _STORY_SHARE * total
            self._story = (best if ok else None,)
        return self._story[0]

    def add_evidence(self, cluster: Cluster) -> None:
        """Give a countryless person or organisation the country the first rule finds; a
        campaign's or party's staff the party role (:mod:`cablegram.actors.partystaff`)."""
        for _name, role_rule in ROLE_RULES:
            role = role_rule(self, cluster)
            if role:
                cluster.role = role
                cluster.code = code_for(cluster.kind, cluster.country, role)
                break
        if cluster.country or cluster.kind not in ("person", "organization", "group"):
            return
        if cluster.role in ("IGO", "NGO"):
            return
        for _name, rule in COUNTRY_RULES:
            found = rule(self, cluster)
            if found:
                cluster.country = found
                # A body's code read off the title yields to the country the text gives.
                if not cluster.code or is_igo(cluster.code):
                    cluster.code = code_for(cluster.kind, found, cluster.role)
                return

    # --- helpers for the rules ----------------------------------------------------------------

    def mention_spans(self, cluster: Cluster) -> list[Span]:
        spans = []
        for mention in cluster.mentions:
            span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        return spans

    def person_modifier(self, span: Span) -> tuple[Cluster, Span] | None:
        """A person of the text named in a modifier of the phrase ("Clinton" in "Clinton
        spokesman Brian Fallon"), with a country, and the words between them."""
        # The phrase's words before the name, whether the mention took them in or not.
        own = self.head_cluster.get(span.root.i)
        name_start = span.root.i
        while name_start > span.start and self.head_cluster.get(name_start - 1) is own:
            name_start -= 1
        before = self.doc[min(span.root.left_edge.i, span.start) : name_start]
        for token in before:
            if token.pos_ not in ("PROPN", "NOUN"):  # a surname may be tagged NOUN
                continue
            other = self.head_cluster.get(token.i)
            if other is not None and other is not own and other.kind == "person" and other.country:
                return other, self.doc[token.i + 1 : name_start]
        return None


def _party_state_tag(resolver: CountryEvidence, cluster: Cluster) -> str | None:
    if cluster.kind != "person":
        return None
    for mention in cluster.mentions:
        if _PARTY_STATE_TAG.match(resolver.text[mention.end : mention.end + 24]):
            return "USA"
    return None


def _staff_of_person(resolver: CountryEvidence, cluster: Cluster) -> str | None:
    if cluster.kind != "person":
        return None
    titled = bool(cluster.title) and key(cluster.title or "").split()[-1] in STAFF_WORDS
    for span in resolver.mention_spans(cluster):
        found = resolver.person_modifier(span)
        if found is None or found[0] is cluster:
            continue
        patron, between = found
        if titled or any(t.lower_ in STAFF_WORDS for t in between):
            return patron.country
    return None


def _staff_for_patron(resolver: CountryEvidence, cluster: Cluster) -> str | None:
    if cluster.kind != "person":
        return None
    found: set[str] = set()
    for span in resolver.mention_spans(cluster):
        root = span.root
        # Appositions of any word of the name: the parser may hang "spokesperson" on the
        # last part of "Sam Nda-Isaiah".
        nouns = [c for t in span for c in t.children if c.dep_ == "appos" and c.i >= span.end]
        if root.dep_ == "appos":
            nouns.append(root.head)
        for noun in nouns:
            if noun.lemma_.lower() not in STAFF_WORDS:
                continue
            patrons = [c for c in noun.children if c.dep_ == "poss"] + [
                g
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ in ("for", "of", "to")
                for g in c.children
                if g.dep_ == "pobj"
            ]
            for patron in patrons:
                other = resolver.head_cluster.get(patron.i)
                if other is not None and other is not cluster and other.country:
                    found.add(other.country)
    return found.pop() if len(found) == 1 else None


def _staff_of_body(resolver: CountryEvidence, cluster: Cluster) -> str | None:
    if cluster.kind != "person" or not cluster.title:
        return None
    if key(cluster.title).split()[-1] not in STAFF_WORDS:
        return None
    for span in resolver.mention_spans(cluster):
        for token in span:
            found = resolver.dictionary.title(token.lemma_)
            if token.dep_ != "compound" or found is None or found.kind == "person":
                continue
            body = resolver.earlier_body(token, [key(token.text)])
            if body is not None and body.country:
                return body.country
    return None


def _body_of_person(resolver: CountryEvidence, cluster: Cluster) -> str | None:
    if cluster.kind not in ("organization", "group"):
        return None
    words = [strip_possessive(w).lower() for w in cluster.name.split()]
    if not words or words[-1] not in PERSONAL_BODIES:
        return None
    found: set[str | None] = set()
    for word in words[:-1]:
        person = resolver.by_surname.get(word)
        if person is not None and person.kind == "person":
            found.add(person.country)
        elif word in resolver.dictionary.surnames:
            # A known surname the text names only here: its holders' one country, if one.
            found |= {e.country for e in resolver.dictionary.surnames[word]}
    return found.pop() if len(found) == 1 else None


def _leader_of_body(resolver: CountryEvidence, cluster: Cluster) -> str | None:
    if cluster.kind != "person":
        return None
    for span in resolver.mention_spans(cluster):
        for clause in span.root.children:
            if clause.dep_ != "relcl" or clause.lemma_.lower() not in _LEADING_VERBS:
                continue
            for obj in clause.children:
                body = resolver.head_cluster.get(obj.i) if obj.dep_ == "dobj" else None
                if body is not None and body.kind in ("organization", "state") and body.country:
                    return body.country
    return None


# First words that make an organisation a state's own body, and the countries where they do
# (None: any state; the story's country decides).
_NATIONAL_WORDS: dict[str, frozenset[str] | None] = {
    "federal": None,
    "national": None,
    "congressional": frozenset({"USA"}),
    "parliamentary": None,
}


def _national_body(resolver: CountryEvidence, cluster: Cluster) -> str | None:
    if cluster.kind != "organization" or cluster.role in ("IGO", "NGO"):
        return None
    words = key(strip_possessive(cluster.name)).split()
    if len(words) < 2 or words[0] not in _NATIONAL_WORDS:
        return None
    story = resolver.story_country()
    countries = _NATIONAL_WORDS[words[0]]
    if story is None or (countries is not None and story not in countries):
        return None
    return story


def _home_ministry(resolver: CountryEvidence, cluster: Cluster) -> str | None:
    if cluster.kind not in ("organization", "group"):
        return None
    words = key(strip_possessive(cluster.name)).split()
    if not is_portfolio_body(words):
        return None
    found = resolver.dateline_country()
    if found:
        return found
    spans = resolver.mention_spans(cluster)
    if spans:
        # "Russia accused Ukraine ... . The foreign ministry said": the state that acts in
        # the sentences before the first mention.
        found = resolver.subject_state_before(min(spans, key=lambda s: s.start).root)
        if found:
            return found
    # The one country the document names: states, and the countries of the other actors
    # ("the Egyptian Ministry of Foreign Affairs" beside "New Zealand" is a second one).
    named = {c.country for c in resolver.clusters.values() if c.country and c.mentions}
    return named.pop() if len(named) == 1 else None


def _party_label(resolver: CountryEvidence, cluster: Cluster) -> str | None:
    labels = [
        party_countries(token)
        for span in resolver.mention_spans(cluster)
        # The mention and the words before it in its phrase: "Tory donor Tom Ellis".
        for token in resolver.doc[min(span.start, span.root.left_edge.i) : span.end]
        if party_countries(token)
    ]
    story = resolver.story_country()
    if labels and story is not None and all(story in countries for countries in labels):
        return story
    return None


def _party_staff(resolver: CountryEvidence, cluster: Cluster) -> str | None:
    if cluster.kind == "person" and party_staff(cluster, resolver.mention_spans(cluster)):
        return PARTY_ROLE
    return None


# Rules that give a person a role the text says better than the title's dictionary row.
ROLE_RULES: tuple[tuple[str, CountryRule], ...] = (("party_staff", _party_staff),)

COUNTRY_RULES: tuple[tuple[str, CountryRule], ...] = (
    ("party_state_tag", _party_state_tag),
    ("party_letter", party_letter),
    ("home_place", home_place),
    ("staff_of_person", _staff_of_person),
    ("staff_for_patron", _staff_for_patron),
    ("staff_of_body", _staff_of_body),
    ("employer_body", employer_body),
    ("staff_of_personal_body", staff_of_personal_body),
    ("post_in_clause", post_in_clause),
    ("same_office", same_office),
    ("body_of_person", _body_of_person),
    ("leader_of_body", _leader_of_body),
    ("national_body", _national_body),
    ("state_institution", state_institution),
    ("home_ministry", _home_ministry),
    *BODY_PLACE_RULES,
    ("party_label", _party_label),
    ("party_office", party_office),
    ("party_possessor", party_possessor),
    ("standing_state", standing_state_of),
)
