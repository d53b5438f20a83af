"""newsie.spark in local mode: one output row per input row, equal to extract_many."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest

import newsie
from newsie.records import Entity, Evidence, Relation

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples" / "dev.jsonl"


def _spark_missing() -> str | None:
    try:
        import pyspark  # noqa: F401
        import pandas  # noqa: F401
    except ImportError as error:
        return f"pyspark or pandas cannot be imported ({error}); pip install 'newsie[spark]'"
    java_home = os.environ.get("JAVA_HOME")
    if not shutil.which("java") and not (java_home and Path(java_home, "bin", "java").exists()):
        return "Java is missing (Spark needs a JRE 17 on PATH or JAVA_HOME)"
    return None


spark_only = pytest.mark.skipif(_spark_missing() is not None, reason=_spark_missing() or "")
pytestmark = pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning")


@pytest.fixture(scope="session")
def spark():
    from pyspark.sql import SparkSession

    # executors must run this Python, where newsie is installed
    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (SparkSession.builder.master("local[2]").appName("newsie-tests")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
               .config("spark.pyspark.python", sys.executable).getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def samples() -> list[tuple[str, str]]:
    rows = [json.loads(line) for line in SAMPLES.read_text(encoding="utf-8").splitlines()]
    return [(row["id"], row["text"]) for row in rows[:8]]


@spark_only
@pytest.mark.spark
@pytest.mark.slow
def test_spark_output_equals_extract_many(spark, samples, rules_nlp):
    from newsie.spark import extract_dataframe

    df = spark.createDataFrame(samples, "id string, text string").repartition(2)
    rows = {row.id: row.asDict(recursive=True) for row in extract_dataframe(df, model=False).collect()}
    expected = newsie.extract_many([t for _, t in samples], ids=[i for i, _ in samples], nlp=rules_nlp)
    assert len(rows) == len(samples)
    for doc in expected:
        dumped = doc.model_dump(mode="json")
        want = {"id": doc.id, "text": doc.text, "entities": dumped["entities"], "relations": dumped["relations"],
                "error": None, "reason": None}
        assert rows[doc.id] == want
    assert any(row["relations"] for row in rows.values())


@spark_only
@pytest.mark.spark
@pytest.mark.slow
def test_spark_bad_rows_become_error_rows(spark):
    from newsie.spark import extract_dataframe

    data = [(1, "腾讯发布财报。"), (2, None), (3, ""), (4, "长" * 50)]
    df = spark.createDataFrame(data, "key long, body string")
    out = extract_dataframe(df, text_col="body", id_col="key", model=False, max_chars=40)
    rows = {row.id: row for row in out.collect()}
    assert sorted(rows) == ["1", "2", "3", "4"]
    assert rows["1"].error is None and [e.text for e in rows["1"].entities] == ["腾讯"]
    assert (rows["2"].error, rows["2"].entities, rows["2"].relations) == ("missing_text", None, None)
    assert "'body' is null" in rows["2"].reason
    assert (rows["3"].error, rows["3"].entities, rows["3"].text) == (None, [], "")
    assert rows["4"].error == "too_long" and "50 characters" in rows["4"].reason and rows["4"].text == "长" * 50


@spark_only
@pytest.mark.spark
def test_spark_schema_follows_the_records():
    from newsie.spark import OUTPUT_COLUMNS, document_schema

    schema = document_schema()
    assert tuple(schema.fieldNames()) == OUTPUT_COLUMNS
    entity = schema["entities"].dataType.elementType
    relation = schema["relations"].dataType.elementType
    assert entity.fieldNames() == list(Entity.model_fields)
    assert relation.fieldNames() == list(Relation.model_fields)
    assert relation["evidence"].dataType.elementType.fieldNames() == list(Evidence.model_fields)


@spark_only
@pytest.mark.spark
def test_spark_missing_column_is_named(spark):
    from newsie.spark import extract_dataframe

    df = spark.createDataFrame([("a", "x")], "id string, content string")
    with pytest.raises(ValueError, match="'text' is not in the DataFrame"):
        extract_dataframe(df)


def test_spark_without_pyspark_says_how_to_install(monkeypatch):
    import newsie.spark

    monkeypatch.setitem(sys.modules, "pyspark", None)
    with pytest.raises(ImportError, match=r"pip install 'newsie\[spark\]'"):
        newsie.spark.document_schema()
