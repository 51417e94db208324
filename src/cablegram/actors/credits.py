"""Picture credits and press-release labels: words no actor stands behind.

News pages carry lines that name people and bodies without reporting anything they said or
did: a picture's credit ("REUTERS/Leonardo Fernandez Viloria/File Photo", "(Reuters Photo)",
"Photo: Jane Roe/AFP"), a wire story's staff line ("Reporting by Jane Roe; Editing by
John Doe"), a contact line ("Write to Jane Roe at ..."), a closing wire credit ("– Jane Roe
in Beirut, AFP") and a release's label ("For Immediate Release"). The recogniser tags
their words as names; a mention inside one is no actor (the caption before a credit is text
like any other and is read as usual).

Shapes: :func:`in_credit` takes a token and says whether it lies in such a span; the spans of a
document are found once, by the named patterns of :data:`CREDIT_PATTERNS`, and kept in the
parse's ``user_data``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

# Words a slash-joined credit names besides the photographer: agencies' picture desks.
_PICTURE_WORDS = r"(?:File|Photo|Photos|Pool|Handout|Getty|Images|Picture|Pictures|Stringer)"
# A staff line's part: "Reporting by Jo Roe and Al Poe in Kabul", "Editing by Al Poe".
_NAME = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*"
_NAMES = rf"{_NAME}(?:(?:,| and) {_NAME})*"
_STAFF_PART = (
    r"(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Rr]esearch)"
    rf"(?: and (?:reporting|writing|editing))? by {_NAMES}(?: in {_NAMES})?"
)
# The wire services and outlets that close a story's sign-off credit.
_SIGNING_WIRES = (
    r"(?:AFP|Reuters|AP|EFE|dpa|DPA|Xinhua|Anadolu|ANSA|Bernama|Kyodo|Yonhap|PTI|IANS"
    r"|Agence France-Presse|[A-Z][\w-]*\.com)"
)
CREDIT_PATTERNS: dict[str, re.Pattern[str]] = {
    # "REUTERS/Leonardo Fernandez Viloria/File Photo", "AFP/Getty Images", "Pool/Reuters".
    "slash_credit": re.compile(
        r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*(?:/[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*)+"
    ),
    # "(Reuters Photo)", "(AP Photo/Jane Roe)", "(Photo by Jane Roe)".
    "bracketed_credit": re.compile(rf"\((?:[^()\n]*\b{_PICTURE_WORDS}\b[^()\n]*)\)"),
    # "Photo: Jane Roe", "Photograph by Jane Roe for The Times", "Image credit: AFP".
    # A label opening its line, or a credit closing a caption; not "painted a grim picture
    # by comparing ...", which runs on as a sentence.
    "labelled_credit": re.compile(
        r"(?:^|(?<=[.)]\s))\s*(?:Photo|Photograph|Picture|Image)s?(?: credit)?(?:\s*:| by)"
        r"[^\n.]*",
        re.IGNORECASE | re.MULTILINE,
    ),
    # A wire story's staff line on a line of its own: "Reporting by Jo Roe; Editing by Al
    # Poe", "Additional reporting by Jo Roe in Kabul", "Writing by ...".
    # Names only after each "by" (and the places they wrote from): not "Reporting by phone,
    # Jo Roe said ...".
    "staff_line": re.compile(
        rf"^[ \t]*{_STAFF_PART}(?:[ \t]*[;,][ \t]*{_STAFF_PART})*[ \t]*\.?[ \t]*$",
        re.MULTILINE,
    ),
    # A wire story's closing credit after a dash, its writers, where they wrote from and the
    # wire, ending the line: "– Jo Roe with Al Poe in Beirut, Lebanon, AFP / Example.com",
    # "— Jo Roe, Reuters". Not "— Commissioner Jo Roe", a release's signature (no wire).
    "signoff_credit": re.compile(
        rf"[–—-][ \t]*{_NAME}(?: (?:with|and) {_NAME})*(?: in {_NAMES})?,[ \t]*"
        rf"{_SIGNING_WIRES}(?:[ \t]*/[ \t]*{_SIGNING_WIRES})*[ \t]*\.?[ \t]*$",
        re.MULTILINE,
    ),
    # A newspaper's contact line: "Write to Jo Roe at jo.roe@example.com".
    "contact_line": re.compile(r"^\s*Write to [^\n]{0,200}$", re.MULTILINE),
    # A press release's label on a line of its own.
    "release_label": re.compile(
        r"^\s*(?:For Immediate Release|Press Release|Media Advisory|Note to Editors|Embargoed"
        r"[^\n]*)\s*$",
        re.IGNORECASE | re.MULTILINE,
    ),
}
_KEY = "cablegram_credit_spans"


def credit_spans(doc: Doc) -> list[tuple[int, int]]:
    """The character ranges of the document's credits and labels (see the module doc)."""
    found = doc.user_data.get(_KEY)
    if isinstance(found, list):
        return found
    spans: list[tuple[int, int]] = []
    for name, pattern in CREDIT_PATTERNS.items():
        for match in pattern.finditer(doc.text):
            if name == "slash_credit" and not _is_credit(match.group(0)):
                continue  # "Israel/Palestine", "AC/DC": a slash alone makes no credit
            spans.append(match.span())
    doc.user_data[_KEY] = spans
    return spans


# Wire services whose name in capitals opens a picture credit: "REUTERS/Jo Roe".
_WIRES = frozenset({"REUTERS", "AFP", "AP", "EPA", "ANSA", "XINHUA", "TASS", "ANADOLU", "DPA"})


def _is_credit(text: str) -> bool:
    """A slash-joined credit names a picture desk or opens with a wire service: not
    "Israel/Palestine", "US/UK strikes", "a UN/AU mission"."""
    parts = text.split("/")
    return len(parts) >= 2 and (
        any(re.search(rf"\b{_PICTURE_WORDS}\b", p) for p in parts) or parts[0] in _WIRES
    )


def in_credit(token: Token) -> bool:
    """Whether the token lies in a picture credit or a press-release label."""
    return any(start <= token.idx < end for start, end in credit_spans(token.doc))
