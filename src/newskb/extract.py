"""The pipeline, top to bottom: read → annotate → extract → resolve → records.

``extract`` is the Python API for one text; ``extract_articles`` streams many
articles through ``nlp.pipe`` so batch export runs at the speed of the model.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from .models import Article, Extraction
from .nlp.annotate import annotate, annotate_many, load_model
from .nlp.base import Context
from .nlp.entities import find_entities
from .nlp.events import find_events
from .nlp.sanctions import find_sanctions
from .nlp.statements import find_statements
from .reader import parse_article

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def extract(text: str, *, model: str | None = None, source: str | None = None) -> Extraction:
    """Extract every record from one article's text."""
    nlp = load_model(model)
    article = parse_article(text, source=source)
    return extract_doc(article, annotate(article, nlp), nlp)


def extract_doc(article: Article, doc: Doc, nlp: Language) -> Extraction:
    """Run the extractors in order on a parsed article and build its grounded records."""
    ctx = Context(article=article, doc=doc, entities=find_entities(doc, nlp, article.text))
    ctx.statements = find_statements(ctx)
    ctx.sanctions = find_sanctions(ctx)
    events = find_events(ctx)
    return Extraction(
        article=article,
        entities=ctx.entities.records(),
        statements=tuple(ctx.statements),
        sanctions=tuple(ctx.sanctions),
        events=tuple(events),
    )


def extract_articles(
    articles: Iterable[Article],
    *,
    model: str | None = None,
    batch_size: int = 16,
    n_process: int = 1,
    on_error: Callable[[Article, Exception], None] | None = None,
) -> Iterator[Extraction]:
    """Extract many articles, parsing them in batches with ``nlp.pipe``.

    With ``on_error``, an article whose extraction fails is handed to it and
    skipped, so one bad article does not stop the others.
    """
    nlp = load_model(model)
    for doc, article in annotate_many(articles, nlp, batch_size=batch_size, n_process=n_process):
        try:
            extraction = extract_doc(article, doc, nlp)
        except Exception as exc:
            if on_error is None:
                raise
            on_error(article, exc)
            continue
        yield extraction
