"""``/metrics``: queue depth and index lag read at scrape time, and the gateway's values
summed over worker processes (prometheus_client multiprocess mode, as ``serve --workers``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import tests.jobs._kinds  # noqa: F401  (registers the test kinds)
from tests._shop import Shop
from tests.api.conftest import make_client
from tradewinds.gateway import metrics_exposition
from tradewinds.jobs import submit_job
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Tenant


def test_queue_depth_and_index_gauges(db: Database, tenant: Tenant, shop: Shop) -> None:
    with tenant_session(db, tenant.id) as session:
        submit_job(session, "test.echo", {})
    with make_client(db, jobs={"serve_concurrency": 0}) as client:  # nobody takes the job
        text = client.get("/metrics").text
    assert 'tradewinds_jobs{state="queued_due"} 1.0' in text
    assert 'tradewinds_jobs{state="running"} 0.0' in text
    # acme has no index yet: counted as unbuilt, not as lag
    assert "tradewinds_search_indexes_unbuilt 1.0" in text
    assert "tradewinds_search_index_lag_seconds 0.0" in text
    assert "tradewinds_search_index_pending_products 0.0" in text


_WORKER = """
from tradewinds.gateway.metrics import IN_FLIGHT, observe
observe("chat", "m", "ok", 0.01, 5, 7, {"m"})
IN_FLIGHT.inc()
"""


def test_values_of_every_worker_process_are_summed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "prom"
    folder.mkdir()
    env = {"PROMETHEUS_MULTIPROC_DIR": str(folder), "PYTHONPATH": ":".join(sys.path)}
    for _ in range(2):  # two worker processes, each counting one request
        subprocess.run([sys.executable, "-c", _WORKER], env=env, check=True, timeout=120)
    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", str(folder))
    text = metrics_exposition().decode()
    assert 'tradewinds_gateway_requests_total{endpoint="chat",model="m",status="ok"} 2.0' in text
    assert 'tradewinds_gateway_tokens_total{kind="completion",model="m"} 14.0' in text
    assert "tradewinds_gateway_in_flight 2.0" in text  # livesum: both pids' files are live
