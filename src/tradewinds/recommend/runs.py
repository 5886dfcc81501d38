"""Runs: every customer's top-k next items, as the ``user item rank`` TSV of
``tradewinds bench recommend``."""

from __future__ import annotations

import csv
from collections.abc import Hashable, Iterator, Mapping, Sequence
from pathlib import Path

from tradewinds.core.errors import ImportFileError, RowProblem
from tradewinds.recommend.itemmodel import ItemModel

HEADER = ("user", "item", "rank")


def recommend_all(
    model: ItemModel, histories: Mapping[str, Sequence[Hashable]], k: int
) -> Iterator[tuple[str, Hashable, int]]:
    """``(user, item, rank)`` for each user's ``k`` best items not in their history."""
    users = list(histories)
    rankings = model.top_k_many([histories[u] for u in users], k)
    for user, ranked in zip(users, rankings, strict=True):
        for rank, item in enumerate(ranked, start=1):
            yield user, item, rank


def write_run(path: str | Path, rows: Iterator[tuple[str, Hashable, int]]) -> int:
    """Write ``rows`` as TSV with the header ``user<TAB>item<TAB>rank``; return the count."""
    written = 0
    with open(path, "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, delimiter="\t", lineterminator="\n")
        out.writerow(HEADER)
        for row in rows:
            out.writerow(row)
            written += 1
    return written


def read_run(path: str | Path) -> dict[str, list[str]]:
    """Read a run TSV back as ``{user: [item, ...]}`` in rank order."""
    rankings: dict[str, list[tuple[int, str]]] = {}
    with open(path, encoding="utf-8", newline="") as f:
        rows = csv.reader(f, delimiter="\t")
        if tuple(next(rows, ())) != HEADER:
            raise ImportFileError(
                str(path), [RowProblem(1, "header", "expected 'user<TAB>item<TAB>rank'")]
            )
        for number, row in enumerate(rows, start=2):
            if len(row) != 3 or not row[2].isdigit():
                raise ImportFileError(
                    str(path),
                    [RowProblem(number, "row", "expected user, item and a whole-number rank")],
                )
            rankings.setdefault(row[0], []).append((int(row[2]), row[1]))
    return {user: [item for _, item in sorted(ranked)] for user, ranked in rankings.items()}
