"""Each cleaning rule on synthetic text written for the test."""

from __future__ import annotations

from collections.abc import Sequence

from cablegram.ingest.rules import (
    RULES,
    Findings,
    RuleContext,
    apply_rules,
    author_bios,
    bylines,
    comment_section,
    copyright_footers,
    disclaimers,
    is_navigation,
    navigation_lines,
    recurring_lines,
    related_teasers,
    repeated_paragraphs,
)

CTX = RuleContext()
# Long enough to count as an article standing before a trailing section.
BODY = [
    "The council met on Tuesday to discuss the water dispute between the two provinces, "
    "which has dragged on for most of the decade without a settlement in sight.",
    "Delegates from both sides said they were ready to compromise, but each insisted the "
    "other had to move first, and the chairwoman adjourned the session before lunch.",
    "Observers said the talks would resume next month in the capital, where a mediator from "
    "the regional bank is expected to present a new proposal on sharing the river.",
]


def removed(findings: Findings, paragraphs: Sequence[str]) -> dict[str, str]:
    return {paragraphs[i]: kind for i, kind in findings.removed.items()}


def test_registry_is_ordered_and_complete() -> None:
    names = [name for name, _ in RULES]
    assert names[0] == "footer" and names[-1] == "duplicate"
    assert set(names) >= {"comments", "related", "disclaimer", "bio", "navigation", "boilerplate"}


# --- repeated paragraphs ---


def test_duplicates_fold_quotes_dashes_space_and_case() -> None:
    paras = [
        'The minister said -- twice -- that "nothing will change" in  the plan.',
        "Another paragraph in between.",
        "the minister said — twice — that “nothing will change” in the plan.",
    ]
    assert removed(repeated_paragraphs(paras, CTX), paras) == {paras[2]: "duplicate"}


def test_truncated_copy_spanning_two_paragraphs_is_a_duplicate() -> None:
    paras = [
        "The envoy’s plan rests on one idea: talks. Critics call it naive: Rebels said on "
        "Monday they would ...",
        "The envoy's plan rests on one idea: talks. Critics call it naive:",
        "Rebels said on Monday they would not attend any meeting held in the capital.",
    ]
    assert removed(repeated_paragraphs(paras, CTX), paras) == {paras[0]: "duplicate"}


def test_truncated_line_with_no_full_copy_stays() -> None:
    paras = ["The story continues with details that appear nowhere else…", "Other text here."]
    assert repeated_paragraphs(paras, CTX).removed == {}


def test_first_complete_copy_is_kept() -> None:
    paras = ["Officials confirmed the deal late on Friday evening.", "Middle."] * 2
    assert set(repeated_paragraphs(paras, CTX).removed) == {2}


# --- navigation ---


def test_navigation_lines() -> None:
    for line in [
        "alpha bravo charlie delta echo foxtrot",
        "Features Icon",
        "show comments",
        "Share Tweet Email",
        "Sign in",
        "Follow us on Facebook",
        "Subscribe to our Telegram channel",
        "Follow our WhatsApp channel",
        "Home | World | Politics | Business",
        "14 comments",
    ]:
        assert is_navigation(line), line


def test_headings_and_prose_are_not_navigation() -> None:
    for line in [
        "The Big Idea",
        "NATO to the Rescue",
        "US Forces Headed Back to Iraq?",
        "Again, from AP:",
        "Email Scandal Widens",
        "U.S. soldiers in Baghdad",
        "the talks resumed on monday in the capital.",
        "Twitter Bans the Minister",
    ]:
        assert not is_navigation(line), line


def test_navigation_rule_marks_only_furniture() -> None:
    paras = ["Share Tweet Email", "A Headline Here", *BODY]
    assert removed(navigation_lines(paras, CTX), paras) == {"Share Tweet Email": "navigation"}


# --- comment sections ---


def test_comment_heading_drops_the_rest() -> None:
    paras = [*BODY, "Join the discussion", "I disagree with all of this.", "So do I."]
    found = comment_section(paras, CTX)
    assert set(found.removed) == {3, 4, 5}
    assert set(found.removed.values()) == {"comments"}


def test_bullet_run_of_names_and_comments_starts_a_section() -> None:
    paras = [*BODY, "• zed99", "Great piece, thanks.", "• Mary K. Jones", "Not convinced."]
    assert set(comment_section(paras, CTX).removed) == {3, 4, 5, 6}


def test_comment_count_under_the_headline_does_not_swallow_the_story() -> None:
    paras = ["A Headline", "12 comments", *BODY]
    # The count line is a lone UI label: it goes, the story stays.
    assert comment_section(paras, CTX).removed == {1: "comments"}


def test_article_bullet_list_is_not_comments() -> None:
    paras = [*BODY, "• The first point is that water is scarce in the whole region.", "Then."]
    assert comment_section(paras, CTX).removed == {}


# --- related teasers ---


def test_related_teasers_to_the_end() -> None:
    paras = [
        *BODY,
        "More from The Example Review",
        "Rivers Are the New Borders",
        "Why water will decide the next war.",
        "A Quiet Summit in the Mountains",
        "Leaders met far from the cameras.",
    ]
    found = related_teasers(paras, CTX)
    assert set(found.removed) == {3, 4, 5, 6, 7}
    assert set(found.removed.values()) == {"related"}


def test_related_heading_mid_text_takes_no_prose() -> None:
    paras = [BODY[0], "Read more", "Short paragraph of article text.", BODY[1]]
    assert set(related_teasers(paras, CTX).removed) == {1}


def test_inline_read_more_link() -> None:
    paras = [BODY[0], "Read more: Dams and Diplomacy in the Delta", BODY[1]]
    assert set(related_teasers(paras, CTX).removed) == {1}


# --- copyright footers ---


def test_copyright_footer_names_the_publisher() -> None:
    paras = [*BODY, "© The Example Review LLC 2001-2019 About Us Contact Careers"]
    found = copyright_footers(paras, CTX)
    assert removed(found, paras) == {paras[-1]: "footer"}
    assert found.publisher == "The Example Review"


def test_copyright_year_first() -> None:
    paras = [*BODY, "Copyright 2012 Daily Example Inc. All rights reserved."]
    found = copyright_footers(paras, CTX)
    assert set(found.removed) == {3}
    assert found.publisher == "Daily Example"


def test_copyright_in_prose_is_kept() -> None:
    paras = ["The copyright dispute went to court in 2012, lawyers said.", *BODY]
    assert copyright_footers(paras, CTX).removed == {}


# --- disclaimers ---


def test_disclaimers_at_the_edges() -> None:
    paras = [
        *BODY,
        "The Example Network is not responsible for the content of external sites.",
        "The views expressed in this column are the author's own.",
    ]
    assert set(disclaimers(paras, CTX).removed) == {3, 4}
    original = ["This article originally appeared in The Example Quarterly.", *BODY]
    assert set(disclaimers(original, CTX).removed) == {0}


def test_disclaimer_words_in_the_middle_of_a_long_text_stay() -> None:
    middle = "Officials said the ministry is not responsible for the content of the leaflets."
    paras = [*BODY, *BODY, middle, *BODY, *BODY]
    assert disclaimers(paras, CTX).removed == {}


# --- bylines and bios ---


def test_trailing_byline_of_an_organisation_is_the_publisher() -> None:
    paras = [*BODY, "By Example News Service"]
    found = bylines(paras, CTX)
    assert removed(found, paras) == {paras[-1]: "footer"}
    assert found.publisher == "Example News Service" and found.authors == ()


def test_leading_byline_names_the_authors() -> None:
    paras = ["By Jane Q. Roe and Omar Haddad", *BODY]
    found = bylines(paras, CTX)
    assert removed(found, paras) == {paras[0]: "bio"}
    assert found.authors == ("Jane Q. Roe", "Omar Haddad")


def test_author_bio_is_removed_and_names_the_author() -> None:
    paras = [
        *BODY,
        "Maria L. Santos is a senior fellow at the Institute for River Studies and a "
        "columnist for a weekly paper. Twitter: @mlsantos",
    ]
    found = author_bios(paras, CTX)
    assert removed(found, paras) == {paras[-1]: "bio"}
    assert found.authors == ("Maria L. Santos",)


def test_handle_line_is_a_bio_and_prose_about_people_is_not() -> None:
    paras = [
        *BODY,
        "Omar Haddad is the regional governor and said he would attend.",
        "Follow her on X",
    ]
    assert author_bios(paras, CTX).removed == {4: "bio"}
    paras = [*BODY, "Follow him on Twitter @ohaddad"]
    assert set(author_bios(paras, CTX).removed) == {3}


# --- cross-document boilerplate ---


def test_recurring_lines_use_the_index_test() -> None:
    paras = ["Sign up for our morning briefing", *BODY]
    ctx = RuleContext(is_boilerplate=lambda line: line.startswith("Sign up"))
    assert removed(recurring_lines(paras, ctx), paras) == {paras[0]: "boilerplate"}
    assert recurring_lines(paras, CTX).removed == {}


# --- the rules together ---


def test_apply_rules_keeps_positions_and_orders_removed_by_position() -> None:
    paras = ["Share Tweet Email", *BODY, BODY[0], "© 2020 Example Media"]
    cleaned = apply_rules(paras)
    assert [text for _, text in cleaned.kept] == BODY
    assert [(i, kind) for i, kind, _ in cleaned.removed] == [
        (0, "navigation"),
        (4, "duplicate"),
        (5, "footer"),
    ]
    assert cleaned.publisher == "Example Media"
