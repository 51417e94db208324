"""Source screens: actors the source finder reached that are no party to the act.

Each is a small named rule in ``SOURCE_SCREENS`` that says whether one found source actor is
out; the coder drops those (and the event, when no source is left):

- ``dateline-name``: a place named in the dateline that opens the story ("Cairo/Jerusalem/
  Gaza, May 13 (EFE).- Israel and ... agreed") is where the story was filed, not who acted;
- ``subject-clause``: the doer of a clause describing the subject ("The deal, worked out by
  the United States and Iran, eased sanctions") is not the subject: a deal eased them;
  members still act for their body ("workers affiliated with the union");
- ``requester``: a noun event that is the subject of a verb other than one of doing it
  ("the raid was called in by the army officials", "the attack was condemned by Kabul")
  is not done by that verb's agent;
- ``reporting-outlet``: a news outlet to whom a statement is credited ("..., according to
  Yonhap News Agency") is not the doer of the acts told in it;
- ``mediator``: who announces, brokers or mediates a pact between others ("Qatar's prime
  minister announced a ceasefire between Israel and Hamas", "Egypt brokered a truce") is not
  a party to it: the parties are the ones the pact is between; so is who announces one
  in a sentence about its mediation ("announced a ceasefire, as mediators scrambled").
- ``chair``: who chairs, hosts or leads a meeting ("In a meeting chaired by Angola's
  president X in Luanda, Rwanda's and Congo's presidents agreed that ...") is not the doer
  of what the meeting's parties did, even where the parse took the agent for the subject;
- ``commentator``: analysts, experts, observers and the like comment on acts: they are never
  the doers of force, coercion, aid or troop moves ("Their attacks on ships", with "their"
  read as the analysts quoted before, are the attackers', not the analysts').

:func:`victim_named` keeps an agentless act ("were fired upon") only when its target is the
one it was done to (the passive subject), not a place it came from ("from Afghan side").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from spacy.tokens import Span, Token

from cablegram.events.modality import Site
from cablegram.events.pacts import MUTUAL_PACTS
from cablegram.events.subjects import claimed_by
from cablegram.records import Actor
from cablegram.rules import Registry

# A dateline at the start of a paragraph: place names (and a date) before an agency in
# brackets and a dash ("Cairo/Jerusalem/Gaza, May 13 (EFE).-", "BERLIN (Reuters) -"), or a
# place in capitals before a dash or a colon ("ISLAMABAD --", "TEHRAN:"), with its country or
# state after a comma ("STUTTGART, Germany —", "KANSAS CITY, Mo. -").
DATELINE = re.compile(
    r"^(?:[A-Z][^\n.!?\"\u201c]{0,80}?\([A-Za-z .&/-]{2,30}\)\s*\.?\s*[-\u2013\u2014:]+"
    r"|[A-Z][A-Z .,/'-]{1,40}(?:,\s[A-Z][A-Za-z.'-]*(?:\s[A-Z][A-Za-z.'-]*){0,2})?"
    r"(?:\s[-\u2013\u2014]{1,2}\s|:\s))"
)
# Verbs by which a third party makes a pact happen, or makes it known.
MEDIATE_VERBS = frozenset(
    {"broker", "mediate", "facilitate", "announce", "negotiate", "arrange", "secure",
     "engineer", "welcome", "hail", "praise", "oversee", "help", "host"}
)  # fmt: skip
# Words that tell a sentence is about mediating.
MEDIATION_WORDS = frozenset(
    {"mediator", "mediators", "mediation", "mediate", "mediated", "mediating", "broker",
     "brokered", "brokering", "intermediary", "intermediaries", "go-between"}
)  # fmt: skip
# Verbs that lend a noun event their agent as its doer ("was carried out by X").
DOING_VERBS = frozenset(
    {"carry", "conduct", "launch", "stage", "mount", "perform", "execute", "undertake",
     "commit", "make", "hold", "impose", "issue", "order", "deliver", "lodge", "claim",
     "sign", "reach", "begin", "start", "continue", "resume", "renew", "lead", "organize",
     "organise", "declare", "announce", "give", "take", "pay", "host", "extend", "file"}
)  # fmt: skip

Lookup = Callable[[Span], Sequence[Actor]]
Screen = Callable[[Site, Actor, Lookup], bool]
SOURCE_SCREENS: Registry[Screen] = Registry("source-screens")


def _dateline_span(site: Site) -> tuple[int, int] | None:
    """Character span (in the document) of the dateline opening the trigger's paragraph."""
    doc_text = site.sent.doc.text
    start = site.sent.start_char
    para_start = doc_text.rfind("\n", 0, start) + 1
    if doc_text[para_start:start].strip():
        return None  # the sentence does not open its paragraph
    match = DATELINE.match(doc_text[start : start + 160])
    if match is None:
        return None
    return start, start + match.end()


def mention_span(site: Site, actor: Actor) -> tuple[int, int] | None:
    """The mention's character span in the document (found in the sentence if unplaced)."""
    if actor.start >= 0:
        return actor.start, actor.end
    text = site.sent.text
    at = text.find(actor.text)
    if at < 0:
        return None
    return site.sent.start_char + at, site.sent.start_char + at + len(actor.text)


@SOURCE_SCREENS.rule("dateline-name")
def _dateline_name(site: Site, actor: Actor, lookup: Lookup) -> bool:
    span = _dateline_span(site)
    if span is None or site.trigger.idx < span[1]:
        return False
    mention = mention_span(site, actor)
    if mention is None or not (span[0] <= mention[0] and mention[1] <= span[1]):
        return False
    # The same actor named again between the dateline and the trigger ("TEHRAN, May 15
    # (Xinhua) -- Iran summoned") is a mention of its own: the actor stays.
    rest = site.sent.doc.char_span(span[1], site.trigger.idx, alignment_mode="contract")
    if rest is not None and (
        actor.name in rest.text or any(a.name == actor.name for a in _named_in(rest, lookup))
    ):
        return False
    return actor.text not in site.sent.doc.text[span[1] : site.sent.end_char]


def _named_in(span: Span, lookup: Lookup) -> list[Actor]:
    """The actors of the span's names and noun phrases, each looked up on its own."""
    out: list[Actor] = list(lookup(span)) if len(span) <= 6 else []
    for ent in span.ents:
        out.extend(lookup(ent))
    for chunk in span.noun_chunks:
        out.extend(lookup(chunk))
    return out


def after_dateline(site: Site, lookup: Lookup) -> list[Actor]:
    """The actors named between the dateline and the trigger (or its first verb), when those
    words are a bare subject of at most 12 words: "BERLIN (Reuters) - Russia summoned ...",
    "Cairo/Gaza, May 13 (EFE).- Israel and Islamic Jihad agreed ..." name the parties that
    the parse, taking the dateline into the subject, lost."""
    span = _dateline_span(site)
    if span is None or site.trigger.idx < span[1]:
        return []
    rest = site.sent.doc.char_span(span[1], site.trigger.idx, alignment_mode="contract")
    if rest is None:
        return []
    # "BEIJING (Reuters) - China's Coast Guard said on Tuesday it fired ...": the words up to
    # the first verb are the subject the pronoun stands for
    verb = next((t for t in rest if t.pos_ in ("VERB", "AUX")), None)
    if verb is not None:
        rest = rest.doc[rest.start : verb.i]
    if not len(rest) or len(rest) > 12:
        return []
    return list(lookup(rest))


def _between_parties(noun: Token) -> list[Token]:
    out: list[Token] = []
    for kid in noun.children:
        if kid.dep_ == "prep" and kid.lower_ in ("between", "among"):
            for obj in kid.children:
                if obj.dep_ == "pobj":
                    out.append(obj)
                    out.extend(c for c in obj.conjuncts)
    return out


def _pact_noun(site: Site) -> Token | None:
    """The pact noun the event is about: the trigger itself, or its object."""
    trigger = site.trigger
    if trigger.lemma_.lower() in MUTUAL_PACTS:
        return trigger
    return next(
        (
            c
            for c in trigger.children
            if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in MUTUAL_PACTS
        ),
        None,
    )


@SOURCE_SCREENS.rule("mediator")
def _mediator(site: Site, actor: Actor, lookup: Lookup) -> bool:
    noun = _pact_noun(site)
    if noun is None:
        return False
    mentioned = mention_span(site, actor)
    parties = _between_parties(noun)
    if parties:
        spans = [(p.left_edge.idx, p.right_edge.idx + len(p.right_edge.text)) for p in parties]
        if mentioned is not None and any(a <= mentioned[0] < b for a, b in spans):
            return False
        # The actor is not among those the pact is between.
        return mentioned is not None or actor.text not in " ".join(p.text for p in parties)
    # No parties named: a pact brokered or mediated by the actor is someone else's, and so
    # is one announced in a sentence about its mediation.
    verb = noun.head if noun.dep_ in ("dobj", "nsubjpass") else site.trigger
    lemma = verb.lemma_.lower()
    if lemma in MEDIATE_VERBS - {"announce", "negotiate", "secure", "welcome"}:
        return True
    return lemma == "announce" and any(t.lower_ in MEDIATION_WORDS for t in site.sent)


@SOURCE_SCREENS.rule("subject-clause")
def _subject_clause(site: Site, actor: Actor, lookup: Lookup) -> bool:
    subject = next((c for c in site.trigger.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON" or claimed_by(subject) is not None:
        return False  # "bombings claimed by X killed": the attack's doer (claimed-attack)
    mention = mention_span(site, actor)
    if mention is None:
        return False
    for clause in subject.children:
        if clause.dep_ not in ("acl", "relcl"):
            continue
        # the clause's own doer ("worked out by X", "which X sent"); not a membership
        # ("workers affiliated with the union" act for the union)
        for doer in clause.children:
            if doer.dep_ not in ("agent", "nsubj"):
                continue
            left = doer.left_edge.idx
            right = doer.right_edge.idx + len(doer.right_edge.text)
            if left <= mention[0] < right:
                return True
    return False


@SOURCE_SCREENS.rule("requester")
def _requester(site: Site, actor: Actor, lookup: Lookup) -> bool:
    trigger = site.trigger
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "nsubjpass":
        return False
    verb = trigger.head
    if verb.lemma_.lower() in DOING_VERBS:
        return False
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is None:
        return False
    mention = mention_span(site, actor)
    if mention is None:
        return False
    return agent.idx <= mention[0] <= agent.right_edge.idx


def victim_named(trigger: Token, target: Actor) -> bool:
    """Whether an agentless act's target is named in its passive subject ("U.S. helicopters
    were fired upon": the helicopters' side), not elsewhere ("fired on the gate from Afghan
    side" names where the fire came from)."""
    subject = next((c for c in trigger.children if c.dep_ == "nsubjpass"), None)
    if subject is None:
        return False
    left, right = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text)
    if target.start >= 0:
        return left <= target.start < right
    return target.text in trigger.doc.text[left:right]


# Roles of a victim whose side an attack by an unnamed doer still tells: a state's forces,
# police and officials (CAMEO role codes, gazetteer titles.csv).
ACTOR_VICTIM_ROLES = frozenset({"MIL", "COP", "GOV", "SPY", "JUD", "LEG"})


def victim_object(trigger: Token, event_type: str, target: Actor | None) -> bool:
    """Whether an attack (ASSAULT) told with a doer of no side ("Gunmen killed five Turkish
    soldiers": a subject no actor was found in) names its victim as an actor in its own
    object, to be kept with no source: the target is in the object phrase up to its head
    word (not a place after it: "killed 34 people in Ankara"), and it is a state's forces,
    police or officials, or a named organisation, never a bare count of people."""
    if event_type != "ASSAULT" or target is None or target.start < 0:
        return False
    obj = next((c for c in trigger.children if c.dep_ == "dobj"), None)
    if (
        obj is None
        or trigger.pos_ != "VERB"
        or not any(c.dep_ == "nsubj" for c in trigger.children)
    ):
        return False
    left, right = obj.left_edge.idx, obj.idx + len(obj.text)
    if not left <= target.start < right:
        return False
    return target.role in ACTOR_VICTIM_ROLES or (
        target.kind == "organization" and obj.ent_type_ == "ORG"
    )


@SOURCE_SCREENS.rule("reporting-outlet")
def _reporting_outlet(site: Site, actor: Actor, lookup: Lookup) -> bool:
    """A news outlet that reports an act is not its doer: "the government said 'we strongly
    condemn ...', according to Yonhap News Agency" credits Yonhap with the words, never with
    the condemning. Only a credit ("according to X") is read so: an outlet's own words and
    acts ("Al Jazeera said it condemned the ban") stay its own."""
    if actor.role != "MED":
        return False
    statement = site.statement
    if statement is None or statement.speaker is None:
        return False
    speaker = statement.speaker
    credited = (statement.cue or "").lower().startswith("according")
    return credited and (speaker.name, speaker.country) == (actor.name, actor.country)


@SOURCE_SCREENS.rule("chair")
def _chair(site: Site, actor: Actor, lookup: Lookup) -> bool:
    mention = mention_span(site, actor)
    if mention is None:
        return False
    for tok in site.sent:
        if tok.dep_ != "agent" or tok.head.lemma_.lower() not in CHAIR_VERBS:
            continue
        objects = [c for c in tok.children if c.dep_ == "pobj"]
        # "chaired by X": the agent's own phrase, or the words right after a "by" the
        # parse left without an object (it took them as the sentence's subject)
        end = objects[0].right_edge if objects else _name_after(tok)
        # (the mention may begin before "by": "In a meeting chaired by X" as one phrase)
        if end is not None and tok.idx < mention[1] <= end.idx + len(end.text):
            return True
    return False


def _name_after(by: Token) -> Token | None:
    """The last word of the name run right after a bare "by" (at most 10 words)."""
    doc = by.doc
    last: Token | None = None
    for tok in doc[by.i + 1 : min(len(doc), by.i + 11)]:
        if tok.pos_ in ("PROPN", "DET", "PART") or tok.dep_ in ("poss", "case", "compound"):
            last = tok
        else:
            break
    return last


# Verbs whose agent presides over a meeting rather than taking part as a party to it.
CHAIR_VERBS = frozenset(
    {
        "chair",
        "host",
        "preside",
        "moderate",
        "convene",
        "lead",
        "organise",
        "organize",
        "mediate",
        "facilitate",
    }
)
# People who comment on acts: never the doers of material acts.
COMMENTATORS = frozenset(
    {"analyst", "expert", "observer", "commentator", "pundit", "scholar", "researcher",
     "academic", "economist", "historian", "columnist", "journalist", "reporter",
     "correspondent", "specialist", "strategist", "pollster", "critic", "think-tank"}
)  # fmt: skip
# Material acts: what commentators do not do.
MATERIAL_TYPES = frozenset(
    {"ASSAULT", "COERCE", "MOBILIZE", "AID", "SANCTION", "RETREAT", "COOPERATE", "CONCEDE"}
)


@SOURCE_SCREENS.rule("commentator")
def _commentator(site: Site, actor: Actor, lookup: Lookup) -> bool:
    if site.pattern.event_type not in MATERIAL_TYPES or actor.kind == "state":
        return False
    words = actor.name.lower().split()
    if not words:
        return False
    head = words[-1]
    return head in COMMENTATORS or head.removesuffix("s") in COMMENTATORS


def screen_sources(
    site: Site, sources: Sequence[Actor], lookup: Lookup
) -> tuple[list[Actor], list[str]]:
    """The sources left after the screens, and the names of the screens that dropped any."""
    kept: list[Actor] = []
    fired: list[str] = []
    for actor in sources:
        rule = next((r.name for r in SOURCE_SCREENS if r.fn(site, actor, lookup)), None)
        if rule is None:
            kept.append(actor)
        elif rule not in fired:
            fired.append(rule)
    return kept, fired
