"""Whose subject a cue verb has: through conjoined and subordinate verbs, conduits ("ISNA
quotes him as saying"), framing prepositions ("began by saying") and relative clauses (the
antecedent of "which"/"that"/"who" in "the police, which reported ...").

Pure functions of the parse; :mod:`cablegram.statements.speakers` turns the token into an actor.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from cablegram.records import Actor
from cablegram.statements.context import across_quote
from cablegram.statements.cues import load_cues

# Documents a participle can speak through ("a statement calling ...", "a report saying ...");
# not laws or footage ("a law requiring ...", "footage circulating ...").
_DOCUMENT_NOUNS = load_cues().document_nouns | {"report"}
_SPEECH_VERBS = load_cues().speech_verbs

# Verbs by which one source passes on another's words: "ISNA quotes him as saying ...",
# "Reuters cited two officials as saying ...". The object is the speaker, not the subject.
_CONDUIT_VERBS = frozenset(["quote", "cite"])
_AS_SAYING = frozenset(["say", "tell", "state", "write", "add", "warn"])


def conduit_speaker(verb: Token) -> Token | None:
    """The one whose words ``verb`` passes on, when ``verb`` is a conduit ("X quoted Y as
    saying": Y; "Y was quoted as saying": Y) or the "saying" of one; else None."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.lemma_.lower() in _AS_SAYING:
        verb = verb.head.head
    if verb.lemma_.lower() not in _CONDUIT_VERBS:
        return None
    as_saying = any(
        prep.dep_ == "prep"
        and prep.lower_ == "as"
        and any(c.lemma_.lower() in _AS_SAYING for c in prep.children)
        for prep in verb.children
    )
    # "ISNA quoted him as saying": the object; "he was quoted as saying": the passive subject.
    quoted = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return quoted[0] if as_saying and len(quoted) == 1 else None


# Prepositions whose participle is a speech act the clause's subject made ("began by saying",
# "after saying", "while insisting"); "without saying" and "instead of saying" are not.
_FRAMING_PREPOSITIONS = frozenset(["by", "after", "while", "before"])


def speech_after_preposition(verb: Token) -> Token | None:
    """For a participle after a framing preposition that hangs on a verb ("began by saying",
    "after saying that"), that verb; else None."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.i == verb.i:
        return None
    if prep.dep_ != "prep" or prep.lower_ not in _FRAMING_PREPOSITIONS:
        return None
    head = prep.head
    if head.i == prep.i or head.pos_ not in ("VERB", "AUX"):
        return None
    return head


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, climbing through conjoined and subordinate verbs that share it; for
    a conduit ("ISNA quotes him as saying"), the one quoted (see :func:`conduit_speaker`)."""
    quoted = conduit_speaker(verb)
    if quoted is not None:
        return quoted
    if is_passive(verb):
        return passive_agent(verb)
    current = verb
    for _ in range(4):
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            # "[Pentagon spokesman] Little said": the subject nearest the verb is the name.
            subject = min(subjects, key=lambda s: abs(s.i - current.i))
            if participle_object(subject):
                return speaking_apposition(subject)
            return relative_antecedent(subject) or subject
        speech = speech_past_time_clause(current)
        if speech is not None:
            current = speech
            continue
        if continues_report(current):
            # "X announced that mediators had resumed talks, adding that he was hopeful": the
            # parser hung "adding" on the reported clause; the one adding is the reporter.
            current = current.head.head
            continue
        if (
            current.dep_ in ("conj", "xcomp", "advcl")
            and current.head.i != current.i
            and not across_quote(current, current.head)
        ):
            # Never climb out of or into a quotation: a verb after the closing mark the parser
            # joined to the quote's verb does not share the quote's subject.
            current = current.head
            continue
        framed = speech_after_preposition(current)
        if framed is not None:
            current = framed  # "began by saying ...": the subject of "began"
            continue
        issuer = _document_issuer(current)
        if issuer is not None:
            if issuer.pos_ in ("NOUN", "PROPN"):
                return issuer  # "a report calling X Y": the document itself
            current = issuer  # "the council issued a statement calling ...": the council
            continue
        after_comma = current.i > 0 and current.doc[current.i - 1].text == ","
        if current.dep_ == "acl" and (current.tag_ == "VBD" or after_comma):
            # "Germany's minister, Boris Pistorius, announced ...": a finite verb the parser
            # hung on the subject noun as if it were a reduced relative clause.
            return current.head
        return None
    return None


# Verbs of telling someone: without their object after a passive verb they are passive too.
_ADDRESSEE_VERBS = frozenset(
    ["tell", "inform", "instruct", "order", "warn", "advise", "assure", "remind", "brief"]
)


def is_passive(verb: Token) -> bool:
    """Whether the cue verb itself is passive: a passive auxiliary ("were told", "was
    informed", "had been instructed"), a passive subject of its own ("she was told"), or a
    verb of telling someone with no one told, joined to a passive verb whose subject it
    shares ("were detained and told that ...", "was bagged and ordered to ..."; not "was
    freed and told reporters that ...", nor "was freed and said that ...")."""
    deps = [c.dep_ for c in verb.children]
    own = [d for d in deps if d in ("nsubj", "nsubjpass", "auxpass")]
    if own:
        return "nsubj" not in own
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.lemma_.lower() in _ADDRESSEE_VERBS
        and head.i != verb.i
        and not any(d in ("aux", "dobj", "dative") for d in deps)
        and any(c.dep_ == "auxpass" for c in head.children)
        and not any(c.dep_ == "nsubj" for c in head.children)
    )


def passive_agent(verb: Token) -> Token | None:
    """Rule ``passive_addressee``: the subject of a passive speech verb ("Soldiers ... were
    told they would ...", "the families were informed that ...", "she was instructed to
    ...") is whom it was said to, never who said it; the speaker is the noun of the "by"
    phrase of a verb of telling ("were told by their commanders that ...") or nobody (None):
    other passives ("the song was written by X", "was investigated by Congress for ...")
    name no speaker here. The parser's
    coordination ("Soldiers sent to X were told ...": "told" a conjunct of "sent") is never
    climbed for a subject."""
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    if by is None or verb.lemma_.lower() not in _ADDRESSEE_VERBS:
        return None  # "was written by", "was called a fraud by": not a telling
    return next((c for c in by.children if c.dep_ == "pobj"), None)


def participle_object(subject: Token) -> bool:
    """Rule ``participle_object_not_speaker``: a noun phrase standing right after the
    participle of a clause set off by a comma (", killing at least four people, the
    Observatory said", ", wounding dozens, police said") is that participle's object (the
    victims, casualties or quantities), though the parser made it the reporting verb's
    subject; it is never the speaker. Not a participle that opens its sentence ("Protesting
    students said ...") nor one inside the subject's own phrase."""
    left = subject.left_edge
    if left.i < 2 or subject.i > subject.head.i:
        return False
    participle = subject.doc[left.i - 1]
    return (
        participle.tag_ in ("VBG", "VBN")
        and participle.pos_ == "VERB"
        and subject.doc[participle.i - 1].text == ","
        and participle.sent.start == subject.sent.start
    )


def speaking_apposition(subject: Token) -> Token | None:
    """For a participle's object taken for the subject (see ``participle_object``), the
    apposition after a comma that the parser hung on it, which is the real subject ("...
    four people, the UK-based Observatory said": the Observatory); None when there is none."""
    for child in subject.children:
        if child.dep_ == "appos" and child.i > subject.i and child.pos_ in ("NOUN", "PROPN"):
            if any(t.text == "," for t in subject.doc[subject.i : child.left_edge.i]):
                return child
    return None


# Subordinators of a time clause: "X said ... after Y won, remarking that ...".
_TIME_MARKS = frozenset({"after", "before", "when", "while", "as", "since", "until"})


def speech_past_time_clause(verb: Token) -> Token | None:
    """Rule ``speech_past_time_clause``: a speech participle after a comma (", remarking that
    ...") that the parser hung on a time clause ("after the senator won") which itself hangs
    on a speech verb ("X said during a panel after the senator won, remarking that ..."):
    that speech verb, whose speaker goes on speaking; the time clause's subject is only in
    the scene. None for anything else (a participle on a main clause, a non-speech one)."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.lemma_.lower() not in _SPEECH_VERBS:
        return None
    if verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    clause = verb.head
    if clause.dep_ != "advcl" or clause.head.i == clause.i:
        return None
    if not any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in clause.children):
        return None
    speech = clause.head
    if speech.lemma_.lower() not in _SPEECH_VERBS or across_quote(verb, speech):
        return None
    return speech


# Participles by which a speaker goes on with their own report: "..., adding that ...".
_CONTINUING = frozenset(
    {"add", "note", "stress", "emphasise", "emphasize", "reiterate", "underline", "underscore"}
)


def continues_report(verb: Token) -> bool:
    """A participle of going on speaking (", adding that ...") that the parser hung on the
    clause another speech verb reports, which has its own subject: it goes on that report."""
    content = verb.head
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and verb.lemma_.lower() in _CONTINUING
        and content.dep_ == "ccomp"
        and content.head.i != content.i
        and content.head.pos_ in ("VERB", "AUX")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in content.children)
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
    )


# Relative pronouns that stand for a non-human antecedent; "who" stays as written, the local
# mention a reader sees, and the actors stage resolves it.
_RELATIVE_PRONOUNS = frozenset(["which", "that"])


def relative_antecedent(subject: Token) -> Token | None:
    """For "which"/"that" as the subject of a relative clause ("the police department, which
    reported ...", "a letter that says ..."), the noun the clause hangs on; else None. Not
    inside reported speech ("she says there must be a law that requires ..."): the relative
    clause is part of what was reported, not a second statement; nor with only an infinitive
    ("the campaign, which pledges to ..."): the writer describing its aims."""
    verb = subject.head
    if subject.lower_ not in _RELATIVE_PRONOUNS or subject.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if verb.dep_ != "relcl" or verb.head.i == verb.i:
        return None
    if any(a.dep_ == "ccomp" for a in verb.ancestors):
        return None
    if any(c.dep_ == "xcomp" for c in verb.children) and not any(
        c.dep_ in ("ccomp", "dobj") for c in verb.children
    ):
        return None  # "the campaign, which pledges to ...": a description of its aims
    antecedent = verb.head
    return antecedent if antecedent.pos_ in ("NOUN", "PROPN") else None


def _document_issuer(verb: Token) -> Token | None:
    """For a participle on a document noun other than a core speech verb ("a statement calling
    the test a violation", "a report describing ..."): the verb that issued the document when
    the noun is its object ("the council issued a statement calling ..."), else the document
    noun; None when ``verb`` is no such participle."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.i == verb.i:
        return None
    if noun.lemma_.lower() not in _DOCUMENT_NOUNS or verb.lemma_.lower() in _SPEECH_VERBS:
        return None  # "a statement saying ...": the nominal_cue rule's
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and noun.head.i != noun.i:
        return noun.head
    return noun


def relative_mention(subject: Token, actor: Actor) -> Actor:
    """Rule ``relative_who_mention``: "said Walsh, who said the cuts would hurt" has the
    speaker Walsh, named by her identity but written "who" in this place, as a pronoun keeps
    "he": the mention is the relative pronoun (text and offsets), the name and identity its
    antecedent's. Only "who" as the subject of a relative clause; "which"/"that" stand for
    their noun (see ``relative_antecedent``) and any other subject is left as it is."""
    if subject.lower_ != "who" or not subject.dep_.startswith("nsubj"):
        return actor
    if subject.head.dep_ != "relcl" or actor.start == subject.idx:
        return actor
    return replace(actor, text=subject.text, start=subject.idx, end=subject.idx + len(subject.text))


def who_antecedent(subject: Token) -> Token | None:
    """For "who" as the subject of a relative clause that no actor resolved ("an architect
    who said he was not paid"), the noun the clause hangs on, which then names the speaker
    (rule ``relative_who_mention`` keeps "who" as the mention). None when there is no such
    noun ("Who said so?", a parse that lost the clause): a bare "who" names no one."""
    verb = subject.head
    noun = verb.head
    if (
        subject.dep_.startswith("nsubj")
        and verb.dep_ == "relcl"
        and noun.i != verb.i
        and noun.pos_ in ("NOUN", "PROPN")
    ):
        return noun
    return None
