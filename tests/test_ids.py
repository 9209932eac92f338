from newskb.ids import digest, entity_key, slug


def test_slug_keeps_letters_of_any_script_and_drops_iri_breakers():
    assert slug("Donald Trump") == "donald-trump"
    assert slug("Владимир Путин") == "владимир-путин"
    assert slug('a<b>c"d{e}f|g\\h^i`j k') == "a-b-c-d-e-f-g-h-i-j-k"
    assert slug("Zoë\u200d Ünal") == "zoë-ünal"


def test_entity_key_is_stable_and_typed():
    assert entity_key("Person", "Donald Trump") == entity_key("Person", "donald  trump") == "person/donald-trump"
    assert entity_key("Place", "Georgia") != entity_key("Person", "Georgia")


def test_names_without_letters_still_get_a_key():
    key = entity_key("Organization", "!!!")
    assert key.startswith("organization/") and len(key) > len("organization/")


def test_digest_is_deterministic_and_separates_parts():
    assert digest("a", "bc") == digest("a", "bc")
    assert digest("a", "bc") != digest("ab", "c")
