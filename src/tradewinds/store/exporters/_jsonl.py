"""Writing records as JSON Lines (one compact JSON object per line, every field present)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from pydantic import BaseModel


def write_jsonl(records: Iterable[BaseModel], out: TextIO) -> int:
    """Write each record on its own line; returns how many were written."""
    count = 0
    for record in records:
        out.write(record.model_dump_json())
        out.write("\n")
        count += 1
    return count
