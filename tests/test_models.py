import datetime as dt

import pytest
from pydantic import ValidationError

from newskb.models import Article, Entity, Event, Extraction, Span, Statement
from newskb.reader import parse_article

TEXT = "The minister said the talks in Geneva would resume."


def article() -> Article:
    return parse_article(TEXT)


def test_span_of_takes_exact_text_from_offsets():
    span = Span.of(TEXT, 4, 12)
    assert span.exact == "minister" and span.grounded_in(TEXT)


def test_span_whose_text_does_not_fit_its_offsets_cannot_be_built():
    with pytest.raises(ValidationError):
        Span(start=4, end=12, exact="minister!")
    with pytest.raises(ValidationError):
        Span(start=12, end=4, exact="")


def test_extraction_refuses_a_span_that_is_not_in_the_article():
    misplaced = Span(start=0, end=8, exact="minister")  # right length, wrong place
    with pytest.raises(ValidationError, match="not in the article text"):
        Extraction(
            article=article(),
            statements=(Statement(text="x", content=misplaced, speaker_text="The minister", quote_type="Indirect", evidence=misplaced),),
        )


def test_extraction_refuses_a_reference_to_an_unknown_entity():
    evidence = Span.of(TEXT, 0, len(TEXT))
    with pytest.raises(ValidationError, match="unknown entity"):
        Extraction(
            article=article(),
            events=(Event(event_type="CONSULT", trigger="talks", place="place/geneva", evidence=(evidence,)),),
        )


def test_event_type_and_status_are_closed_vocabularies():
    evidence = Span.of(TEXT, 0, len(TEXT))
    with pytest.raises(ValidationError):
        Event(event_type="MEET", trigger="talks", evidence=(evidence,))
    with pytest.raises(ValidationError):
        Event(event_type="CONSULT", trigger="talks", status="Maybe", evidence=(evidence,))
    with pytest.raises(ValidationError):
        Event(event_type="CONSULT", trigger="talks", evidence=())


def test_entity_needs_a_name_and_a_known_type():
    with pytest.raises(ValidationError):
        Entity(key="person/x", name="", type="Person")
    with pytest.raises(ValidationError):
        Entity(key="thing/x", name="X", type="Thing")


def test_article_keeps_date_and_hash():
    a = parse_article("date 2024-02-03\nBody text here.")
    assert a.date_published == dt.date(2024, 2, 3)
    assert len(a.sha256) == 64 and a.key == a.sha256[:16]
