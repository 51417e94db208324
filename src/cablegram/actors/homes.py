"""Whose mark a state-specific honorific is in a story filed from or about another state.

"Sen." is a US mark (``honorifics.csv``, ``implies_country``): a senator of a story filed from
Washington is a US senator even when the story is about Iran; in a story filed from Manila about
the Philippines it is a Philippine senator. When the dateline is not the honorific's state and
the story is about another state, the text alone must tie the person to a state: neither the
honorific's state nor the story's is given by default (precision first: no country).
"""

from __future__ import annotations

from cablegram.actors.base import Cluster, ResolverState, key


def honorific_home(resolver: ResolverState, implied: str) -> bool:
    """Whether an honorific that implies state ``implied`` (ISO3) gives it here: the story was
    filed from that state ("WASHINGTON (Reuters) -"), or neither the story nor its dateline
    names another state."""
    dateline = resolver.dateline_country()
    return dateline == implied or (resolver.story_country() or dateline) in (None, implied)


def honorific_elsewhere(resolver: ResolverState, cluster: Cluster) -> bool:
    """Whether an actor is named with a state-specific honorific ("Sen. X") that
    :func:`honorific_home` refuses and the story is not filed from the story's own state: its
    country must come from the text, not from the story ("Sen. X said Iran had lied" in a
    London story about Iran is no Iranian legislator)."""
    dateline = resolver.dateline_country()
    story = resolver.story_country()
    if dateline is not None and dateline == story:
        return False  # "MANILA - ... Sen. X": filed from the state the story is about
    honorifics = resolver.dictionary.honorific_countries
    for mention in cluster.mentions:
        words = mention.text.split()
        implied = honorifics.get(key(words[0])) if words else None
        if implied is not None and not honorific_home(resolver, implied):
            return True
    return False


def title_country(resolver: ResolverState, title: str) -> str | None:
    """The country of a national office title that names none ("Business Secretary"):
    the story's country when the title exists there, else the one country that has it
    when the story has no clear country; None otherwise (``national_titles.csv``)."""
    countries = resolver.dictionary.title_countries.get(key(title))
    if not countries:
        return None
    story = resolver.story_country()
    if story is not None:
        return story if story in countries else None
    return next(iter(countries)) if len(countries) == 1 else None
