"""National party labels, and the country they give a person the text ties to a party.

:data:`PARTY_LABELS` maps a capitalised label ("Republican", "Tory", "Labour") to the
countries whose parties it names. The story-country rule (``party_label`` of
:mod:`cablegram.actors.evidence`) takes the story's country when it is one of them. Two more
rules, run after it, give a person the label's home country when the story has no clear
country (a Middle East story quoting a "Democratic presidential candidate"):

* ``party_office``: a label and an office of party politics in the person's own phrase
  ("Democratic presidential candidate Tom Dale", "Labour MP Tom Dale", "Tory leader X",
  "X, the Labour MP for Leeds") -> the label's home (:data:`PARTY_HOMES`);
* ``party_possessor``: the person owns a part of a party of the text that has a country
  ("Howard Dean's wing of the Democratic Party", "Corbyn's Labour Party") -> that country.

Precision first: the home is taken only when the story's country, if it has one, is among
the label's countries, and the document names no actor of another country where a party of
that label is at home (:data:`PARTY_RIVALS`: "Democratic" in a story that
names South Korea or Japan gives nothing), and never for a label without a home.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.actors.base import Cluster, ResolverState

# Party labels (capitalised) and the countries whose parties they name; "Conservative MP" in
# a British story, "Republican" in an American one.
PARTY_LABELS: dict[str, frozenset[str]] = {
    "republican": frozenset({"USA"}),
    "republicans": frozenset({"USA"}),
    "democrat": frozenset({"USA"}),
    "democrats": frozenset({"USA"}),
    "democratic": frozenset({"USA"}),
    "gop": frozenset({"USA"}),
    "conservative": frozenset({"GBR", "CAN"}),
    "conservatives": frozenset({"GBR", "CAN"}),
    "tory": frozenset({"GBR", "CAN"}),
    "tories": frozenset({"GBR", "CAN"}),
    "labour": frozenset({"GBR", "NZL", "IRL"}),
    "libertarian": frozenset({"USA"}),
    "libertarians": frozenset({"USA"}),
}
# The country a label names when the story names no other home of it.
PARTY_HOMES: dict[str, str] = {
    "republican": "USA",
    "republicans": "USA",
    "democrat": "USA",
    "democrats": "USA",
    "democratic": "USA",
    "gop": "USA",
    "conservative": "GBR",
    "tory": "GBR",
    "tories": "GBR",
    "labour": "GBR",
}
# Other countries with a party of that label: a document naming one of them gives no home.
PARTY_RIVALS: dict[str, frozenset[str]] = {
    "republican": frozenset({"FRA", "TUR", "IRL"}),
    "republicans": frozenset({"FRA", "TUR", "IRL"}),
    "democrat": frozenset({"KOR", "JPN", "ITA"}),
    "democrats": frozenset({"KOR", "JPN", "ITA"}),
    "democratic": frozenset({"KOR", "JPN", "ITA", "ALB", "SRB"}),
    "conservative": frozenset({"CAN", "NOR", "DNK"}),
    "tory": frozenset({"CAN"}),
    "tories": frozenset({"CAN"}),
    "labour": frozenset({"NZL", "IRL", "NOR", "ISR", "AUS"}),
}
# Offices of party politics a label may qualify: "presidential candidate", "MP", "leader",
# "a Conservative member of the European Parliament".
PARTY_OFFICES = frozenset(
    {
        "presidential", "candidate", "nominee", "hopeful", "senator", "congressman",
        "congresswoman", "representative", "lawmaker", "mp", "leader", "chairman",
        "chairwoman", "chair", "whip", "councillor", "peer", "frontbencher", "backbencher",
        "minister", "secretary", "governor", "mayor", "strategist", "operative", "donor",
        "member", "mep",
    }
)  # fmt: skip


def party_countries(token: Token) -> frozenset[str]:
    """The countries whose party a capitalised label names ("GOP": the USA), else none."""
    if not token.text[:1].isupper():
        return frozenset()
    return PARTY_LABELS.get(token.lower_, frozenset())


def _whole_label(token: Token) -> bool:
    """The label is the party's whole name, not a word of a longer one ("Social Democratic
    leader", "Democratic Unionist leader", "Christian Democrat"): no capitalised word stands
    next to it but the person's own name or title after it."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if (before is not None and before.text[:1].isupper() and before.pos_ == "PROPN") or (
        before is not None and before.text[:1].isupper() and before.pos_ == "ADJ"
    ):
        return False
    return not (
        after is not None
        and after.text[:1].isupper()
        and after.lower_ not in PARTY_OFFICES
        and after.ent_type_ != "PERSON"
    )


def _home(resolver: ResolverState, labels: set[str]) -> str | None:
    """The one home of the labels, unless the document names a rival home of one of them."""
    homes = {PARTY_HOMES.get(label) for label in labels}
    if len(homes) != 1 or None in homes:
        return None
    story = resolver.story_country()
    if story is not None and any(story not in PARTY_LABELS[label] for label in labels):
        return None  # "The Republican lawmaker ..., speaking in Paris and in France"
    rivals = frozenset().union(*(PARTY_RIVALS.get(label, frozenset()) for label in labels))
    named = {c.country for c in resolver.clusters.values() if c.mentions and c.country}
    home = homes.pop()
    # The text must place itself in the home ("in London", "Britain's plan"): a label alone
    # does not say which Labour or which Democrats ("Labour leader Avi Gabbay").
    if named & rivals or (story != home and home not in named):
        return None
    return home


def _own_words(resolver: ResolverState, cluster: Cluster) -> list[list[Token]]:
    """Per mention, the words of the person's own phrase: the words before the name in its
    noun phrase, the name, and its appositions ("X, the Labour MP for Leeds")."""
    runs = []
    for mention in cluster.mentions:
        span = resolver.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        words = list(resolver.doc[min(span.start, span.root.left_edge.i) : span.end])
        for child in span.root.children:
            if child.dep_ == "appos" and child.i > span.root.i:
                words.extend(child.subtree)
        runs.append(words)
    return runs


def party_office(resolver: ResolverState, cluster: Cluster) -> str | None:
    """The ``party_office`` rule (see the module doc)."""
    if cluster.kind != "person":
        return None
    labels: set[str] = set()
    for words in _own_words(resolver, cluster):
        found = {t.lower_ for t in words if party_countries(t) and _whole_label(t)}
        if found and any(t.lower_ in PARTY_OFFICES for t in words):
            labels |= found
    return _home(resolver, labels) if labels else None


def party_possessor(resolver: ResolverState, cluster: Cluster) -> str | None:
    """The ``party_possessor`` rule (see the module doc)."""
    if cluster.kind != "person":
        return None
    found = set()
    for mention in cluster.mentions:
        span = resolver.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.root.dep_ != "poss":
            continue
        for token in span.root.head.subtree:
            party = resolver.head_cluster.get(token.i)
            if (
                party is not None
                and party.kind == "organization"
                and party.country
                and party.name.split()[-1:] == ["Party"]
            ):
                found.add(party.country)
    return found.pop() if len(found) == 1 else None
