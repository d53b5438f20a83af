"""The curated name lexicon shipped in newsie/resources/lexicon.tsv (or one a user passes)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Optional, Union

from .errors import InputError

LEXICON_LABELS = ("COMPANY", "PRODUCT", "PLATFORM", "ORG", "GOV")


@dataclass(frozen=True)
class LexiconEntry:
    """One surface form: its label, the canonical name of its entity, and whether it is ambiguous."""

    text: str
    label: str
    canonical: str
    ambiguous: bool = False


def packaged_lexicon_path() -> Path:
    """Path of the lexicon shipped with the package."""
    return Path(str(resources.files("newsie") / "resources" / "lexicon.tsv"))


def read_lexicon(path: Optional[Union[str, Path]] = None) -> list[LexiconEntry]:
    """Read a lexicon TSV (name, label, aliases separated by |, flags); one entry per surface form."""
    return list(_read_lexicon(str(path or packaged_lexicon_path())))


@lru_cache(maxsize=4)
def _read_lexicon(path: str) -> tuple[LexiconEntry, ...]:
    entries: dict[str, LexiconEntry] = {}
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 2 or fields[1] not in LEXICON_LABELS:
                raise InputError(f"{path}:{number}: expected name<TAB>label with label in {LEXICON_LABELS}")
            name, label = fields[0].strip(), fields[1]
            aliases = [a.strip() for a in fields[2].split("|")] if len(fields) > 2 and fields[2] else []
            ambiguous = len(fields) > 3 and "ambiguous" in fields[3]
            for surface in [name, *aliases]:
                if len(surface) < 2:
                    continue
                entry = LexiconEntry(surface, label, name, ambiguous and surface == name)
                # a later unambiguous line for the same surface form wins over an ambiguous one
                if surface not in entries or (entries[surface].ambiguous and not entry.ambiguous):
                    entries[surface] = entry
    return tuple(entries.values())
