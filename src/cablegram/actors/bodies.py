"""A state's ministries, one name each however the text writes them.

"The Mali Foreign Ministry", "the Malian Ministry of Foreign Affairs", "Mali's foreign affairs
ministry" are one body. :func:`ministry_of` reads a phrase's words without the country's
name or demonym and its determiners, and when they name one of the ministries of
:data:`MINISTRIES` gives the body's one name, "Ministry of Foreign Affairs of Mali", the form
the shipped dictionary uses ("Ministry of Foreign Affairs of Russia"), so that every way of
writing it is one actor of kind ``organization`` with the state's country.

Shapes: words as written -> the ministry's name without its country, or None; the resolver
adds "of COUNTRY" (see :meth:`cablegram.actors.names.BodyNames.ministry_cluster`).

:func:`is_portfolio_body` is the second recogniser, with another job: it tells whether a body
the text left without a country is named by its portfolio alone ("the Foreign Ministry",
"the Home Office", "the Trade Ministry", "Ministry of Oil"), so that the country evidence
(``home_ministry`` of :mod:`cablegram.actors.evidence`) looks for the story's state. It reads
more portfolios than :data:`MINISTRIES` (every one whose ministry needs a country, not only
those with one canonical name) and offices too, and gives no name, only yes or no.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

# The ways of writing a ministry -> its one name (before "of COUNTRY").
MINISTRIES: dict[str, str] = {}
for _canonical, _forms in {
    "Ministry of Foreign Affairs": (
        "foreign ministry",
        "foreign affairs ministry",
        "ministry of foreign affairs",
        "ministry for foreign affairs",
        "foreign affairs department",
    ),
    "Ministry of Defence": (
        "defence ministry",
        "defense ministry",
        "ministry of defence",
        "ministry of defense",
    ),
    "Ministry of the Interior": (
        "interior ministry",
        "ministry of interior",
        "ministry of the interior",
    ),
    "Ministry of Finance": ("finance ministry", "ministry of finance"),
    "Ministry of Justice": ("justice ministry", "ministry of justice"),
    "Ministry of Health": ("health ministry", "ministry of health"),
}.items():
    for _form in _forms:
        MINISTRIES[_form] = _canonical


def ministry_of(words: Iterable[str]) -> str | None:
    """The one name of the ministry these words write ("foreign ministry" -> "Ministry of
    Foreign Affairs"), or None when they name no ministry of :data:`MINISTRIES`."""
    return MINISTRIES.get(" ".join(w.lower() for w in words))


def is_ministry_name(name: str, canonical: str | None = None) -> bool:
    """Whether a body's name is a state's ministry as :mod:`bodies` names it ("Ministry of
    Foreign Affairs of Mali"); of that one ministry when ``canonical`` is given."""
    wanted = {canonical} if canonical else set(MINISTRIES.values())
    return any(name.startswith(f"{c} of ") for c in wanted)


def ministry_words(name: str) -> set[tuple[str, ...]]:
    """The words (lower case) that name a ministry of :func:`is_ministry_name` again without
    its state ("foreign ministry", "ministry"); empty for other names."""
    found: set[tuple[str, ...]] = set()
    for form, canonical in MINISTRIES.items():
        if name.startswith(f"{canonical} of "):
            found |= {tuple(form.split()), ("ministry",)}
    return found


# Portfolios a ministry or office is named by: those of :data:`MINISTRIES`, and more.
PORTFOLIOS = frozenset(
    {form.split()[0] for form in MINISTRIES if form.split()[0] != "ministry"}
    | {"home", "economy", "trade", "education", "energy", "information", "oil", "agriculture"}
)


def is_portfolio_body(words: list[str]) -> bool:
    """Whether a body's name (lower-case words, no determiner) is a ministry or office named
    by its portfolio alone ("foreign ministry", "home office") or a "ministry of ..."."""
    if len(words) == 2 and words[0] in PORTFOLIOS and words[1] in ("ministry", "office"):
        return True
    return len(words) >= 3 and words[:2] == ["ministry", "of"]


# Prepositions after the head noun of a body's name: "Commission on Presidential Debates".
_NAME_PREPOSITIONS = frozenset({"of", "on", "for"})


def name_head(name: list[str]) -> list[str]:
    """The head noun of a body's name whose head comes before a prepositional phrase, as a
    one-word list: ["commission"] for "commission on presidential debates", ["bureau"] for
    "federal bureau of prisons"; [] when the name has no such preposition after its first
    word ("environmental protection agency": its head is its last word)."""
    at = next((i for i, word in enumerate(name) if word in _NAME_PREPOSITIONS), 0)
    return [name[at - 1]] if at > 0 else []


def described_as(name: Token, words: list[str]) -> bool:
    """Whether a body's name has an apposition headed by this one common noun: "USCIS, the
    agency that oversees the program" is described as ["agency"]; "Wells Fargo, the bank at
    the center of the scandal" as ["bank"]. A later bare "the agency" may take it up."""
    return len(words) == 1 and any(
        child.dep_ == "appos" and child.tag_ == "NN" and child.lower_ == words[0]
        for child in name.children
    )
