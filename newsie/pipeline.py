"""Build or load the newsie spaCy pipeline."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any, Optional, Union

import spacy
from spacy.language import Language

from thinc.api import use_ops

from . import ml as _ml  # noqa: F401  (registers newsie.CharBigramEmbed.v1 for packaged models)
from .errors import ModelNotFoundError
from .ops import BLAS_OPS

RULE_COMPONENTS = ("newsie_lexicon", "newsie_rules", "newsie_resolver", "newsie_relations")


def packaged_model_path() -> Path:
    """Directory of the trained NER pipeline shipped inside the package."""
    return Path(str(resources.files("newsie") / "models" / "ner"))


def load(path: Optional[Union[str, Path]] = None, *, model: bool = True,
         config: Optional[dict[str, Any]] = None) -> Language:
    """Load the newsie pipeline.

    Args:
        path: a pipeline directory saved with ``nlp.to_disk``; None uses the packaged model.
        model: include the trained NER model; False gives the rule and lexicon layers only.
        config: per-component settings, e.g. ``{"newsie_resolver": {"model_scores": {...}}}``.

    RETURNS: a spaCy Language whose last components are lexicon, rules, resolver and relations; its
    models multiply matrices through numpy's BLAS (newsie.ops.BlasOps).
    """
    with use_ops(BLAS_OPS):
        return _load(path, model=model, config=config)


def _load(path: Optional[Union[str, Path]], *, model: bool, config: Optional[dict[str, Any]]) -> Language:
    from . import components as _components  # noqa: F401  (registers the factories)
    from . import tokenizer as _tokenizer  # noqa: F401

    config = config or {}
    if path is not None or model:
        location = Path(path) if path is not None else packaged_model_path()
        if not (location / "config.cfg").exists():
            raise ModelNotFoundError(
                f"no spaCy pipeline at {location}; rebuild the model with `newsie train` "
                "or call newsie.load(model=False) for the rule and lexicon layers only"
            )
        nlp = spacy.load(location)
    else:
        nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "newsie.ChineseTokenizer.v1"}}})
    for name in RULE_COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, config=config.get(name, {}))
    return nlp
