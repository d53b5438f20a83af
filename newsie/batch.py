"""Batch extraction: input records → Documents or error records → JSONL, nothing dropped."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from .io import InputRecord, read_inputs
from .records import Document, ErrorRecord


@dataclass
class ExtractOptions:
    paths: list[str]
    output: Optional[Path] = None
    batch_size: int = 64
    n_process: int = 1
    model: bool = True
    id_field: str = "id"
    text_field: str = "text"


@dataclass
class Summary:
    documents: int = 0
    errors: int = 0
    characters: int = 0
    reasons: dict[str, int] = field(default_factory=dict)


def extract_records(records: Iterable[InputRecord], nlp, *, batch_size: int = 64,
                    n_process: int = 1) -> Iterator[Union[Document, ErrorRecord]]:
    """One Document or ErrorRecord per input record, in input order."""
    from .api import extract_many

    pending: list[InputRecord] = []

    def flush():
        good = [r for r in pending if r.error is None]
        docs = iter(extract_many((r.text for r in good), ids=[r.id for r in good], batch_size=batch_size,
                                 n_process=n_process, nlp=nlp))
        for record in pending:
            if record.error is not None:
                yield ErrorRecord(id=record.id, error=record.error, reason=record.reason, source=record.source)
            else:
                yield next(docs)

    for record in records:
        pending.append(record)
        if len(pending) >= batch_size * max(1, n_process) * 4:
            yield from flush()
            pending = []
    yield from flush()


def run_extract(options: ExtractOptions) -> Summary:
    """Read inputs, extract, and write JSONL to options.output or stdout."""
    from .pipeline import load

    nlp = load(model=options.model)
    summary = Summary()
    records = read_inputs(options.paths, id_field=options.id_field, text_field=options.text_field)
    out = open(options.output, "w", encoding="utf-8") if options.output else sys.stdout
    try:
        for result in extract_records(records, nlp, batch_size=options.batch_size, n_process=options.n_process):
            out.write(json.dumps(result.model_dump(mode="json"), ensure_ascii=False) + "\n")
            if isinstance(result, ErrorRecord):
                summary.errors += 1
                summary.reasons[result.error] = summary.reasons.get(result.error, 0) + 1
            else:
                summary.documents += 1
                summary.characters += len(result.text)
    finally:
        if out is not sys.stdout:
            out.close()
    return summary
