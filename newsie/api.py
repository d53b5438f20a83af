"""The public contract: extract and extract_many over one per-process default pipeline."""

from __future__ import annotations

import threading
from typing import Iterable, Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc

from .convert import doc_to_record
from .records import Document
from .sentences import sentence_spans

_DEFAULT: Optional[Language] = None
# Characters per batch in one process: activations of a character model grow with the batch's text.
MAX_BATCH_CHARS = 8_000
# Longer texts are read by the NER in sentence-aligned windows of at most this many characters: the
# character model's activations grow with the length of one document (a 50,000-character text
# peaked at 1.4 GB read whole). The rule, resolution and relation layers still see the whole text.
MAX_WINDOW_CHARS = 5_000
_STATISTICAL = ("tok2vec", "ner")
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
    return doc_to_record(_parse(nlp, text), id=id, meta=_meta(nlp))


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
        docs = _pipe_in_processes(nlp, checked, batch_size, n_process)
    else:
        docs = (doc for batch in _batches(checked, batch_size, max_batch_chars)
                for doc in (nlp.pipe(batch, batch_size=len(batch)) if len(batch) > 1 else [_parse(nlp, batch[0])]))
    for doc in docs:
        yield doc_to_record(doc, id=next(id_iter) if id_iter is not None else None, meta=meta)


def _pipe_in_processes(nlp: Language, texts: Iterable[str], batch_size: int, n_process: int) -> Iterator[Doc]:
    """spaCy's multiprocessing with one BLAS thread per process (forked workers inherit the limit): the
    processes already fill the cores."""
    from threadpoolctl import threadpool_limits

    with threadpool_limits(1, user_api="blas"):
        yield from nlp.pipe(texts, batch_size=batch_size, n_process=n_process)


def _parse(nlp: Language, text: str) -> Doc:
    """nlp(text), with the statistical components run over sentence-aligned windows of a long text."""
    statistical = [name for name in _STATISTICAL if name in nlp.pipe_names]
    if len(text) <= MAX_WINDOW_CHARS or not statistical:
        return nlp(text)
    pieces = [nlp.make_doc(text[start:end]) for start, end in windows(text, MAX_WINDOW_CHARS)]
    for name in statistical:  # one window at a time: memory is bounded by the window, not the text
        pieces = list(nlp.get_pipe(name).pipe(pieces, batch_size=1))
    doc = Doc.from_docs(pieces, ensure_whitespace=False)
    for name, component in nlp.pipeline:
        if name not in statistical:
            doc = component(doc)
    return doc


def windows(text: str, size: int) -> list[tuple[int, int]]:
    """Consecutive (start, end) pieces covering ``text``, each at most ``size`` characters, cut at
    sentence ends where there is one."""
    ends = [end for _, end in sentence_spans(text)]
    pieces, start = [], 0
    while start < len(text):
        limit = start + size
        cut = max((end for end in ends if start < end <= limit), default=min(limit, len(text)))
        pieces.append((start, cut))
        start = cut
    return pieces


def _batches(texts: Iterable[str], size: int, max_chars: int) -> Iterator[list[str]]:
    """Batches of texts; a text longer than MAX_WINDOW_CHARS is a batch of its own (read in windows)."""
    batch, chars = [], 0
    for text in texts:
        alone = len(text) > MAX_WINDOW_CHARS or chars > MAX_WINDOW_CHARS and len(batch) == 1
        if batch and (len(batch) >= size or chars + len(text) > max_chars or alone):
            yield batch
            batch, chars = [], 0
        batch.append(text)
        chars += len(text)
    if batch:
        yield batch
