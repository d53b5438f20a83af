"""Turn annotated records into spaCy DocBin files made with newsie's own tokenizer."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Iterable

from spacy.language import Language
from spacy.tokens import DocBin

from .corpora import Annotated

logger = logging.getLogger("newsie")


def to_docbin(nlp: Language, records: Iterable[Annotated], path: Path, *, repeat_written: int = 1) -> dict:
    """Write ``records`` as a DocBin at ``path``; return counts of documents and skipped spans.

    Written (in-domain) documents are repeated ``repeat_written`` times to weight them up.
    """
    docbin = DocBin(store_user_data=False)
    counts = {"docs": 0, "entities": 0, "missing": 0, "skipped": 0}
    for record in records:
        doc = nlp.make_doc(record.text)
        entities, missing = [], []
        taken = set()
        for start, end, label in sorted(record.entities):
            span = doc.char_span(start, end, label=label)
            if span is None or taken.intersection(range(start, end)):
                counts["skipped"] += 1
                continue
            taken.update(range(start, end))
            entities.append(span)
        for start, end in record.missing:
            if not taken.intersection(range(start, end)):
                span = doc.char_span(start, end)
                if span is not None:
                    missing.append(span)
                    taken.update(range(start, end))
        doc.set_ents(entities, missing=missing, default="missing" if record.partial else "outside")
        times = repeat_written if record.corpus.startswith("written") else 1
        for _ in range(times):
            docbin.add(doc)
        counts["docs"] += times
        counts["entities"] += len(entities) * times
        counts["missing"] += len(missing) * times
    path.parent.mkdir(parents=True, exist_ok=True)
    docbin.to_disk(path)
    logger.info("wrote %s: %s", path, counts)
    return counts
