"""Members of a sanctioned group named in a relative clause ("The listed companies, which include A and B,
…", "the firms, which include C") and a name counted among a group subject to a sanction ("X is among 17
individuals subject to an asset freeze"), and those a US visa ban's wording says may not enter ("X and his wife,
Y, are ineligible for entry into the United States"). Wire, broadsheet and release styles; every passage is written
for the test. A relative clause saying something else of the group ("which are based in Dubai") names no
members, and a group subject to something that is no sanction takes none."""
from __future__ import annotations

import pytest
from sanction_rows import I, assert_records, marked

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

UK = ("United Kingdom", "Britain")
EU = ("European Union", "EU")

PASSAGES = [
    ("Britain on Tuesday imposed sanctions on five companies accused of supplying drone parts to Russia. The Foreign "
     "Office said the firms, which include Lanzhou Kaida Power Technology and the Hong Kong-registered Silverline "
     "Electronics, had shipped components worth millions.",
     {(I, UK, "Lanzhou Kaida Power Technology"), (I, UK, "Silverline Electronics")}, set()),
    ("BEIJING, March 3 (Reuters) - China's Ministry of Commerce on Tuesday placed twelve Japanese companies on its "
     "export control list.\n\nThe listed companies, which include the drone maker Sakura Aerosystems and the optics "
     "manufacturer Nagano Precision Optics, can no longer receive dual-use items from China.",
     {(I, ("Ministry of Commerce", "China"), "Sakura Aerosystems"),
      (I, ("Ministry of Commerce", "China"), "Nagano Precision Optics")}, set()),
    ("The EU on Monday adopted new sanctions against Belarus. The potash producer's chief executive, Pavel Orlov, is "
     "among 17 individuals now subject to an EU-wide asset freeze and travel ban.",
     {(I, EU, "Belarus"), (I, EU, "Pavel Orlov")}, set()),
    ("The EU froze the assets of 12 people on Friday. Igor Salnikov and Lena Markova are among the individuals "
     "subject to the asset freeze.",
     {(I, EU, "Igor Salnikov"), (I, EU, "Lena Markova")}, set()),
    ("Today, the Department of State is designating Colonel Ivan Petrenko for his involvement in gross violations "
     "of human rights. As a result, Petrenko and his wife, Olena Petrenko, are ineligible for entry into the United "
     "States.",
     {(I, ("United States", "Department of State"), "Ivan Petrenko"), (I, ("United States",), "Olena Petrenko")}, set()),
    ("This designation renders Judge Anna Koval and her immediate family members ineligible for entry into the "
     "United States.", {(I, ("United States",), "Anna Koval")}, set()),
    ("The athletes were not ineligible for entry into Canada, officials said.", set(), set()),
    # no members named, no sanction
    ("Britain on Tuesday imposed sanctions on five companies accused of supplying drone parts to Russia. The firms, "
     "which are based in Dubai and Istanbul, denied wrongdoing.", set(), set()),
    ("Pavel Orlov is among 40 executives subject to questioning by the police.", set(), set()),
]


@pytest.mark.parametrize(("text", "expected", "optional"), marked(PASSAGES, {}))
def test_group_members(text, expected, optional):
    assert_records(text, expected, optional)
