"""The pipeline, top to bottom: read → annotate → extract → resolve → records.

``extract`` is the Python API for one text; ``extract_articles`` streams many
articles through ``nlp.pipe`` so batch export runs at the speed of the model.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .models import Article, Event, Extraction, Sanction
from .nlp.annotate import annotate, annotate_many, load_model
from .nlp.base import Context
from .nlp.entities import find_entities
from .nlp.events import find_events
from .nlp.sanctions import find_sanctions
from .nlp.statements import find_statements
from .rdf.declaration import declared_extractors
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
    ctx = Context(article=article, doc=doc, entities=find_entities(doc, nlp, article.text, article.date_published))
    ctx.statements = find_statements(ctx)
    ctx.sanctions = find_sanctions(ctx)
    events, of_sanctions = find_events(ctx)
    ctx.sanctions = _linked_to_events(ctx.sanctions, of_sanctions)
    found = {"statement": list(ctx.statements), "sanction": list(ctx.sanctions), "event": events}
    others = _declared_records(ctx, found)
    referenced = _referenced(ctx, events, others)
    return Extraction(
        article=article,
        entities=tuple(e for e in ctx.entities.records() if e.mentions or e.key in referenced),
        statements=tuple(ctx.statements),
        sanctions=tuple(ctx.sanctions),
        events=tuple(events),
        others=tuple(others),
    )


def _linked_to_events(sanctions: list[Sanction], of_sanctions: dict[int, Event]) -> list[Sanction]:
    """Each sanction pointing at the event it is part of (``nkb:event``), as the events stage merged them."""
    return [s.model_copy(update={"event": of_sanctions[i]}) if i in of_sanctions else s for i, s in enumerate(sanctions)]


def _declared_records(ctx: Context, found: dict[str, list]) -> list:
    """Records of the kinds declared only in rdf/schema/ (docs/extending.md), each found by the
    extractor its declaration names, which reads the context and the records found before it."""
    others: list = []
    for kind, find in declared_extractors():
        found[kind] = find(ctx, found)
        others.extend(found[kind])
    return others


def _referenced(ctx: Context, events: list, others: list) -> set[str]:
    """Entities some record points at: an entity the text never names (a country reached
    through "Russian officials") is kept only when a record needs it."""
    keys: set[str] = set()
    for st in ctx.statements:
        keys.update([st.speaker] if st.speaker else [])
    for sa in ctx.sanctions:
        keys.update(sa.imposed_by + sa.targets)
    for ev in events:
        keys.update(ev.actors + ev.targets + ((ev.place,) if ev.place else ()))
    for other in others:
        keys.update(other.entity_refs())
    for draft in ctx.entities.drafts.values():
        keys.update(draft.affiliations)
    return keys


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


def extract_in_processes(
    articles: Iterable[Article],
    *,
    model: str | None = None,
    jobs: int = 2,
    batch_size: int = 16,
    on_error: Callable[[Article, Exception], None] | None = None,
    then: Callable[[Extraction], Any] | None = None,
    records_back: bool = True,
) -> Iterator[tuple[Extraction, Any]]:
    """Like ``extract_articles``, with the whole pipeline run in ``jobs`` forked worker processes.

    Each worker parses and extracts a batch of articles and applies ``then`` to
    each extraction (e.g. rendering it), so the parent only writes; pairs
    (extraction, ``then``'s result or None) come back in input order, and at most
    ``2 * jobs`` batches are in flight, so memory stays flat. Without ``records_back``
    an extraction comes back as its article alone (a caller that needs only ``then``'s
    result does not pay for pickling the records).
    """
    import multiprocessing
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    load_model(model)  # loaded once here, shared with the forked workers
    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork")) as pool:
        pending: deque = deque()
        for batch in _batches(articles, batch_size):
            pending.append(pool.submit(_extract_batch, batch, model, then, records_back))
            if len(pending) >= 2 * jobs:
                yield from _settle(pending.popleft().result(), on_error)
        while pending:
            yield from _settle(pending.popleft().result(), on_error)


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _extract_batch(
    batch: list[Article], model: str | None, then: Callable[[Extraction], Any] | None, records_back: bool
) -> list[tuple]:
    """Worker side: (extraction, then's result) in order, failures as (None, article, error) in their place."""
    out: list[tuple] = []

    def failed(article: Article, exc: Exception) -> None:
        out.append((None, article, picklable(exc)))

    for extraction in extract_articles(batch, model=model, batch_size=len(batch), on_error=failed):
        done = then(extraction) if then else None
        out.append((extraction if records_back else Extraction(article=extraction.article), done, None))
    return out


def picklable(exc: Exception) -> Exception:
    """The error itself if it can travel between processes, else one that says what it was."""
    import pickle

    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:  # noqa: BLE001 — any pickling failure
        return RuntimeError(f"{type(exc).__name__}: {exc}")


def _settle(results, on_error: Callable[[Article, Exception], None] | None) -> Iterator[tuple[Extraction, Any]]:
    for extraction, done, exc in results:
        if extraction is not None:
            yield extraction, done
        elif on_error is None:
            raise exc
        else:
            on_error(done, exc)
