"""Leave-one-out evaluation: hold out each customer's last item, rank all items, score.

``NDCG@k`` and ``HR@k`` with one relevant item per customer, items already in the history
left out of the ranking (as ``bench recommend`` writes them).
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Split:
    """Histories (inputs) and the held-out next item (answers) of each user."""

    histories: dict[str, list[str]]
    answers: dict[str, str]


def leave_last_out(sequences: Mapping[str, Sequence[str]], *, cut: int = 1) -> Split:
    """Drop the last ``cut - 1`` items of each sequence, then hold out the last remaining.

    ``cut=1`` is the test split (answer: the last item); ``cut=2`` the validation split
    (answer: the second-last item, the last one is never seen). Users left with no history
    are skipped.
    """
    histories, answers = {}, {}
    for user, items in sequences.items():
        kept = list(items[: len(items) - (cut - 1)])
        if len(kept) >= 2:
            histories[user] = kept[:-1]
            answers[user] = kept[-1]
    return Split(histories, answers)


@dataclass(frozen=True)
class Scores:
    ndcg: float
    hit_rate: float
    users: int


def score_rankings(
    rankings: Mapping[str, Sequence[Hashable]], answers: Mapping[str, Hashable], *, k: int = 10
) -> Scores:
    """Mean NDCG@k and HR@k of ``rankings`` over all users in ``answers`` (missing = miss)."""
    ndcg = hits = 0.0
    for user, answer in answers.items():
        ranked = list(rankings.get(user, ()))[:k]
        if answer in ranked:
            hits += 1
            ndcg += 1.0 / math.log2(ranked.index(answer) + 2)
    n = max(len(answers), 1)
    return Scores(ndcg=ndcg / n, hit_rate=hits / n, users=len(answers))
