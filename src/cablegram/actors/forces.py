"""One identity for a state's armed forces, however the text names them.

"the Syrian army", "Syrian troops", "Syrian government forces", "the Syrian military" and
"President Bashar al-Assad's forces" are one body: the armed forces of Syria (CAMEO
``SYRMIL``). The mention finder gives each wording a cluster of its own, so a story about one
army listed it in six rows. :func:`fold_state_forces` renames every cluster that names a
state's forces in plain words to one name per state ("Syrian armed forces"), so that they share
one actor id in the document and across the corpus; each mention keeps its own text.

A name is plain when its head is a forces noun (:data:`FORCES_NOUNS`) and every word before it
is the state's own name or demonym, a word of the state (:data:`STATE_WORDS`: "government",
"regime"), or the possessive of a person the text titles as that state's leader or defence
minister ("President Assad's forces"; not "Trump's army" of a candidate's supporters).
Any other word keeps the body apart: "the Free Syrian Army", "Iraqi Kurdish forces", "Syrian
opposition forces", "Turkish-backed forces", "pro-government militias".

A bare "government forces" or "regime troops" names no state. It joins the forces of the one
state that the document ties to its government: forces named with a word of the state
("Syrian government forces", "Assad regime troops") or a sitting leader's possessive
("President Assad's forces"). Plain "Russian troops" or "Turkish forces" tie nothing: the one
state whose forces a story names is often the foreign intervener, and the host's army is the
bare "government forces" ("Separatists attacked government forces ... Russian troops are in
eastern Ukraine"). With no tied state, or two, the bare name stays as it is.

A capitalised word of the state before a capitalised head is part of a proper name: "the
Libyan National Army" (Haftar's faction, not the government's army) keeps its body apart.
A leader's possessive names the state's forces only while the person holds the office: "forces
loyal to former President Saleh" are not the government's.

An armed body whose own name says it fights the state (:data:`INSURGENT_WORDS`: "the Free
Syrian Army", "the Irish Republican Army", "the Kachin Independence Army") is no state's
military even where its name holds a demonym: :func:`_insurgent_name` gives it CAMEO's
rebel role (``REB``, as the gazetteer's named rebel groups have) in place of ``MIL``. A name
the gazetteer knows as an armed body, whole or before the forces noun, takes the gazetteer's
country and role (:func:`_take_known_body`): "the People's Liberation Army" and "People's
Liberation Army troops" are China's, "the Sudan People's Liberation Army" is South Sudan's army
(since 2011) though "Sudan" and "Liberation" are in its name, "SPLA-IO forces" its rebels.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from cablegram.actors.base import Cluster, strip_determiner
from cablegram.actors.codes import code_for

if TYPE_CHECKING:
    from cablegram.actors.base import ResolverState

# Heads that name a state's armed forces or its members, as a body.
FORCES_NOUNS = frozenset({"army", "military", "forces", "troops", "soldiers", "armed forces"})
# Words of the state itself before a forces noun: "Syrian government forces", "regime troops".
STATE_WORDS = frozenset({"government", "regime", "state", "national", "armed"})
_POSSESSIVE = re.compile(r"^(?P<owner>.+?)['’]s$")
# Demonyms by state, read once per dictionary; the dictionary is kept with its table, so an
# id reused after a dictionary is freed never finds another dictionary's table.
_DEMONYMS: dict[int, tuple[object, dict[str, str]]] = {}
# Titles of those whose forces are the state's: "President Assad's forces".
_LEADER_TITLES = re.compile(
    r"\b(?:president|prime minister|premier|king|emir|sultan|chancellor|leader|"
    r"defen[cs]e minister|minister of defen[cs]e)\b",
    re.I,
)
# Words before a title, or in it, by which the person no longer holds the office.
_FORMER = re.compile(
    r"\b(?:former|ex|ousted|deposed|exiled|toppled|overthrown|late|onetime|one-time|"
    r"erstwhile|then)\b",
    re.I,
)
_ROLE = "MIL"
_CANONICAL = "armed forces"
# Words in an armed body's own name that set it against the state: insurgents, not the army.
INSURGENT_WORDS = frozenset(
    {"free", "liberation", "independence", "resistance", "rebel", "insurgent", "republican"}
)
_REBEL_ROLE = "REB"
# Gazetteer roles of armed bodies whose forces are the body's own.
_ARMED_ROLES = frozenset({_ROLE, _REBEL_ROLE})


def fold_state_forces(resolver: ResolverState) -> None:
    """Give every cluster of the document that names a state's armed forces one name per
    state (see the module doc). Changes clusters in place; returns nothing."""
    bare: list[Cluster] = []
    tied: set[str] = set()
    for cluster in resolver.clusters.values():
        if cluster.kind != "group" or not cluster.mentions:
            continue
        words = _words(cluster.name)
        if words is None:
            continue
        modifiers, head = words
        if _take_known_body(resolver, cluster, modifiers):
            continue  # "the Sudan People's Liberation Army": the gazetteer's body
        if _insurgent_name(resolver, cluster, modifiers):
            _mark_rebel(cluster)  # "the Free Syrian Army": no state's military
            continue
        if _proper_name(cluster.name, modifiers, head):
            continue  # "the Libyan National Army": a body's own name
        state = _state_of(resolver, cluster, modifiers)
        if state is None:
            if modifiers and all(w.lower() in STATE_WORDS for w in modifiers):
                if cluster.country is None:
                    bare.append(cluster)
            continue
        _rename(resolver, cluster, state)
        if _ties_government(modifiers):
            tied.add(state)
    if len(tied) == 1:
        state = tied.pop()
        for cluster in bare:
            _rename(resolver, cluster, state)


def _proper_name(name: str, modifiers: list[str], head: str) -> bool:
    """Whether a capitalised word of the state stands before a capitalised head ("Libyan
    National Army", "Syrian Armed Forces"): a body's proper name, not plain words."""
    text = strip_determiner(name).strip()
    written_head = text[len(text) - len(head) :]
    if not written_head[:1].isupper():
        return False
    return any(w.lower() in STATE_WORDS and w[:1].isupper() for w in modifiers[1:]) or (
        len(modifiers) == 1 and modifiers[0].lower() == "national"
    )


def _take_known_body(resolver: ResolverState, cluster: Cluster, modifiers: list[str]) -> bool:
    """Whether a forces name, whole or without its forces noun, is an armed body the gazetteer
    knows (role ``MIL`` or ``REB``); if so, the cluster takes the body's country, role and
    code ("the Sudan People's Liberation Army": SSD MIL, not Sudan's; "SPLA-IO forces": SSD
    REB). Other bodies ("NATO forces", "U.N. troops") are left to the other readings."""
    entry = resolver.entry(strip_determiner(cluster.name).strip())
    if (entry is None or entry.role not in _ARMED_ROLES) and modifiers:
        entry = resolver.entry(" ".join(modifiers))
    if entry is None or entry.kind == "state" or entry.role not in _ARMED_ROLES:
        return False
    cluster.country = entry.country
    cluster.role = entry.role
    cluster.code = code_for(cluster.kind, entry.country, entry.role)
    return True


def _insurgent_name(resolver: ResolverState, cluster: Cluster, modifiers: list[str]) -> bool:
    """Whether a forces name is an armed body's own, capitalised, with a word that sets it
    against the state ("Free Syrian Army"; not "free Syrian troops")."""
    if cluster.role != _ROLE or not modifiers:
        return False
    text = strip_determiner(cluster.name).strip()
    if not text[-1:].isalpha() or not text.split()[-1][:1].isupper():
        return False
    return any(w.lower() in INSURGENT_WORDS and w[:1].isupper() for w in modifiers)


def _mark_rebel(cluster: Cluster) -> None:
    cluster.role = _REBEL_ROLE
    cluster.code = f"{cluster.country}{_REBEL_ROLE}" if cluster.country else None


def _ties_government(modifiers: list[str]) -> bool:
    """Whether forces' modifiers tie them to the state's government: a word of the state
    ("Syrian government forces") or a possessive ("President Assad's forces")."""
    return any(w.lower() in STATE_WORDS for w in modifiers) or bool(
        _POSSESSIVE.match(" ".join(modifiers))
    )


def _words(name: str) -> tuple[list[str], str] | None:
    """The modifiers and the forces noun of a name such as "the Syrian army"; None for a name
    whose head is no forces noun."""
    text = strip_determiner(name).strip()
    lowered = text.lower()
    for noun in sorted(FORCES_NOUNS, key=len, reverse=True):
        if lowered == noun or lowered.endswith(" " + noun):
            rest = text[: len(text) - len(noun)].strip()
            return (rest.split() if rest else []), noun
    return None


def _state_of(resolver: ResolverState, cluster: Cluster, modifiers: list[str]) -> str | None:
    """The ISO code of the state whose forces the modifiers name, or None."""
    if not modifiers:
        return None  # "the army", "troops": the mention finder ties these to an antecedent
    owner = _POSSESSIVE.match(" ".join(modifiers))
    if owner:
        # "Syria's army" is the state's own; "Assad's forces" those of the state he leads.
        found = resolver.entry(owner.group("owner"))
        if found is not None and found.kind == "state" and found.via != "demonym":
            return found.country if cluster.country in (None, found.country) else None
        return _office_holder_state(resolver, owner.group("owner"))
    whole = resolver.entry(" ".join(modifiers))  # "North Korean", "United States"
    if whole is not None and whole.kind == "state" and whole.country is not None:
        return whole.country if cluster.country in (None, whole.country) else None
    states: set[str] = set()
    for word in modifiers:
        if word.lower() in STATE_WORDS:
            continue
        found = resolver.entry(word)
        if found is None or found.kind != "state" or found.country is None:
            return None  # "Free", "Kurdish", "opposition", "Turkish-backed"
        states.add(found.country)
    if len(states) != 1:
        return None
    state = states.pop()
    if cluster.country not in (None, state):
        return None
    return state


def _office_holder_state(resolver: ResolverState, owner: str) -> str | None:
    """The state of the person named ``owner`` ("President Bashar al-Assad") when the document
    knows that person as a holder of that state's office (role ``GOV``) with a leader's or a
    defence minister's title (:data:`_LEADER_TITLES`); None otherwise."""
    owner_key = strip_determiner(owner).lower()
    for other in resolver.clusters.values():
        if other.kind != "person" or other.role != "GOV" or other.country is None:
            continue
        if not _LEADER_TITLES.search(other.title or ""):
            continue  # "Trump's army" of a candidate: his supporters, no state's forces
        if _FORMER.search(other.title or "") or any(_FORMER.search(m.text) for m in other.mentions):
            continue  # "former President Saleh": his forces are not the state's
        names = {other.name.lower(), *(m.text.lower().rstrip("'’s") for m in other.mentions)}
        surname = other.name.split()[-1].lower() if other.name else ""
        if (
            owner_key in names
            or owner_key.endswith(" " + other.name.lower())
            or (surname and owner_key == surname)
        ):
            return other.country
    return None


def forces_name(resolver: ResolverState, state: str) -> str:
    """The one name of a state's armed forces: "Syrian armed forces" from the dictionary's
    demonym, "armed forces of X" for a state with none."""
    demonym = _demonym(resolver, state)
    if demonym:
        return f"{demonym} {_CANONICAL}"
    return f"{_CANONICAL} of {resolver.dictionary.country_name(state)}"


def _demonym(resolver: ResolverState, state: str) -> str | None:
    dictionary = resolver.dictionary
    held = _DEMONYMS.get(id(dictionary))
    if held is not None and held[0] is dictionary:
        return held[1].get(state)
    cache: dict[str, str] = {}
    for phrase, entry in dictionary.phrases.items():
        if entry.via == "demonym" and entry.country and entry.country not in cache:
            cache[entry.country] = " ".join(w[:1].upper() + w[1:] for w in phrase.split())
    _DEMONYMS[id(dictionary)] = (dictionary, cache)
    return cache.get(state)


def _rename(resolver: ResolverState, cluster: Cluster, state: str) -> None:
    cluster.name = forces_name(resolver, state)
    cluster.country = state
    cluster.role = _ROLE
    cluster.code = f"{state}{_ROLE}"
