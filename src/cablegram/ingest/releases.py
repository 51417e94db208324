"""The furniture of a press release: its release labels, its end mark and its contacts.

Ministries, embassies, parties and agencies publish statements as press releases, and
they carry a fixed furniture around the text that is never part of the statement:

- release labels at the head (navigation): "FOR IMMEDIATE RELEASE", "PRESS RELEASE",
  "Press Releases|" (the site's section),
  "News release No. 123", "Embargoed until 00:01 GMT, 4 March";
- the end mark (footer): "###", "-ends-", "- END -", "-30-", and the short lines after it
  (contacts, notes to editors, the issuer's boilerplate);
- press contacts (footer) among the last lines: "Media contact: ...", "Press enquiries:
  ...", "For more information, please contact ...".

Left in the text, the labels become part of the headline ("FOR IMMEDIATE RELEASE: Ministry
condemns ...") or an actor called "Immediate Release", and a contact line an organisation
that speaks. A paragraph that reports speech is never taken.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cablegram.ingest.rulebase import (
    MAX_FOOTER_WORDS,
    Findings,
    RuleContext,
    carries_speech,
    tail_zone,
)
from cablegram.ingest.text import words
from cablegram.records import RemovedKind

# Release labels stand within the first lines.
RELEASE_HEAD = 4
_RELEASE_LABEL = re.compile(
    r"^(?:for\s+(?:immediate|general)\s+release"
    r"|(?:immediate\s+)?(?:press|news|media)\s+(?:releases?|statements?|advisor(?:y|ies))"
    r"(?:\s*(?:no\.?|number|#)\s*[\w/.\-]{1,20})?"
    r"|embargoed(?:\s+(?:until|till|to|for))?\b[^.!?]{0,80})"
    r"\s*[.:|›»>/\-–—]?\s*$",
    re.I,
)
# The mark that ends a release's text.
_END_MARK = re.compile(r"^(?:#{3,}|[-–—]+\s*(?:ends?|30)\s*[-–—]+|\(?\s*ends?\s*\)?)\s*$", re.I)
_CONTACT = re.compile(
    r"^(?:(?:media|press|news)\s+(?:contacts?|enquiries|inquiries|office)\b"
    r"|contacts?\s*:"
    r"|notes?\s+(?:to|for)\s+editors\b"
    r"|for\s+(?:more|further)\s+information\b[^.!?]{0,120}"
    r"\b(?:contact|call|e-?mail|write\s+to|visit)\b)",
    re.I,
)


def release_marks(paragraphs: Sequence[str], ctx: RuleContext) -> Findings:
    """A press release's labels -> navigation; its end mark and what follows, and its
    contact lines -> footer.

    What follows an end mark goes only when every line of it is short (at most
    ``MAX_FOOTER_WORDS`` words) and none reports speech: a "###" dividing an article's
    sections leaves the text after it.
    """
    removed: dict[int, RemovedKind] = {
        i: "navigation"
        for i, p in enumerate(paragraphs[:RELEASE_HEAD])
        if _RELEASE_LABEL.match(p.strip())
    }
    for i in tail_zone(paragraphs):
        line = paragraphs[i].strip()
        if _CONTACT.match(line) and not carries_speech(line):
            removed[i] = "footer"
    for i, para in enumerate(paragraphs):
        if i == 0 or not _END_MARK.match(para.strip()):
            continue
        tail = paragraphs[i + 1 :]
        if all(len(words(p)) <= MAX_FOOTER_WORDS and not carries_speech(p) for p in tail):
            removed.update(dict.fromkeys(range(i, len(paragraphs)), "footer"))
            break
    return Findings(removed)
