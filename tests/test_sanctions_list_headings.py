"""Designees a government release lists under a heading of its own rather than a sentence ending in a
colon: a bare heading naming the designees' kind and the sanction ("Individuals sanctioned:",
"Entities designated:", "Persons listed today:") after the release's designation, in New Zealand,
Australian, Canadian, UK and Swiss layouts; and a designation "of the following individuals and
entities" whose numbered list follows a few heading lines below (Japanese and Korean foreign-ministry
style). And headings and lists that name no designee: removals, people quoted, a list under a
proposal. Every passage is written for the test."""
from __future__ import annotations

import pytest
from sanction_rows import I, L, P, assert_records, gap, marked

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

NZ = ("New Zealand", "Winston Harper")
AUSTRALIA = ("Australia", "Penny Walsh")
JAPAN = ("Japan", "Government of Japan")
KOREA = ("South Korea", "Republic of Korea", "Government of the Republic of Korea")

PASSAGES = [
    # --- a bare heading: the kind of designee and the sanction, then a bulleted list
    ("New Zealand is imposing sanctions on a further two individuals and one entity connected to Russia's "
     "invasion of Ukraine, Foreign Minister Winston Harper announced today.\n\n"
     "\"These sanctions target the suppliers of Russia's drones,\" Mr Harper said.\n\n"
     "Individuals sanctioned:\n"
     "- Boris Antonovich Zelenko - Director General of Volga Avionika\n"
     "- Denis Petrovich Krylov - Deputy Director of Kazan Motors LLC\n\n"
     "Entities sanctioned:\n"
     "- Volga Avionika - Russian maker of flight controllers\n",
     {(I, NZ, "Boris Antonovich Zelenko"), (I, NZ, "Denis Petrovich Krylov"), (I, NZ, "Volga Avionika")},
     {(I, NZ, "Russia"), (I, NZ, "Kazan Motors LLC")}),
    ("Australia has imposed targeted financial sanctions on three entities supplying Iran's drone "
     "programme, Foreign Minister Penny Walsh said on Tuesday.\n\n"
     "Entities designated:\n"
     "1. Pars Aero Industries - manufacturer of drone engines\n"
     "2. Qeshm Sea Logistics - shipper of drone parts\n"
     "3. Tabriz Composite Works - maker of airframes\n",
     {(I, AUSTRALIA, "Pars Aero Industries"), (I, AUSTRALIA, "Qeshm Sea Logistics"),
      (I, AUSTRALIA, "Tabriz Composite Works")}, {(I, AUSTRALIA, "Iran")}),
    ("OTTAWA - Canada today announced sanctions against three senior officials of the Nicaraguan "
     "government.\n\n"
     "Persons listed:\n"
     "• Rosario Castellon Vega, Minister of the Interior\n"
     "• Julio Armando Pineda, Director of the National Police\n"
     "• Marta Lucia Obando, President of the Supreme Court\n",
     {(I, "Canada", "Rosario Castellon Vega"), (I, "Canada", "Julio Armando Pineda"),
      (I, "Canada", "Marta Lucia Obando")}, {(I, "Canada", "Nicaragua")}),
    ("The UK has today frozen the assets of two Myanmar military suppliers.\n\n"
     "Entities designated today:\n"
     "- Golden Lotus Aviation Company Limited - supplier of aviation fuel to the military\n"
     "- Irrawaddy Star Trading Company - broker of arms deals\n",
     {(I, ("United Kingdom", "UK"), "Golden Lotus Aviation Company Limited"),
      (I, ("United Kingdom", "UK"), "Irrawaddy Star Trading Company")}, {(I, ("United Kingdom", "UK"), "Myanmar")}),
    ("Bern - Switzerland has sanctioned four companies that helped Russia evade export controls, the "
     "State Secretariat for Economic Affairs said on Friday.\n\n"
     "Companies sanctioned:\n"
     "- Alpenlink Trading AG, Zug\n"
     "- Nordmark Components GmbH, Basel\n",
     {(I, "Switzerland", "Alpenlink Trading AG"), (I, "Switzerland", "Nordmark Components GmbH")},
     {(I, "Switzerland", "Russia"), (I, "State Secretariat for Economic Affairs", "Alpenlink Trading AG"),
      (I, "State Secretariat for Economic Affairs", "Nordmark Components GmbH")}),
    ("WELLINGTON - New Zealand has sanctioned two more Russian officials over the deportation of "
     "Ukrainian children, Foreign Minister Winston Harper said.\n\n"
     "Individuals sanctioned today:\n"
     "- Alla Sergeyevna Voronina - children's commissioner of occupied Kherson\n"
     "- Igor Pavlovich Tkachuk - director of a youth camp in Crimea\n",
     {(I, NZ, "Alla Sergeyevna Voronina"), (I, NZ, "Igor Pavlovich Tkachuk")},
     {(I, NZ, "Russia"), (I, NZ, "Ukraine")}),
    # --- "the following individuals and entities", the list a few heading lines below
    ("1. Today, the Government of Japan has decided to implement measures to freeze assets of the following "
     "individuals and entities, in view of the fact that North Korea continues its missile launches.\n\n"
     "2. Individuals and entities subject to the measures\n\n"
     "(1) Individuals (2 persons)\n"
     "1. Kim Song Chol (born 1978; North Korean national; banker of the Korea Kwangson Banking Corp.)\n"
     "2. Han Myong Hwa (born 1984; North Korean national; IT worker)\n\n"
     "(2) Entities (1 entity)\n"
     "1. Taedong Shipping Company (Nampo; owner of the tanker SOUTH STAR)\n",
     {(I, JAPAN, "Kim Song Chol"), (I, JAPAN, "Han Myong Hwa"), (I, JAPAN, "Taedong Shipping Company")},
     {(I, JAPAN, "North Korea"), (I, JAPAN, "Korea Kwangson Banking Corp.")}),
    ("The Government of the Republic of Korea today designated the following individuals as subject to "
     "financial sanctions, in close coordination with the United States and Japan.\n\n"
     "Designated individuals\n"
     "1) Pak Yong Nam (North Korean national; representative of a front company in Dandong)\n"
     "2) Kang Il Su (North Korean national; IT worker in Vladivostok)\n",
     {(I, KOREA, "Pak Yong Nam"), (I, KOREA, "Kang Il Su")}, {(I, KOREA, "Dandong"), (I, KOREA, "Vladivostok")}),
    # --- headings and lists that name no designee
    ("New Zealand has imposed sanctions on two Russian generals, Foreign Minister Winston Harper said.\n\n"
     "Removed from the Register:\n"
     "- Dmitri Volkonsky\n"
     "- Arkady Serov - former chair of Baltic Bunker Group\n",
     set(), {(I, NZ, "Russia"), (L, NZ, "Arkady Serov"), (L, NZ, "Dmitri Volkonsky")}),
    ("Australia has imposed sanctions on six Iranian officials.\n\n"
     "Officials quoted:\n"
     "- Penny Walsh - Foreign Minister\n"
     "- Mark Tully - Trade Minister\n",
     set(), {(I, AUSTRALIA, "Iran")}),
    ("Senator Dana Ross urged the administration to sanction the following officials, saying they ran the "
     "crackdown.\n\n"
     "Officials named in the letter\n"
     "1. Milan Petrovic (interior minister)\n"
     "2. Goran Vukic (police chief)\n",
     set(), {(P, "Dana Ross", "Milan Petrovic"), (P, "Dana Ross", "Goran Vukic")}),
]

GAPS = {
    "Qeshm Sea Logistics": gap("the entity finder does not read a name opening with a place word as a company"),
    "Alla Sergeyevna Voronina": gap("the entity finder keeps only the surname of a name with a patronymic"),
    "Han Myong Hwa": gap("the entity finder drops a Korean surname that is also an English word"),
}


@pytest.mark.parametrize(("text", "expected", "optional"), marked(PASSAGES, GAPS))
def test_listed_under_heading(text, expected, optional):
    assert_records(text, expected, optional)
