"""Where a claim is: the countries its words and its document's nearby text name.

A claim that names no place ("France will not send troops") takes the proposition's place
("send troops to Iraq") from its context: the claim's sentence, the sentences around it
(:data:`REACH` each side), the story's lede (its first :data:`REACH` sentences) and the
document's title. A place named only far off in the
document is another story's ("impose sanctions on Russia" is not about the North Korea
sanctions of an article that mentions Russia once, elsewhere). Places are compared as
countries where the actor dictionary knows them ("Tehran", "Iranian" and "Iran" are one).

Also the states a group actor is (:func:`members`: "UK, Australia and Canada", "Egypt,
Jordan, and the Palestinian Authority"), each speaking for itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Final

from cablegram.gazetteer.dictionary import load_dictionary
from cablegram.query.common import ActorRef, DocumentInfo, Texts
from cablegram.query.propositions_args import named_after_place
from cablegram.query.propositions_names import AS_WRITTEN, NAMED_WITH, OTHER_NAMED

# Sentences each side of a claim's own that give its context.
REACH: Final = 2
# Where a sentence ends: its stop (and a closing quote), then space.
_SENTENCE_END: Final = re.compile(r"(?<=[.!?])[\"”’']?\s+|\n+")


@cache
def _country_phrases() -> dict[str, tuple[str, ...]]:
    """ISO3 code -> the phrases that name the country (names, aliases, demonyms, capitals)."""
    out: dict[str, list[str]] = {}
    for phrase, entry in load_dictionary().phrases.items():
        if entry.kind == "state" and entry.country:
            out.setdefault(entry.country, []).append(phrase)
    return {code: tuple(sorted(set(p))) for code, p in out.items()}


@cache
def _organisation_names() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """An organisation entry's identity -> its names: the case-folded phrases ("european
    union") and the names matched as written, acronyms ("EU", "E.U."), from the actor
    dictionary (``phrases`` and ``exact_case``)."""
    folded: dict[str, set[str]] = {}
    exact: dict[str, set[str]] = {}
    dictionary = load_dictionary()
    for phrase, entry in dictionary.phrases.items():
        if entry is not None and entry.kind == "organization" and entry.identity:
            folded.setdefault(entry.identity, set()).add(phrase)
    for phrase, entry in dictionary.exact_case.items():
        if entry is not None and entry.kind == "organization" and entry.identity:
            exact.setdefault(entry.identity, set()).add(phrase)
    return {
        identity: (frozenset(folded.get(identity, ())), frozenset(exact.get(identity, ())))
        for identity in folded.keys() | exact.keys()
    }


def organisation_mentioned(phrase: str, text: str) -> bool:
    """Rule ``organisation-by-any-name``: whether ``text`` names the organisation ``phrase``
    names (an entry of the actor dictionary) by another of its names: "the EU" of "EU
    membership for Ukraine" is mentioned by "the European Union", "the United Nations" by
    "the U.N."; an acronym only as written ("WHO", never "who"). False for a phrase that
    names no organisation the dictionary knows (a country is matched by its own names)."""
    cleaned = re.sub(r"^the\s+", "", phrase.strip(), flags=re.IGNORECASE)
    entry = load_dictionary().entry(cleaned)
    if entry is None or entry.kind != "organization" or not entry.identity:
        return False
    folded, exact = _organisation_names().get(entry.identity, (frozenset(), frozenset()))
    lowered = text.casefold()
    return any(_mentioned(name, lowered) for name in folded) or any(
        _mentioned(name, text) for name in exact
    )


@cache
def _country_exact() -> dict[str, tuple[str, ...]]:
    """ISO3 code -> names written only in capitals ("US", "U.S.", "UK")."""
    out: dict[str, list[str]] = {}
    for phrase, entry in load_dictionary().exact_case.items():
        if entry.kind == "state" and entry.country:
            out.setdefault(entry.country, []).append(phrase)
    return {code: tuple(sorted(set(p))) for code, p in out.items()}


@cache
def _state_groups() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """Each name of a fixed group of states (``data/state_groups.toml``), case-folded, with
    its ISO3 codes; and the words of office that may stand before "of" the group."""
    import tomllib
    from importlib import resources

    text = resources.files("cablegram").joinpath("data", "state_groups.toml").read_text("utf-8")
    data = tomllib.loads(text)
    names = {
        alias.casefold(): tuple(group["states"])
        for group in data["group"]
        for alias in group["aliases"]
    }
    return names, frozenset(w.casefold() for w in data["officials"])


def states_of_group(text: str) -> tuple[str, ...]:
    """The ISO3 codes of the fixed group of states a phrase names ("the Baltic states":
    Estonia, Latvia, Lithuania), else (). The group's name must be the whole phrase or what
    the states' own officials are "of" ("the defence ministers of the Baltic states");
    a group's name inside another name ("Russian business leaders of the Nordic countries",
    "minorities in the Baltic states") gives ()."""
    names, officials = _state_groups()
    folded = " ".join(re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE).split())
    folded = folded.casefold()
    if folded in names:
        return names[folded]
    words = folded.split()
    for n, word in enumerate(words):
        # "heads of state of the Baltic states": each "of" in turn
        rest = " ".join(words[n + 1 :]).removeprefix("the ")
        if word == "of" and rest in names and all(w in officials for w in words[:n]):
            return names[rest] if n else ()
    return ()


def state_of_part(text: str) -> str | None:
    """The ISO3 code of a state a phrase stands for as a state: its name alone ("the
    United Kingdom") or with words of office only ("the foreign ministers of France",
    "Germany's foreign minister"), else None ("Ukrainian refugees in Poland" is no state)."""
    dictionary = load_dictionary()
    officials = _state_groups()[1]
    cleaned = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)
    words = [w.removesuffix("'s").removesuffix("\u2019s") for w in cleaned.split()]
    for i in range(len(words)):
        for j in range(len(words), i, -1):
            entry = dictionary.entry(" ".join(words[i:j]))
            if entry is None or entry.kind != "state" or not entry.country:
                continue
            rest = [w.casefold() for w in words[:i] + words[j:]]
            if all(w in officials or w == "the" for w in rest):
                return entry.country
    return None


def _other_named(name: str, text: str) -> bool:
    """Whether ``text`` names a thing by the last noun of ``name`` other than ``name``
    ("the Istanbul Convention" beside "Ottawa Convention"): a capitalised word before that
    noun, capitalised, that is not the name's own; or, after an article, a capitalised word
    that is not the name's own and up to three lower-case words before the noun ("the
    ASEAN economic community pact" beside "TPP pact")."""
    words = name.split()
    head, own = words[-1], words[:-1]
    for found in re.finditer(r"\b([A-Z][\w+-]*)\s+" + re.escape(head) + r"\b", text):
        if found.group(1) not in own and found.group(1) != "The":
            return True
    described = (
        r"\b(?:[Tt]he|[Aa]n?)\s+([A-Z][\w+-]*)\s+(?:[a-z][\w-]*\s+){1,3}"
        + re.escape(head.casefold())
        + r"s?\b"
    )
    return any(found.group(1) not in own for found in re.finditer(described, text))


def _named_with(name: str, code: str, text: str) -> bool:
    """Whether one sentence of ``text`` names both ``name`` (as written) and the country
    ``code`` (ISO3) by any of its names ("Japan signed the TPP in February")."""
    phrases = _country_phrases().get(code, ())
    exact = _country_exact().get(code, ())
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if not _mentioned(name, sentence):
            continue
        folded = sentence.casefold()
        if any(_mentioned(p.casefold(), folded) for p in phrases):
            return True
        if any(_mentioned(p, sentence) for p in exact):
            return True
    return False


def _mentioned(name: str, text: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text) is not None


def country_of(text: str) -> str | None:
    """The ISO3 code a place name names ("Tehran", "Russian", "the U.S."), else None."""
    dictionary = load_dictionary()
    cleaned = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)
    for candidate in (cleaned, *cleaned.split()):
        entry = dictionary.entry(candidate)
        if entry is not None and entry.kind == "state" and entry.country:
            return entry.country
    return None


def _starts(flat: str) -> list[int]:
    """Where each sentence of a whitespace-flattened text starts."""
    return [0] + [m.end() for m in _SENTENCE_END.finditer(flat)]


def _locate(text: str, sentence: str) -> tuple[str, list[int], int, int] | None:
    """``text`` flattened, where its sentences start, where ``sentence`` stands in it and the
    index of the sentence it starts in; None when it is not found there."""
    probe = " ".join(sentence.split())[:60]
    flat = " ".join(text.split())
    at = flat.find(probe)
    if at < 0:
        return None
    starts = _starts(flat)
    return flat, starts, at, max(i for i, start in enumerate(starts) if start <= at)


def sentence_index(text: str, sentence: str | None) -> int | None:
    """Which sentence of ``text`` (0 for the first) ``sentence`` starts in, or None when it
    is not found there."""
    found = _locate(text, sentence) if sentence else None
    return found[3] if found is not None else None


def context(text: str, sentence: str | None, reach: int = REACH) -> str:
    """The part of ``text`` that sets ``sentence``'s scene: the lede (the first ``reach``
    sentences, where a story names what it is about) and the sentence with ``reach``
    sentences each side; the whole text when the sentence is not found in it (or none is
    given)."""
    found = _locate(text, sentence) if sentence else None
    if found is None or sentence is None:
        return text
    flat, starts, at, index = found
    first = starts[max(0, index - reach)]
    last_index = index + reach + 1
    end = starts[last_index] if last_index < len(starts) else len(flat)
    # The claim's own sentence may span several of these (a quote with stops inside).
    end = max(end, at + len(" ".join(sentence.split())))
    lede_end = starts[min(reach, len(starts) - 1)] if len(starts) > reach else len(flat)
    if first <= lede_end:
        return flat[:end].strip()
    return f"{flat[:lede_end].strip()} … {flat[first:end].strip()}"


class Mentions:
    """Whether a claim's context (:func:`context`, and the document's title) mentions a
    place, by any of its names; documents read once, through ``texts`` when the caller
    shares its own :class:`~cablegram.query.common.Texts`."""

    def __init__(self, docs: DocumentInfo, texts: Texts | None = None) -> None:
        self._docs = docs
        self._texts = texts if texts is not None else Texts(docs)

    def __call__(self, doc_id: str, sentence: str | None, phrases: Iterable[str]) -> bool:
        title = self._docs.title(doc_id)
        text = f"{title}\n{context(self._texts(doc_id), sentence)}"
        folded = text.casefold()
        for phrase in phrases:
            if phrase.startswith(OTHER_NAMED):
                if _other_named(phrase.removeprefix(OTHER_NAMED), text):
                    return True
                continue
            if phrase.startswith(AS_WRITTEN):
                if _mentioned(phrase.removeprefix(AS_WRITTEN), text):
                    return True
                continue
            if phrase.startswith(NAMED_WITH):
                name, _, iso3 = phrase.removeprefix(NAMED_WITH).partition("\t")
                if _named_with(name, iso3, text):
                    return True
                continue
            # "the Ottawa Convention" is mentioned by its name, not by "Canada"
            code = None if named_after_place(phrase, country_of) else country_of(phrase)
            names = (phrase, *(_country_phrases().get(code, ()) if code else ()))
            if any(_mentioned(name.casefold(), folded) for name in names):
                return True
            exact = _country_exact().get(code, ()) if code else ()
            if any(_mentioned(name, text) for name in exact):
                return True
            if code is None and organisation_mentioned(phrase, text):
                return True
        return False


def members(actor: ActorRef) -> list[ActorRef]:
    """The states a group of states is ("UK, Australia and Canada", "the foreign ministers
    of France, Germany and the United Kingdom", "the defence ministers of the Baltic states
    and Poland": a fixed group gives its members, ``states_of_group``): each speaks for
    itself, also where the group was given one country. A part may also be a state's own
    governing body the dictionary knows ("Egypt, Jordan, and the Palestinian Authority":
    an organisation with a country and the role GOV), which speaks for that country. Any
    other actor is itself."""
    if actor.kind != "group":
        return [actor]
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+", actor.name)
    found: dict[str, ActorRef] = {}
    names = load_dictionary().country_names
    for part in parts:
        # every part must be a state, a fixed group of states, their officials or a
        # government body: "Ukrainian refugees in Poland and Germany" are people, not states
        state = state_of_part(part)
        codes = states_of_group(part) or ((state,) if state else ())
        body = None if codes else government_body(part)
        if not codes and body is None:
            return [actor]
        for code in codes:
            found.setdefault(
                code, ActorRef(names.get(code, code), "state", code, actor.role or "GOV", None)
            )
        if body is not None:
            found.setdefault(body.name, body)
    if len(found) < 2:
        return [actor]
    return list(found.values())


def government_body(part: str) -> ActorRef | None:
    """The dictionary's governing body of a state a phrase names whole ("the Palestinian
    Authority"): an organisation entry with a country and the role GOV; else None."""
    cleaned = re.sub(r"^the\s+", "", part.strip(), flags=re.IGNORECASE)
    entry = load_dictionary().entry(cleaned)
    if entry is None or entry.kind != "organization" or not entry.country:
        return None
    if (entry.role or "").upper() != "GOV":
        return None
    return ActorRef(entry.name, "organization", entry.country, "GOV", None)
