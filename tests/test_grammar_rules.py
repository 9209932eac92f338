"""Who does what, read off a dependency parse: the clause layer (``nlp/clauses.py``) on hand-built
Docs, so each case is the parse it names (the model's parse of a sentence can change with its version)."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newskb.nlp.clauses import agent_of, clause_of, doer_of, has_passive_auxiliary, is_negated, own_subject, patients_of, subject_of

VOCAB = spacy.blank("en").vocab


def parse(arcs: str) -> Doc:
    """A Doc from "word/TAG/dep>head …" (head a 0-based index; the root points at itself)."""
    words, tags, deps, heads = [], [], [], []
    for item in arcs.split():
        word, tag, arc = item.split("/")
        dep, head = arc.split(">")
        words.append(word)
        tags.append(tag)
        deps.append(dep)
        heads.append(int(head))
    return Doc(VOCAB, words=words, tags=tags, deps=deps, heads=heads)


def subject_text(doc: Doc, verb: int) -> str | None:
    subject = subject_of(doc[verb])
    return subject.text if subject is not None else None


def test_the_subject_of_a_plain_verb():
    doc = parse("Rebels/NNS/nsubj>1 shelled/VBD/ROOT>1 the/DT/det>3 town/NN/dobj>1")
    assert subject_text(doc, 1) == "Rebels"


def test_a_verb_under_another_shares_its_subject():
    doc = parse("Troops/NNS/nsubj>1 continued/VBD/ROOT>1 to/TO/aux>3 strike/VB/xcomp>1 the/DT/det>5 city/NN/dobj>3")
    assert subject_text(doc, 3) == "Troops"


def test_a_raised_passive_subject_is_the_doer_of_the_infinitive():
    doc = parse("Blinken/NNP/nsubjpass>2 is/VBZ/auxpass>2 expected/VBN/ROOT>2 to/TO/aux>4 travel/VB/xcomp>2")
    assert subject_text(doc, 4) == "Blinken"


def test_a_plain_passive_has_no_doer_unless_an_agent_names_one():
    agentless = parse("Protesters/NNS/nsubjpass>2 were/VBD/auxpass>2 arrested/VBN/ROOT>2")
    assert subject_text(agentless, 2) is None
    with_agent = parse("Protesters/NNS/nsubjpass>2 were/VBD/auxpass>2 arrested/VBN/ROOT>2 by/IN/agent>2 police/NNS/pobj>3")
    assert subject_text(with_agent, 2) == "police"


def test_who_in_a_relative_clause_is_the_noun_it_describes():
    doc = parse("Protesters/NNS/nsubj>5 ,/,/punct>0 who/WP/nsubj>3 filled/VBD/relcl>0 streets/NNS/dobj>3 marched/VBD/ROOT>5")
    assert subject_text(doc, 3) == "Protesters"


def test_a_participle_on_a_noun_takes_its_owner_or_its_by_phrase():
    owned = parse("Russia/NNP/poss>2 's/POS/case>0 decision/NN/ROOT>2 to/TO/aux>4 expel/VB/acl>2 envoys/NNS/dobj>4")
    assert subject_text(owned, 4) == "Russia"
    by_phrase = parse("sanctions/NNS/ROOT>0 imposed/VBN/acl>0 by/IN/prep>0 Washington/NNP/pobj>2")
    assert subject_text(by_phrase, 1) == "Washington"


def test_a_second_verb_in_a_coordination_shares_the_first_ones_subject():
    doc = parse("Police/NNS/nsubj>1 fired/VBD/ROOT>1 gas/NN/dobj>1 and/CC/cc>1 detained/VBD/conj>1 dozens/NNS/dobj>4")
    assert subject_text(doc, 4) == "Police"


def test_a_clause_with_nobody_doing_it_has_no_subject():
    doc = parse("Talks/NNS/ROOT>0 on/IN/prep>0 trade/NN/pobj>1")
    assert subject_text(doc, 0) is None


def test_a_finite_verb_hung_past_a_relative_clause_belongs_to_the_noun_the_clause_is_about():
    # "Unite, which represents dockers, accused the operator": the parse hangs the verb on "dockers"
    doc = parse("Unite/NNP/ROOT>0 ,/,/punct>0 which/WDT/nsubj>3 represents/VBZ/relcl>0 dockers/NNS/dobj>3 ,/,/punct>4 "
                "accused/VBD/acl>4 the/DT/det>8 operator/NN/dobj>6")
    assert subject_text(doc, 6) == "Unite"
    # without the closing comma the verb is the last noun's own: "dockers accused of theft"
    reduced = parse("Unite/NNP/ROOT>0 ,/,/punct>0 which/WDT/nsubj>3 represents/VBZ/relcl>0 dockers/NNS/dobj>3 "
                    "accused/VBD/acl>4 the/DT/det>7 operator/NN/dobj>5")
    assert subject_text(reduced, 5) != "Unite"


def test_a_passive_names_its_doer_in_the_by_phrase_and_undergoes_through_its_subject():
    doc = parse("Assets/NNS/nsubjpass>2 were/VBD/auxpass>2 frozen/VBN/ROOT>2 by/IN/agent>2 the/DT/det>5 Treasury/NNP/pobj>3")
    assert agent_of(doc[2]).text == "Treasury"
    assert [t.text for t in patients_of(doc[2])] == ["Assets"]
    assert has_passive_auxiliary(doc[2])


def test_an_active_verb_is_done_to_its_object_and_has_no_passive_doer():
    doc = parse("Ottawa/NNP/nsubj>1 froze/VBD/ROOT>1 the/DT/det>3 assets/NNS/dobj>1")
    assert [t.text for t in patients_of(doc[1])] == ["assets"]
    assert agent_of(doc[1]) is None
    assert not has_passive_auxiliary(doc[1])


def test_a_negation_on_the_verb_itself_negates_it_and_one_on_another_verb_does_not():
    doc = parse("Kyiv/NNP/nsubj>3 did/VBD/aux>3 not/RB/neg>3 sign/VB/ROOT>3 and/CC/cc>3 left/VBD/conj>3")
    assert is_negated(doc[3])
    assert not is_negated(doc[5])


def test_a_clause_is_worked_out_once_and_kept_with_the_doc_as_plain_indexes():
    doc = parse("Rebels/NNS/nsubj>1 shelled/VBD/ROOT>1 the/DT/det>3 town/NN/dobj>1")
    first = clause_of(doc[1])
    assert clause_of(doc[1]) is first
    assert first == (0, 0, -1, (3,), False, False)
    read_back = Doc(VOCAB).from_bytes(doc.to_bytes())  # as a worker process hands a Doc back
    assert clause_of(read_back[1]) == first


def test_a_verb_shares_its_coordinated_partners_subject_but_has_none_of_its_own():
    doc = parse("Ministers/NNS/nsubj>1 met/VBD/ROOT>1 and/CC/cc>1 signed/VBD/conj>1 a/DT/det>5 deal/NN/dobj>3")
    assert subject_of(doc[3]).text == "Ministers"
    assert own_subject(doc[3]) is None
    assert own_subject(doc[1]).text == "Ministers"


def test_a_trigger_noun_is_done_by_its_possessor_or_its_by_phrase():
    owned = parse("Russia/NNP/poss>2 's/POS/case>0 invasion/NN/ROOT>2")
    assert doer_of(owned[2]).text == "Russia"
    by = parse("a/DT/det>1 strike/NN/ROOT>1 by/IN/prep>1 dockers/NNS/pobj>2")
    assert doer_of(by[1]).text == "dockers"
    bare = parse("the/DT/det>1 strike/NN/ROOT>1 ended/VBD/acl>1")
    assert doer_of(bare[1]) is None

