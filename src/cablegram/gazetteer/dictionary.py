"""The actor dictionary: countries, demonyms, capitals, organisations, titles and honorifics.

Data, not code: country names and codes come from pycountry; the rest are CSV files shipped in
``cablegram/data`` (see its README for sources), extendable with a user file in the
organisations format (``name,aliases,kind,country,role``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import cast

import pycountry

from cablegram.datafiles import package_csv
from cablegram.gazetteer.spelling import MIN_CONSONANTS, consonants, singular_key, spelling_key
from cablegram.records import ActorKind

_KINDS: frozenset[str] = frozenset({"person", "state", "organization", "group"})


# An acronym of three letters or more written with stops ("I.C.C.", "I.A.E.A").
_DOTTED = re.compile(r"^(?:[A-Z]\.){2,}[A-Z]\.?$")


class DictionaryError(Exception):
    """A dictionary file cannot be used; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class Entry:
    """What a dictionary phrase names."""

    name: str
    kind: ActorKind
    country: str | None
    role: str | None
    # How the phrase names it: "country", "demonym", "demonym_plural", "capital", "organization".
    via: str
    # A stable key of the entry ("person:boris johnson"), shared by every phrase that names it:
    # the actor id of a known person or organisation derives from it, not from the text.
    identity: str = ""
    # A CAMEO-style actor code ("IGOUNO", "IGOWSTNAT") when the dictionary gives one.
    code: str | None = None
    # The file the entry comes from ("people.csv", a user's file).
    source: str = ""


@dataclass(frozen=True, slots=True)
class Office:
    """An office a person held, from ``start`` to ``end`` (ISO dates; None: open-ended).

    ``title`` is a canonical office ("foreign minister") when the source names one; a Phoenix
    role such as ``[FRAGOV 040401-050630]`` gives only a country and a sector role.
    """

    title: str | None
    country: str | None
    role: str | None
    start: str | None
    end: str | None
    source: str
    # The CAMEO code of a Phoenix role ("FRAGOV", "IGOUNO"), when the source gives one.
    code: str | None = None
    # The holder's party family as the press names it ("socialist", "republican"), if known.
    party: str | None = None

    def holds_on(self, date: str | None) -> bool:
        """Whether the office was held on ``date`` (an ISO date or its prefix)."""
        if date is None:
            return False
        day = date[:10]
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class Title:
    """A title or role noun and what it implies about the actor holding it."""

    text: str
    role: str | None
    kind: ActorKind


@dataclass(slots=True)
class ActorDictionary:
    """Phrase tables keyed by lower-cased text."""

    phrases: dict[str, Entry] = field(default_factory=dict)
    titles: dict[str, Title] = field(default_factory=dict)
    # Honorifics ("Sen.", "Mr") -> (role, title) they imply.
    honorifics: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    # Honorifics that only one country's press uses ("Sen.", "Rep.": the US Congress).
    honorific_countries: dict[str, str] = field(default_factory=dict)
    # Short capitalised aliases ("US", "WHO") that name an actor only when written in capitals;
    # lower-cased they are ordinary words ("us", "who").
    exact_case: dict[str, Entry] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)  # iso3 -> short name
    _case_only: set[str] = field(default_factory=set)
    # Every person entry by each of their full names and by surname: a name may fit several.
    people: dict[str, list[Entry]] = field(default_factory=dict)
    surnames: dict[str, list[Entry]] = field(default_factory=dict)
    # Person entries by the spelling key of their surname ("zaraf" for Zarif and Zareef).
    spellings: dict[str, list[Entry]] = field(default_factory=dict)
    # Offices by entry identity, and office holders by (country, office title).
    offices: dict[str, list[Office]] = field(default_factory=dict)
    holders: dict[tuple[str, str], list[tuple[Entry, Office]]] = field(default_factory=dict)
    by_identity: dict[str, Entry] = field(default_factory=dict)
    # National office titles that name no country but exist in few ("Home Secretary": the UK,
    # India, Pakistan...; "Chancellor of the Exchequer": the UK) -> those countries.
    title_countries: dict[str, frozenset[str]] = field(default_factory=dict)
    # First words of known people's full names ("dmitry", "alexei"): given names.
    given_names: set[str] = field(default_factory=set)
    # Names of several words of bodies by :func:`_singular_key` ("revolutionary guard corp"),
    # built on first use: "Revolutionary Guards Corps" is the Revolutionary Guard Corps.
    _singular: dict[str, Entry | None] | None = None

    def entry(self, text: str) -> Entry | None:
        exact = self.exact_case.get(" ".join(text.split()))
        if exact is not None:
            return exact
        if len(text) == 4 and text.isalpha() and text.istitle():
            # An acronym written as a word, as British papers do ("Nato", "Opec"): four
            # letters at least, so that "Who" and "Us" stay words.
            exact = self.exact_case.get(text.upper())
            if exact is not None:
                return exact
        if _DOTTED.match(text.strip()):
            # "I.C.C", "I.C.C.": an acronym written with stops is the acronym ("ICC").
            exact = self.exact_case.get(text.strip().replace(".", ""))
            if exact is not None:
                return exact
        phrase = key(text)
        if phrase in self._case_only:
            return None
        found = self.phrases.get(phrase)
        if found is None and " " in phrase:
            found = self._by_singular().get(singular_key(phrase))
        return found

    def _by_singular(self) -> dict[str, Entry | None]:
        """Bodies' names of several words by their singular key; a key two bodies share
        maps to None (told apart only as written)."""
        if self._singular is None:
            self._singular = {}
            for text, entry in self.phrases.items():
                if entry.kind == "person" or " " not in text:
                    continue
                plain = singular_key(text)
                known = self._singular.get(plain, entry)
                self._singular[plain] = entry if known is entry else None
        return self._singular

    def person_by_surname(self, surname: str) -> Entry | None:
        """The one known person with this surname ("Putin"), or None when several or none."""
        found = self.surnames.get(key(surname), [])
        return found[0] if len(found) == 1 else None

    def surname_variants(self, surname: str) -> list[Entry]:
        """The person entries whose surname is a spelling variant of ``surname`` ("Zareef" ->
        Zarif; see :mod:`cablegram.gazetteer.spelling`); [] for keys too short to trust."""
        found = spelling_key(surname)
        if consonants(found) < MIN_CONSONANTS:
            return []
        return list(self.spellings.get(found, ()))

    def names_of(self, entry: Entry) -> list[str]:
        """Every full name (lower case) under which a person entry is known."""
        return [name for name, found in self.people.items() if entry in found]

    def add_office(self, entry: Entry, office: Office) -> None:
        """Record that ``entry`` held ``office`` (its dates, country and title)."""
        self.offices.setdefault(entry.identity, []).append(office)
        if office.title and office.country:
            self.holders.setdefault((office.country, office.title), []).append((entry, office))

    def office_holder(
        self, country: str, title: str, date: str | None, party: str | None = None
    ) -> Entry | None:
        """The person who held the office (by its canonical title or a synonym, see
        :func:`cablegram.gazetteer.offices.office_title`) in ``country`` on ``date``; with a
        ``party`` family ("socialist"), only a holder of that party or of none known."""
        from cablegram.gazetteer.offices import office_title, party_agrees

        canonical = office_title(title, country)
        if canonical is None or date is None:
            return None
        held = [(e, o) for e, o in self.holders.get((country, canonical), []) if o.holds_on(date)]
        found = [e for e, o in held if party_agrees(party, o.party)]
        return found[0] if len(found) == 1 else None

    def add_entry(self, entry: Entry, phrases: Iterable[str], replace: bool) -> None:
        """Index ``entry`` under its phrases. ``replace``: a user's entry takes a phrase over
        from the shipped ones (rename, merge); entries of one file that share a phrase are
        all kept, to be told apart by date and country (split)."""
        self._singular = None
        self.by_identity[entry.identity] = entry
        for text in phrases:
            if _is_acronym(text) and len(text) <= 4:
                self.exact_case[text] = entry
                self._case_only.add(key(text))
            else:
                self.phrases[key(text)] = entry
            if entry.kind != "person":
                continue
            last = text.split()[-1]
            if len(text.split()) > 1:
                self.given_names.add(key(text.split()[0]))
            for index, word in (
                (self.people, key(text)),
                (self.surnames, key(last)),
                (self.spellings, spelling_key(last)),
            ):
                known = index.setdefault(word, [])
                if replace and any(e.source != entry.source for e in known):
                    known.clear()
                if all(e.identity != entry.identity for e in known):
                    known.append(entry)

    def title(self, text: str) -> Title | None:
        return self.titles.get(key(text))

    def country_name(self, iso3: str) -> str:
        return self.country_names.get(iso3, iso3)

    def add_organizations(
        self, rows: Iterable[dict[str, str]], source: str, replace: bool = False
    ) -> None:
        """Entries from rows of the organisations format (``name,aliases,kind,country,role``,
        optionally ``code``); ``source`` names the file in errors and on the entries."""
        for number, row in enumerate(rows, start=2):
            try:
                name = row["name"].strip()
                kind = (row.get("kind") or "organization").strip() or "organization"
                if not name or kind not in _KINDS:
                    raise ValueError(f"bad name or kind {kind!r}")
                country = (row.get("country") or "").strip().upper() or None
                if country and pycountry.countries.get(alpha_3=country) is None:
                    raise ValueError(f"unknown ISO 3166-1 alpha-3 code {country!r}")
                role = (row.get("role") or "").strip().upper() or None
            except (KeyError, ValueError, AttributeError) as err:
                raise DictionaryError(f"{source}:{number}: {err}") from err
            aliases = [a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()]
            acronyms = [a for a in aliases if _is_acronym(a)]
            # International organisations go by their acronym in event data ("NATO", "IAEA"),
            # as in CAMEO's actor codes; others keep their full name ("Associated Press").
            canonical = acronyms[0] if role == "IGO" and acronyms else name
            via = "person" if kind == "person" else "organization"
            identity = f"{'person' if kind == 'person' else 'org'}:{key(name)}"
            code = (row.get("code") or "").strip().upper() or None
            actor_kind = cast(ActorKind, kind)  # checked against _KINDS above
            entry = Entry(canonical, actor_kind, country, role, via, identity, code, source)
            self.add_entry(entry, (name, *aliases), replace)


def _is_acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def key(text: str) -> str:
    """TEXT lower-cased, curly apostrophes straightened and runs of white space made one: the
    form every dictionary phrase, title and subdivision name is looked up by."""
    return " ".join(text.lower().replace("\u2019", "'").split())


def _short_name(country: object) -> str:
    for attr in ("common_name", "name"):
        value = getattr(country, attr, None)
        if isinstance(value, str):
            # ISO names such as "Iran, Islamic Republic of" read badly as an actor's name.
            return value.split(",")[0].strip()
    raise ValueError("country without a name")


def _add_countries(dictionary: ActorDictionary) -> None:
    overrides = {row["iso3"]: row["name"] for row in package_csv("country_short_names.csv")}
    for country in pycountry.countries:
        iso3 = country.alpha_3
        short = overrides.get(iso3) or _short_name(country)
        dictionary.country_names[iso3] = short
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if isinstance(value, str):
                dictionary.phrases.setdefault(
                    key(value), Entry(short, "state", iso3, "GOV", "country")
                )
        dictionary.phrases.setdefault(key(short), Entry(short, "state", iso3, "GOV", "country"))
    for row in package_csv("country_aliases.csv"):
        iso3, via, text = row["iso3"], row["kind"], row["text"]
        kind: ActorKind = "group" if via == "demonym_plural" else "state"
        entry = Entry(
            dictionary.country_names[iso3], kind, iso3, "GOV", "country" if via == "alias" else via
        )
        if _is_acronym(text) and len(text) <= 4:
            dictionary.exact_case.setdefault(text, entry)
            dictionary._case_only.add(key(text))
        else:
            dictionary.phrases.setdefault(key(text), entry)


def _add_titles(dictionary: ActorDictionary) -> None:
    for row in package_csv("titles.csv"):
        kind = row.get("kind") or "person"
        dictionary.titles[key(row["title"])] = Title(
            row["title"].lower(),
            (row.get("role") or "").upper() or None,
            kind if kind in _KINDS else "person",  # type: ignore[arg-type]
        )
    for row in package_csv("national_titles.csv"):
        text = key(row["title"])
        # Also without "the": the resolver reads modifiers with determiners left out.
        for form in {text, " ".join(w for w in text.split() if w != "the")}:
            dictionary.title_countries[form] = frozenset(row["countries"].split("|"))
            dictionary.titles.setdefault(
                form, Title(text, (row.get("role") or "").upper() or None, "person")
            )
    for row in package_csv("honorifics.csv"):
        dictionary.honorifics[key(row["text"])] = (
            (row.get("implies_role") or "").upper() or None,
            (row.get("implies_title") or "").lower() or None,
        )
        if row.get("implies_country"):
            dictionary.honorific_countries[key(row["text"])] = row["implies_country"]


@lru_cache(maxsize=8)
def load_dictionary(user_file: str | None = None) -> ActorDictionary:
    """The shipped dictionary, extended (and overridden) by a user's organisations-format CSV."""
    dictionary = ActorDictionary()
    _add_countries(dictionary)
    codes = {row["name"]: row["code"] for row in package_csv("organization_codes.csv")}
    dictionary.add_organizations(
        ({**row, "code": codes.get(row["name"], "")} for row in package_csv("organizations.csv")),
        "organizations.csv",
    )
    dictionary.add_organizations(package_csv("people.csv"), "people.csv")
    _add_offices(dictionary)
    _add_organization_roles(dictionary)
    _add_titles(dictionary)
    if user_file:
        from cablegram.gazetteer.phoenix import add_user_file

        add_user_file(dictionary, Path(user_file))
    return dictionary


def _add_offices(dictionary: ActorDictionary) -> None:
    """The dated offices of ``offices.csv`` (``name,office,country,start,end,source,party``)."""
    for number, row in enumerate(package_csv("offices.csv"), start=2):
        entry = dictionary.by_identity.get(f"person:{key(row['name'])}")
        if entry is None:
            raise DictionaryError(f"offices.csv:{number}: {row['name']!r} is not in people.csv")
        office = Office(
            row["office"],
            row["country"],
            entry.role,
            row["start"] or None,
            row["end"] or None,
            row["source"],
            party=row.get("party") or None,
        )
        dictionary.add_office(entry, office)


def _add_organization_roles(dictionary: ActorDictionary) -> None:
    """The dated roles of ``organization_roles.csv`` and ``people_roles.csv`` (both
    ``name,country,role,start,end,source``): a group that became a government ("Taliban":
    REB, then GOV from 2021-08-15), and its leaders ("Hibatullah Akhundzada"), keep the role
    of ``organizations.csv`` or ``people.csv`` on other dates and when the document has none.
    Raises DictionaryError for a row naming no entry of that kind."""
    rows = [
        (file, number, row, kinds)
        for file, kinds in (
            ("organization_roles.csv", ("organization", "group")),
            ("people_roles.csv", ("person",)),
        )
        for number, row in enumerate(package_csv(file), start=2)
    ]
    for file, number, row, kinds in rows:
        entry = dictionary.entry(row["name"])
        if entry is None or entry.kind not in kinds or entry.name != row["name"]:
            raise DictionaryError(f"{file}:{number}: {row['name']!r} has no entry of its kind")
        role = row["role"].strip().upper()
        country = row["country"].strip().upper() or None
        office = Office(
            None,
            country,
            role,
            row["start"] or None,
            row["end"] or None,
            row["source"],
            (country or "") + role,
        )
        dictionary.add_office(entry, office)
