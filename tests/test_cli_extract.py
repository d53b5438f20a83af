"""`newsie extract`: exit codes, messages, input and output formats, resume (docs/batch.md)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

import newsie.batch
import newsie.pipeline
from newsie.cli import app

TEXTS = {"n1": "阿里巴巴与腾讯宣布达成战略合作。", "n2": "比亚迪发布新款电动车。",
         "n3": "小米集团创始人雷军出席发布会。"}


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def jsonl(tmp_path) -> Path:
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps({"id": k, "text": v}, ensure_ascii=False) + "\n" for k, v in TEXTS.items()),
                    encoding="utf-8")
    return path


def _run(runner, *args, **kwargs):
    return runner.invoke(app, ["extract", "--no-model", "--no-progress", *map(str, args)], **kwargs)


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_cli_extract_all_ok_exits_0(runner, jsonl, tmp_path):
    result = _run(runner, jsonl, "-o", tmp_path / "out.jsonl")
    assert result.exit_code == 0, result.output
    assert [r["id"] for r in _records(tmp_path / "out.jsonl")] == ["n1", "n2", "n3"]
    assert "3 documents, 0 error records" in result.stderr


def test_cli_extract_writes_stdout_and_reads_stdin(runner, jsonl):
    result = _run(runner, "-", input=jsonl.read_text(encoding="utf-8"))
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["n1", "n2", "n3"]


def test_cli_extract_error_records_exit_1_with_reasons(runner, tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b'{"id": "ok", "text": "\xe8\x85\xbe\xe8\xae\xaf"}\nnot json\n{"id": "x"}\n'
                     b'{"id": "b", "text": "\xff"}\n{"id": "long", "text": "123456789"}\n')
    result = _run(runner, path, "-o", tmp_path / "out.jsonl", "--max-chars", 5)
    assert result.exit_code == 1, result.output
    out = _records(tmp_path / "out.jsonl")
    assert [(r["id"], r.get("error")) for r in out] == [
        ("ok", None), ("bad:2", "bad_json"), ("x", "missing_text"), ("b", "decode_error"), ("long", "too_long")]
    assert all(r["reason"] for r in out[1:])
    assert "1 documents, 4 error records (1 bad_json, 1 decode_error, 1 missing_text, 1 too_long)" in result.stderr


def test_cli_extract_csv_parquet_txt_and_folders(runner, tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    with (folder / "a.csv").open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows([["doc", "body"], ["c1", TEXTS["n1"]], ["c2", TEXTS["n2"]]])
    pq.write_table(pa.table({"doc": ["p1"], "body": [TEXTS["n3"]]}), folder / "sub" / "b.parquet")
    (folder / "sub" / "t1.txt").write_text(TEXTS["n2"], encoding="utf-8")
    result = _run(runner, folder, "--id-field", "doc", "--text-field", "body", "-o", tmp_path / "out.jsonl")
    assert result.exit_code == 0, result.output
    out = _records(tmp_path / "out.jsonl")
    assert [(r["id"], r["text"]) for r in out] == [("c1", TEXTS["n1"]), ("c2", TEXTS["n2"]), ("p1", TEXTS["n3"]),
                                                   ("t1", TEXTS["n2"])]


def test_cli_extract_parquet_output(runner, jsonl, tmp_path):
    jsonl.write_text(jsonl.read_text(encoding="utf-8") + "broken\n", encoding="utf-8")
    result = _run(runner, jsonl, "--format", "parquet", "-o", tmp_path / "tables")
    assert result.exit_code == 1, result.output
    documents = pq.read_table(tmp_path / "tables" / "documents.parquet").to_pylist()
    assert [(d["id"], d["error"]) for d in documents] == [
        ("n1", None), ("n2", None), ("n3", None), ("news:4", "bad_json")]
    entities = pq.read_table(tmp_path / "tables" / "entities.parquet").to_pylist()
    assert {e["doc_id"] for e in entities} <= {"n1", "n2", "n3"} and any(e["text"] == "腾讯" for e in entities)
    relations = pq.read_table(tmp_path / "tables" / "relations.parquet").to_pylist()
    assert [(r["doc_id"], r["label"]) for r in relations if r["doc_id"] == "n1"] == [("n1", "PARTNER")]


def test_cli_extract_resume_skips_done_ids_and_appends(runner, jsonl, tmp_path):
    out = tmp_path / "out.jsonl"
    assert _run(runner, jsonl, "-o", out).exit_code == 0
    full = out.read_text(encoding="utf-8")
    out.write_text(full.splitlines(keepends=True)[0], encoding="utf-8")
    result = _run(runner, jsonl, "-o", out, "--resume")
    assert result.exit_code == 0, result.output
    assert "2 documents" in result.stderr and "1 skipped" in result.stderr
    assert out.read_text(encoding="utf-8") == full


def test_cli_extract_interrupt_exits_130_and_output_resumes(runner, jsonl, tmp_path, monkeypatch):
    real = newsie.batch.run_extract

    def interrupted(options, progress=None):
        def stop(summary):
            progress(summary)
            raise KeyboardInterrupt

        return real(options, progress=stop)

    out = tmp_path / "out.jsonl"
    monkeypatch.setattr(newsie.batch, "run_extract", interrupted)
    result = _run(runner, jsonl, "-o", out, "--batch-size", 2)
    assert result.exit_code == 130
    assert "interrupted: 2 records written" in result.stderr and "--resume" in result.stderr
    assert [r["id"] for r in _records(out)] == ["n1", "n2"]
    monkeypatch.setattr(newsie.batch, "run_extract", real)
    assert _run(runner, jsonl, "-o", out, "--resume").exit_code == 0
    assert [r["id"] for r in _records(out)] == ["n1", "n2", "n3"]


def test_cli_extract_progress_bar_on_stderr(runner, jsonl, tmp_path):
    result = runner.invoke(app, ["extract", "--no-model", str(jsonl), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 0, result.output
    assert "3 documents" in result.stderr and "characters/s" in result.stderr and "0 errors" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("args, message", [
    (["--resume"], "--resume needs"),
    (["--format", "xml"], "unknown output format"),
    (["--format", "parquet"], "needs --output"),
    (["--batch-size", "0"], "--batch-size"),
    (["--n-process", "0"], "--n-process"),
])
def test_cli_extract_usage_errors_exit_2(runner, jsonl, args, message):
    result = _run(runner, jsonl, *args)
    assert result.exit_code == 2
    assert message in result.output


def test_cli_extract_missing_model_exits_2(runner, jsonl, tmp_path, monkeypatch):
    monkeypatch.setattr(newsie.pipeline, "packaged_model_path", lambda: tmp_path / "no-model")
    result = runner.invoke(app, ["extract", "--no-progress", str(jsonl)])
    assert result.exit_code == 2
    assert "--no-model" in result.stderr


@pytest.mark.parametrize("name, content", [
    ("missing.jsonl", None),
    ("nothing-*.jsonl", None),
    ("corrupt.parquet", b"PAR1 this is not parquet"),
])
def test_cli_extract_missing_or_unreadable_input_exits_3(runner, tmp_path, name, content):
    if content is not None:
        (tmp_path / name).write_bytes(content)
    result = _run(runner, tmp_path / name, "-o", tmp_path / "o.jsonl")
    assert result.exit_code == 3
    assert result.stderr.startswith("error: ") and name.split("*")[0] in result.stderr
