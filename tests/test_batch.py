"""Batch runs: one record per input, in order, equal to extract_many; resumable after an interrupt."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import newsie
import newsie.api
import newsie.pipeline
from newsie.batch import ExtractOptions, OptionsError, extract_chunk, extract_records, run_extract
from newsie.errors import ModelNotFoundError
from newsie.io import InputRecord

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples" / "dev.jsonl"


@pytest.fixture(scope="module")
def samples() -> list[dict]:
    rows = [json.loads(line) for line in SAMPLES.read_text(encoding="utf-8").splitlines()]
    return [{"id": row["id"], "text": row["text"]} for row in rows[:24]]


@pytest.fixture
def corpus(tmp_path, samples) -> Path:
    """24 good documents with four bad lines among them, and an empty text."""
    lines = [json.dumps(row, ensure_ascii=False).encode() for row in samples]
    lines[3:3] = [b"{broken json"]
    lines[8:8] = [b'{"id": "no-text"}']
    lines[12:12] = [b'{"id": "bytes", "text": "\xff\xfe"}']
    lines[16:16] = [json.dumps({"id": "long", "text": "长" * 3000}).encode()]
    lines.append(json.dumps({"id": "empty", "text": ""}).encode())
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _options(corpus: Path, output: Path, **settings) -> ExtractOptions:
    return ExtractOptions(paths=[str(corpus)], output=output, model=False, batch_size=4, max_chars=2000, **settings)


def test_batch_one_record_per_input_in_order_equal_to_extract_many(tmp_path, corpus, samples, rules_nlp):
    summary = run_extract(_options(corpus, tmp_path / "out.jsonl"))
    out = _lines(tmp_path / "out.jsonl")
    assert len(out) == 29  # 24 samples + 4 bad lines + 1 empty text
    assert [(row["id"], row.get("error")) for row in out if "error" in row] == [
        ("in:4", "bad_json"), ("no-text", "missing_text"), ("bytes", "decode_error"), ("long", "too_long")]
    documents = [row for row in out if "error" not in row]
    expected = newsie.extract_many([s["text"] for s in samples] + [""], ids=[s["id"] for s in samples] + ["empty"],
                                   nlp=rules_nlp)
    assert documents == [doc.model_dump(mode="json") for doc in expected]
    assert documents[-1]["entities"] == [] and documents[-1]["text"] == ""
    assert (summary.documents, summary.errors, summary.skipped) == (25, 4, 0)
    assert summary.reasons == {"bad_json": 1, "missing_text": 1, "decode_error": 1, "too_long": 1}
    assert summary.characters == sum(len(s["text"]) for s in samples)
    assert summary.peak_rss_kb and all(kb > 0 for kb in summary.peak_rss_kb.values())


def test_batch_extract_chunk_turns_a_pipeline_failure_into_an_error_record(monkeypatch, rules_nlp):
    real = newsie.api.doc_to_record

    def failing(doc, **kwargs):
        if doc.text == "BOOM":
            raise RuntimeError("component crashed")
        return real(doc, **kwargs)

    monkeypatch.setattr(newsie.api, "doc_to_record", failing)
    records = [InputRecord("a", "腾讯发布财报。", "s:1"), InputRecord("b", "BOOM", "s:2"),
               InputRecord("c", None, "s:3", "bad_json", "s:3: bad"), InputRecord("d", "", "s:4")]
    results = extract_chunk(records, rules_nlp)
    assert [r.id for r in results] == ["a", "b", "c", "d"]
    assert results[1].error == "extract_failed" and "RuntimeError: component crashed" in results[1].reason
    assert results[2].error == "bad_json" and results[0].text == "腾讯发布财报。"
    assert [r.id for r in extract_records(iter(records), rules_nlp, batch_size=3)] == ["a", "b", "c", "d"]


def test_batch_parquet_output_tables(tmp_path, corpus, samples, rules_nlp):
    run_extract(_options(corpus, tmp_path / "out", format="parquet"))
    documents = pq.read_table(tmp_path / "out" / "documents.parquet").to_pylist()
    entities = pq.read_table(tmp_path / "out" / "entities.parquet").to_pylist()
    relations = pq.read_table(tmp_path / "out" / "relations.parquet").to_pylist()
    assert len(documents) == 29
    assert [d["error"] for d in documents if d["error"]] == ["bad_json", "missing_text", "decode_error", "too_long"]
    expected = list(newsie.extract_many([s["text"] for s in samples], ids=[s["id"] for s in samples], nlp=rules_nlp))
    assert [(e["doc_id"], e["id"], e["text"], e["label"]) for e in entities] == [
        (doc.id, e.id, e.text, e.label.value) for doc in expected for e in doc.entities]
    assert [(r["doc_id"], r["label"], r["head"], r["tail"], len(r["evidence"])) for r in relations] == [
        (doc.id, r.label.value, r.head, r.tail, len(r.evidence)) for doc in expected for r in doc.relations]
    assert relations, "the samples state relations"
    by_id = {d["id"]: d for d in documents}
    assert by_id["dev-001"]["n_entities"] == len(expected[0].entities)
    assert by_id["dev-001"]["source"].endswith("in.jsonl:1")


def _interrupt_after(chunks: int):
    calls = []

    def progress(summary):
        calls.append(summary.records)
        if len(calls) == chunks:
            raise KeyboardInterrupt

    return progress


@pytest.mark.parametrize("n_process", [1, pytest.param(2, marks=pytest.mark.slow)])
def test_batch_interrupt_leaves_valid_output_that_resume_completes(tmp_path, corpus, n_process):
    full = tmp_path / "full.jsonl"
    run_extract(_options(corpus, full))
    out = tmp_path / "out.jsonl"
    with pytest.raises(KeyboardInterrupt):
        run_extract(_options(corpus, out, n_process=n_process), progress=_interrupt_after(2))
    partial = _lines(out)  # every line parses: nothing half-written
    assert len(partial) == 8 and partial == _lines(full)[:8]
    with out.open("a", encoding="utf-8") as stream:
        stream.write('{"id": "dev-099", "text": "half a li')  # as a kill during a write would leave
    summary = run_extract(_options(corpus, out, n_process=n_process, resume=True))
    assert summary.skipped == 8 and summary.records == 21
    assert out.read_text(encoding="utf-8") == full.read_text(encoding="utf-8")
    again = run_extract(_options(corpus, out, resume=True))
    assert (again.skipped, again.records) == (29, 0)
    assert out.read_text(encoding="utf-8") == full.read_text(encoding="utf-8")


@pytest.mark.slow
def test_batch_two_processes_equal_one_for_csv_and_parquet_inputs(tmp_path, samples):
    import pyarrow as pa

    csv_path = tmp_path / "a.csv"
    with csv_path.open("w", encoding="utf-8", newline="") as stream:
        import csv

        writer = csv.writer(stream)
        writer.writerow(["key", "body"])
        writer.writerows((s["id"], s["text"]) for s in samples[:12])
    pq.write_table(pa.table({"key": [s["id"] for s in samples[12:]], "body": [s["text"] for s in samples[12:]]}),
                   tmp_path / "b.parquet")
    outputs = []
    for n_process in (1, 2):
        output = tmp_path / f"out{n_process}.jsonl"
        run_extract(ExtractOptions(paths=[str(tmp_path / "*.csv"), str(tmp_path / "b.parquet")], output=output,
                                   model=False, batch_size=3, n_process=n_process, id_field="key", text_field="body"))
        outputs.append(output.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]
    assert [row["id"] for row in map(json.loads, outputs[0].splitlines())] == [s["id"] for s in samples]


@pytest.mark.parametrize("settings, message", [
    ({"format": "xml"}, "unknown output format"),
    ({"batch_size": 0}, "at least 1"),
    ({"max_chars": 0}, "at least 1"),
    ({"format": "parquet", "output": None}, "needs --output"),
    ({"resume": True, "output": None}, "--resume needs"),
    ({"resume": True, "format": "parquet"}, "--resume needs"),
])
def test_batch_options_that_cannot_work_raise_options_error(tmp_path, corpus, settings, message):
    options = ExtractOptions(paths=[str(corpus)], output=tmp_path / "out", model=False)
    for key, value in settings.items():
        setattr(options, key, value)
    with pytest.raises(OptionsError, match=message):
        run_extract(options)


def test_batch_missing_input_fails_before_writing(tmp_path, corpus):
    with pytest.raises(FileNotFoundError, match="nope.jsonl"):
        run_extract(ExtractOptions(paths=[str(corpus), str(tmp_path / "nope.jsonl")], output=tmp_path / "o.jsonl",
                                   model=False))
    assert not (tmp_path / "o.jsonl").exists()


def test_batch_missing_model_names_the_fix(tmp_path, corpus, monkeypatch):
    monkeypatch.setattr(newsie.pipeline, "packaged_model_path", lambda: tmp_path / "no-model")
    with pytest.raises(ModelNotFoundError, match="--no-model"):
        run_extract(ExtractOptions(paths=[str(corpus)], output=tmp_path / "o.jsonl", model=True))
