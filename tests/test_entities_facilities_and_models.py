"""How English news names facilities and weapon models, in sentences written for this test: a name
before a lower-case facility noun ("the X oil refinery", "Y prison") names the facility, a place or,
for works run as enterprises, an organisation; a model name before a kind of artefact, also through
hyphens and describing nouns ("IRIS-T air defence systems", "Iskander-M ballistic missiles"), is no entity."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

P, O, L = "Person", "Organization", "Place"


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Wastewater was released from the Fukushima nuclear plant in 2023.", "Fukushima nuclear plant", L),
    ("Drones struck the Ryazan oil refinery overnight, the governor said.", "Ryazan oil refinery", O),
    ("Police fired tear gas near Parque Centenario park on Saturday.", "Parque Centenario park", L),
    ("The activist is held at Insein prison, his lawyer said.", "Insein prison", L),
    ("Workers at the Alabuga drone factory were sanctioned.", "Alabuga drone factory", O),
    ("Flights were cancelled at Heathrow airport after the outage.", "Heathrow airport", L),
    ("The Kakhovka dam was destroyed in June 2023.", "Kakhovka dam", L),
])
def test_a_name_before_a_facility_noun_names_the_facility(extract_text, text, name, kind):
    found = {e.name: (e.type, set(e.alternate_names)) for e in extract_text(text).entities}
    assert found.get(name, ("",))[0] == kind, found
    bare = name.rsplit(" ", 2 if name.split()[-2].islower() else 1)[0]
    assert bare in found[name][1] and bare not in found, found


@pytest.mark.parametrize(("text", "model"), [
    ("Germany pledged IRIS-T air defence systems and ammunition.", "IRIS-T"),
    ("Russia launched two Iskander-M ballistic missiles at Ukraine.", "Iskander-M"),
    ("Kyiv asked for more Storm Shadow cruise missiles.", "Storm Shadow"),
    ("Israel deployed Iron Dome interceptor batteries near Haifa.", "Iron Dome"),
    ("The BALTOPS drills began off the German coast on Monday.", "BALTOPS"),
    ("Hungary opposed a ban on transactions with the Nord Stream pipelines.", "Nord Stream"),
])
def test_a_model_name_before_a_kind_of_artefact_is_no_entity(extract_text, text, model):
    found = {e.name for e in extract_text(text).entities}
    assert model not in found, found
