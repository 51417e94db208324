"""Quote pairing on texts written for the test: every mark style, nesting, strays."""

from cablegram.statements.quotes import find_quotes


def quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


def test_straight_and_curly_double_quotes() -> None:
    text = 'She said "we will go." He replied “we will not.”'
    assert quoted(text) == ["we will go.", "we will not."]


def test_single_quotes_at_top_level_and_apostrophes() -> None:
    text = "‘We won’t leave,’ the minister said. The envoy’s aides' plans held."
    assert quoted(text) == ["We won’t leave,"]


def test_nested_single_quotes_stay_inside_the_double_quote() -> None:
    text = "“He told me ‘never again’ and left,” she said."
    assert quoted(text) == ["He told me ‘never again’ and left,"]


def test_guillemets_and_low_nine_marks() -> None:
    assert quoted("Il a dit «non merci» hier. „Nein“, sagte er.") == ["non merci", "Nein"]


def test_opening_mark_typed_where_a_closing_one_belongs() -> None:
    text = "he insisted they would stay “until the job is done“—a phrase he likes."
    assert quoted(text) == ["until the job is done"]


def test_stray_mark_does_not_swallow_the_document() -> None:
    text = 'A stray " mark here.\n“This one pairs,” the aide said.'
    assert quoted(text) == ["This one pairs,"]


def test_unclosed_paragraph_continued_by_the_next() -> None:
    text = "“First paragraph of the speech.\n“Second paragraph,” the mayor said."
    quotes = find_quotes(text)
    assert [text[q.start : q.end] for q in quotes] == [
        "First paragraph of the speech.",
        "Second paragraph,",
    ]
    assert quotes[1].continues and not quotes[0].continues


def test_unclosed_quote_at_end_of_paragraph_is_dropped() -> None:
    text = "He said “we may\nNext paragraph has “a real quote” in it."
    assert quoted(text) == ["a real quote"]


def test_only_quote_marks() -> None:
    assert find_quotes('""""“”“”') == []


def test_two_apostrophes_typed_for_a_double_mark() -> None:
    text = "The aide agreed. ''If we lose Ohio, we lose,'' Mr. Lane said. He said ''never.''"
    assert quoted(text) == ["If we lose Ohio, we lose,", "never."]
    # Possessives and contractions around them stay apostrophes.
    assert quoted("The voters' choice isn't ours.") == []


def test_a_curly_quote_nested_in_a_straight_one_keeps_the_outer_open() -> None:
    text = 'Lind continued:\n\n"I will read you the question: “Do you trust them?” Most said no."'
    assert quoted(text) == ["I will read you the question: “Do you trust them?” Most said no."]
    # A straight opening closed by a curly mark is still one quote.
    assert quoted('"We are ready,” she said.') == ["We are ready,"]


def test_curly_quotes_in_a_straight_block_quote_are_quotes_of_their_own() -> None:
    # A paragraph opened by a straight mark that never closes is a quoted excerpt.
    text = '"Ana was asleep, and the room chanted “Ready now!” for an hour.\n\nThe end.'
    assert "Ready now!" in quoted(text)


def test_a_block_quote_with_one_opening_and_one_closing_mark_runs_over_paragraphs() -> None:
    text = (
        "Field said in a statement:\n\n“I summoned the ambassador today.\n\n"
        "Once again, their actions violate the resolutions.\n\n"
        "I urge them to return to dialogue”.\n\nThe ministry did not comment."
    )
    quotes = find_quotes(text)
    assert [text[q.start : q.end] for q in quotes] == [
        "I summoned the ambassador today.",
        "Once again, their actions violate the resolutions.",
        "I urge them to return to dialogue",
    ]
    assert [q.continues for q in quotes] == [False, True, True]


def test_an_unclosed_mark_is_no_block_quote_when_the_next_mark_opens_or_ends_mid_line() -> None:
    # The next mark opens another quote, or the closing mark stands inside a paragraph.
    text = "He said “we may\n\nNext, “a real quote” in it."
    assert [text[q.start : q.end] for q in find_quotes(text)] == ["a real quote"]
    text = "He said “we may\n\nThey said no” and left the room."
    assert find_quotes(text) == []
