"""Whether the names of a contributors' line are reporters' names, so that the line is a credit
("Jo Roe and Al Li contributed.", "Jo Roe reported from Juba.") and not the article's own
closing prose ("Saudi Arabia and the United Arab Emirates contributed.", "The BBC reported from
Brussels.", "Texas Instruments contributed.").

A reporter's name here is two capitalised words or more, without an article, none of whose
words the actor dictionary knows (a state, demonym, organisation, person, title or honorific)
and none of which names a state or province
(:func:`cablegram.gazetteer.subdivisions.state_names`): a known actor or place is news, and
when unsure the line stays prose. Places after "in", "at" or "from" ("Jim Heintz in Moscow")
are where the reporter filed from and are not checked. The dictionary and the state names
come from the shared gazetteer (:mod:`cablegram.gazetteer`), so ingest imports nothing of the
annotate stage.
"""

from __future__ import annotations

import re

from cablegram.gazetteer.dictionary import key, load_dictionary
from cablegram.gazetteer.subdivisions import state_names

# The verb after the names, and the staff label before them ("Associated Press writer").
_VERB = re.compile(r"\s+(?:contributed|reported)\b")
_STAFF = re.compile(
    r"^(?:[_—–-]+\s*)?(?:(?:[A-Z][\w.]*\s+){0,3}(?i:writers?|correspondents?|reporters?)\s+)?"
)
_JOINS = re.compile(r"\s*(?:,|\band\b)\s*")
_PLACE_AFTER = re.compile(r"\s+(?:in|at|from)\s+")
_ARTICLES = frozenset({"the", "a", "an"})
# Name particles after the first word, no dictionary word of their own ("Ana de Souza"); a
# first word is a given name ("Al Li").
_PARTICLES = frozenset({"de", "van", "von", "al", "bin", "da"})


def reporters_named(line: str) -> bool:
    """Whether every name before the line's "contributed"/"reported" is a reporter's name
    (see the module doc); False for a line without that verb."""
    parts = _VERB.split(line.strip(), maxsplit=1)
    if len(parts) < 2:
        return False
    names = [
        _PLACE_AFTER.split(part, maxsplit=1)[0] for part in _JOINS.split(_STAFF.sub("", parts[0]))
    ]
    return bool(names) and all(person_shaped(name) for name in names)


def person_shaped(name: str) -> bool:
    """Two capitalised words or more, no article, no word or run of words the actor dictionary
    or the subdivision list knows ("Lyse Doucet": yes; "Saudi Arabia", "Texas Instruments",
    "Goldman Sachs Group": see the module doc)."""
    split = name.split()
    written = split[:1] + [w for w in split[1:] if w.lower() not in _PARTICLES]
    if len(written) < 2 or any(w.lower() in _ARTICLES or not w[:1].isupper() for w in written):
        return False
    dictionary = load_dictionary()
    subdivisions = state_names()
    for size in range(1, len(written) + 1):
        for start in range(len(written) - size + 1):
            run = " ".join(written[start : start + size])
            if dictionary.entry(run) is not None or key(run) in subdivisions:
                return False
            if dictionary.title(run) is not None or key(run) in dictionary.honorifics:
                return False
    return True
