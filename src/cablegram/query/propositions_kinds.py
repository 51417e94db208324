"""Which kind of a thing a claim names, beside the proposition's (used by
:mod:`cablegram.query.propositions_match`).

- :func:`kind_words`: the words of a proposition that say which kind of its object it is
  about: its noun modifiers ("grain" of "the Black Sea grain deal") and a classifying
  adjective written before the object ("safe" of "set up a safe zone");
- :func:`another_kind`: a claim whose object is written after another classifying word
  ("an **autonomous** zone", "a **buffer** zone") names another kind of the thing; words
  that say nothing of the kind (determiners, prepositions, numbers, and the status and
  evaluative adjectives of :data:`NOT_KINDS`: "the **proposed** zone", "the **landmark**
  deal", "the **UN-brokered** deal") do not;
- :func:`existing_thing`: where the proposition brings its object into being by a light
  verb ("form a unity government"), a claim naming only the object ("opposed **the
  government** in Libya") backs or opposes a thing already there, not its creation,
  unless it writes the proposition's kind words ("the unity government") or an
  indefinite article ("a government");
- :func:`other_about`: a claim about another name ("the **Jewish** settlements" for "Iran
  nuclear deal") is not about the proposition's name, even where its document also names
  that.

Sources: the classes are general English grammar (classifying versus qualitative
adjectives: Biber et al., *Longman Grammar of Spoken and Written English*, 1999, 7.2).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from cablegram.query.meaning import keys
from cablegram.query.propositions import Proposition
from cablegram.query.propositions_args import argument_key, parts_of, same_argument

# Function words that may stand just before an object noun without saying which kind of thing
# it is: determiners, possessives, prepositions ("a ban on imports"), conjunctions.
_DETERMINERS: Final = frozenset(
    {
        *("a", "an", "the", "this", "that", "these", "those", "such", "any", "some", "every"),
        *("its", "their", "his", "her", "our", "my", "your", "each", "another", "both"),
        *("no", "all", "of", "on", "in", "over", "for", "to", "with", "from", "against"),
        *("about", "by", "into", "and", "or"),
    }
)
# Qualitative, temporal and status adjectives: they say how things stand with a thing, or
# what the speaker makes of it, never which kind it is ("the proposed zone", "the current
# deal", "a landmark deal", "a possible zone").
NOT_KINDS: Final = frozenset(
    {
        *("new", "old", "current", "existing", "present", "proposed", "planned", "possible"),
        *("potential", "so-called", "landmark", "historic", "latest", "previous", "earlier"),
        *("original", "final", "initial", "interim", "draft", "tentative", "recent"),
        *("renewed", "revised", "full", "whole", "entire", "key", "major", "controversial"),
        *("long-awaited", "first", "second", "last", "next", "same", "future", "fragile"),
        *("crucial", "vital", "important", "broader", "wider", "larger", "agreed", "stalled"),
        *("lapsed", "expired", "expiring", "longstanding", "long-standing", "much-needed"),
    }
)
# Who leads or backs a thing, not which kind it is ("the UN-brokered deal").
_LED: Final = re.compile(r"-(?:led|backed|brokered|sponsored|mediated|drafted)$")
# The light verbs that bring a thing into being (data's light_verbs, round 11).
CREATION_VERBS: Final = frozenset({"set up", "create", "form"})
_QUOTES: Final = ".,;:()\"'“”‘’"


def _no_kind(word: str) -> bool:
    return (
        word in _DETERMINERS
        or word in NOT_KINDS
        or word.endswith(("'s", "’s"))
        or word[:1].isdigit()
        or _LED.search(word) is not None
    )


def kind_words(proposition: Proposition) -> frozenset[str]:
    """The proposition's words for which kind of its object it means, lower case: its noun
    modifiers and the lower-case word written between an article and its object when that
    word says a kind ("safe" of "set up a safe zone"; not "send" of "send troops", not "new"
    of "impose a new zone", nor a name: "Palestinian" of "create a Palestinian state");
    empty for none."""
    words = set(proposition.modifiers)
    if proposition.object is None:
        return frozenset(words)
    # the word after an article ("a safe zone"), never the verb itself ("send troops")
    found = re.search(
        rf"\b(?:a|an|the|this|that)\s+(\S+)\s+{re.escape(proposition.object)}(?:s|es)?\b",
        proposition.text,
        re.IGNORECASE,
    )
    if found is not None:
        word = found.group(1).strip(_QUOTES)
        if word[:1].islower() and not _no_kind(word):
            words |= set(re.findall(r"\w+", word))
    return frozenset(words)


def another_kind(
    proposition: Proposition, predicate: str, obj: str | None, sentence: str | None
) -> bool:
    """Whether the claim's object is another kind of the thing the proposition names by a
    kind word (:func:`kind_words`: "impose a **no-fly** zone", "set up a **safe** zone"):
    the sentence writes the object, first after the claim's predicate, just after a
    classifying word that is none of the proposition's own words ("establish a **buffer**
    zone", "an **autonomous** zone", "a ban on Russian **oil** imports" for "ban Russian
    gas imports"). The proposition's words may be named ("a no-fly zone", "the Black Sea
    deal") and need not be ("extend the agreement", "the proposed zone")."""
    if proposition.object is None or not sentence or not kind_words(proposition):
        return False
    # the object, or an act noun named without one ("proposed a safe zone": "zone")
    noun = obj if obj is not None else predicate
    if noun != proposition.object:
        return False
    verb = predicate.split()[0][:4] if obj is not None else ""
    start = re.search(rf"\b{re.escape(verb)}", sentence, re.IGNORECASE) if verb else None
    rest = sentence[start.start() :] if start is not None else sentence
    found = re.search(rf"(\S+)\s+{re.escape(noun)}(?:s|es)?\b", rest, re.IGNORECASE)
    if found is None:
        return False
    word = found.group(1).casefold().strip(_QUOTES)
    own = {w.casefold() for w in re.findall(r"[\w]+", proposition.text)}
    if _no_kind(word):
        return False
    if verb and word.startswith(verb.casefold()):
        return False  # the verb itself: "establishing zones"
    return not any(part in own for part in re.findall(r"\w+", word))


def existing_thing(
    proposition: Proposition, predicate: str, obj: str | None, sentence: str | None
) -> bool:
    """Whether a claim naming only the proposition's object ("Russia opposed **the
    government** in Libya": act "government", no object) is about a thing already there,
    where the proposition would bring it into being (:data:`CREATION_VERBS`: "form a unity
    government in Libya"): the sentence writes the object after a definite word and none
    of the proposition's kind words ("the unity government" and "a government" may be
    the one to form)."""
    if proposition.predicate not in CREATION_VERBS or proposition.object is None:
        return False
    if obj is not None or predicate != proposition.object or not sentence:
        return False
    kinds = kind_words(proposition)
    for found in re.finditer(
        rf"((?:\S+\s+){{1,3}}){re.escape(predicate)}(?:s|es)?\b", sentence, re.IGNORECASE
    ):
        before = [w.casefold().strip(_QUOTES) for w in found.group(1).split()]
        if any(part in kinds for w in before for part in re.findall(r"\w+", w)):
            return False
        if before[-1] in ("a", "an") or (len(before) > 1 and before[-2] in ("a", "an")):
            return False
    return True


def other_about(
    proposition: Proposition,
    arguments: dict[str, str],
    country_of: Callable[[str], str | None],
    acted_on: Callable[[str], bool] = lambda text: False,
) -> bool:
    """Whether the claim is about another name than the proposition's: the proposition has
    a state as its "about" name ("Iran nuclear deal": Iran), and the claim an "about" that is a
    capitalised name, none of the proposition's words, not the same argument and no
    state's ("the Jewish settlements": Jewish; not "the U.S. invasion" nor "the Chinese
    company", where the state is the doer or the owner). ``acted_on(text)``: whether the
    claim's sentence writes the name as the direct object of the claim's verb ("recognize
    **Palestine** as a state", "recognizing **Somalia's** breakaway region"): then the state
    is what is acted on, and another state than the proposition's is another act (rule
    ``acted-on-state``)."""
    abouts = [v for r, v in proposition.arguments.items() if r.startswith("about")]
    wanted = [argument_key(v, country_of) for v in abouts]
    # one state alone ("Iran"), not a name of several parties ("EU-Canada")
    if not any(w.startswith("country:") for w in wanted) or any(
        len(parts_of(v, country_of)) > 1 for v in abouts
    ):
        return False  # a thing's own name may be written many ways ("Ceta", "EU-Canada")
    own = {w.casefold() for w in re.findall(r"\w+", proposition.text)}
    for role, text in arguments.items():
        if not role.startswith("about") or not text.strip():
            continue
        key = argument_key(text, country_of)
        if any(same_argument(key, w) for w in wanted):
            continue
        if any(w.casefold() in own for w in re.findall(r"\w+", text)):
            continue
        if key.startswith("country:") and not acted_on(text):
            continue  # a state's name is as often the doer's or owner's ("the U.S. invasion")
        if key.startswith("country:"):
            return True  # rule acted-on-state: "recognize **Palestine**" for Jerusalem
        if text[:1].isupper() and not _LED.search(text):
            return True
    return False


def acted_on_in(sentence: str | None, predicate: str) -> Callable[[str], bool]:
    """``acted_on`` for :func:`other_about`: whether ``sentence`` writes a name right after
    a word that writes ``predicate`` (its verb's direct object, "recognize Palestine",
    "recognizing Somalia's region")."""
    wanted = keys(predicate)

    def acted_on(text: str) -> bool:
        if not sentence:
            return False
        pattern = rf"(\w+)\s+(?:the\s+)?{re.escape(text)}(?!\w)"
        return any(keys(m.group(1).casefold()) & wanted for m in re.finditer(pattern, sentence))

    return acted_on
