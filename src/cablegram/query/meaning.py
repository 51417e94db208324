"""When two words name the same act: lemmas, stems, derivations and the synonym data.

Words are compared by their *keys* (:func:`keys`): the word in either spelling, its lemmas
(lemminflect), the verb a nominalisation is derived from ("recognition" -> "recognize",
"reinstatement" -> "reinstate", "accession" -> "accede"), and the Snowball stems of these
(PyStemmer). Two words *meet* (:func:`meet`) when their keys overlap or a synonym group
of ``data/claim_synonyms.toml`` holds both.

The data file also gives, each with its sources named there:

- **light verbs** that carry no act beside their object ("impose sanctions" is about the
  sanctions);
- **nominal suffixes**: the derivation rules, noun ending -> verb endings, each candidate
  verb kept only when lemminflect knows it as a verb;
- **denominal verbs**: a verb that means giving or laying on the thing it is named after
  ("arm Ukraine" is giving weapons to Ukraine, "sanction Russia" imposing sanctions on it),
  and **act nouns** read the same way ("peacekeeping" is sending peacekeepers);
- **terms of more than one word** ("peacekeeping mission", "retaliatory measure"), read
  in the claim's sentence where its last word is the claim's object;
- **hypernyms**: narrower acts and the broader one they are a kind of, read with the
  direction that follows (:func:`entailed_side`);
- **opposites**: acts that undo each other ("send" and "withdraw");
- **referring nouns**: words that stand for a named party ("it", "the company");
- **reversing verbs**: verbs that undo the act their object names ("withdraw its
  recognition", "revoke the decision");
- **flow nouns**: nouns naming a flow of what modifies them ("gas imports", "arms sales"),
  so that the modifier may stand for the whole ("phase out Russian gas");
- **people nouns**: nouns for the people of a place ("Gaza residents"), which stand for a
  people the proposition names ("resettle Palestinians from Gaza").
- **agreement nouns**: nouns naming an agreement ("pact", "treaty", "partnership"): a
  proposition's name headed by one is an agreement's, and a claim's definite one may stand
  for it (:mod:`cablegram.query.propositions_agreements`).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Final, Literal

from cablegram.claims.lexicon import claim_words

DATA_FILE: Final = "claim_synonyms.toml"
# Shortest stem a derivation rule may leave ("st-ation" is not "st-ate").
_MIN_DERIVED_STEM: Final = 3

Side = Literal["support", "oppose"]


@dataclass(frozen=True, slots=True)
class Hypernym:
    """Broader terms and the narrower terms that are kinds of them, as match keys."""

    broader: frozenset[str]
    narrower: frozenset[str]


@dataclass(frozen=True, slots=True)
class Synonyms:
    """The synonym data, each word as its match keys where compared by meaning."""

    light_verbs: frozenset[str]
    groups: tuple[frozenset[str], ...]
    opposites: tuple[tuple[str, str], ...] = ()
    suffixes: tuple[tuple[str, tuple[str, ...]], ...] = ()
    denominal: dict[str, tuple[str, str]] | None = None
    hypernyms: tuple[Hypernym, ...] = ()
    phrases: tuple[str, ...] = ()
    # words standing for a named party ("it", "the company"), lower case
    referring: frozenset[str] = frozenset()
    # verbs that undo an act named as their object ("withdraw its recognition"), lower case
    reversing: frozenset[str] = frozenset()
    # nouns naming a flow of what modifies them ("gas imports", "arms sales"), lower case
    flow_nouns: frozenset[str] = frozenset()
    # nouns for the people of a place ("residents", "civilians"), lower case
    people: frozenset[str] = frozenset()
    # nouns naming an agreement ("pact", "treaty", "partnership"), lower case
    agreements: frozenset[str] = frozenset()
    # light verbs doing more of a measure ("widen", "expand", "extend"), lower case
    widening: frozenset[str] = frozenset()


def _phrase_keys(term: str) -> frozenset[str]:
    """A term's keys: a single word's keys, or a phrase with its last word's lemmas
    ("retaliatory measures" -> "retaliatory measure")."""
    term = term.casefold().strip()
    if " " not in term:
        return keys(term)
    head, _, last = term.rpartition(" ")
    return frozenset({term, *(f"{head} {form}" for form in _lemmas(last))})


@cache
def _data() -> dict[str, Any]:
    text = resources.files("cablegram").joinpath("data", DATA_FILE).read_text(encoding="utf-8")
    return tomllib.loads(text)


@cache
def _suffixes() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The derivation rules, longest noun suffix first."""
    rules = [
        (str(s), tuple(str(e) for e in ends))
        for s, ends in _data().get("nominal_suffixes", {}).items()
    ]
    return tuple(sorted(rules, key=lambda item: -len(item[0])))


@cache
def synonyms() -> Synonyms:
    """The packaged synonym data (``data/claim_synonyms.toml``)."""
    data = _data()
    terms = [str(w) for g in data["groups"] for w in g]
    hypernyms = tuple(
        Hypernym(
            broader=frozenset(k for w in h["broader"] for k in _phrase_keys(str(w))),
            narrower=frozenset(k for w in h["narrower"] for k in _phrase_keys(str(w))),
        )
        for h in data.get("hypernyms", ())
    )
    terms += [str(w) for h in data.get("hypernyms", ()) for w in (*h["broader"], *h["narrower"])]
    return Synonyms(
        light_verbs=frozenset(str(w).casefold() for w in data["light_verbs"]),
        groups=tuple(frozenset(k for w in g for k in _phrase_keys(str(w))) for g in data["groups"]),
        opposites=tuple((str(a), str(b)) for a, b in data.get("opposites", ())),
        suffixes=_suffixes(),
        denominal={
            str(verb): (str(act), str(obj))
            for table in ("denominal_verbs", "act_nouns")
            for verb, (act, obj) in data.get(table, {}).items()
        },
        hypernyms=hypernyms,
        phrases=tuple(sorted({t.casefold() for t in terms if " " in t.strip()})),
        referring=frozenset(str(w).casefold() for w in data.get("referring_nouns", ())),
        reversing=frozenset(str(w).casefold() for w in data.get("reversing_verbs", ())),
        flow_nouns=frozenset(str(w).casefold() for w in data.get("flow_nouns", ())),
        people=frozenset(str(w).casefold() for w in data.get("people_nouns", ())),
        agreements=frozenset(str(w).casefold() for w in data.get("agreement_nouns", ())),
        widening=frozenset(str(w).casefold() for w in data.get("widening_verbs", ())),
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
def _lemmas(word: str) -> frozenset[str]:
    from lemminflect import getAllLemmas  # type: ignore[import-untyped, import-not-found, unused-ignore]

    forms = {word}
    for candidate in (word, american(word)):
        for lemmas in getAllLemmas(candidate).values():
            forms.update(lemma.casefold() for lemma in lemmas)
    return frozenset(forms)


@cache
def known_verb(word: str) -> bool:
    """Whether lemminflect's lexicon knows ``word`` as a verb's base form: a verb lemma of
    itself in its lemma table, the table every key already loads. (Its inflection table
    gives the same answer for all but 7 of 76,604 words, nouns and adjectives such as
    "reader" and "sunken", and costs a second of start-up to load.)"""
    from lemminflect import getAllLemmas  # type: ignore[import-untyped, import-not-found, unused-ignore]

    return word in getAllLemmas(word, upos="VERB").get("VERB", ())


@cache
def derived_verbs(noun: str) -> frozenset[str]:
    """The verbs a nominalisation comes from, by the data's suffix rules, each a verb
    lemminflect knows ("recognition" -> {"recognize"}, "withdrawal" -> {"withdraw"});
    empty for other words. The longest matching suffix decides."""
    word = american(noun.casefold())
    for suffix, endings in _suffixes():
        if not word.endswith(suffix):
            continue
        stem = word[: -len(suffix)]
        if len(stem) < _MIN_DERIVED_STEM:
            return frozenset()
        return frozenset(v for v in (stem + e for e in endings) if known_verb(v))
    return frozenset()


def nominalisations(verb: str) -> frozenset[str]:
    """The nouns the suffix rules would derive ``verb`` from ("accede" -> "accession"),
    unchecked: search terms to find claims, each confirmed by :func:`keys` afterwards."""
    word = verb.casefold()
    out: set[str] = set()
    for suffix, endings in _suffixes():
        for ending in endings:
            if ending and word.endswith(ending):
                out.add(word[: -len(ending)] + suffix)
            elif not ending:
                out.add(word + suffix)
    return frozenset(out)


@cache
def keys(word: str) -> frozenset[str]:
    """The forms a word is compared by: itself in either spelling, its lemmas, the verbs
    it is a nominalisation of, and their Snowball stems."""
    word = word.casefold().strip()
    if " " in word:
        return _phrase_keys(word)
    forms = set(_lemmas(word)) | {american(word)}
    for form in list(forms):
        forms |= derived_verbs(form)
    stemmer = _stemmer()
    return frozenset(forms | {stemmer.stemWord(f) for f in forms})


@cache
def is_verb(word: str) -> bool:
    """Whether a word is a verb's base form ("supply", "send"), per lemminflect."""
    from lemminflect import getAllLemmas  # type: ignore[import-untyped, import-not-found, unused-ignore]

    if " " in word:
        return True  # "pull out", "carry out"
    return word in getAllLemmas(word, upos="VERB").get("VERB", ())


def _verb_among(word: str, verbs: frozenset[str]) -> bool:
    """Whether ``word`` is one of ``verbs``, a form of one, or a nominalisation of one."""
    word = word.casefold().strip()
    return word in verbs or bool((_lemmas(word) | derived_verbs(word)) & verbs)


def is_light(word: str) -> bool:
    """Whether a predicate is a light verb of the data, or a nominalisation of one
    ("application" of "apply", "approval" of "approve", "continuation" of "continue"):
    "called for the immediate application of the agreement" is about the agreement."""
    return _verb_among(word, synonyms().light_verbs)


def widens(word: str | None) -> bool:
    """Whether a predicate does more of the measure it governs (``widening_verbs``), or is
    a nominalisation of one ("expansion", "widening", "intensification")."""
    return bool(word) and _verb_among(word or "", synonyms().widening)


def act_shells() -> frozenset[str]:
    """The shell nouns that stand for an act or a decision about it ("mission", "plan",
    "initiative"): the project's one list, ``shell_nouns`` in ``data/claim_words.toml``
    (read by :func:`cablegram.claims.antecedents.shell_kind`); treaty nouns are left out."""
    words = claim_words()
    return words.act_shell_nouns | words.decision_shell_nouns


def is_shell(word: str) -> bool:
    """Whether ``word`` is a shell noun of an act or a decision (:func:`act_shells`), by its
    keys ("plans" is "plan")."""
    return bool(keys(word) & {k for w in act_shells() for k in keys(w)})


def is_decision_shell(word: str) -> bool:
    """Whether ``word`` is a shell noun of a decision or plan ("plan", "project",
    "proposal": ``shell_nouns.decision`` in ``data/claim_words.toml``), by its keys."""
    shells = claim_words().decision_shell_nouns
    return bool(keys(word) & {k for w in shells for k in keys(w)})


def reverses(word: str) -> bool:
    """Whether a verb undoes the act its object names ("withdraw its recognition", "revoke
    the decision"), per the data's ``reversing_verbs``; compared by lemma."""
    word = word.casefold().strip()
    return bool(({word} | _lemmas(word)) & synonyms().reversing)


def meet(a: str, b: str) -> bool:
    """Whether two words name the same thing: a shared key, or a synonym group."""
    ka, kb = keys(a), keys(b)
    if ka & kb:
        return True
    return any(ka & group and kb & group for group in synonyms().groups)


def opposite(a: str, b: str) -> bool:
    """Whether two acts undo each other ("send" and "withdraw"), per the opposites list."""
    return any(
        (meet(a, x) and meet(b, y)) or (meet(a, y) and meet(b, x)) for x, y in synonyms().opposites
    )


def entailed_side(claim_word: str, proposition_word: str) -> Side | None:
    """Which side of a claim on ``claim_word`` carries over to ``proposition_word`` when
    one is a kind of the other: "support" when the claim's act is the narrower (for
    deploying police officers is for deploying a force), "oppose" when it is the broader
    (against any retaliatory measure is against retaliatory tariffs); None when neither."""
    kc, kp = keys(claim_word), keys(proposition_word)
    for h in synonyms().hypernyms:
        if kc & h.narrower and kp & h.broader:
            return "support"
        if kc & h.broader and kp & h.narrower:
            return "oppose"
    return None


def denominal(predicate: str) -> tuple[str, str] | None:
    """(act, object) a verb named after a thing means ("arm" -> ("give", "weapon")), or None."""
    table = synonyms().denominal or {}
    for form in keys(predicate):
        if form in table:
            return table[form]
    return None


_WORD: Final = re.compile(r"[\w'’-]+")


def object_term(obj: str | None, sentence: str | None) -> str | None:
    """The claim's object as a term of the data where the sentence writes one ending in it
    ("retaliatory measures" for the object "measure"), else the object itself.

    Only the words just before the noun itself count, never a term written elsewhere in
    the sentence: where the sentence writes the noun more than once and the places
    disagree ("called for diplomatic **action**, warning that military action would be a
    disaster"), the noun stays itself. A bare noun after a pointing word ("the measures")
    points back and disagrees with nothing."""
    if obj is None or not sentence:
        return obj
    words = [w.casefold() for w in _WORD.findall(sentence)]
    wanted = keys(obj)
    found: set[str] = set()
    for k, word in enumerate(words):
        if not keys(word) & wanted:
            continue
        term = _term_ending_at(words, k, wanted)
        if term is None:
            if k > 0 and words[k - 1] in _POINTING_WORDS:
                continue
            term = obj
        found.add(term)
    if len(found) != 1:
        return obj
    return found.pop()


_POINTING_WORDS: Final = frozenset(
    {"the", "this", "that", "these", "those", "such", "its", "their"}
)


def _term_ending_at(words: list[str], k: int, wanted: frozenset[str]) -> str | None:
    """The longest term of the data (two words or more) whose last word is ``words[k]``
    (one of ``wanted``'s keys) and whose other words are the words just before it."""
    best: str | None = None
    for term in synonyms().phrases:
        parts = term.split()
        n = len(parts)
        if n < 2 or n > k + 1 or not keys(parts[-1]) & wanted:
            continue
        i = k - n + 1
        if all(
            words[i + j] == parts[j] or keys(words[i + j]) & keys(parts[j]) for j in range(n - 1)
        ) and (best is None or len(term) > len(best)):
            best = term
    return best


# Words before a noun that point back at something named before ("such a mission", "the
# plan", "this move", "its", "Washington's proposal"), as against a new thing ("a mission").
_POINTING: Final = r"(?:such\s+an?|the|this|that|these|those|its|their|his|her|[\w.]+['’]s)"
_PRONOUNS: Final = frozenset({"it", "him", "her", "them", "this", "that"})


def points_back(word: str, sentence: str | None) -> bool:
    """Whether ``sentence`` writes ``word`` as pointing back at something named before: a
    pronoun, or the noun after a pointing determiner with at most two words between ("the
    Chinese company", "such a mission"), not after "a" ("a Belarusian journalist")."""
    if word.casefold() in _PRONOUNS:
        return True
    if not sentence:
        return False
    pattern = rf"\b{_POINTING}\s+(?:[\w-]+\s+){{0,2}}{re.escape(word)}"
    return re.search(pattern, sentence, flags=re.IGNORECASE) is not None
