"""Blocking rules for lines that are no sentence of the story (registered in
:data:`cablegram.events.blockers.BLOCKERS`; imported by the coder so that they register).
What a picture shows is told, if at all, by the story's own sentences, so a caption codes no
event of its own:

- ``caption-line``: a paragraph that is one clause in the present with no closing
  punctuation is a photo caption or a headline ("An Israeli artillery piece prepares to fire
  into Lebanon", "Russia expels British diplomats");
- ``credited-caption``: a paragraph that carries a picture's credit ("... near Prechystivka.
  Photograph: Jo Roe/The New York Times", "... on Friday | Jo Roe/Reuters", "PHOTO | JO ROE
  | NATION MEDIA GROUP", "(AP Photo/Jo Roe)");
- ``picture-reference``: a sentence about a picture ("in this handout photo released on
  ...", "The Bundeswehr handout shows German soldiers ...", "Image shows ...");
- ``caption-beside-credit``: in a document from which cleaning removed a photo credit, a
  paragraph that is one sentence in the simple present ("Protesters walk along Kimathi
  Street as they take part in the protests.") is the caption that stood above it; news
  tells its events in the past, and a present-tense lede is attributed ("..., X said");
- ``heading-line``: a paragraph of a few title-case words (at most 8), or of at most 5
  words from a capital, with no verb and no closing punctuation is a heading or a section
  title ("U.S. Warning", "Russian Threat to the Baltics", "Latest attack"): it names a
  topic the story tells below, so its noun codes no act of its own. On 32 real subheadings
  of teftst 2016 posts (odd days) with an event noun it fires on 10 ("Attack in Nice",
  "Broader Appeal", "Unusual attack", "Protests, vigil", ...); headlines with a verb are
  the ``caption-line``'s.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from cablegram.events.blockers import BLOCKERS
from cablegram.events.modality import Site

# A sentence of the story ends with one of these (after any closing quote or bracket).
CLOSING = frozenset(".!?…:;")
# Tags of a verb that tells an act: a heading has none ("Warns" in a headline is one).
VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN", "MD"})
# Small words a title leaves in lower case: "Threat to the Baltics".
TITLE_LOWER = frozenset(
    {"a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "at", "by", "with", "from",
     "over", "as", "vs", "vs."}
)  # fmt: skip
# A heading is this short (words); a longer verbless line may be a list item or a dateline.
HEADING_MAX_WORDS = 8
# A heading in sentence case is shorter still: "Latest attack", "Humanitarian aid".
HEADING_MAX_PLAIN = 5
# Present-tense heads with no auxiliary: the caption's and the headline's tense.
CAPTION_TAGS = frozenset({"VBZ", "VBP", "VBG"})
# Agencies and papers that credit pictures after a photographer's name and a slash.
_AGENCIES = (
    r"Reuters|REUTERS|AFP|AP|EPA|EPA-EFE|Getty\s+Images|Bloomberg|Anadolu|Xinhua|TASS|"
    r"Sputnik|Shutterstock|Alamy|The\s+New\s+York\s+Times|The\s+Guardian|Handout"
)
CREDIT_MARK = re.compile(
    # "Photograph: Jo Roe/...", "Photo credit: ...", "Picture: ...", "Image: ..."
    r"(?:^|[\s.(])(?:Photo(?:graph)?s?|Pictures?|Images?|Photo\s+credit|Image\s+credit)\s*:\s*\S"
    # "PHOTO | JO ROE | NATION MEDIA GROUP"
    r"|\bPHOTO\s*\|"
    # "... on Friday | Jo Roe/Reuters", "Jo Roe/AFP via Getty Images"
    rf"|\|\s*[^|\n]{{0,60}}/\s*(?:{_AGENCIES})\b"
    r"|\bvia\s+Getty\s+Images\b"
    # "(AP Photo/Jo Roe)", "(Reuters Photo)"
    r"|\((?:AP|AFP|Reuters|EPA)\s+Photo"
)
PICTURE_REFERENCE = re.compile(
    r"\b(?:in|on)\s+(?:this|these|the)\s+(?:(?:undated|file|handout|satellite|aerial)\s+)*"
    r"(?:photo(?:graph)?|picture|image|video\s+grab|screen\s?grab|screenshot|still)s?\b"
    r"|\b(?:photo(?:graph)?|picture|image|handout|footage|screen\s?grab|screenshot)s?\s+"
    r"(?:shows|show|showing)\b"
    r"|\b(?:is|are)\s+pictured\b",
    re.I,
)


def _paragraph(sent: Span) -> str:
    """The paragraph (text between line breaks) holding the sentence."""
    text = sent.doc.text
    # the sentence's span may carry the blank line after it: read from its last character
    last = sent.start_char + max(len(sent.text.rstrip()), 1)
    start = text.rfind("\n", 0, sent.start_char) + 1
    end = text.find("\n", last)
    return text[start : end if end >= 0 else len(text)]


@BLOCKERS.rule("caption-line")
def _caption_line(site: Site) -> bool:
    sent = site.sent
    doc = sent.doc
    text = doc.text
    start = sent.start_char
    end = start + len(sent.text.rstrip())
    before = text[max(0, start - 1) : start]
    after = text[end : end + 1]
    if (before not in ("", "\n")) or (after not in ("", "\n")):
        return False  # not a whole paragraph
    last = sent.text.rstrip().rstrip("\"'”’)]")
    if not last or last[-1] in CLOSING:
        return False
    root = sent.root
    if root.tag_ not in CAPTION_TAGS or any(c.dep_ in ("aux", "auxpass") for c in root.children):
        return False
    return len([t for t in sent if not t.is_punct]) >= 4


def _whole_paragraph(sent: Span) -> bool:
    """The sentence is its own paragraph: a line break (or the text's edge) on each side."""
    text = sent.doc.text
    start = sent.start_char
    end = start + len(sent.text.rstrip())
    return text[max(0, start - 1) : start] in ("", "\n") and text[end : end + 1] in ("", "\n")


@BLOCKERS.rule("heading-line")
def _heading_line(site: Site) -> bool:
    sent = site.sent
    if not _whole_paragraph(sent):
        return False
    last = sent.text.rstrip().rstrip("\"'”’)]")
    if not last or last[-1] in CLOSING:
        return False
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if not 1 <= len(words) <= HEADING_MAX_WORDS or any(t.tag_ in VERB_TAGS for t in words):
        return False
    if len(words) <= HEADING_MAX_PLAIN and words[0].text[:1].isupper():
        return True  # "Latest attack", "Protests, vigil": a heading in sentence case
    return all(
        t.text[:1].isupper() or t.lower_ in TITLE_LOWER or not t.text[:1].isalpha() for t in words
    )


@BLOCKERS.rule("credited-caption")
def _credited(site: Site) -> bool:
    return CREDIT_MARK.search(_paragraph(site.sent)) is not None


@BLOCKERS.rule("picture-reference")
def _picture(site: Site) -> bool:
    return site.statement is None and PICTURE_REFERENCE.search(site.sent.text) is not None


@BLOCKERS.rule("caption-beside-credit")
def _beside_credit(site: Site) -> bool:
    if not site.credits_removed or site.statement is not None or site.voiced():
        return False
    sent = site.sent
    if _paragraph(sent).strip() != sent.text.strip():
        return False  # a caption is its own paragraph of one sentence
    root = sent.root
    if root.tag_ not in ("VBZ", "VBP") or root.lemma_.lower() in site.table.speech_verbs:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in root.children):
        return False  # "has arrested", "is expected to": the story's own tenses
    return any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in root.children)
