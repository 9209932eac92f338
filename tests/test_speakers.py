"""Speaker resolution: the shipped role and office-holder tables, and resolve_reference on real parses."""
from __future__ import annotations

import datetime as dt

import pytest

from newskb.nlp.annotate import annotate, load_model
from newskb.nlp.offices import load_office_holders
from newskb.nlp.speakers import load_gender_words, load_roles, resolve_reference, role_of
from newskb.pipeline import article_context
from newskb.reader import parse_article


def test_office_terms_are_well_formed():
    terms = load_office_holders()
    assert len(terms) > 150
    for t in terms:
        assert t.office in {"head_of_state", "head_of_government", "foreign_minister"}
        assert t.end is None or t.start < t.end, t
        assert t.wikidata is None or t.wikidata.startswith("Q")


def test_one_holder_per_office_at_a_time():
    terms = load_office_holders()
    for a in terms:
        for b in terms:
            if a is b or (a.country, a.office, a.title) != (b.country, b.office, b.title) or a.person == b.person:
                continue
            overlap = a.start < (b.end or dt.date.max) and b.start < (a.end or dt.date.max)
            assert not overlap, (a, b)


@pytest.mark.parametrize("country,title,day,person", [
    ("United States", "President", dt.date(2010, 5, 1), "Barack Obama"),
    ("United States", "President", dt.date(2025, 10, 28), "Donald Trump"),
    ("Russia", "President", dt.date(2010, 5, 1), "Dmitry Medvedev"),
    ("United Kingdom", "Prime Minister", dt.date(2022, 10, 1), "Liz Truss"),
    ("Germany", "Chancellor", dt.date(2024, 1, 1), "Olaf Scholz"),
    ("Japan", "Prime Minister", dt.date(2025, 1, 1), "Shigeru Ishiba"),
])
def test_holder_at_date(country, title, day, person):
    holders = [t.person for t in load_office_holders() if t.country == country and t.title == title and t.held_on(day)]
    assert holders == [person]


def test_every_table_country_has_one_leading_office_at_a_time():
    today = dt.date(2025, 6, 1)
    countries = {t.country for t in load_office_holders()}
    for country in countries:
        leaders = {t.person for t in load_office_holders() if t.country == country and t.leader and t.held_on(today)}
        assert len(leaders) <= 1, (country, leaders)


@pytest.mark.parametrize("words,role_class", [
    (["Russian", "leader"], "leader"),
    (["senior", "policy", "fellow"], "expert"),
    (["Berlin-based", "analyst"], "expert"),
    (["foreign", "minister"], "foreign_minister"),
    (["Secretary", "of", "State"], "foreign_minister"),
    (["prime", "minister"], "prime_minister"),
    (["Kremlin", "spokesman"], "spokesperson"),
    (["foreign", "ministry"], "ministry"),
    (["the", "company"], "company"),
])
def test_role_phrases(words, role_class):
    found = role_of(words)
    assert found is not None and found[0].role_class == role_class


def test_plural_roles_are_groups_not_people():
    assert role_of(["analysts"]) is None
    assert role_of(["Russian", "officials"]) is None


def test_gender_words_tell_one_of_two_genders():
    words = load_gender_words()
    assert set(words.values()) == {"female", "male"}
    assert words["spokeswoman"] == "female" and words["mr."] == "male"


def test_roles_lexicon_types():
    roles = load_roles()
    assert {r.type for r in roles.values()} == {"Person", "Organization"}
    assert roles["group"].generic and not roles["ministry"].generic


TEXT = ("date 2024-03-01\n\nPolish Prime Minister Donald Tusk met Ukrainian President Volodymyr Zelensky in Kyiv. "
        "Lena Hartl, a researcher at the Vienna Institute, followed the talks. "
        "The Polish leader promised more aid. The researcher said she was not surprised. "
        "She also visited a hospital. Officials were cautious. The French president was absent.")


@pytest.fixture(scope="module")
def ctx():
    article = parse_article(TEXT)
    nlp = load_model()
    doc = annotate(article, nlp)
    return article_context(article, doc, nlp).for_extractor()  # resolving is what an extractor does


def _resolve(ctx, phrase, occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(phrase, start + 1)
    key = resolve_reference(ctx, start, start + len(phrase))
    return ctx.entities.get(key).name if key else None


@pytest.mark.parametrize("phrase,name", [
    ("The Polish leader", "Donald Tusk"),
    ("The researcher", "Lena Hartl"),
    ("Officials", None),
    ("The French president", "Emmanuel Macron"),  # the office holder at the article's date
    ("Zelensky", "Volodymyr Zelensky"),
])
@pytest.mark.model
def test_resolve_reference(ctx, phrase, name):
    assert _resolve(ctx, phrase) == name


@pytest.mark.model
def test_pronoun_goes_to_the_nearest_person_subject(ctx):
    _resolve(ctx, "The researcher")  # the description, once resolved, is a subject pronouns can reach
    assert _resolve(ctx, "She") == "Lena Hartl"


def test_institution_roles():
    roles = load_roles()
    assert all(roles[r].institution for r in ("presidency", "office", "military", "ministry", "embassy"))
    assert not roles["group"].institution and not roles["company"].institution
    assert role_of(["health", "ministry"])[0].role_class == "ministry"
    assert role_of(["presidency"])[0].type == "Organization"


BINDING = ("The Arctic Workers Union rejected the offer on Monday. Norway's labour ministry called the demands "
           "“unrealistic”, accusing the group of stalling.")


@pytest.mark.model
def test_description_is_not_its_own_clause_subject():
    """"X accused the group of …": "the group" is the organisation before, not X."""
    article = parse_article(BINDING)
    nlp = load_model()
    doc = annotate(article, nlp)
    context = article_context(article, doc, nlp).for_extractor()
    owner = BINDING.index("Norway's labour ministry")
    ministry = resolve_reference(context, owner, owner + len("Norway's labour ministry"))
    assert context.entities.get(ministry).name == "Norway's labour ministry"
    start = BINDING.index("the group")
    key = resolve_reference(context, start, start + len("the group"))
    assert key is not None and context.entities.get(key).name == "Arctic Workers Union"


@pytest.mark.model
def test_former_office_holder_profile():
    article = parse_article("date 2025-03-01\nMario Draghi spoke in Milan. The former Italian prime minister said little.")
    nlp = load_model()
    doc = annotate(article, nlp)
    context = article_context(article, doc, nlp).for_extractor()
    start = article.text.index("The former Italian prime minister")
    key = resolve_reference(context, start, start + len("The former Italian prime minister"))
    assert key is not None and context.entities.get(key).name == "Mario Draghi"


def _resolve_in(text: str, phrase: str) -> str | None:
    article = parse_article(text)
    nlp = load_model()
    doc = annotate(article, nlp)
    context = article_context(article, doc, nlp).for_extractor()
    start = text.rindex(phrase)
    key = resolve_reference(context, start, start + len(phrase))
    return context.entities.get(key).name if key else None


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Peter Novak spoke first. Later, John Carter's aides said they wanted him to resign.",
    "Peter Novak spoke first. John Carter's lawyers urged him to settle.",
])
def test_him_under_a_clause_about_someones_people_is_that_someone(text):
    assert _resolve_in(text, "him") == "John Carter"


@pytest.mark.model
def test_him_with_no_owner_in_the_clause_goes_to_an_earlier_subject():
    assert _resolve_in("Peter Novak spoke first. The aides urged him to resign.", "him") == "Peter Novak"
