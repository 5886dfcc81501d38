"""``/admin``: the sales dashboard for owners and managers (staff go to the catalogue), its
date-range form's bad input at the fields, Chinese, and another shop's owner seeing none
of Acme's sales."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.reports._sales import add_sale, add_visit
from tests.web._console import console_client, shops_of, sign_in
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import EventKind, Product, Variant


def _acme_sales(db: Database) -> None:
    """Yesterday: two Dome Tents (199.99 each) bought in one of two sessions."""
    shops = shops_of(db)
    with tenant_session(db, shops.acme.id) as session:
        tent = session.query(Product).filter(Product.handle == "dome-tent").one()
        tent_id = tent.id
        variant = session.query(Variant).filter(Variant.sku == "DOME-TENT-1").one().id
    when = (datetime.now(UTC) - timedelta(days=1)).replace(hour=12, minute=0, tzinfo=None)
    add_sale(db, shops.acme.id, "#1001", when.isoformat(" "), [(variant, 2, 19999)])
    add_visit(db, shops.acme.id, "s1", when.isoformat(" "), tent_id, EventKind.PURCHASE)
    add_visit(db, shops.acme.id, "s2", when.isoformat(" "), tent_id)


def test_owner_sees_the_figures_against_the_previous_period(console_db: Database) -> None:
    _acme_sales(console_db)
    with console_client(console_db) as client:
        sign_in(client, "owner@acme.test")
        page = client.get("/admin")
    assert page.status_code == 200
    html = page.text
    assert "<h1>Dashboard</h1>" in html and 'aria-current="page">Dashboard' in html
    assert "$404.98" in html  # 2 x 199.99 + 5.00 shipping, net revenue
    assert "None in the previous period" in html
    assert "50.0 %" in html and "Sessions with a purchase: 1 of 2" in html
    assert '<svg role="img"' in html and "figures as a table</summary>" in html
    assert 'href="/admin/products/' in html and "Dome Tent" in html
    seven = client.get("/admin", params={"range": "7"}).text
    assert '<option value="7" selected>' in seven


def test_staff_go_to_the_catalogue_managers_see_the_dashboard(console_db: Database) -> None:
    with console_client(console_db) as client:
        sign_in(client, "clerk@acme.test")
        answer = client.get("/admin", follow_redirects=False)
        assert (answer.status_code, answer.headers["location"]) == (303, "/admin/products")
        assert ">Dashboard<" not in client.get("/admin/products").text
    with console_client(console_db) as client:
        sign_in(client, "manager@acme.test")
        assert "<h1>Dashboard</h1>" in client.get("/admin").text


def test_bad_dates_get_messages_at_their_fields(console_db: Database) -> None:
    with console_client(console_db) as client:
        sign_in(client, "owner@acme.test")
        page = client.get("/admin", params={"range": "custom", "from": "2026-12-05",
                                            "to": "2026-12-01"})  # fmt: skip
        assert page.status_code == 422
        assert 'id="to" name="to" type="date" value="2026-12-01" aria-invalid="true"' in page.text
        assert 'id="to-error">The end date must be on or after the start date.' in page.text
        assert 'value="2026-12-05"' in page.text and "Net revenue" not in page.text
        page = client.get("/admin", params={"range": "custom", "from": "<b>soon", "to": ""})
        assert page.status_code == 422 and "&lt;b&gt;soon" in page.text
        assert 'id="from-error">Enter a date such as 2026-12-01.' in page.text
        assert 'id="to-error">This field is required.' in page.text


def test_chinese(console_db: Database) -> None:
    _acme_sales(console_db)
    with console_client(console_db) as client:
        sign_in(client, "owner@acme.test")
        html = client.get("/admin", params={"lang": "zh"}).text
    assert "<h1>仪表板</h1>" in html and "净收入" in html and "US$404.98" in html


def test_another_shops_owner_sees_none_of_acmes_sales(console_db: Database) -> None:
    _acme_sales(console_db)
    with console_client(console_db, host="globex.test") as client:
        sign_in(client, "owner@globex.test")
        html = client.get("/admin").text
    assert "Dome Tent" not in html and "404.98" not in html and "Acme" not in html
    assert "No orders in this period." in html
