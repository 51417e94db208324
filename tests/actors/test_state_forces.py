"""A state's armed forces are one actor, however the text names them (issue 12's split rows):
sentences written for the test, with near misses that name another body."""

from __future__ import annotations

from spacy.language import Language
from tests.actors.conftest import Records

from cablegram.actors.resolve import DocumentActors
from cablegram.gazetteer.dictionary import load_dictionary
from cablegram.records import ActorRecord


def _by_alias(records: list[ActorRecord]) -> dict[str, ActorRecord]:
    return {
        m.text.removeprefix("The ").removeprefix("the "): r for r in records for m in r.mentions
    }


def test_wordings_of_one_army_share_one_actor(actor_records: Records) -> None:
    found = _by_alias(
        actor_records(
            "Venezuelan troops crossed the river on Tuesday. The Venezuelan army said the "
            "operation would last a week, while Venezuelan government forces closed the road "
            "and the Venezuelan military set up checkpoints. Venezuela's army denied it."
        )
    )
    ids = {
        found[a].actor_id
        for a in (
            "Venezuelan troops",
            "Venezuelan army",
            "Venezuelan government forces",
            "Venezuelan military",
            "Venezuela's army",
        )
    }
    assert len(ids) == 1
    army = found["Venezuelan army"]
    assert (army.country, army.code) == ("VEN", "VENMIL")


def test_a_leaders_forces_and_bare_regime_forces_join_the_one_army(
    actor_records: Records,
) -> None:
    found = _by_alias(
        actor_records(
            "President Nicolas Maduro said on Monday that order would be restored. "
            "Maduro's forces fired tear gas, and Venezuelan troops later withdrew. Regime "
            "forces returned at night, an opposition lawmaker said."
        )
    )
    assert found["Maduro's forces"].actor_id == found["Venezuelan troops"].actor_id
    assert found["Regime forces"].actor_id == found["Venezuelan troops"].actor_id


def test_near_misses_stay_bodies_of_their_own(actor_records: Records) -> None:
    found = _by_alias(
        actor_records(
            "The Free Syrian Army attacked a checkpoint held by Syrian troops. Iraqi Kurdish "
            "forces and Iraqi troops met near the border, and Syrian opposition forces "
            "withdrew."
        )
    )
    syrian = found["Syrian troops"].actor_id
    assert found["Free Syrian Army"].actor_id != syrian
    assert found["Iraqi Kurdish forces"].actor_id != found["Iraqi troops"].actor_id
    assert found["Syrian opposition forces"].actor_id != syrian
    assert found["Iraqi troops"].actor_id != syrian


def test_bare_government_forces_stay_apart_when_two_states_forces_are_named(
    actor_records: Records,
) -> None:
    found = _by_alias(
        actor_records(
            "Russian troops and Ukrainian soldiers exchanged fire on Sunday, and government "
            "forces later shelled the village."
        )
    )
    assert found["Russian troops"].actor_id != found["Ukrainian soldiers"].actor_id
    bare = found["government forces"].actor_id
    assert bare not in {found["Russian troops"].actor_id, found["Ukrainian soldiers"].actor_id}


def test_a_candidates_army_of_supporters_is_no_states_forces(
    pipeline: Language,
) -> None:
    dictionary = load_dictionary()
    text = "Donald Trump won Nevada, and Trump's army marched to the polls."
    actors = DocumentActors(pipeline(text), dictionary, "doc", "2016-03-01")
    army = next(r for r in actors.records() if any(m.text == "Trump's army" for m in r.mentions))
    assert army.code != "USAMIL"


def test_a_two_word_demonym_names_its_state(actor_records: Records) -> None:
    found = _by_alias(
        actor_records("North Korean troops fired shells, and the North Korean army said so.")
    )
    assert found["North Korean troops"].actor_id == found["North Korean army"].actor_id
    assert found["North Korean troops"].code == "PRKMIL"


def test_bare_government_forces_are_not_the_one_foreign_army_named(
    actor_records: Records,
) -> None:
    # The one state whose forces a story names is often the intervener; the host's own
    # army is the bare "government forces".
    found = _by_alias(
        actor_records(
            "Insurgents ambushed government forces near Kidal on Friday, an official in "
            "Bamako said. Officials in Paris say French troops still patrol northern Mali. "
            "Government forces lost three soldiers."
        )
    )
    french = found["French troops"]
    assert found["government forces"].actor_id != french.actor_id
    assert found["Government forces"].code != "FRAMIL"


def test_bare_regime_forces_join_the_army_tied_to_the_government(
    actor_records: Records,
) -> None:
    found = _by_alias(
        actor_records(
            "Bolivian government forces cleared the road on Monday while Peruvian troops "
            "watched the border. Government forces later arrested ten men."
        )
    )
    assert found["Government forces"].actor_id == found["Bolivian government forces"].actor_id
    assert found["Government forces"].actor_id != found["Peruvian troops"].actor_id


def test_a_capitalised_national_army_is_a_body_of_its_own(actor_records: Records) -> None:
    found = _by_alias(
        actor_records(
            "The Chadian National Army, led by the rebel commander Mahamat Kaba, clashed with "
            "Chadian government forces near Abeche on Monday. The Chadian National Army said "
            "it had seized two wells."
        )
    )
    assert found["Chadian National Army"].actor_id != found["Chadian government forces"].actor_id


def test_a_former_presidents_forces_are_not_the_states(actor_records: Records) -> None:
    found = _by_alias(
        actor_records(
            "Forces loyal to former President Laurent Gbagbo shelled the port on Tuesday. "
            "Ivorian government forces said they pushed back the attack, and the Ivorian "
            "army said Gbagbo's forces lost 20 men."
        )
    )
    assert found["Gbagbo's forces"].actor_id != found["Ivorian government forces"].actor_id
    assert found["Ivorian army"].actor_id == found["Ivorian government forces"].actor_id
