"""Quote rules: who said each quotation that no clause or layout rule covered.

Tried in this order; the first that attributes the quote wins:

- ``cue_after``: '"...," said X' / '"...," X sighed' (the sentence after the closing mark).
- ``cue_before``: 'X said, "..."' (the sentence before the opening mark).
- ``colon_intro``: 'X had this to say: "..."', 'Name, Title: "..."', and a paragraph ending
  in a colon that introduces the next paragraph's quote ("And from Chairwoman Y:").
- ``judged_by_parse``: a judging verb or a possessed speech noun above the quote ("chastised
  Chirac for having 'an ego ...'", "Kerry's plan is to '...'"): a mixed statement.
- ``continuation``: a quote with no attribution right after another: the same utterance.
- ``speaker_sentence_before``: a quote standing as its own sentence after the sentence that
  names and describes its speaker ("X was blunt when asked. 'We cannot ...'").
- ``open_verb_quote`` and ``nested_quote``: in ``statements.governed``.

Not statements: titles of books and shows, scare quotes and borrowed phrases ("so-called
'dishonest media'", "rejected any 'need'"), and quotes whose only cue is negated or unrealised
("did not say 'never'").
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.actors.base import FIRST_PERSON
from cablegram.records import Actor
from cablegram.statements.addressees import addressee_of
from cablegram.statements.clauses import unrealised
from cablegram.statements.context import Context, Found
from cablegram.statements.cues import core_cue, lexicon_cue, open_cue, relative_beside_quote
from cablegram.statements.quotes import Quote
from cablegram.statements.registry import Attribution, rule
from cablegram.statements.speakers import (
    is_agent,
    mention_it,
    speaker_from,
    speaker_of,
    subject_of,
)

_SMALL = frozenset(
    ["a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "at", "by", "with"]
)
_SCARE_BEFORE = frozenset(["so-called", "called", "dubbed", "termed", "labelled", "labeled"])


def _cue_in(ctx: Context, tokens: list[Token], q: Quote, after: bool) -> Attribution | None:
    for token in tokens:
        cue = lexicon_cue(token, ctx.cues)
        if cue is None:
            # The open class: any verb off the stop-list right beside the quote, with a person,
            # group or organisation as subject ('"We are done," she deadpanned').
            cue = open_cue(token, ctx.cues)
            subject = subject_of(token) if cue is not None else None
            if subject is None or not is_agent(ctx, subject) or not _beside(ctx, token, q, after):
                continue
            if relative_beside_quote(token, ctx.quote_root(q), ctx.cues):
                continue
        elif core_cue(token, ctx.cues) is None and not _beside(ctx, token, q, after):
            continue  # a lexicon verb counts only right beside its quote ("sighed X")
        if unrealised(token):
            if _governs(ctx, token, q, after):
                return Attribution(None, None, None)  # "did not say 'never'": no one said it
            continue
        if not after and _negated_between(ctx, token, q):
            # "agreed not to 'threaten or use force'": the quote alone says the opposite.
            return Attribution(None, None, None)
        speaker, usable = speaker_of(ctx, token)
        if not usable and after:
            speaker, usable = _name_between(ctx, q, token)
        if not usable and after and core_cue(token, ctx.cues) is not None:
            speaker, usable = _it_after_quote(ctx, q, token)
        if not usable and after and core_cue(token, ctx.cues) is not None:
            speaker, usable = _name_after(ctx, q, token)
        if usable:
            return Attribution(token, cue, speaker, addressee=addressee_of(ctx, token))
    return None


_NEGATORS = frozenset(["not", "n't", "never", "no"])


def _negated_between(ctx: Context, cue: Token, q: Quote) -> bool:
    """A negation between the cue and the quote that follows it: the quote is part of a
    negated clause, and standing alone it would state the opposite."""
    return any(t.lower_ in _NEGATORS for t in ctx.tokens_in(cue.idx + len(cue.text), q.open_mark))


def _it_after_quote(ctx: Context, q: Quote, verb: Token) -> tuple[Actor | None, bool]:
    """'"...," it added': an organisation or document speaks as "it"; the resolver's
    antecedent when it has one, else the mention as written."""
    subject = subject_of(verb)
    if subject is None or subject.lower_ != "it" or subject.dep_ != "nsubj":
        return None, False
    if ctx.text[q.close_mark + 1 : subject.idx].strip(" ,") or subject.i > verb.i:
        return None, False
    actor = ctx.actors.speaker(subject)
    if actor is not None and actor.kind in ("organization", "document", "state"):
        return actor, True
    return mention_it(ctx, subject), True


_NAME_PARTS = frozenset(["PROPN", "NOUN", "DET", "ADJ", "PART"])


def _name_between(ctx: Context, q: Quote, verb: Token) -> tuple[Actor | None, bool]:
    """'"...," Tulsa police Chief Chuck Jordan said': when the parse lost the verb's subject, a
    short noun phrase standing alone between the closing mark and the verb is the speaker."""
    words = [t for t in ctx.tokens_in(q.close_mark + 1, verb.idx) if not t.is_punct]
    named = ("PERSON", "ORG", "GPE", "NORP")
    if not words or len(words) > 8:
        return None, False
    if any(t.pos_ not in _NAME_PARTS and t.ent_type_ not in named for t in words):
        return None, False
    heads = [t for t in words if t.pos_ in ("PROPN", "NOUN") or t.ent_type_ in named]
    if not heads:
        return None, False
    return speaker_from(ctx, heads[-1], verb)


def _name_after(ctx: Context, q: Quote, verb: Token) -> tuple[Actor | None, bool]:
    """'"...," said duma deputy Alexei Pushkov, who ...': the inverted order, when the parse
    lost the subject, the name right after a verb that directly follows the quote."""
    if ctx.text[q.close_mark + 1 : verb.idx].strip(" ,"):
        return None, False
    words: list[Token] = []
    for t in verb.doc[verb.i + 1 : verb.i + 9]:
        if t.is_punct or (t.pos_ not in _NAME_PARTS and t.ent_type_ != "PERSON"):
            break
        words.append(t)
    names = [t for t in words if t.ent_type_ == "PERSON" or t.pos_ == "PROPN"]
    if not names or names[-1] is not words[-1]:
        return None, False  # the phrase must end on the name ("said Pushkov, who ...")
    return speaker_from(ctx, names[-1], verb)


def _beside(ctx: Context, token: Token, q: Quote, after: bool) -> bool:
    """The verb's clause touches the quote with only a comma, colon or dash between."""
    if after:
        between = ctx.text[q.close_mark + 1 : token.idx]
        return not between.strip(" ,") or _subject_only(ctx, token, q)
    words = [t for t in token.subtree if t.idx < q.open_mark and not t.is_punct]
    end = max(t.idx + len(t.text) for t in words) if words else token.idx + len(token.text)
    return ctx.text[end : q.open_mark].strip() in (",", ":", "—", "–")


def _governs(ctx: Context, token: Token, q: Quote, after: bool) -> bool:
    """The cue stands right against the quote ("did not say 'never'", "'...,' he would say")."""
    if after:
        return _beside(ctx, token, q, after)
    return not ctx.text[token.idx + len(token.text) : q.open_mark].strip(" ,:")


def _subject_only(ctx: Context, token: Token, q: Quote) -> bool:
    """'"...," Polish diplomats grumbled': only the verb's subject stands between."""
    between = [t for t in ctx.tokens_in(q.close_mark + 1, token.idx) if not t.is_punct]
    return bool(between) and all(
        t.head.i == token.i or t.head.i in {b.i for b in between} for t in between
    )


@rule("cue_after", "quote")
def cue_after(ctx: Context, number: int, previous: Found | None) -> Attribution | None:
    """A speech verb in the rest of the sentence after the quote."""
    q = ctx.quotes[number]
    return _cue_in(ctx, ctx.tokens_in(*ctx.window_after(q)), q, after=True)


@rule("cue_before", "quote")
def cue_before(ctx: Context, number: int, previous: Found | None) -> Attribution | None:
    """A speech verb in the sentence before the quote (nearest first)."""
    q = ctx.quotes[number]
    found = _cue_in(ctx, list(reversed(ctx.tokens_in(*ctx.window_before(q)))), q, after=False)
    if found is not None and found.cue is not None and previous is not None:
        if previous.cue is not None and previous.cue.i == found.cue.i:
            # '"A," she said, "B."': the same cue attributes both parts of one utterance.
            return Attribution(found.cue, found.cue_text, found.speaker, continues=True)
    return found


def _colon_speaker(ctx: Context, tokens: list[Token]) -> Attribution | None:
    """The speaker of the clause before a colon: a cue's subject, else the last named actor."""
    for token in reversed(tokens):
        speechlike = token.lemma_.lower() in ctx.cues.speech_verbs
        if token.pos_ in ("VERB", "AUX") or speechlike:
            if unrealised(token):
                return Attribution(None, None, None)
            speaker, usable = speaker_of(ctx, token)
            if usable and speaker is not None:
                cue = core_cue(token, ctx.cues) or token.text
                return Attribution(token, cue, speaker)
    # "And from Chairwoman Renata Alvarez:", "Renata Alvarez, chair of the board:".
    names = [t for t in tokens if t.ent_type_ in ("PERSON", "ORG") and t.dep_ != "compound"]
    names = names or [t for t in tokens if t.pos_ == "PROPN" and t.dep_ != "compound"]
    if len(tokens) > 25:
        return None
    for token in names[:1]:
        speaker, usable = speaker_from(ctx, token)
        if usable and speaker is not None and speaker.kind != "document":
            return Attribution(None, ":", speaker)
    return None


@rule("colon_intro", "quote")
def colon_intro(ctx: Context, number: int, previous: Found | None) -> Attribution | None:
    """A clause ending in a colon just before the quote, in its paragraph or the one before."""
    q = ctx.quotes[number]
    before_text = ctx.text[: q.open_mark].rstrip()
    if not before_text.endswith(":"):
        return None
    colon = len(before_text) - 1
    if ctx.starts_paragraph(q):
        # The previous paragraph is the introduction: "And from Chairwoman Y:".
        line_start = ctx.text.rfind("\n", 0, colon) + 1
        return _colon_speaker(ctx, ctx.tokens_in(line_start, colon))
    return _colon_speaker(ctx, ctx.tokens_in(ctx.window_before(q)[0], colon))


@rule("judged_by_parse", "quote")
def judged_by_parse(ctx: Context, number: int, previous: Found | None) -> Attribution | None:
    """A judging verb or a possessed speech noun above the quote in the parse."""
    q = ctx.quotes[number]
    span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or scare_quote(ctx, q):
        return None
    node = span.root
    for _ in range(8):
        if node.i != span.root.i and ctx.in_quote(node) < 0:
            judging = node.pos_ == "VERB" and node.lemma_.lower() in ctx.cues.judging_verbs
            if judging or core_cue(node, ctx.cues):
                if unrealised(node):
                    return None
                speaker, usable = speaker_of(ctx, node)
                if usable and speaker is not None:
                    return Attribution(node, node.text, speaker, kind="mixed")
            possessor = _speech_noun_possessor(ctx, node)
            if possessor is not None:
                return Attribution(node, None, possessor, kind="mixed")
        if node.head.i == node.i:
            break
        node = node.head
    return None


def _speech_noun_possessor(ctx: Context, node: Token) -> Actor | None:
    """The possessor of a speech noun at the node or in its subject ("Kerry's plan")."""
    candidates = [node]
    for child in node.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            candidates.extend(child.subtree)
    for token in candidates:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in ctx.cues.speech_nouns:
            continue
        for child in token.children:
            if child.dep_ == "poss" and child.lower_ not in FIRST_PERSON:
                actor = ctx.actors.speaker(child)
                if actor is not None:
                    return actor
    return None


def _adjacent(ctx: Context, previous_end: int, q: Quote) -> bool:
    """No sentence of the author's stands between the previous quote and this one."""
    between = ctx.text[previous_end + 1 : q.open_mark]
    if between.count("\n") > 2:
        return False
    ends = sum(1 for j in range(previous_end + 1, q.open_mark) if ctx.is_sentence_end(j))
    return ends <= 1 and len(between) < 200


@rule("continuation", "quote")
def continuation(ctx: Context, number: int, previous: Found | None) -> Attribution | None:
    """A quote with no attribution of its own right after one: the same utterance."""
    q = ctx.quotes[number]
    if previous is None or previous.kind != "direct" or not previous.quotes:
        return None
    last = ctx.quotes[previous.quotes[-1]]
    if q.continues or (ctx.starts_sentence(q) and _adjacent(ctx, last.close_mark, q)):
        further = _further_speech(ctx, previous, last, q)
        if further is not None:
            # '"A," Sanders said, going on to contrast X with Y. "B."': B is a further speech
            # act of the same speaker, a statement of its own.
            return Attribution(further, further.text, previous.speaker)
        return Attribution(previous.cue, previous.cue_text, previous.speaker, continues=True)
    return None


# "going on to contrast", "continued by comparing": the verb after these is a further act.
_GOING_ON = frozenset(["go", "continue", "proceed"])


def _further_speech(ctx: Context, previous: Found, last: Quote, q: Quote) -> Token | None:
    """A participle hanging on the previous quote's cue, between the two quotes, that is a
    speech act of its own (a speech verb of the lexicon, or any verb after "going on to":
    "said, going on to contrast ..."), or None."""
    cue = previous.cue
    if cue is None:
        return None
    found: Token | None = None
    for token in ctx.tokens_in(last.close_mark + 1, q.open_mark):
        if token.pos_ != "VERB" or token.i == cue.i or token.tag_ not in ("VBG", "VB"):
            continue
        ancestors = [a.i for a in token.ancestors][:2]
        going_on = token.dep_ == "xcomp" and token.head.lemma_.lower() in _GOING_ON
        speech = going_on or lexicon_cue(token, ctx.cues) is not None
        if cue.i in ancestors and speech and not unrealised(token):
            found = token
    return found


@rule("speaker_sentence_before", "quote")
def speaker_sentence_before(
    ctx: Context, number: int, previous: Found | None
) -> Attribution | None:
    """A quote standing as its own sentence after the sentence that names its speaker."""
    q = ctx.quotes[number]
    if not ctx.starts_sentence(q) or not ctx.text[q.start : q.end].rstrip().endswith(
        (".", "!", "?")
    ):
        return None
    token = ctx.doc.char_span(q.open_mark, q.open_mark + 1, alignment_mode="expand")
    if token is None or token.start == 0:
        return None
    prior = ctx.doc[token.start - 1].sent
    if "\n\n" in ctx.text[prior.end_char : q.open_mark] or any(
        not skip_quote(ctx, ctx.quotes[n])
        for n in ctx.quotes_within(prior.start_char, prior.end_char)
    ):
        return None  # a quotation there, other than a title ('On "Face the Nation," ...')
    root = prior.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if (
        not subjects
        or root.pos_ not in ("VERB", "AUX")
        or any(c.dep_ == "neg" for c in root.children)
    ):
        return None
    subject = subjects[0]
    # A named agent, or a noun naming someone who speaks ("His former business partner").
    agent = is_agent(ctx, subject) or subject.lemma_.lower() in ctx.cues.speaker_nouns
    if subject.pos_ == "PRON" or not agent or subject.ent_type_ == "GPE":
        return None
    speaker, usable = speaker_from(ctx, subject)
    if not usable or speaker is None or speaker.kind in ("state", "document"):
        return None
    return Attribution(root, None, speaker)


def is_title(ctx: Context, q: Quote) -> bool:
    """A book, article or programme title: a short quotation in title case, or one that is
    the object of a preposition ("in 'X'", "to 'Meet the Press'")."""
    words = ctx.text[q.start : q.end].rstrip(",.;:").split()
    if not words or len(words) > 10 or ctx.text[q.start : q.end].rstrip().endswith(("?", "!")):
        return False
    capitalised = [w for w in words[1:] if w.lower() not in _SMALL]
    # Three words or more: "Absolutely Not," he said is an answer, not a title.
    if len(words) >= 3 and words[0][:1].isupper() and all(w[:1].isupper() for w in capitalised):
        return True
    span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    return (
        span is not None
        and words[0][:1].isupper()  # 'likened the tariffs to "a tax on ..."' is no title
        and span.root.dep_ == "pobj"
        and span.root.head.lower_ in ("in", "to", "on", "titled", "entitled", "called")
    )


def scare_quote(ctx: Context, q: Quote) -> bool:
    """A borrowed phrase: "so-called 'X'", or a short quote after a determiner ("any 'need'")."""
    before = ctx.text[max(0, q.open_mark - 12) : q.open_mark].split()
    return bool(before and before[-1].lower() in _SCARE_BEFORE)


def skip_quote(ctx: Context, q: Quote) -> bool:
    """Quotes no rule attributes: titles and borrowed phrases. A capitalised phrase someone
    calls something ('hailed him as "The Comeback Kid"', 'was labeled "Mostly True"') is
    their words, not a title."""
    if scare_quote(ctx, q):
        return True
    return is_title(ctx, q) and not _named_as(ctx, q)


def _named_as(ctx: Context, q: Quote) -> bool:
    span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ == "oprd" or (
        root.dep_ == "pobj"
        and root.head.lower_ == "as"
        and root.head.head.pos_ == "VERB"
        and root.head.head.lemma_.lower() not in ("know", "title", "entitle", "name")
    )


__all__ = ["is_title", "scare_quote", "skip_quote"]
