import json

from typer.testing import CliRunner

from newsie.cli import app

runner = CliRunner()


def test_cli_schema_prints_json_schema():
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["title"] == "Document"


def test_cli_validate_exit_codes(tmp_path):
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"id": "1", "text": "星川科技", "entities": [
        {"start": 0, "end": 4, "text": "星川科技", "label": "COMPANY", "cluster": "xc"}], "relations": []},
        ensure_ascii=False) + "\n", encoding="utf-8")
    assert runner.invoke(app, ["validate", str(good)]).exit_code == 0
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "1", "text": "星川", "entities": [{"start": 0, "end": 4, "text": "星川科技", "label": "COMPANY", "cluster": "xc"}]}\n', encoding="utf-8")
    result = runner.invoke(app, ["validate", str(bad)])
    assert result.exit_code == 3 and "bad offsets" in result.stdout
    notjson = tmp_path / "notjson.jsonl"
    notjson.write_text("{oops\n", encoding="utf-8")
    result = runner.invoke(app, ["validate", str(notjson)])
    assert result.exit_code == 3 and "notjson.jsonl:1" in result.output


def test_cli_evaluate_json_report(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "1", "text": "淘宝接入微信支付", "entities": [
        {"start": 0, "end": 2, "text": "淘宝", "label": ["COMPANY", "PRODUCT"], "cluster": "tb"},
        {"start": 4, "end": 8, "text": "微信支付", "label": "PRODUCT", "cluster": "wxp"}],
        "relations": [{"head": "tb", "tail": "wxp", "label": "PARTNER", "status": "asserted", "evidence": "淘宝接入微信支付"}]},
        ensure_ascii=False) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(gold), "--json", "--no-model", "--errors"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["entities"]["micro"]["f"] == 1.0
    assert report["relations"]["PARTNER"]["tp"] == 1
    assert report["errors"] == []


def test_cli_evaluate_missing_file_is_usage_error(tmp_path):
    assert runner.invoke(app, ["evaluate", str(tmp_path / "none.jsonl")]).exit_code == 2
