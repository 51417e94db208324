"""The corpus's actors, one row per actor id: the listing ``cablegram actors`` prints.

Rows are built from the stored actor records only, so the listing shows exactly the identities
the annotate stage gave (see :mod:`cablegram.actors.identity`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from cablegram.actors.base import FIRST_PERSON, GROUP_PRONOUNS, PERSON_PRONOUNS
from cablegram.actors.identity import open_namesakes
from cablegram.actors.nominees import names_a_nominee
from cablegram.gazetteer.dictionary import ActorDictionary, Entry, load_dictionary
from cablegram.records import ActorRecord, stable_id

_PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS | FIRST_PERSON | {"who", "it", "its"}
# Words before a description that name no one: "The Chairman", "His lawyer".
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your"})
# Aliases shown per actor; the JSON output has them all.
SHOWN_ALIASES = 6


@dataclass(slots=True)
class ActorRow:
    """One actor of the corpus: its id, names, aliases and how often it is mentioned where."""

    actor_id: str
    name: str
    kind: str
    country: str | None
    code: str | None
    role: str | None
    mentions: int = 0
    documents: set[str] = field(default_factory=set)
    aliases: Counter[str] = field(default_factory=Counter)
    names: Counter[str] = field(default_factory=Counter)

    def to_json(self) -> dict[str, Any]:
        return {
            "actor_id": self.actor_id,
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "code": self.code,
            "role": self.role,
            "mentions": self.mentions,
            "documents": len(self.documents),
            "aliases": [text for text, _ in self.aliases.most_common()],
        }


def list_actors(
    records: Iterable[ActorRecord],
    kind: str | None = None,
    dictionary: ActorDictionary | None = None,
    descriptions: bool = False,
) -> list[ActorRow]:
    """One row per actor, most mentioned first; ``kind`` keeps only that kind.

    The row's name is the name its records give most often; aliases are the distinct ways the
    text names it (pronouns left out), most frequent first. A name a document left open
    between namesakes joins the one the corpus names (see :func:`settle_namesakes`); rows of
    one body or group written alike join (see :func:`_merge_same_name`). A bare description
    that the text ties to no one and that names no country or body ("a senator", "the
    chairman", "troops") is no actor of its own and is left out unless ``descriptions``
    (see :func:`is_bare_description`).
    """
    dictionary = dictionary or load_dictionary()
    rows: dict[str, ActorRow] = {}
    for record in settle_namesakes(list(records), dictionary):
        if not descriptions and is_bare_description(record, dictionary):
            continue
        if kind is not None and record.kind != kind:
            continue
        row = rows.get(record.actor_id)
        if row is None:
            row = ActorRow(
                record.actor_id, record.name, record.kind, record.country, record.code, record.role
            )
            rows[record.actor_id] = row
        row.names[record.name] += 1
        row.country = row.country or record.country
        row.code = row.code or record.code
        row.role = row.role or record.role
        row.documents.add(record.doc_id)
        row.mentions += len(record.mentions)
        for mention in record.mentions:
            # An editor's brackets read as the words they hold: "[Pentagon spokesman] Little".
            text = " ".join(mention.text.replace("[", " ").replace("]", " ").split())
            if text.lower() not in _PRONOUNS:
                row.aliases[text] += 1
    for row in rows.values():
        row.name = row.names.most_common(1)[0][0]
    merged = _merge_same_name(_merge_countryless(list(rows.values())), dictionary)
    return sorted(merged, key=lambda r: (-r.mentions, r.name))


def is_bare_description(record: ActorRecord, dictionary: ActorDictionary) -> bool:
    """Whether a person or group record is a description that names no one: no word of a
    name in it (every capitalised word a title, an honorific or a dictionary name), and
    either no word that names a country or body ("president", "The Chairman", "a responsible
    leader", "troops", "the governor" of an American story) or no country and no body's code
    at all. The resolver made it an actor because the text ties it to no named person; an
    analyst has nothing to follow it by across articles, so the listing leaves it out (the
    statements it speaks keep it as written). "The Pentagon spokesman" and "the Iranian
    president" name their body or country and stay. A person written only with an indefinite
    article ("a Pentagon spokesman", "a European leader") is one unnamed person at one place
    of one text, whatever it names: no one to follow either, and left out too."""
    if record.kind not in ("person", "group"):
        return False
    written = [m.text.lower() for m in record.mentions if m.text.lower() not in _PRONOUNS]
    if record.kind == "person" and written and all(w.startswith(("a ", "an ")) for w in written):
        return True  # "a Pentagon spokesman" (and the "he" that takes it up)
    if record.kind == "person" and written and all(_nominee(w) for w in written):
        return True  # "Kerry's aspiring secretary of state": someone still to be chosen
    anchored = False
    for word in record.name.replace("-", " ").split():
        bare = word.strip(".,;:'’\"()[]")
        for suffix in ("'s", "’s"):
            bare = bare.removesuffix(suffix)
        if not bare[:1].isupper() or bare.lower() in _DETERMINERS:
            continue
        lowered = bare.lower()
        if dictionary.title(lowered) or lowered in dictionary.honorifics:
            continue
        if dictionary.entry(bare) is None:
            return False  # a name: "Little", "Sunni insurgents", "ERP Compliant Fuels"
        anchored = True  # "Pentagon", "Iranian", "Spain's"
    return not anchored or not (record.country or record.code)


def _nominee(written: str) -> bool:
    """A description of an office's holder still to come ("Kerry's aspiring secretary of
    state", "the would-be prime minister"; see :mod:`cablegram.actors.nominees`)."""
    return names_a_nominee(written.replace("-", " - ").split())


def _merge_same_name(rows: list[ActorRow], dictionary: ActorDictionary) -> list[ActorRow]:
    """Rows of a state, organisation or group with one name (letter case aside) and one
    country, folded into one: "a Kerry administration" written twice in one article is one
    body, not two. People stay apart: two unnamed "Pentagon spokesman" rows may be two men."""
    first: dict[tuple[str, str, str], ActorRow] = {}
    dropped: set[int] = set()
    for row in rows:
        if row.kind == "person":
            continue
        found = (row.kind, row.name.lower(), row.country or "")
        keep = first.setdefault(found, row)
        if keep is not row:
            # The name as the dictionary writes it ("NATO", not "Nato"), else the first.
            entry = dictionary.entry(row.name)
            if entry is not None and entry.name == row.name:
                keep.name = row.name
            keep.mentions += row.mentions
            keep.documents |= row.documents
            keep.aliases.update(row.aliases)
            dropped.add(id(row))
    return [row for row in rows if id(row) not in dropped]


def settle_namesakes(records: list[ActorRecord], dictionary: ActorDictionary) -> list[ActorRecord]:
    """Records of a name their document left open between namesakes ("George Bush" in an
    undated text: the father or the son, see :meth:`cablegram.actors.identity.Identity.
    _namesake`), given the identity of the one namesake the corpus names unambiguously, among
    those the document's era leaves open. When the corpus names none or several of them, or
    the record's country is another's, the record stays as it is. Ids in the store are not
    changed: this only groups the listing."""
    corpus = {record.actor_id for record in records}
    settled: dict[tuple[str, str], Entry | None] = {}
    out: list[ActorRecord] = []
    for record in records:
        entry: Entry | None = None
        if record.kind == "person" and len(record.name.split()) > 1:
            found = (record.name, record.actor_id)
            if found not in settled:
                named = [
                    e
                    for e in open_namesakes(dictionary, record.name, record.actor_id)
                    if stable_id("entry", e.identity) in corpus
                ]
                settled[found] = named[0] if len(named) == 1 else None
            entry = settled[found]
        if entry is not None and record.country in (None, entry.country):
            record = replace(
                record,
                actor_id=stable_id("entry", entry.identity),
                name=entry.name,
                country=entry.country,
            )
        out.append(record)
    return out


def _merge_countryless(rows: list[ActorRow]) -> list[ActorRow]:
    """Rows of a named person or organisation without a country, folded into the one row of
    the same kind and name that has a country ("Tim Kaine" in a text that gives no country is
    the "Tim Kaine (USA)" of the other texts). A missing country is no conflict; two rows
    with different countries stay apart. Ids stay as stored: this only groups the listing."""
    by_name: dict[tuple[str, str], list[ActorRow]] = {}
    for row in rows:
        if row.kind in ("person", "organization") and len(row.name.split()) > 1:
            by_name.setdefault((row.kind, row.name.lower()), []).append(row)
    dropped: set[int] = set()
    for same in by_name.values():
        located = [r for r in same if r.country]
        if len(located) != 1:
            continue
        keep = located[0]
        for row in same:
            if row.country is None:
                keep.mentions += row.mentions
                keep.documents |= row.documents
                keep.aliases.update(row.aliases)
                dropped.add(id(row))
    return [row for row in rows if id(row) not in dropped]
