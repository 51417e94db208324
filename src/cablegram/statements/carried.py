"""One utterance carried on by a participle: ``"A," adding, "B."`` and ``"A," X said, adding,
"B."``.

- ``participle_after``: a quotation followed only by a comma and a speech participle that has
  no subject of its own ('"I told our minister ...," adding, "..."'): the speaker is the one of
  the statement just before (when no sentence of the author's stands between), else the named
  person, group or organisation that is the subject of the sentence before the quote
  ("President Erdogan spoke about the refugees on Sunday."). Nothing else: precision first.
- ``added_part``: a quotation after the previous quote's attribution carried on by "adding" or
  "continuing" ('"A," Price said, adding, "B."', '"A," adding, "B."', '"A," she told
  reporters, and added: "B."'): a further part (span) of the same statement, never a statement
  of its own, and "adding" never inside the text. A verb with its own subject ("and he added")
  is a new attribution, left to the other rules.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.records import Actor
from cablegram.statements.context import Context, Found
from cablegram.statements.cues import lexicon_cue
from cablegram.statements.registry import Attribution, rule
from cablegram.statements.speakers import is_agent, speaker_from

# Participles that carry the same utterance on rather than report a new act.
_ADDING = frozenset(["add", "continue"])
_BETWEEN = " ,:\t\n—–-"
_MAX_GAP = 200


def _own_subject(token: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children)


def _participle(ctx: Context, start: int, end: int) -> Token | None:
    """The one subjectless speech participle in [start, end) with only punctuation around."""
    words = [t for t in ctx.tokens_in(start, end) if not t.is_punct and t.text.strip()]
    if len(words) != 1:
        return None
    token = words[0]
    if token.tag_ != "VBG" or _own_subject(token) or lexicon_cue(token, ctx.cues) is None:
        return None
    return token


def _prior_subject(ctx: Context, open_mark: int) -> Actor | None:
    """The named agent that is the subject of the sentence ending just before the quote."""
    span = ctx.doc.char_span(open_mark, open_mark + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    prior = ctx.doc[span.start - 1].sent
    if "\n\n" in ctx.text[prior.end_char : open_mark] or ctx.quotes_within(
        prior.start_char, prior.end_char
    ):
        return None
    root = prior.root
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    if not subjects or root.pos_ not in ("VERB", "AUX") or subjects[0].pos_ == "PRON":
        return None
    subject = subjects[0]
    if subject.ent_type_ == "GPE" or not is_agent(ctx, subject):
        return None
    speaker, usable = speaker_from(ctx, subject)
    if not usable or speaker is None or speaker.kind not in ("person", "group", "organization"):
        return None
    return speaker


def _close_after(ctx: Context, previous: Found | None, open_mark: int) -> bool:
    """The previous statement ends just before, with at most one sentence end between."""
    if previous is None or previous.kind != "direct" or not previous.quotes:
        return False
    last = ctx.quotes[previous.quotes[-1]]
    if open_mark - last.close_mark > _MAX_GAP or "\n\n" in ctx.text[last.close_mark : open_mark]:
        return False
    ends = sum(1 for j in range(last.close_mark + 1, open_mark) if ctx.is_sentence_end(j))
    return ends <= 1


@rule("participle_after", "quote")
def participle_after(ctx: Context, number: int, previous: Found | None) -> Attribution | None:
    """'"...," adding, "..."': a subjectless speech participle after the quote."""
    q = ctx.quotes[number]
    if not ctx.starts_sentence(q):
        return None
    # The participle: the first words after the closing mark, up to the next quote or stop.
    after = q.close_mark + 1
    stop = after
    while stop < len(ctx.text) and ctx.text[stop] not in "\n" and ctx.quote_of_char[stop] < 0:
        if ctx.is_sentence_end(stop):
            break
        stop += 1
    verb = _participle(ctx, after, stop)
    if verb is None or ctx.text[after : verb.idx].strip(_BETWEEN):
        return None
    if _close_after(ctx, previous, q.open_mark) and previous is not None:
        speaker = previous.speaker
    else:
        speaker = _prior_subject(ctx, q.open_mark)
    if speaker is None:
        return None
    return Attribution(verb, verb.text, speaker)


@rule("added_part", "quote")
def added_part(ctx: Context, number: int, previous: Found | None) -> Attribution | None:
    """'"A," Price said, adding, "B."': B carries on the previous quote's utterance."""
    q = ctx.quotes[number]
    if previous is None or previous.kind != "direct" or not previous.quotes:
        return None
    last = ctx.quotes[previous.quotes[-1]]
    if not 0 < q.open_mark - last.close_mark <= _MAX_GAP:
        return None
    between = ctx.tokens_in(last.close_mark + 1, q.open_mark)
    cue = previous.cue
    adding = [
        t
        for t in between
        if t.lemma_.lower() in _ADDING
        and (t.tag_ == "VBG" or (cue is not None and t.dep_ == "conj" and t.head.i == cue.i))
    ]
    if len(adding) != 1 or _own_subject(adding[0]):
        return None  # "he said, and she added": a speech act of its own
    verb = adding[0]
    if ctx.text[verb.idx + len(verb.text) : q.open_mark].strip(_BETWEEN):
        return None  # "adding that ...", "adding in an interview": not right against the quote
    # "adding" hangs on the previous quote's cue, is that cue, or follows the quote alone.
    alone = not ctx.text[last.close_mark + 1 : verb.idx].strip(_BETWEEN)
    on_cue = cue is not None and (verb.i == cue.i or verb.head.i == cue.i)
    if not (alone or on_cue):
        return None
    if any(ctx.is_sentence_end(j) for j in range(last.close_mark + 1, q.open_mark)):
        return None
    return Attribution(previous.cue, previous.cue_text, previous.speaker, continues=True)


__all__ = ["added_part", "participle_after"]
