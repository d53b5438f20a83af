"""Batch extraction: input records → Documents or error records → JSONL or Parquet, nothing dropped.

Records are cut into chunks of ``batch_size``; each chunk is extracted (in this process, or in one
of ``n_process`` worker processes that each load the pipeline once) and written, in input order, as
whole lines flushed at once, so an interrupted run leaves a valid output that ``resume`` continues.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Literal, NamedTuple, Optional, Union

from .errors import ModelNotFoundError, OptionsError  # noqa: F401  (OptionsError is part of this module's API)
from .io import (DEFAULT_MAX_CHARS, InputRecord, JsonlWriter, ParquetWriter, document_line, document_rows,
                 done_ids, iter_paths, read_inputs)
from .records import Document, ErrorRecord

logger = logging.getLogger("newsie")
logger.addHandler(logging.NullHandler())

EXTRACT_FAILED = "extract_failed"
Format = Literal["jsonl", "parquet"]


@dataclass
class ExtractOptions:
    """What run_extract reads, how, and where it writes (the `newsie extract` options)."""

    paths: list[str]
    output: Optional[Path] = None
    format: Format = "jsonl"
    batch_size: int = 64
    n_process: int = 1
    model: bool = True
    id_field: str = "id"
    text_field: str = "text"
    max_chars: Optional[int] = DEFAULT_MAX_CHARS
    resume: bool = False


@dataclass
class Summary:
    """Counts of a batch run, updated after every chunk (the progress callback gets this object)."""

    documents: int = 0
    errors: int = 0
    characters: int = 0
    skipped: int = 0
    seconds: float = 0.0
    interrupted: bool = False
    reasons: dict[str, int] = field(default_factory=dict)
    peak_rss_kb: dict[int, int] = field(default_factory=dict, repr=False)

    @property
    def records(self) -> int:
        """Records written: documents plus error records."""
        return self.documents + self.errors

    @property
    def chars_per_second(self) -> float:
        return self.characters / self.seconds if self.seconds > 0 else 0.0


class Outcome(NamedTuple):
    """What a worker returns for one input record: already encoded for the chosen output."""

    id: Optional[str]
    error: Optional[str]
    characters: int
    payload: object


class ChunkResult(NamedTuple):
    outcomes: list[Outcome]
    pid: int
    peak_rss_kb: int


# One pipeline per process and model flag, loaded on first use: a worker process keeps it for every
# chunk it is given (the process pool's initializer has no other place to keep it).
_PIPELINES: dict[bool, object] = {}


def worker_pipeline(model: bool):
    """This process's pipeline for ``model``, loaded once."""
    nlp = _PIPELINES.get(model)
    if nlp is None:
        from .pipeline import load

        nlp = _PIPELINES[model] = load(model=model)
    return nlp


def _init_worker(model: bool, jieba_level: int) -> None:
    # Ctrl-C reaches the whole process group; the parent alone decides how to stop
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    import jieba  # noqa: F401  (its import sets its logger to DEBUG: apply the parent's level after it)

    logging.getLogger("jieba").setLevel(jieba_level)
    worker_pipeline(model)
    # one BLAS thread per worker (the workers already fill the cores); after loading, so numpy's BLAS is there
    from threadpoolctl import threadpool_limits

    threadpool_limits(1, user_api="blas")


def _peak_rss_kb() -> int:
    try:
        import resource
    except ImportError:  # not on Windows
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # bytes on macOS, KiB on Linux


def extract_chunk(records: list[InputRecord], nlp, *, batch_size: int = 64) -> list[Union[Document, ErrorRecord]]:
    """One Document or ErrorRecord per input record, in order; a text the pipeline fails on gets an error record."""
    from .api import extract, extract_many

    good = [record for record in records if record.error is None]
    try:
        docs = list(extract_many((r.text for r in good), ids=[r.id for r in good], batch_size=batch_size, nlp=nlp))
    except Exception:  # find the text at fault: redo the chunk one text at a time
        docs = []
        for record in good:
            try:
                docs.append(extract(record.text, id=record.id, nlp=nlp))
            except Exception as error:
                logger.warning("%s: extraction failed", record.source, exc_info=True)
                docs.append(ErrorRecord(id=record.id, error=EXTRACT_FAILED, source=record.source,
                                        reason=f"{record.source}: {type(error).__name__}: {error}"))
    results, found = [], iter(docs)
    for record in records:
        if record.error is not None:
            results.append(ErrorRecord(id=record.id, error=record.error, reason=record.reason, source=record.source))
        else:
            results.append(next(found))
    return results


def extract_records(records: Iterable[InputRecord], nlp, *,
                    batch_size: int = 64) -> Iterator[Union[Document, ErrorRecord]]:
    """One Document or ErrorRecord per input record, in input order, lazily (for notebooks)."""
    for chunk in _chunks(records, batch_size, set(), Summary()):
        yield from extract_chunk(chunk, nlp, batch_size=batch_size)


def process_chunk(records: list[InputRecord], model: bool, format: Format, batch_size: int) -> ChunkResult:
    """Extract a chunk with this process's pipeline and encode it for the output (runs in workers)."""
    nlp = worker_pipeline(model)
    outcomes = []
    for record, result in zip(records, extract_chunk(records, nlp, batch_size=batch_size)):
        payload = document_line(result) if format == "jsonl" else document_rows(result, record.source)
        if isinstance(result, ErrorRecord):
            outcomes.append(Outcome(result.id, result.error, 0, payload))
        else:
            outcomes.append(Outcome(result.id, None, len(result.text), payload))
    return ChunkResult(outcomes, os.getpid(), _peak_rss_kb())


def _chunks(records: Iterable[InputRecord], size: int, skip: set[str], summary: Summary) -> Iterator[list[InputRecord]]:
    chunk: list[InputRecord] = []
    for record in records:
        if skip and record.id in skip:
            summary.skipped += 1
            continue
        chunk.append(record)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _run_chunks(chunks: Iterator[list[InputRecord]], options: ExtractOptions) -> Iterator[ChunkResult]:
    if options.n_process <= 1:
        for chunk in chunks:
            yield process_chunk(chunk, options.model, options.format, options.batch_size)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # spawn, not fork: the parent may run threads (the progress bar) that fork would copy mid-lock
    context = multiprocessing.get_context("spawn")
    jieba_level = logging.getLogger("jieba").level
    with ProcessPoolExecutor(options.n_process, mp_context=context, initializer=_init_worker,
                             initargs=(options.model, jieba_level)) as pool:
        pending: deque = deque()
        try:
            for chunk in chunks:
                pending.append(pool.submit(process_chunk, chunk, options.model, options.format, options.batch_size))
                # at most two chunks queued per worker: memory stays bounded, workers never wait
                if len(pending) >= 2 * options.n_process:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()


def check_options(options: ExtractOptions) -> None:
    """Raise OptionsError where options cannot work together."""
    if options.format not in ("jsonl", "parquet"):
        raise OptionsError(f"unknown output format {options.format!r}: use jsonl or parquet")
    if options.batch_size < 1 or options.n_process < 1:
        raise OptionsError("--batch-size and --n-process must be at least 1")
    if options.max_chars is not None and options.max_chars < 1:
        raise OptionsError("--max-chars must be at least 1")
    if options.format == "parquet" and options.output is None:
        raise OptionsError("--format parquet needs --output, a folder for documents/entities/relations.parquet")
    if options.resume and (options.output is None or options.format != "jsonl"):
        raise OptionsError("--resume needs a JSONL --output file to append to")
    if options.format == "parquet" and options.output.exists() and not options.output.is_dir():
        raise OptionsError(f"--output {options.output} is a file; --format parquet writes a folder")


def _check_model(model: bool) -> None:
    from .pipeline import packaged_model_path

    if model and not (packaged_model_path() / "config.cfg").exists():
        raise ModelNotFoundError(f"no trained model at {packaged_model_path()}; rebuild it with `newsie train` "
                                 "or run with --no-model for the rule and lexicon layers only")


def run_extract(options: ExtractOptions, progress: Optional[Callable[[Summary], None]] = None) -> Summary:
    """Read inputs, extract, and write JSONL (to options.output or stdout) or Parquet tables.

    Args:
        options: inputs, output and settings (see ExtractOptions).
        progress: called with the running Summary after every chunk written (the same object each time,
            so it still holds the counts when KeyboardInterrupt propagates).

    RETURNS: the Summary. Raises OptionsError for options that cannot work, FileNotFoundError for a
    missing input or model; KeyboardInterrupt propagates after the output is closed in a valid state.
    """
    check_options(options)
    paths = list(iter_paths(options.paths))  # a missing input fails before anything is written
    _check_model(options.model)
    skip = done_ids(options.output) if options.resume else set()
    summary = Summary()
    records = read_inputs(paths, id_field=options.id_field, text_field=options.text_field,
                          max_chars=options.max_chars)
    if options.format == "parquet":
        writer: Union[JsonlWriter, ParquetWriter] = ParquetWriter(options.output)
    else:
        writer = JsonlWriter(options.output, append=options.resume)
    if options.n_process == 1:
        worker_pipeline(options.model)  # load before the clock starts: characters/s measures extraction
    started = time.perf_counter()
    try:
        for result in _run_chunks(_chunks(records, options.batch_size, skip, summary), options):
            writer.write([outcome.payload for outcome in result.outcomes])
            for outcome in result.outcomes:
                if outcome.error is None:
                    summary.documents += 1
                    summary.characters += outcome.characters
                else:
                    summary.errors += 1
                    summary.reasons[outcome.error] = summary.reasons.get(outcome.error, 0) + 1
            summary.peak_rss_kb[result.pid] = max(result.peak_rss_kb, summary.peak_rss_kb.get(result.pid, 0))
            summary.seconds = time.perf_counter() - started
            if progress is not None:
                progress(summary)
    except KeyboardInterrupt:
        summary.interrupted = True
        raise
    finally:
        summary.seconds = time.perf_counter() - started
        writer.close()
    return summary
