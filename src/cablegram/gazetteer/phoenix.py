"""The user's ``--actors FILE``: a CSV in the organisations format, or an actor dictionary in
the PETRARCH/Phoenix format, the field's standard for CAMEO-coded actors.

Phoenix format (as in the Phoenix dictionaries of openeventdata/petrarch2, read for the
format only)::

    # a comment runs to the end of the line
    JOHN_KERRY_  [USAELI]             name in capitals, words joined by "_"; optional code
    +JOHN_FORBES_KERRY                 an alias
    +SECRETARY_KERRY
        [USALEG 850102-130201]          a dated role: CAMEO code, start-end as YYMMDD
        [USAGOV 130201-170120]
        [USAELI >170120]                from a date on ("<YYMMDD": until a date)

A code is a country (ISO alpha-3, "USA") followed by a sector role ("GOV"), or an
international code ("IGOUNO", "IGOWSTNAT", "NGO..."). Six-digit years ``YY`` up to 30 are
20YY, the others 19YY; eight-digit dates (YYYYMMDD) are taken as written.

An entry with a dated role, or a country and role under a name of two words or more, is a
person; an IGO/NGO code makes an organisation; a bare country code, a state. Entries of one
file that share an alias are both kept and told apart by date and country (a split); a
user's entry takes its phrases over from the shipped dictionary (a merge or a rename).
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pycountry

from cablegram.gazetteer.dictionary import ActorDictionary, DictionaryError, Entry, Office, key
from cablegram.records import ActorKind

_ROLE = re.compile(r"\[([A-Z]{3,15})(?:\s+([<>]?\d{6,8})(?:-(\d{6,8}))?)?\s*\]")
_ORG_WORDS = frozenset(
    {
        "ministry",
        "party",
        "council",
        "organization",
        "organisation",
        "union",
        "army",
        "forces",
        "group",
        "front",
        "movement",
        "agency",
        "bank",
        "court",
        "committee",
        "league",
        "government",
        "parliament",
        "office",
        "department",
    }
)


def add_user_file(dictionary: ActorDictionary, path: Path) -> None:
    """Add a user's actors file (CSV or Phoenix), raising DictionaryError naming file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise DictionaryError(f"{path}: cannot read actors file ({err})") from err
    first = next((line for line in text.splitlines() if line.strip()), "")
    if first.lstrip().lower().startswith("name,") or ("," in first and "[" not in first):
        rows = list(csv.DictReader(io.StringIO(text)))
        if not rows or "name" not in rows[0]:
            raise DictionaryError(
                f"{path}: expected a CSV with a header name,aliases,kind,country,role"
            )
        dictionary.add_organizations(rows, str(path), replace=True)
        return
    add_phoenix(dictionary, text, str(path))


def phoenix_date(text: str, source: str, number: int) -> str:
    """An ISO date from a Phoenix YYMMDD or YYYYMMDD date."""
    if len(text) == 6:
        year = int(text[:2])
        text = ("20" if year <= 30 else "19") + text
    if len(text) != 8:
        raise DictionaryError(f"{source}:{number}: bad date {text!r} (YYMMDD or YYYYMMDD)")
    return f"{text[:4]}-{text[4:6]}-{text[6:]}"


def split_code(code: str) -> tuple[str | None, str | None]:
    """(country, role) of a CAMEO code: "FRAGOV" -> ("FRA", "GOV"), "IGOUNO" -> (None, "IGO")."""
    head = code[:3]
    if head in ("IGO", "NGO", "MNC", "IMG"):
        return None, head
    if pycountry.countries.get(alpha_3=head) is not None:
        return head, (code[3:6] or None)
    return None, code[:3]


def _name(raw: str) -> str:
    words = raw.strip().strip("_").replace("_", " ").split()
    name = " ".join(words)
    return name.title() if name.isupper() else name


class _Pending:
    def __init__(self, name: str, number: int) -> None:
        self.name = name
        self.number = number
        self.aliases: list[str] = []
        self.codes: list[tuple[str, str | None, str | None]] = []  # code, start, end


def _roles(line: str, pending: _Pending, source: str, number: int) -> None:
    for code, when, until in _ROLE.findall(line):
        start: str | None = None
        end: str | None = None
        if when.startswith(">"):
            start = phoenix_date(when[1:], source, number)
        elif when.startswith("<"):
            end = phoenix_date(when[1:], source, number)
        elif when:
            start = phoenix_date(when, source, number)
            if not until:
                raise DictionaryError(f"{source}:{number}: a dated role needs start-end")
            end = phoenix_date(until, source, number)
        pending.codes.append((code, start, end))


def add_phoenix(dictionary: ActorDictionary, text: str, source: str) -> None:
    """Add every entry of a Phoenix-format actor dictionary."""
    entries: list[_Pending] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("+"):
            if not entries:
                raise DictionaryError(f"{source}:{number}: an alias before any entry")
            alias, _, rest = stripped[1:].partition("[")
            entries[-1].aliases.append(_name(alias))
            if rest:
                _roles("[" + rest, entries[-1], source, number)
        elif stripped.startswith("["):
            if not entries:
                raise DictionaryError(f"{source}:{number}: a role before any entry")
            _roles(stripped, entries[-1], source, number)
        else:
            name, _, rest = stripped.partition("[")
            if not _name(name):
                raise DictionaryError(f"{source}:{number}: an entry without a name")
            entries.append(_Pending(_name(name), number))
            if rest:
                _roles("[" + rest, entries[-1], source, number)
    for pending in entries:
        _add(dictionary, pending, source)


def _add(dictionary: ActorDictionary, pending: _Pending, source: str) -> None:
    if not pending.codes:
        raise DictionaryError(f"{source}:{pending.number}: {pending.name!r} has no [CODE]")
    undated = [c for c, s, e in pending.codes if s is None and e is None]
    dated = [(c, s, e) for c, s, e in pending.codes if s is not None or e is not None]
    main = undated[0] if undated else max(dated, key=lambda d: d[1] or "")[0]
    country, role = split_code(main)
    words = pending.name.lower().split()
    kind: ActorKind
    if len(main) == 3 and country is not None:
        kind = "state"
    elif role in ("IGO", "NGO") and not dated:
        kind = "organization"
    elif dated or (role and len(words) >= 2 and not _ORG_WORDS & set(words)):
        kind = "person"
    else:
        kind = "organization"
    prefix = "person" if kind == "person" else ("state" if kind == "state" else "org")
    identity = f"{prefix}:{key(pending.name)}"
    # Two entries of one file under one name (a split): each keeps an identity of its own.
    if identity in dictionary.by_identity and dictionary.by_identity[identity].source == source:
        identity += f"@{pending.number}"
    via = "person" if kind == "person" else ("country" if kind == "state" else "organization")
    entry = Entry(pending.name, kind, country, role, via, identity, main, source)
    dictionary.add_entry(entry, (pending.name, *pending.aliases), replace=True)
    for code, start, end in dated:
        office_country, office_role = split_code(code)
        dictionary.add_office(
            entry, Office(None, office_country, office_role, start, end, source, code)
        )
