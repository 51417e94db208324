"""Country evidence from a post the text gives a person: a post held in a relative clause,
and a post in a body named after a person. Rules of
:data:`cablegram.actors.evidence.COUNTRY_RULES`, read on the parse (dependency relations),
never on word lists of names:

* ``post_in_clause``: a relative clause of the name that makes the person the holder of a
  post of one state, "X, who served as U.S. ambassador to Kenya,", "X, who was Spain's
  envoy to Chile," -> the post's state: a state modifying the post noun (compound,
  possessive or adjective; "New Mexico governor" is a US state's). Only the verbs of
  holding a post count (``serve``, ``be``, ``work``, ``act``): "X, who met the U.S.
  ambassador," says nothing of X;
* ``staff_of_personal_body``: a staff noun set beside the name (apposition, or the title
  before it) whose modifier or "to/for/of/in" object is a person's administration, campaign,
  team or camp, "X, a former Obama administration official,", "X, a senior adviser to the
  Clinton campaign," -> that person's country. A noun of opinion ("a critic of the Obama
  administration") is no post;
* ``same_office``: a successor, predecessor or deputy of a person with a country, set beside
  the name, "X, President Y's chosen successor,", "His deputy, X," -> that country (an
  office passes, or is shared, within one state). An ally, rival or friend is no such tie.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from cablegram.actors.base import Cluster, key
from cablegram.gazetteer.subdivisions import state_names

if TYPE_CHECKING:
    from cablegram.actors.evidence import CountryEvidence

# Verbs of a relative clause that make the subject the holder of the post they name.
_HOLDING_VERBS = frozenset({"serve", "be", "work", "act"})
# Bodies of one person's side (as :data:`cablegram.actors.evidence.PERSONAL_BODIES`).
_PERSONAL_BODIES = frozenset({"campaign", "administration", "camp", "team", "transition"})
# Nouns of a post inside a body: staff and officials, present or former.
_POST_NOUNS = frozenset(
    {
        "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "manager",
        "director", "strategist", "secretary", "chairman", "chairwoman", "staffer",
        "speechwriter", "pollster", "official", "member", "veteran", "chief", "head",
        "counsel", "lawyer", "attorney", "architect", "operative",
    }
)  # fmt: skip
# Relations by which a state names the post noun's state: "U.S. ambassador", "Spain's
# ambassador", "the Kenyan ambassador".
_STATE_MODIFIERS = frozenset({"compound", "poss", "amod", "nmod"})


def _name_heads(resolver: CountryEvidence, cluster: Cluster) -> list[Token]:
    """The head word of each mention of the cluster (the name's last word as parsed)."""
    return [span.root for span in resolver.mention_spans(cluster)]


def _modifier_country(resolver: CountryEvidence, word: Token) -> str | None:
    """The country a modifier of a post names, read with its own compounds ("New Mexico" is
    a US state, not Mexico): a state or province of the shipped list, else a state of the
    dictionary; None for a name of several words neither knows."""
    parts = [c.i for c in word.children if c.dep_ == "compound" and c.i < word.i]
    phrase = resolver.doc[min([word.i, *parts]) : word.i + 1]
    province = state_names().get(key(phrase.text))
    entry = resolver.entry(phrase.text)
    if len(phrase) > 1 and province is not None and (entry is None or entry.kind != "state"):
        return province
    if entry is None or entry.kind != "state" or not entry.country:
        return province
    if resolver.is_subnational(word):
        return resolver.subdivision_country(word)
    return entry.country


def _state_of_post(resolver: CountryEvidence, post: Token) -> str | None:
    """The one state a post noun names by a modifier ("U.S. ambassador", "Spain's envoy",
    "the Kenyan ambassador", "New Mexico governor"); None when none or several."""
    found = {
        country
        for child in post.children
        if child.dep_ in _STATE_MODIFIERS
        for country in [_modifier_country(resolver, child)]
        if country
    }
    return found.pop() if len(found) == 1 else None


def post_in_clause(resolver: CountryEvidence, cluster: Cluster) -> str | None:
    if cluster.kind != "person":
        return None
    found: set[str] = set()
    for head in _name_heads(resolver, cluster):
        for clause in head.children:
            if clause.dep_ != "relcl" or clause.lemma_.lower() not in _HOLDING_VERBS:
                continue
            posts = [c for c in clause.children if c.dep_ == "attr"] + [
                g
                for c in clause.children
                if c.dep_ == "prep" and c.lower_ == "as"
                for g in c.children
                if g.dep_ == "pobj"
            ]
            for post in posts:
                if resolver.dictionary.title(post.lemma_.lower()) is None:
                    continue
                country = _state_of_post(resolver, post)
                if country:
                    found.add(country)
    return found.pop() if len(found) == 1 else None


def _patron_of_body(resolver: CountryEvidence, body: Token) -> str | None:
    """The country of the person a personal body is named after ("Obama" of "the Obama
    administration", "Clinton's campaign"); None when it is no such body."""
    if body.lemma_.lower() not in _PERSONAL_BODIES:
        return None
    found = {
        other.country
        for child in body.children
        if child.dep_ in ("compound", "poss")
        for other in [resolver.head_cluster.get(child.i)]
        if other is not None and other.kind == "person" and other.country
    }
    return found.pop() if len(found) == 1 else None


def _posts_beside(head: Token) -> list[Token]:
    """Post nouns set beside a name: its appositions, the noun it is apposed to, and title
    words compounded before it ("campaign adviser Jane Roe")."""
    posts = [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "appos":
        posts.append(head.head)
    posts += [c for c in head.children if c.dep_ == "compound" and c.i < head.i]
    return [p for p in posts if p.lemma_.lower() in _POST_NOUNS]


def staff_of_personal_body(resolver: CountryEvidence, cluster: Cluster) -> str | None:
    if cluster.kind != "person":
        return None
    found: set[str] = set()
    for head in _name_heads(resolver, cluster):
        for post in _posts_beside(head):
            bodies = [c for c in post.children if c.dep_ == "compound"] + [
                g
                for c in post.children
                if c.dep_ == "prep" and c.lower_ in ("to", "for", "of", "in")
                for g in c.children
                if g.dep_ == "pobj"
            ]
            # "a former Obama administration official": the body compounds before the post,
            # and a compound before it may hold the body ("Clinton campaign press secretary").
            bodies += [g for b in list(bodies) for g in b.children if g.dep_ == "compound"]
            for body in bodies:
                country = _patron_of_body(resolver, body)
                if country:
                    found.add(country)
    return found.pop() if len(found) == 1 else None


# Nouns that tie a person to the office of another: it passes or is shared within one state.
_SAME_OFFICE = frozenset({"successor", "predecessor", "deputy"})


def same_office(resolver: CountryEvidence, cluster: Cluster) -> str | None:
    if cluster.kind != "person":
        return None
    found: set[str] = set()
    for head in _name_heads(resolver, cluster):
        nouns = [c for c in head.children if c.dep_ == "appos"]
        if head.dep_ == "appos":
            nouns.append(head.head)
        for noun in nouns:
            if noun.lemma_.lower() not in _SAME_OFFICE:
                continue
            holders = [c for c in noun.children if c.dep_ == "poss"] + [
                g
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ in ("of", "to")
                for g in c.children
                if g.dep_ == "pobj"
            ]
            for holder in holders:
                other = resolver.head_cluster.get(holder.i)
                if other is not None and other is not cluster and other.kind == "person":
                    if other.country:
                        found.add(other.country)
    return found.pop() if len(found) == 1 else None
