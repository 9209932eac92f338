"""A post is no organisation: a title with its portfolio, a military staff title, a body's title after its acronym."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model


def entities(extraction):
    return {e.name: e.type for e in extraction.entities}


@pytest.mark.parametrize(("text", "post", "holder"), [
    ("The deal was signed for Ghana by the Minister of Foreign Affairs, Samuel Okudzeto Ablakwa, on Monday.",
     "Minister of Foreign Affairs", "Samuel Okudzeto Ablakwa"),
    ("The Commissioner for Human Rights, Michael O'Flaherty, visited Tbilisi.", "Commissioner for Human Rights", "Michael O'Flaherty"),
    ("The Director of National Intelligence said the report would be released.", "Director of National Intelligence", None),
    ("Major General Tomas Berg, Quartermaster General of the Swedish Armed Forces, announced the order.",
     "Quartermaster General", "Tomas Berg"),
    ("Colonel Ana Ruiz, Adjutant General of the Peruvian Army, said the troops would stay.", "Adjutant General", "Ana Ruiz"),
])
def test_a_title_and_its_portfolio_are_a_post_not_a_body(extract_text, text, post, holder):
    names = entities(extract_text(text))
    assert post not in names
    if holder:
        assert names[holder] == "Person"


@pytest.mark.parametrize(("text", "body", "holder", "brief"), [
    ("UN Humanitarian Coordinator for Ukraine Marta Lindqvist said the convoy's route was known.",
     "United Nations", "Marta Lindqvist", "Ukraine"),
    pytest.param("UN Resident Coordinator for Haiti Ulrika Richardson said aid had stopped.", "United Nations", "Ulrika Richardson",
                 "Haiti", marks=pytest.mark.xfail(reason="the tagger runs the place into the holder's name; not yet split")),
    ("EU Special Representative for the Sahel Joao Cravinho arrived in Bamako on Tuesday.", "European Union", "Joao Cravinho", "Sahel"),
])
def test_a_bodys_title_after_its_acronym_leaves_the_body_and_the_holder(extract_text, text, body, holder, brief):
    names = entities(extract_text(text))
    assert names[body] == "Organization" and names[holder] == "Person" and names[brief] == "Place"
    assert not any(holder in name and name != holder for name in names)


@pytest.mark.parametrize(("text", "body"), [
    ("The Governor of the Bank of Ghana, Ernest Addison, said inflation had eased.", "Bank of Ghana"),
    ("Federal Reserve Chair Jerome Powell spoke on Tuesday.", "Federal Reserve"),
])
def test_a_body_named_in_a_title_stays(extract_text, text, body):
    assert entities(extract_text(text)).get(body) == "Organization"


@pytest.mark.parametrize(("text", "kept"), [
    ("The islands remain under Chinese administration, officials in Beijing said.", {"Beijing"}),
    ("The district has been under Russian administration since 2022, Kyiv says.", {"Ukraine"}),
    ("Villages under Turkish control were shelled on Sunday, the monitor said.", set()),
    ("Northern Cyprus has been under Turkish administration since 1974.", {"Northern Cyprus"}),
    ("The enclave was placed under Indonesian rule in 1976.", set()),
    ("Families under Israeli administration in the valley face new permits, Reuters reported.", {"Reuters"}),
])
def test_under_a_nations_administration_is_its_control_not_a_body(extract_text, text, kept):
    names = entities(extract_text(text))
    assert not [name for name in names if name.split()[-1] in ("administration", "control", "rule")]
    assert kept <= set(names)


@pytest.mark.parametrize(("text", "body"), [
    ("The Japanese administration said on Friday it would protest.", "Japanese administration"),
    ("Under the Trump administration, the rule was dropped.", "Trump administration"),
])
def test_a_governing_body_named_with_its_article_stays(extract_text, text, body):
    assert entities(extract_text(text)).get(body) == "Organization"


@pytest.mark.parametrize(("text", "region"), [
    ("Dinara Sadykova, a Central Asia researcher at Amnesty International, said the trial was unfair.", "Central Asia"),
    ("She is a Middle East analyst at the Brookings Institution in Washington.", "Middle East"),
    ("Our Africa correspondent Tom Ndlovu reports from Nairobi.", "Africa"),
    ("Tomas Varga, Europe director at the International Crisis Group, said the deal was fragile.", "Europe"),
])
def test_a_region_before_a_persons_noun_is_their_beat_not_a_place(extract_text, text, region):
    assert region not in entities(extract_text(text))


def test_a_region_the_story_is_about_stays(extract_text):
    names = entities(extract_text("The envoy visited Central Asia last week. Officials in the Middle East welcomed the visit."))
    assert {"Central Asia", "Middle East"} <= set(names)
