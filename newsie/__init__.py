"""newsie: companies, people, products and their relations in Chinese business news."""

from __future__ import annotations

__version__ = "0.1.0"

from .records import Document, Entity, Evidence, Relation  # noqa: E402

__all__ = ["extract", "extract_many", "load", "Document", "Entity", "Relation", "Evidence", "__version__"]


def __getattr__(name: str):
    # spaCy is imported only when a pipeline is needed, so `import newsie` stays light
    if name in ("extract", "extract_many"):
        from . import api

        return getattr(api, name)
    if name == "load":
        from .pipeline import load

        return load
    raise AttributeError(f"module 'newsie' has no attribute {name!r}")
