"""Extractors read one frozen entity index, and change nothing an extractor of another kind reads.

``pipeline.article_context`` builds the article's entities and what the article says of them,
then freezes the index; each extractor runs in ``Context.for_extractor`` with its own overlay, so
what it reaches (a country named by a nationality word, a seat's government, an office holder,
an institution, a collective) is its own and its readers' (the kinds that ``require`` it). Two
proofs on invented articles: the index is the same after every extractor ran, and each extractor
gives the same records whatever ran before it, given the output (records and overlay) of the
kinds it requires."""
from __future__ import annotations

import pytest

from newskb.nlp.entities import EntityDraft, EntityIndex, FrozenIndexError
from newskb.nlp.gazetteer import load_gazetteer
from newskb.pipeline import article_context, run_extractor
from newskb.rdf.declaration import declaration, declared_extractors

#: Invented articles whose extractors reach entities the entity stage did not list: nationality
#: words, seats of government, institutions named by their owner, office holders at the date,
#: collectives, and statements whose speakers the sanctions and events read.
ARTICLES = [
    "date 2025-04-02\n"
    "Moscow denied any role in the blast on Tuesday. Russian officials said the claims were baseless.\n\n"
    "\"We will respond to any provocation,\" the Kremlin said in a statement.\n\n"
    "Washington imposed sanctions on three Russian shipping firms on Wednesday, the Treasury said. "
    "The French president said Paris would back new measures.",

    "date 2024-11-18\n"
    "Police fired tear gas at protesters in Nairobi on Sunday and arrested dozens of people, witnesses said.\n\n"
    "Protesters said they would return to the streets. Kenya's interior ministry said the march was illegal. "
    "The ministry said officers had shown restraint.\n\n"
    "Security forces later raided the offices of an opposition party, the Orange Movement, its leader said.",

    "date 2023-06-09\n"
    "BRUSSELS (Reuters) - The European Union on Friday froze the assets of two Belarusian generals "
    "accused of helping Moscow's war, EU foreign ministers said.\n\n"
    "The government of Australia also sanctioned the pair. Belarus's foreign ministry called the move "
    "\"illegal\" and said it would retaliate. Minsk summoned the Polish ambassador.\n\n"
    "Israeli airstrikes hit the outskirts of the city overnight, the army said.",

    "date 2022-02-14\n"
    "Egypt's presidency said on Monday that talks with Ethiopia over the dam had stalled. "
    "The Egyptian foreign minister told reporters Cairo would not accept a deal that cut its share.\n\n"
    "Sudanese troops clashed with militiamen near the border, the military said. "
    "The two countries agreed to meet again in Khartoum next month.",

    "date 2021-09-30\n"
    "Students occupied the main square of Valdora on Thursday. Protesters said the new fees were unfair. "
    "They blocked the road to the ministry and burned tyres, a police spokesman said.\n\n"
    "Riot police said they had detained 14 people. They fired rubber bullets at the crowd later that night.",
]


def snapshot(index: EntityIndex) -> dict:
    """Everything a lookup can read of an index: each draft whole, and the mention table."""
    drafts = {key: (d.name, d.type, d.subtype, d.wikidata, d.country, sorted(d.forms), list(d.mentions),
                    list(d.job_titles), list(d.affiliations)) for key, d in index.drafts.items()}
    return {"drafts": drafts, "spans": list(index._spans)}


def fresh_context(nlp, text: str):
    from newskb.nlp.annotate import annotate
    from newskb.reader import parse_article

    article = parse_article(text)
    return article_context(article, annotate(article, nlp), nlp)


def run_all(ctx, order: list[str], given: dict | None = None) -> dict:
    """Run the declared extractors in ``order`` on ``ctx``; ``given`` hands in (records, extractor
    context) of kinds run on another context, as their extractor's results."""
    reached: dict = {}
    for kind, (records, context) in (given or {}).items():
        ctx.found[kind], reached[kind] = records, context
    extractors = dict(declared_extractors())
    for kind in order:
        run_extractor(ctx, kind, extractors[kind], reached)
    return reached


@pytest.mark.model
@pytest.mark.parametrize("text", ARTICLES, ids=range(len(ARTICLES)))
def test_extractors_leave_the_entity_index_as_built(nlp, text):
    ctx = fresh_context(nlp, text)
    before = snapshot(ctx.entities)
    reached = run_all(ctx, declaration().extraction_order)
    assert snapshot(ctx.entities) == before
    # the extractors did reach entities the index does not hold: the proof has something to prove
    assert any(set(own.entities.drafts) - set(ctx.entities.drafts) for own in reached.values())


@pytest.mark.model
@pytest.mark.parametrize("text", ARTICLES, ids=range(len(ARTICLES)))
def test_each_extractor_gives_the_same_records_whatever_ran_before(nlp, text):
    order = declaration().extraction_order
    reference = fresh_context(nlp, text)
    reached = run_all(reference, order)
    assert any(reference.found[kind] for kind in order)
    # each kind alone on a fresh context, with what it requires handed in from the reference run
    for kind in order:
        alone = fresh_context(nlp, text)
        given = {k: (reference.found[k], reached[k]) for k in order if k in declaration().record_kinds[kind].requires
                 or k in _indirectly_required(kind)}
        run_all(alone, [kind], given)
        assert alone.found[kind] == reference.found[kind], kind
    # the kinds in reverse order, each handed what it requires from the reference run
    backwards = fresh_context(nlp, text)
    for kind in reversed(order):
        run_all(backwards, [kind], {k: (reference.found[k], reached[k]) for k in _indirectly_required(kind)})
    assert {k: backwards.found[k] for k in order} == {k: reference.found[k] for k in order}


def _indirectly_required(kind: str) -> set[str]:
    required = set(declaration().record_kinds[kind].requires)
    for k in list(required):
        required |= _indirectly_required(k)
    return required


# --- the index itself, without the model ------------------------------------------------------
TEXT = "Police in Ruvania arrested a Ruvanian reporter."


def small_index() -> EntityIndex:
    index = EntityIndex(TEXT, load_gazetteer())
    index.drafts["place/Ruvania"] = EntityDraft(key="place/Ruvania", name="Ruvania", type="Place", subtype="Country")
    index.add_mention(10, 17, "place/Ruvania")
    index.freeze()
    return index


def test_a_frozen_index_refuses_every_change():
    index = small_index()
    entry = load_gazetteer().lookup("France")
    with pytest.raises(FrozenIndexError):
        index.ensure(entry)
    with pytest.raises(FrozenIndexError):
        index.add_mention(0, 6, "place/Ruvania")
    with pytest.raises(FrozenIndexError):
        index.add_alias("place/Ruvania", "Ruvanian Republic")
    with pytest.raises(TypeError):
        index.drafts["organization/police"] = EntityDraft(key="organization/police", name="police", type="Organization")


def test_an_overlay_is_seen_by_its_own_lookups_and_its_readers_only():
    index = small_index()
    first, second = index.overlay(), index.overlay()
    first.drafts["organization/police"] = EntityDraft(key="organization/police", name="police", type="Organization")
    first.add_mention(0, 6, "organization/police")
    assert first.covering(0, 6) == "organization/police"
    assert second.covering(0, 6) is None and "organization/police" not in index.drafts
    reader = index.overlay([first])  # a kind that reads the first kind's records reads what it reached
    assert reader.covering(0, 6) == "organization/police" and reader.get("organization/police").name == "police"


def test_an_overlay_copies_a_draft_only_to_change_it_and_the_change_stays_its_own():
    index = small_index()
    before = snapshot(index)
    first, second = index.overlay(), index.overlay()
    assert first.get("place/Ruvania") is index.get("place/Ruvania")  # read, not copied
    first.add_alias("place/Ruvania", "Ruvanian Republic")
    first.add_job_title("place/Ruvania", "host")
    first.add_affiliation("place/Ruvania", "place/France")
    first.add_mention(29, 37, "place/Ruvania")
    assert first.get("place/Ruvania") is not index.get("place/Ruvania")
    assert snapshot(index) == before and snapshot(second) == before
    assert first.get("place/Ruvania").forms == {"Ruvanian Republic"} and first.get("place/Ruvania").mentions == [(10, 17), (29, 37)]
    reader = index.overlay([first, second])  # the second's draft is the index's own: nothing of it is added twice
    assert snapshot(reader)["drafts"]["place/Ruvania"] == snapshot(first)["drafts"]["place/Ruvania"]


def test_overlays_merge_in_the_order_given_not_the_order_they_were_made():
    index = small_index()
    entry = load_gazetteer().lookup("France")
    one, two = index.overlay(), index.overlay()
    two.ensure(entry)
    two.add_alias("place/Ruvania", "Ruvanian Republic")
    one.add_mention(29, 37, "place/Ruvania")
    merged = index.overlay([one, two])
    assert snapshot(merged) == snapshot(index.overlay([one, two]))
    ruvania = merged.get("place/Ruvania")
    assert ruvania.mentions == [(10, 17), (29, 37)] and ruvania.forms == {"Ruvanian Republic"}
    assert any(d.name == "France" for d in merged.drafts.values())
