"""Convert markup files (see newsie/gold.py) to gold JSONL and report validation problems.

Usage: python scripts/markup2gold.py OUT.jsonl IN.md [IN.md ...]
Exit status 1 when any record has a problem; nothing is written then.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newsie.gold import read_markup, validate_record, write_gold  # noqa: E402


def main(out: str, *inputs: str) -> int:
    records, problems = [], 0
    for path in inputs:
        for record in read_markup(path):
            for issue in validate_record(record):
                print(f"{path} {record['id']}: {issue.message}")
                problems += 1
            for relation in record["relations"]:
                if relation["evidence"] == record["text"] and len(record["text"]) > 80:
                    print(f"{path} {record['id']}: note: no single sentence holds both ends of {relation}")
            records.append(record)
    ids = [r["id"] for r in records]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        print(f"duplicate ids: {sorted(duplicates)}")
        problems += 1
    if problems:
        print(f"{problems} problem(s); nothing written")
        return 1
    print(f"wrote {write_gold(records, out)} records to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
