"""The newsie command line: a thin layer over the library (exit codes in docs/cli.md)."""

from __future__ import annotations

import json
import logging

from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Companies, people, products and relations in Chinese business news.")

EXIT_OK, EXIT_FAILED_DOCS, EXIT_USAGE, EXIT_BAD_INPUT = 0, 1, 2, 3


def _quiet_jieba() -> None:
    import jieba

    jieba.setLogLevel(logging.WARNING)


@app.command()
def extract(
    paths: List[str] = typer.Argument(
        None, help="Files, folders or globs (.txt, .jsonl, .csv, .parquet); '-' or nothing reads JSONL from stdin."),
    output: Optional[Path] = typer.Option(
        None, "--output", "-o", help="JSONL file (default stdout), or a folder with --format parquet."),
    format: str = typer.Option("jsonl", "--format", "-f",
                               help="jsonl (one record a line) or parquet (documents, entities and relations tables)."),
    id_field: str = typer.Option("id", help="Id column or JSON key of JSONL, CSV and Parquet inputs."),
    text_field: str = typer.Option("text", help="Text column or JSON key of JSONL, CSV and Parquet inputs."),
    batch_size: int = typer.Option(64, min=1, help="Documents per batch (and per flush of the output)."),
    n_process: int = typer.Option(1, min=1, help="Worker processes, each loading the pipeline once."),
    max_chars: int = typer.Option(100_000, min=1, help="Longer texts become 'too_long' error records."),
    resume: bool = typer.Option(False, "--resume", help="Append to the JSONL --output, skipping ids already in it."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Progress bar on stderr."),
    no_model: bool = typer.Option(False, "--no-model", help="Rule and lexicon layers only."),
) -> None:
    """Extract entities and relations: one record per input document, error records included (docs/batch.md)."""
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from .batch import ExtractOptions, OptionsError, run_extract
    from .errors import InputError, ModelNotFoundError

    _quiet_jieba()
    options = ExtractOptions(paths=paths or ["-"], output=output, format=format, batch_size=batch_size,
                             n_process=n_process, model=not no_model, id_field=id_field, text_field=text_field,
                             max_chars=max_chars, resume=resume)
    bar = Progress(SpinnerColumn(), TextColumn("{task.completed:,} documents"),
                   TextColumn("{task.fields[rate]:,.0f} characters/s"), TextColumn("{task.fields[errors]:,} errors"),
                   TimeElapsedColumn(), console=Console(stderr=True), disable=not progress)
    task = bar.add_task("extract", total=None, rate=0.0, errors=0)
    last = []

    def update(summary) -> None:
        last[:] = [summary]
        bar.update(task, completed=summary.documents, rate=summary.chars_per_second, errors=summary.errors)

    try:
        with bar:
            summary = run_extract(options, progress=update)
    except (OptionsError, ModelNotFoundError) as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(EXIT_USAGE)
    except (OSError, InputError) as error:  # missing or unreadable input
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(EXIT_BAD_INPUT)
    except KeyboardInterrupt:
        written = last[0].records if last else 0
        typer.echo(f"interrupted: {written} records written, the output is valid up to there; "
                   "rerun with --resume to continue", err=True)
        raise typer.Exit(130)  # 128 + SIGINT, as shells report it
    reasons = ", ".join(f"{count} {reason}" for reason, count in sorted(summary.reasons.items()))
    typer.echo(f"{summary.documents} documents, {summary.errors} error records"
               + (f" ({reasons})" if reasons else "")
               + (f", {summary.skipped} skipped as already in the output" if summary.skipped else "")
               + f", {summary.chars_per_second:,.0f} characters/s", err=True)
    raise typer.Exit(EXIT_FAILED_DOCS if summary.errors else EXIT_OK)


@app.command()
def evaluate(
    gold: Path = typer.Argument(..., exists=True, dir_okay=False, help="Gold JSONL (annotation guidelines)."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
    errors: bool = typer.Option(False, "--errors", help="List false positives and negatives with context."),
    no_model: bool = typer.Option(False, "--no-model", help="Rule and lexicon layers only."),
    model: Optional[Path] = typer.Option(None, help="A pipeline directory instead of the packaged model."),
) -> None:
    """Precision, recall and F1 per entity and relation label on a gold file."""
    from .gold import GoldFormatError, read_gold, validate_record
    from .pipeline import load
    from .api import extract as extract_one
    from .evaluate import evaluate as run

    _quiet_jieba()
    try:
        records = list(read_gold(gold))
    except GoldFormatError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(EXIT_BAD_INPUT)
    problems = [f"{gold}:{r['_line']}: {issue.message}" for r in records for issue in validate_record(r)]
    if problems:
        typer.echo("\n".join(problems), err=True)
        raise typer.Exit(EXIT_BAD_INPUT)
    nlp = load(model, model=not no_model)
    report = run(records, lambda text, id: extract_one(text, id=id, nlp=nlp), keep_errors=errors)
    result = report.as_dict()
    if errors:
        result["errors"] = report.errors
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    _print_report(result)


def _print_report(result: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    for part in ("entities", "relations"):
        table = Table(title=f"{part} ({result['documents']} documents)")
        for column in ("label", "P", "R", "F1", "TP", "FP", "FN"):
            table.add_column(column, justify="right" if column != "label" else "left")
        for label, s in result[part].items():
            table.add_row(label, f"{s['p']:.3f}", f"{s['r']:.3f}", f"{s['f']:.3f}", str(s["tp"]), str(s["fp"]), str(s["fn"]))
        console.print(table)
    console.print(f"status accuracy: {result['status_accuracy']} over {result['status_compared']} matched relations")
    for error in result.get("errors", []):
        console.print(json.dumps(error, ensure_ascii=False), markup=False, highlight=False)


@app.command()
def validate(gold: List[Path] = typer.Argument(..., exists=True, dir_okay=False)) -> None:
    """Check gold files: offsets, labels, clusters and relation endpoints."""
    from .gold import GoldFormatError, read_gold, validate_record

    problems = 0
    for path in gold:
        try:
            for record in read_gold(path):
                for issue in validate_record(record, record["_line"]):
                    typer.echo(f"{path}:{issue}")
                    problems += 1
        except GoldFormatError as error:
            typer.echo(f"error: {error}", err=True)
            raise typer.Exit(EXIT_BAD_INPUT)
    typer.echo(f"{problems} problem(s)", err=True)
    raise typer.Exit(EXIT_BAD_INPUT if problems else EXIT_OK)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the Document record."""
    from .records import Document

    typer.echo(json.dumps(Document.model_json_schema(), ensure_ascii=False, indent=2))


@app.command()
def train(
    shared: Path = typer.Option(Path("../shared/data"), help="The shared corpora folder."),
    written: Path = typer.Option(Path("data/train"), help="Our written training documents (gold JSONL)."),
    dev: Path = typer.Option(Path("data/samples/dev.jsonl"), help="Dev samples for model selection."),
    workdir: Path = typer.Option(Path("training/run"), help="Where DocBins and checkpoints go."),
    output: Optional[Path] = typer.Option(None, help="Model directory; default: the packaged model."),
    max_steps: Optional[int] = typer.Option(None, help="Override the config's training.max_steps."),
    skip_ner: bool = typer.Option(False, help="Reuse WORKDIR/ner_finetuned and retrain only the relation model."),
    override: List[str] = typer.Option([], help="spaCy config override KEY=VALUE, e.g. components.tok2vec.model.encode.width=64."),
) -> None:
    """Rebuild the shipped pipeline (NER, then the relation model) from the corpora (docs/model-card.md)."""
    from .pipeline import packaged_model_path
    from .training.train import (assemble, build_corpus, build_finetune_corpus, build_vectors, default_config,
                                 train_ner)

    _quiet_jieba()
    logging.basicConfig(level=logging.INFO)
    if not (shared / "cluener").is_dir():
        typer.echo(f"error: {shared} does not hold the shared corpora (cluener/ missing)", err=True)
        raise typer.Exit(EXIT_BAD_INPUT)
    if not skip_ner:
        try:
            import gensim  # noqa: F401
        except ImportError:
            typer.echo('error: `newsie train` needs gensim for the character vectors: pip install "newsie[train]"', err=True)
            raise typer.Exit(EXIT_BAD_INPUT)
        build_vectors(shared, written, workdir / "vectors")
        build_corpus(shared, written, dev, workdir)
        overrides = {"training.max_steps": max_steps} if max_steps else {}
        overrides["paths.vectors"] = str(workdir / "vectors")
        for item in override:
            key, _, value = item.partition("=")
            overrides[key] = int(value) if value.isdigit() else value
        train_ner(default_config(), workdir, workdir / "ner", overrides=overrides)
        # stage 2: continue for a fixed 1,500 steps with FinRE's relation parties added as partial
        # annotations (the last model is kept: the CLUENER-heavy dev score does not see that gain)
        build_finetune_corpus(shared, written, workdir / "finetune")
        train_ner(default_config("ner_finetune.cfg"), workdir / "finetune", workdir / "ner_finetuned",
                  overrides={"paths.base": str(workdir / "ner")}, dev=workdir / "dev.spacy", keep="model-last")
    path = assemble(workdir / "ner_finetuned", shared, written, output or packaged_model_path())
    typer.echo(f"pipeline written to {path}")


@app.command("pkuseg-train")
def pkuseg_train(
    corpus: Path = typer.Argument(..., exists=True, dir_okay=False, help="Segmented text, words split by spaces."),
    output: Path = typer.Argument(..., help="Model directory to write."),
    epochs: int = typer.Option(10, help="Training iterations."),
) -> None:
    """Train a spacy-pkuseg model for the pkuseg segmenter (spacy-pkuseg ships none)."""
    from .segment.pkuseg import train_pkuseg

    typer.echo(f"model written to {train_pkuseg(corpus, output, epochs=epochs)}")




