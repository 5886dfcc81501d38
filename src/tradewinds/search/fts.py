"""SQLite FTS5 query syntax."""

from __future__ import annotations


def fts_phrase(token: str) -> str:
    """``token`` quoted for an FTS5 MATCH expression."""
    return '"' + token.replace('"', '""') + '"'
