"""Input records from files and streams, read lazily; bad rows become error records, never gaps."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterable, Iterator, Optional

TEXT_SUFFIXES = {".txt"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


@dataclass(frozen=True)
class InputRecord:
    """One document to process, or the reason it cannot be."""

    id: Optional[str]
    text: Optional[str]
    source: str
    error: Optional[str] = None
    reason: Optional[str] = None


def iter_paths(paths: Iterable[str]) -> Iterator[str]:
    """Expand folders (recursively, sorted) into supported files; '-' stands for stdin."""
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES:
                    yield str(child)
        elif path.is_file():
            yield str(path)
        else:
            raise FileNotFoundError(f"{raw}: no such file or folder")


def read_inputs(paths: Iterable[str], *, id_field: str = "id", text_field: str = "text") -> Iterator[InputRecord]:
    """Yield one InputRecord per document in ``paths`` (see iter_paths)."""
    for path in iter_paths(paths):
        if path == "-":
            yield from read_jsonl_lines(sys.stdin.buffer, "<stdin>", id_field=id_field, text_field=text_field)
        elif Path(path).suffix.lower() in JSONL_SUFFIXES:
            with open(path, "rb") as stream:
                yield from read_jsonl_lines(stream, path, id_field=id_field, text_field=text_field)
        else:
            yield read_text_file(Path(path))


def read_text_file(path: Path) -> InputRecord:
    """A .txt file is one document whose id is the file name."""
    try:
        return InputRecord(path.stem, path.read_bytes().decode("utf-8"), str(path))
    except UnicodeDecodeError as error:
        return InputRecord(path.stem, None, str(path), "decode_error", f"{path}: not UTF-8 ({error.reason} at byte {error.start})")


def read_jsonl_lines(stream: IO[bytes], source: str, *, id_field: str = "id",
                     text_field: str = "text") -> Iterator[InputRecord]:
    """JSON lines with an id and a text field; a line that is not JSON gives an error record."""
    for number, raw in enumerate(stream, 1):
        if not raw.strip():
            continue
        where = f"{source}:{number}"
        fallback_id = f"{Path(source).stem}:{number}"
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            yield InputRecord(fallback_id, None, where, "decode_error", f"{where}: not UTF-8 ({error.reason})")
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            yield InputRecord(fallback_id, None, where, "bad_json", f"{where}: {error.msg}")
            continue
        if not isinstance(row, dict):
            yield InputRecord(fallback_id, None, where, "bad_json", f"{where}: a line must be a JSON object")
            continue
        record_id = row.get(id_field)
        record_id = str(record_id) if record_id is not None else fallback_id
        text = row.get(text_field)
        if not isinstance(text, str):
            yield InputRecord(record_id, None, where, "missing_text", f"{where}: no string field {text_field!r}")
            continue
        yield InputRecord(record_id, text, where)
