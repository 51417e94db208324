"""Actor filter ``unowned-office-holders`` (registered in
:data:`cablegram.events.junk.JUNK_ACTORS`; imported by :mod:`~cablegram.events.arguments` so
that it registers).

"The foreign ministers agreed to meet", "Leaders around the world condemned the attack",
"The leaders of the two countries signed a deal": a plural office noun with no name,
nationality, possessor or country of its own is whoever the story named before, which the
phrase alone does not say. The lookup then returns the phrase itself as a countryless group
("foreign ministers"), a junk actor on the network page. Dropped as source or target; the
event keeps its other arguments, or none (precision first: a missing actor costs less than
a junk one).

Kept: "EU leaders", "Russian and Turkish leaders", "the leaders of Germany and France",
"their foreign ministers" (an owner), "opposition leaders", "rebel leaders", "congressional
leaders", "religious leaders" (a sector of society, :data:`SECTOR_WORDS`, says which body they
lead: review f134), and any phrase the lookup resolved to a country or a code. "The two
leaders", "both ministers" are read by ``counted-parties`` (:mod:`cablegram.events.mutual`)
and ``unnamed-pair`` (:mod:`cablegram.events.filters`).

Rule ``tied-office-holders`` (trial 17): "ASEAN foreign ministers met in Bangkok. ... The
ministers urged Pyongyang to ...": when the document named, before, the same office holders
of one body only ("ASEAN foreign ministers", "G7 leaders", "the ministers of the EU"), the
bare "the ministers" are that body's: :func:`tied_holders` gives the earlier phrase, which
the source lookup reads instead (:func:`cablegram.events.arguments.source_actors`). Two
bodies' ministers named before ("EU ministers ... Russian ministers") tie to neither: dropped.

Issue 11 (round 15): the office noun in title case ("Ministers met in Brussels", "Foreign
Ministers condemned ...", "Prime Ministers") is tagged NNPS, or NNP, with itself as lemma;
:func:`plural_office` reads its singular all the same, and a title-case portfolio or rank
word before it ("Foreign", "Prime", "Deputy": :data:`RANK_WORDS`) owns nothing, as the lower
case "foreign" does not.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from cablegram.actors.bodies import PORTFOLIOS
from cablegram.events.junk import JUNK_ACTORS, OPPONENT_WORDS
from cablegram.records import Actor

# Plural holders of an office, which need a name or a state beside them to be anyone.
OFFICE_NOUNS = frozenset(
    {"leader", "minister", "president", "premier", "head", "chief", "counterpart",
     "negotiator", "delegate", "envoy", "representative", "lawmaker", "legislator"}
)  # fmt: skip
# Modifiers that name a sector of society, and so which body the office holders lead
# ("opposition leaders", "union leaders", "congressional leaders"): a group, not a stand-in
# for the last state named. Portfolio and rank words ("foreign", "senior", "world") are not.
SECTOR_WORDS = OPPONENT_WORDS | frozenset(
    {"religious", "church", "clergy", "union", "labor", "labour", "business", "student",
     "tribal", "clan", "congressional", "parliamentary", "legislative", "party", "military",
     "army", "community", "civic", "protest"}
)  # fmt: skip
# Portfolio and rank words that, capitalised in a title ("Foreign Ministers", "Deputy
# Leaders"), are tagged as names but say nobody's office.
RANK_WORDS = PORTFOLIOS | frozenset(
    {"prime", "deputy", "vice", "senior", "chief", "state", "cabinet", "junior", "world"}
)
# Entity labels that say whose the office holders are.
OWNING_ENTS = frozenset({"NORP", "GPE", "ORG", "PERSON"})
# Words that count a pair: left to ``counted-parties`` and ``unnamed-pair``.
COUNTING_WORDS = frozenset({"two", "both", "three", "each", "either", "neither"})


def plural_office(tok: Token) -> str | None:
    """The singular office ("minister") of a plural office noun, lower or title case:
    "ministers" (NNS), "Ministers" (NNPS, or NNP after "Prime"); None for any other token."""
    if tok.tag_ == "NNS":
        lemma = tok.lemma_.lower()
    elif tok.tag_ in ("NNPS", "NNP") and tok.lower_.endswith("s"):
        lemma = tok.lower_[:-1]
    else:
        return None
    return lemma if lemma in OFFICE_NOUNS else None


def _owning(t: Token) -> bool:
    """A word in an office noun's phrase that says whose the office is: a name or a
    nationality, other than a capitalised rank or portfolio ("Foreign", "Prime")."""
    if t.lower_ in RANK_WORDS and t.ent_type_ not in OWNING_ENTS:
        return False
    return t.pos_ == "PROPN" or (t.ent_type_ in OWNING_ENTS and t.pos_ in ("NOUN", "ADJ"))


def _owners(tok: Token) -> frozenset[str]:
    """The owning words on an office noun: "ASEAN foreign ministers" -> {"asean"}, "the
    ministers of the EU" -> {"eu"}; empty when none."""
    kids = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
    kids += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    return frozenset(t.lower_ for k in kids for t in k.subtree if _owning(t))


def _marked(tok: Token) -> bool:
    """The office noun says by itself whose or where its holders are: an owner ("ASEAN
    ministers", "the ministers of the movement", "their ministers"), a sector ("opposition
    ministers") or a place ("ministers in Venezuela")."""
    if _owners(tok):
        return True
    for c in tok.children:
        if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "in", "from")):
            return True
        if c.dep_ in ("amod", "compound") and c.lower_ in SECTOR_WORDS:
            return True
    return False


def _breaks(doc: Doc, start: int, end: int) -> int:
    """The paragraph breaks (whitespace with a newline) between two token indices."""
    return sum(1 for t in doc[start:end] if "\n" in t.text_with_ws)


def tied_holders(tok: Token) -> Token | None:
    """The earlier phrase (its head) naming the same office holders of one body, when the
    document names only one body's ("ASEAN ministers ... the ministers"); None otherwise.

    Review f14e: a noun that names its own holders ("the ministers of the protest movement")
    ties to nothing; the nearest earlier marked mention must be the owned one ("EU ministers
    ... opposition ministers in Venezuela ... the ministers" ties to neither); and that
    mention stands at most one paragraph back (a story that moves on leaves it behind)."""
    office = plural_office(tok)
    if office is None or _marked(tok):
        return None
    found: dict[frozenset[str], Token] = {}
    nearest: Token | None = None
    for t in tok.doc[: tok.i]:
        if plural_office(t) == office:
            owners = _owners(t)
            if owners:
                found.setdefault(owners, t)
            if _marked(t):
                nearest = t
    if len(found) != 1 or nearest is None or not _owners(nearest):
        return None
    return nearest if _breaks(tok.doc, nearest.i, tok.i) <= 1 else None


@JUNK_ACTORS.rule("unowned-office-holders")
def _unowned_office_holders(tok: Token, actor: Actor, role: str, event_type: str) -> bool:
    """A plural office noun ("foreign ministers", "leaders around the world") that the
    lookup read as a countryless, codeless group, with no name, nationality or owner in
    its phrase (source or target)."""
    if plural_office(tok) is None:
        return False
    if actor.country or actor.code or actor.kind != "group":
        return False
    if any(c.lower_ in COUNTING_WORDS for c in tok.children):
        return False
    if any(c.dep_ == "poss" for c in tok.children):
        return False  # "their foreign ministers": whose they are is the owner's
    if any(c.dep_ in ("amod", "compound") and c.lower_ in SECTOR_WORDS for c in tok.children):
        return False  # "opposition leaders": the sector names the body
    if role == "source" and tied_holders(tok) is not None:
        return False  # rule ``tied-office-holders``: read as the body named before
    # A possessive deeper in the phrase owns no office: "the leaders of the world's two
    # largest economies" names no one.
    return not any(_owning(t) or t.ent_type_ in OWNING_ENTS for t in tok.subtree if t.i != tok.i)
