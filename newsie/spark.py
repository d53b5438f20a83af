"""Spark: extract over a DataFrame with mapInPandas, one pipeline per executor Python process.

pyspark is an optional extra (``pip install 'newsie[spark]'``) and is imported inside functions, so
``import newsie.spark`` works without it and fails only when a function needs it, with the fix named.
Executors need newsie installed in the Python they run (``spark.pyspark.python``); see docs/batch.md.
"""

from __future__ import annotations

import logging
import math
from functools import partial
from typing import Iterator, Optional

from .io import DEFAULT_MAX_CHARS, MISSING_TEXT, InputRecord, limit_length

OUTPUT_COLUMNS = ("id", "text", "entities", "relations", "error", "reason")


def _require_pyspark():
    try:
        import pyspark  # noqa: F401
        import pyspark.sql.functions as functions
    except ImportError as error:
        raise ImportError("newsie.spark needs pyspark and pandas: pip install 'newsie[spark]'") from error
    return functions


def document_schema():
    """The Spark schema of extract_dataframe's output: the fields of Document plus error and reason.

    Entities are array<struct<id,text,label,start,end,score,source,canonical>>; relations are
    array<struct<id,label,head,tail,status,score,trigger,title,source,evidence array<struct<text,start,end>>>>.
    A row whose text could not be processed has null entities and relations, and error and reason set.
    """
    _require_pyspark()
    from pyspark.sql.types import ArrayType, DoubleType, IntegerType, StringType, StructField, StructType

    def struct(*fields):
        return StructType([StructField(name, kind, True) for name, kind in fields])

    string, integer, double = StringType(), IntegerType(), DoubleType()
    evidence = struct(("text", string), ("start", integer), ("end", integer))
    entity = struct(("id", string), ("text", string), ("label", string), ("start", integer), ("end", integer),
                    ("score", double), ("source", string), ("canonical", string))
    relation = struct(("id", string), ("label", string), ("head", string), ("tail", string), ("status", string),
                      ("score", double), ("trigger", string), ("title", string), ("source", string),
                      ("evidence", ArrayType(evidence, True)))
    return struct(("id", string), ("text", string), ("entities", ArrayType(entity, True)),
                  ("relations", ArrayType(relation, True)), ("error", string), ("reason", string))


def extract_dataframe(df, text_col: str = "text", id_col: Optional[str] = "id", *, model: bool = True,
                      max_chars: Optional[int] = DEFAULT_MAX_CHARS, batch_size: int = 64):
    """Extract entities and relations from every row of a Spark DataFrame, lazily.

    Args:
        df: a pyspark DataFrame with a string text column.
        text_col: the text column.
        id_col: the id column (cast to string); None gives null ids.
        model: include the trained NER model; False gives the rule and lexicon layers only.
        max_chars: longer texts become ``too_long`` error rows; None for no limit.
        batch_size: texts per spaCy batch inside each partition.

    RETURNS: a DataFrame with one row per input row and the columns of document_schema().
    """
    functions = _require_pyspark()
    for name in (text_col, id_col):
        if name is not None and name not in df.columns:
            raise ValueError(f"column {name!r} is not in the DataFrame (columns: {', '.join(df.columns)})")
    ids = functions.col(id_col).cast("string") if id_col is not None else functions.lit(None).cast("string")
    selected = df.select(ids.alias("id"), functions.col(text_col).alias("text"))
    worker = partial(_extract_frames, model=model, max_chars=max_chars, batch_size=batch_size, column=text_col)
    return selected.mapInPandas(worker, schema=document_schema())


def _input_record(record_id, text, column: str) -> InputRecord:
    record_id = None if record_id is None or (isinstance(record_id, float) and math.isnan(record_id)) else record_id
    where = f"row {record_id}" if record_id is not None else "row without id"
    if not isinstance(text, str):
        return InputRecord(record_id, None, where, MISSING_TEXT, f"{where}: column {column!r} is null")
    return InputRecord(record_id, text, where)


def _extract_frames(frames: Iterator, *, model: bool, max_chars: Optional[int], batch_size: int,
                    column: str) -> Iterator:
    """mapInPandas function, run in executor Python workers: pandas frames in, output frames out."""
    import pandas as pd

    from .batch import extract_chunk, worker_pipeline
    from .records import ErrorRecord

    # jieba's import attaches a DEBUG handler to stderr; executors have no CLI to quiet it
    import jieba

    jieba.setLogLevel(logging.WARNING)
    # worker_pipeline keeps the pipeline in a module global, so a reused Python worker loads it once
    nlp = worker_pipeline(model)
    for frame in frames:
        texts = [text if isinstance(text, str) else None for text in frame["text"]]
        records = [_input_record(i, t, column) for i, t in zip(frame["id"], texts)]
        records = list(limit_length(records, max_chars))
        for start in range(0, len(records), batch_size):
            chunk = records[start:start + batch_size]
            rows = []
            results = extract_chunk(chunk, nlp, batch_size=batch_size)
            for text, result in zip(texts[start:start + batch_size], results):
                if isinstance(result, ErrorRecord):
                    rows.append((result.id, text, None, None, result.error, result.reason))
                else:
                    data = result.model_dump(mode="json")
                    rows.append((data["id"], data["text"], data["entities"], data["relations"], None, None))
            yield pd.DataFrame(rows, columns=list(OUTPUT_COLUMNS))
