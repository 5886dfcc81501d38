"""OpenAPI: stable operation ids, documented errors, interactive docs."""

from __future__ import annotations

from typing import Any, get_args

from fastapi.testclient import TestClient

from tests.api.conftest import make_client
from tradewinds.api.schemas import ProductQuery
from tradewinds.store import Database
from tradewinds.store.queries import PRODUCT_SORTS

OPERATIONS = {
    "health", "ready", "list_products", "get_product", "list_orders", "get_order",
    "generate_product_copy",  # merchant: listing copy generation
    "create_copy_job",  # merchant: bulk copy generation as a job
    "list_customers", "get_customer", "list_tenants",
    # gateway
    "create_chat_completion", "create_embeddings", "list_models", "get_model", "metrics",
    "create_key", "list_keys", "revoke_key", "get_tenant_budget", "set_tenant_budget",
    "get_usage",
    # compliance
    "export_audit", "query_audit", "file_complaint", "get_complaint", "list_complaints",
    "update_complaint", "verify_label", "list_blocklist", "add_blocklist_entry",
    "delete_blocklist_entry",
    # routing
    "plan_routes", "list_route_plans", "get_route_plan", "get_route_map", "get_driver_manifest",
    "get_delivery_promise",
    "create_route_plan_job", "get_route_plan_job",  # route plans as jobs
    # search
    "search_products", "record_search_click", "suggest_queries", "search_report",
    "replace_synonyms", "list_synonyms", "reindex_search",
    # forecast
    "create_forecast_run", "get_forecast_run", "get_sku_forecast", "get_sku_forecast_chart",
    "get_forecast_insights", "get_replenishment_plan", "set_supply_terms",
    # jobs
    "list_jobs", "get_job", "cancel_job", "retry_job",
    # assistant
    "assistant_chat", "get_assistant_session",
    # recommendations
    "get_recommendations", "record_recommendation_click", "recommendation_report",
    "train_recommendations",
    # listing copy review
    "create_copy_draft", "list_copy_drafts", "get_copy_draft", "edit_copy_draft",
    "approve_copy_draft", "reject_copy_draft", "publish_copy_draft", "list_copy_versions",
    "revert_copy", "get_copy_settings", "set_copy_settings",
    # segments and campaigns
    "list_segments", "create_segment", "get_segment", "delete_segment", "get_segment_members",
    "list_campaigns", "create_campaign", "get_campaign", "edit_campaign_copy",
    "preview_campaign", "export_campaign_csv", "send_campaign",
}  # fmt: skip


def _operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    return [op for path in spec["paths"].values() for op in path.values()]


def test_every_operation_has_a_stable_id(sqlite_db: Database) -> None:
    with make_client(sqlite_db) as client:
        spec = client.get("/openapi.json").json()
    ids = [op["operationId"] for op in _operations(spec)]
    assert sorted(ids) == sorted(OPERATIONS)
    assert all(
        p.startswith(("/api/v1/", "/v1/")) or p in {"/healthz", "/readyz", "/metrics"}
        for p in spec["paths"]
    )


def test_parameters_and_errors_are_documented(sqlite_db: Database) -> None:
    with make_client(sqlite_db) as client:
        spec = client.get("/openapi.json").json()
    listing = spec["paths"]["/api/v1/products"]["get"]
    params = {p["name"]: p for p in listing["parameters"]}
    assert {"q", "category", "min_price", "limit", "offset", "sort", "x-tenant"} <= set(params)
    assert params["limit"]["schema"]["maximum"] == 200
    assert listing["responses"]["422"]["content"]["application/json"]["schema"]["$ref"].endswith(
        "/ErrorOut"
    )
    money = spec["components"]["schemas"]["MoneyOut"]["properties"]
    assert money["amount"]["type"] == "string" and money["minor"]["type"] == "integer"


def test_sort_choices_match_the_query_layer() -> None:
    assert get_args(ProductQuery.model_fields["sort"].annotation) == PRODUCT_SORTS


def test_docs_page_is_served(sqlite_db: Database) -> None:
    client: TestClient
    with make_client(sqlite_db) as client:
        response = client.get("/docs")
    assert response.status_code == 200 and "swagger" in response.text.lower()
