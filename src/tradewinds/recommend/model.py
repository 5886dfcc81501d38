"""A tenant's trained recommendation model: what the candidate sources read at request time.

Training reads the store once (:func:`train`) and keeps, per product, a short ranked list
for each source — its row of the linear sequential model fitted on customers' sequences
(what comes next after it), products bought in the same order, products most like it — plus
popularity and trending counts. Requests only look
these lists up and merge them with the shopper's live history, so serving stays fast and a
new interaction counts at once; the lists themselves change when the model retrains.

The model is saved as one JSON file per tenant (no pickle) so a ``tradewinds recommend
train`` run in another process is picked up by the server.
"""

from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from tradewinds.core.errors import InvalidInput
from tradewinds.recommend.content import ItemInfo, neighbours, read_items
from tradewinds.recommend.filters import in_category
from tradewinds.recommend.interactions import STRENGTH, History, collapse_repeats, read_history
from tradewinds.recommend.linear import SequentialParams, fit_sequential
from tradewinds.store import Database, tenant_session

FORMAT = 2  # 2: ``following`` holds rows of the learned sequential model
_TOP = 30  # entries kept per product and source
_FOLLOWING = 50  # learned next-item weights kept per product
MAX_SEQUENCE_ITEMS = 10_000  # products the sequential model is fitted over, at most
SEQUENCE_PARAMS = SequentialParams()
TRENDING_DAYS = 7
_POPULAR_DAYS = 90


@dataclass
class TenantModel:
    """Per-product candidate lists and counts, as trained at ``trained_at``."""

    tenant_id: int
    trained_at: datetime
    items: dict[int, ItemInfo] = field(default_factory=dict)
    following: dict[int, list[tuple[int, float]]] = field(default_factory=dict)
    together: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    similar: dict[int, list[tuple[int, float]]] = field(default_factory=dict)
    popularity: dict[int, float] = field(default_factory=dict)
    trending: dict[int, float] = field(default_factory=dict)
    customers: int = 0
    orders: int = 0
    seconds: float = 0.0
    window: int = SEQUENCE_PARAMS.window  # how the next-item rows read a history
    decay: float = SEQUENCE_PARAMS.decay

    def ranking(self, counts: str) -> list[int]:
        """Products by ``popularity`` or ``trending`` count, highest first (computed once)."""
        key = "_ranking_" + counts
        if key not in self.__dict__:
            table: dict[int, float] = getattr(self, counts)
            self.__dict__[key] = sorted(table, key=lambda p: (-table[p], p))
        ranked: list[int] = self.__dict__[key]
        return ranked

    def ranking_in(self, counts: str, category: str) -> list[int]:
        """:meth:`ranking` restricted to ``category`` (computed once per category)."""
        key = f"_ranking_{counts}_in_{category}"
        if key not in self.__dict__:
            self.__dict__[key] = [
                p for p in self.ranking(counts)
                if p in self.items and in_category(self.items[p].category, category)
            ]  # fmt: skip
        ranked: list[int] = self.__dict__[key]
        return ranked

    def unseen(self) -> list[int]:
        """Products nobody has interacted with, newest (highest id) first (computed once)."""
        if "_unseen" not in self.__dict__:
            known = self.popularity
            self.__dict__["_unseen"] = sorted(
                (p for p in self.items if p not in known), reverse=True
            )
        fresh: list[int] = self.__dict__["_unseen"]
        return fresh

    def save(self, path: Path) -> None:
        """Write the model as JSON, atomically (a reader never sees half a file)."""
        data = asdict(self)
        data["format"] = FORMAT
        data["trained_at"] = self.trained_at.isoformat()
        data["items"] = [asdict(item) for item in self.items.values()]
        for name in ("following", "together", "similar", "popularity", "trending"):
            data[name] = {str(k): v for k, v in data[name].items()}
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
        tmp.replace(path)

    @classmethod
    def load(cls, path: Path) -> TenantModel:
        """Read a model written by :meth:`save`; a file of another format is an error."""
        try:
            data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InvalidInput(f"{path}: not a readable recommendation model ({exc})") from None
        if data.get("format") != FORMAT:
            raise InvalidInput(
                f"{path}: recommendation model format {data.get('format')!r}, "
                f"expected {FORMAT}; retrain with `tradewinds recommend train`"
            )

        def pairs(name: str) -> dict[int, list[tuple[int, Any]]]:
            return {int(k): [(int(a), b) for a, b in v] for k, v in data[name].items()}

        items = {}
        for raw in data["items"]:
            raw["tags"] = tuple(raw["tags"])
            items[raw["id"]] = ItemInfo(**raw)
        return cls(
            tenant_id=data["tenant_id"],
            trained_at=datetime.fromisoformat(data["trained_at"]),
            items=items,
            following=pairs("following"),
            together=pairs("together"),
            similar=pairs("similar"),
            popularity={int(k): v for k, v in data["popularity"].items()},
            trending={int(k): v for k, v in data["trending"].items()},
            customers=data["customers"],
            orders=data["orders"],
            seconds=data["seconds"],
            window=data["window"],
            decay=data["decay"],
        )


def _top(counter: Mapping[int, float], n: int = _TOP) -> list[tuple[int, Any]]:
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def _sequences(history: History, items: int = MAX_SEQUENCE_ITEMS) -> dict[int, list[int]]:
    """Each customer's products in time order (repeats in a row collapsed), over the
    ``items`` most interacted-with products: the model inverts an ``items x items`` matrix,
    so a very large catalogue is cut to what shoppers actually touch."""
    sequences = {
        customer: [step.product_id for step in collapse_repeats(sequence)]
        for customer, sequence in history.sequences.items()
    }
    counts = Counter(pid for sequence in sequences.values() for pid in sequence)
    if len(counts) > items:
        kept = {pid for pid, _ in counts.most_common(items)}
        sequences = {c: [p for p in s if p in kept] for c, s in sequences.items()}
    return {customer: sequence for customer, sequence in sequences.items() if sequence}


def training_sequences(
    db: Database, tenant_id: int
) -> tuple[dict[int, list[int]], dict[int, list[str]]]:
    """What :func:`train` learns from, for evaluating it offline: each customer's product
    sequence as the sequence model sees it, and each product's catalogue features (the
    likeness source's input, ``{product: [feature, ...]}``)."""
    with tenant_session(db, tenant_id) as session:
        items = read_items(session)
        history = read_history(session)
    return _sequences(history), {pid: item.features() for pid, item in items.items()}


def _following(
    history: History, params: SequentialParams = SEQUENCE_PARAMS
) -> dict[int, list[tuple[int, float]]]:
    """For each product, its row of the linear sequential model (:func:`fit_sequential`)
    fitted on the customers' sequences: the ``_FOLLOWING`` products with the highest
    positive weights, as the model scores a next product after it."""
    sequences = list(_sequences(history).values())
    if not sequences:
        return {}
    import numpy as np

    fitted = fit_sequential(sequences, replace(params, neighbours=_FOLLOWING))
    ids = np.asarray(fitted.items, dtype=np.int64)
    matrix = fitted.matrix
    rows: dict[int, list[tuple[int, float]]] = {}
    for row in range(len(ids)):
        span = slice(matrix.indptr[row], matrix.indptr[row + 1])
        cols, values = ids[matrix.indices[span]], matrix.data[span]
        best = np.lexsort((cols, -values))  # highest weight first, ties by product id
        if len(best):
            rows[int(ids[row])] = [(int(cols[j]), float(f"{values[j]:.6g}")) for j in best]
    return rows


def _together(history: History) -> dict[int, list[tuple[int, int]]]:
    """For each product, the products in the same orders and how many orders."""
    counts: dict[int, Counter[int]] = defaultdict(Counter)
    for _, basket in history.baskets:
        if len(basket) > 60:
            continue  # a wholesale order says little about what goes together
        for a in basket:
            for b in basket:
                if a != b:
                    counts[a][b] += 1
    return {item: _top(c) for item, c in counts.items()}


def _popularity(history: History, now: datetime) -> tuple[dict[int, float], dict[int, float]]:
    """Weighted interaction counts: over ``_POPULAR_DAYS`` (all time when that window is
    empty), and over the last ``TRENDING_DAYS``."""
    popular: dict[int, float] = defaultdict(float)
    recent: dict[int, float] = defaultdict(float)
    everything: dict[int, float] = defaultdict(float)
    popular_since = now - timedelta(days=_POPULAR_DAYS)
    trending_since = now - timedelta(days=TRENDING_DAYS)
    for sequence in history.sequences.values():
        for step in sequence:
            weight = STRENGTH[step.kind]
            everything[step.product_id] += weight
            if step.at >= popular_since:
                popular[step.product_id] += weight
            if step.at >= trending_since:
                recent[step.product_id] += weight
    for created, basket in history.baskets:  # guests' orders count too
        for product in basket:
            everything[product] += STRENGTH["purchase"]
            if created >= popular_since:
                popular[product] += STRENGTH["purchase"]
            if created >= trending_since:
                recent[product] += STRENGTH["purchase"]
    return dict(popular or everything), dict(recent)


def train(db: Database, tenant_id: int, *, now: datetime | None = None) -> TenantModel:
    """Read the tenant's catalogue, orders and events and build its model."""
    started = time.perf_counter()
    now = now or datetime.now(UTC)
    with tenant_session(db, tenant_id) as session:
        items = read_items(session)
        history = read_history(session)
    popularity, trending = _popularity(history, now)
    model = TenantModel(
        tenant_id=tenant_id,
        trained_at=now,
        items=items,
        following=_following(history, SEQUENCE_PARAMS),
        window=SEQUENCE_PARAMS.window,
        decay=SEQUENCE_PARAMS.decay,
        together=_together(history),
        similar=neighbours(list(items.values())),
        popularity=popularity,
        trending=trending,
        customers=len(history.sequences),
        orders=len(history.baskets),
    )
    model.seconds = round(time.perf_counter() - started, 3)
    return model
