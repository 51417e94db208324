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
  tells its events in the past, and a present-tense lede is attributed ("..., X said").
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from cablegram.events.blockers import BLOCKERS
from cablegram.events.modality import Site

# A sentence of the story ends with one of these (after any closing quote or bracket).
CLOSING = frozenset(".!?…:;")
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
