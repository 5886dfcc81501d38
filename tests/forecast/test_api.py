"""``/api/v1/forecast``: run, read back, chart, replenishment and insights over HTTP."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tradewinds.api import create_app
from tradewinds.core.settings import load_settings
from tradewinds.store import Database
from tradewinds.store.tables import Tenant


def test_forecast_endpoints(store: Database, tenant: Tenant) -> None:
    app = create_app(load_settings(default_tenant="acme"), store)
    with TestClient(app, raise_server_exceptions=False) as client:
        missing = client.get("/api/v1/forecast/runs/latest")
        assert missing.status_code == 404
        assert missing.json()["error"]["code"] == "not_found"
        created = client.post("/api/v1/forecast/runs", json={"horizon": 7})
        assert created.status_code == 200, created.text
        run = created.json()
        assert run["series"] == 3 and run["horizon"] == 7
        assert client.get("/api/v1/forecast/runs/latest").json()["id"] == run["id"]
        points = client.get("/api/v1/forecast/skus/TENT").json()
        assert len(points) == 7 and all(p["yhat_lo"] <= p["yhat"] <= p["yhat_hi"] for p in points)
        chart = client.get("/api/v1/forecast/skus/TENT/chart.svg")
        assert chart.headers["content-type"].startswith("image/svg+xml")
        assert chart.text.startswith("<svg")
        put = client.put(
            "/api/v1/forecast/supply-terms/TENT", json={"lead_time_days": 3, "pack_size": 10}
        )
        assert put.status_code == 200, put.text
        plan = client.get("/api/v1/forecast/replenishment").json()
        tent = next(a for a in plan if a["sku"] == "TENT")
        assert tent["order_qty"] % 10 == 0 and tent["order_qty"] > 0
        insights = client.get("/api/v1/forecast/insights").json()
        assert insights["narrator"] == "template" and "[stockout#1]" in insights["narrative"]
        bad = client.post("/api/v1/forecast/runs", json={"horizon": 0})
        assert bad.status_code == 422
