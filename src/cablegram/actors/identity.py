"""Corpus-level identity: a person cluster of the document matched to a dictionary entry,
so that "Boris Johnson", "Mr Johnson" and, in a British story of 2019, "Johnson" carry one
actor id in every document, and "George Bush" is the father or the son by the document's date.

The annotate stage stays a pure function of the document: the id of a matched person derives
from the entry's stable key (``Entry.identity``, e.g. ``person:boris johnson``), else from the
name and country as written (see :class:`cablegram.actors.base.Cluster`).

Matching rules (precision first):

* a full name the dictionary knows, also at the end of a longer name ("Crooked Hillary
  Clinton"), or a name whose first and last words fit exactly one entry ("George Bush" fits
  two; the date picks one), spellings compared by :mod:`cablegram.gazetteer.spelling`;
* a bare surname fits when one known person has it ("Putin"); a common one
  (:mod:`cablegram.actors.surnames`) only when the story backs that person up (their country
  is the text's or the story's, or they held an office on its date: "Smith" alone in an
  American story is not Australia's Stephen Smith); when several known people have it
  ("Johnson"), the one holding an office in the story's country on its date;
* filters: the country the text gives (or, for a bare surname without one, the document's
  dominant country) must agree; several candidates are narrowed to those holding an office on
  the document's date, then to those whose office is the title the text gives.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import combinations

from cablegram.actors.base import Cluster, ResolverState, key
from cablegram.actors.codes import code_for, is_igo
from cablegram.actors.homes import honorific_elsewhere
from cablegram.actors.seats import unplaced_seat
from cablegram.actors.surnames import is_common_surname
from cablegram.actors.terms import out_of_term
from cablegram.gazetteer.dictionary import ActorDictionary, Entry, Office
from cablegram.gazetteer.offices import office_title
from cablegram.gazetteer.spelling import same_name_words
from cablegram.records import stable_id

# Namesakes considered at most, for the listing to read an undecided id back (2**n subsets).
MAX_NAMESAKES = 6

# Roles that act within one country: a person holding one, named without a country, belongs
# to the country the story is about ("Opposition leader Tundu Lissu" in a Tanzanian story).
_DOMESTIC_ROLES = frozenset({"OPP", "LEG", "JUD", "COP"})
_DOMESTIC_TITLES = frozenset({"governor", "mayor", "lieutenant governor", "state senator"})
# "the Blair government": the words after a surname that name its bearer's term.
_TERM_AFTER = re.compile(r"(?:['’]s)?\s+(?:administration|presidency|premiership|government)\b")
# A dominant country needs this share of the document's state mentions, and two of them.
_DOMINANT_SHARE = 0.5


_MIDDLE_INITIAL = re.compile(r"[a-z]\.?")


def written_forms(name: str) -> list[str]:
    """A lower-cased full name as written, then without hyphens, then without middle
    initials ("viktor f. yanukovych" -> "viktor yanukovych"), then with an Arabic article
    joined to the name after it ("bashar al jaafari" -> "bashar al-jaafari")."""
    words = name.split()
    plain = [
        w
        for n, w in enumerate(words)
        if not (0 < n < len(words) - 1 and _MIDDLE_INITIAL.fullmatch(w))
    ]
    joined = re.sub(r"\b(al|el) (?=\w)", r"\1-", name)
    forms = [name, name.replace("-", " "), " ".join(plain), joined]
    return list(dict.fromkeys(forms))


def is_minister(title: str | None) -> bool:
    """Whether a title is a state's minister ("interior minister", "minister of justice"),
    who serves one government; not a "ministers" group nor a "prime minister" (who may be
    any state's head of government visiting the story's)."""
    words = key(title or "").split()
    return "minister" in words and "prime" not in words


def namesakes_of(dictionary: ActorDictionary, name: str) -> list[Entry]:
    """The known people whose first and last names are those of ``name`` ("George Bush":
    George H. W. Bush and George W. Bush); [] for a one-word name."""
    words = key(name).replace(".", ". ").split()
    if len(words) < 2:
        return []
    return [
        e
        for e in dictionary.surnames.get(words[-1], [])
        if same_name_words(key(e.name).split()[0], words[0])
    ]


def namesake_id(identities: Iterable[str]) -> str:
    """The actor id of a name the document leaves open between these namesakes."""
    return stable_id("namesakes", *sorted(identities))


def open_namesakes(dictionary: ActorDictionary, name: str, actor_id: str) -> list[Entry]:
    """The namesakes an undecided actor id leaves open ([] when the id is no such id)."""
    found = namesakes_of(dictionary, name)[:MAX_NAMESAKES]
    for size in range(len(found), 0, -1):
        for subset in combinations(found, size):
            if namesake_id(e.identity for e in subset) == actor_id:
                return list(subset)
    return []


class Identity(ResolverState):
    """Matches clusters to dictionary entries and gives each a CAMEO-style code."""

    _dominant: tuple[str | None] | None = None

    def other_state_near(self, cluster: Cluster, country: str) -> bool:
        """Whether a sentence holding one of ``cluster``'s mentions names a state (as a state
        the text mentions: "Moscow", "Russia") other than ``country``."""
        spans = [
            (sent.start_char, sent.end_char)
            for sent in self.doc.sents
            if any(sent.start_char <= m.start < sent.end_char for m in cluster.mentions)
        ]
        return any(
            lo <= m.start < hi
            for other in self.clusters.values()
            if other.kind == "state" and other.country not in (None, country)
            for m in other.mentions
            for lo, hi in spans
        )

    def dominant_country(self) -> str | None:
        """The country most of the document's state mentions name, when one clearly leads."""
        if self._dominant is None:
            counts: dict[str, int] = {}
            for cluster in self.clusters.values():
                if cluster.kind == "state" and cluster.country:
                    counts[cluster.country] = counts.get(cluster.country, 0) + len(cluster.mentions)
            total = sum(counts.values())
            best = max(counts, key=lambda c: counts[c]) if counts else None
            share_ok = best is not None and counts[best] >= 2
            share_ok = share_ok and best is not None and counts[best] >= _DOMINANT_SHARE * total
            self._dominant = (best if share_ok else None,)
        return self._dominant[0]

    def office_on_date(self, entry: Entry) -> Office | None:
        """The entry's office held on the document's date, if any."""
        for office in self.dictionary.offices.get(entry.identity, ()):
            if office.holds_on(self.date):
                return office
        return None

    def _candidates(self, cluster: Cluster) -> list[Entry]:
        name = key(cluster.name)
        # "Karl-Heinz" and "Karl Heinz", "Viktor F. Yanukovych" and "Viktor Yanukovych",
        # "Bashar al Jaafari" and "Bashar al-Jaafari": one name written several ways.
        for written in written_forms(name):
            exact = self.dictionary.people.get(written)
            if exact:
                return list(exact)
        words = name.replace(".", ". ").split()
        if not words:
            return []
        for size in (3, 2):
            # A known full name at the end of a longer one: a nickname or epithet the
            # recogniser took in ("Crooked Hillary Clinton", "Lyin' Ted Cruz").
            tail = self.dictionary.people.get(" ".join(words[-size:]))
            if len(words) > size and tail:
                return list(tail)
        by_surname = self.dictionary.surnames.get(words[-1], [])
        variant = not by_surname
        if variant:
            # A spelling the dictionary lacks ("Zareef", "Mohamad Javad Zarif"): a variant of
            # one known surname, taken only where the text's country agrees (below).
            by_surname = self.dictionary.surname_variants(words[-1])
        if len(words) == 1:
            country = cluster.country or self.dominant_country()
            if variant:
                return [e for e in by_surname if country is not None and e.country == country]
            if len(by_surname) == 1 and is_common_surname(words[0]):
                # A common surname only one known person has ("Smith" is Stephen Smith of
                # Australia in the dictionary) is that person only when the story backs it
                # up: their country is the one the text gives or the story is about, they
                # held an office on the story's date, or the text names their term. A rare
                # one ("Putin") is its one known bearer.
                return [
                    e
                    for e in by_surname
                    if (country is not None and e.country == country)
                    or self.office_on_date(e) is not None
                    or self._names_a_term(cluster)
                ]
            return list(by_surname)
        # "George Bush": the entries whose first and last names are these, when the text's
        # country or the document's date backs one up.
        return [
            e
            for e in by_surname
            if same_name_words(key(e.name).split()[0], words[0])
            and (
                (cluster.country is not None and e.country == cluster.country)
                or self.office_on_date(e) is not None
                or self._full_name_known(e, words)
            )
        ]

    def _names_a_term(self, cluster: Cluster) -> bool:
        """Whether the text names the person's term of office ("the Blair government",
        "the Obama administration"): only a head of government has one, so the name is theirs."""
        return any(
            _TERM_AFTER.match(self.text, mention.end) is not None for mention in cluster.mentions
        )

    def _full_name_known(self, entry: Entry, words: list[str]) -> bool:
        """Whether the name is one of the entry's names but for spelling ("Mohamad Javad
        Zarif" for "Mohammad Javad Zarif"): every word a variant of the entry's, in order."""
        for known in self.dictionary.names_of(entry):
            parts = key(known).replace(".", ". ").split()
            if len(parts) == len(words) and all(map(same_name_words, parts, words)):
                return True
        return False

    def _choose(self, cluster: Cluster, candidates: list[Entry]) -> Entry | None:
        shared = len(self.dictionary.surnames.get(key(cluster.name), ())) > 1
        bare = len(cluster.name.split()) == 1 and shared
        country = cluster.country or (self.dominant_country() if bare else None)
        if country is not None:
            candidates = [e for e in candidates if e.country in (None, country)]
        if bare:
            # A surname several known people share ("Johnson"): only the one holding an
            # office in the country of the story on its date.
            candidates = [e for e in candidates if self.office_on_date(e) is not None]
            if country is None:
                return None
        if len(candidates) > 1:
            dated = [e for e in candidates if self.office_on_date(e) is not None]
            candidates = dated or candidates
        if len(candidates) > 1 and cluster.title:
            wanted = office_title(cluster.title, cluster.country)
            titled = [
                e
                for e in candidates
                if any(o.title == wanted for o in self.dictionary.offices.get(e.identity, ()))
            ]
            candidates = titled or candidates
        return candidates[0] if len(candidates) == 1 else None

    def _namesake(self, cluster: Cluster) -> Entry | None:
        """ "George Bush": of the namesakes whose country agrees, the one whose dated office
        falls in the document's era (see :mod:`cablegram.actors.era`), when the era is
        bounded and only one does. Otherwise the name stays undecided: the cluster keeps the
        namesakes the era leaves open (those whose offices all began after it are out), and
        its id names them (:func:`namesake_id`), so the listing can settle it by the corpus."""
        cluster.namesakes = ()
        found = [
            e
            for e in namesakes_of(self.dictionary, cluster.name)
            if cluster.country is None or e.country == cluster.country
        ]
        if len(found) < 2:
            return None
        era = self.era()
        offices = {e.identity: self.dictionary.offices.get(e.identity, []) for e in found}
        if era is not None and era.bounded:
            held = [e for e in found if any(era.overlaps(o) for o in offices[e.identity])]
            if len(held) == 1:
                return held[0]
        open_ = [
            e
            for e in found
            if era is None
            or not offices[e.identity]
            or not all(era.before(o) for o in offices[e.identity])
        ]
        cluster.namesakes = tuple(sorted(e.identity for e in open_[:MAX_NAMESAKES]))
        return None

    def identify(self, cluster: Cluster) -> None:
        """Give a cluster its dictionary identity (when one fits), its dated role and code."""
        entry = self.dictionary.by_identity.get(cluster.identity) if cluster.identity else None
        # The role the dictionary gives on the article's date: a dated office wins over the
        # entry's static role (a Taliban minister after 2021 governs, no longer a rebel).
        role_now: str | None = None
        if entry is None and cluster.kind == "person" and "@" not in cluster.key:
            candidates = self._candidates(cluster)
            entry = self._choose(cluster, candidates)
            if entry is None and not candidates:
                entry = self._namesake(cluster)
            countries = {e.country for e in candidates}
            if entry is None and cluster.country is None and len(countries) == 1:
                # "Clinton" in 2016: Bill or Hillary, undecided, but American either way.
                cluster.country = countries.pop()
        if entry is not None:
            cluster.identity = entry.identity
            role_now = entry.role
            if cluster.kind == "person":
                cluster.name = entry.name
                office = self.office_on_date(entry)
                if office is not None:
                    role_now = office.role or role_now
                    cluster.enrich(office.country, office.role, None)
                    cluster.code = cluster.code or office.code
                elif out_of_term(self.dictionary, entry, self.date):
                    role_now = None  # "Trump said" in a 2016 campaign story: no GOV
                cluster.enrich(entry.country, role_now, None)
            else:
                dated = self.office_on_date(entry)
                if dated is not None:
                    # "the Taliban" in 2023 governs; in 2010 it is the insurgency.
                    cluster.role, cluster.code = dated.role, dated.code
                    role_now = dated.role or role_now
            cluster.code = cluster.code or entry.code
        in_opposition(cluster, role_now)
        domestic = cluster.role in _DOMESTIC_ROLES or cluster.title in _DOMESTIC_TITLES
        # An international body's legislator or judge is no state's ("European Parliament
        # President X" in a story about Turkey): the body's code, not the story's country.
        domestic = domestic and not is_igo(cluster.code)
        # "Sen. X" in a London story about Iran: the text must say whose senator.
        home_unsaid = cluster.kind == "person" and honorific_elsewhere(self, cluster)
        # "Mariupol Mayor X", Mariupol unknown: not the state the story names most (actors.seats).
        home_unsaid = home_unsaid or unplaced_seat(self, cluster)
        if cluster.kind == "person" and cluster.country is None and domestic and not home_unsaid:
            cluster.country = self.dominant_country() or self.story_country()
        if cluster.kind == "person" and cluster.country is None and is_minister(cluster.title):
            # "Interior Minister Suleyman Soylu" in a story about Turkey: a minister of the
            # one state the story is about (its places and its state mentions agree).
            states = {self.dominant_country(), self.story_country()} - {None}
            home = states.pop() if len(states) == 1 else None
            # A minister whose own sentences name another state may be its envoy visiting:
            # "Foreign Minister X arrived in Ankara and said Moscow backed the government".
            cluster.country = home if home and not self.other_state_near(cluster, home) else None
        cluster.code = cluster.code or code_for(cluster.kind, cluster.country, cluster.role)


# Words of a mention that put a person outside the government ("opposition leader X",
# "jailed dissident X", "exiled leader X").
_OUTSIDE_GOVERNMENT = re.compile(r"\b(?:opposition|dissident|exiled|jailed|imprisoned)\b", re.I)


def in_opposition(cluster: Cluster, entry_role: str | None) -> None:
    """Opposition is never government: a person the dictionary lists in opposition (or as a
    rebel), or whose mention calls them an opposition figure or a jailed or exiled one, is not
    GOV because a title word ("leader") said so. The role becomes the dictionary's, else OPP;
    the code follows."""
    if cluster.kind != "person" or cluster.role != "GOV":
        return
    if entry_role in ("OPP", "REB"):
        role = entry_role
    elif any(_OUTSIDE_GOVERNMENT.search(m.text) for m in cluster.mentions):
        role = "OPP"
    else:
        return
    cluster.role = role
    cluster.code = code_for(cluster.kind, cluster.country, role)
