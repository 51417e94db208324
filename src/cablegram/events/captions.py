"""A blocking rule for lines that are no sentence of the story (registered in
:data:`cablegram.events.blockers.BLOCKERS`; imported by the coder so that it registers).

- ``caption-line``: a paragraph that is one clause in the present with no closing
  punctuation is a photo caption or a headline ("An Israeli artillery piece prepares to fire
  into Lebanon", "Russia expels British diplomats"): what it shows is told, if at all, by
  the story's own sentences, so it codes no event of its own.
"""

from __future__ import annotations

from cablegram.events.blockers import BLOCKERS
from cablegram.events.modality import Site

# A sentence of the story ends with one of these (after any closing quote or bracket).
CLOSING = frozenset(".!?…:;")
# Present-tense heads with no auxiliary: the caption's and the headline's tense.
CAPTION_TAGS = frozenset({"VBZ", "VBP", "VBG"})


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
