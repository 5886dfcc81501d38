"""``tradewinds products|orders|customers list|show``: tables, JSON, errors."""

from __future__ import annotations

import json
from collections.abc import Callable
from subprocess import CompletedProcess
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from tests._shop import Shop, add_product, seed_shop
from tradewinds.api import create_app
from tradewinds.cli.app import app
from tradewinds.core.settings import get_settings
from tradewinds.store import Database, open_database
from tradewinds.store.tenants import create_tenant

Run = Callable[..., CompletedProcess[str]]
runner = CliRunner()


@pytest.fixture
def home_db() -> Database:
    """The database the CLI opens: SQLite in this test's TRADEWINDS_HOME."""
    return open_database(get_settings())


@pytest.fixture
def shop(home_db: Database) -> Shop:
    return seed_shop(home_db, create_tenant(home_db, "acme").id)


def cli(*args: str) -> str:
    result = runner.invoke(app, [*args, "--tenant", "acme"])
    assert result.exit_code == 0, (result.output, result.exception)
    return result.output


def cli_json(*args: str) -> Any:
    return json.loads(cli(*args, "--json"))


def test_products_list_json_filters_and_pages(shop: Shop) -> None:
    page = cli_json("products", "list", "--tag", "summer", "--in-stock")
    assert [p["handle"] for p in page["items"]] == ["dome-tent", "red-kite"]
    assert page["total"] == 2 and page["next_offset"] is None
    assert page["items"][1]["price"] == {"amount": "19.99", "currency": "USD", "minor": 1999}
    page = cli_json("products", "list", "--min-price", "20", "--sort", "price_asc", "-n", "1")
    assert [p["handle"] for p in page["items"]] == ["jigsaw-1000"]
    assert page["total"] == 2 and page["next_offset"] == 1
    page = cli_json("products", "list", "--q", "KITE", "--out-of-stock")
    assert page["items"] == [] and page["total"] == 0


def test_products_list_table(shop: Shop) -> None:
    out = cli("products", "list", "--limit", "2", "--sort", "title")
    assert "cotton-tee" in out and "100% Cotton Tee" in out and "beach-ball" in out
    assert "dome-tent" not in out
    assert "1-2 of 5 products; next page: --offset 2" in out
    assert "No products match." in cli("products", "list", "--vendor", "nobody")


def test_show_json_is_exactly_the_api_response(shop: Shop, home_db: Database) -> None:
    with TestClient(create_app(get_settings(), home_db)) as client:
        headers = {"X-Tenant": "acme"}
        api_product = client.get("/api/v1/products/dome-tent", headers=headers).json()
        api_order = client.get("/api/v1/orders/1002", headers=headers).json()
        api_customer = client.get("/api/v1/customers/ann@example.com", headers=headers).json()
    assert cli_json("products", "show", "dome-tent") == api_product
    assert cli_json("orders", "show", "1002") == api_order
    assert cli_json("customers", "show", "ann@example.com") == api_customer


def test_product_show_table(shop: Shop) -> None:
    out = cli("products", "show", str(shop.products["dome-tent"]))
    assert "Dome Tent (id" in out and "Outdoor > Tents" in out
    assert "149.99-199.99 USD" in out and "DOME-TENT-2" in out


def test_orders(shop: Shop) -> None:
    page = cli_json("orders", "list", "--status", "paid")
    assert [o["name"] for o in page["items"]] == ["#1001"]
    page = cli_json("orders", "list", "--from", "2024-02-01", "--to", "2024-03-01")
    assert [o["name"] for o in page["items"]] == ["#1002"]
    ann = str(shop.customers["ann@example.com"])
    assert cli_json("orders", "list", "--customer", ann, "--sort", "oldest")["total"] == 2
    out = cli("orders", "show", "#1002")
    assert "Order #1002" in out and "requested window" in out
    assert "2024-02-11 09:00 UTC - 2024-02-11 11:00 UTC" in out
    assert "39.98 USD" in out and "delivered" in out  # line total, history
    assert "1-3 of 3 orders" in cli("orders", "list")


def test_customers(shop: Shop) -> None:
    page = cli_json("customers", "list", "--city", "springfield", "--sort", "name")
    assert [c["email"] for c in page["items"]] == ["ann@example.com", "cy@example.com"]
    out = cli("customers", "show", "ann@example.com")
    assert "Ann Lee (id" in out and "#1003" in out and "#1001" in out
    assert "orders     2" in out


def test_store_text_is_not_treated_as_markup(home_db: Database) -> None:
    tenant = create_tenant(home_db, "acme")
    add_product(home_db, tenant.id, "odd", "[bold red]Loud[/bold red] :smile:")
    out = cli("products", "list")
    assert "[bold red]Loud[/bold red] :smile:" in out


def test_console_script_products_list_json(shop: Shop, run_cli: Run) -> None:
    result = run_cli("products", "list", "--json", "--tenant", "acme", "--limit", "3")
    assert result.returncode == 0, result.stderr
    page = json.loads(result.stdout)
    assert page["total"] == 5 and len(page["items"]) == 3 and page["next_offset"] == 3


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["products", "show", "no-such"], 1, "no product with id or handle 'no-such'"),
        (["products", "list", "--sort", "cheap"], 2, "sort must be one of newest, title"),
        (["products", "list", "--max-price", "1.234"], 2, "--max-price: 1.234 has more than 2"),
        (["orders", "list", "--status", "lost"], 2, "status must be one of pending"),
        (["products", "list", "--limit", "500"], 2, "--limit"),
        (["customers", "show", "nobody@example.com"], 1, "no customer with id or e-mail"),
    ],
)
def test_console_script_errors(
    shop: Shop, run_cli: Run, args: list[str], code: int, message: str
) -> None:
    result = run_cli(*args, "--tenant", "acme")
    assert result.returncode == code, result.stderr
    assert message in " ".join(result.stderr.split())
    assert "Traceback" not in result.stderr


def test_unknown_tenant(shop: Shop, run_cli: Run) -> None:
    result = run_cli("products", "list", "--tenant", "nobody")
    assert result.returncode == 1
    assert "no tenant 'nobody'" in result.stderr and "acme" in result.stderr
