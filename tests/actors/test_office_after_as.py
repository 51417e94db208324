"""Rule ``actors.officeafteras``: an office after "as" ("stepped down as finance minister",
"served as army chief") says what someone holds or leaves; it is no actor of its own. A title
with a determiner ("such as the president") or a name ("as Governor Lyle Brant said") keeps
its reading."""

from __future__ import annotations

import pytest
from tests.actors.conftest import Records


@pytest.mark.parametrize(
    "text",
    [
        "Nuno Varela stepped down as finance minister on Friday, aides said.",
        "Odile Marchetti, who served as army chief until May, said the plan was flawed.",
        "After two years as deputy governor, Karel Hruby left the bank.",
    ],
)
def test_office_after_as_is_no_actor(actor_records: Records, text: str) -> None:
    names = {r.name.lower() for r in actor_records(text)}
    assert not names & {"finance minister", "army chief", "deputy governor"}, names


def test_named_title_after_as_stays_the_person(actor_records: Records) -> None:
    records = actor_records("As Governor Lyle Brant said, the roads will be rebuilt.")
    assert {r.name: r.title for r in records if r.kind == "person"} == {"Lyle Brant": "governor"}
