"""The model's matrix products through numpy's BLAS instead of BLIS: the same parse for less CPU.

thinc multiplies its float32 matrices with BLIS (``blis.py.gemm``). The blis wheel picks a
kernel for the CPU at run time and falls back to its generic reference kernel on a CPU it has
no configuration for (on the 2-core AMD EPYC development machine it says "selecting
sub-configuration 'generic'"); numpy's OpenBLAS has kernels for every x86 generation and
multiplies the tok2vec, tagger, parser and NER shapes about three times faster there.
thinc's own ``NumpyOps(use_blis=False)`` sends its products to ``numpy.dot``; each model node
of the pipeline is given such ops. (The parser's and NER's per-step hidden layer calls BLIS
from Cython and stays as it is.)

The two libraries add a product's terms in different orders, so some floats differ in their
last bits; no token of the test texts or of a 300-article corpus changed its tag, arc, entity
or sentence start (``tests/test_numpy_matmul.py`` compares them with the pipeline as shipped).
OpenBLAS would start a thread per core for a large product, which costs more CPU than it saves
and competes with ``--jobs`` workers, so it is held to one thread; where that cannot be done
(no OpenBLAS under numpy, or no ``/proc/self/maps`` to find it) BLIS stays.
"""
from __future__ import annotations

import ctypes
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

# OpenBLAS's thread setter under the names its builds export (numpy's wheels: scipy_openblas64_)
THREAD_SETTERS = ("scipy_openblas_set_num_threads64_", "scipy_openblas_set_num_threads", "openblas_set_num_threads64_",
                  "openblas_set_num_threads")


def _loaded_openblas() -> list[str]:
    """The OpenBLAS libraries mapped into this process (numpy's, once numpy is imported)."""
    try:
        maps = Path("/proc/self/maps").read_text(encoding="utf-8")
    except OSError:
        return []
    paths = {line.split(None, 5)[5] for line in maps.splitlines() if line.count(" ") >= 5 and "openblas" in line.rsplit("/", 1)[-1]}
    return sorted(paths)


def openblas_single_threaded() -> bool:
    """Hold numpy's OpenBLAS to one thread; whether it could be done."""
    import numpy  # noqa: F401  (maps numpy's BLAS into the process)

    held = False
    for path in _loaded_openblas():
        library = ctypes.CDLL(path)
        setter = next((getattr(library, name) for name in THREAD_SETTERS if hasattr(library, name)), None)
        if setter is not None:
            setter(ctypes.c_int(1))
            held = True
    return held


def use_numpy_matmul(nlp: Language) -> bool:
    """Give every model node of the pipeline thinc ops that multiply through numpy; whether it did."""
    from thinc.api import Model, NumpyOps

    if not openblas_single_threaded():
        return False
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if isinstance(model, Model):
            for node in model.walk():
                node.ops = ops
    return True
