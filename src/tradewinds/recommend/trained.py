"""Where a tenant's trained model lives between requests: memory, then a file, then training.

:func:`current_model` returns the model a request should use. It is kept in memory per
database and tenant; with a ``home`` folder it is also saved there, so a model trained by
``tradewinds recommend train`` in another process is picked up (the file's change time is
checked at most every few seconds). With no model anywhere, the first request trains one
(the demo store takes seconds). A model older than ``retrain_after_s`` is retrained in a
background thread while requests go on with the old one.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from tradewinds.recommend.model import TenantModel, train
from tradewinds.store import Database

log = logging.getLogger(__name__)
_CHECK_FILE_EVERY_S = 5.0


@dataclass
class _Entry:
    model: TenantModel
    file_mtime: float | None
    checked: float
    retraining: bool = False


_cache: dict[tuple[str, int], _Entry] = {}
_lock = threading.Lock()
_training: dict[tuple[str, int], threading.Lock] = {}


def model_path(home: Path, tenant_id: int) -> Path:
    """The file a tenant's model is saved in."""
    return home / "recommend" / f"tenant-{tenant_id}.json"


def _key(db: Database, tenant_id: int) -> tuple[str, int]:
    return (str(db.engine.url), tenant_id)


def train_and_store(db: Database, tenant_id: int, home: Path | None = None) -> TenantModel:
    """Train the tenant's model now, save it under ``home`` (when given) and use it."""
    key = _key(db, tenant_id)
    with _lock:
        guard = _training.setdefault(key, threading.Lock())
    with guard:
        model = train(db, tenant_id)
        mtime = None
        if home is not None:
            path = model_path(home, tenant_id)
            model.save(path)
            mtime = path.stat().st_mtime
        with _lock:
            _cache[key] = _Entry(model, mtime, time.monotonic())
    return model


def _from_file(home: Path | None, tenant_id: int) -> tuple[TenantModel, float] | None:
    if home is None:
        return None
    path = model_path(home, tenant_id)
    try:
        mtime = path.stat().st_mtime
    except OSError:
        return None
    try:
        return TenantModel.load(path), mtime
    except Exception as exc:  # an unreadable file is retrained, not fatal
        log.warning("recommendation model %s unreadable, retraining: %s", path, exc)
        return None


def _retrain_in_background(db: Database, tenant_id: int, home: Path | None) -> None:
    def work() -> None:
        try:
            train_and_store(db, tenant_id, home)
        except Exception:
            log.exception("background retraining of tenant %s's recommendations failed", tenant_id)
        finally:
            with _lock:
                entry = _cache.get(_key(db, tenant_id))
                if entry is not None:
                    entry.retraining = False

    threading.Thread(target=work, name=f"recommend-train-{tenant_id}", daemon=True).start()


def current_model(
    db: Database, tenant_id: int, *, home: Path | None = None, retrain_after_s: float = 0.0
) -> TenantModel:
    """The model to serve this tenant's request with (trained now if there is none)."""
    key = _key(db, tenant_id)
    now = time.monotonic()
    with _lock:
        entry = _cache.get(key)
    if entry is not None and home is not None and now - entry.checked > _CHECK_FILE_EVERY_S:
        entry.checked = now
        path = model_path(home, tenant_id)
        try:
            mtime: float | None = path.stat().st_mtime
        except OSError:
            mtime = None
        if mtime is not None and mtime != entry.file_mtime:
            loaded = _from_file(home, tenant_id)
            if loaded is not None:
                entry = _Entry(loaded[0], loaded[1], now)
                with _lock:
                    _cache[key] = entry
    if entry is None:
        loaded = _from_file(home, tenant_id)
        if loaded is None:
            return train_and_store(db, tenant_id, home)
        entry = _Entry(loaded[0], loaded[1], now)
        with _lock:
            _cache[key] = entry
    age = (datetime.now(UTC) - entry.model.trained_at).total_seconds()
    if retrain_after_s > 0 and age > retrain_after_s and not entry.retraining:
        entry.retraining = True
        _retrain_in_background(db, tenant_id, home)
    return entry.model


def forget_models() -> None:
    """Drop every cached model (tests; after a tenant's data is replaced)."""
    with _lock:
        _cache.clear()
