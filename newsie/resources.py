"""Package data: cue word lists and other small resources shipped in newsie/resources."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def cues() -> dict[str, list[str]]:
    """Context cue word lists (newsie/resources/cues.json)."""
    with (resources.files("newsie") / "resources" / "cues.json").open(encoding="utf-8") as file:
        return {k: v for k, v in json.load(file).items() if not k.startswith("_")}
