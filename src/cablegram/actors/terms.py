"""The ``actors.terms`` rule: a known person's dictionary role does not outlive the dated
offices the dictionary lists for them.

The people dictionary gives each person one static role (``people.csv``: Donald Trump GOV,
Hillary Clinton GOV), while ``offices.csv`` dates the offices that role comes from (president
2017-2021 and from 2025; foreign minister 2009-2013). ``offices.csv`` lists only top offices,
so a date BEFORE a person's first listed office says nothing: Fumio Kishida (prime minister
from 2021) was foreign minister in 2016, Mike Pence (vice president from 2017) a governor.
Only a date after a listed office ENDED, with no listed office covering it, is out of term:
"Clinton said" in 2016 is no longer a minister, "Trump said" in 2022 is between terms. Such
a person keeps the country and gets no role from the dictionary; a role the text itself gives
("Secretary of State Hillary Clinton", "Sen. X") is kept, since it is read before the
dictionary's.

Only a government role (GOV) whose every dated office is GOV is withheld; a person without
dated offices, an undated document, a date before every listed office, or a static role of
another sector (LEG, OPP, REB) is left alone. Two exceptions read ``people_dates.csv``
(:mod:`cablegram.actors.lifespans`): a person who died before the date holds no role of any
sector ("Saddam Hussein" in 2016), and a person whose listed offices are declared complete is
out of term before the first as after the last ("Donald Trump" in a 2016 campaign story).

Shapes: :func:`out_of_term` takes the dictionary, an entry and an ISO date (or None) and
returns True when the entry's static role must not be applied on that date.
"""

from __future__ import annotations

from cablegram.actors.lifespans import died_by, offices_complete
from cablegram.gazetteer.dictionary import ActorDictionary, Entry

_GOVERNMENT = "GOV"


def out_of_term(dictionary: ActorDictionary, entry: Entry, date: str | None) -> bool:
    """Whether ``entry``'s static role comes from dated offices that had all ended by
    ``date`` (ISO "YYYY-MM-DD" or a prefix), none holding on it; False when the date is
    unknown or comes before the person's first listed office (an unlisted office may hold)
    unless the entry's offices are declared complete; True for a person dead by ``date``."""
    if date is None or entry.kind != "person" or not entry.role:
        return False
    if died_by(entry, date):
        return True  # the dead hold no office: "Saddam Hussein" in a 2016 story
    offices = dictionary.offices.get(entry.identity, ())
    dated = [o for o in offices if o.start is not None or o.end is not None]
    if not dated or any(o.holds_on(date) for o in offices):
        return False
    day = date[:10]
    ended = any(o.end is not None and o.end <= day for o in dated)
    if not ended and not offices_complete(entry):
        return False  # no listed office has ended yet: the unlisted earlier career may hold
    # Only a government role the dated offices carry: a legislator with a past ministry
    # keeps LEG, a Taliban leader dated GOV from 2021 keeps REB before.
    return entry.role == _GOVERNMENT and all(o.role == _GOVERNMENT for o in dated)
