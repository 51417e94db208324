"""One body however the text writes its name: person rows and suffix variants folded into it.

The recogniser tags a body's bare name as a person when the text drops the body's suffix or
noun ("Hengtai said", "Brandt Keller has offices"; "Abu Sayyaf said it wanted ransom"), so a
document had a person row and an organisation row of one body, or two organisation rows
("ZTE" / "ZTE Corp"). Five rules, run once every cluster has its identity:

* ``given_names``: a one-word name that only a person the text names in full begins with
  ("Thongloun" of "Thongloun Sisoulith") is that person;

* ``suffix_variants``: clusters whose names are equal without a company suffix ("Corp",
  "Inc.", "& Co", "Ltd", "LLC", "PLC", "AG", "SA", "Group") and at least one of which is an
  organisation are one organisation, under the name with the suffix, unless the text ties
  them to two states ("Brazil's Senate", "Australia's Senate": see
  :meth:`cablegram.actors.names.BodyNames.body_key`);
* ``short_forms``: an unknown body named by a distinctive word of a dictionary body the text
  names ("the Treasury" after "the U.S. Treasury Department") is that body; an abbreviated
  generic noun alone ("the Dept", of "Dept. of the Treasury") is no body of its own;
* ``ship_persons``: a person row named like a ship the text introduced ("the USS Carl
  Vinson" ... "the Carl Vinson") is no actor;
* ``body_usage``: an unknown person's name the text uses as a body's name (before a body noun:
  "the Abu Sayyaf group", "Abu Sayyaf militants"; after "militants of", "members of") is a
  group, not a person.

A cluster with a dictionary identity is never folded into another. Shapes: every rule takes the
resolver (:class:`cablegram.actors.base.ResolverState`) and change its clusters in place.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cablegram.actors.base import Cluster, ResolverState, strip_possessive
from cablegram.actors.things import ship_names

_SUFFIX = re.compile(
    r"(?:,?\s+(?:&\s*co\.?|and\s+co\.?|corp\.?|corporation|inc\.?|incorporated|co\.?|ltd\.?"
    r"|limited|llc|plc|ag|sa|s\.a\.|group|holdings?))+$",
    re.IGNORECASE,
)
# Nouns of armed or organised bodies a name stands before or after ("Abu Sayyaf militants",
# "militants of Abu Sayyaf").
_BODY_NOUNS = frozenset(
    {"group", "militants", "militant", "fighters", "gunmen", "rebels", "insurgents"}
    | {"members", "faction", "movement", "militia", "network", "organization", "organisation"}
    | {"guerrillas", "jihadists", "kidnappers", "extremists"}
)


def body_core(name: str) -> str:
    """A body's name without its determiner and company suffix, casefolded ("the ZTE Corp"
    -> "zte")."""
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
    return _SUFFIX.sub("", name).strip().casefold()


def fold_cluster(resolver: ResolverState, gone: Cluster, into: Cluster) -> None:
    """Move every mention and every look-up of ``gone`` to ``into`` (the public name of
    this module's fold, for the other folds of the resolver)."""
    _fold(resolver, gone, into)


def _fold(resolver: ResolverState, gone: Cluster, into: Cluster) -> None:
    """Move every mention and every look-up of ``gone`` to ``into``."""
    for mention in gone.mentions:
        into.add(mention.text, mention.start, mention.end)
    into.enrich(gone.country, gone.role, gone.title, gone.code)
    gone.mentions.clear()
    for table in (resolver.head_cluster, resolver.by_surname):
        for k, cluster in list(table.items()):
            if cluster is gone:
                table[k] = into  # type: ignore[index]  # int or str keys, one Cluster value
    for members in resolver.head_group.values():
        members[:] = [into if m is gone else m for m in members]


def suffix_variants(resolver: ResolverState) -> None:
    """Clusters whose names are equal without a company suffix ("ZTE" / "ZTE Corp"), one of
    them an organisation, become one organisation under the suffixed name (a known one wins)."""
    by_core: dict[str, list[Cluster]] = {}
    for cluster in resolver.clusters.values():
        if cluster.kind in ("person", "organization", "group") and cluster.mentions:
            by_core.setdefault(body_core(cluster.name), []).append(cluster)
    for core, same in by_core.items():
        if len(same) < 2 or not core or not any(c.kind == "organization" for c in same):
            continue
        known = [c for c in same if c.identity]
        if len(known) > 1:
            continue
        # The dictionary's body, else the organisation written with its suffix.
        into = (
            known[0]
            if known
            else max(same, key=lambda c: (c.kind == "organization", len(c.name), len(c.mentions)))
        )
        for cluster in same:
            if cluster is into or cluster.identity:
                continue
            if cluster.country and into.country and cluster.country != into.country:
                continue  # "Brazil's Senate" and "Australia's Senate": two states' bodies
            _fold(resolver, cluster, into)
        into.kind = "organization"


def _used_as_body(resolver: ResolverState, cluster: Cluster) -> bool:
    doc = resolver.doc
    for mention in cluster.mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        last, first = span[-1], span[0]
        after = doc[last.i + 1] if last.i + 1 < len(doc) else None
        if after is not None and after.lower_ in _BODY_NOUNS and last.dep_ == "compound":
            return True  # "the Abu Sayyaf group", "Abu Sayyaf militants"
        before = doc[first.i - 2 : first.i]
        if len(before) == 2 and before[1].lower_ == "of" and before[0].lower_ in _BODY_NOUNS:
            return True  # "militants of Abu Sayyaf"
    return False


# Words of a body's name that tell no body from another ("the Department", "the Ministry").
_GENERIC = frozenset(
    {"the", "of", "and", "for", "on", "department", "dept", "ministry", "office", "agency"}
    | {"committee", "council", "state", "states", "united", "national", "house", "court"}
    | {"bank", "party", "government", "commission", "service", "army", "forces", "police"}
    | {"federal", "central", "general", "foreign", "affairs", "public", "security", "board"}
    | {"bureau", "authority"}
)
_ABBREVIATED = frozenset({"dept", "dept.", "govt", "govt.", "min.", "admin"})


def _words(text: str) -> set[str]:
    return {w.casefold().strip(".,'’s") for w in re.findall(r"[\w.'’]+", text)} - {""}


def _own_names(body: Cluster) -> list[str]:
    """A body's name and its mentions that name it alone (short, no possessive inside)."""
    return [body.name] + [
        m.text
        for m in body.mentions
        if len(m.text.split()) <= 6 and not re.search(r"['’]s\s+\w", m.text)
    ]


def short_forms(resolver: ResolverState) -> None:
    """An unknown body named by distinctive words of exactly one dictionary body of the text
    ("the Treasury" after "the U.S. Treasury Department") is folded into it, unless the text
    gives the short form an owner of another country ("Britain's Treasury", "the Treasury of
    Ukraine"); an abbreviated generic noun alone ("the Dept") loses its mentions."""
    bodies = [
        c
        for c in resolver.clusters.values()
        if c.identity and c.kind == "organization" and c.mentions
    ]
    for cluster in list(resolver.clusters.values()):
        if cluster.kind != "organization" or cluster.identity or not cluster.mentions:
            continue
        if cluster.name.casefold() in _ABBREVIATED:
            cluster.mentions.clear()  # "the Dept" cut from "Dept. of the Treasury"
            continue
        words = _words(cluster.name)
        if not words or words <= _GENERIC:
            continue
        # The body's own names only: a mention that holds another body's name before a
        # possessive ("the ruling Communist Party's official People's Daily") is left out.
        fits = [b for b in bodies if words <= _words(" ".join(_own_names(b)))]
        if len(fits) == 1 and _owners(resolver, cluster) <= {fits[0].country}:
            _fold(resolver, cluster, fits[0])


# A state that owns a body's short form: before it ("Britain's Treasury", "the British
# Treasury") or after it ("the Treasury of Ukraine").
_OWNER_BEFORE = re.compile(r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)(?:['’]s)?\s+$")
_OWNER_AFTER = re.compile(r"^\s+(?:of|in)\s+(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)")


def _owners(resolver: ResolverState, cluster: Cluster) -> set[str | None]:
    """The countries a short form's own words or neighbours give it (its cluster's country,
    a state named before it, possessive or adjective, or after it with "of"). Empty when
    none: then the short form may be the text's full body."""
    found: set[str | None] = {cluster.country} if cluster.country else set()
    text = resolver.text
    for mention in cluster.mentions:
        before = _OWNER_BEFORE.search(text[max(0, mention.start - 40) : mention.start])
        after = _OWNER_AFTER.match(text[mention.end : mention.end + 60])
        names = [m.group(1) for m in (before, after) if m is not None]
        names += mention.text.split()[:2]
        for name in names:
            for candidate in (name, name.split()[-1], strip_possessive(name)):
                entry = resolver.dictionary.entry(candidate)
                if entry is not None and entry.kind == "state":
                    found.add(entry.country)
                    break
    return found


def body_usage(resolver: ResolverState) -> None:
    """An unknown person whose name the text uses as a body's ("the Abu Sayyaf group",
    "militants of Abu Sayyaf") becomes a group."""
    for cluster in resolver.clusters.values():
        if cluster.kind == "person" and not cluster.identity and _used_as_body(resolver, cluster):
            cluster.kind = "group"


def ship_persons(resolver: ResolverState) -> None:
    """A person row named like a ship the text introduced ("USS Carl Vinson" ... "the Carl
    Vinson was buzzed") is the ship: no actor."""
    ships = ship_names(resolver.text)
    if not ships:
        return
    for cluster in resolver.clusters.values():
        name = re.sub(r"^the\s+", "", cluster.name.casefold())
        if cluster.kind == "person" and not cluster.identity and name in ships:
            cluster.mentions.clear()


def given_names(resolver: ResolverState) -> None:
    """A one-word name with no identity that is the first word of exactly one person the
    text names in full ("Thongloun said" after "Lao Prime Minister Thongloun Sisoulith"; the
    recogniser may tag it an organisation) is that person: Lao, Thai or Indonesian usage."""
    people = [
        c
        for c in resolver.clusters.values()
        if c.kind == "person" and c.mentions and _full_name(c.name)
    ]
    for cluster in list(resolver.clusters.values()):
        words = cluster.name.split()
        if cluster.identity or len(words) != 1 or cluster.kind not in ("person", "organization"):
            continue
        if not cluster.mentions or not words[0][:1].isupper():
            continue
        if any(_after_article(resolver.doc.text, m.text, m.start) for m in cluster.mentions):
            continue
        owners = [p for p in people if p is not cluster and p.name.split()[0] == words[0]]
        if len(owners) == 1:
            _fold(resolver, cluster, owners[0])


def _full_name(name: str) -> bool:
    """Whether ``name`` is a person's full name: two or more words, each capitalised. A
    description held as a person ("Post correspondent") is no full name."""
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def _after_article(text: str, mention: str, start: int) -> bool:
    """Whether a mention is written with "the" ("The Post", "the Post"): a given name never
    takes the article; a newspaper's or a body's short name does."""
    before = text[max(0, start - 4) : start].lower()
    return mention.lower().startswith("the ") or before == "the "


NAMESAKE_BODY_RULES: dict[str, Callable[[ResolverState], None]] = {
    "given_names": given_names,
    "ship_persons": ship_persons,
    "body_usage": body_usage,
    "suffix_variants": suffix_variants,
    "short_forms": short_forms,
}


def fold_namesake_bodies(resolver: ResolverState) -> None:
    """Run :data:`NAMESAKE_BODY_RULES` in order on the resolver's clusters."""
    for rule in NAMESAKE_BODY_RULES.values():
        rule(resolver)
