"""The court and settlement register of Justice and Commerce releases: a guilty plea admits the
wrong (CONCEDE), a plea of not guilty denies the charge (REJECT), a plea to someone is an appeal
(REQUEST); agreeing to pay a penalty or to forfeit property settles a case (CONCEDE), and a plea
agreement is the instrument of the plea, no agreement reported; an indictment is a formal
accusation (ACCUSE), not yet a coercive act, brought, when the text names no one, by the
prosecuting body the article names."""
from __future__ import annotations

import pytest

from event_rows import typed_events

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

HEAD = "Export case\n\nWASHINGTON — "


@pytest.mark.parametrize(
    ("sentence", "event_type", "trigger"),
    [
        ("An Ohio man pleaded guilty on Tuesday to smuggling night-vision goggles to Iran.", "CONCEDE", "pleaded"),
        ("Jonas Reed, 52, pleaded guilty in federal court in Dayton to one count of wire fraud.", "CONCEDE", "pleaded"),
        ("The two defendants pleaded not guilty to all charges at their arraignment.", "REJECT", "pleaded"),
        ("Families of the detained pleaded with the governor to free them.", "REQUEST", "pleaded"),
        ("Under the settlement, the exporter agreed to pay a civil penalty of $1.2 million.", "CONCEDE", "agreed"),
        ("Reed also agreed to forfeit $250,000 in proceeds of the scheme.", "CONCEDE", "agreed"),
        ("A grand jury in Houston indicted Carlos Mendez on charges of smuggling rifles to Mexico.", "ACCUSE", "indicted"),
        ("An indictment was unsealed today in Miami charging two executives with bribery.", "ACCUSE", "indictment"),
        # agreeing on other acts stays an agreement
        ("Kenya and Uganda agreed to pay for a joint survey of the border.", "AGREE", "agreed"),
        ("The two governments agreed to reopen the border crossing on Monday.", "AGREE", "agreed"),
    ],
)
def test_pleas_and_settlements(extract_text, sentence, event_type, trigger):
    assert (event_type, trigger) in typed_events(extract_text, HEAD + sentence)


def test_a_plea_agreement_is_no_agreement(extract_text):
    found = typed_events(extract_text, HEAD + "As part of his plea agreement, Reed agreed to forfeit two vehicles.")
    assert ("AGREE", "agreement") not in found and ("CONCEDE", "agreed") in found


def test_an_indictment_told_without_its_doer_is_the_prosecutors(extract_text):
    text = ("Export case\n\nWASHINGTON — The Justice Department announced charges on Tuesday against a "
            "smuggling network. Carlos Mendez was indicted in the Southern District of Texas in May.")
    x = extract_text(text)
    names = {e.key: e.name for e in x.entities}
    actors = next(names[k] for e in x.events if e.trigger == "indicted" for k in e.actors)
    assert "Justice" in actors
