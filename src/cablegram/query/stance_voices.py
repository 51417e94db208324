"""Whom an international official speaks for, read from the sentence beside the name.

A person the actor dictionary knows as an official of an international organisation (role
IGO) whose mention names no organisation ("Ursula von der Leyen") speaks for the one the
sentence gives as the office beside the name: in an apposition after it ("Ursula von der
Leyen, **the president of the European Commission**, welcomed ...") or as the office words just
before it ("**NATO chief** Jens Stoltenberg", "**the UN's** top official António Guterres").
Only an organisation the dictionary knows as an IGO counts; an office noun must touch the
name ("NATO **chief** Jens Stoltenberg", "Ursula von der Leyen, the **president** of"), so
an organisation merely written near it ("After talks with NATO allies Josep Borrell", "Josep
Borrell, speaking of the OSCE mission") gives nothing; a former office ("the former
secretary general of NATO") speaks for nobody.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from cablegram.datafiles import package_csv
from cablegram.gazetteer.dictionary import load_dictionary

# Words of the office that may stand between the organisation and the name, before it.
_BEFORE_WORDS: Final = 5
# "<name>, the president of the European Commission": up to four office words before "of".
_AFTER: Final = re.compile(
    r",\s+(?:the\s+)?(?P<office>(?:[\w-]+\s+){1,4}?)of\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,5})"
)
# Nouns of an office held in an organisation, as written touching the holder's name.
_OFFICE: Final = re.compile(
    r"(?:chief|head|president|vice-president|secretary-general|general|secretary|envoy"
    r"|spokesman|spokeswoman|spokesperson|ambassador|representative|commissioner|official"
    r"|director|director-general|chair|chairman|chairwoman|chairperson|leader|coordinator"
    r"|rapporteur|commander|negotiator|prosecutor|inspector)",
    re.IGNORECASE,
)
# A former office ("former", "ex-", "ex president", "retired"): the one pattern the stance
# query reads it by (here, in :mod:`cablegram.query.stance_evidence` and
# :mod:`cablegram.query.stance_rows`).
FORMER: Final = re.compile(
    r"\b(?:former|ex-|ex(?=\s)|onetime|one-time|erstwhile|retired)\b", re.IGNORECASE
)


def _igo(words: list[str]) -> str | None:
    """The dictionary name of the longest IGO named by consecutive ``words``, else None."""
    dictionary = load_dictionary()
    for size in (5, 4, 3, 2, 1):
        for i in range(len(words) - size + 1):
            phrase = " ".join(w.removesuffix("'s").removesuffix("’s") for w in words[i : i + size])
            entry = dictionary.entry(phrase)
            if entry is not None and entry.kind == "organization" and entry.role == "IGO":
                return entry.name
    return None


def igo_beside(name: str, sentence: str | None) -> str | None:
    """The IGO the sentence gives as the office of ``name`` (see the module), else None."""
    if not sentence or not name:
        return None
    at = sentence.find(name)
    if at < 0:
        return None
    after = _AFTER.match(sentence[at + len(name) :])
    if (
        after is not None
        and not FORMER.search(after.group("office"))
        and _OFFICE.fullmatch(after.group("office").split()[-1])
    ):
        found = _igo(after.group("org").split())
        if found is not None:
            return found
    before = sentence[:at].split()[-_BEFORE_WORDS:]
    if before and before[-1].endswith((",", ".", ";", ":")):
        return None  # the words before end a clause: no office touching the name
    if FORMER.search(" ".join(before)):
        return None
    if not before or not _OFFICE.fullmatch(before[-1]):
        return None  # no office noun touching the name ("After talks with NATO allies")
    return _igo(before[:-1])


@cache
def _igo_terms() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """A person's dictionary identity -> the terms (organisation's dictionary name, start,
    end; "" when open) of the offices ``data/igo_officials.csv`` gives him."""
    dictionary = load_dictionary()
    out: dict[str, list[tuple[str, str, str]]] = {}
    for row in package_csv("igo_officials.csv"):
        person, org = dictionary.entry(row["name"]), dictionary.entry(row["organization"])
        if person is None or org is None or org.kind != "organization":
            continue
        out.setdefault(person.identity, []).append((org.name, row["start"], row["end"]))
    return {identity: tuple(terms) for identity, terms in out.items()}


def igo_office_on(name: str, date: str | None) -> str | None:
    """Rule ``dated-igo-office``: the international organisation whose office the person
    named held on ``date`` (an ISO date), from the dated terms of
    ``data/igo_officials.csv`` ("Secretary-General Antonio Guterres" in 2024: the United
    Nations), for a mention that names no organisation beside the name; None without a
    date, outside every term (Ban Ki-moon in 2020 speaks for no one) or for anyone the
    file does not list."""
    if not date:
        return None
    entry = load_dictionary().entry(name)
    if entry is None or entry.kind != "person":
        return None
    day = date[:10]
    held = {
        org
        for org, start, end in _igo_terms().get(entry.identity, ())
        if start <= day and (not end or day <= end)
    }
    return held.pop() if len(held) == 1 else None


# Words that name a person as running for an office, written touching the name
# ("Republican nominee Donald Trump", "Hillary Clinton, the Democratic front-runner,",
# "Candidate Donald Trump").
_RUNNING: Final = (
    r"(?:[Cc]andidate|[Nn]ominee|[Ff]ront-?runner|[Hh]opeful|[Cc]ontender|[Cc]hallenger)"
)
# A race for office: "Trump's presidential campaign" (a bare "campaign" is as often a
# military one: "Putin's campaign in Syria").
_RACE: Final = r"(?:presidential|election|re-?election|leadership|primary|senate)"
# Offices written as a title before a name, also with their portfolio ("Secretary of State
# John Kerry"): a person the text so titles holds an office, whatever race he also runs
# ("President Barack Obama, the Democratic nominee").
_SERVING: Final = (
    r"(?:President|Prime Minister|Premier|Chancellor|Secretary|Minister|Governor|King|Queen"
    r"|Emir|Sheikh)(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?"
)
# A year written in a candidacy ("the 2008 Republican nominee").
_YEAR: Final = re.compile(r"\b(?:19|20)\d\d\b")


def _past_race(phrase: str, year: int | None) -> bool:
    """Whether the words of a candidacy say it is over: "former", "one-time" ("a former
    presidential candidate"), or a year before ``year`` (the year the claim was made: "the
    2008 Republican nominee" in 2016)."""
    if FORMER.search(phrase):
        return True
    return year is not None and any(int(y) < year for y in _YEAR.findall(phrase))


def campaigning(name: str, text: str, year: int | None = None) -> bool:
    """Whether ``text`` names the person ``name`` as running for office (a candidate, nominee,
    front-runner or hopeful written just before the name, or in an apposition after or
    before it: "presidential candidate Bernie Sanders", "Candidate Donald Trump",
    "candidates like Marco Rubio", "Donald Trump, the Republican nominee,", "the
    Republican nominee, Donald Trump,", or his candidacy or race: "Trump's candidacy",
    "Trump's presidential campaign"; not "Putin's campaign in Syria"), in a race not over
    (not "a former presidential candidate", nor "the 2008 nominee" where ``year``, the
    claim's, is later), and never titles him with a serving office ("President Obama",
    "Secretary of State John Kerry"; a former one does not count: "former Secretary of
    State"). A candidate speaks for a campaign, not for the state, also where the
    dictionary gives him a government role for other years."""
    words = name.split()
    if not words or not text:
        return False
    surname = re.escape(words[-1])
    name_words = r"(?:[A-Z][\w.'’-]*\s+){0,2}"
    running = re.compile(
        rf"(?:\b(?:the|a|an)\s+)?(?:[\w-]+\s+){{0,3}}\b{_RUNNING}s?,?\s+"
        rf"(?:(?:like|such as|including)\s+)?{name_words}{surname}\b"
        rf"|\b{surname},\s+(?:the|a)\s+(?:[\w-]+\s+){{0,3}}{_RUNNING}\b"
        rf"|\b{surname}['’]s\s+(?:{_RACE}\s+)?candidacy\b"
        rf"|\b{surname}['’]s\s+{_RACE}\s+campaign\b"
    )
    if not any(
        not _past_race(text[max(0, m.start() - 12) : m.end()], year) for m in running.finditer(text)
    ):
        return False
    for found in re.finditer(rf"\b{_SERVING}\s+{name_words}{surname}\b", text):
        if not FORMER.search(text[max(0, found.start() - 12) : found.start()]):
            return False
    return True
