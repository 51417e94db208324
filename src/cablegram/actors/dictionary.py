"""The actor dictionary: countries, demonyms, capitals, organisations, titles and honorifics.

Data, not code: country names and codes come from pycountry; the rest are CSV files shipped in
``cablegram/data`` (see its README for sources), extendable with a user file in the
organisations format (``name,aliases,kind,country,role``).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pycountry

from cablegram.records import ActorKind

_KINDS: frozenset[str] = frozenset({"person", "state", "organization", "group"})


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
    # People by surname, where the gazetteer holds only one person of that surname.
    _surnames: dict[str, Entry | None] = field(default_factory=dict)

    def entry(self, text: str) -> Entry | None:
        exact = self.exact_case.get(" ".join(text.split()))
        if exact is not None:
            return exact
        key = _key(text)
        if key in self._case_only:
            return None
        return self.phrases.get(key)

    def person_by_surname(self, surname: str) -> Entry | None:
        """The one known person with this surname ("Putin"), or None when several or none."""
        return self._surnames.get(_key(surname))

    def title(self, text: str) -> Title | None:
        return self.titles.get(_key(text))

    def country_name(self, iso3: str) -> str:
        return self.country_names.get(iso3, iso3)

    def add_organizations(self, rows: Iterable[dict[str, str]], source: str) -> None:
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
            entry = Entry(canonical, kind, country, role, via)  # type: ignore[arg-type]
            if kind == "person":
                for text in {name.split()[-1], *(a.split()[-1] for a in aliases)}:
                    key = _key(text)
                    known = self._surnames.get(key, entry)
                    self._surnames[key] = entry if known == entry else None
            for text in (name, *aliases):
                if _is_acronym(text) and len(text) <= 4:
                    self.exact_case[text] = entry
                    self._case_only.add(_key(text))
                else:
                    self.phrases[_key(text)] = entry


def _is_acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def _key(text: str) -> str:
    return " ".join(text.lower().replace("\u2019", "'").split())


def _read_csv(text: str) -> Iterator[dict[str, str]]:
    yield from csv.DictReader(io.StringIO(text))


def _package_csv(name: str) -> Iterator[dict[str, str]]:
    data = resources.files("cablegram") / "data" / name
    yield from _read_csv(data.read_text(encoding="utf-8"))


def _short_name(country: object) -> str:
    for attr in ("common_name", "name"):
        value = getattr(country, attr, None)
        if isinstance(value, str):
            # ISO names such as "Iran, Islamic Republic of" read badly as an actor's name.
            return value.split(",")[0].strip()
    raise ValueError("country without a name")


def _add_countries(dictionary: ActorDictionary) -> None:
    overrides = {row["iso3"]: row["name"] for row in _package_csv("country_short_names.csv")}
    for country in pycountry.countries:
        iso3 = country.alpha_3
        short = overrides.get(iso3) or _short_name(country)
        dictionary.country_names[iso3] = short
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if isinstance(value, str):
                dictionary.phrases.setdefault(
                    _key(value), Entry(short, "state", iso3, "GOV", "country")
                )
        dictionary.phrases.setdefault(_key(short), Entry(short, "state", iso3, "GOV", "country"))
    for row in _package_csv("country_aliases.csv"):
        iso3, via, text = row["iso3"], row["kind"], row["text"]
        kind: ActorKind = "group" if via == "demonym_plural" else "state"
        entry = Entry(
            dictionary.country_names[iso3], kind, iso3, "GOV", "country" if via == "alias" else via
        )
        if _is_acronym(text) and len(text) <= 4:
            dictionary.exact_case.setdefault(text, entry)
            dictionary._case_only.add(_key(text))
        else:
            dictionary.phrases.setdefault(_key(text), entry)


def _add_titles(dictionary: ActorDictionary) -> None:
    for row in _package_csv("titles.csv"):
        kind = row.get("kind") or "person"
        dictionary.titles[_key(row["title"])] = Title(
            row["title"].lower(),
            (row.get("role") or "").upper() or None,
            kind if kind in _KINDS else "person",  # type: ignore[arg-type]
        )
    for row in _package_csv("honorifics.csv"):
        dictionary.honorifics[_key(row["text"])] = (
            (row.get("implies_role") or "").upper() or None,
            (row.get("implies_title") or "").lower() or None,
        )
        if row.get("implies_country"):
            dictionary.honorific_countries[_key(row["text"])] = row["implies_country"]


@lru_cache(maxsize=8)
def load_dictionary(user_file: str | None = None) -> ActorDictionary:
    """The shipped dictionary, extended (and overridden) by a user's organisations-format CSV."""
    dictionary = ActorDictionary()
    _add_countries(dictionary)
    dictionary.add_organizations(_package_csv("organizations.csv"), "organizations.csv")
    people = resources.files("cablegram") / "data" / "people.csv"
    if people.is_file():
        dictionary.add_organizations(_package_csv("people.csv"), "people.csv")
    _add_titles(dictionary)
    if user_file:
        path = Path(user_file)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise DictionaryError(f"{path}: cannot read actors file ({err})") from err
        rows = list(_read_csv(text))
        if not rows or "name" not in rows[0]:
            raise DictionaryError(
                f"{path}: expected a CSV with a header name,aliases,kind,country,role"
            )
        dictionary.add_organizations(rows, str(path))
    return dictionary
