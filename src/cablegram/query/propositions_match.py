"""Whether a claim bears on a proposition (parsed by :mod:`cablegram.query.propositions`).

A claim bears on a proposition (:func:`bears_on`) when

1. its **core** matches: every core word of the proposition (its predicate, unless a light
   verb such as "impose"; its object) meets a core word of the claim, by meaning
   (:mod:`cablegram.query.meaning`: lemmas, derivations, stems and the synonym data, so
   "deployment" meets "deploy", "recognition" "recognise", "troops" "soldiers"). The claim
   is read by meaning first: "arm Ukraine" as giving weapons, "retaliatory measures" as
   that term. A narrower or broader act bears one way only ("deploy police officers" is
   for sending a force; against "retaliatory measures" is against tariffs);
   A claim's object that only stands for the party the proposition names ("exclude the
   company" for "ban Huawei") is read as no object (the data's referring nouns);
2. its **arguments** agree: when the proposition names a place or target ("Iraq"), the claim
   must name the same one (a country by any of its names, "Russian" meets "Russia";
   compared by :mod:`cablegram.query.propositions_args`), or name none while its document
   mentions it. A claim about another country does not drift in.

Further kinds, each a rule below: a reversing verb on the act undoes it ("withdraw its
recognition", :func:`_reverses`); the thing a claim's verb leaves is its object ("pull out
of the climate deal", :func:`left_object`); a light verb on an act noun is that act
("trigger the snapback", :func:`~cablegram.query.propositions_claim_act.claim_act`, where
an act noun without object is read as the data's term the sentence writes, "military
operation", and a plan's object is the act, "the project of an agreement"); the
object's modifiers may be named, and a flow's object is named by what flows ("a ban on
Russian gas", :func:`core_matches`).

Relevance is 1.0 when the claim names the argument itself, 0.7 when only its document does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Final

from cablegram.query.meaning import (
    Side,
    entailed_side,
    is_light,
    is_verb,
    keys,
    meet,
    opposite,
    points_back,
    reverses,
    synonyms,
)
from cablegram.query.propositions import Proposition, core
from cablegram.query.propositions_act_forms import narrower_act_side
from cablegram.query.propositions_agreements import NAMED_IN_DOCUMENT, agreement_standing_for
from cablegram.query.propositions_args import (
    EXPLICIT_ROLES,
    argument_key,
    described_party,
    part_named,
    parts_of,
    same_argument,
    shortened_place,
)
from cablegram.query.propositions_claim_act import claim_act
from cablegram.query.propositions_doer import agent_fits
from cablegram.query.propositions_kinds import (
    acted_on_in,
    another_kind,
    existing_thing,
    other_about,
)
from cablegram.query.propositions_membership import exit_blend_claim, staying_reading
from cablegram.query.propositions_names import (
    NAMED_BY_MODIFIERS,
    acronym_object,
    context_names,
    listed_as_banned,
    name_acronym,
    named_by_modifiers,
    named_by_shell,
    object_as_party,
    object_name,
    object_named_in_sentence,
    people_of,
    sole_bare_head,
    without_list_owner,
    writes_other_words,
)

# Relevance of a claim that leaves the proposition's place to its document.
DOCUMENT_CONTEXT: Final = 0.7


@dataclass(frozen=True, slots=True)
class Bearing:
    """How a claim bears on a proposition: relevance 0 to 1, and what matched."""

    relevance: float
    matched: tuple[str, ...]
    same_direction: bool
    # The claim names the act undoing the proposition's ("withdraw" for "send").
    undoes: bool = False
    # The claim names a narrower or broader act: it bears only when its own polarity is
    # this side (see :func:`cablegram.query.meaning.entailed_side`).
    requires: Side | None = None


def head_word(proposition: Proposition) -> str:
    """The word naming the act: the predicate, or the object of a light verb."""
    return proposition.core[0]


# meets(proposition's word, claim's word): whether they name the same thing.
Meets = Callable[[str, str], bool]


def core_matches(
    proposition: Proposition, predicate: str, obj: str | None, meets: Meets = meet
) -> bool:
    """Whether the claim names the same act: every core word of the proposition meets a
    word of the claim, and every core word of the claim meets a word of the proposition
    ("end sanctions" is not "impose sanctions", though both are about sanctions)."""
    wanted = proposition.core
    if not wanted:
        return False
    if obj is None and not is_light(predicate):
        # An act named without its object ("opposed recognition", "announced the
        # withdrawal"): it must name the proposition's act itself. A bare verb says less
        # ("suspected of supplying Russia" is no "send troops"): when the proposition
        # names an object, the verb must be the proposition's own, not a synonym.
        light = proposition.predicate is not None and is_light(proposition.predicate)
        if proposition.object is not None and not light and is_verb(predicate):
            return bool(keys(head_word(proposition)) & keys(predicate))
        return meets(head_word(proposition), predicate)
    have = core(predicate, obj)
    claim_words = (*have, predicate) if predicate not in have else have
    # The object's modifiers may be named, never need be ("a crucial grain deal" for "the
    # Black Sea grain deal"); the object of a flow ("gas imports") is named by what flows.
    prop_words = (*wanted, proposition.predicate or "", *proposition.modifiers)
    flows = _flows(proposition)

    def named(w: str) -> bool:
        return any(meets(w, h) for h in claim_words) or (
            w == proposition.object and any(meets(m, h) for m in flows for h in claim_words)
        )

    return all(named(w) for w in wanted) and all(
        any(meets(w, h) for w in prop_words if w) for h in have
    )


def _flows(proposition: Proposition) -> tuple[str, ...]:
    """The modifiers that may stand for the object when it names a flow of them ("gas"
    for "gas imports", "arms" for "arms sales": the data's ``flow_nouns``); () else."""
    if proposition.object is None or not keys(proposition.object) & synonyms().flow_nouns:
        return ()
    return proposition.modifiers


def _reverses(proposition: Proposition, predicate: str, obj: str | None) -> bool:
    """Whether the claim undoes the proposition's act by naming it as the object of a
    reversing verb ("called on Israel to withdraw its recognition" for "recognise
    Somaliland", "revoke the withdrawal" for "withdraw from the WHO"): the data's
    ``reversing_verbs``, the object meeting the proposition's act word."""
    if obj is None or not proposition.core or not reverses(predicate):
        return False
    return meet(head_word(proposition), obj)


def _entailed(proposition: Proposition, predicate: str, obj: str | None) -> Side | None:
    """The one side on which a claim about a narrower or broader act bears ("deploy police
    officers" for "send a force": its support; "impose retaliatory measures" for "impose
    tariffs": its opposition), or None when no such reading matches."""
    sides: tuple[Side, ...] = ("support", "oppose")
    for side in sides:

        def meets(w: str, h: str, side: Side = side) -> bool:
            return meet(w, h) or entailed_side(h, w) == side

        if core_matches(proposition, predicate, obj, meets):
            return side
    return None


def _undoes(proposition: Proposition, predicate: str, obj: str | None) -> bool:
    """Whether the claim names the act that undoes the proposition's, on the same object
    ("pull out soldiers" against "send troops"); for a proposition on a named party and no
    object ("release Osman Kavala"), a claim naming no object either ("decried his
    detention"), the party then checked like any argument."""
    if proposition.predicate is None or not opposite(proposition.predicate, predicate):
        return False
    if proposition.object is None:
        return obj is None and bool(proposition.arguments)
    return obj is not None and meet(proposition.object, obj)


def _named_party(proposition: Proposition, obj: str | None, sentence: str | None) -> str | None:
    """The claim's object, or None when it stands for the party the proposition names
    ("exclude the company" for "ban Huawei", "recognise it" for "recognise Kosovo"): a
    pronoun or a noun for a kind of party (the data's ``referring_nouns``) that the
    sentence writes as pointing back ("the company", not "a journalist"), where the
    proposition names a party and no object. The party must then be named by the claim or
    its context, as for any claim without that argument (:func:`bears_on`)."""
    if obj is None or proposition.object is not None or not proposition.arguments:
        return obj
    if obj.casefold() in synonyms().referring and points_back(obj, sentence):
        return None
    return obj


def _named_thing(
    proposition: Proposition,
    obj: str | None,
    arguments: dict[str, str],
    country_of: Callable[[str], str | None],
) -> str | None:
    """The proposition's object for a claim with none that names, itself, the thing the
    proposition's object is named as ("cancel Nord Stream 2" for "build the Nord Stream 2
    pipeline": the pipeline is Nord Stream 2); else the claim's object as it is."""
    if obj is not None or proposition.object is None:
        return obj
    named = proposition.arguments.get("about")
    if named is None:
        return obj
    key = argument_key(named, country_of)
    if any(same_argument(key, argument_key(v, country_of)) for v in arguments.values()):
        return proposition.object
    return obj


def left_object(
    proposition: Proposition,
    obj: str | None,
    arguments: dict[str, str],
    country_of: Callable[[str], str | None],
) -> tuple[str | None, dict[str, str]]:
    """A claim's object and arguments, with the common-noun thing its verb leaves read as
    its object ("pulling out of **the climate deal**", "exit **the Paris accord**": place
    -> object "deal"/"accord", "Paris" kept as what it is about) where the proposition
    names such an object ("withdraw from the Paris climate agreement") and the claim none.
    A country or known organisation ("out of Iraq", "from the WHO") stays a place."""
    if obj is not None or proposition.object is None:
        return obj, arguments
    for role, text in arguments.items():
        if role not in EXPLICIT_ROLES or not text.split():
            continue
        *rest, last = text.split()
        if not rest and argument_key(text, country_of).startswith(("country:", "entry:")):
            continue  # a name alone: "out of Iraq", "from the WHO"
        if not meet(proposition.object, last.casefold()):
            if object_name(proposition) and rest and meet(proposition.object, rest[0].casefold()):
                # the proposition's object is a name, and the place is named after it
                # ("accession to the Schengen Area" for "Schengen membership")
                kept = {r: v for r, v in arguments.items() if r != role}
                return proposition.object, kept
            continue
        kept = {r: v for r, v in arguments.items() if r != role}
        if rest:
            # what the thing is named after ("Paris" of "the Paris accord"), beside any other
            kept["about" if "about" not in kept else f"about{len(kept)}"] = " ".join(rest)
        return last.casefold(), kept
    return obj, arguments


def bears_on(
    proposition: Proposition,
    predicate: str,
    obj: str | None,
    arguments: dict[str, str],
    country_of: Callable[[str], str | None],
    document_mentions: Callable[[Iterable[str]], bool],
    sentence: str | None = None,
    doer: str | None = None,
) -> Bearing | None:
    """How a claim (predicate, object, arguments) bears on the proposition, or None.

    ``country_of``: a place name's ISO3 code or None; ``document_mentions``: whether the
    claim's document mentions any of the given phrases; ``sentence``: the claim's sentence,
    where terms of more than one word are read. A claim whose explicit place or target is
    none of the proposition's names is about something else; each name of the proposition
    must be named by the claim or, failing that, by its document. ``doer``: the ISO3 code
    of the claim's actor, which may be the proposition's agent (:func:`agent_fits`).
    """
    # "rejected a no-deal Brexit" is no claim against Brexit (propositions_act_forms), read
    # before the claim's act is rewritten ("widen sanctions" becomes "impose" them)
    bears, form = narrower_act_side(proposition, predicate, obj, sentence)
    if not bears:
        return None
    predicate, obj, arguments = exit_blend_claim(predicate, obj, arguments)
    if not agent_fits(proposition, predicate, arguments, doer, country_of, sentence):
        return None
    if not writes_other_words(proposition, sentence):
        return None
    obj = _named_party(proposition, obj, sentence)
    obj = people_of(proposition, obj, arguments, country_of)
    obj = _named_thing(proposition, obj, arguments, country_of)
    obj = named_by_shell(proposition, obj, sentence, document_mentions)
    obj, arguments = left_object(proposition, obj, arguments, country_of)
    obj = object_named_in_sentence(proposition, obj, sentence, predicate)
    obj = acronym_object(proposition, obj, sentence)
    standing = agreement_standing_for(
        proposition, predicate, obj, arguments, sentence, document_mentions, doer
    )
    if standing is not None:
        predicate, obj, arguments = standing
    predicate, obj = claim_act(predicate, obj, sentence)
    if another_kind(proposition, predicate, obj, sentence):
        return None
    if existing_thing(proposition, predicate, obj, sentence):
        return None
    if other_about(proposition, arguments, country_of, acted_on_in(sentence, predicate)):
        return None
    listed = listed_as_banned(predicate, sentence)
    if listed != predicate:
        predicate, arguments = listed, without_list_owner(arguments, sentence)
        # "the inclusion of the IRGC on the list": what is listed is a named party
        obj, arguments = object_as_party(obj, arguments, sentence)
    staying = staying_reading(proposition, predicate, obj, arguments, country_of, sentence)
    if staying is not None:
        # membership is staying, leaving undoes it (propositions_membership)
        placed = _placed(proposition, arguments, country_of, document_mentions, staying, sentence)
        return replace(placed, requires=form) if placed is not None else None
    requires: Side | None = None
    same = core_matches(proposition, predicate, obj)
    if not same and _reverses(proposition, predicate, obj):
        pass  # the act named and undone: bears, the other way
    elif not same and _undoes(proposition, predicate, obj):
        # An undoing act named without its object bears only when opposed ("decried his
        # detention"): a claim for it is too often a description ("a jailed activist").
        requires = "oppose" if proposition.object is None else None
    elif not same:
        requires = _entailed(proposition, predicate, obj)
        if requires is None:
            return None
        same = True
    bearing = _placed(proposition, arguments, country_of, document_mentions, same, sentence)
    if bearing is not None and standing is not None:
        # the agreement is named by the document, not by the claim
        bearing = replace(bearing, relevance=min(bearing.relevance, NAMED_IN_DOCUMENT))
    if bearing is None:
        return None
    if form is not None and requires not in (None, form):
        return None  # a form's side and the act's own entailment disagree
    return replace(bearing, requires=requires or form)


def _placed(
    proposition: Proposition,
    arguments: dict[str, str],
    country_of: Callable[[str], str | None],
    document_mentions: Callable[[Iterable[str]], bool],
    same: bool,
    sentence: str | None = None,
) -> Bearing | None:
    """The bearing of a claim whose act matches, once its arguments agree (see
    :func:`bears_on`), or None when they name another place or target."""
    matched = list(proposition.core)
    relevance = 1.0
    name = object_name(proposition)
    acronym = name_acronym(proposition, name) if name is not None else None
    about = proposition.arguments.get("about")  # the name the acronym may stand for
    direction = (proposition.polarity == "support") == same
    wanted = {argument_key(v, country_of): v for v in proposition.arguments.values()}
    if not wanted:
        return Bearing(relevance, tuple(matched), direction, undoes=not same)
    keyed = {r: argument_key(v, country_of) for r, v in arguments.items()}
    for role, key in keyed.items():
        # "the Convention" for "the Ottawa Convention", its document naming no other
        for w, text in wanted.items():
            if sole_bare_head(text, w, key, document_mentions):
                keyed[role] = w
                relevance = DOCUMENT_CONTEXT
    have = set(keyed.values())
    explicit = {
        k
        for r, k in keyed.items()
        if r in EXPLICIT_ROLES
        and not shortened_place(k, wanted.values(), document_mentions)
        and not described_party(arguments[r], k, sentence)
    }
    # each part of a name of several parties is one of its names ("Romania and Bulgaria")
    names = set(wanted) | {
        argument_key(p, country_of) for v in wanted.values() for p in parts_of(v, country_of)
    }
    if explicit and not any(same_argument(e, w) for e in explicit for w in names):
        return None
    for key, text in wanted.items():
        if any(same_argument(key, h) for h in have):
            matched.append(text)
            continue
        parts = parts_of(text, country_of)
        named = [p for p in parts if len(parts) > 1 and part_named(p, have, country_of)]
        if named and all(p in named or document_mentions([p]) for p in parts):
            # A name of several parties ("EU-Mercosur"): the claim names one, its document
            # every other.
            matched.append(text)
        elif context_names(text, key, parts, document_mentions, acronym if text == about else None):
            relevance = min(relevance, DOCUMENT_CONTEXT)
        elif named_by_modifiers(proposition, key, text, parts, (arguments, sentence)):
            relevance = min(relevance, NAMED_BY_MODIFIERS)
        else:
            return None
    return Bearing(relevance, tuple(matched), direction, undoes=not same)
