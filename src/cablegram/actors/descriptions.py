"""Titles and descriptions: the country, role and title a phrase gives ("Russia's foreign
minister", "a Pentagon spokesman"), and title-headed phrases resolved to the person the text
or the dated dictionary ties them to ("the senator", "the French foreign minister")."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Span, Token

from cablegram.actors.allegiance import of_allegiance
from cablegram.actors.base import (
    DETERMINERS,
    Facts,
    clean,
    key,
    noun_phrase,
    strip_determiner,
    strip_possessive,
)
from cablegram.actors.codes import is_igo
from cablegram.actors.context import native_american, of_many_states, subnational_word
from cablegram.actors.countynames import names_another_place
from cablegram.actors.formalnames import formal_states
from cablegram.actors.homes import honorific_home, title_country
from cablegram.actors.kinds import in_dateline
from cablegram.actors.longernames import inside_longer_name
from cablegram.actors.namewords import hyphen_forms, title_words, widened_title
from cablegram.actors.nominees import NOT_THE_HOLDER
from cablegram.actors.ownedtitles import owned_by_private_body
from cablegram.actors.postings import (
    ACCREDITED,
    HONORARY_ENVOY,
    POSTED_ABROAD,
    backed_by,
    posted_to_place,
    without_postings,
)
from cablegram.actors.titled import after_local_place, canonical_title
from cablegram.actors.titlenames import TitleNames
from cablegram.actors.topics import post_topics
from cablegram.gazetteer.subdivisions import subdivision_countries
from cablegram.records import Actor, ActorKind

# Prepositions that tie a person to the body they belong to: "X of Zimbabwe's opposition".
_OF_BODY = frozenset({"of", "from"})


def without_agents(tokens: Iterable[Token]) -> list[Token]:
    """Rule ``actors.agentsnotnationality``: the agent of a passive inside an apposition ("the
    opposition leader recognized by the United States", "an activist jailed by Iran's
    courts") is another actor acting on the person, so no word of it gives the person a
    country; the tokens under a ``by`` agent are left out."""
    kept = []
    for token in tokens:
        at, under = token, False
        while at.head.i != at.i and not under:
            under = at.dep_ == "agent"
            at = at.head
        if not (under or token.dep_ == "agent"):
            kept.append(token)
    return kept


class Descriptions(TitleNames):
    """Facts from modifiers and appositions, and title-headed phrases."""

    def facts_from_tokens(self, tokens: Iterable[Token]) -> Facts:
        """Country, role and title from a run of modifier or apposition tokens; a state word
        of allegiance ("pro-Iranian", "Saudi-backed") or a capital inside a body's name
        ("Georgetown University", :mod:`cablegram.actors.capitalnames`) is none of the
        actor's; a dateline taken into the phrase ("WASHINGTON - Brazilian X") counts last."""
        tokens = [t for t in tokens if not (of_allegiance(t) or names_another_place(self, t))]
        own = [t for t in tokens if not in_dateline(t.doc, t)]
        if len(own) < len(tokens) and (facts := self.facts_from_tokens(own)).country:
            return facts
        written = [strip_possessive(t.text) for t in tokens]
        words = [key(w) for w in written]
        # The title is the one the phrase is about: it holds the run's syntactic head
        # ("spokesman" in "Foreign Ministry spokesman", "member of parliament" in an apposition).
        inside = {t.i for t in tokens}
        roots = [n for n, t in enumerate(tokens) if t.head.i not in inside or t.head.i == t.i]
        title = self._longest_title(words, roots[0] if roots else None)
        if title is not None and title in words:
            # "the top U.S. diplomat" is the foreign minister; "the top U.S. diplomat for East
            # Asia", "Britain's top diplomat in Iraq" hold a posting, not the ministry.
            if not posted_to_place(tokens[words.index(title)], self.is_place_word):
                title = widened_title(words, title)
        country: str | None = None
        role: str | None = None
        org_country: str | None = None
        place_country: str | None = None
        body_code: str | None = None
        # An envoy a state accredits to a body, not one of the body's own ambassadors:
        # "UN Goodwill Ambassador Angelina Jolie", "the EU special ambassador".
        accredited = title in ACCREDITED and not HONORARY_ENVOY.intersection(words)
        topics = post_topics(tokens, written, self.dictionary.entry)  # "U.N. Syria envoy"

        def known(word: Token) -> bool:
            return self.dictionary.entry(word.text) is not None or bool(
                self.state_country([word]) or word.lower_ in subdivision_countries()
            )

        in_place: set[int] = set()  # words of a state read whole: "Mexico" of "New Mexico"
        for first, end, formal in formal_states(tokens, self.dictionary.entry):
            country, in_place = country or formal, in_place | set(range(first, end))
        for span_len in (4, 3, 2, 1):
            for i in range(len(words) - span_len + 1):
                # As written, so that "U.S." and "US" (capitals only) are found.
                entry = self.dictionary.entry(" ".join(written[i : i + span_len]))
                if i in topics or in_place.intersection(range(i, i + span_len)):
                    continue
                if backed_by(tokens[i + span_len - 1]):
                    continue  # "the Saudi-backed committee", "U.S.-based cleric": no nationality
                if span_len == 1 and native_american(words, i):
                    entry = None  # "an International Indian Treaty Council representative"
                if entry is None and place_country is None:
                    # A state or province as the place of a person: "a New York businessman".
                    place_country = self.state_country(tokens[i : i + span_len])
                    if place_country is not None and span_len > 1:
                        in_place.update(range(i, i + span_len))
                if entry is None or entry.kind == "person":
                    continue
                named = subnational_word(self, tokens[i : i + span_len])
                if entry.kind == "state" and named is not None:
                    # "Georgia Governor", "Georgia's governor": a US state's country.
                    country = country or self.subdivision_country(named)
                    continue
                # A country named outright ("Germany's", "French") outranks the home country
                # of an organisation that shares words with the phrase.
                if entry.via == "organization" and self.foreign_namesake(
                    entry, tokens[i : i + span_len]
                ):
                    continue  # "the head of Congress" in a story about Venezuela
                if entry.via == "organization" and inside_longer_name(tokens[i], span_len, known):
                    continue  # "the National Security Council": not the UN's "Security Council"
                if entry.via == "organization" and entry.role == "IGO" and accredited:
                    continue  # "U.N. ambassador X": a state's envoy to the body, not its staff
                if entry.via == "organization":
                    org_country = org_country or entry.country
                    role = role or entry.role
                    if not entry.country and is_igo(entry.code):  # EU Parliament, UN court
                        body_code = body_code or entry.code
                elif country is None and entry.country:
                    country = entry.country
        # "the country's president": the state the text is about.
        for token in tokens:
            if country is None and token.dep_ == "poss":
                country = self.the_country(token)
        country = country or org_country or place_country
        for word in words:
            honorific = self.dictionary.honorifics.get(word)
            if honorific and honorific[0] and role is None and title is None:
                role = honorific[0]
                title = honorific[1]
            # "Sen." is a US mark unless the story is another state's (a Philippine senator).
            implied = self.dictionary.honorific_countries.get(word)
            if implied is not None and honorific_home(self, implied):
                country = country or implied
        if country is None and title is not None:
            country = title_country(self, title)
        if title is not None and role is None:
            # "EU officials", "Red Cross officials" act for their organisation, not a state;
            # "Taliban leader X" leads insurgents (REB), not a government: a body's role
            # outranks the title's.
            found = self.dictionary.title(title)
            if not (found and found.role == "GOV" and owned_by_private_body(tokens)):
                role = (found.role if found else None) or role
        title = canonical_title(title, after_local_place(self, tokens))
        return Facts(country, role, title, None if country else body_code)

    def _longest_title(self, words: Sequence[str], head: int | None = None) -> str | None:
        """The title among the words: the one holding the phrase's head word if any, else the
        last one (nearest the name it precedes: "Foreign Ministry spokesman"), longest first."""
        best: tuple[tuple[bool, int, int], str] | None = None
        for span_len in (4, 3, 2, 1):
            for i in range(len(words) - span_len + 1):
                phrase = " ".join(words[i : i + span_len])
                # An honorific names its title in full: "Sen." is a senator.
                found = self.dictionary.honorifics.get(phrase, (None, None))[1]
                if not found:
                    found = next(
                        (f for f in hyphen_forms(phrase) if f in self.dictionary.titles), None
                    )
                if not found:
                    continue
                holds_head = head is not None and i <= head < i + span_len
                rank = (holds_head, i + span_len, span_len)
                if best is None or rank > best[0]:
                    best = (rank, found)
        return best[1] if best else None

    def facts_for_name(self, head: Token, name_span: Span | None = None) -> Facts:
        """Facts about a named person: pre-modifiers ("French Foreign Minister") and appositions."""
        lo = name_span.start if name_span is not None else head.i
        hi = name_span.end if name_span is not None else head.i + 1
        phrase = noun_phrase(head)
        # Another person's possessive is theirs, not this name's ("Panetta's Richard Holbrooke").
        other = {
            t.i
            for child in head.children
            if child.dep_ == "poss" and child.ent_type_ == "PERSON"
            for t in child.subtree
        }
        # Only the words since the last other name or conjunction: in "Foreign Minister of
        # Norway Anna Lind and Foreign Minister of Chile Pedro Soto" the parser may hang the
        # whole run on Soto, whose title is the second one.
        start = phrase.start
        for i in range(lo - 1, phrase.start - 1, -1):
            tok = self.doc[i]
            if tok.dep_ == "cc" or tok.text in (",", ";") or tok.ent_type_ == "PERSON":
                start = i + 1
                break
        before = [t for t in self.doc[start:lo] if t.dep_ != "det" and t.i not in other]
        if head.dep_ == "pobj" and head.head.lower_ == "to":
            # "Special Representative to Somalia Francisco Madeira": the posting, no nationality
            before = [t for t in before if t.ent_type_ not in ("GPE", "LOC")]
        # The name's own words are no nationality ("John Irish"): only a title run inside it.
        inside = title_words(list(self.doc[lo:hi]), self.is_title_word)
        facts = self.facts_from_tokens([*before, *inside])
        for child in head.children:
            if child.dep_ == "appos" and child.i > head.i:
                # An official of an international body or NGO works "in Syria", not for it.
                body = self.facts_from_tokens(child.subtree).role in ("IGO", "NGO")
                words = without_postings(child, self.is_place_word, body)
                facts = facts.filled_from(self.facts_from_tokens(without_agents(words)))
        # "Little, a Pentagon spokesman" or "the spokesman, Little": apposition pointing back.
        # Not from another named person: in "... sanctions on Iran's Zarif, Deputy Minister
        # Ryabkov told reporters" the parser hangs the next clause's subject on the name.
        # Nor from a place: "... to sue Saudi Arabia, Democratic nominee Hillary Clinton" is a
        # new subject the parser hung on the place, not a Saudi.
        if head.dep_ == "appos" and head.head.ent_type_ not in ("PERSON", "GPE", "LOC", "FAC"):
            facts = facts.filled_from(self.facts_from_tokens(noun_phrase(head.head)))
        # "Promise Mkwananzi of Zimbabwe's opposition", "Ana Ruiz from Peru's Congress".
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ in _OF_BODY:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        facts = facts.filled_from(self.facts_from_tokens(noun_phrase(pobj)))
        return facts

    def resolve_role(self, token: Token, phrase: Span, title: str) -> list[Actor]:
        """A title-headed phrase: an earlier person ("the senator"), the dictionary's holder of
        the office on the document's date, or a new role actor."""
        where = self.where(phrase.start_char, phrase.end_char)
        local = after_local_place(self, [t for t in phrase if t.i < token.i])
        title = canonical_title(title, local) or title
        # The person the title names: "Russia's foreign minister, Sergei Lavrov," (the title's
        # country is theirs), or a name the parser hung on the title's posting or
        # post-nominal letters (whose place is no nationality).
        named_by: list[tuple[Span | None, bool]] = [
            (self._appositive_name(child), True)
            for child in token.children
            if child.dep_ == "appos"
        ]
        named_by.append(
            (self._name_after_posting(token) or self._name_before_post_nominal(token), False)
        )
        for entity, with_country in named_by:
            if entity is None or entity.label_ != "PERSON":
                continue
            person = self.add_person(entity)
            if person is not None:
                facts = self.facts_from_tokens(phrase)
                country = facts.country if with_country else None
                person.enrich(country, facts.role, facts.title or title, facts.code)
                person.add(*where)
                self.head_cluster[token.i] = person
                return [person.actor(*where)]
        bracketed = self._name_after_bracket(phrase)
        if bracketed is not None:
            # "[Pentagon spokesman] Little said": an editor's title for the name after it.
            facts = self.facts_from_tokens(phrase)
            bracketed.enrich(facts.country, facts.role, facts.title or title, facts.code)
            bracketed.add(*where)
            self.head_cluster[token.i] = bracketed
            return [bracketed.actor(*where)]
        named = self.head_cluster.get(token.head.i)
        if token.dep_ in ("compound", "nmod") and named is not None and named.kind == "person":
            # "UK Foreign secretary Yvette Cooper": the title is the name's, one actor.
            self.head_cluster[token.i] = named
            return [named.actor(*where)]
        if token.dep_ == "appos" and token.head.i in self.head_cluster:
            cluster = self.head_cluster[token.head.i]
            self.head_cluster[token.i] = cluster
            return [cluster.actor(*where)]
        modifiers = [t for t in phrase if t.i != token.i and t.lower_ not in DETERMINERS]
        plural = token.tag_ in ("NNS", "NNPS")
        definite = phrase[0].lower_ == "the" or phrase[0].dep_ == "poss"
        if definite and not plural:
            earlier = self._described_person(token, phrase, title, modifiers)
            if earlier is not None:
                earlier.add(*where)
                self.head_cluster[token.i] = earlier
                return [earlier.actor(*where)]
        name = clean(strip_determiner(phrase.text))
        facts = self.facts_from_tokens(phrase)
        many = of_many_states(token)
        if many:
            # "the defence ministers of 28 countries in Brussels": no one state's people.
            facts = Facts(None, facts.role, facts.title)
        # "EU leaders in Brussels": a body's people meet somewhere; the place is not theirs.
        if not many and facts.country is None and title not in POSTED_ABROAD:
            place = None if facts.role == "IGO" else self.place_phrase_country(token)
            if place is not None:
                facts = Facts(place, facts.role, facts.title)
        not_holder = any(t.lower_.strip("-") in NOT_THE_HOLDER for t in phrase)
        # "Britain's top diplomat in Iraq" holds a posting there, not the state's office.
        posted = posted_to_place(token, self.is_place_word)
        if definite and not plural and facts.country and not not_holder and not posted:
            holder = self._office_holder(token, facts.country, facts.title or title)
            if holder is not None:
                holder.add(*where)
                self.head_cluster[token.i] = holder
                return [holder.actor(*where)]
        found_title = self.dictionary.title(title)
        kind: ActorKind = (
            "group" if plural or (found_title and found_title.kind == "group") else "person"
        )
        countries = self.coordinated_countries(phrase)
        if len(countries) > 1:
            # "French and German officials": one group for the statement, one actor per country.
            group = [
                self.cluster(
                    f"{kind}:{name.lower()}:{iso3}", name, kind, Facts(iso3, facts.role, title)
                )
                for iso3 in countries
            ]
            for member in group:
                member.add(*where)
            self.head_cluster[token.i] = group[0]
            self.head_group[token.i] = group
            return [m.actor(*where) for m in group]
        cluster_key = f"{kind}:{name.lower()}"
        if not definite and not plural:
            cluster_key += f"@{phrase.start_char}"  # "a spokesman" here is not "a spokesman" there
        cluster = self.cluster(cluster_key, name, kind, Facts(facts.country, facts.role, title))
        cluster.add(*where)
        self.head_cluster[token.i] = cluster
        return [cluster.actor(*where)]
