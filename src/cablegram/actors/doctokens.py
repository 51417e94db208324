"""Per-document token facts the resolver's parts share: each token's sentence number,
whether it stands inside quotation marks, and whether a verb heads a tensed clause."""

from __future__ import annotations

from spacy.tokens import Doc, Token


def sentence_index(doc: Doc) -> list[int]:
    """The sentence number of every token, computed once per document."""
    cached = doc.user_data.get("cablegram_sentence_index")
    if isinstance(cached, list):
        return cached
    index = [0] * len(doc)
    for number, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            index[i] = number
    doc.user_data["cablegram_sentence_index"] = index
    return index


def quoted_token_mask(doc: Doc) -> list[bool]:
    """Which tokens stand inside quotation marks (as the quote pairing finds them)."""
    from cablegram.statements.quotes import quotes_of

    mask = [False] * len(doc)
    for quote in quotes_of(doc):
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is not None:
            for i in range(span.start, span.end):
                mask[i] = True
    return mask


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def tensed(verb: Token) -> bool:
    """Whether a verb heads a tensed clause ("Trump included", "she has said"), not a
    participle or infinitive ("Weaver standing", "to say")."""
    if verb.tag_ in _FINITE_TAGS:
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS for c in verb.children)
