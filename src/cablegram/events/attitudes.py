"""Standing attitudes told as a state, not as an act: rules in :data:`CAPS` (read by the
coder, :mod:`cablegram.events.coder`, after an event's confidence is scored, and named by
``explain()``'s ``capped`` field).

- ``standing-attitude``: a verb of attitude that the patterns code as REJECT or SUPPORT
  (oppose, support, back) in the simple present, told by the writer, with no occasion ("Russia also
  opposes the deployment", "Turkey opposes the Kurdish militia, which it regards as
  terrorists", "Iran backs militant groups who oppose peace with Israel", "Sanders, who has
  long opposed the tax", "the company has long favored growth") describes where a
  party stands, not something it did on a day: no REJECT or SUPPORT. An attitude told on
  an occasion stays an event: in the past ("Turkey opposed the plan at the meeting"), with
  a date or an occasion noun ("supports the resolution in Friday's vote"), as a change
  ("Russia now supports the ceasefire", "no longer backs the plan"), or in someone's
  words ("France said it opposes the deployment" is a statement, and "Israel is opposed to
  French mediation, an aide said" a PLOVER gold REJECT). A headline (no closing stop) tells
  its act in the present ("Apple opposes U.S. appeal in drug case"), so it is left alone,
  and so is support by material means ("Iran, which backs Hezbollah militarily", "supports
  the rebels with arms", "backs Kiev with billions of dollars in aid", "through subsidies":
  a "with" or "through" object that is aid, arms or forces the AID and MOBILIZE patterns
  send, or a word of material means): aid given, an act. "favor" in a standing state is an
  attitude too ("Norway, which favors a carbon tax,"); "reject" is not (an act on the thing
  rejected). The patterns marked ``standing`` code a SUPPORT of any object only here, and
  only of a party or a course of action (:func:`other_sense`): backing one's own case
  ("backs its claims with evidence"), sustaining jobs, an economy or a currency, and support
  "by" doing something ("supports the yuan by selling dollars") code nothing.

  Such an event is no act, but it is the position the stance and network queries are built
  from, and a claim must cite a statement or an event (``spec/records.md``): it is kept with
  its confidence capped at :data:`STANDING_CAP`, under the default listing's floor (0.5,
  ``cablegram.query.events``), so that ``cablegram events`` does not list it as done while
  ``cablegram stance`` still reads the position ("Several EU states including Italy oppose
  the plan").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from cablegram.events.modality import Site
from cablegram.events.patterns import PatternTable
from cablegram.events.tree import lemma
from cablegram.rules import Registry

# A capping rule: whether the trigger's event is no act, kept under the listing's floor.
Capper = Callable[[Site], bool]
CAPS = Registry[Capper]("caps")

# Verbs of attitude that events_patterns.toml codes as REJECT or SUPPORT.
# "reject" is not one: rejecting tells an act on the thing rejected ("Poland rejects the
# plan"), which the REJECT patterns code at an act's weight.
ATTITUDE_VERBS = frozenset({"oppose", "support", "back", "favor", "favour"})
# The confidence a standing attitude keeps: under the default listing's floor of 0.5.
STANDING_CAP = 0.3
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
# Adverbs that make a present perfect a lasting state: "has long opposed", "has always backed".
LASTING_ADVERBS = frozenset({"long", "always"})
# Nouns of an occasion on which an attitude is shown: "backs the bill in Friday's vote".
OCCASION_NOUNS = frozenset(
    {"vote", "ballot", "referendum", "meeting", "session", "summit", "talk", "hearing",
     "debate", "letter", "statement", "speech", "interview", "conference", "briefing",
     "resolution", "motion", "court", "filing", "brief"}
)  # fmt: skip
TIME_ENTS = frozenset({"DATE", "TIME"})
STOPS = frozenset({".", "!", "?"})
# Words of time that make the present an occasion: "today"; "now" and "no longer" tell a
# change of position, which is news ("Russia now supports the ceasefire").
OCCASION_ADVERBS = frozenset({"today", "tonight", "yesterday", "now", "anymore"})


def _present_state(verb: Token) -> bool:
    """ "opposes", "do not support", "is opposed to", "are backed by": the simple present of
    the verb, or "be" in the present with its participle; no modal or future. A present
    perfect counts only with an adverb of lasting ("has long opposed", "have always backed")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in PRESENT_TAGS:
        return not auxes
    if not auxes or not all(a.tag_ in PRESENT_TAGS for a in auxes):
        return False
    if all(lemma(a) in ("be", "do") for a in auxes):
        return True
    lasting = any(c.dep_ == "advmod" and c.lower_ in LASTING_ADVERBS for c in verb.children)
    return lasting and all(lemma(a) in ("be", "have") for a in auxes)


def _occasion(verb: Token) -> bool:
    """A date, a time, "today" or an occasion noun on the verb ("in Friday's vote"), or an
    occasion noun on its object's phrase ("supports the resolution in Friday's vote")."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass", "ccomp", "xcomp", "conj"):
            continue  # the attitude's subject and clauses say nothing of when
        if c.dep_ != "dobj" and (c.ent_type_ in TIME_ENTS or c.lower_ in OCCASION_ADVERBS):
            return True
        if c.dep_ == "advmod" and c.lower_ == "longer":  # "no longer backs", "any longer"
            return True
        if c.dep_ in ("prep", "agent") and any(
            p.ent_type_ in TIME_ENTS or lemma(p) in OCCASION_NOUNS
            for p in c.subtree
            if p.dep_ in ("pobj", "poss", "compound")
        ):
            return True
        if c.dep_ == "dobj" and any(  # "supports the resolution in Friday's vote"
            lemma(p) in OCCASION_NOUNS
            for q in c.children
            if q.dep_ == "prep"
            for p in q.children
            if p.dep_ == "pobj"
        ):
            return True
    return False


def _stopped(sent: Span) -> bool:
    """The sentence ends with a stop (a headline does not): trailing quotes and spaces aside."""
    for tok in reversed(sent):
        if tok.is_space or tok.is_quote or tok.text in (")", "]"):
            continue
        return tok.text in STOPS
    return False


# Edges by which a verb of saying governs what is said: "said (that) X", "X, he said".
SAID_EDGES = frozenset({"ccomp", "xcomp", "parataxis", "dobj", "advcl", "conj"})


def _describes_its_head(verb: Token) -> bool:
    """ "Provost X, who opposes the effort, said ...", "a nod to eastern states which oppose
    the quotas": a relative clause the writer hangs on a noun, reached from the verb of
    saying by no edge of what is said (SAID_EDGES) is the writer's description of the
    noun, not the speaker's words ("the minister said that Austria, which opposes the plan,
    would abstain" is the minister's)."""
    if verb.dep_ != "relcl":
        return False
    node = verb.head
    while node.head.i != node.i:
        if node.dep_ in SAID_EDGES:
            return False
        node = node.head
    return True


def _speech_around(site: Site) -> bool:
    """A verb of saying above the trigger, or beside it as the sentence's root; not for a
    relative clause that describes a noun outside what is said (:func:`_describes_its_head`)."""
    speech = site.table.speech_verbs
    if _describes_its_head(site.trigger):
        return False
    if any(lemma(t) in speech for t in site.trigger.ancestors):
        return True
    root = site.sent.root
    return lemma(root) in speech or any(
        c.dep_ == "parataxis" and lemma(c) in speech for c in root.children
    )


# Adverbs and "with"/"through" objects of material means: "backs Assad militarily", "supports
# the rebels with arms" tell an act of support (aid given), not a position held. The nouns
# below add to those the AID and MOBILIZE patterns send (site.table: "tank", "aid", ...).
MATERIAL_ADVERBS = frozenset(
    {"militarily", "financially", "economically", "logistically", "materially", "covertly"}
)
MATERIAL_MEANS = frozenset(
    {"arm", "weapon", "weaponry", "money", "fund", "funding", "troop", "fighter", "airstrike",
     "strike", "cash", "supply", "equipment", "training", "intelligence", "aid", "tank",
     "artillery", "drone", "missile", "rocket", "ammunition", "munition", "dollar", "euro",
     "loan", "grant", "subsidy", "credit", "billion", "million", "jet", "warship", "advisor",
     "adviser"}
)  # fmt: skip
MEANS_PREPS = frozenset({"with", "through", "via"})
# Material types of the patterns whose objects are means given: aid, arms and forces sent.
MEANS_TYPES = frozenset({"AID", "MOBILIZE"})


def _means_nouns(table: PatternTable) -> frozenset[str]:
    """MATERIAL_MEANS and every object of an AID or MOBILIZE pattern of ``table``."""
    found = _MEANS_CACHE.get(id(table))
    if found is None:
        found = MATERIAL_MEANS | frozenset(
            o
            for ps in table.patterns.values()
            for p in ps
            if p.event_type in MEANS_TYPES
            for o in p.objects
        )
        _MEANS_CACHE[id(table)] = found
    return found


_MEANS_CACHE: dict[int, frozenset[str]] = {}


def material_support(verb: Token, means: frozenset[str] = MATERIAL_MEANS) -> bool:
    """ "backs Assad militarily", "supports the rebels with arms and money", "backs Kiev with
    billions of dollars in aid", "through subsidies": the verb's manner is material means
    (a noun of ``means`` under a "with"/"through" phrase), so it tells aid given (an act),
    not an attitude."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for c in [*verb.children, *(g for o in objects for g in o.children)]:
        if c.dep_ == "advmod" and c.lower_ in MATERIAL_ADVERBS:
            return True
        if c.dep_ == "prep" and c.lower_ in MEANS_PREPS:
            if any(p.pos_ in ("NOUN", "PROPN", "NUM") and lemma(p) in means for p in c.subtree):
                return True
    return False


# Objects of "support"/"back" in another sense than a position: one's own case backed with
# evidence ("backs its claims"), and what an economy sustains ("supports 300,000 jobs").
CASE_NOUNS = frozenset(
    {"claim", "argument", "case", "assertion", "allegation", "accusation", "contention",
     "theory", "thesis", "conclusion", "finding", "view", "statement", "story", "account"}
)  # fmt: skip
SUSTAINED_NOUNS = frozenset(
    {"job", "employment", "economy", "growth", "currency", "price", "demand", "market",
     "industry", "sector", "yuan", "dollar", "euro", "rouble", "ruble", "lira", "peso", "rupee",
     "pound", "yen", "won", "franc", "rate", "livelihood", "household", "weight"}
)  # fmt: skip


def other_sense(verb: Token) -> bool:
    """ "Nigeria backs its claims with evidence", "Britain supports 300,000 jobs", "China
    supports the yuan by selling dollars": support of one's own case, of what an economy
    sustains, or by a means done ("by" + gerund) is no attitude toward a party or a course of
    action."""
    for c in verb.children:
        if c.dep_ == "dobj" and (
            lemma(c) in CASE_NOUNS | SUSTAINED_NOUNS or c.ent_type_ == "MONEY"
        ):
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ == "by"
            and any(p.dep_ == "pcomp" and p.tag_ == "VBG" for p in c.children)
        ):
            return True
    return False


def _on_a_joined_subject(verb: Token) -> bool:
    """ "Britain, which backs the opposition, and China plan to ...": a relative clause on the
    first of joined nouns, whose source the coder may spread to the other conjunct and whose
    sentence's frames belong to the main clause; precision first, the patterns of any object
    (``standing``) read no position there."""
    if verb.dep_ != "relcl":
        return False
    head = verb.head
    return head.dep_ == "conj" or any(c.dep_ in ("conj", "cc") for c in head.children)


@CAPS.rule("standing-attitude")
def standing_attitude(site: Site) -> bool:
    """Whether the trigger tells a party's standing attitude, not an act (see the module
    docstring): an attitude verb in the simple present (or "has long ..."), with no date or
    occasion, told by the writer in a sentence that ends with a stop."""
    verb = site.trigger
    if verb.pos_ != "VERB" or lemma(verb) not in ATTITUDE_VERBS:
        return False
    if any(c.dep_ == "prt" for c in verb.children):
        return False  # "backs down", "backs off": a retreat, another verb
    if not _present_state(verb) or _occasion(verb):
        return False
    if material_support(verb, _means_nouns(site.table)) or other_sense(verb):
        return False
    if site.voiced() or _speech_around(site):
        return False
    if _on_a_joined_subject(verb):
        # an attitude of any object reads none; one a closed pattern codes stays capped
        return not site.pattern.standing and _stopped(site.sent)
    return _stopped(site.sent)


def capped_by(site: Site) -> str | None:
    """The name of the first rule of :data:`CAPS` that caps the trigger's confidence at
    :data:`STANDING_CAP`, or None."""
    return next((r.name for r in CAPS if r.fn(site)), None)
