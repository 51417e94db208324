"""Propositions parsed like claims, and the test of whether a claim bears on one.

A proposition ("send troops to Iraq", "a ceasefire in Sri Lanka", "restore UN sanctions
on Iran") is parsed with the same spaCy model and the same frame rules as the claims
(:mod:`cablegram.claims.frames`): a predicate, an object and arguments, and a polarity
("halt arms sales" is against selling arms).

A claim bears on a proposition (:func:`bears_on`) when

1. its **core** matches: every core word of the proposition (its predicate, unless a light
   verb such as "impose"; its object) meets a core word of the claim. Two words meet when
   they share a lemma (spaCy's, or any lemminflect gives), a Snowball stem (PyStemmer:
   "deployment" meets "deploy"), or a group in ``data/claim_synonyms.toml`` ("troops" meets
   "soldiers", "truce" meets "ceasefire");
2. its **arguments** agree: when the proposition names a place or target ("Iraq"), the claim
   must name the same one (a country by any of its names, "Russian" meets "Russia"), or name
   none while its document mentions it. A claim about another country does not drift in.

Relevance is 1.0 when the claim names the argument itself, 0.7 when only its document does.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any, Final

from cablegram.claims.frames import Frame, frame_heads, noun_frame_at_root
from cablegram.claims.polarity import Polarity, read_polarity
from cablegram.query.common import JSON

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DATA_FILE: Final = "claim_synonyms.toml"
# Relevance of a claim that leaves the proposition's place to its document.
DOCUMENT_CONTEXT: Final = 0.7


@dataclass(frozen=True, slots=True)
class Synonyms:
    """Light verbs and groups of words for one act, each word as its match keys."""

    light_verbs: frozenset[str]
    groups: tuple[frozenset[str], ...]
    opposites: tuple[tuple[str, str], ...] = ()


@cache
def synonyms() -> Synonyms:
    """The packaged synonym data (``data/claim_synonyms.toml``)."""
    text = resources.files("cablegram").joinpath("data", DATA_FILE).read_text(encoding="utf-8")
    data = tomllib.loads(text)
    return Synonyms(
        light_verbs=frozenset(str(w).casefold() for w in data["light_verbs"]),
        groups=tuple(frozenset(k for w in g for k in keys(str(w))) for g in data["groups"]),
        opposites=tuple((str(a), str(b)) for a, b in data.get("opposites", ())),
    )


def opposite(a: str, b: str) -> bool:
    """Whether two acts undo each other ("send" and "withdraw"), per the opposites list."""
    return any(
        (meet(a, x) and meet(b, y)) or (meet(a, y) and meet(b, x)) for x, y in synonyms().opposites
    )


@cache
def _stemmer() -> Any:
    # Imported on first use: lemminflect and PyStemmer are only needed once a query runs.
    import Stemmer  # type: ignore[import-untyped, import-not-found, unused-ignore]

    return Stemmer.Stemmer("english")


# British spellings and their American forms, by word ending: "recognise" is "recognize",
# "organisation" "organization", "analyse" "analyze", "licence" "license".
_SPELLINGS: Final = (
    (re.compile(r"is(e|ed|es|ing|ation|ations)$"), r"iz\1"),
    (re.compile(r"ys(e|ed|es|ing)$"), r"yz\1"),
    (re.compile(r"(lic|def|off|pret)ence(s?)$"), r"\1ense\2"),
)


def american(word: str) -> str:
    """The American spelling of a British one ("recognise" -> "recognize"); others as
    they are. Only an added key: "promise" -> "promize" meets nothing else."""
    for pattern, replacement in _SPELLINGS:
        word = pattern.sub(replacement, word)
    return word


@cache
def keys(word: str) -> frozenset[str]:
    """The forms a word is compared by: itself in either spelling, its lemmas, and their
    Snowball stems."""
    from lemminflect import getAllLemmas  # type: ignore[import-untyped, import-not-found, unused-ignore]

    word = word.casefold().strip()
    forms = {word, american(word)}
    if " " not in word:
        for lemmas in getAllLemmas(american(word)).values():
            forms.update(lemma.casefold() for lemma in lemmas)
        for lemmas in getAllLemmas(word).values():
            forms.update(lemma.casefold() for lemma in lemmas)
    stemmer = _stemmer()
    return frozenset(forms | {stemmer.stemWord(f) for f in forms if " " not in f})


@cache
def is_verb(word: str) -> bool:
    """Whether a word is a verb's base form ("supply", "send"), per lemminflect."""
    from lemminflect import getAllLemmas  # type: ignore[import-untyped, import-not-found, unused-ignore]

    if " " in word:
        return True  # "pull out", "carry out"
    return word in getAllLemmas(word, upos="VERB").get("VERB", ())


def meet(a: str, b: str) -> bool:
    """Whether two words name the same thing: a shared lemma or stem, or a synonym group."""
    ka, kb = keys(a), keys(b)
    if ka & kb:
        return True
    return any(ka & group and kb & group for group in synonyms().groups)


def core(predicate: str, obj: str | None) -> tuple[str, ...]:
    """The words that say what an act is: the predicate (unless light) and the object."""
    words = [] if predicate in synonyms().light_verbs and obj else [predicate]
    if obj:
        words.append(obj)
    return tuple(words)


@dataclass(frozen=True, slots=True)
class Proposition:
    """A proposition parsed into a frame and a polarity."""

    text: str
    predicate: str | None
    object: str | None
    arguments: dict[str, str] = field(default_factory=dict)
    polarity: Polarity = "support"

    @property
    def core(self) -> tuple[str, ...]:
        if self.predicate is None:
            return ()
        return core(self.predicate, self.object)

    def to_json(self) -> JSON:
        return {
            "proposition": self.text,
            "predicate": self.predicate,
            "object": self.object,
            "arguments": dict(self.arguments),
            "polarity": self.polarity,
            "core": list(self.core),
        }


def _frame_for(doc_tokens: list, frames: list[Frame]) -> Frame | None:  # type: ignore[type-arg]
    if not frames:
        return None
    root = next((t for t in doc_tokens if t.head.i == t.i), doc_tokens[0])

    def depth(frame: Frame) -> int:
        node, steps = doc_tokens[0].doc[frame.head], 0
        while node.i != root.i and node.head.i != node.i:
            node, steps = node.head, steps + 1
        return steps

    return min(frames, key=depth)


# Put before a proposition that opens with a bare verb the parser took for a noun ("end
# sanctions on Russia", "halt arms sales"), so that it reads as the imperative it is.
_SUBJECT: Final = "We "


def _opens_with_verb(doc: Doc) -> bool:
    """Whether the first word is a verb's base form ("end", "halt") that the parser did
    not read as the proposition's head verb (a noun, or a verb hung on the next noun)."""
    from lemminflect import getAllLemmas  # type: ignore[import-untyped, import-not-found, unused-ignore]

    first = doc[0]
    if first.pos_ == "VERB" and first.head.i == first.i:
        return False
    lemmas = getAllLemmas(first.lower_, upos="VERB").get("VERB", ())
    return first.lower_ in lemmas


def parse_proposition(text: str, nlp: Language) -> Proposition:
    """The proposition's frame and polarity, parsed with ``nlp``.

    A proposition opening with a bare verb the parser tags as a noun ("end sanctions on
    Russia") is parsed after a subject ("We end sanctions on Russia"). With no frame found
    (a bare name, a stop word), predicate and object are None and nothing bears on it.
    """
    cleaned = re.sub(r"\s+", " ", text).strip().rstrip(".?!")
    doc = nlp(cleaned)
    if len(doc) and _opens_with_verb(doc):
        doc = nlp(_SUBJECT + cleaned)
    tokens = list(doc)
    if not tokens:
        return Proposition(text, None, None)
    frames = list(frame_heads(tokens))
    frame = _frame_for(tokens, frames) or noun_frame_at_root(doc)
    if frame is None:
        return Proposition(text, None, None)
    head = doc[frame.head]
    reading = read_polarity(head, lambda node: node.head.i == node.i, tokens)
    polarity: Polarity = reading.polarity if reading is not None else "support"
    return Proposition(text, frame.predicate, frame.object, dict(frame.arguments), polarity)


def argument_key(text: str, country_of: Callable[[str], str | None]) -> str:
    """How an argument is compared: a country's ISO code, else its case-folded words."""
    cleaned = re.sub(r"^(?:the)\s+", "", text.strip(), flags=re.IGNORECASE)
    code = country_of(cleaned)
    return f"country:{code}" if code else cleaned.casefold()


@dataclass(frozen=True, slots=True)
class Bearing:
    """How a claim bears on a proposition: relevance 0 to 1, and what matched."""

    relevance: float
    matched: tuple[str, ...]
    same_direction: bool
    # The claim names the act undoing the proposition's ("withdraw" for "send").
    undoes: bool = False


def head_word(proposition: Proposition) -> str:
    """The word naming the act: the predicate, or the object of a light verb."""
    return proposition.core[0]


def core_matches(proposition: Proposition, predicate: str, obj: str | None) -> bool:
    """Whether the claim names the same act: every core word of the proposition meets a
    word of the claim, and every core word of the claim meets a word of the proposition
    ("end sanctions" is not "impose sanctions", though both are about sanctions)."""
    wanted = proposition.core
    if not wanted:
        return False
    if obj is None and predicate not in synonyms().light_verbs:
        # An act named without its object ("opposed recognition", "announced the
        # withdrawal"): it must name the proposition's act itself. A bare verb says less
        # ("suspected of supplying Russia" is no "send troops"): when the proposition
        # names an object, the verb must be the proposition's own, not a synonym.
        light = proposition.predicate in synonyms().light_verbs
        if proposition.object is not None and not light and is_verb(predicate):
            return bool(keys(head_word(proposition)) & keys(predicate))
        return meet(head_word(proposition), predicate)
    have = core(predicate, obj)
    claim_words = (*have, predicate) if predicate not in have else have
    prop_words = (*wanted, proposition.predicate or "")
    return all(any(meet(w, h) for h in claim_words) for w in wanted) and all(
        any(meet(h, w) for w in prop_words if w) for h in have
    )


def _undoes(proposition: Proposition, predicate: str, obj: str | None) -> bool:
    """Whether the claim names the act that undoes the proposition's, on the same object
    ("pull out soldiers" against "send troops")."""
    if proposition.predicate is None or proposition.object is None or obj is None:
        return False
    return opposite(proposition.predicate, predicate) and meet(proposition.object, obj)


# Roles a preposition gives: an explicit place or target ("to Iraq", "on Russia"). Names
# that only modify a noun ("French troops", "UN sanctions") are "about" roles.
EXPLICIT_ROLES: Final = frozenset({"place", "target", "partner", "beneficiary"})


def bears_on(
    proposition: Proposition,
    predicate: str,
    obj: str | None,
    arguments: dict[str, str],
    country_of: Callable[[str], str | None],
    document_mentions: Callable[[Iterable[str]], bool],
) -> Bearing | None:
    """How a claim (predicate, object, arguments) bears on the proposition, or None.

    ``country_of``: a place name's ISO3 code or None; ``document_mentions``: whether the
    claim's document mentions any of the given phrases. A claim whose explicit place or
    target is none of the proposition's names is about something else; each name of the
    proposition must be named by the claim or, failing that, by its document.
    """
    same = core_matches(proposition, predicate, obj)
    if not same and not _undoes(proposition, predicate, obj):
        return None
    matched = list(proposition.core)
    relevance = 1.0
    direction = (proposition.polarity == "support") == same
    wanted = {argument_key(v, country_of): v for v in proposition.arguments.values()}
    if not wanted:
        return Bearing(relevance, tuple(matched), direction, undoes=not same)
    have = {argument_key(v, country_of) for v in arguments.values()}
    explicit = {argument_key(v, country_of) for r, v in arguments.items() if r in EXPLICIT_ROLES}
    if explicit and not explicit & set(wanted):
        return None
    for key, text in wanted.items():
        if key in have:
            matched.append(text)
        elif document_mentions([text]):
            relevance = DOCUMENT_CONTEXT
        else:
            return None
    return Bearing(relevance, tuple(matched), direction, undoes=not same)
