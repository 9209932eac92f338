"""The pipeline, top to bottom: read → annotate → entities → resolve → extract → link → records.

``extract`` is the Python API for one text; ``extract_articles`` streams many
articles through ``nlp.pipe`` so batch export runs at the speed of the model.
"""
from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .models import Article, Event, Extraction, Sanction
from .nlp.annotate import annotate, annotate_many, load_model
from .nlp.base import Context
from .nlp.entities import EntityIndex, find_entities
from .nlp.speakers import Resolver
from .rdf.declaration import declaration, declared_extractors
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
    """Find a parsed article's entities, then run the extractor of every declared record kind
    (``rdf/schema/``, each after the kinds it requires), link the records, and build them."""
    ctx = article_context(article, doc, nlp)
    reached: dict[str, Context] = {}
    for kind, find in declared_extractors():
        run_extractor(ctx, kind, find, reached)
    entities = ctx.entities.overlay([reached[kind].entities for kind in declaration().extraction_order])
    events = ctx.found["event"]
    sanctions = _linked_to_events(ctx.sanctions, events)
    others = [r for kind, records in ctx.found.items() if kind not in BUILT_IN_KINDS for r in records]
    referenced = _referenced(ctx, entities)
    return Extraction(
        article=article,
        entities=tuple(e for e in entities.records() if e.mentions or e.key in referenced),
        statements=tuple(ctx.statements),
        sanctions=tuple(sanctions),
        events=tuple(events),
        others=tuple(others),
    )


def article_context(article: Article, doc: Doc, nlp: Language) -> Context:
    """What every record extractor reads: the parsed article, its entities, and what the article
    says they are. The resolver learns that (titles, appositions, descriptions of organisations,
    office holders at the article's date) once, here, before any record is extracted; the
    extractors then ask it who a description or pronoun stands for."""
    ctx = Context(article=article, doc=doc, entities=find_entities(doc, nlp, article.text, article.date_published))
    ctx.resolver = Resolver(ctx)
    ctx.entities.freeze()
    return ctx


def run_extractor(ctx: Context, kind: str, find: Callable[[Context], list], reached: dict[str, Context]) -> None:
    """Run one kind's extractor in a context of its own (``Context.for_extractor``) and keep its records
    in ``ctx.found`` and what it reached in ``reached``, both under its kind. What the kinds it reads
    (``requires``, and theirs) reached is part of their output, so its overlay starts with it; what
    any other kind reached it never sees, so its records do not depend on which of them ran first."""
    read = _read_by(kind)
    own = ctx.for_extractor(tuple(reached[k] for k in declaration().extraction_order if k in read))
    ctx.found[kind] = find(own)
    reached[kind] = own


def _read_by(kind: str) -> list[str]:
    """The kinds whose records a kind's extractor reads, directly or through another kind."""
    out: list[str] = []
    for required in declaration().record_kinds[kind].requires:
        out += [k for k in (*_read_by(required), required) if k not in out]
    return out


#: the kinds with an ``Extraction`` field of their own; the others go to ``Extraction.others``
BUILT_IN_KINDS = ("statement", "sanction", "event")


def _linked_to_events(sanctions: list[Sanction], events: list[Event]) -> list[Sanction]:
    """Each sanction pointing at the event it became part of (``nkb:sanctionEvent``): the event
    of its type that reports every span of the sanction's own event, with its actors among the
    doers (the events stage merges a sanction's event with the other reports of the happening);
    of two in one sentence, the one with the sanction's own status and trigger."""
    linked = []
    for sanction in sanctions:
        own = sanction.event
        merged = [ev for ev in events if own and ev.event_type == own.event_type
                  and set(own.evidence) <= set(ev.evidence) and set(own.actors) <= set(ev.actors)]
        if merged:  # where two reports share the sentence, the one told as the sanction is
            best = max(merged, key=lambda ev: (ev.status == own.status, ev.trigger == own.trigger))  # type: ignore[union-attr]
            sanction = sanction.model_copy(update={"event": best})
        linked.append(sanction)
    return linked


def _referenced(ctx: Context, entities: EntityIndex) -> set[str]:
    """Entities some record points at: an entity the text never names (a country reached
    through "Russian officials") is kept only when a record needs it."""
    keys: set[str] = set()
    for kind, records in ctx.found.items():
        for name in declaration().record_kinds[kind].entity_fields:
            for record in records:
                value = getattr(record, name)
                keys.update(value if isinstance(value, tuple) else [value] if value else [])
    for draft in entities.drafts.values():
        keys.update(draft.affiliations)
    return keys


def extract_articles(
    articles: Iterable[Article],
    *,
    model: str | None = None,
    batch_size: int = 16,
    on_error: Callable[[Article, Exception], None] | None = None,
) -> Iterator[Extraction]:
    """Extract many articles, parsing them in batches with ``nlp.pipe``.

    With ``on_error``, an article whose extraction fails is handed to it and
    skipped, so one bad article does not stop the others.
    """
    nlp = load_model(model)
    for doc, article in annotate_many(articles, nlp, batch_size=batch_size):
        try:
            extraction = extract_doc(article, doc, nlp)
        except Exception as exc:
            if on_error is None:
                raise
            on_error(article, exc)
            continue
        yield extraction


#: Allocations between two young-generation collections during an export (Python's default is 700).
EXPORT_GC_THRESHOLD = 20_000


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the cyclic garbage collector less often: parsing, extracting and rendering an article allocate
    hundreds of thousands of short-lived objects, nearly none of them in cycles, so at the default threshold
    the collector ran over a thousand times per 300 articles and cost twice what it does at this one."""
    threshold = gc.get_threshold()
    gc.set_threshold(EXPORT_GC_THRESHOLD, 20, 20)
    try:
        yield
    finally:
        gc.set_threshold(*threshold)


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

    _prime(model)
    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork")) as pool:
        pending: deque = deque()
        for batch in _batches(articles, batch_size):
            pending.append(pool.submit(_extract_batch, batch, model, then, records_back))
            if len(pending) >= 2 * jobs:
                yield from _settle(pending.popleft().result(), on_error)
        while pending:
            yield from _settle(pending.popleft().result(), on_error)


#: A short article that reaches every extractor and lexicon (a date, a quote, a sanction, an event).
PRIMER = ('On 5 May 2025 Foreign Minister Anna Berg said "we will not back down" after the United States '
          'imposed sanctions on Acme Shipping Ltd and troops shelled the town of Kherson.')


def _prime(model: str | None) -> None:
    """Load the model and extract one short article here, before the workers fork: what the
    extractors load lazily (lexicons, the date parser) is then shared by every worker instead of
    being loaded again in each."""
    extract(PRIMER, model=model)


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

    with fewer_collections():
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
