"""A sentence naming who a round of listings took ("Those sanctioned include …") is that round,
not a further act. The article is this file's own."""
from __future__ import annotations

import pytest


LISTING_ROUND = """date 2026-05-04
Ottawa lists Haitian gang financiers

OTTAWA - Canada on Monday imposed sanctions on four Haitian businessmen accused of financing armed gangs.

Those sanctioned include Jean-Marc Pierre, a port operator in Cap-Haitien, and Louis Étienne, a fuel importer.
"""


@pytest.mark.model
def test_those_listed_are_the_round_already_told(extract_text):
    """A sentence naming who a round of listings took ("Those sanctioned include …") is that round."""
    sanctions = [e for e in extract_text(LISTING_ROUND).events if e.event_type == "SANCTION"]
    assert len(sanctions) == 1 and len(sanctions[0].evidence) == 2, [(e.trigger, e.actors, len(e.evidence)) for e in sanctions]
