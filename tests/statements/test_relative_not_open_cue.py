"""Rule ``relative_not_open_cue``: an open-class verb of a relative clause beside a quote that
a verb above it governs is no cue. Sentences written for the test, with the relative clauses
that do introduce their own quote."""

from __future__ import annotations

from collections.abc import Callable

from cablegram.records import Annotation

Annotate = Callable[[str], Annotation]


def speaker_of(a: Annotation, fragment: str) -> str | None:
    found = [s for s in a.statements if fragment in s.text]
    assert len(found) == 1, [s.text for s in a.statements]
    return found[0].speaker.name if found[0].speaker else None


def test_the_addressees_relative_clause_is_not_the_cue(annotate: Annotate) -> None:
    a = annotate(
        "Senator Ann Moore spoke in Columbus on Monday.\n\n"
        'But, she told the farmers who gathered in the city of Columbus, "no one should doubt'
        ' our commitment to the port."\n\n'
        "Governor Paul Ortiz met the nurses who marched on the capitol, and he promised them,"
        ' "Your pay will rise this year."'
    )
    assert speaker_of(a, "no one should doubt") == "Ann Moore"
    assert speaker_of(a, "Your pay will rise") == "Paul Ortiz"


def test_a_relative_clause_that_governs_its_quote_stays_a_cue(annotate: Annotate) -> None:
    # Near misses: the relative clause's own verb introduces the quote.
    a = annotate(
        "Outside the hall stood the mayor, Ruth Hale, who quipped: "
        '"We will need a bigger room."\n\n'
        'The crowd booed Mr. Tom Ward, who grinned, "You will miss me when I am gone."'
    )
    assert speaker_of(a, "bigger room") == "Ruth Hale"
    assert speaker_of(a, "miss me when I am gone") == "Tom Ward"
