"""Country context: which country a phrase's place words point to.

* A place phrase on a role noun ("security forces in Guinea") or a people ("Albanians in
  Serbia").
* Coordinated demonyms ("French and German officials").
* A state, province or region that shares its name with a country ("Georgia" the US state,
  "México" the Mexican state) is that subdivision, not the country, when the document says so:
  the name stands before a subnational title ("Georgia Governor", "Georgia state senator")
  or a US member of Congress or party ("Georgia Sen. X", "Georgia Democrats"), or after "the
  state of" or "a Democrat from" (:data:`SUBNATIONAL_BEFORE`). One such cue decides for
  every mention of the name in the document.
  Subdivision names come from pycountry's ISO 3166-2 data.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from cablegram.actors.base import ResolverState, key, noun_phrase, strip_determiner
from cablegram.actors.places import STATE_NOUNS
from cablegram.gazetteer.dictionary import Entry
from cablegram.gazetteer.subdivisions import state_names, subdivision_countries

# Words of the names of rivers, seas and lakes that are also states' names ("Red Sea",
# "Blue Nile", "Cross River"): inside an organisation's name they name the feature.
_NATURAL_FEATURES = frozenset({"sea", "nile", "river", "rivers", "lake", "lakes", "gulf", "bay"})


def _heads_name(token: Token) -> bool:
    """Whether the word opens the entity it is in, follows only its article ("the New
    Mexico State Police") or the entity's "of" ("City University of New York"): the place
    the name belongs to, not a campus or branch after a hyphen ("Rutgers University-New
    Brunswick")."""
    if token.ent_iob_ == "B":
        return True
    before = token.nbor(-1) if token.i > 0 else None
    if before is None:
        return False
    if before.lower_ == "of" and before.ent_type_ == token.ent_type_:
        return True
    return before.ent_iob_ == "B" and before.lower_ == "the"


_PLACE_PREPOSITIONS = frozenset({"in", "from", "of", "inside", "throughout", "across", "within"})
# Words that, right after a place name, make it a state or province: "Georgia Governor Brian
# Kemp", "Georgia state senator", "the Georgia legislature", "Georgia county officials".
SUBNATIONAL_CUES = frozenset(
    {
        "governor",
        "gov.",
        # County law officers: "Georgia's sheriffs" (the country has none).
        "sheriff",
        "sheriffs",
        "lt.",
        "lieutenant",
        "state",
        "statehouse",
        "legislature",
        "legislator",
        "legislators",
        "assemblyman",
        "assemblywoman",
        "county",
        "counties",
        "senate",
        "premier",
        # A US senator or representative of the state: "Georgia Sen. Raphael Warnock".
        "sen.",
        "senator",
        "rep.",
        "congressman",
        "congresswoman",
        "congressional",
        "democrat",
        "democrats",
        "democratic",
        "republican",
        "republicans",
        "gop",
    }
)
# Two-word offices after a place name that make it a US state: "Georgia's attorney general"
# (the country has a prosecutor general); not "Georgia's attorney at the court", the
# country's own counsel.
SUBNATIONAL_PAIRS = frozenset({("attorney", "general")})
# Words just before a place name that make it a US state: "a Democrat from Georgia", "a
# senator from Georgia", "Republican of Georgia".
SUBNATIONAL_BEFORE = (
    "democrat from",
    "democrat of",
    "republican from",
    "republican of",
    "senator from",
    "senator of",
    "congressman from",
    "congresswoman from",
    "representative from",
    "state of",
)
# A state's offices just before its name: "the governor of Georgia"; not when the name owns
# what follows ("the governor of Georgia's central bank").
OFFICE_BEFORE = ("governor of", "attorney general of")


# How many sentences back "the country" looks for the state it stands for.
COUNTRY_REACH_SENTENCES = 3

# Words beside "Indian" that make it Native American, not India's: "American Indian", "the
# International Indian Treaty Council", "Bureau of Indian Affairs", "Indian Country".
_NATIVE_BEFORE = frozenset({"american", "native"})
_NATIVE_AFTER = frozenset(
    {
        "treaty", "affairs", "tribe", "tribes", "tribal", "country", "reservation",
        "reservations", "nation", "nations", "health", "gaming", "boarding", "removal",
    }
)  # fmt: skip


def native_american(words: Sequence[str], at: int) -> bool:
    """Whether the word at ``at`` of the lower-case ``words`` is "Indian" of Native America."""
    if words[at] not in ("indian", "indians"):
        return False
    before = words[at - 1] if at > 0 else ""
    after = words[at + 1] if at + 1 < len(words) else ""
    return before in _NATIVE_BEFORE or after in _NATIVE_AFTER


def of_many_states(token: Token) -> bool:
    """Whether a role noun names people of several states ("ministers of 28 countries",
    "envoys of the member states"): its "of" phrase is a plural noun for states."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                # A plural noun for states (:data:`STATE_NOUNS`).
                plural = pobj.tag_ in ("NNS", "NNPS")
                if pobj.dep_ == "pobj" and plural and pobj.lemma_.lower() in STATE_NOUNS:
                    return True
    return False


class CountryContext(ResolverState):
    """Countries from place phrases, coordinations and the document's subnational cues."""

    _subnational: frozenset[str] | None = None

    def _subnational_names(self) -> frozenset[str]:
        """Country-named places the document marks as a state or province."""
        if self._subnational is not None:
            return self._subnational
        subdivisions = subdivision_countries()
        names: set[str] = set()
        for token in self.doc:
            word = key(token.text)
            if word not in subdivisions:
                continue
            entry = self.dictionary.entry(token.text)
            if entry is None or entry.kind != "state" or entry.country == subdivisions[word]:
                continue
            after = token.nbor(1) if token.i + 1 < len(self.doc) else None
            owner = after is not None and after.lower_ in ("'s", "’s")
            if owner and token.i + 2 < len(self.doc):
                after = token.nbor(2)  # "Georgia's governor"
            before = self.doc[max(0, token.i - 3) : token.i].text.lower()
            if (
                _cues_subnational(after)
                or self._after_a_town(token)
                or before.endswith(SUBNATIONAL_BEFORE)
                or (not owner and before.endswith(OFFICE_BEFORE))
            ):
                names.add(word)
        self._subnational = frozenset(names)
        return self._subnational

    def _after_a_town(self, token: Token) -> bool:
        """Rule ``actors.townstate``: a country-named state right after a town and a comma
        ("Athens, Georgia", "Gainesville, Georgia,") is the US state: the town is a capital's
        namesake (:mod:`cablegram.actors.townnames`) or a place the dictionary does not know.
        Not in a list of places ("Moscow, Georgia and Ukraine")."""
        from cablegram.actors.townnames import town_and_state

        i = token.i
        if i < 2 or self.doc[i - 1].text != ",":
            return False
        town = self.doc[i - 2]
        if not town.text[:1].isupper() or not town_and_state(self.doc, town.i):
            return False
        known = self.dictionary.entry(town.text)
        return town.lower_ in self.towns() or (known is None and town.ent_type_ == "GPE")

    def is_subnational(self, token: Token) -> bool:
        """Whether this country-named token stands for a state or province in this document."""
        return key(token.text) in self._subnational_names()

    def state_country(self, tokens: Sequence[Token]) -> str | None:
        """The country of a state or province the tokens name as a place ("Ohio", "New
        York"): the recogniser must take them for a place (GPE), or for part of an
        organisation's name when they are several words ("New York University"), and the
        dictionary must not know them as something else."""
        # A state of several words inside an organisation's name: "New York University".
        # Only as the name's own place, its first words or after its "of" ("Rutgers
        # University-New Brunswick" is no Canadian's), and never a river or a sea ("Red Sea
        # Global", "Blue Nile Inc.", "Cross River Bank" name a natural feature, not Sudan's or
        # Nigeria's state).
        in_name = len(tokens) > 1 and all(t.ent_type_ == "ORG" for t in tokens)
        if in_name and (
            not _heads_name(tokens[0]) or any(t.lower_ in _NATURAL_FEATURES for t in tokens)
        ):
            return None
        if not tokens or (not in_name and any(t.ent_type_ != "GPE" for t in tokens)):
            return None
        text = " ".join(t.text for t in tokens)
        if self.dictionary.entry(text) is not None:
            return None
        return state_names().get(key(text))

    def subdivision_country(self, token: Token) -> str | None:
        """The country of the subdivision a country-named token stands for ("Georgia" -> USA)."""
        return subdivision_countries().get(key(token.text))

    def place_of(self, token: Token) -> str | None:
        """The country in a place phrase on a role noun: "security forces in Guinea"; none for
        people of many states ("the defence ministers of 28 countries in Brussels", "leaders
        of the member states"), where the place is where they met, not whose they are."""
        return None if of_many_states(token) else self.place_phrase_country(token)

    def place_phrase_country(self, token: Token) -> str | None:
        """:meth:`place_of` without the many-states check, for a caller that made it."""
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ not in _PLACE_PREPOSITIONS:
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                if self.is_subnational(pobj):
                    return self.subdivision_country(pobj)
                phrase = strip_determiner(noun_phrase(pobj).text)
                entry = self.entry(phrase) or self.entry(pobj.text)
                if entry is not None and entry.country and entry.kind == "state":
                    return entry.country
        return None

    def qualifying_country(self, head: Token, entry: Entry) -> str | None:
        """The country of a demonym qualifying a people's name ("Bosnian" in "Bosnian Serbs")."""
        for child in head.children:
            if child.dep_ in ("amod", "compound") and child.i < head.i:
                found = self.entry(child.text)
                if found is not None and found.country and found.country != entry.country:
                    return found.country
        return None

    def coordinated_countries(self, phrase: Span) -> list[str]:
        """The countries of a phrase's coordinated modifiers ("Swedish and Danish")."""
        countries: list[str] = []
        for t in phrase:
            entry = self.entry(t.text)
            if entry is None or not entry.country:
                continue
            country = self.subdivision_country(t) if self.is_subnational(t) else entry.country
            if country and country not in countries:
                countries.append(country)
        has_conj = any(t.dep_ == "cc" for t in phrase)
        return countries if has_conj else countries[:1]

    def the_country(self, token: Token) -> str | None:
        """The state "the country" or "the nation" stands for ("the country's leftist
        president"): the state that is the subject of the nearest sentence before it that has
        a state as subject (:meth:`subject_state_before`), else the text's own country
        (:meth:`story_country`); None when nothing says which."""
        if token.lower_ not in ("country", "nation") or not any(
            c.lower_ == "the" for c in token.children
        ):
            return None
        found = self.subject_state_before(token, passive=True)
        return found if found is not None else self.story_country()

    def subject_state_before(self, token: Token, passive: bool = False) -> str | None:
        """The state that is the subject ("Colombia suspended ...", with ``passive`` also "was
        invaded") of the nearest sentence up to ``token`` that has a state as subject, looking
        back at most :data:`COUNTRY_REACH_SENTENCES` sentences; None when there is none or
        that sentence's subjects are several states."""
        labels = ("nsubj", "nsubjpass") if passive else ("nsubj",)
        sentence = token.sent
        for _ in range(COUNTRY_REACH_SENTENCES):
            found: set[str] = set()
            for subject in sentence:
                if subject.i >= token.i or subject.dep_ not in labels:
                    continue
                # "Turkey and Greece traded accusations": each conjunct is a subject.
                for member in (subject, *subject.conjuncts):
                    entry = self.entry(strip_determiner(noun_phrase(member).text)) or self.entry(
                        member.text
                    )
                    if entry is not None and entry.kind == "state" and entry.country:
                        if not self.is_subnational(member):
                            found.add(entry.country)
            if found:
                return found.pop() if len(found) == 1 else None
            if sentence.start == 0:
                break
            sentence = self.doc[sentence.start - 1].sent
        return None


def _cues_subnational(after: Token | None) -> bool:
    """Whether the word after a country-named place (past its possessive) makes the place a
    state or province: one of :data:`SUBNATIONAL_CUES`, or the first of
    :data:`SUBNATIONAL_PAIRS` with its second ("attorney general", not "attorney")."""
    if after is None:
        return False
    if after.lower_ in SUBNATIONAL_CUES:
        return True
    following = after.doc[after.i + 1].lower_ if after.i + 1 < len(after.doc) else ""
    return (after.lower_, following) in SUBNATIONAL_PAIRS


_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})


def subnational_word(resolver: ResolverState, tokens: Sequence[Token]) -> Token | None:
    """The last word of ``tokens`` when it names a country-named state or province of this
    document ("Georgia" of "Georgia Governor" and of "Georgia 's governor": a possessive's
    own token is passed over); None otherwise."""
    words = [t for t in tokens if t.lower_ not in _POSSESSIVE_MARKS]
    if words and resolver.is_subnational(words[-1]):
        return words[-1]
    return None
