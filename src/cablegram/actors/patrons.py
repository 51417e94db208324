"""Country evidence from a post the text gives a person: a post held in a relative clause,
and a post in a body named after a person. Rules of
:data:`cablegram.actors.evidence.COUNTRY_RULES`, read on the parse (dependency relations),
never on word lists of names:

* ``post_in_clause``: a relative clause of the name that makes the person the holder of a
  post of one state, "X, who served as U.S. ambassador to Kenya,", "X, who was Spain's
  envoy to Chile," -> the post's state: a state modifying the post noun (compound,
  possessive or adjective; "New Mexico governor" is a US state's). Only the verbs of
  holding a post count (``serve``, ``be``, ``work``, ``act``): "X, who met the U.S.
  ambassador," says nothing of X. A press post names where it is filed from ("the Moscow
  correspondent"), a teacher's or translator's adjective a language ("a Chinese teacher"):
  no country. Before a noun of a topic (expert, analyst, negotiator, envoy) a country's
  name is the topic ("a Russia expert", "the Iran negotiator"): only a demonym or a
  possessive counts there, or a compound when the post is sent "to" a place ("U.S. envoy
  to Syria");
* ``staff_of_personal_body``: a staff noun set beside the name (apposition, or the title
  before it) whose modifier or "to/for/of/in" object is a person's administration or
  transition team, "X, a former Obama administration official,", "X, a member of the Trump
  transition team," -> that person's country. A campaign, camp or team hires outsiders
  ("an American pollster for the Netanyahu campaign", "a member of the Murray team"): it
  counts only when its head holds a state role and is of the story's own country. A noun
  of opinion ("a critic of the Obama administration") is no post;
* ``same_office``: a successor, predecessor or deputy of a person with a country, set beside
  the name, "X, President Y's chosen successor,", "His deputy, X," -> that country (an
  office passes, or is shared, within one state). Only when the office is the person's
  state post: a state role (government, opposition, legislature, judiciary, military) under
  a title of an office, not a profession ("diplomat"), not called former and not the
  subject of heading something ("Former Danish Prime Minister X now leads the alliance"):
  a post in an international body, a club or a company passes between nationals of any
  state. An ally, rival or friend is no such tie.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from cablegram.actors.base import Cluster, key
from cablegram.actors.postings import POSTED_ABROAD
from cablegram.actors.referents import called_former
from cablegram.actors.staffwords import POST_NOUNS
from cablegram.gazetteer.subdivisions import state_names

if TYPE_CHECKING:
    from cablegram.actors.evidence import CountryEvidence

# Verbs of a relative clause that make the subject the holder of the post they name.
_HOLDING_VERBS = frozenset({"serve", "be", "work", "act"})
# Bodies whose staff are the patron's state's: "the Obama administration", "the Trump
# transition (team)".
_STATE_BODIES = frozenset({"administration", "transition"})
# Bodies of a person's side that hire staff from anywhere: "the Clinton campaign".
_HIRING_BODIES = frozenset({"campaign", "camp", "team"})
# Posts whose modifier is no state of the holder: where a press post files from ("the Moscow
# correspondent", :data:`cablegram.actors.postings.POSTED_ABROAD` less the envoys a state
# sends), the language one teaches or translates ("a Chinese teacher").
_NO_STATE_POSTS = (POSTED_ABROAD - {"ambassador", "ambassadors", "envoy", "envoys"}) | {
    "teacher", "tutor", "translator", "interpreter", "instructor", "professor", "lecturer",
}  # fmt: skip
# Posts whose compounded country name is their topic ("a Russia expert", "the Iran
# negotiator", "the Afghanistan envoy"), unless the post is sent "to" a place.
_TOPIC_POSTS = frozenset(
    {
        "expert", "analyst", "negotiator", "envoy", "specialist", "scholar", "watcher", "hand",
        "adviser", "advisor", "coordinator", "czar", "representative", "observer",
        "researcher", "strategist", "consultant",
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
    "the Kenyan ambassador", "New Mexico governor"); None when none or several, for a post
    of :data:`_NO_STATE_POSTS`, and for a compounded name before a topic noun of
    :data:`_TOPIC_POSTS` not sent "to" a place ("the Iran negotiator")."""
    lemma = post.lemma_.lower()
    if lemma in _NO_STATE_POSTS or post.lower_ in _NO_STATE_POSTS:
        return None
    relations = _STATE_MODIFIERS
    if lemma in _TOPIC_POSTS and not any(
        c.dep_ == "prep" and c.lower_ == "to" for c in post.children
    ):
        relations = frozenset({"poss", "amod"})
    found = {
        country
        for child in post.children
        if child.dep_ in relations
        for country in [_modifier_country(resolver, child)]
        if country
    }
    return found.pop() if len(found) == 1 else None


def post_in_clause(resolver: CountryEvidence, cluster: Cluster) -> str | None:
    """The state of a post the person holds in a relative clause of the name ("X, who served
    as U.S. ambassador to Kenya,": "USA"), as an ISO 3166-1 alpha-3 code; None when no
    clause names one state's post (see the module doc)."""
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
    """The country of the person a body of one person's side is named after ("Obama" of "the
    Obama administration", "Trump" of "the Trump transition team"); None when it is no such
    body. A campaign, camp or team (:data:`_HIRING_BODIES`) hires staff from anywhere ("an
    American pollster for the Netanyahu campaign"): it counts only for a patron of a state
    role whose country is the story's own (:meth:`CountryEvidence.story_country`)."""
    lemma = body.lemma_.lower()
    if lemma == "team" and any(
        c.dep_ == "compound" and c.lemma_.lower() == "transition" for c in body.children
    ):
        lemma = "transition"  # "the Trump transition team"
    if lemma not in _STATE_BODIES and lemma not in _HIRING_BODIES:
        return None
    patrons = [
        other
        for child in body.children
        if child.dep_ in ("compound", "poss")
        for other in [resolver.head_cluster.get(child.i)]
        if other is not None and other.kind == "person" and other.country
    ]
    if lemma in _HIRING_BODIES:
        story = resolver.story_country()
        patrons = [p for p in patrons if p.role in _STATE_ROLES and p.country == story]
    found = {p.country for p in patrons}
    return found.pop() if len(found) == 1 else None


def _posts_beside(head: Token) -> list[Token]:
    """Post nouns set beside a name: its appositions, the noun it is apposed to, and title
    words compounded before it ("campaign adviser Jane Roe")."""
    posts = [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "appos":
        posts.append(head.head)
    posts += [c for c in head.children if c.dep_ == "compound" and c.i < head.i]
    return [p for p in posts if p.lemma_.lower() in POST_NOUNS]


def staff_of_personal_body(resolver: CountryEvidence, cluster: Cluster) -> str | None:
    """The country of the person whose administration, transition or campaign the person staffs
    ("X, a former Obama administration official,": "USA"), as an ISO 3166-1 alpha-3 code;
    None when no such post stands beside the name (see the module doc)."""
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
# Roles of a state's own posts (CAMEO): government, opposition, legislature, judiciary,
# military.
_STATE_ROLES = frozenset({"GOV", "OPP", "LEG", "JUD", "MIL"})
# Titles of a state role that name a profession or a standing, not one office with a
# successor or a deputy: "South Korean diplomat X".
_NO_OFFICE_TITLES = frozenset(
    {
        "diplomat", "official", "politician", "lawmaker", "legislator", "statesman",
        "envoy", "activist", "dissident", "veteran", "soldier", "officer",
    }
)  # fmt: skip
# Verbs of heading something: a state's office holder who now "leads NATO" holds another post.
_HEADING_VERBS = frozenset({"lead", "head", "run", "chair", "helm", "direct", "manage", "coach"})


def _holds_state_office(resolver: CountryEvidence, holder: Cluster) -> bool:
    """Whether the holder's office is their state's post: a role of :data:`_STATE_ROLES`,
    a title (if any) that is an office, never called former, never the subject of a verb of
    heading something (:data:`_HEADING_VERBS`)."""
    if holder.role not in _STATE_ROLES:
        return False
    if holder.title and key(holder.title).split()[-1] in _NO_OFFICE_TITLES:
        return False
    for span in resolver.mention_spans(holder):
        if called_former(span):
            return False
        word = span.root
        while word.dep_ in ("compound", "appos", "flat") and word.head is not word:
            word = word.head
        if word.dep_ == "nsubj" and word.head.lemma_.lower() in _HEADING_VERBS:
            return False
    return True


def same_office(resolver: CountryEvidence, cluster: Cluster) -> str | None:
    """The country of the person whose successor, predecessor or deputy the named person is
    ("His deputy, X," after "Kenya's President Y": "KEN"), as an ISO 3166-1 alpha-3 code,
    when that office is the person's state post (:func:`_holds_state_office`); None
    otherwise."""
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
                    if other.country and _holds_state_office(resolver, other):
                        found.add(other.country)
    return found.pop() if len(found) == 1 else None
