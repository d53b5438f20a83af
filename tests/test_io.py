"""Readers yield exactly one record per input document; writers leave whole lines and readable tables."""

from __future__ import annotations

import io
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from newsie.io import (InputRecord, JsonlWriter, ParquetWriter, document_rows, done_ids, iter_paths, limit_length,
                       parquet_schemas, read_csv, read_inputs, read_jsonl_lines, read_parquet, read_text_file)
from newsie.records import Document, Entity, ErrorRecord, Evidence, Relation


def test_io_iter_paths_expands_folders_and_globs_sorted(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ("b.jsonl", "a.txt", "sub/c.csv", "sub/d.parquet", "notes.md"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    expected = [str(tmp_path / n) for n in ("a.txt", "b.jsonl", "sub/c.csv", "sub/d.parquet")]
    assert list(iter_paths([str(tmp_path)])) == expected
    assert list(iter_paths([str(tmp_path / "*.jsonl"), "-"])) == [str(tmp_path / "b.jsonl"), "-"]
    assert list(iter_paths([str(tmp_path / "**" / "*.csv")])) == [str(tmp_path / "sub" / "c.csv")]
    assert list(iter_paths([str(tmp_path / "notes.md")])) == [str(tmp_path / "notes.md")]  # named explicitly


@pytest.mark.parametrize("path", ["missing.jsonl", "missing-*.jsonl"])
def test_io_iter_paths_missing_input_raises(tmp_path, path):
    with pytest.raises(FileNotFoundError, match="missing"):
        list(iter_paths([str(tmp_path / path)]))


def test_io_jsonl_one_record_per_line_including_bad_ones():
    lines = [
        b'{"id": "a", "text": "\xe8\x85\xbe\xe8\xae\xaf"}\n',  # 腾讯
        b"\n",  # blank lines are not documents
        b"{not json\n",
        b'["a", "list"]\n',
        b'{"id": "d", "body": "no text field"}\n',
        b'{"id": "e", "text": 42}\n',
        b'{"id": "f", "text": "\xff\xfe bad bytes"}\n',
        b'{"id": 7, "text": ""}\n',
        b'{"text": "no id"}',  # last line without newline
    ]
    records = list(read_jsonl_lines(io.BytesIO(b"".join(lines)), "in.jsonl"))
    assert [(r.id, r.error) for r in records] == [
        ("a", None), ("in:3", "bad_json"), ("in:4", "bad_json"), ("d", "missing_text"), ("e", "missing_text"),
        ("f", "decode_error"), ("7", None), ("in:9", None),
    ]
    assert records[0].text == "腾讯" and records[6].text == ""
    assert records[1].reason.startswith("in.jsonl:3:") and records[1].source == "in.jsonl:3"
    assert "'text' is missing" in records[3].reason and "int, not a string" in records[4].reason


def test_io_jsonl_custom_fields():
    stream = io.BytesIO('{"doc": "x1", "body": "正文"}\n'.encode())
    [record] = read_jsonl_lines(stream, "s.jsonl", id_field="doc", text_field="body")
    assert (record.id, record.text, record.error) == ("x1", "正文", None)


def test_io_csv_rows_quoted_newlines_bom_and_bad_bytes(tmp_path):
    path = tmp_path / "news.csv"
    long_text = "长" * 200_000  # over csv's default field limit of 131,072 characters
    content = ('\ufeffid,text\n'
               'a,"第一行\n第二行"\n'
               ',no id here\n'
               f'c,{long_text}\n'
               'short row only\n').encode("utf-8") + b'e,"\xff bad"\n' + 'f,最后\n'.encode()
    path.write_bytes(content)
    records = list(read_csv(path))
    assert [(r.id, r.error) for r in records] == [
        ("a", None), ("news:4", None), ("c", None), ("short row only", "missing_text"), ("e", "decode_error"),
        ("f", None),
    ]
    assert records[0].text == "第一行\n第二行" and len(records[2].text) == 200_000
    assert records[4].source == f"{path}:7"


def test_io_csv_missing_text_column_gives_one_error_per_row(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("id,body\n1,甲\n2,乙\n", encoding="utf-8")
    assert [(r.id, r.error) for r in read_csv(path)] == [("1", "missing_text"), ("2", "missing_text")]
    assert [(r.id, r.text) for r in read_csv(path, text_field="body")] == [("1", "甲"), ("2", "乙")]


def test_io_parquet_streams_batches_and_flags_bad_rows(tmp_path):
    path = tmp_path / "news.parquet"
    table = pa.table({
        "doc_id": pa.array([1, 2, None, 4, 5], pa.int64()),
        "body": pa.array(["甲公司".encode(), None, "乙".encode(), b"\xff\xfe", "".encode()], pa.binary()),
        "other": pa.array(["x"] * 5),
    })
    pq.write_table(table, path, row_group_size=2)
    records = list(read_parquet(path, id_field="doc_id", text_field="body", batch_rows=2))
    assert [(r.id, r.text, r.error) for r in records] == [
        ("1", "甲公司", None), ("2", None, "missing_text"), ("news:3", "乙", None), ("4", None, "decode_error"),
        ("5", "", None),
    ]
    assert all(r.error == "missing_text" for r in read_parquet(path, text_field="nope"))


def test_io_text_file_decode_error_and_size_guard(tmp_path):
    good, bad, big = tmp_path / "good.txt", tmp_path / "bad.txt", tmp_path / "big.txt"
    good.write_text("比亚迪发布新车。", encoding="utf-8")
    bad.write_bytes("比亚迪".encode("gbk"))
    big.write_text("字" * 50, encoding="utf-8")
    assert read_text_file(good) == InputRecord("good", "比亚迪发布新车。", str(good))
    assert read_text_file(bad).error == "decode_error"
    assert read_text_file(big, max_chars=10).error == "too_long"  # 150 bytes > 4 × 10: not even read


def test_io_read_inputs_limits_length_everywhere(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "a", "text": "12345"}\n{"id": "b", "text": "123456"}\n', encoding="utf-8")
    records = list(read_inputs([str(path)], max_chars=5))
    assert [(r.id, r.error) for r in records] == [("a", None), ("b", "too_long")]
    assert "6 characters, over the limit of 5" in records[1].reason and "--max-chars" in records[1].reason
    assert [r.error for r in read_inputs([str(path)], max_chars=None)] == [None, None]
    assert list(limit_length([InputRecord("x", None, "s", "bad_json", "r")], 1))[0].error == "bad_json"


def test_io_done_ids_reads_ids_and_cuts_a_half_written_line(tmp_path):
    path = tmp_path / "out.jsonl"
    rows = [{"id": "a", "text": "x"}, {"id": "b", "error": "bad_json", "reason": "r"}, {"text": "id last", "id": "c"}]
    whole = [json.dumps(row) + "\n" for row in rows]
    path.write_text("".join(whole) + '{"id": "d", "text": "cut of', encoding="utf-8")
    assert done_ids(path) == {"a", "b", "c"}
    assert path.read_text(encoding="utf-8") == "".join(whole)
    assert done_ids(tmp_path / "none.jsonl") == set()


def test_io_jsonl_writer_appends_whole_lines(tmp_path):
    path = tmp_path / "out" / "o.jsonl"
    writer = JsonlWriter(path)
    writer.write(['{"id": "a"}\n'])
    writer.close()
    writer = JsonlWriter(path, append=True)
    writer.write(['{"id": "b"}\n', '{"id": "c"}\n'])
    writer.close()
    assert path.read_text().splitlines() == ['{"id": "a"}', '{"id": "b"}', '{"id": "c"}']


def _document() -> Document:
    text = "星川科技与东临银行签署战略合作协议。"
    return Document(
        id="d1", text=text, meta={"k": "v"},
        entities=[Entity(id="e0", text="星川科技", label="COMPANY", start=0, end=4, score=0.9, source="rule",
                         canonical="星川科技"),
                  Entity(id="e1", text="东临银行", label="COMPANY", start=5, end=9, score=0.8, source="model",
                         canonical="东临银行")],
        relations=[Relation(id="r0", label="PARTNER", head="e0", tail="e1", score=0.8, trigger="合作",
                            evidence=[Evidence(text=text, start=0, end=len(text))])],
    )


def test_io_parquet_writer_tables_keyed_by_document_id(tmp_path):
    writer = ParquetWriter(tmp_path / "out", row_group=1)
    writer.write([document_rows(_document(), "in.jsonl:1"),
                  document_rows(ErrorRecord(id="d2", error="bad_json", reason="in.jsonl:2: bad", source="in.jsonl:2"))])
    writer.write([document_rows(Document(id="d3", text=""), "in.jsonl:3")])
    writer.close()
    tables = {name: pq.read_table(tmp_path / "out" / f"{name}.parquet") for name in ParquetWriter.TABLES}
    for name, table in tables.items():
        assert table.schema == parquet_schemas()[name]
    documents = tables["documents"].to_pylist()
    assert [(d["id"], d["n_entities"], d["error"], d["source"]) for d in documents] == [
        ("d1", 2, None, "in.jsonl:1"), ("d2", None, "bad_json", "in.jsonl:2"), ("d3", 0, None, "in.jsonl:3")]
    assert json.loads(documents[0]["meta"]) == {"k": "v"}
    entities = tables["entities"].to_pylist()
    assert [(e["doc_id"], e["id"], e["text"], e["start"]) for e in entities] == [
        ("d1", "e0", "星川科技", 0), ("d1", "e1", "东临银行", 5)]
    [relation] = tables["relations"].to_pylist()
    assert [relation[key] for key in ("doc_id", "head", "tail", "status")] == ["d1", "e0", "e1", "asserted"]
    assert relation["evidence"] == [{"text": _document().text, "start": 0, "end": 18}]
