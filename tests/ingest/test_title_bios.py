"""Author bios with a capitalised title and no article ("X is Senior Editor for Y. His work
has appeared in ...") and "Author: X" lines at the end of a page (issue 12's junk actors:
the author, the title and the outlets of a bio read as news). Pages written for the test,
with near misses: news paragraphs about an editor stay."""

from __future__ import annotations

from cablegram.ingest.rules import RuleContext, apply_rules, author_bios, bylines

CTX = RuleContext()
BODY = [
    "The river authority said on Thursday that the dam on the upper valley would reopen "
    "after three months of repairs, ending a dispute with farmers downstream.",
    "Farmers had blocked the road to the dam for a week, saying the closure had left their "
    "fields dry during the planting season, and the governor promised compensation.",
]


def test_a_bio_with_a_bare_capitalised_title_is_removed() -> None:
    bio = (
        "Daniel Okafor is Managing Editor for Riverside Weekly. He has covered water policy "
        "for 15 years and his work has appeared in The Harbor Review and the Lakeside Post."
    )
    found = author_bios([*BODY, bio], CTX)
    assert found.removed == {2: "bio"}
    assert found.authors == ("Daniel Okafor",)


def test_an_author_line_is_a_byline() -> None:
    found = bylines([*BODY, "Author: Daniel Okafor"], CTX)
    assert set(found.removed) == {2}
    assert found.authors == ("Daniel Okafor",)


def test_a_whole_page_drops_author_line_and_bio() -> None:
    bio = "Daniel Okafor is Senior Correspondent at Riverside Weekly. He lives in Lagos."
    cleaned = apply_rules([*BODY, "Author: Daniel Okafor", bio], CTX)
    assert [text for _, text in cleaned.kept] == BODY
    assert cleaned.authors == ("Daniel Okafor",)


def test_news_about_an_editor_stays() -> None:
    paras = [
        *BODY,
        "Ruth Mbeki is Editor of the Valley Times, which first reported the closure, and she "
        "said on Friday that the paper would sue the authority.",
    ]
    assert author_bios(paras, CTX).removed == {}


def test_a_news_line_naming_an_author_stays() -> None:
    paras = [*BODY, "Author: the authority's report blames the contractor."]
    assert bylines(paras, CTX).removed == {}


def test_a_title_without_an_employer_preposition_stays() -> None:
    paras = [*BODY, "Ruth Mbeki is Editor now, after the board voted to replace Sam Dube."]
    assert author_bios(paras, CTX).removed == {}


def test_an_editor_who_speaks_in_the_next_sentence_stays() -> None:
    paras = [
        *BODY,
        "Ruth Mbeki is Editor of the Valley Times. She told reporters the paper would sue.",
    ]
    assert author_bios(paras, CTX).removed == {}
