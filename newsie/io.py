"""Input records from files and streams, read lazily; bad rows become error records, never gaps.

Readers stream: JSONL and CSV line by line, Parquet by record batches, so memory stays bounded
whatever the file size. Writers append whole lines (JSONL) or whole row groups (Parquet).
"""

from __future__ import annotations

import csv
import glob
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Iterable, Iterator, Optional

from .errors import InputError

TEXT_SUFFIXES = {".txt"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
CSV_SUFFIXES = {".csv"}
PARQUET_SUFFIXES = {".parquet", ".pq"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES | PARQUET_SUFFIXES
DEFAULT_MAX_CHARS = 100_000

# Error codes of ErrorRecord.error written by the readers and by newsie.batch (docs/batch.md).
DECODE_ERROR, BAD_JSON, BAD_CSV = "decode_error", "bad_json", "bad_csv"
MISSING_TEXT, TOO_LONG = "missing_text", "too_long"


@dataclass(frozen=True)
class InputRecord:
    """One document to process, or the reason it cannot be."""

    id: Optional[str]
    text: Optional[str]
    source: str
    error: Optional[str] = None
    reason: Optional[str] = None


def too_long_reason(length: int, max_chars: int, where: str) -> str:
    """The reason given for a text over the length limit: what, why, and how to raise it."""
    return (f"{where}: text has {length} characters, over the limit of {max_chars} "
            "(long texts are slow and usually not one article); raise it with --max-chars or split the text")


def _has_glob(raw: str) -> bool:
    return any(char in raw for char in "*?[")


def iter_paths(paths: Iterable[str]) -> Iterator[str]:
    """Expand folders (recursively, sorted) and globs into supported files; '-' stands for stdin.

    A file named explicitly is read whatever its suffix (unknown suffixes as one .txt document);
    folders and globs contribute only .txt, .jsonl, .ndjson, .csv and .parquet files.
    Raises FileNotFoundError for a path that does not exist or a glob that matches nothing.
    """
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUPPORTED_SUFFIXES:
                    yield str(child)
        elif path.is_file():
            yield str(path)
        elif _has_glob(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            files = []
            for match in matches:
                if Path(match).is_dir():
                    files.extend(iter_paths([match]))
                elif Path(match).suffix.lower() in SUPPORTED_SUFFIXES:
                    files.append(match)
            if not files:
                raise FileNotFoundError(f"{raw}: the pattern matches no .txt, .jsonl, .csv or .parquet file")
            yield from files
        else:
            raise FileNotFoundError(f"{raw}: no such file or folder")


def read_inputs(paths: Iterable[str], *, id_field: str = "id", text_field: str = "text",
                max_chars: Optional[int] = DEFAULT_MAX_CHARS) -> Iterator[InputRecord]:
    """Yield one InputRecord per document in ``paths`` (see iter_paths), lazily.

    Args:
        paths: files, folders, globs, or '-' for JSONL on stdin.
        id_field: the id column or JSON key; rows without one get ``<file stem>:<line or row>``.
        text_field: the text column or JSON key.
        max_chars: texts longer than this become ``too_long`` error records; None for no limit.
    """
    for path in iter_paths(paths):
        yield from limit_length(read_path(path, id_field=id_field, text_field=text_field, max_chars=max_chars),
                                max_chars)


def read_path(path: str, *, id_field: str = "id", text_field: str = "text",
              max_chars: Optional[int] = None) -> Iterator[InputRecord]:
    """The records of one file, chosen by suffix ('-' reads JSONL from stdin)."""
    suffix = Path(path).suffix.lower()
    if path == "-":
        yield from read_jsonl_lines(sys.stdin.buffer, "<stdin>", id_field=id_field, text_field=text_field)
    elif suffix in JSONL_SUFFIXES:
        with open(path, "rb") as stream:
            yield from read_jsonl_lines(stream, path, id_field=id_field, text_field=text_field)
    elif suffix in CSV_SUFFIXES:
        yield from read_csv(Path(path), id_field=id_field, text_field=text_field)
    elif suffix in PARQUET_SUFFIXES:
        yield from read_parquet(Path(path), id_field=id_field, text_field=text_field)
    else:
        yield read_text_file(Path(path), max_chars=max_chars)


def limit_length(records: Iterable[InputRecord], max_chars: Optional[int]) -> Iterator[InputRecord]:
    """Turn records whose text is longer than max_chars into ``too_long`` error records."""
    for record in records:
        if max_chars is not None and record.text is not None and len(record.text) > max_chars:
            record = InputRecord(record.id, None, record.source, TOO_LONG,
                                 too_long_reason(len(record.text), max_chars, record.source))
        yield record


def read_text_file(path: Path, *, max_chars: Optional[int] = None) -> InputRecord:
    """A .txt file is one document whose id is the file name."""
    # UTF-8 takes at most 4 bytes a character, so a bigger file is too long without reading it
    if max_chars is not None and path.stat().st_size > 4 * max_chars:
        return InputRecord(path.stem, None, str(path), TOO_LONG,
                           f"{path}: file has {path.stat().st_size} bytes, more than {max_chars} characters "
                           "(long texts are slow and usually not one article); "
                           "raise it with --max-chars or split the text")
    try:
        return InputRecord(path.stem, path.read_bytes().decode("utf-8"), str(path))
    except UnicodeDecodeError as error:
        return InputRecord(path.stem, None, str(path), DECODE_ERROR,
                           f"{path}: not UTF-8 ({error.reason} at byte {error.start})")


def _row_record(row: dict, where: str, fallback_id: str, id_field: str, text_field: str) -> InputRecord:
    record_id = row.get(id_field)
    record_id = str(record_id) if record_id not in (None, "") else fallback_id
    text = row.get(text_field)
    if not isinstance(text, str):
        found = "missing" if text_field not in row else f"a {type(text).__name__}, not a string"
        return InputRecord(record_id, None, where, MISSING_TEXT, f"{where}: text field {text_field!r} is {found}")
    return InputRecord(record_id, text, where)


def read_jsonl_lines(stream: IO[bytes], source: str, *, id_field: str = "id",
                     text_field: str = "text") -> Iterator[InputRecord]:
    """JSON lines with an id and a text field; a line that is not JSON gives an error record."""
    stem = Path(source).stem
    for number, raw in enumerate(stream, 1):
        if not raw.strip():
            continue
        where = f"{source}:{number}"
        fallback_id = f"{stem}:{number}"
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            yield InputRecord(_salvage_id(raw, id_field) or fallback_id, None, where, DECODE_ERROR,
                              f"{where}: not UTF-8 ({error.reason} at byte {error.start})")
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            yield InputRecord(fallback_id, None, where, BAD_JSON, f"{where}: {error.msg}")
            continue
        if not isinstance(row, dict):
            yield InputRecord(fallback_id, None, where, BAD_JSON, f"{where}: a line must be a JSON object")
            continue
        yield _row_record(row, where, fallback_id, id_field, text_field)


def _salvage_id(raw: bytes, id_field: str) -> Optional[str]:
    """The id of a JSON line that is not all UTF-8, when the id itself is readable (so resume finds it)."""
    try:
        row = json.loads(raw.decode("utf-8", errors="replace"))
    except json.JSONDecodeError:
        return None
    value = row.get(id_field) if isinstance(row, dict) else None
    return str(value) if value not in (None, "") and "\ufffd" not in str(value) else None


def _undecodable(value: Optional[str]) -> bool:
    # surrogateescape turns each byte that is not UTF-8 into a lone surrogate
    if not value:
        return False
    try:
        value.encode("utf-8")
        return False
    except UnicodeEncodeError:
        return True


def read_csv(path: Path, *, id_field: str = "id", text_field: str = "text") -> Iterator[InputRecord]:
    """Rows of a CSV file with a header line; a row that is not UTF-8 gives an error record.

    Quoted fields may span lines; the position given is the line where the row ends.
    """
    # the default limit (131,072 characters) would reject a long article before --max-chars can judge it
    csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))
    stem = str(path.stem)
    with open(path, encoding="utf-8", errors="surrogateescape", newline="") as stream:
        reader = csv.reader(stream)
        try:
            header = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise InputError(f"{path}: the CSV header line cannot be read ({error})") from error
        if header and header[0].startswith("\ufeff"):
            header[0] = header[0][1:]
        header = [name.strip() for name in header]
        while True:
            try:
                values = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                where = f"{path}:{reader.line_num}"
                yield InputRecord(f"{stem}:{reader.line_num}", None, where, BAD_CSV, f"{where}: {error}")
                continue
            if not values:
                continue
            where = f"{path}:{reader.line_num}"
            fallback_id = f"{stem}:{reader.line_num}"
            row = dict(zip(header, values))
            if any(_undecodable(value) for value in values):
                record_id = row.get(id_field)
                record_id = record_id if record_id and not _undecodable(record_id) else fallback_id
                yield InputRecord(record_id, None, where, DECODE_ERROR, f"{where}: not UTF-8")
                continue
            yield _row_record(row, where, fallback_id, id_field, text_field)


def read_parquet(path: Path, *, id_field: str = "id", text_field: str = "text",
                 batch_rows: int = 1024) -> Iterator[InputRecord]:
    """Rows of a Parquet file, read a record batch at a time and only the id and text columns."""
    import pyarrow.parquet as pq

    import pyarrow as pa

    stem = str(path.stem)
    try:
        parquet = pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as error:
        raise InputError(f"{path}: cannot be read as Parquet ({error})") from error
    with parquet:
        names = parquet.schema_arrow.names
        columns = [name for name in (id_field, text_field) if name in names]
        number = 0
        for batch in _batches(parquet, path, batch_rows, columns):
            data = {name: batch.column(name) for name in columns}
            for index in range(batch.num_rows):
                number += 1
                where = f"{path}:{number}"
                row: dict[str, Any] = {}
                for name, column in data.items():
                    value = column[index].as_py()
                    if isinstance(value, bytes):
                        try:
                            value = value.decode("utf-8")
                        except UnicodeDecodeError as error:
                            value = error
                    row[name] = value
                if any(isinstance(value, UnicodeDecodeError) for value in row.values()):
                    record_id = row.get(id_field)
                    if record_id in (None, "") or isinstance(record_id, UnicodeDecodeError):
                        record_id = f"{stem}:{number}"
                    yield InputRecord(str(record_id), None, where, DECODE_ERROR, f"{where}: not UTF-8")
                    continue
                yield _row_record(row, where, f"{stem}:{number}", id_field, text_field)


def _batches(parquet, path: Path, batch_rows: int, columns: list[str]):
    import pyarrow as pa

    batches = parquet.iter_batches(batch_size=batch_rows, columns=columns or None)
    while True:
        try:
            batch = next(batches)
        except StopIteration:
            return
        except (pa.ArrowException, OSError) as error:  # a damaged row group: the file cannot be trusted further
            raise InputError(f"{path}: cannot be read as Parquet ({error})") from error
        yield batch


# Writers ---------------------------------------------------------------------------------------

_ID_PREFIX = re.compile(r'\{\s*"id"\s*:\s*')


def _line_id(line: str) -> tuple[bool, Optional[str]]:
    """(is a complete JSON object, its id) for one output line; fast when "id" comes first, as we write it."""
    match = _ID_PREFIX.match(line)
    if match and line.rstrip().endswith("}"):
        try:
            value, _ = json.JSONDecoder().raw_decode(line, match.end())
            return True, value if isinstance(value, str) or value is None else str(value)
        except json.JSONDecodeError:
            pass
    try:
        row = json.loads(line)
    except json.JSONDecodeError:
        return False, None
    if not isinstance(row, dict):
        return False, None
    value = row.get("id")
    return True, value if isinstance(value, str) or value is None else str(value)


def done_ids(path: Path) -> set[str]:
    """Ids already written to a JSONL output, for --resume; cuts off a half-written last line first.

    A line without a final newline is what an interrupted write (a kill, a full disk) leaves; it is
    dropped so the appended lines start cleanly, and its document is done again.
    """
    ids: set[str] = set()
    if not path.exists():
        return ids
    with open(path, "rb+") as stream:
        keep = 0
        for raw in stream:
            if not raw.endswith(b"\n"):
                break
            keep += len(raw)
            complete, record_id = _line_id(raw.decode("utf-8", errors="replace"))
            if complete and record_id is not None:
                ids.add(record_id)
        stream.truncate(keep)
    return ids


class JsonlWriter:
    """Appends lines to a JSONL file or stdout; each write is whole lines, flushed at once."""

    def __init__(self, path: Optional[Path], *, append: bool = False):
        self.path = path
        if path is None:
            self.stream: IO[str] = sys.stdout
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.stream = open(path, "a" if append else "w", encoding="utf-8", newline="\n")

    def write(self, lines: list[str]) -> None:
        """Write lines (each ending in a newline) in one call, then flush."""
        if lines:
            self.stream.write("".join(lines))
            self.stream.flush()

    def close(self) -> None:
        if self.stream is not sys.stdout:
            self.stream.close()


def document_line(result) -> str:
    """One JSONL line for a Document or ErrorRecord."""
    return json.dumps(result.model_dump(mode="json"), ensure_ascii=False) + "\n"


def parquet_schemas():
    """The pyarrow schemas of documents.parquet, entities.parquet and relations.parquet."""
    import pyarrow as pa

    documents = pa.schema([
        ("id", pa.string()), ("source", pa.string()), ("text", pa.string()),
        ("n_entities", pa.int32()), ("n_relations", pa.int32()),
        ("error", pa.string()), ("reason", pa.string()), ("meta", pa.string()),
    ])
    entities = pa.schema([
        ("doc_id", pa.string()), ("id", pa.string()), ("text", pa.string()), ("label", pa.string()),
        ("start", pa.int32()), ("end", pa.int32()), ("score", pa.float64()), ("source", pa.string()),
        ("canonical", pa.string()),
    ])
    evidence = pa.struct([("text", pa.string()), ("start", pa.int32()), ("end", pa.int32())])
    relations = pa.schema([
        ("doc_id", pa.string()), ("id", pa.string()), ("label", pa.string()), ("head", pa.string()),
        ("tail", pa.string()), ("status", pa.string()), ("score", pa.float64()), ("trigger", pa.string()),
        ("title", pa.string()), ("source", pa.string()), ("evidence", pa.list_(evidence)),
    ])
    return {"documents": documents, "entities": entities, "relations": relations}


def document_rows(result, source: Optional[str] = None) -> tuple[dict, list[dict], list[dict]]:
    """The documents row and the entity and relation rows of one Document or ErrorRecord."""
    data = result.model_dump(mode="json")
    if "error" in data:
        row = {"id": data["id"], "source": data.get("source") or source, "text": None, "n_entities": None,
               "n_relations": None, "error": data["error"], "reason": data["reason"], "meta": None}
        return row, [], []
    doc_id = data["id"]
    row = {"id": doc_id, "source": source, "text": data["text"], "n_entities": len(data["entities"]),
           "n_relations": len(data["relations"]), "error": None, "reason": None,
           "meta": json.dumps(data["meta"], ensure_ascii=False)}
    entities = [{"doc_id": doc_id, **entity} for entity in data["entities"]]
    relations = [{"doc_id": doc_id, **relation} for relation in data["relations"]]
    return row, entities, relations


class ParquetWriter:
    """Writes documents.parquet, entities.parquet and relations.parquet into a folder.

    Rows are buffered and written as row groups of about ``row_group`` documents; close() writes
    what is left and the file footers (a Parquet file is readable only once closed).
    """

    TABLES = ("documents", "entities", "relations")

    def __init__(self, folder: Path, *, row_group: int = 2048):
        import pyarrow.parquet as pq

        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.row_group = row_group
        self.schemas = parquet_schemas()
        self.writers = {name: pq.ParquetWriter(folder / f"{name}.parquet", self.schemas[name]) for name in self.TABLES}
        self.rows: dict[str, list[dict]] = {name: [] for name in self.TABLES}

    def write(self, rows: list[tuple[dict, list[dict], list[dict]]]) -> None:
        """Add the rows of some documents (see document_rows)."""
        for document, entities, relations in rows:
            self.rows["documents"].append(document)
            self.rows["entities"].extend(entities)
            self.rows["relations"].extend(relations)
        if len(self.rows["documents"]) >= self.row_group:
            self.flush()

    def flush(self) -> None:
        import pyarrow as pa

        for name in self.TABLES:
            if self.rows[name] or name == "documents":
                table = pa.Table.from_pylist(self.rows[name], schema=self.schemas[name])
                if table.num_rows:
                    self.writers[name].write_table(table)
            self.rows[name] = []

    def close(self) -> None:
        try:
            self.flush()
        finally:
            for writer in self.writers.values():
                writer.close()
