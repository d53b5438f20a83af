"""The public contract: extract and extract_many over one per-process default pipeline."""

from __future__ import annotations

import threading
from typing import Iterable, Iterator, Optional

from spacy.language import Language

from .convert import doc_to_record
from .records import Document

_DEFAULT: Optional[Language] = None
# Characters per batch in one process: activations of a character model grow with the batch's text.
MAX_BATCH_CHARS = 8_000
_LOCK = threading.Lock()


def default_pipeline() -> Language:
    """The pipeline used by extract(): loaded on first use, then reused in this process."""
    global _DEFAULT
    if _DEFAULT is None:
        with _LOCK:
            if _DEFAULT is None:
                from .pipeline import load

                _DEFAULT = load()
    return _DEFAULT


def _meta(nlp: Language) -> dict:
    from . import __version__

    return {"newsie_version": __version__, "pipeline": list(nlp.pipe_names)}


def _check(text) -> str:
    if not isinstance(text, str):
        raise TypeError(f"newsie.extract expects a str, got {type(text).__name__}")
    return text


def extract(text: str, *, id: Optional[str] = None, nlp: Optional[Language] = None) -> Document:
    """Find the entities and relations in one text.

    Args:
        text: the article; an empty string gives an empty Document.
        id: optional document id, copied to the record.
        nlp: a pipeline from newsie.load(); the default pipeline when None.
    """
    text = _check(text)
    nlp = nlp or default_pipeline()
    return doc_to_record(nlp(text), id=id, meta=_meta(nlp))


def extract_many(texts: Iterable[str], *, ids: Optional[Iterable[Optional[str]]] = None, batch_size: int = 64,
                 n_process: int = 1, nlp: Optional[Language] = None,
                 max_batch_chars: int = MAX_BATCH_CHARS) -> Iterator[Document]:
    """Process many texts lazily, in order; one Document per text.

    Args:
        texts: the articles (each a str; anything else raises TypeError when reached).
        ids: optional ids, one per text.
        batch_size: texts per spaCy batch.
        n_process: worker processes (spaCy multiprocessing; the pipeline is loaded once per worker).
        nlp: a pipeline from newsie.load(); the default pipeline when None.
        max_batch_chars: in one process, a batch is also cut when its texts reach this many
            characters, which bounds memory on long articles.
    """
    nlp = nlp or default_pipeline()
    meta = _meta(nlp)
    id_iter = iter(ids) if ids is not None else None
    checked = (_check(text) for text in texts)
    if n_process > 1:
        docs = nlp.pipe(checked, batch_size=batch_size, n_process=n_process)
    else:
        docs = (doc for batch in _batches(checked, batch_size, max_batch_chars)
                for doc in nlp.pipe(batch, batch_size=len(batch)))
    for doc in docs:
        yield doc_to_record(doc, id=next(id_iter) if id_iter is not None else None, meta=meta)


def _batches(texts: Iterable[str], size: int, max_chars: int) -> Iterator[list[str]]:
    batch, chars = [], 0
    for text in texts:
        if batch and (len(batch) >= size or chars + len(text) > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(text)
        chars += len(text)
    if batch:
        yield batch
