"""Rule ``actors.hyphenedcounties``: a state's or capital's name hyphened into a county's or
township's name ("Athens-Clarke County") names the local unit, not the state: no country from
it and no state record; a pair of states ("Israel-Lebanon") stays two states."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.actors.conftest import Records

from cablegram.actors.hyphenedunits import hyphened_unit_name
from cablegram.gazetteer.dictionary import load_dictionary


def _found(records: Records, text: str) -> dict[str, str | None]:
    return {r.name: r.country for r in records(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Athens-Clarke County Commissioner Rosa Vint said the levy had passed.", "Rosa Vint"),
        ("The Lebanon-Marsh County sheriff, Dale Orbin, said the road was shut.", "Dale Orbin"),
        ("Jordan-Hale Township supervisor Amy Kress said the bridge would reopen.", "Amy Kress"),
    ],
)
def test_hyphened_county_gives_no_country(actor_records: Records, text: str, name: str) -> None:
    found = _found(actor_records, text)
    assert found[name] is None
    assert not {"Greece", "Lebanon", "Jordan"} & set(found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Athens-Clarke County voters went to the polls.", True),
        ("Israel-Lebanon County talks went ahead.", False),  # two states: no county's name
        ("Athens-Clarke officials met on Monday.", False),  # no county word after it
    ],
)
def test_only_a_compound_with_no_other_state_before_a_unit_word(
    pipeline: Language, text: str, expected: bool
) -> None:
    doc = pipeline(text)
    assert hyphened_unit_name(doc[0], load_dictionary().entry) is expected
