"""How a claim names the names of a proposition in other words (used by
:mod:`cablegram.query.propositions_match`): the people of a place for a people
(:func:`people_of`), a shell noun for a thing named after a name (:func:`named_by_shell`),
the object's noun modifiers for the name it is called after (:func:`named_by_modifiers`),
and the proposition's object written as a name (:func:`object_name`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Final

from cablegram.query.meaning import is_shell, keys, meet, points_back, synonyms
from cablegram.query.propositions import Proposition
from cablegram.query.propositions_args import argument_key, bare_head, same_argument
from cablegram.query.propositions_forms import LISTING_WORDS

# Relevance of a claim whose document names the proposition's object only by its noun
# modifiers ("a crucial grain deal"), never the thing it is named after ("Black Sea").
NAMED_BY_MODIFIERS: Final = 0.5


def people_of(
    proposition: Proposition,
    obj: str | None,
    arguments: dict[str, str],
    country_of: Callable[[str], str | None],
) -> str | None:
    """None for a claim whose object is a noun for the people of a place (the data's
    ``people_nouns``: "resettle **Gaza residents** in Egypt") naming, itself, a place the
    proposition names, where the proposition names a people and no object ("resettle
    Palestinians from Gaza"): the claim then names them as the proposition does. Else
    the claim's object as it is."""
    if obj is None or proposition.object is not None or not proposition.arguments:
        return obj
    if obj.casefold() not in synonyms().people:
        return obj
    names = [argument_key(v, country_of) for v in proposition.arguments.values()]
    have = [argument_key(v, country_of) for v in arguments.values()]
    return None if any(same_argument(n, h) for n in names for h in have) else obj


def named_by_shell(
    proposition: Proposition,
    obj: str | None,
    sentence: str | None,
    document_mentions: Callable[[Iterable[str]], bool],
) -> str | None:
    """The proposition's object for a claim whose object is a shell noun pointing back
    ("keeping **the initiative** alive", "opposed **the plan**"; a shell noun of
    :func:`cablegram.query.meaning.act_shells`) at a thing its document calls by the name
    the proposition's object is named after and that noun ("the Black Sea Initiative" for
    "extend the Black Sea grain deal",
    "the Nord Stream 2 plan" for "build the Nord Stream 2 pipeline"); else the claim's
    object as it is. "A new initiative" points at nothing named before and stays itself."""
    named = proposition.arguments.get("about")
    if obj is None or named is None or proposition.object is None or meet(proposition.object, obj):
        return obj
    if not is_shell(obj) or not points_back(obj, sentence):
        return obj
    return proposition.object if document_mentions([f"{named} {obj}"]) else obj


def named_by_modifiers(
    proposition: Proposition,
    key: str,
    text: str,
    parts: tuple[str, ...],
    claim: tuple[dict[str, str], str | None],
) -> bool:
    """Whether the name the proposition's object is called after may go unnamed: it
    modifies the object ("Black Sea" of "extend the Black Sea grain deal"), is one party and
    neither a country nor a known organisation, and the claim's own sentence names each noun
    modifier of the object ("the US urged Russia to extend a crucial grain deal"). A
    country ("Russian gas imports") or a name of several parties ("the EU-Mercosur trade
    agreement") must still be named: another country's or pair's deal is another deal.
    ``claim``: the claim's arguments and sentence; a claim naming its own "about" or
    "partner" ("extend the OPEC+ oil deal") is about that one, and a modifier named only
    elsewhere in the document ("grain prices rose") names nothing of the claim's."""
    arguments, sentence = claim
    if proposition.arguments.get("about") != text or not proposition.modifiers:
        return False
    if len(parts) > 1 or key.startswith(("country:", "entry:", "named:")):
        return False
    if sentence is None or arguments.keys() & {"about", "partner"}:
        return False
    return all(
        re.search(rf"(?<!\w){re.escape(m)}(?!\w)", sentence, re.IGNORECASE)
        for m in proposition.modifiers
    )


def country_name(key: str) -> tuple[str, ...]:
    """The dictionary's name of the country an argument key names (for a people named as
    one, "Palestinians": the document may name the country by any of its names), else ()."""
    if not key.startswith("country:"):
        return ()
    from cablegram.gazetteer.dictionary import load_dictionary

    code = key.removeprefix("country:")
    name = load_dictionary().country_names.get(code)
    return (name,) if name else ()


def object_name(proposition: Proposition) -> str | None:
    """The proposition's object where the proposition writes it as a name ("Schengen" in
    "Schengen membership for Romania and Bulgaria", which the parser takes for the object),
    else None."""
    if proposition.object is None:
        return None
    found = re.search(rf"\b({re.escape(proposition.object)})\b", proposition.text, re.IGNORECASE)
    if found is None or not found.group(1)[:1].isupper():
        return None
    return found.group(1)


def object_named_in_sentence(
    proposition: Proposition, obj: str | None, sentence: str | None, predicate: str = ""
) -> str | None:
    """The proposition's object for a claim naming none whose own sentence writes the name
    the proposition's object is (:func:`object_name`: "the accession of Romania and
    Bulgaria into the passport-free **Schengen** Area" for "Schengen membership for
    Romania"); else the claim's object as it is. The name must be written as a name
    (capitalised) in the predicate's own phrase (:func:`in_own_phrase`), never in another
    clause ("which blocked Bulgaria's Schengen bid, welcomed the accession of Bulgaria to
    the eurozone"); the act and the other arguments are checked as for any claim."""
    name = object_name(proposition)
    if obj is not None or name is None or not sentence:
        return obj
    if in_own_phrase(name, predicate, sentence):
        return proposition.object
    acronym = name_acronym(proposition, name)
    if (
        acronym is not None
        and in_own_phrase(acronym, predicate, sentence)
        # "get NAFTA's successor ratified": the acronym owns another thing acted on
        and not re.search(rf"\b{re.escape(acronym)}['’]s(?!\w)", sentence)
    ):
        return proposition.object
    return obj


# Words of a name its acronym skips ("Comprehensive Economic **and** Trade Agreement").
_ACRONYM_SKIPS: Final = frozenset({"and", "of", "the", "for", "on"})
# The fewest letters an acronym must have to stand for a name (two letters name too much).
_ACRONYM_LETTERS: Final = 3


def name_acronym(proposition: Proposition, name: str) -> str | None:
    """Rule ``acronym-of-the-name``: the acronym of the name the proposition writes ending
    in its object ("TPP" of "the Trans-Pacific Partnership", "CETA" of "the Comprehensive
    Economic and Trade Agreement"): the initials of its capitalised words, hyphenated
    parts apart, skipping "and", "of"; None when the name has fewer than three such words
    ("the Paris Agreement" has no acronym a text would write)."""
    words = re.findall(r"[\w'’-]+", proposition.text)
    ends = [i for i, w in enumerate(words) if w == name]
    if not ends:
        return None
    end = ends[-1]
    start = end
    # "the" only before the name: "Ratify the Trans-Pacific Partnership" is "TPP"
    inner = _ACRONYM_SKIPS - {"the"}
    while start > 0 and (
        words[start - 1][:1].isupper()
        or (words[start - 1] in inner and start > 1 and words[start - 2][:1].isupper())
    ):
        start -= 1
    return acronym_of(" ".join(words[start : end + 1]))


def acronym_of(name: str) -> str | None:
    """The initials of a name of capitalised words ("Trans - Pacific Partnership" -> "TPP"),
    hyphenated parts apart, skipping "and", "of"; None for fewer than three words or a
    word not capitalised."""
    parts = [w for w in re.findall(r"[\w'’]+", name) if w not in _ACRONYM_SKIPS]
    if len(parts) < _ACRONYM_LETTERS or not all(p[:1].isupper() for p in parts):
        return None
    return "".join(p[0] for p in parts)


# What ends the phrase of a predicate: punctuation between clauses and the words that open
# another clause.
_CLAUSE_END: Final = re.compile(
    r"[,;:()\u2014\u2013]|\s-\s|\b(?:which|who|whom|whose|but|while|whereas|although|though"
    r"|because|after|before|when|since)\b",
    re.IGNORECASE,
)
# Words of a name that may stand before the predicate it modifies ("Schengen accession").
_NAME_BEFORE: Final = 3


def in_own_phrase(name: str, predicate: str, sentence: str) -> bool:
    """Whether ``sentence`` writes ``name`` (case kept) in the phrase of a word meaning
    ``predicate``: after that word with no clause between ("the accession of Croatia into
    the **Schengen** Area"), or among the few words just before it ("its **Schengen**
    accession"). A predicate the sentence does not write finds no phrase."""
    wanted = keys(predicate) if predicate else frozenset()
    if not wanted:
        return False
    pattern = re.compile(rf"\b{re.escape(name)}\b")
    for clause in _CLAUSE_END.split(sentence):
        words = clause.split()
        for k, word in enumerate(words):
            if not keys(word.strip(".!?'\"’”").casefold()) & wanted:
                continue
            before = " ".join(words[max(0, k - _NAME_BEFORE) : k])
            if pattern.search(" ".join(words[k + 1 :])) or pattern.search(before):
                return True
    return False


# Asked of ``document_mentions`` as "<OTHER_NAMED><name>": whether the claim's document
# names another thing by the last noun of ``name`` ("the Istanbul Convention" beside "the
# Ottawa Convention"); cablegram.query.stance_places.Mentions answers it.
OTHER_NAMED: Final = "\x00other named:"
# Asked as "<NAMED_WITH><name>\t<ISO3>": whether one sentence of the claim's context names
# both the thing and the country ("Japan signed the TPP"); Mentions answers it too.
NAMED_WITH: Final = "\x00named with:"
# Asked as "<AS_WRITTEN><name>": whether the context writes the name with its case kept (an
# acronym: "SALT", never the word "salt"); Mentions answers it too.
AS_WRITTEN: Final = "\x00as written:"


def sole_bare_head(
    named_text: str,
    named: str,
    other: str,
    document_mentions: Callable[[Iterable[str]], bool],
) -> bool:
    """Whether a claim's bare noun ("withdraw from **the Convention**") stands for the
    proposition's name given after a place ("the Ottawa Convention"): the claim's document
    names that full name and no other thing by that noun ("the Istanbul Convention")."""
    if not bare_head(named, other):
        return False
    full = re.sub(r"^the\s+", "", named_text.strip(), flags=re.IGNORECASE)
    return document_mentions([full]) and not document_mentions([OTHER_NAMED + full])


# "list X as a terrorist organisation", "add X to the terror list": a verb or noun of
# putting on a list with a complement naming a terrorist or banned list (the sense the
# data's designate group has; "list shares" is another act).

_BANNED_LISTING: Final = re.compile(
    r"\b(?:list|add|addition|put|plac|inclu)\w*\b[^.;]{0,80}?\b(?:as (?:an? )?(?:terrorist|"
    r"banned|proscribed)|(?:on|to|in) (?:its|the|a|their|[A-Z][\w ]{0,30}?['’]s) (?:\w+ )?"
    r"(?:terror|terrorist|banned)\w* list|(?:on|to|in) (?:its|the|a|their|[A-Z][\w ]{0,30}?"
    r"['’]s) list of (?:\w+ )?(?:terrorist|terror|banned|proscribed))",
    re.IGNORECASE,
)


def without_list_owner(arguments: dict[str, str], sentence: str | None) -> dict[str, str]:
    """A designating claim's arguments without the one naming whose list it is ("the
    inclusion of the IRGC on **the European Union's** list of terrorist organisations"):
    the list's owner is no place or target of the act."""
    if not sentence:
        return arguments
    return {
        role: text
        for role, text in arguments.items()
        if not re.search(rf"\b{re.escape(text)}['’]s (?:\w+ )?list\b", sentence)
    }


def listing_words(words: set[str]) -> frozenset[str]:
    """The words a claim may name the act of designating by (:func:`listed_as_banned`),
    when ``words`` (the forms a proposition's act is searched by) hold "designate"; else ().
    The search for a proposition's claims must find them ("has been pushing for a joint EU
    decision to **list** the IRGC as a terrorist organisation")."""
    return LISTING_WORDS if "designate" in words else frozenset()


def listed_as_banned(predicate: str, sentence: str | None) -> str:
    """ "designate" for a claim whose act puts its object on a list ("list", "add",
    "addition", "inclusion") where its own sentence names a terrorist or banned list ("list
    the group as a terrorist organisation", "the addition of the group to the terror list",
    "its inclusion on the EU's list of terrorist organisations"); else the predicate as it
    is."""
    if predicate.casefold() not in LISTING_WORDS or sentence is None:
        return predicate
    return "designate" if _BANNED_LISTING.search(sentence) else predicate


def object_as_party(
    obj: str | None, arguments: dict[str, str], sentence: str | None
) -> tuple[str | None, dict[str, str]]:
    """A claim's object that its sentence writes as a name the actor dictionary knows as an
    organisation or group ("the inclusion of **the IRGC** on the EU's list": object "irgc"),
    read as the named party it is (argument "about"), as a proposition's is
    (:func:`cablegram.query.propositions_forms.object_as_name`); else as it is."""
    if obj is None or sentence is None or "about" in arguments:
        return obj, arguments
    from cablegram.gazetteer.dictionary import load_dictionary

    match = re.search(rf"\b{re.escape(obj)}\b", sentence, flags=re.IGNORECASE)
    if match is None:
        return obj, arguments
    written = match.group(0)
    if not (written.isupper() and len(written) > 1):
        return obj, arguments
    entry = load_dictionary().entry(written)
    if entry is None or entry.kind not in ("organization", "group"):
        return obj, arguments
    return None, {**arguments, "about": written}


def writes_other_words(proposition: Proposition, sentence: str | None) -> bool:
    """Whether a claim's sentence writes one of the proposition's other content words
    (:attr:`Proposition.others`: "state" of "a two-state solution"), compared by the forms
    (:func:`cablegram.query.meaning.keys`) of its words that are no part of a name ("the
    United States" writes no "state"); True when the proposition has none. A bare act noun
    shared with an unrelated sentence ("a solution") is not enough."""
    if not proposition.others:
        return True
    if sentence is None:
        return False
    from cablegram.query.propositions_doer import parse_sentence

    wanted = frozenset().union(*(keys(w) for w in proposition.others))
    return any(
        (keys(t.lower_) | keys(t.lemma_.casefold())) & wanted
        for t in parse_sentence(sentence)
        if t.is_alpha and t.pos_ != "PROPN" and t.ent_type_ == ""
    )


# Most words a spelled-out name may have before the noun it names ("Terminal High Altitude
# Area Defense system").
_SPELLED_WORDS: Final = 8


def acronym_object(proposition: Proposition, obj: str | None, sentence: str | None) -> str | None:
    """The proposition's object for a claim whose object is the noun its sentence writes
    just after the proposition's acronym or after the acronym spelled out ("deploy THAAD":
    "the deployment of the Terminal High Altitude Area Defense (THAAD) system", "the THAAD
    battery"): the acronym names that thing; else the claim's object as it is. Only for an
    object the proposition writes in capitals ("THAAD"), never a common noun."""
    name = object_name(proposition)
    if obj is None or name is None or not sentence or not (name.isupper() and len(name) > 1):
        return obj
    if obj == proposition.object:
        return obj
    words = re.findall(r"[\w-]+|\(|\)", sentence)
    for i, word in enumerate(words):
        if not word.casefold().startswith(obj):
            continue
        before = [w for w in words[max(0, i - _SPELLED_WORDS - 3) : i] if w not in "()"]
        if before and before[-1] == name:
            return proposition.object
        if _kind_words_after(name, before):
            # "the THAAD anti-ballistic missile system": words of its kind between
            return proposition.object
        # the acronym spelled out, its parenthesis dropped: "Terminal ... Defense (THAAD)"
        caps = [w for w in before[-len(name) :] if w[:1].isupper()]
        if len(caps) == len(name) and "".join(w[0] for w in caps) == name:
            return proposition.object
    return obj


# Common nouns and adjectives that may stand between an acronym and the noun it names the
# kind of ("THAAD **anti-ballistic missile** system", "S-400 **air defence** system").
_KIND_WORDS: Final = 2


def _kind_words_after(name: str, before: list[str]) -> bool:
    """Whether ``before`` (the words before a claim's object) ends with ``name`` and at
    most :data:`_KIND_WORDS` lower-case words ("THAAD anti-ballistic missile" before
    "system"); a capitalised word between ("THAAD Foreign Ministry") is another name."""
    tail = before[-(_KIND_WORDS + 1) :]
    if name not in tail:
        return False
    between = tail[len(tail) - 1 - tail[::-1].index(name) + 1 :]
    return bool(between) and all(w.replace("-", "").isalpha() and w.islower() for w in between)


def context_names(
    text: str,
    key: str,
    parts: tuple[str, ...],
    document_mentions: Callable[[Iterable[str]], bool],
    acronym: str | None = None,
) -> bool:
    """Whether the claim's context names a name of the proposition the claim leaves out:
    the name itself or, for a country, any of its names. Rule ``pair-needs-both``: a name
    of several parties ("the EU-Chile accord") is named only where each party is (its key
    may be one party's country, "Chile"): a story of the Chile-Argentina accord is not
    about it."""
    if len(parts) > 1:
        # each party apart: the whole name may read as one party's country ("EU Chile")
        return all(document_mentions([p]) for p in parts)
    # the proposition's name may be written by its acronym ("the TPP" for "the
    # Trans-Pacific Partnership": :func:`name_acronym`), only as written: "SALT" is no "salt"
    return document_mentions(
        [text, *country_name(key), *((AS_WRITTEN + acronym,) if acronym else ())]
    )
