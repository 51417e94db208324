"""Word sets of staff and of bodies that belong to one person's side, shared by the rules of
:mod:`cablegram.actors.evidence` and :mod:`cablegram.actors.patrons` (compiled here from the
news wording they read: "campaign manager", "the Obama administration")."""

from __future__ import annotations

# Words of titles of people who speak or work for one person ("campaign manager",
# "communications director"), read on the title or between the person and the name.
STAFF_WORDS = frozenset(
    {
        "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "manager",
        "director", "strategist", "secretary", "chairman", "chairwoman", "staffer",
        "speechwriter", "pollster", "lawyer", "attorney",
    }
)  # fmt: skip
# Bodies that belong to one person's side: "the Trump campaign", "the Obama administration".
PERSONAL_BODIES = frozenset({"campaign", "administration", "camp", "team", "transition"})
# Nouns of a post inside a body: the staff words and officials, present or former.
POST_NOUNS = STAFF_WORDS | {
    "official", "member", "veteran", "chief", "head", "counsel", "architect", "operative",
}  # fmt: skip
