"""The assistant benchmark runner behind ``tradewinds bench assistant`` (interface kept stable).

Builds a fresh store in a temporary data directory (its own SQLite file, one tenant) from a
Shopify product CSV, optionally a Shopify orders CSV (customers are created from the
orders' e-mails) and a folder of policy files, builds the search index, then runs each
task as one conversation through :func:`tradewinds.assistant.ask` and returns one result
per task::

    {"id", "turns": [{"user", "answer", "products", "citations", "first_token_ms",
                      "total_ms", "intent", "understood_by", "notices", "repairs"}]}

``first_token_ms`` is the time until the first line of the answer could be sent by the
streaming API. ``ask`` produces the whole verified answer before the stream starts (the
verifier needs the whole text), so today it equals the time to the complete answer.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tradewinds.assistant.bench_tasks import BenchTask
from tradewinds.assistant.conversation import ask
from tradewinds.assistant.policies import policy_directory
from tradewinds.core.errors import InvalidInput, NotFound, TradewindsError
from tradewinds.core.settings import Settings
from tradewinds.store import Database, open_database, tenant_session
from tradewinds.store.tables import Tenant

log = logging.getLogger(__name__)

BENCH_TENANT = "bench"
WARM_UP_MESSAGE = "jacket"
POLICY_SUFFIXES = (".md", ".markdown", ".txt")


@dataclass
class BenchStore:
    """The temporary store the tasks run against."""

    db: Database
    tenant: Tenant
    settings: Settings
    timings: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)


def _copy_policies(source: Path, target: Path) -> int:
    if not source.is_dir():
        raise InvalidInput(f"--policies {source}: not a folder (expected .md or .txt files)")
    target.mkdir(parents=True, exist_ok=True)
    copied = 0
    for path in sorted(source.iterdir()):
        if path.is_file() and path.suffix.lower() in POLICY_SUFFIXES:
            shutil.copy(path, target / path.name)
            copied += 1
    return copied


@contextmanager
def bench_store(
    catalog: Path,
    settings: Settings,
    *,
    orders: Path | None = None,
    policies: Path | None = None,
    currency: str = "USD",
) -> Iterator[BenchStore]:
    """A fresh store in a temporary data directory, removed on exit; call
    :func:`build_index` before running tasks (after :func:`check_customers`, so a bad
    task file fails before the slow part).

    ``settings`` keeps its model configuration; its data directory and database are
    replaced by the temporary ones.

    Raises
    ------
    InvalidInput
        A file cannot be imported (the message lists its bad rows) or the policies folder
        is missing.
    """
    from tradewinds.search import close_indexes
    from tradewinds.store.importers import import_orders, import_products
    from tradewinds.store.tenants import create_tenant

    with tempfile.TemporaryDirectory(prefix="tradewinds-bench-") as tmp:
        local = settings.model_copy(update={"home": Path(tmp), "database_url": None})
        started = time.perf_counter()
        db = open_database(local)
        try:
            tenant = create_tenant(db, BENCH_TENANT, name="Assistant benchmark", currency=currency)
            store = BenchStore(db, tenant, local)
            store.timings["database_s"] = time.perf_counter() - started
            started = time.perf_counter()
            store.counts["products"] = import_products(db, tenant.id, catalog).created
            if orders is not None:
                store.counts["orders"] = import_orders(db, tenant.id, orders).created
            store.timings["import_s"] = time.perf_counter() - started
            if policies is not None:
                folder = policy_directory(local, tenant.slug)
                store.counts["policy_files"] = _copy_policies(policies, folder)
            yield store
        finally:
            close_indexes()
            db.dispose()


def build_index(store: BenchStore) -> None:
    """Build the store's search index, as ``tradewinds search reindex`` does."""
    from tradewinds.search import reindex

    started = time.perf_counter()
    store.counts["indexed"] = reindex(store.db, store.tenant.id, store.settings).products
    store.timings["index_s"] = time.perf_counter() - started


def check_customers(store: BenchStore, tasks: list[BenchTask], path: Path) -> dict[str, int]:
    """Customer ids by e-mail for every task's ``customer_email``.

    Raises
    ------
    InvalidInput
        A task names a customer the store does not have; the message names the line.
    """
    from tradewinds.store import queries

    found: dict[str, int] = {}
    with tenant_session(store.db, store.tenant.id) as session:
        for task in tasks:
            email = task.customer_email
            if email is None or email in found:
                continue
            try:
                found[email] = queries.get_customer(session, email).id
            except NotFound:
                raise InvalidInput(
                    f"{path} line {task.line}: customer_email {email!r} is not a customer of "
                    "the store (customers come from the --orders file)"
                ) from None
    return found


def _timed_ask(
    store: BenchStore, message: str, understand: str, session_id: str | None, customer: int | None
) -> tuple[Any, float]:
    started = time.perf_counter()
    answer = ask(store.db, store.tenant, message, store.settings, session_id=session_id,
                 customer_id=customer, understand=understand)  # fmt: skip
    return answer, (time.perf_counter() - started) * 1000


def warm_up(store: BenchStore, understand: str) -> float:
    """One untimed question in a throwaway session (loads the embedding model and opens
    the index, as a running server already has); its milliseconds."""
    return _timed_ask(store, WARM_UP_MESSAGE, understand, None, None)[1]


def run_task(
    store: BenchStore, task: BenchTask, *, understand: str, customer_id: int | None
) -> dict[str, Any]:
    """Run one task's turns in one session and return its result line.

    A turn the assistant refuses (bad input) or fails on is recorded with an ``error``
    and an empty answer; the conversation goes on with the next turn.
    """
    session_id: str | None = None
    turns: list[dict[str, Any]] = []
    for turn in task.turns:
        row: dict[str, Any] = {"user": turn.user}
        started = time.perf_counter()
        try:
            answer, elapsed = _timed_ask(store, turn.user, understand, session_id, customer_id)
        except TradewindsError as exc:
            elapsed = (time.perf_counter() - started) * 1000
            row.update(answer="", products=[], citations=[], error=f"{exc.code}: {exc.message}",
                       first_token_ms=None, total_ms=round(elapsed, 1))  # fmt: skip
            turns.append(row)
            continue
        except Exception as exc:  # a crash is a benchmark result, not the end of the run
            log.exception("task %s crashed", task.id)
            row.update(answer="", products=[], citations=[], error=f"crash: {exc!r}",
                       first_token_ms=None, total_ms=None)  # fmt: skip
            turns.append(row)
            continue
        session_id = answer.session_id
        # The stream sends its first line once ask() has returned the verified answer.
        row.update(
            answer=answer.text,
            products=[card.handle for card in answer.products],
            citations=answer.citations,
            first_token_ms=round(elapsed, 1),
            total_ms=round(elapsed, 1),
            intent=answer.intent,
            understood_by=answer.understood_by,
            notices=answer.notices,
            repairs=answer.repairs,
            language=getattr(answer, "language", None),
        )
        turns.append(row)
    return {"id": task.id, "turns": turns}


def run_tasks(
    store: BenchStore,
    tasks: list[BenchTask],
    customers: dict[str, int],
    *,
    understand: str = "parser",
    on_result: Callable[[dict[str, Any]], None] | None = None,
) -> list[dict[str, Any]]:
    """Run every task (in file order); ``on_result`` sees each result as it is made."""
    results = []
    for task in tasks:
        customer = customers.get(task.customer_email) if task.customer_email else None
        result = run_task(store, task, understand=understand, customer_id=customer)
        if on_result is not None:
            on_result(result)
        results.append(result)
    return results


def load_average() -> list[float]:
    """The 1, 5 and 15 minute load averages (empty where the OS has none)."""
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return []
