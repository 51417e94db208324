"""Acts that take two: meeting, agreeing, working together. Their parties act on each other.

- :func:`with_parties` adds the parties a noun names by a joined pair of names ("the
  Russia-Turkey memorandum", "U.S.-China talks") to the sources the argument finder found,
  and takes those "between X and Y" names as the parties ("talks between Kyiv and Moscow");
- :func:`paired_targets` gives each of exactly two parties the other as its target ("X and Y
  met in Dhaka": X meets Y, Y meets X; the venue is no party). With more parties, or with a
  target already found, nothing changes: which of four ministers met which is not said;
- the phrase part ``counted-parties`` (joining ``PHRASE_PARTS`` of
  :mod:`cablegram.events.phrases`) reads "the two foreign ministers", "both leaders" as the
  two people or states the sentence before names, when it names exactly that many
  (by country); otherwise no one.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from cablegram.events.phrases import PHRASE_PARTS, Context, phrase_actors
from cablegram.events.tree import entity_span, noun_phrase
from cablegram.records import Actor

# Types whose act is mutual (PLOVER CONSULT, AGREE), and the modes of COOPERATE that are.
MUTUAL_TYPES = frozenset({"CONSULT", "AGREE"})
MUTUAL_COOPERATION = frozenset({"military", "intelligence"})
# Words counting the parties of a plural subject.
COUNTS = {"two": 2, "both": 2, "three": 3}
# Entity labels of a name joined to another by a hyphen ("Russia-Turkey").
PARTY_ENTS = frozenset({"GPE", "NORP", "ORG"})
# Argument slots where the sentence before names the people a later plural stands for.
ANTECEDENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "poss"})


def _named(tok: Token) -> bool:
    return tok.ent_type_ in PARTY_ENTS or (tok.pos_ == "PROPN" and not tok.ent_type_)


def _hyphen_pair(trigger: Token) -> list[Token]:
    """Names joined by a hyphen before a noun: "Russia-Turkey memorandum" (spaCy hangs the
    first on the second as a compound)."""
    out: list[Token] = []
    for mod in trigger.children:
        if mod.dep_ not in ("compound", "nmod", "amod") or not _named(mod):
            continue
        joined = [
            c
            for c in mod.children
            if c.dep_ in ("compound", "nmod", "amod")
            and _named(c)
            and c.i < mod.i
            and any(t.text in ("-", "\u2013") for t in trigger.doc[c.i + 1 : mod.i])
        ]
        if joined:
            out.extend([*joined, mod])
    return out


def between_parties(trigger: Token, ctx: Context) -> list[Actor]:
    """The parties "between X and Y" names, one per identity, when it names two or more."""
    found: dict[tuple[str, str | None], Actor] = {}
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ != "between":
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj":
                for actor in phrase_actors(obj, "source", ctx):
                    found.setdefault((actor.name, actor.country), actor)
    return list(found.values()) if len(found) >= 2 else []


def with_parties(
    trigger: Token, event_type: str, sources: Sequence[Actor], ctx: Context
) -> list[Actor]:
    """The sources, with the parties a hyphen-joined pair before a noun trigger names; the
    parties "between X and Y" are the sources of a noun trigger ("a joint exercise between
    the German and Lithuanian armies", "talks between Kyiv and Moscow")."""
    out = list(sources)
    if event_type not in MUTUAL_TYPES | {"COOPERATE"} or trigger.pos_ not in ("NOUN", "PROPN"):
        return out
    between = between_parties(trigger, ctx)
    if between:
        return between
    keys = {(a.name, a.country) for a in out}
    for tok in _hyphen_pair(trigger):
        for actor in ctx.actors(entity_span(tok)):
            if (actor.name, actor.country) not in keys and actor.kind in ("state", "organization"):
                keys.add((actor.name, actor.country))
                out.append(actor)
    return out


def intent_governed(
    trigger: Token, governors: Sequence[Token], intent_verbs: frozenset[str]
) -> bool:
    """Whether the act is only intended, by the trigger itself or a verb just above it
    ("pledged", "have offered to send"): an intention is each party's own, never mutual."""
    return any(t.lemma_.lower() in intent_verbs for t in (trigger, *governors))


def paired_targets(
    event_type: str,
    mode: str | None,
    sources: Sequence[Actor],
    target: Actor | None,
    mutual: bool = True,
) -> list[Actor | None]:
    """One target per source: for a mutual act of exactly two parties and no target found,
    each party's target is the other; otherwise the found target for all. Cooperation is
    mutual only where it is military or intelligence work done together ("held a joint
    exercise"), not where two take part in a third's affair ("are participating in").
    ``mutual=False``: the act is each party's own (an intention: "Chile and Brazil have
    offered to send officers"), so no party is the other's target."""
    parties = {(a.name, a.country) for a in sources}
    mutual = mutual and (
        event_type in MUTUAL_TYPES or (event_type == "COOPERATE" and mode in MUTUAL_COOPERATION)
    )
    if mutual and target is None and len(sources) == 2 and len(parties) == 2:
        return [sources[1], sources[0]]
    return [target for _ in sources]


# Types whose two-party act, read from one clause, is one record, not two mirrored ones.
ONE_RECORD_TYPES = frozenset({"AGREE"})


def one_pact(
    event_type: str, sources: Sequence[Actor | None], targets: Sequence[Actor | None]
) -> list[tuple[Actor | None, Actor | None]]:
    """Rule ``one-pact``: "Kenya and Uganda signed a trade deal" is one agreement, which
    both signed; :func:`paired_targets` mirrors the two parties (Kenya -> Uganda, Uganda ->
    Kenya), which counted a single pact twice in dyad counts. For AGREE the first party's
    record stands for the pair (as "Kenya signed a deal with Uganda" reads). Meetings
    (CONSULT) and joint work keep both directions; three or more parties, or a target the
    text names, are not mirrored and keep one record per source.

    Shapes: ``sources`` and ``targets`` one per record, as the coder zips them; returns
    the (source, target) pairs to record."""
    pairs = list(zip(sources, targets, strict=True))
    mirrored = (
        len(pairs) == 2
        and pairs[0][1] is pairs[1][0]
        and pairs[1][1] is pairs[0][0]
        and pairs[0][0] is not None
    )
    if event_type in ONE_RECORD_TYPES and mirrored:
        return pairs[:1]
    return pairs


# Plurals that count states ("both countries"), not people ("both presidents").
STATE_NOUNS = frozenset({"country", "nation", "state", "side", "government", "neighbour",
                         "neighbor"})  # fmt: skip


def _people_before(token: Token, ctx: Context) -> list[Actor]:
    """The persons the sentence before names in its argument slots, one per country; the
    states instead when the plural counts states ("both countries"). "Both presidents" never
    stands for states: the states named before may not be the presidents' own."""
    sent = token.sent
    if sent.start == 0:
        return []
    before = token.doc[sent.start - 1].sent
    persons: dict[str, Actor] = {}  # by country, or by name where the person has none
    states: dict[str, Actor] = {}
    for tok in before:
        if tok.dep_ not in ANTECEDENT_DEPS or tok.pos_ not in ("PROPN", "NOUN"):
            continue
        for actor in ctx.actors(noun_phrase(tok)):
            if actor.kind == "person":
                persons.setdefault(actor.country or actor.name, actor)
            elif actor.kind == "state" and actor.country:
                states.setdefault(actor.country, actor)
    if token.lemma_.lower() in STATE_NOUNS:
        return list(states.values())
    return list(persons.values())


@PHRASE_PARTS.rule("counted-parties")
def _counted_parties(token: Token, role: str, ctx: Context, depth: int) -> list[Actor]:
    """ "The two foreign ministers met": the two the sentence before names."""
    if role != "source" or depth > 0 or token.tag_ not in ("NNS", "NNPS"):
        return []
    count = next(
        (COUNTS[c.lower_] for c in token.children if c.lower_ in COUNTS and c.i < token.i), 0
    )
    if not count or not token.dep_.startswith("nsubj"):
        return []
    found = _people_before(token, ctx)
    return found if len(found) == count else []
