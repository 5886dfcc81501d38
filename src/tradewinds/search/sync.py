"""Keeping a tenant's index in step with its catalogue.

The index learns about changes three ways:

* ``reindex`` rebuilds everything into a new generation and publishes it atomically;
* ``index_products`` (re)indexes given products now — for code that has just written them;
* ``catch_up`` runs before every search (at most every ``CATCH_UP_INTERVAL_S``): it
  compares cheap fingerprints of the catalogue (product count and newest ``updated_at``;
  variant count, stock and price sums) with those recorded in the index, and re-reads only
  what changed: edited products by ``updated_at``, sold-out or re-priced products by their
  variant summary, deleted or unpublished products by id. So a change made by any process
  (importer, API, another server) is searchable within about one second.
"""

from __future__ import annotations

import json
import logging
import math
import threading
import time
from collections import deque
from collections.abc import Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tradewinds.core.errors import ModelUnavailable
from tradewinds.core.settings import Settings
from tradewinds.models.base import EmbeddingModel
from tradewinds.search.documents import SearchDocument, document_from_product
from tradewinds.search.encoders import chosen_encoder, embedding_model, live_encoder
from tradewinds.search.index import ProductIndex, new_generation, publish_generation
from tradewinds.search.paths import index_directory
from tradewinds.search.vectors import Vector
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import EventKind, InteractionEvent, Product, ProductStatus, Variant

log = logging.getLogger(__name__)

CATCH_UP_INTERVAL_S = 0.5
_BATCH = 256
_AHEAD = 2  # batches embedded ahead of the one being written
_EVENT_WEIGHTS = {EventKind.PURCHASE: 5.0, EventKind.ADD_TO_CART: 2.0, EventKind.VIEW: 0.2}

_open: dict[Path, ProductIndex] = {}
_open_lock = threading.Lock()
_last_check: dict[Path, float] = {}


def embedder_id(settings: Settings, tenant_id: int | None = None) -> str:
    """What builds the product vectors: backend, model and options (e.g. int8), as JSON.

    With ``tenant_id``, the encoder that tenant chose (``encoders``), else the deployment's.
    Stored in the index's meta at ``reindex``; vectors from another embedder are still
    comparable but no longer exact, so a change is reported (see :func:`catch_up`).
    """
    encoder = chosen_encoder(settings, tenant_id) if tenant_id is not None else ""
    return describe_embedder(embedding_model(settings, encoder))


def describe_embedder(model: Any) -> str:
    """``model``'s backend, name and options as JSON (see :func:`embedder_id`)."""
    options: Any = getattr(model, "options", None)
    dumped = options.model_dump() if hasattr(options, "model_dump") else options
    described = {"backend": model.backend, "model": model.model_name, "options": dumped}
    return json.dumps(described, sort_keys=True, default=str)


def open_index(settings: Settings, tenant_id: int) -> ProductIndex:
    """The tenant's live index, opened once per process (reopened after a ``reindex``)."""
    directory = index_directory(settings, tenant_id)
    with _open_lock:
        index = _open.get(directory)
        current = directory / "CURRENT"
        live = current.read_text().strip() if current.is_file() else None
        if index is not None and live and index.generation != live:
            index.close()
            index = None
        if index is None:
            index = ProductIndex(directory, embedding_model(settings).dims)
            _open[directory] = index
        return index


def close_indexes() -> None:
    """Close every open index (tests, shutdown)."""
    with _open_lock:
        for index in _open.values():
            index.close()
        _open.clear()
        _last_check.clear()


def _searchable_ids(session: Session) -> list[int]:
    stmt = select(Product.id).where(Product.status == ProductStatus.ACTIVE, Product.published)
    return list(session.scalars(stmt.order_by(Product.id)))


def _searchable(session: Session, ids: Iterable[int] | None = None) -> list[Product]:
    stmt = select(Product).where(Product.status == ProductStatus.ACTIVE, Product.published)
    if ids is not None:
        stmt = stmt.where(Product.id.in_(list(ids)))
    return list(session.scalars(stmt.order_by(Product.id)).unique())


def _popularity(session: Session, ids: Sequence[int] | None = None) -> dict[int, float]:
    stmt = select(InteractionEvent.product_id, InteractionEvent.kind, func.count()).group_by(
        InteractionEvent.product_id, InteractionEvent.kind
    )
    stmt = stmt.where(InteractionEvent.product_id.is_not(None))
    if ids is not None:
        stmt = stmt.where(InteractionEvent.product_id.in_(list(ids)))
    scores: dict[int, float] = {}
    for product_id, kind, count in session.execute(stmt):
        if product_id is None:
            continue
        scores[product_id] = scores.get(product_id, 0.0) + _EVENT_WEIGHTS.get(kind, 0.0) * count
    return {pid: round(math.log1p(s), 4) for pid, s in scores.items()}


def _embed(documents: Sequence[SearchDocument], model: EmbeddingModel) -> Vector:
    return np.asarray(model.embed([d.dense_text() for d in documents]), dtype=np.float32)


class _BulkWriter:
    """Writes documents in batches, embedding the next batches on a worker thread while
    this one reads the catalogue and writes the index (torch releases the GIL), so the
    two cores work at once. At most ``_AHEAD`` batches are embedded ahead."""

    def __init__(self, index: ProductIndex, model: EmbeddingModel) -> None:
        self.index, self.model, self.written = index, model, 0
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="search-embed")
        self._pending: deque[tuple[list[SearchDocument], Future[Vector]]] = deque()

    def __enter__(self) -> _BulkWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            if exc[0] is None:
                while self._pending:
                    self._write_one()
        finally:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def add(self, documents: Sequence[SearchDocument]) -> None:
        for start in range(0, len(documents), _BATCH):
            batch = list(documents[start : start + _BATCH])
            self._pending.append((batch, self._pool.submit(_embed, batch, self.model)))
            while len(self._pending) > _AHEAD:
                self._write_one()

    def _write_one(self) -> None:
        batch, vectors = self._pending.popleft()
        self.index.upsert(batch, vectors.result())
        self.written += len(batch)


def _write(
    index: ProductIndex,
    products: Sequence[Product],
    popularity: dict[int, float],
    model: EmbeddingModel,
) -> int:
    with _BulkWriter(index, model) as writer:
        writer.add([document_from_product(p, popularity.get(p.id, 0.0)) for p in products])
    return writer.written


@dataclass
class ReindexReport:
    products: int
    seconds: float
    directory: Path

    @property
    def per_second(self) -> float:
        return self.products / self.seconds if self.seconds else 0.0


def reindex(db: Database, tenant_id: int, settings: Settings) -> ReindexReport:
    """Rebuild the tenant's index in a new generation and make it live atomically.

    The products are embedded by the tenant's chosen encoder (``encoders``), recorded in
    the generation's meta, which searches on it then use for their queries.
    """
    started = time.perf_counter()
    encoder = chosen_encoder(settings, tenant_id)
    model = embedding_model(settings, encoder)
    directory = index_directory(settings, tenant_id)
    generation = new_generation(directory)
    index = ProductIndex(directory, embedding_model(settings).dims, generation=generation.name)
    with tenant_session(db, tenant_id) as session:
        fingerprint = _fingerprint(session)
        popularity = _popularity(session)
        ids = _searchable_ids(session)
        with _BulkWriter(index, model) as writer:
            for start in range(0, len(ids), 1000):
                products = _searchable(session, ids[start : start + 1000])
                writer.add([document_from_product(p, popularity.get(p.id, 0.0)) for p in products])
                session.expunge_all()
        count = writer.written
    index.set_meta({**fingerprint, "built": "1", "popularity_at": str(time.time()),
                    "embedder": describe_embedder(model), "encoder": encoder})  # fmt: skip
    index.snapshot()
    index.close()
    publish_generation(directory, generation)
    with _open_lock:
        old = _open.pop(directory, None)
        if old is not None:
            old.close()
    return ReindexReport(count, time.perf_counter() - started, directory)


def _fingerprint(session: Session) -> dict[str, str]:
    products = session.execute(select(func.count(Product.id), func.max(Product.updated_at))).one()
    variants = session.execute(
        select(
            func.count(Variant.id),
            func.coalesce(func.sum(Variant.inventory_qty), 0),
            func.coalesce(func.sum(Variant.price_minor), 0),
            func.coalesce(func.max(Variant.id), 0),
        )
    ).one()
    newest = products[1].isoformat() if isinstance(products[1], datetime) else ""
    return {
        "products": f"{products[0]}",
        "updated_at": newest,
        "variants": "/".join(str(v) for v in variants),
    }


def index_products(
    db: Database, tenant_id: int, product_ids: Iterable[int], settings: Settings
) -> int:
    """(Re)index ``product_ids`` now; ids that no longer exist or are not searchable
    (draft, archived, unpublished) are removed. Returns how many were written."""
    ids = sorted(set(product_ids))
    if not ids:
        return 0
    index = open_index(settings, tenant_id)
    with tenant_session(db, tenant_id) as session:
        products = _searchable(session, ids)
        model = embedding_model(settings, live_encoder(index))
        written = _write(index, products, _popularity(session, ids), model)
    index.delete(sorted(set(ids) - {p.id for p in products}))
    return written


def catch_up(db: Database, tenant_id: int, settings: Settings, *, force: bool = False) -> int:
    """Bring the index up to date with the catalogue; returns the products changed.

    Builds the whole index on first use. Runs at most every ``CATCH_UP_INTERVAL_S`` per
    tenant unless ``force``.
    """
    index = open_index(settings, tenant_id)
    if index.meta("built") != "1":
        return reindex(db, tenant_id, settings).products
    _warn_if_embedder_changed(index, settings, tenant_id)
    now = time.monotonic()
    if not force and now - _last_check.get(index.directory, 0.0) < CATCH_UP_INTERVAL_S:
        return 0
    _last_check[index.directory] = now
    index.catch_up_vectors()  # other processes' writes to the same index
    with tenant_session(db, tenant_id) as session:
        fingerprint = _fingerprint(session)
        if all(index.meta(k) == v for k, v in fingerprint.items()):
            return 0
        changed: set[int] = set()
        since = index.meta("updated_at")
        if fingerprint["updated_at"] != since:
            stmt = select(Product.id)
            if since:
                stmt = stmt.where(Product.updated_at >= datetime.fromisoformat(since))
            changed.update(session.scalars(stmt))
        if fingerprint["products"] != index.meta("products") or (
            fingerprint["variants"] != index.meta("variants")
        ):
            changed.update(_variant_changes(session, index))
            live = set(_searchable_ids(session))
            changed.update(index.ids() ^ live)
    count = index_products(db, tenant_id, changed, settings) if changed else 0
    index.set_meta(fingerprint)
    log.debug("search index of tenant %s caught up: %d product(s)", tenant_id, len(changed))
    return count


_warned: set[Path] = set()


def _warn_if_embedder_changed(index: ProductIndex, settings: Settings, tenant_id: int) -> None:
    """Log once per index when its vectors came from another embedding model or options.

    Not rebuilt automatically: a full rebuild of a large catalogue takes minutes, which a
    search request must not wait for; the old vectors still work, only less exactly.
    """
    if index.directory in _warned:
        return
    built_with = index.meta("embedder")
    try:
        now = embedder_id(settings, tenant_id)
    except ModelUnavailable as exc:
        _warned.add(index.directory)
        log.warning("the search encoder chosen for tenant %s: %s", tenant_id, exc.message)
        return
    if built_with != now:
        _warned.add(index.directory)
        log.warning(
            "the search index of tenant %s was built with embedder %s, but %s is configured "
            "for it; "
            "run `tradewinds search reindex` to re-embed the products",
            tenant_id,
            built_with or "(not recorded)",
            now,
        )


def _variant_changes(session: Session, index: ProductIndex) -> set[int]:
    """Products whose price range or stock differs from what the index holds."""
    stmt = select(
        Variant.product_id,
        func.min(Variant.price_minor),
        func.max(Variant.price_minor),
        func.max(Variant.inventory_qty),
    ).group_by(Variant.product_id)
    indexed = {
        int(r[0]): (int(r[1]), int(r[2]), bool(r[3]))
        for r in index.query("SELECT id, min_price, max_price, in_stock FROM docs")
    }
    return {
        pid
        for pid, low, high, most in session.execute(stmt)
        if pid in indexed and indexed[pid] != (int(low), int(high), int(most) > 0)
    }
